# checks: --network none gives only loopback and no address; --network host shares the host's network, hostname and /etc/hosts.
# engine: bridge
# patched: 8 stdout "\"\" 0|\n" -- moby v28.5.2 daemon/container_operations.go:957 releaseNetwork clears SandboxID when the container stops (20.10 kept it)
docker run --rm --network none alpine ls /sys/class/net
docker run --rm --network none alpine sh -c 'grep -c 172.17 /etc/hosts; tail -1 /etc/hosts'
docker run -d --name nn1 --network none alpine sleep 1000
docker inspect -f '{{.HostConfig.NetworkMode}} [{{.NetworkSettings.IPAddress}}] [{{.NetworkSettings.Networks.none.IPAddress}}] [{{.NetworkSettings.Networks.none.MacAddress}}] [{{.NetworkSettings.Networks.none.Gateway}}]' nn1
[ -n "$(docker inspect -f '{{.NetworkSettings.Networks.none.EndpointID}}' nn1)" ] && echo has-endpoint
docker network inspect -f '{{range .Containers}}{{.Name}} [{{.IPv4Address}}] [{{.MacAddress}}]{{end}}' none
docker run --name nn2 --network none alpine true
docker inspect -f '{{json .NetworkSettings.Networks.none.EndpointID}} {{len .NetworkSettings.SandboxID}}|' nn2
[ "$(docker run --rm --network host alpine hostname)" = "$(hostname)" ] && echo same-hostname
[ "$(docker run --rm --network host alpine cat /etc/hosts)" = "$(cat /etc/hosts)" ] && echo same-hosts
docker run -d --name hh1 --network host alpine sleep 1000
docker inspect -f '{{.HostConfig.NetworkMode}} {{.NetworkSettings.SandboxKey}} [{{.NetworkSettings.Networks.host.IPAddress}}] [{{.NetworkSettings.IPAddress}}]' hh1
[ "$(docker inspect -f '{{.Config.Hostname}}' hh1)" = "$(hostname)" ] && echo config-hostname-is-host
docker network inspect -f '{{range .Containers}}{{.Name}} [{{.IPv4Address}}]{{end}}' host
docker ps --format '{{.Names}} {{.Networks}}'
