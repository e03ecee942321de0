# checks: a context directory without a Dockerfile
# normalize: ["", "^\\d+\\.\\d+ ", "<t> "]
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "\\n#2 \\[internal\\] load \\.dockerignore\\n(?:#2 .*\\n)*", "\n"]
# normalize: ["", "buildkit-mount\\d+", "buildkit-mount<n>"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr "#0 building with \"default\" instance using docker driver\n\n#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: <size> done\n#1 DONE <t>\nERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n" -- buildx v0.29.1 cmd/buildx/main.go:118 and commands/build.go:461; BuildKit v0.25.2 frontend/dockerui/config.go:394 (failed to read dockerfile) with cache/util/fsutil.go:60-68 (the path in the error is the requested file name, not the mount path)
mkdir ctx && echo a > ctx/a.txt
docker build -t bt297 ctx
printf 'FROM alpine:3.20\nCMD ["echo", "lowercase dockerfile"]\n' > ctx/dockerfile && docker build -q -t bt297 ctx >/dev/null && docker run --rm bt297
