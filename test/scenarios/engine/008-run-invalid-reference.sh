# checks: image references are parsed by the CLI before any request (exit 125).
docker run Alpine
docker run 'alpine:bad tag'
docker run alpine::latest
docker run --name ir alpine@sha256:1234
