# checks: containers on the default bridge get the lowest free address of 172.17.0.0/16 (.1 is the gateway), an eth0 and an /etc/hosts line; a stopped container gives its address back.
# engine: bridge
# unordered: docker network inspect
# patched: 13 stdout "|||0|0\n" -- moby v28.5.2 daemon/container_operations.go:957-958 releaseNetwork clears SandboxID and SandboxKey when the container stops (20.10 kept them)
# patched: 21 stdout sub " default\n" " bridge\n" -- moby v28.5.2 api/server/router/container/container_routes.go:510 (NetworkMode "default" is stored as the default network's name)
docker run -d --name na1 alpine sleep 1000
docker run -d --name na2 alpine sleep 1000
docker inspect -f '{{.NetworkSettings.IPAddress}} {{.NetworkSettings.IPPrefixLen}} {{.NetworkSettings.Gateway}}' na1 na2
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}/{{$v.IPPrefixLen}} via {{$v.Gateway}}{{end}}' na2
[ "$(docker inspect -f '{{.NetworkSettings.Networks.bridge.NetworkID}}' na1)" = "$(docker network inspect -f '{{.Id}}' bridge)" ] && echo same-network-id
docker exec na1 hostname -i
docker exec na2 ls /sys/class/net
docker exec na2 cat /sys/class/net/lo/type /sys/class/net/lo/mtu /sys/class/net/eth0/mtu /sys/class/net/eth0/operstate
[ "$(docker exec na2 cat /sys/class/net/eth0/address)" = "$(docker inspect -f '{{.NetworkSettings.MacAddress}}' na2)" ] && echo same-mac
docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}} {{.IPv6Address}}{{println}}{{end}}' bridge
docker ps --format '{{.Names}} {{.Networks}}'
docker stop -t 0 na1
docker inspect -f '{{.NetworkSettings.IPAddress}}|{{.NetworkSettings.Networks.bridge.IPAddress}}|{{.NetworkSettings.Networks.bridge.EndpointID}}|{{len .NetworkSettings.SandboxID}}|{{len .NetworkSettings.SandboxKey}}' na1
[ -n "$(docker inspect -f '{{.NetworkSettings.Networks.bridge.NetworkID}}' na1)" ] && echo network-id-kept
docker run -d --name na3 alpine sleep 1000
docker inspect -f '{{.NetworkSettings.IPAddress}}' na3
docker start na1
docker inspect -f '{{.NetworkSettings.IPAddress}}' na1
docker run --rm alpine sh -c 'grep -c 172.17.0 /etc/hosts; hostname -i'
docker create --name na4 alpine true
docker inspect -f '{{json .NetworkSettings.Networks}} {{.HostConfig.NetworkMode}}' na4
