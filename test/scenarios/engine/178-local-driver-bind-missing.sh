# checks: a bind-type local volume whose device is missing fails when a container mounts it.
docker volume create -o type=none -o o=bind -o device=$(pwd)/absent bad
docker run --name lbm -v bad:/data alpine true
