# checks: copy-on-write edge cases a student tests after lesson 1: metadata-only changes, a file made and removed, renames, links, a directory replaced by a file, and what commit weighs
# unordered: docker diff
# normalize: ls-time
docker run --name meta alpine chmod 600 /etc/motd
docker diff meta
docker run --name tch alpine touch /etc/motd
docker diff tch
docker run --name tmpgone alpine sh -c 'echo x > /tmp/f; rm /tmp/f'
docker diff tmpgone
docker run --name mv1 alpine mv /etc/motd /etc/motd2
docker diff mv1
sudo ls -l $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' mv1)/etc
docker run --name lnk alpine sh -c 'ln -s /etc/motd /root/sl; ln /etc/issue /root/hl'
docker diff lnk
docker run --name dir2file alpine sh -c 'rm -rf /etc/apk && echo file > /etc/apk'
docker diff dir2file
docker run --name emptydir alpine sh -c 'rm -rf /etc/apk/*'
docker diff emptydir
docker commit meta m1
docker commit tmpgone m2
docker commit mv1 m3
docker commit emptydir m4
docker history --format '{{.Size}}' m1 | head -1
docker history --format '{{.Size}}' m2 | head -1
docker history --format '{{.Size}}' m3 | head -1
docker history --format '{{.Size}}' m4 | head -1
docker run --rm m3 ls /etc/motd /etc/motd2
docker run --rm m4 ls -A /etc/apk
docker ps -a -s --format '{{.Names}} {{.Size}}' | sort
