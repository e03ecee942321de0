# checks: -i passes the caller's stdin to the container; without -i the container's stdin is empty.
echo 'echo from-stdin; exit 4' | docker run -i --name ri alpine sh
echo hello | docker run --name rn alpine cat
echo hello | docker run -i --name rc alpine cat
