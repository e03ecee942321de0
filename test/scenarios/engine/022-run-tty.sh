# checks: -it needs a terminal on stdin; -t alone allocates one (output lines end in CR LF).
docker run -it --name rt alpine sh
docker run -t --name rt2 alpine echo hi
docker inspect -f '{{.Config.Tty}} {{.Config.OpenStdin}}' rt2
