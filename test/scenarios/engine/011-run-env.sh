# checks: -e NAME=value, -e NAME= (empty), -e NAME (taken from the caller's environment, or left out).
# The CLI passes -e variables through a map (docker/cli v28.5.2 cli/command/container/create.go:121),
# so their order in Config.Env varies from run to run: listed one per line, compared as a set.
# unordered: docker inspect
FROMHOST=hostvalue docker run --name e1 -e FOO=bar -e EMPTY= -e FROMHOST -e UNSETVAR alpine sh -c 'echo "FOO=$FOO EMPTY=[$EMPTY] FROMHOST=$FROMHOST UNSETVAR=${UNSETVAR-unset}"'
docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' e1
docker run --name e2 alpine sh -c 'env | sort'
