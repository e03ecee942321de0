# checks: docker info fields that do not depend on the machine.
docker create --name i1 alpine
docker run -d --name i2 alpine sleep 1000
docker info --format '{{.Driver}}'
docker info --format '{{.DockerRootDir}}'
docker info --format '{{.Containers}} {{.ContainersRunning}} {{.ContainersPaused}} {{.ContainersStopped}} {{.Images}}'
docker info --format '{{.OSType}} {{.LoggingDriver}}'
docker info --format '{{json .DriverStatus}}'
docker system info --format '{{.Driver}}'
