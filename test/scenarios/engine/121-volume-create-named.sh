# checks: docker volume create NAME prints the name, is idempotent, and inspect shows null Labels/Options.
# normalize: ["docker volume inspect", "\"CreatedAt\": \"[^\"]+\"", "\"CreatedAt\": \"<time>\""]
docker volume create myvol
docker volume create myvol
docker volume ls
docker volume inspect myvol
