# checks: lesson 1's commit as a student varies it: no name, -c shell-form CMD, -m/-a, ENTRYPOINT, bad -c, then rm and rmi
# unordered: docker diff
# patched: 17 stderr "Error response from daemon: FROM is not a valid change command\n" -- moby v28.5.2 builder/dockerfile/builder.go:343 with the BuildKit parser keeping the instruction as written (vendor/github.com/moby/buildkit/frontend/dockerfile/parser/parser.go:239 Value: cmd); 20.10's parser lower-cased it
# patched: 19 stderr "Error response from daemon: COPY is not a valid change command\n" -- moby v28.5.2 builder/dockerfile/builder.go:343 with the BuildKit parser keeping the instruction as written (vendor/github.com/moby/buildkit/frontend/dockerfile/parser/parser.go:239 Value: cmd); 20.10's parser lower-cased it
docker run --name box alpine sh -c 'echo hello > /etc/motd; rm /etc/issue; mkdir /data; touch /data/a'
docker commit box mine:v1
docker commit box
docker images --format '{{.Repository}}:{{.Tag}}' | sort
docker commit -c 'CMD ls /data' box mine:v2
docker image inspect -f '{{json .Config.Cmd}}' mine:v2
docker run --rm mine:v2
docker history mine:v2
docker commit -c 'CMD ["ls","/data"]' -m 'added data' -a 'Student <s@example.com>' box mine:v3
docker history mine:v3
docker history --no-trunc --format '{{.CreatedBy}} | {{.Comment}} | {{.Size}}' mine:v3
docker image inspect -f '{{.Comment}} | {{.Author}} | {{.Parent}}' mine:v3
docker image inspect -f '{{json .RootFS.Layers}}' mine:v1
docker image inspect -f '{{json .Config}}' mine:v1
docker commit -c 'ENTRYPOINT ["echo"]' box mine:v4
docker run --rm mine:v4 hi there
docker commit -c 'FROM alpine' box bad1
docker commit -c 'CMD' box bad2
docker commit -c 'COPY a b' box bad3
docker commit -c 'cmd echo lower' box mine:v5
docker image inspect -f '{{json .Config.Cmd}}' mine:v5
docker commit -c 'VOLUME /data' box mine:v6
docker image inspect -f '{{json .Config.Volumes}}' mine:v6
docker run --rm mine:v1 ls /data
docker run --rm mine:v1 cat /etc/issue
docker run --rm mine:v1 cat /etc/motd
docker run --name again mine:v1 rm /data/a
docker diff again
docker rm box
docker rmi mine:v1
docker rmi alpine
docker image rm alpine:3.20
docker images --format '{{.Repository}}:{{.Tag}}' | sort
