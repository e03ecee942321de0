# checks: --mount volume-opt and volume-driver create a local volume with those options.
docker run --name mo --mount type=volume,src=optv,dst=/data,volume-driver=local,volume-opt=type=tmpfs,volume-opt=device=tmpfs alpine true
docker volume inspect -f '{{.Driver}} {{json .Options}} {{json .Labels}}' optv
docker run --name mo2 --mount 'type=volume,src=labv,dst=/data,volume-label=x=y' alpine true
docker volume inspect -f '{{json .Labels}}' labv
