# checks: --init runs docker-init as PID 1 with the command as its child.
# The PID runc gives the child varies (6 or 7): normalized.
# normalize: ["docker run --name in1", "^ +\\d+ (root +ps)$", "<pid> $1"]
# Alpine's ps has a TIME column the recording's busybox lacked: patched in; its child PID normalized too.
# normalize: ["docker run --name in1", "^ +\\d+ (root +\\d+:\\d\\d ps)$", "<pid> $1"]
# patched: 1 stdout sub "PID   USER     COMMAND" "PID   USER     TIME  COMMAND" -- Alpine builds busybox with CONFIG_FEATURE_PS_TIME=y (alpinelinux/aports main/busybox/busyboxconfig, busybox 1.27.2 and 1.29.2 revisions, commits 05253d2c and f246c371; Alpine's ps prints TIME in gliderlabs/docker-alpine#173); the recording ran the stubs as Debian's busybox-static, built without it
# patched: 1 stdout sub "root     " "root      0:00 " -- Alpine builds busybox with CONFIG_FEATURE_PS_TIME=y (alpinelinux/aports main/busybox/busyboxconfig, busybox 1.27.2 and 1.29.2 revisions, commits 05253d2c and f246c371; Alpine's ps prints TIME in gliderlabs/docker-alpine#173); the recording ran the stubs as Debian's busybox-static, built without it
# patched: 2 stdout sub "PID   USER     COMMAND" "PID   USER     TIME  COMMAND" -- Alpine builds busybox with CONFIG_FEATURE_PS_TIME=y (alpinelinux/aports main/busybox/busyboxconfig, busybox 1.27.2 and 1.29.2 revisions, commits 05253d2c and f246c371; Alpine's ps prints TIME in gliderlabs/docker-alpine#173); the recording ran the stubs as Debian's busybox-static, built without it
# patched: 2 stdout sub "root     " "root      0:00 " -- Alpine builds busybox with CONFIG_FEATURE_PS_TIME=y (alpinelinux/aports main/busybox/busyboxconfig, busybox 1.27.2 and 1.29.2 revisions, commits 05253d2c and f246c371; Alpine's ps prints TIME in gliderlabs/docker-alpine#173); the recording ran the stubs as Debian's busybox-static, built without it
docker run --name in1 --init alpine ps
docker run --name in2 alpine ps
docker inspect -f '{{.HostConfig.Init}} {{.Path}}' in1
