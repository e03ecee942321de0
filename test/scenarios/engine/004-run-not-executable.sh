# checks: exit 126 for a file without the execute bit and for a directory.
# patched: 1 stderr sub "failed to create shim task: " "failed to create task for container: failed to create shim task: " -- moby v28.5.2 libcontainerd/remote/client.go:238 (NewTask errors are wrapped "failed to create task for container")
# patched: 1 stderr sub "unable to start container process: exec: " "unable to start container process: error during container init: exec: " -- runc v1.3.3 libcontainer/process_linux.go:884 (Engine 28.5.2 ships runc v1.3.3, moby Dockerfile RUNC_VERSION; it wraps every init error, runc 1.1.5 here did not for exec lookups)
# patched: 2 stderr sub "failed to create shim task: " "failed to create task for container: failed to create shim task: " -- moby v28.5.2 libcontainerd/remote/client.go:238 (NewTask errors are wrapped "failed to create task for container")
# patched: 2 stderr sub "unable to start container process: exec: " "unable to start container process: error during container init: exec: " -- runc v1.3.3 libcontainer/process_linux.go:884 (Engine 28.5.2 ships runc v1.3.3, moby Dockerfile RUNC_VERSION; it wraps every init error, runc 1.1.5 here did not for exec lookups)
# patched: 2 stderr sub "exec: \"/etc\": permission denied: unknown" "exec: \"/etc\": is a directory: unknown: permission denied" -- Go os/exec lp_unix.go findExecutable returns EISDIR for a directory since Go 1.20 (runc v1.3.3 libcontainer/standard_init_linux.go:216 exec.LookPath), and moby v28.5.2 daemon/errors.go:152 appends ": permission denied" to EISDIR errors
docker run --name r4 alpine /etc/motd
docker run --name r5 alpine /etc
docker inspect -f '{{.State.ExitCode}}' r4
