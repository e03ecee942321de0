# checks: create prints the ID and leaves the container Created; start prints the name; start -a shows the output.
docker create --name cs alpine echo created-then-started
docker ps -a --format '{{.Names}}: {{.Status}}'
docker start cs
docker wait cs
docker logs cs
docker start -a cs
docker ps -a --format '{{.Names}}: {{.Status}}'
