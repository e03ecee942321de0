# checks: exec -w of a missing directory; the image user and workdir apply to exec.
# patched: 4 exit 127 -- moby v28.5.2 daemon/exec.go:314 setExitCodeFromError, daemon/errors.go:180 isInvalidCommand ("no such file or directory" gives 127)
docker run -d --name ew -u nobody -w /tmp alpine sleep 1000
docker exec ew sh -c 'id; pwd'
docker exec -u root ew id
docker exec -w /nosuch ew pwd
