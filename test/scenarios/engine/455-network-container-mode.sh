# checks: --network container:<name> joins a running container's namespace (its hostname, interfaces and /etc/hosts); the errors when that container is missing or stopped, or a hostname is given.
# engine: bridge
# patched: 9 stderr sub "Error response from daemon: No such container" "Error response from daemon: joining network namespace of container: No such container" -- moby v28.5.2 daemon/container_operations.go:902 getNetworkedContainer
# patched: 11 stderr sub "Invalid network mode" "invalid network mode" -- moby v28.5.2 runconfig/hostconfig.go:16 validateNetContainerMode
# patched: 13 stderr sub "cannot join network of a non running container: <hex64:1>" "cannot join network namespace of a non running container: container cm0 is exited" -- moby v28.5.2 daemon/container_operations.go:925 getNetworkedContainer
# patched: 14 stdout sub "cannot join network of a non running container: <hex64:1>" "cannot join network namespace of a non running container: container cm0 is exited" -- moby v28.5.2 daemon/container_operations.go:925 (State.Error keeps the start error, daemon/start.go:106)
docker run -d --name cm0 alpine sleep 1000
docker run --rm --network container:cm0 alpine ls /sys/class/net
[ "$(docker run --rm --network container:cm0 alpine hostname)" = "$(docker inspect -f '{{.Config.Hostname}}' cm0)" ] && echo same-hostname
[ "$(docker run --rm --network container:cm0 alpine hostname -i)" = "$(docker inspect -f '{{.NetworkSettings.IPAddress}}' cm0)" ] && echo same-address
docker run --name cm1 --network container:cm0 alpine true
docker inspect -f '{{.HostConfig.NetworkMode}}' cm1
docker inspect -f '{{json .NetworkSettings.Networks}} [{{.NetworkSettings.SandboxID}}] [{{.NetworkSettings.IPAddress}}]' cm1
[ "$(docker inspect -f '{{.HostsPath}}' cm1)" = "$(docker inspect -f '{{.HostsPath}}' cm0)" ] && echo same-hosts-file
docker run --rm --network container:nosuch alpine true
docker run --rm --name cm2 --network container:cm0 --hostname xx alpine true
docker run --rm --network container: alpine true
docker stop -t 0 cm0
docker run --name cm3 --network container:cm0 alpine true
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' cm3
