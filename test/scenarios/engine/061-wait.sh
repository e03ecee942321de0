# checks: wait prints exit statuses; an unknown container makes it exit 1.
docker run -d --name wt alpine sh -c 'exit 9'
docker wait wt
docker create --name wt2 alpine
docker start wt2
docker wait wt wt2
docker wait wt nosuch
docker wait
