# checks: -q prints only the image ID on stdout
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
mkdir ctx && printf 'FROM alpine:3.20\nRUN echo q > /q\n' > ctx/Dockerfile
docker build -q -t bt240 ctx
docker images --format '{{.Repository}} {{.ID}}' bt240
