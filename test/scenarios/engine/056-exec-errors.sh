# checks: exec of a missing command (127), -it without a terminal, unknown container, no arguments.
# patched: 2 exit 127 -- moby v28.5.2 daemon/exec.go:314 setExitCodeFromError, daemon/errors.go:180 isInvalidCommand ("executable file not found" gives 127)
# patched: 7 stdout "" -- moby v28.5.2 daemon/exec.go:113 (ContainerExecCreate looks the user up before the exec exists and fails with InvalidParameter; 20.10 failed later, at start)
# patched: 7 stderr "Error response from daemon: unable to find user nosuchuser: no matching entries in passwd file\n" -- moby v28.5.2 daemon/exec.go:113-114 errdefs.InvalidParameter(getUser error); the CLI prints it as a daemon error
# patched: 7 exit 1 -- docker/cli v28.5.2 cli/command/container/exec.go (a failed ExecCreate is returned as a plain error: exit 1)
docker run -d --name ex2 alpine sleep 1000
docker exec ex2 nosuch
docker exec ex2 /etc/motd
docker exec -it ex2 sh
docker exec nosuch true
docker exec ex2
docker exec -u nosuchuser ex2 id
