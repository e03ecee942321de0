# checks: kill sends SIGKILL (137); killing a stopped container or an unknown one fails.
docker run -d --name k1 alpine sleep 1000
docker kill k1
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' k1
docker kill k1
docker kill nosuch
