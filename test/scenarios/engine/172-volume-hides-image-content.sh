# checks: a non-empty volume hides what the image has at that path.
docker run --name vh -v hidev:/tmp alpine sh -c 'echo mine > /tmp/mine'
docker run --name vh2 -v hidev:/etc/apk alpine ls /etc/apk
