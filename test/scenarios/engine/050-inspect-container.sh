# checks: docker inspect -f on container fields.
docker run --name ic -e K=V -w /tmp alpine true
docker inspect -f '{{.Name}} {{.State.Status}} {{.Config.Image}} {{.Config.WorkingDir}}' ic
docker inspect -f '{{json .Config.Cmd}} {{.Path}} {{json .Args}}' ic
docker inspect -f '{{.Driver}} {{.GraphDriver.Name}} {{.HostConfig.AutoRemove}} {{.RestartCount}}' ic
docker inspect -f '{{.Image}}' ic
docker image inspect -f '{{.Id}}' alpine
docker container inspect --format '{{.Name}}' ic
docker inspect --type container -f '{{.Name}}' ic
