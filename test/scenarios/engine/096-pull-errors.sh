# checks: pull errors: a repository the registry does not have, a tag it does not have, an invalid reference, no arguments.
# from-source: moby v28.5.2 distribution/errors.go:55,57
# patched: 1 stderr "Error response from daemon: pull access denied for nosuchrepo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n" -- from-source: moby v28.5.2 distribution/errors.go:55 (the registry mirror here falls back to Docker Hub, which this machine cannot reach; Docker Hub answers "denied: requested access to the resource is denied")
# patched: 2 stderr "Error response from daemon: manifest for alpine:9.99 not found: manifest unknown: manifest unknown\n" -- from-source: moby v28.5.2 distribution/errors.go:57 (Docker Hub answers errcode MANIFEST_UNKNOWN "manifest unknown")
docker pull nosuchrepo
docker pull alpine:9.99
docker pull 'Bad/Ref'
docker pull
