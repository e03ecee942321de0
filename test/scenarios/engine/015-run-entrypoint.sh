# checks: --entrypoint replaces the image's entrypoint; the arguments after the image become Cmd.
# patched: 3 stderr sub "failed to create shim task: " "failed to create task for container: failed to create shim task: " -- moby v28.5.2 libcontainerd/remote/client.go:238 (NewTask errors are wrapped "failed to create task for container")
# patched: 3 stderr sub "unable to start container process: exec: " "unable to start container process: error during container init: exec: " -- runc v1.3.3 libcontainer/process_linux.go:884 (Engine 28.5.2 ships runc v1.3.3, moby Dockerfile RUNC_VERSION; it wraps every init error, runc 1.1.5 here did not for exec lookups)
docker run --name ep1 --entrypoint echo alpine hi there
docker inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Path}} {{json .Args}}' ep1
docker run --name ep2 --entrypoint /nosuch alpine
docker run --name ep3 --entrypoint '' alpine echo empty-entrypoint
