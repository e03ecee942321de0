# checks: --volumes-from of a container that itself used --volumes-from gets the same volumes.
docker create --name ch1 -v chv:/data alpine true
docker create --name ch2 --volumes-from ch1 alpine true
docker run --name ch3 --volumes-from ch2 alpine sh -c 'echo chained > /data/f'
docker run --rm -v chv:/d alpine cat /d/f
