# checks: docker cp errors: missing path in the container, missing host path, unknown container, no container, argument count.
docker create --name cp3 alpine
docker cp cp3:/nosuch .
docker cp nosuch.txt cp3:/
docker cp nosuch:/x .
docker cp a b
docker cp
