# checks: docker volume inspect of several volumes, with a format.
docker volume create s1
docker volume create --label k=v s2
docker volume inspect -f '{{.Name}} {{.Labels}} {{.Scope}}' s1 s2
docker volume inspect --format '{{index .Labels "k"}}' s2
