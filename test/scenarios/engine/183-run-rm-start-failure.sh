# checks: docker run --rm removes the container when it fails to start.
# patched: 1 stderr sub "failed to create shim task: " "failed to create task for container: failed to create shim task: " -- moby v28.5.2 libcontainerd/remote/client.go:238 (NewTask errors are wrapped "failed to create task for container")
# patched: 1 stderr sub "unable to start container process: exec: " "unable to start container process: error during container init: exec: " -- runc v1.3.3 libcontainer/process_linux.go:884 (Engine 28.5.2 ships runc v1.3.3, moby Dockerfile RUNC_VERSION; it wraps every init error, runc 1.1.5 here did not for exec lookups)
# patched: 3 stderr sub "failed to create shim task: " "failed to create task for container: failed to create shim task: " -- moby v28.5.2 libcontainerd/remote/client.go:238 (NewTask errors are wrapped "failed to create task for container")
# patched: 3 stderr sub "unable to start container process: exec: " "unable to start container process: error during container init: exec: " -- runc v1.3.3 libcontainer/process_linux.go:884 (Engine 28.5.2 ships runc v1.3.3, moby Dockerfile RUNC_VERSION; it wraps every init error, runc 1.1.5 here did not for exec lookups)
docker run --rm --name sf alpine /nonexistent
docker ps -a -q
docker run --rm --name sf2 -v /anon alpine /nonexistent
docker volume ls -q | wc -l
