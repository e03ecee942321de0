# checks: inspect of unknown objects prints [] then the error; template errors.
docker inspect nosuch
docker container inspect nosuch
docker image inspect nosuch
docker create --name ie alpine
docker inspect -f '{{.Name}}' ie nosuch
docker inspect -f '{{.Bogus}}' ie
docker inspect -f '{{.Name' ie
docker inspect --type volume ie
