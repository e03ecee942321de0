# checks: --format templates a student tries on the lessons' objects: whole sub-structures printed the Go way, json of a row, index, ranges
# normalize: ["", "0xc[0-9a-f]{6,10}", "<address>"]
# patched: 27 stdout sub "\"Containers\":\"N/A\"" "\"Containers\":\"1\"" -- moby v28.5.2 daemon/images/image_list.go:200-213 counts the containers of every listed image, and api/server/router/image/image_routes.go:457,477 sets -1 (the CLI's "N/A") only for API < 1.51; CLI and Engine 28.5.2 speak 1.51, the recording pair 1.41
docker run --name box -v data:/data -e A=1 -l team=qa alpine sh -c 'echo hello > /etc/motd'
docker inspect -f '{{.State}}' box
docker inspect -f '{{.Mounts}}' box
docker inspect -f '{{.Config.Env}} {{.Config.Labels}} {{.Config.Cmd}}' box
docker inspect -f '{{.HostConfig.Binds}} {{.HostConfig.LogConfig}}' box
docker inspect -f '{{.GraphDriver.Data.LowerDir}}' box
docker inspect -f '{{index .Config.Env 0}} {{index .Config.Labels "team"}}' box
docker inspect -f '{{range .Mounts}}{{.Type}}:{{.Name}}:{{.Destination}} {{end}}' box
docker inspect -f '{{.Config.Image}} {{.Image}}' box
docker inspect -f '{{json .Config.Labels}} {{json .State.Status}} {{.State.Status | printf "%q"}}' box
docker inspect -f '{{upper .Name}} {{len .Mounts}} {{title .State.Status}} {{split .Name "/"}}' box
docker inspect -f '{{.Nope}}' box
docker inspect -f '{{.State.Nope}}' box
docker inspect -f '{{.State.Status' box
docker image inspect -f '{{.RootFS}} {{.RootFS.Layers}} {{.Config.Cmd}} {{.Size}}' alpine
docker image inspect -f '{{.Config}}' alpine
docker inspect -f '{{.HostConfig.Resources}}' box
docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.OomKillDisable}} {{.HostConfig.Resources.CPUShares}}' box
docker image inspect -f '{{.Metadata}} {{.RepoDigests}}' alpine
docker volume inspect -f '{{.}}' data
docker volume inspect -f '{{.Labels}} {{.Options}} {{.Status}}' data
docker ps -a --format '{{json .}}'
docker ps -a --format json
docker ps -a --format '{{.Mounts}} {{.Labels}} {{.Label "team"}} {{.LocalVolumes}} {{.Size}}'
docker ps -a --format 'table {{.ID}}\t{{.Image}}\t{{.Names}}'
docker ps -a --format 'table'
docker images --format '{{json .}}' alpine:3.20
docker images --format 'table {{.Repository}}:{{.Tag}}\t{{.Size}}\t{{.VirtualSize}}' alpine
docker history --format json alpine
docker history --format 'table {{.CreatedBy}}\t{{.Size}}' alpine
docker volume ls --format json
docker volume ls --format 'table {{.Name}}\t{{.Driver}}\t{{.Scope}}\t{{.Links}}\t{{.Size}}'
docker system df --format json
docker diff --format json box
