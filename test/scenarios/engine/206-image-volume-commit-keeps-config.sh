# checks: an image VOLUME is kept by docker commit of a container made from it; its data is not.
docker run --name ic0 alpine true
docker commit -c 'VOLUME /data' ic0 ivimg
docker run --name ic1 ivimg sh -c 'echo x > /data/f'
docker commit ic1 ivimg2
docker image inspect -f '{{json .Config.Volumes}}' ivimg2
docker run --rm ivimg2 ls -a /data
