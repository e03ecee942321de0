# checks: the build cache rows of docker system df, and docker builder prune (plain: what no image shares; -a: all)
# unordered: docker system df -v
# unordered: docker builder prune
# normalize: ["", "(?<![a-z0-9])[a-z0-9]{25}(?![a-z0-9])", "<bkid>"]
# from-source: buildx v0.29.1 commands/prune.go
# patched: 6 stdout "ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED\n<bkid>*              \ttrue \t\t118B      \t<duration> ago\n<bkid>*              \ttrue \t0B        \t<duration> ago\n<bkid>*              \ttrue \t6B        \t<duration> ago\n<bkid>*              \ttrue \t2B        \t<duration> ago\nTotal:\t126B\n" -- from-source: buildx v0.29.1 commands/prune.go (CLI 28 runs `docker buildx prune` for `docker builder prune`, docker/cli v28.5.2 cmd/docker/builder.go forwardBuilder): a row per removed record (%-40s ID, `*` when mutable: local sources and cache mounts; size `*` when shared), tabwriter(1, 8, 1, '\t') flushed after each row, then `Total:`; the records and sizes are the recorded ones (Deleted build cache objects, Total reclaimed space); the order of the rows is the channel's (compared as a set)
# patched: 6 stderr "" -- with buildx installed, `docker builder` is forwarded to it without the legacy builder's deprecation warning (docker/cli v28.5.2 cmd/docker/builder.go:118-124 print it only when the plugin is missing)
# patched: 9 stdout "ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED\n<bkid>               \ttrue \t\t0B*       \t<duration> ago\n<bkid>               \ttrue \t6B        \t<duration> ago\n<bkid>               \ttrue \t6B        \t<duration> ago\n<bkid>               \ttrue \t0B        \t<duration> ago\nTotal:\t12B\n" -- from-source: buildx v0.29.1 commands/prune.go (CLI 28 runs `docker buildx prune` for `docker builder prune`, docker/cli v28.5.2 cmd/docker/builder.go forwardBuilder): a row per removed record (%-40s ID, `*` when mutable: local sources and cache mounts; size `*` when shared), tabwriter(1, 8, 1, '\t') flushed after each row, then `Total:`; the records and sizes are the recorded ones (Deleted build cache objects, Total reclaimed space); the order of the rows is the channel's (compared as a set)
# patched: 9 stderr "" -- with buildx installed, `docker builder` is forwarded to it without the legacy builder's deprecation warning (docker/cli v28.5.2 cmd/docker/builder.go:118-124)
mkdir ctx && echo hello > ctx/a.txt && printf 'FROM alpine:3.20\nRUN echo built > /built.txt\nCOPY a.txt /a.txt\nRUN --mount=type=cache,target=/cache echo x > /cache/x\n' > Dockerfile
docker build -q -f Dockerfile -t bt347 ctx
docker system df
docker system df -v --format '{{range .BuildCache}}{{.CacheType}} {{.Size}} {{.Shared}} {{.UsageCount}} {{.Description}}{{"\n"}}{{end}}'
docker system df -v --format '{{range .BuildCache}}{{.CacheType}} {{.Size}} {{.Shared}} {{.UsageCount}} {{.Description}}{{println}}{{end}}'
docker builder prune -f
docker system df
docker rmi bt347
docker builder prune -af
docker system df
