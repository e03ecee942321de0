# checks: docker volume create without a name makes an anonymous volume (64-hex name, anonymous label).
# patched: 3 stdout "{\"com.docker.volume.anonymous\":\"\"}\n" -- moby v28.5.2 volume/service/service.go:78 (Engine 23+ labels every volume created without a name com.docker.volume.anonymous; the 20.10 recording daemon does not)
# patched: 4 stdout "1\n" -- moby v28.5.2 volume/service/service.go:78 (Engine 23+ labels every volume created without a name com.docker.volume.anonymous; the 20.10 recording daemon does not)
docker volume create
docker volume ls -q | wc -l
docker volume inspect -f '{{json .Labels}}' $(docker volume ls -q)
docker volume ls --filter label=com.docker.volume.anonymous -q | wc -l
