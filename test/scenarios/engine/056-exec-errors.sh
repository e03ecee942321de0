# checks: exec of a missing command (127), -it without a terminal, unknown container, no arguments.
docker run -d --name ex2 alpine sleep 1000
docker exec ex2 nosuch
docker exec ex2 /etc/motd
docker exec -it ex2 sh
docker exec nosuch true
docker exec ex2
docker exec -u nosuchuser ex2 id
