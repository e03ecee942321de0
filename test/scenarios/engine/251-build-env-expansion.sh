# checks: ENV values and their expansion in later instructions (${v}, ${v:-w}, ${v:+w}), one ENV seeing the values from before it
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir ctx && printf 'FROM alpine:3.20\nENV BASE=/opt/app NAME=demo EMPTY=\nENV FULL=${BASE}/${NAME} DEF=${EMPTY:-fallback} ALT=${NAME:+set}\nENV NAME=other OLD=$NAME\nWORKDIR $BASE\nCOPY a.txt ${NAME}.txt\nRUN echo "$FULL $DEF $ALT $OLD" > info.txt\n' > ctx/Dockerfile && echo a > ctx/a.txt
docker build -t bt251 ctx
docker run --rm bt251 sh -c 'pwd; ls; cat info.txt'
docker image inspect --format '{{json .Config.Env}}' bt251
docker history --no-trunc --format '{{.CreatedBy}}' bt251
