# checks: --build-arg NAME without a value takes it from the environment; an unset one leaves the default
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
mkdir ctx && printf 'FROM alpine:3.20\nARG WHO=nobody\nRUN echo "hello $WHO" > /greet\n' > ctx/Dockerfile
export WHO=env-student; docker build -q --build-arg WHO -t bt310 ctx >/dev/null
docker run --rm bt310 cat /greet
unset WHO; docker build -q --build-arg WHO -t bt310b ctx >/dev/null
docker run --rm bt310b cat /greet
