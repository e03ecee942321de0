# checks: tmpfs mounts are noexec: a script there cannot be run; the same script elsewhere can.
docker run --name tnx --tmpfs /t alpine sh -c 'printf "#!/bin/sh\necho ran\n" > /t/s; chmod +x /t/s; /t/s'
docker run --name tnx2 --tmpfs /t:exec alpine sh -c 'printf "#!/bin/sh\necho ran\n" > /t/s; chmod +x /t/s; /t/s'
