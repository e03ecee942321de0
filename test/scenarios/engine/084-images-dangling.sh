# Both images were made in the same second and `images` sorts by the creation second:
# unordered: docker images -a
# checks: a tag moved to a new image leaves the old one dangling (<none>); --filter dangling; -a.
# patched: 8 stderr "Error response from daemon: invalid filter 'bogus'\n" -- moby v28.5.2 api/types/filters/errors.go:12
# patched: 9 stderr "Error response from daemon: invalid filter 'dangling=[maybe]'\n" -- moby v28.5.2 api/types/filters/parse.go:195 + errors.go:12
docker run --name dg alpine touch /a
docker commit dg temp:1
docker commit dg temp:1
docker images --filter dangling=true
docker images -q --filter dangling=true
docker images --filter dangling=false --format '{{.Repository}}:{{.Tag}}'
docker images -a --format '{{.Repository}}:{{.Tag}}'
docker images --filter bogus=x
docker images --filter dangling=maybe
