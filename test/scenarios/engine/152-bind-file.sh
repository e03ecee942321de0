# checks: a single host file can be bind-mounted.
echo hello > one.txt
docker run --name bf -v $(pwd)/one.txt:/etc/one.txt:ro alpine cat /etc/one.txt
docker run --name bf2 -v $(pwd)/one.txt:/etc/one.txt alpine sh -c 'echo more >> /etc/one.txt'
cat one.txt
