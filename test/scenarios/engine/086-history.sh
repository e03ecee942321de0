# checks: history of a base image: the table, --no-trunc, -q, --format; unknown image.
docker history alpine
docker history --no-trunc alpine
docker history -q alpine
docker history --format '{{.ID}} {{.CreatedBy}} {{.Size}}' alpine
docker image history -q nginx:alpine
docker history nosuch
docker history
