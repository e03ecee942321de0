# checks: -t with an upper-case repository name or a malformed reference fails before anything is sent; an upper-case tag is fine
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2,3 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr "ERROR: failed to build: invalid tag \"MyApp\": repository name must be lowercase\n" -- buildx v0.29.1 build/opt.go:219-223 checks each -t with reference.Parse (vendor/github.com/distribution/reference/reference.go:58 ErrNameContainsUppercase; ErrReferenceInvalidFormat) as `invalid tag %q`, inside the build: wrapped by commands/build.go:461, printed by cmd/buildx/main.go:118, exit status 1; no vertex was printed, so no `#0` line
# patched: 3 stderr "ERROR: failed to build: invalid tag \"bt311:\": invalid reference format\n" -- buildx v0.29.1 build/opt.go:219-223 checks each -t with reference.Parse (vendor/github.com/distribution/reference/reference.go:58 ErrNameContainsUppercase; ErrReferenceInvalidFormat) as `invalid tag %q`, inside the build: wrapped by commands/build.go:461, printed by cmd/buildx/main.go:118, exit status 1; no vertex was printed, so no `#0` line
# patched: 2,3 exit 1 -- buildx v0.29.1 build/opt.go:219-223 checks each -t with reference.Parse (vendor/github.com/distribution/reference/reference.go:58 ErrNameContainsUppercase; ErrReferenceInvalidFormat) as `invalid tag %q`, inside the build: wrapped by commands/build.go:461, printed by cmd/buildx/main.go:118, exit status 1; no vertex was printed, so no `#0` line
mkdir ctx && printf 'FROM alpine:3.20\n' > ctx/Dockerfile
docker build -t MyApp ctx
docker build -t 'bt311:' ctx
docker build -q -t bt311:V1 ctx >/dev/null && docker images --format '{{.Repository}}:{{.Tag}}' bt311
