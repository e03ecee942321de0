# checks: COPY --chown (ids and names) and --chmod set the owner and mode of the copied files
# normalize: ls-time
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 4 stdout sub "COPY a\\.txt /owned\\.txt" "COPY --chown=1000:1000 a.txt /owned.txt" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1490-1495 (dispatchCopy writes --chown= and --chmod= into the history; BuildKit of 20.10 left them out)
# patched: 4 stdout sub "COPY a\\.txt /private\\.txt" "COPY --chmod=600 a.txt /private.txt" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1490-1495 (dispatchCopy writes --chown= and --chmod= into the history; BuildKit of 20.10 left them out)
# patched: 4 stdout sub "COPY run\\.sh /run\\.sh" "COPY --chown=nobody:nobody --chmod=755 run.sh /run.sh" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1490-1495 (dispatchCopy writes --chown= and --chmod= into the history; BuildKit of 20.10 left them out)
mkdir ctx && printf 'FROM alpine:3.20\nCOPY --chown=1000:1000 a.txt /owned.txt\nCOPY --chmod=600 a.txt /private.txt\nCOPY --chown=nobody:nobody --chmod=755 run.sh /run.sh\nCOPY a.txt /plain.txt\n' > ctx/Dockerfile && echo a > ctx/a.txt && printf 'echo run\n' > ctx/run.sh && chmod 700 ctx/run.sh
docker build -t bt260 ctx
docker run --rm bt260 ls -ln /owned.txt /private.txt /run.sh /plain.txt
docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' bt260
