# checks: restart of a running and of an exited container; unknown container.
docker run -d --name rs alpine sleep 1000
docker restart -t 0 rs
docker inspect -f '{{.State.Status}} {{.RestartCount}}' rs
docker run --name rs2 alpine echo again
docker restart rs2
docker wait rs2
docker logs rs2
docker restart nosuch
