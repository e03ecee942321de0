# checks: removing a volume and running again gives a fresh, empty one.
docker run --name vr1 -v again:/data alpine sh -c 'echo old > /data/f'
docker rm vr1
docker volume rm again
docker run --name vr2 -v again:/data alpine ls -a /data
