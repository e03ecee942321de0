# checks: exit 127 for an absolute path that does not exist.
docker run --name r6 alpine /nosuch/bin
docker run --name r7 alpine ./relative
