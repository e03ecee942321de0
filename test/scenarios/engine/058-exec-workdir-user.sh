# checks: exec -w of a missing directory; the image user and workdir apply to exec.
docker run -d --name ew -u nobody -w /tmp alpine sleep 1000
docker exec ew sh -c 'id; pwd'
docker exec -u root ew id
docker exec -w /nosuch ew pwd
