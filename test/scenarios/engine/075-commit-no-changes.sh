# checks: committing an unchanged container adds no layer, only a history entry.
docker create --name nc alpine
docker commit nc same
docker image inspect -f '{{len .RootFS.Layers}}' same
docker image inspect -f '{{len .RootFS.Layers}}' alpine
docker history --format '{{.Size}} {{.CreatedBy}}' same
