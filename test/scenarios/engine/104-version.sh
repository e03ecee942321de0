# checks: docker version: client and server are Docker 28.5.2 (API 1.51).
# patched: 1 stdout "28.5.2\n" -- docker/cli v28.5.2 (the version the simulator claims, sandbox-engine/cli/command.ts; the recording CLI is 28.2.2)
# patched: 2 stdout "28.5.2\n" -- moby v28.5.2 (the recording daemon is 20.10.24)
# patched: 3 stdout "1.51 1.51\n" -- moby v28.5.2 api/common.go:6 (DefaultVersion "1.51"); the 28 client negotiates down to 1.41 only with the 20.10 daemon
docker version --format '{{.Client.Version}}'
docker version --format '{{.Server.Version}}'
docker version --format '{{.Client.APIVersion}} {{.Server.APIVersion}}'
docker version --format '{{.Client.Os}}/{{.Client.Arch}} {{.Server.Os}}/{{.Server.Arch}}'
