# checks: -e NAME=value, -e NAME= (empty), -e NAME (taken from the caller's environment, or left out).
FROMHOST=hostvalue docker run --name e1 -e FOO=bar -e EMPTY= -e FROMHOST -e UNSETVAR alpine sh -c 'echo "FOO=$FOO EMPTY=[$EMPTY] FROMHOST=$FROMHOST UNSETVAR=${UNSETVAR-unset}"'
docker inspect -f '{{json .Config.Env}}' e1
docker run --name e2 alpine sh -c 'env | sort'
