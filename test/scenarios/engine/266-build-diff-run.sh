# checks: a container of a built image: docker diff shows only its own changes, not the build layers
# unordered: docker diff
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
mkdir ctx && printf 'FROM alpine:3.20\nRUN mkdir /app && echo v1 > /app/version\nCMD ["cat", "/app/version"]\n' > ctx/Dockerfile
docker build -q -t bt266 ctx >/dev/null
docker run --name dr266 bt266 sh -c 'echo version2 > /app/version; echo n > /app/new; rm /etc/motd'
docker diff dr266
docker run --rm bt266
