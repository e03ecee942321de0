# checks: a named volume is shared by containers and outlives them.
docker run --name w1 -v sv:/data alpine sh -c 'echo one > /data/f'
docker run --name w2 -v sv:/other alpine sh -c 'cat /other/f; echo two >> /other/f'
docker rm w1 w2
docker run --rm -v sv:/d alpine cat /d/f
