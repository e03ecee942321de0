# checks: a bind target missing in the image is created as a directory; a file source makes a file target.
echo data > file.txt
docker run --name bmf --mount type=bind,src=$(pwd)/file.txt,dst=/new/file.txt alpine cat /new/file.txt
docker diff bmf
