# checks: docker save writes an image to a tar (-o, or stdout into a pipe or a file); after docker rmi, docker load (-i, <, -q) brings it back under the same ID and tags. Several images in one archive come in Go map order.
# unordered: docker load -i two.tar
# patched: 3 stdout "600 8089088\n" -- moby v28.5.2 image/tarexport/save.go: the OCI layout (blobs/, blobs/sha256/, the layer, its legacy JSON, config, manifest, index.json, manifest.json, oci-layout, repositories), written by go-archive Tar (Go archive/tar: no record padding); 20.10 wrote <v1 id>/{VERSION,json,layer.tar}
docker image inspect -f '{{.Id}} {{.RootFS.Layers}}' alpine:3.20
docker save -o alpine.tar alpine:3.20
stat -c '%a %s' alpine.tar
docker rmi alpine:3.20
docker load -i alpine.tar
docker image inspect -f '{{.Id}} {{.RootFS.Layers}}' alpine:3.20
docker load < alpine.tar
docker load -q -i alpine.tar
docker save busybox | docker load
docker tag alpine:3.20 mine:v1
docker save mine:v1 busybox -o two.tar
docker rmi mine:v1
docker load -i two.tar
docker images mine
docker save alpine:3.20 > by-redirect.tar && docker rmi alpine:3.20 >/dev/null && docker load -i by-redirect.tar
