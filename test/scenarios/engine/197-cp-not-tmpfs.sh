# checks: docker cp sees the directory under a tmpfs mount, not the tmpfs.
docker create --name ctm --tmpfs /etc/apk alpine true
docker cp ctm:/etc/apk/arch arch.txt
cat arch.txt
