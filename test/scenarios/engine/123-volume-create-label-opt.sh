# checks: docker volume create --label and -o show up in inspect Labels and Options.
docker volume create --label a=b --label flag lv
docker volume inspect -f '{{json .Labels}} {{json .Options}}' lv
docker volume create -o type=tmpfs -o device=tmpfs -o o=size=1m tv
docker volume inspect -f '{{json .Labels}} {{json .Options}} {{.Driver}} {{.Scope}}' tv
