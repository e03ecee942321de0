# checks: files written to a tmpfs never appear in docker diff or in a commit.
# unordered: docker diff
docker run --name td --tmpfs /t alpine sh -c 'touch /t/secret /visible'
docker diff td
docker commit td tdimg
docker run --rm tdimg ls -a /t
