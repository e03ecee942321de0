# checks: images --format fields and a table format; a bad template.
docker images --format 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}' alpine
docker images --format '{{.ID}} {{.Repository}}' busybox
docker images --no-trunc --format '{{.ID}}' busybox
docker images --format '{{.Nope}}'
