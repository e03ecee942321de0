# checks: docker export has the mountpoint directories but not what the volumes and binds hold.
mkdir eb
docker run --name ex -v exv:/vol -v $(pwd)/eb:/bind alpine sh -c 'touch /vol/in-vol /bind/in-bind /in-layer'
docker export ex | tar t | grep -E '^(vol|bind|in-layer)'
