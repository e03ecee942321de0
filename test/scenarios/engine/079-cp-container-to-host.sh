# checks: docker cp from a container to the host: a file, a renamed file, a directory.
docker run --name cp2 alpine sh -c 'echo inside > /out.txt'
docker cp cp2:/out.txt .
cat out.txt
docker cp cp2:/etc/motd motd-copy
cat motd-copy
docker cp cp2:/etc/apk apk-copy
ls apk-copy
