# checks: attach to a stopped container fails; attach to an unknown one.
docker run --name at1 alpine true
docker attach at1
docker attach nosuch
