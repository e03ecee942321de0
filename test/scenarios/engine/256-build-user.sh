# checks: USER switches the user of later RUN steps and of the container; WORKDIR made after USER belongs to that user
# normalize: ls-time
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 3 stdout sub "\nuid=65534\\(nobody\\) gid=65534\\(nobody\\)\n" "\nuid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n" -- BuildKit v0.25.2 executor/runcexecutor/executor.go:246,257 runs RUN with oci.GetUser's supplementary groups and executor/oci/user.go:93-120 WithUIDGID/ensureAdditionalGids adds the primary group, so `id` lists groups; BuildKit of 20.10 set none
# patched: 4 stdout sub " 36 <mtime> /tmp/id\\.txt" " 57 <mtime> /tmp/id.txt" -- BuildKit v0.25.2 executor/runcexecutor/executor.go:246,257 runs RUN with oci.GetUser's supplementary groups and executor/oci/user.go:93-120 WithUIDGID/ensureAdditionalGids adds the primary group, so `id` lists groups; BuildKit of 20.10 set none (the file is 21 bytes longer)
mkdir ctx && printf 'FROM alpine:3.20\nUSER nobody\nRUN id > /tmp/id.txt\nWORKDIR /work\nRUN touch mine && ls -ln\n' > ctx/Dockerfile
docker build -t bt256 ctx
docker run --rm bt256 sh -c 'id; cat /tmp/id.txt; pwd'
docker run --rm bt256 ls -ldn /work /tmp/id.txt
docker run --rm -u root bt256 id
docker image inspect --format '{{.Config.User}} {{.Config.WorkingDir}}' bt256
