# checks: the backup idiom: tar a volume through --volumes-from into a bind mount, then restore it.
docker run --name db -v /data alpine sh -c 'mkdir /data/sub && echo hello > /data/sub/f && echo top > /data/t'
docker run --rm --volumes-from db -v $(pwd):/backup alpine tar cvf /backup/backup.tar /data | sort
tar tf backup.tar | sort
docker run --name db2 -v /data alpine true
docker run --rm --volumes-from db2 -v $(pwd):/backup alpine sh -c 'cd /data && tar xvf /backup/backup.tar --strip 1' | sort
docker run --rm --volumes-from db2 alpine cat /data/sub/f /data/t
docker volume ls -q | wc -l
