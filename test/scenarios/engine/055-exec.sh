# checks: exec runs a command in a running container, with -e, -w, -u, and returns its status.
docker run -d --name ex alpine sleep 1000
docker exec ex echo hi
docker exec -e FOO=bar ex sh -c 'echo FOO=$FOO'
docker exec -w /etc ex pwd
docker exec -u nobody ex id
docker exec -u 1000:1000 ex id
docker exec ex sh -c 'exit 5'
echo 'echo piped' | docker exec -i ex sh
