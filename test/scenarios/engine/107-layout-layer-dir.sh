# checks: a container layer directory (diff link lower work, merged while running), its lower file, the init layer.
docker run -d --name ld alpine sleep 1000
sudo ls $(dirname $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' ld))
docker stop -t 0 ld
sudo ls $(dirname $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' ld))
sudo cat $(dirname $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' ld))/lower
docker inspect -f '{{.GraphDriver.Data.LowerDir}}' ld | tr : '\n' | head -1
sudo ls -A $(docker inspect -f '{{.GraphDriver.Data.LowerDir}}' ld | cut -d: -f1)
sudo ls -A $(docker inspect -f '{{.GraphDriver.Data.LowerDir}}' ld | cut -d: -f1)/etc
