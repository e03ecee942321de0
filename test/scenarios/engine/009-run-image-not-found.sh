# checks: `docker run` of an image that is neither local nor in the registry.
# from-source: moby v28.5.2 distribution/errors.go:55 (pull access denied ...), registry errcode "denied"
# patched: 1 stderr sub "docker: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io[^\n]*" "docker: Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied" -- from-source: moby v28.5.2 distribution/errors.go:55 (Docker Hub answers "denied: requested access to the resource is denied" for a repository that does not exist)
docker run --name nf nosuchimage
docker ps -a --format '{{.Names}}'
