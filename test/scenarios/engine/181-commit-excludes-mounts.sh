# checks: docker commit leaves out volume, bind and tmpfs contents.
mkdir cb
docker run --name cm -v cmv:/vol -v $(pwd)/cb:/bind --tmpfs /tm alpine sh -c 'touch /vol/v /bind/b /tm/t /layer'
docker commit cm cmimg
docker run --rm cmimg sh -c 'ls -a /vol /bind /tm; ls /layer'
