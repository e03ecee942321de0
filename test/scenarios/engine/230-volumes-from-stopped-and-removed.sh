# checks: --volumes-from works from a stopped container; its volumes stay after the source is removed.
docker run --name vs1 -v vsd:/data alpine sh -c 'echo keep > /data/f'
docker run --name vs2 --volumes-from vs1 alpine cat /data/f
docker rm vs1
docker run --name vs3 --volumes-from vs2 alpine cat /data/f
