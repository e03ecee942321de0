# checks: docker export writes the container's whole file system (image + layer + init files) as a tar.
docker run --name exp alpine sh -c 'echo x > /added'
docker export -o exp.tar exp
tar -tf exp.tar | grep -E '^(added|etc/motd|\.dockerenv|etc/hostname|etc/hosts|etc/resolv\.conf|dev/|proc/|sys/)$'
docker export exp | tar -xO added
docker export nosuch
docker export exp > /dev/null; echo $?
