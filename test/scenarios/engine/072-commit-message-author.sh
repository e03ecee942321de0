# checks: commit -m and -a end up in the history and the image config.
docker run --name cma alpine touch /marker
docker commit -m 'add marker' -a 'Student <s@example.com>' cma marked:v2
docker history --format '{{.CreatedBy}}|{{.Comment}}' marked:v2
docker image inspect -f '{{.Author}}|{{.Comment}}' marked:v2
docker history --no-trunc --format '{{.ID}}' marked:v2
