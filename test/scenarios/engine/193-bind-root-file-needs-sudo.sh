# checks: a root container's file in a bind mount: owner root, removable with sudo.
mkdir rootout
docker run --name ro5 -v $(pwd)/rootout:/o alpine sh -c 'mkdir /o/d && touch /o/d/f && chmod 755 /o/d'
stat -c '%U %a' rootout/d rootout/d/f
sudo rm -r rootout/d
ls -a rootout
