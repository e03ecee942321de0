# checks: docker volume ls filters name, label, driver, dangling.
# patched: 11 stderr sub "Invalid filter" "invalid filter" -- moby v28.5.2 api/types/filters/errors.go:12 (filters.Args.Validate returns invalidFilter, lower case)
docker volume create --label env=prod v1
docker volume create --label env=dev v2
docker volume create other
docker run --name vu -v v1:/data alpine true
docker volume ls --filter name=v
docker volume ls --filter label=env
docker volume ls --filter label=env=dev
docker volume ls --filter driver=local -q
docker volume ls --filter dangling=true
docker volume ls --filter dangling=false
docker volume ls --filter bogus=1
