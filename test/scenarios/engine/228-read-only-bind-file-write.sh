# checks: writing a file bound read-only fails with EROFS; the host file is unchanged.
echo orig > conf.txt
docker run --name rbf -v $(pwd)/conf.txt:/conf.txt:ro alpine sh -c 'echo new > /conf.txt'
docker run --name rbf2 -v $(pwd)/conf.txt:/conf.txt:ro alpine rm /conf.txt
cat conf.txt
