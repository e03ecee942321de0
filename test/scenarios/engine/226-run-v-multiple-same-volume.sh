# checks: the same volume mounted at two paths of one container.
docker run --name mp -v twice:/a -v twice:/b alpine sh -c 'echo x > /a/f; cat /b/f'
docker inspect -f '{{len .Mounts}}' mp
