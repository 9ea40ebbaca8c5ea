#!/usr/bin/env bash
# Load isnad serve on loopback: 20 SSH sessions scroll an article at once.
# Reports the server's CPU and memory per session, bytes per scroll and the
# longest stall (see scripts/benchserve). Arguments go to benchserve, e.g.
#   scripts/bench-serve.sh -sessions 20 -scrolls 200
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/isnad" ./cmd/isnad
go build -o "$dir/benchserve" ./scripts/benchserve
nice -n 10 "$dir/benchserve" -isnad "$dir/isnad" "$@"
