# checks: docker info fields that do not depend on the machine.
# patched: 7 stdout sub "\\[\"Supports d_type\",\"true\"\\]," "[\"Supports d_type\",\"true\"],[\"Using metacopy\",\"false\"]," -- moby v28.5.2 daemon/graphdriver/overlay2/overlay.go:273 (overlay2 Status() reports "Using metacopy", absent in 20.10; false unless the kernel's overlay metacopy is on)
docker create --name i1 alpine
docker run -d --name i2 alpine sleep 1000
docker info --format '{{.Driver}}'
docker info --format '{{.DockerRootDir}}'
docker info --format '{{.Containers}} {{.ContainersRunning}} {{.ContainersPaused}} {{.ContainersStopped}} {{.Images}}'
docker info --format '{{.OSType}} {{.LoggingDriver}}'
docker info --format '{{json .DriverStatus}}'
docker system info --format '{{.Driver}}'
