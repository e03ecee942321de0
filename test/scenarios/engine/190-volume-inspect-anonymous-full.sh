# checks: docker volume inspect of an anonymous volume made by -v.
# patched: 2 stdout sub "\"Labels\": null," "\"Labels\": {\n            \"com.docker.volume.anonymous\": \"\"\n        }," -- moby v28.5.2 volume/service/service.go:78 (Engine 23+ labels every volume created without a name com.docker.volume.anonymous; the 20.10 recording daemon does not)
# normalize: ["docker volume inspect", "\"CreatedAt\": \"[^\"]+\"", "\"CreatedAt\": \"<time>\""]
docker run --name ai -v /x alpine true
docker volume inspect $(docker volume ls -q)
