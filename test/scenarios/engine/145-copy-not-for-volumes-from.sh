# checks: --volumes-from mounts do not copy image content, even into an empty volume.
docker create --name src1 -v vfv:/nowhere alpine true
docker run --name vf1 --volumes-from src1 alpine ls -a /nowhere
sudo ls -a /var/lib/docker/volumes/vfv/_data
