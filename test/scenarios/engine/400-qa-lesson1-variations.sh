# checks: lesson 1 as a student varies it: ps -s/-l/-n, inspect -s, the layer's files seen with sudo (whiteout, -init layer), diff edge cases
# unordered: docker diff
# normalize: ls-time
# normalize: ["sudo ls -la", "^total \\d+$", "total <blocks>"]
# unordered: sudo find
# unordered: sudo ls /var/lib/docker/containers/
docker run --name box alpine sh -c 'echo hello > /etc/motd; rm /etc/issue; mkdir /data; touch /data/a'
docker ps -a -s
docker ps -l
docker ps -a -n 1 --format '{{.Names}} {{.Command}} {{.Status}} {{.Size}}'
docker inspect -s -f '{{.SizeRw}} {{.SizeRootFs}}' box
docker inspect -f '{{.SizeRw}}' box
docker inspect -f '{{json .GraphDriver}}' box
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Running}} {{.State.Pid}}' box
sudo ls -la $(docker inspect box --format '{{.GraphDriver.Data.UpperDir}}')
sudo ls -la $(docker inspect box --format '{{.GraphDriver.Data.UpperDir}}')/etc
sudo cat $(docker inspect box --format '{{.GraphDriver.Data.UpperDir}}')/etc/issue
sudo cat $(docker inspect box --format '{{.GraphDriver.Data.UpperDir}}')/etc/motd
sudo ls -l $(docker inspect box --format '{{.GraphDriver.Data.UpperDir}}')/data
sudo ls $(dirname $(docker inspect box -f '{{.GraphDriver.Data.UpperDir}}'))
sudo ls -la $(dirname $(docker inspect box -f '{{.GraphDriver.Data.UpperDir}}'))-init/diff
sudo find $(dirname $(docker inspect box -f '{{.GraphDriver.Data.UpperDir}}'))-init/diff
sudo ls -l $(dirname $(docker inspect box -f '{{.GraphDriver.Data.UpperDir}}'))-init/diff/etc
sudo ls $(dirname $(docker inspect box -f '{{.GraphDriver.Data.UpperDir}}'))-init
sudo ls /var/lib/docker/containers/$(docker inspect -f '{{.Id}}' box)
sudo cat /var/lib/docker/containers/$(docker inspect -f '{{.Id}}' box)/hostname
docker diff box
docker container diff box
docker diff alpine
docker diff nosuch
docker diff
docker diff box box
docker run --rm alpine ls -l /etc/issue /etc/motd
docker run --rm alpine cat /etc/alpine-release
docker rm box
docker rm box
docker ps -a -s
