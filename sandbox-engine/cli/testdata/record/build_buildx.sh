#!/bin/sh
# Build the buildx v0.29.1 CLI plugin (the one Engine 28.5.2's docker:28.5.2 image and docker-ce
# bundle at that date) from its vendored source, for rec_buildx.py. buildx needs Go 1.24; Debian
# bookworm-backports has Go 1.23, which builds it once `strings.SplitSeq` (Go 1.24, used by
# util/buildflags and buildkit's dockerui) is added to the standard library through an overlay.
#
#   echo 'deb http://deb.debian.org/debian bookworm-backports main' > /etc/apt/sources.list.d/bpo.list
#   apt-get update && apt-get install -t bookworm-backports golang-1.23-go
#   sh build_buildx.sh [buildx git dir] [plugin dir]
set -eu
REPO=${1:-/work/.mirror/docker+buildx/repo}
OUT=${2:-/tmp/bxconf/cli-plugins}
SRC=$(mktemp -d)
git --git-dir="$REPO" archive v0.29.1 2>/dev/null | tar -x -C "$SRC" || (cd "$REPO" && git archive v0.29.1 | tar -x -C "$SRC")
cd "$SRC"
sed -i 's/^go 1.24.0/go 1.23/' go.mod
sed -i 's/## explicit; go 1.24.*$/## explicit; go 1.23/' vendor/modules.txt
GOROOT_SRC=$(/usr/lib/go-1.23/bin/go env GOROOT)/src
mkdir -p "$SRC/.shim"
cat > "$SRC/.shim/splitseq.go" <<'EOF'
package strings

import "iter"

// SplitSeq as Go 1.24 has it (a range over Split's result).
func SplitSeq(s, sep string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, p := range Split(s, sep) {
			if !yield(p) {
				return
			}
		}
	}
}
EOF
REAL_SRC=$(readlink -f "$GOROOT_SRC")
printf '{"Replace":{"%s/strings/zz_splitseq.go":"%s","%s/strings/zz_splitseq.go":"%s"}}\n' \
  "$GOROOT_SRC" "$SRC/.shim/splitseq.go" "$REAL_SRC" "$SRC/.shim/splitseq.go" > "$SRC/.shim/overlay.json"
mkdir -p "$OUT"
PATH=/usr/lib/go-1.23/bin:$PATH GOTOOLCHAIN=local GOFLAGS=-mod=vendor CGO_ENABLED=0 GOPROXY=off \
  go build -overlay "$SRC/.shim/overlay.json" \
  -ldflags "-X github.com/docker/buildx/version.Version=v0.29.1 -X github.com/docker/buildx/version.Revision=$(cd "$REPO" && git rev-parse 'v0.29.1^{commit}' | cut -c1-9)" \
  -o "$OUT/docker-buildx" ./cmd/buildx
echo "built $OUT/docker-buildx"
