# checks: --hostname; the default hostname is the container's short ID.
docker run --name h1 --hostname myhost alpine hostname
docker run -d --name h2 alpine sleep 1000
docker exec h2 hostname
docker exec h2 cat /etc/hostname
docker inspect -f '{{.Config.Hostname}}' h2
