# checks: -u uid:gid, -u name from the image's /etc/passwd, -u of an unknown user.
docker run --name u1 -u 1000:1000 alpine id
docker run --name u2 -u nobody alpine id
docker run --name u3 -u nosuchuser alpine id
docker inspect -f '{{.Config.User}}' u1
