# checks: docker diff A/C/D: every added path, changed parents, a deleted file.
# unordered: docker diff
docker run --name df1 alpine sh -c 'mkdir -p /data/sub && touch /data/sub/f && rm /etc/motd && echo x >> /etc/passwd'
docker diff df1
