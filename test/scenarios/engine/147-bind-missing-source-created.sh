# checks: -v with a missing host path creates it as a root-owned directory.
docker run --name bm -v $(pwd)/made/deep:/data alpine true
ls -ld made/deep | cut -d' ' -f1,3,4
