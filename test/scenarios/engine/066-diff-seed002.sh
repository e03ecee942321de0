# checks: seed 002: /etc/hosts is not in the container layer (it is mounted), so changing it shows no diff; a changed file does.
# unordered: docker diff
docker run --name dh alpine sh -c 'echo "1.2.3.4 extra" >> /etc/hosts'
docker diff dh
docker run --name dm alpine sh -c 'echo changed > /etc/motd'
docker diff dm
docker container diff dm
