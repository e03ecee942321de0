# checks: an ARG is seen by RUN at build time but is not in the image config or the container env; a global ARG needs re-declaring
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
mkdir ctx && printf 'ARG GLOBAL=g\nFROM alpine:3.20\nARG LOCAL=l\nRUN echo "[$GLOBAL] [$LOCAL]" > /out\n' > ctx/Dockerfile
docker build -q -t bt253 ctx >/dev/null
docker run --rm bt253 sh -c 'cat /out; echo "env: [$LOCAL]"'
docker image inspect --format '{{json .Config.Env}}' bt253
