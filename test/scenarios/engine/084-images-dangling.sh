# Both images were made in the same second and `images` sorts by the creation second:
# unordered: docker images -a
# checks: a tag moved to a new image leaves the old one dangling (<none>); --filter dangling; -a.
docker run --name dg alpine touch /a
docker commit dg temp:1
docker commit dg temp:1
docker images --filter dangling=true
docker images -q --filter dangling=true
docker images --filter dangling=false --format '{{.Repository}}:{{.Tag}}'
docker images -a --format '{{.Repository}}:{{.Tag}}'
docker images --filter bogus=x
docker images --filter dangling=maybe
