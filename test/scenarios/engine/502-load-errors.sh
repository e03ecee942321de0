# checks: docker load of what is not a docker save archive, or one edited by hand: missing file, empty stdin, damaged tar, directory, edited manifest.json (null, [], bad JSON, no layers, missing config), a changed layer.
# normalize: ["", "docker-import-\\d+", "docker-import-<n>"]
# patched: 3 stderr "unexpected EOF\n" -- go-archive v0.1.0 chrootarchive/archive_linux.go:12 doUnpack unpacks in-process and returns the tar reader's error as it is (20.10 re-executed docker-untar: "Error processing tar file(exit status 1): ")
# patched: 4 stderr "unexpected EOF\n" -- Engine 28's archive starts with the body-less blobs/ entry (moby v28.5.2 image/tarexport/save.go), so 1000 bytes end inside the second header: Go archive/tar reader.go readHeader io.ReadFull; 20.10's started with a 459-byte file whose padding was cut, a clean end, hence its missing repositories
# patched: 6 stderr sub "%2Ftmp%2Fscenario-rec%2Fdocker\\.sock/v1\\.41" "%2Fvar%2Frun%2Fdocker.sock/v1.51" -- the recording daemon's socket and API: Engine 28 answers on /var/run/docker.sock with API 1.51 (moby v28.5.2 api/common.go:6)
# patched: 8 stdout "" -- moby v28.5.2 image/tarexport/load.go:75,459 validateManifest
# patched: 8 stderr "invalid manifest, manifest cannot be null (but can be [])\n" -- moby v28.5.2 image/tarexport/load.go:459
# patched: 8 exit 1 -- moby v28.5.2 image/tarexport/load.go:459
docker load -i missing.tar
docker load < /dev/null
echo hello > txt.tar && docker load -i txt.tar
docker save -o bb.tar busybox && head -c 1000 bb.tar > trunc.tar && docker load -i trunc.tar
mkdir -p j/foo && tar cf j.tar -C j . && docker load -i j.tar
docker load -i /tmp
docker load extra
mkdir m1 && tar xf bb.tar -C m1 && echo null > m1/manifest.json && tar cf null.tar -C m1 . && docker load -i null.tar
mkdir m2 && tar xf bb.tar -C m2 && echo '[]' > m2/manifest.json && tar cf empty.tar -C m2 . && docker load -i empty.tar
mkdir m3 && tar xf bb.tar -C m3 && echo '{' > m3/manifest.json && tar cf open.tar -C m3 . && docker load -i open.tar
mkdir m4 && tar xf bb.tar -C m4 && sed -i 's/"Layers":\[[^]]*\]/"Layers":[]/' m4/manifest.json && tar cf nolayers.tar -C m4 . && docker load -i nolayers.tar
mkdir m5 && tar xf bb.tar -C m5 && sed -i 's/"Config":"[^"]*"/"Config":"nosuch.json"/' m5/manifest.json && tar cf noconfig.tar -C m5 . && docker load -i noconfig.tar
mkdir m6 && tar xf bb.tar -C m6 && tar cf again.tar -C m6 . && docker load -i again.tar
docker rmi busybox > /dev/null
mkdir m7 && tar xf bb.tar -C m7 && L=$(sed 's/.*"Layers":\["\([^"]*\)".*/\1/' m7/manifest.json) && echo x >> "m7/$L" && tar cf changed.tar -C m7 . && docker load -i changed.tar
docker images busybox
docker load -i again.tar
