# checks: COPY over a file of the base image: the new layer holds the whole new file, the old one stays in the lower layer
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
mkdir ctx && printf 'FROM alpine:3.20\nCOPY motd /etc/motd\n' > ctx/Dockerfile && printf 'a new message of the day\n' > ctx/motd
docker build -q -t bt308 ctx >/dev/null
docker run --rm bt308 cat /etc/motd
docker history --format '{{.CreatedBy}}|{{.Size}}' bt308 | head -1
docker run --rm alpine:3.20 cat /etc/motd | head -2
