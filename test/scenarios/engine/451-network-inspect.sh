# checks: docker network inspect of the predefined networks, by name and by ID, its --format and errors; docker inspect finds networks too.
# engine: bridge
# patched: 1,2 stdout sub "\"Driver\": \"(bridge|host|null)\",\n        \"EnableIPv6\"" "\"Driver\": \"$1\",\n        \"EnableIPv4\": true,\n        \"EnableIPv6\"" -- moby v28.5.2 api/types/network/network.go:80 (Inspect.EnableIPv4, API 1.47+), daemon/network.go:638, libnetwork/controller.go:546 (enableIPv4 true for every network)
# patched: 1 stdout sub "enable_ip_masquerade\": \"false\"" "enable_ip_masquerade\": \"true\"" -- moby v28.5.2 cmd/dockerd/config_unix.go:28 (--ip-masq defaults to true) and daemon/daemon_unix.go:995; the recording daemon runs with --iptables=false, which turns it off (daemon_unix.go:758)
# patched: 2 stdout sub "\"Config\": \\[\\]" "\"Config\": null" -- moby v28.5.2 daemon/network.go:713 buildIPAMResources (a nil slice: host and null networks have no IPAM pools, libnetwork/network.go:1485 hasSpecialDriver), 20.10 started from an empty slice
# patched: 3 stdout sub " local \\[\\] " " local null " -- moby v28.5.2 daemon/network.go:713 buildIPAMResources (nil Config for host and null networks)
docker network inspect bridge
docker network inspect host none
docker network inspect -f '{{.Name}} {{.Driver}} {{.Scope}} {{json .IPAM.Config}} {{.Internal}} {{.Attachable}}' bridge host none
docker network inspect -f '{{index .Options "com.docker.network.bridge.name"}} {{index .Options "com.docker.network.driver.mtu"}}' bridge
docker network inspect -f '{{.Name}}' $(docker network ls -q --filter name=none)
docker network inspect nosuch
docker network inspect -f '{{.Name}}' bridge nosuch
docker network inspect
docker inspect --type network -f '{{.Driver}}' none
docker inspect -f '{{.Name}} {{.Driver}}' host
docker network inspect -f '{{json .Containers}}' bridge
