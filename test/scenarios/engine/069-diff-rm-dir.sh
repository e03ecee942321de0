# checks: removing a directory of the image shows only the directory as deleted, not its contents.
# unordered: docker diff
docker run --name dr alpine rm -rf /etc/apk
docker diff dr
