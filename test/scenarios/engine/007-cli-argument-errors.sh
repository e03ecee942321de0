# checks: missing arguments and unknown commands, as CLI 28 prints them.
docker run
docker create
docker nosuchcmd
docker container nosuch
docker ps extra
