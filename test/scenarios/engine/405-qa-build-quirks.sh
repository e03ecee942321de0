# checks: lesson 2's build with Dockerfile quirks that still build: shell-form CMD, lower-case instructions, relative WORKDIR, CMD with broken JSON (shell form then)
mkdir b && printf 'FROM alpine:3.20\nWORKDIR /app\nCOPY app.sh .\nCMD sh app.sh\n' > b/Dockerfile && echo 'echo hi from app' > b/app.sh
docker build -q -t app:v1 b
docker image inspect -f '{{json .Config.Cmd}} {{.Config.WorkingDir}}' app:v1
docker run --rm app:v1
docker history --format '{{.CreatedBy}} {{.Size}}' app:v1
printf 'from alpine:3.20\ncopy app.sh /\nrun cat /app.sh\nworkdir data\ncmd ["sh", "/app.sh"\n' > b/Dockerfile.lower
docker build -q -t app:lower -f b/Dockerfile.lower b
docker image inspect -f '{{json .Config.Cmd}} {{.Config.WorkingDir}}' app:lower
docker history --format '{{.CreatedBy}}' app:lower
docker run --rm app:lower
docker images --format '{{.Repository}}:{{.Tag}}' | sort
