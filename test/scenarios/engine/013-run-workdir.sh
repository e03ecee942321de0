# checks: -w creates the working directory (it shows in docker diff); a relative -w is refused.
docker run --name w1 -w /work/dir alpine pwd
docker diff w1
docker run --name w2 -w relative alpine pwd
docker run --name w3 -w /etc alpine pwd
docker diff w3
