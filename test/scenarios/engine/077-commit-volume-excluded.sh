# checks: data written to a volume is not part of a commit; the volume path stays declared.
docker run --name cv -v /vol alpine sh -c 'echo in-volume > /vol/f; echo in-layer > /f'
docker commit cv volsnap
docker run --rm --name cv2 volsnap sh -c 'cat /f; ls /vol'
docker image inspect -f '{{json .Config.Volumes}}' volsnap
