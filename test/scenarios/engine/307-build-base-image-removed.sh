# checks: a built image does not depend on its base image tag: removing the base keeps it working (its layers stay)
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
mkdir ctx && printf 'FROM busybox:latest\nRUN echo child > /child\n' > ctx/Dockerfile
docker build -q -t bt307 ctx >/dev/null
docker image inspect --format '{{.Parent}}|{{len .RootFS.Layers}}' bt307
docker rmi busybox:latest
docker run --rm bt307 cat /child
docker images --format '{{.Repository}}' | grep -c busybox
