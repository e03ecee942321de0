# checks: ENV is seen by RUN and by the container; docker run -e overrides it; an ARG is not in the container
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
mkdir ctx && printf 'FROM alpine:3.20\nARG BUILD_ONLY=b\nENV MODE=prod LEVEL=3\nRUN echo "$MODE $LEVEL $BUILD_ONLY" > /seen\nCMD ["sh", "-c", "echo $MODE $LEVEL [$BUILD_ONLY]"]\n' > ctx/Dockerfile
docker build -q -t bt305 ctx >/dev/null
docker run --rm bt305 cat /seen
docker run --rm bt305
docker run --rm -e MODE=dev bt305
