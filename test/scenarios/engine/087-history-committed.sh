# checks: a committed image's history: its ID, then its parent's, then <missing> for older rows.
docker run --name hc alpine sh -c 'echo 1 > /one'
docker commit hc first
docker run --name hc2 first sh -c 'echo 2 > /two'
docker commit -m second hc2 second
docker history second
docker history -q second
docker history --format '{{.CreatedBy}}|{{.Comment}}' second
