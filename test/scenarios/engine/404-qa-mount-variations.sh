# checks: lesson 3's mounts with the mistakes a student makes: relative -v paths, --mount keys, binds of missing files, ro, tmpfs specs
# normalize: ls-time
# patched: 22 stderr sub "failed to create shim task: " "failed to create task for container: failed to create shim task: " -- moby v28.5.2 libcontainerd/remote/client.go:238 (NewTask errors are wrapped "failed to create task for container")
# patched: 22 stderr sub "mount (\\S+):(\\S+) \\(via /proc/self/fd/\\d+\\), flags: 0x5000" "mount src=$1, dst=$2, dstFd=/proc/thread-self/fd/7, flags=MS_BIND|MS_REC" -- runc v1.3.3 libcontainer/mount_linux.go:108-130 mountError.Error (src=, dst=, dstFd=, flags= by name; the fd number is the one runc 1.3 typically gets, not checked on a live runc 1.3.3)
mkdir site && echo '<h1>mine</h1>' > site/index.html && echo content > file.txt
docker run --rm -v data:data alpine true
docker run --rm -v site:/usr/share/nginx/html nginx:alpine ls /usr/share/nginx/html
docker run --rm -v ./site:/usr/share/nginx/html nginx:alpine ls /usr/share/nginx/html
docker run --rm -v $(pwd)/site:/usr/share/nginx/html:ro nginx:alpine touch /usr/share/nginx/html/x
docker run --rm --mount type=bind,source=$(pwd)/site,target=/usr/share/nginx/html nginx:alpine ls /usr/share/nginx/html
docker run --rm --mount type=bind,source=./site,target=/site alpine ls /site
docker run --rm --mount type=bind,source=site,target=/site alpine ls /site
docker run --rm --mount type=bind,source=$(pwd)/nosuch,target=/site alpine ls /site
docker run --rm --mount type=bind,src=$(pwd)/site,dst=/site,readonly alpine touch /site/x
docker run --rm --mount type=bind,src=$(pwd)/site,dst=/site,ro=true alpine touch /site/x
docker run --rm --mount src=vol1,dst=/v alpine touch /v/x
docker run --rm --mount source=vol1,target=/v alpine ls /v
docker run --rm --mount type=volume,dst=/v alpine true
docker run --rm --mount type=volume,source=vol1 alpine true
docker run --rm --mount type=volumes,source=vol1,target=/v alpine true
docker run --rm --mount type=volume,source=vol1,taget=/v alpine true
docker run --rm --mount type=volume,source=$(pwd)/site,target=/v alpine true
docker run --rm --mount 'type=volume,source=vol1,target=/v' -v vol1:/v alpine true
docker run --rm -v $(pwd)/file.txt:/etc/motd alpine cat /etc/motd
docker run --rm -v $(pwd)/file.txt:/etc/motd:ro alpine sh -c 'echo x > /etc/motd'
docker run --rm -v $(pwd)/nofile.txt:/etc/motd alpine cat /etc/motd
ls -ld nofile.txt
docker run --rm -v $(pwd)/file.txt:/newdir/file alpine cat /newdir/file
docker run --rm --tmpfs /cache:size=1m alpine touch /cache/x
docker run --rm --tmpfs cache alpine true
docker run --rm --tmpfs /cache:bogus alpine true
docker run --rm --mount type=tmpfs,dst=/cache,tmpfs-size=64k alpine touch /cache/x
docker run --rm -v /cache --tmpfs /cache alpine true
docker run --rm -v vol1:/v:ro alpine touch /v/y
docker run --rm -v vol1:/v:z alpine ls /v
docker volume ls -q
