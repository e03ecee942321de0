# checks: --entrypoint replaces the image's entrypoint; the arguments after the image become Cmd.
docker run --name ep1 --entrypoint echo alpine hi there
docker inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Path}} {{json .Args}}' ep1
docker run --name ep2 --entrypoint /nosuch alpine
docker run --name ep3 --entrypoint '' alpine echo empty-entrypoint
