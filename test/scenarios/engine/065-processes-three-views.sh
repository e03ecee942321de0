# checks: one process, three views: the host's ps, docker top, and ps inside the container (own PID namespace).
# normalize: top-ps
# PIDs of exec'd processes inside the container vary from run to run:
# normalize: ["docker exec pv", "^( *)(?!1 )\\d+( +root +ps)$", "$1<pid>$2"]
# Alpine's ps has a TIME column the recording's busybox lacked: patched in; the exec'd PID normalized too.
# normalize: ["docker exec pv", "^( *)(?!1 )\\d+( +root +\\d+:\\d\\d ps)$", "$1<pid>$2"]
# patched: 4 stdout sub "PID   USER     COMMAND" "PID   USER     TIME  COMMAND" -- Alpine builds busybox with CONFIG_FEATURE_PS_TIME=y (alpinelinux/aports main/busybox/busyboxconfig, busybox 1.27.2 and 1.29.2 revisions, commits 05253d2c and f246c371; Alpine's ps prints TIME in gliderlabs/docker-alpine#173); the recording ran the stubs as Debian's busybox-static, built without it
# patched: 4 stdout sub "root     " "root      0:00 " -- Alpine builds busybox with CONFIG_FEATURE_PS_TIME=y (alpinelinux/aports main/busybox/busyboxconfig, busybox 1.27.2 and 1.29.2 revisions, commits 05253d2c and f246c371; Alpine's ps prints TIME in gliderlabs/docker-alpine#173); the recording ran the stubs as Debian's busybox-static, built without it
docker run -d --name pv alpine sleep 3141
ps -eo user,args | grep '[s]leep 3141'
docker top pv
docker exec pv ps
