# checks: one process, three views: the host's ps, docker top, and ps inside the container (own PID namespace).
# normalize: top-ps
# PIDs of exec'd processes inside the container vary from run to run:
# normalize: ["docker exec pv", "^( *)(?!1 )\\d+( +root +ps)$", "$1<pid>$2"]
docker run -d --name pv alpine sleep 3141
ps -eo user,args | grep '[s]leep 3141'
docker top pv
docker exec pv ps
