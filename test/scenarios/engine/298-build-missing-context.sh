# checks: a context path that does not exist
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 1 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 1 stderr "ERROR: failed to build: unable to prepare context: path \"nowhere\" not found\n" -- buildx v0.29.1 build/opt.go:497 (loadInputs), wrapped by commands/build.go:461 and printed by cmd/buildx/main.go:118; no vertex is printed, so no `#0` line (progressui/printer.go:66-69 prints it before the first vertex)
docker build -t bt298 nowhere
