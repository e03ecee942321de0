# checks: docker volume without a subcommand and the help of its subcommands.
# patched: 3 stdout sub "Options:\n      --filter" "Options:\n  -a, --all             Remove all unused volumes, not just anonymous ones\n      --filter" -- docker/cli v28.5.2 cli/command/volume/prune.go:54-55 (--all carries the version annotation 1.42: the CLI hides it against the 1.41 recording daemon, Engine 28 speaks 1.51)
docker volume
docker volume ls --help
docker volume prune --help
docker volume create --help
docker volume bogus
