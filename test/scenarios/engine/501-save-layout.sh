# checks: what is inside a docker save archive: Engine 28 writes the OCI image layout (oci-layout, index.json, blobs/sha256/<digest> for the layer tar, each layer's legacy JSON, the config and the manifest) plus manifest.json and repositories for older tools; file modes, sizes and times as go-archive writes them.
# from-source: moby v28.5.2 image/tarexport/save.go (the 20.10 recording daemon writes the older <v1 id>/layer.tar layout)
# normalize: ["tar tvf", "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d (blobs/sha256/)$", "<now> $1"]
# patched: 3 stdout "blobs/\nblobs/sha256/\nblobs/sha256/<hex64:2>\nblobs/sha256/<hex64:3>\nblobs/sha256/<hex64:4>\nblobs/sha256/<hex64:1>\nindex.json\nmanifest.json\noci-layout\nrepositories\n" -- moby v28.5.2 image/tarexport/save.go:263 (manifest), :490 (config), :537 (layer by DiffID), :624 (each layer's legacy JSON) under blobs/sha256/, :329 repositories, :347 manifest.json, :364 oci-layout, :384 index.json; go-archive v0.1.0 Tar walks the directory in lexical order without its root
# patched: 4 stdout "drwxr-xr-x 0/0               0 2024-09-26 21:31 blobs/\ndrwxr-xr-x 0/0               0 <now> blobs/sha256/\n-rw-r--r-- 0/0         4502016 2024-09-26 21:31 blobs/sha256/<hex64:2>\n-rw-r--r-- 0/0             400 1970-01-01 00:00 blobs/sha256/<hex64:3>\n-rw-r--r-- 0/0             763 2024-09-26 21:31 blobs/sha256/<hex64:4>\n-rw-r--r-- 0/0             459 2024-09-26 21:31 blobs/sha256/<hex64:1>\n-rw-r--r-- 0/0             363 1970-01-01 00:00 index.json\n-rw-r--r-- 0/0             458 1970-01-01 00:00 manifest.json\n-rw-r--r-- 0/0              31 1970-01-01 00:00 oci-layout\n-rw-r--r-- 0/0              90 1970-01-01 00:00 repositories\n" -- moby v28.5.2 image/tarexport/save.go: mtimes 0 for the manifest blob (:273), repositories (:342), manifest.json (:360), oci-layout (:369), index.json (:388); the image's created time for the config (:494), layer (:588), legacy JSON (:633) and blobs/ (:588); blobs/sha256/ changed last when the manifest blob was written; go-archive v0.1.0 archive.go:241 FileInfoHeaderNoLookups (no user names: 0/0); 20.10's layout listed root/root
# patched: 5 stdout "[{\"Config\":\"blobs/sha256/<hex64:1>\",\"RepoTags\":[\"busybox:latest\"],\"Layers\":[\"blobs/sha256/<hex64:2>\"],\"LayerSources\":{\"sha256:<hex64:2>\":{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar\",\"size\":4502016,\"digest\":\"sha256:<hex64:2>\"}}}]\n" -- moby v28.5.2 image/tarexport/save.go:310 manifestItem{Config, RepoTags, Layers, LayerSources} (tarexport.go:22) written with json.NewEncoder (:353)
# patched: 6 stdout "{\"busybox\":{\"latest\":\"<hex64:2>\"}}\n" -- moby v28.5.2 image/tarexport/save.go:287 (the top layer's DiffID; 20.10 wrote its legacy v1 ID)
# patched: 7 stdout "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:<hex64:3>\",\"size\":400,\"annotations\":{\"io.containerd.image.name\":\"docker.io/library/busybox:latest\",\"org.opencontainers.image.ref.name\":\"latest\"}}]}\n" -- moby v28.5.2 image/tarexport/save.go:291 (tag annotations), :375-388 (ocispec.Index, json.Marshal)
# patched: 7 stderr "" -- moby v28.5.2 image/tarexport/save.go:384 (index.json exists)
# patched: 7 exit 0 -- moby v28.5.2 image/tarexport/save.go:384
# patched: 8 stdout "{\"imageLayoutVersion\": \"1.0.0\"}\n" -- moby v28.5.2 image/tarexport/save.go:364 (ociLayoutContent)
# patched: 8 stderr "" -- moby v28.5.2 image/tarexport/save.go:366
# patched: 8 exit 0 -- moby v28.5.2 image/tarexport/save.go:366
docker image inspect -f '{{.Id}} {{.RootFS.Layers}}' busybox
docker save -o bb.tar busybox
tar tf bb.tar
tar tvf bb.tar
mkdir x && tar xf bb.tar -C x && cat x/manifest.json
cat x/repositories
cat x/index.json; echo
cat x/oci-layout; echo
