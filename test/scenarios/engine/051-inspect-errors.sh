# checks: inspect of unknown objects prints [] then the error; template errors.
# patched: 3 stderr "Error response from daemon: No such image: nosuch:latest\n" -- moby v28.5.2 daemon/images/image_inspect.go:16-18 returns GetImage's error unwrapped (daemon/images/image.go:34); 20.10 wrapped it in "no such image: %s"
docker inspect nosuch
docker container inspect nosuch
docker image inspect nosuch
docker create --name ie alpine
docker inspect -f '{{.Name}}' ie nosuch
docker inspect -f '{{.Bogus}}' ie
docker inspect -f '{{.Name' ie
docker inspect --type volume ie
