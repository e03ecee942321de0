# checks: docker cp CONTAINER:PATH - writes a tar stream.
docker run --name cp4 alpine sh -c 'mkdir /d && echo a > /d/a && echo b > /d/b'
docker cp cp4:/d - | tar -t | sort
docker cp cp4:/d/a - | tar -xO
