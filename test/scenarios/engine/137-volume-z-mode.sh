# checks: -v mode flags z and Z are accepted and shown in Mode.
docker run --name vz -v zv:/data:z alpine true
docker inspect -f '{{range .Mounts}}{{.Mode}} {{.RW}}{{end}}' vz
docker run --name vzr -v zv:/data:Z,ro alpine true
docker inspect -f '{{range .Mounts}}{{.Mode}} {{.RW}}{{end}}' vzr
