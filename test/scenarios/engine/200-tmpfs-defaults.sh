# checks: --tmpfs defaults (mode 1777, owned by root) and a read-only tmpfs.
docker run --name tdf --tmpfs /t alpine stat -c '%a %U %G' /t
docker run --name tdr --tmpfs /t:ro alpine touch /t/f
