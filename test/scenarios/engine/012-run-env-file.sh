# checks: --env-file: comments and blank lines skipped, bare names taken from the environment, a missing file.
printf 'A=1\n# a comment\nB=two words\n\nC\n' > env.list
docker run --name ef --env-file env.list alpine sh -c 'echo "A=$A B=$B C=${C-unset}"'
docker inspect -f '{{json .Config.Env}}' ef
docker run --name ef2 --env-file nosuch.list alpine true
printf '=novalue\n' > bad.list
docker run --name ef3 --env-file bad.list alpine true
