# checks: kill -s chooses the signal; an unknown signal name is refused.
docker run -d --init --name k2 alpine sleep 1000
docker kill -s NOSUCH k2
docker kill -s TERM k2
docker wait k2
