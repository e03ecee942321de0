# checks: --mount key aliases src/dst/destination and readonly/ro.
docker run --name ma1 --mount src=al,dst=/data alpine touch /data/ok
docker run --name ma2 --mount type=volume,src=al,destination=/data,ro alpine touch /data/no
docker run --name ma3 --mount type=volume,source=al,target=/data,readonly alpine ls /data
docker run --name ma4 --mount type=volume,src=al,dst=/data,readonly=false alpine touch /data/yes
docker inspect -f '{{range .Mounts}}{{.Mode}} {{.RW}}{{end}}' ma2
