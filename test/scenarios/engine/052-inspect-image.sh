# checks: image inspect fields: tags, digests, config, layers, graph driver.
docker image inspect -f '{{json .RepoTags}}' alpine
docker image inspect -f '{{len .RepoDigests}}' alpine
docker image inspect -f '{{json .Config.Cmd}} {{json .Config.Entrypoint}} {{.Os}}/{{.Architecture}}' alpine
docker image inspect -f '{{.RootFS.Type}} {{len .RootFS.Layers}}' alpine
docker image inspect -f '{{.GraphDriver.Name}}' alpine
docker inspect --type image -f '{{.Id}}' alpine:3.20
docker image inspect -f '{{.Id}}' alpine alpine:3.20
