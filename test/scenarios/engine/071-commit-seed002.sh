# checks: seed 002: commit a container's layer as an image; the file is in new containers; history shows the new layer.
docker run --name cm alpine sh -c 'echo hello > /greeting'
docker commit cm greeted
docker images greeted
docker history greeted
docker run --rm --name cmr greeted cat /greeting
docker image inspect -f '{{len .RootFS.Layers}}' greeted
