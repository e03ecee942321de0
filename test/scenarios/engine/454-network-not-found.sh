# checks: a network that does not exist: create succeeds, start fails (the container stays created with the error), --rm removes it; CLI checks on repeated and mixed --network values.
# engine: bridge
# patched: 1,5,7 stderr sub "network nosuch not found" "failed to set up container networking: network nosuch not found" -- moby v28.5.2 daemon/start_linux.go:32 (allocateNetwork errors wrapped with errSetupNetworking, container_operations.go:41) and libnetwork/error.go:12
# patched: 3 stdout sub "128 network nosuch" "128 failed to set up container networking: network nosuch" -- moby v28.5.2 daemon/start.go:106 (the start error is kept in State.Error) and daemon/start_linux.go:32
docker run --name bad1 --network nosuch alpine true
docker ps -a --format '{{.Names}} {{.Status}}'
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' bad1
docker inspect -f '{{.HostConfig.NetworkMode}} {{json .NetworkSettings.Networks}}' bad1
docker start bad1
docker create --name bad2 --network nosuch alpine true
docker run --rm --name bad3 --network nosuch alpine true
docker ps -a --format '{{.Names}}'
docker run --network aa --network aa alpine true
docker run --network none --network nosuch alpine true
docker run --rm --network bridge alpine hostname -i
docker run --network-alias xx alpine true
docker run --network "" alpine true
docker run --network none --network-alias yy alpine true
