# checks: --mount errors detected by the CLI.
docker run --name me1 --mount type=volume alpine true
docker run --name me2 --mount type=volume,src=x,dst=/d,bogus=1 alpine true
docker run --name me3 --mount type=volume,src=x,dst=/d,readonly=maybe alpine true
docker run --name me4 --mount type=bind,src=/tmp,dst=/d,volume-nocopy alpine true
docker run --name me5 --mount type=volume,src=x,dst=/d,bind-propagation=shared alpine true
docker run --name me6 --mount type=tmpfs,dst=/d,tmpfs-size=lots alpine true
docker run --name me7 --mount dst=/d,noequals alpine true
