# checks: one process, three views: the host's ps, docker top, and ps inside the container (own PID namespace).
# normalize: top-ps
docker run -d --name pv alpine sleep 3141
ps -eo user,args | grep '[s]leep 3141'
docker top pv
docker exec pv ps
docker exec pv sh -c 'echo $$'
