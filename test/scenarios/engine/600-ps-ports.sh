# checks: docker ps shows a container's exposed ports (from its image) in PORTS while it runs and nothing once it stopped; {{.Ports}} groups consecutive ports of one protocol; the expose filter; the NetworkSettings dockerd writes to config.v2.json on the default bridge.
# engine: bridge
# patched: 17 stderr sub "Invalid range specified for the Port: " "invalid range specified for port: " -- moby v28.5.2 vendor/github.com/docker/go-connections/nat/parse.go:30 (go-connections v0.5.0, via daemon/list.go:409 portOp)
# patched: 21,22,23 stdout sub "\"SandboxID\":\"([^\"]*)\",\"HairpinMode\"(.*),\"SandboxKey\":\"([^\"]*)\"," "\"SandboxID\":\"$1\",\"SandboxKey\":\"$3\",\"HairpinMode\"$2," -- moby v28.5.2 daemon/network/settings.go:15-28 (Settings: SandboxKey follows SandboxID)
# patched: 21,22,23 stdout sub ",\"IsAnonymousEndpoint\":false" "" -- moby v28.5.2 daemon/network/settings.go:15-28 (Settings has no IsAnonymousEndpoint)
# patched: 21,22,23 stdout sub "\"Aliases\":null,(\"NetworkID\".*),\"MacAddress\":(\"[^\"]*\"),\"DriverOpts\":null,\"IPAMOperational\":false" "\"Aliases\":null,\"MacAddress\":$2,\"DriverOpts\":null,\"GwPriority\":0,$1,\"DNSNames\":null,\"IPAMOperational\":false,\"DesiredMacAddress\":\"\"" -- moby v28.5.2 daemon/network/settings.go:33-39 (EndpointSettings embeds api/types/network/endpoint.go:10-37, MacAddress after Aliases, GwPriority, DNSNames nil off user-defined networks per daemon/container_operations.go:628, then IPAMOperational and DesiredMacAddress, empty without --mac-address per container_operations.go:401)
# patched: 22 stdout sub "\"SandboxID\":\"[^\"]*\",\"SandboxKey\":\"[^\"]*\"" "\"SandboxID\":\"\",\"SandboxKey\":\"\"" -- moby v28.5.2 daemon/container_operations.go:957-958 (releaseNetwork clears SandboxID and SandboxKey when the container stops; 20.10 kept them)
# normalize: ["sudo cat", "\"MacAddress\":\"[0-9a-f]{2}(?::[0-9a-f]{2}){5}\"", "\"MacAddress\":\"<mac>\""]
docker run -d --name pt1 --entrypoint sleep nginx:alpine 1000
docker create --name ptbase alpine true
docker commit --change 'EXPOSE 7000 5001/udp 5000/udp 5002/udp 9000/tcp' ptbase ptmulti
docker run -d --name pt2 ptmulti sleep 1000
docker create --name pt3 nginx:alpine
docker ps
docker ps -a --format '{{.Names}} [{{.Ports}}]'
docker ps --format '{{json .Ports}}'
docker ps --filter expose=80 --format '{{.Names}}'
docker ps --filter expose=5001/udp --format '{{.Names}}'
docker ps --filter expose=4990-5000/udp --format '{{.Names}}'
docker ps --filter expose=5001 --format '{{.Names}}'
docker ps --filter expose=80/tcp --filter expose=7000 --format '{{.Names}}'
docker ps --filter publish=80 --format '{{.Names}}'
docker ps -a --filter expose=80 --format '{{.Names}}'
docker ps --filter expose=abc --format '{{.Names}}'
docker ps --filter expose=90-80 --format '{{.Names}}'
docker stop -t 0 pt1
docker ps -a --format '{{.Names}} [{{.Ports}}]'
docker inspect -f '{{json .NetworkSettings.Ports}}' pt1 pt2 pt3
sudo cat /var/lib/docker/containers/$(docker inspect -f '{{.Id}}' pt2)/config.v2.json | grep -o '"NetworkSettings":.*,"LogPath"'
sudo cat /var/lib/docker/containers/$(docker inspect -f '{{.Id}}' pt1)/config.v2.json | grep -o '"NetworkSettings":.*,"LogPath"'
sudo cat /var/lib/docker/containers/$(docker inspect -f '{{.Id}}' pt3)/config.v2.json | grep -o '"NetworkSettings":.*,"LogPath"'
