# checks: ENTRYPOINT resets the base image's CMD; a CMD after it sets it again
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
mkdir ctx && printf 'FROM alpine:3.20\nENTRYPOINT ["ls"]\n' > ctx/Dockerfile && printf 'FROM alpine:3.20\nENTRYPOINT ["ls"]\nCMD ["/etc/apk"]\n' > ctx/Two.Dockerfile
docker build -q -t bt250 ctx >/dev/null
docker image inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' bt250
docker run --rm bt250 /home
docker build -q -f ctx/Two.Dockerfile -t bt250b ctx >/dev/null
docker image inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' bt250b
docker run --rm bt250b
