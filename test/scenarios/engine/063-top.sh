# checks: docker top lists the container's processes as the host's ps sees them; ps options after the name.
# normalize: top-ps
# normalize: ["docker top tp -o", "^\\d+\\t", "<pid>\t"]
docker run -d --name tp alpine sleep 1000
docker top tp
docker top tp -o pid,args
docker top tp -o comm
