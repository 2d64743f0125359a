#!/usr/bin/env bash
# Builds the site into another directory (default: a temp dir) under a lock, so several people
# or agents working in one checkout never build into each other's output. Prints the directory.
# Dead links are tolerated here (pages may be mid-way); `npm run build` stays strict.
# Use: scripts/build-isolated.sh [OUT_DIR]; then SITE_DIST=OUT_DIR npm run test:e2e
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d /tmp/help-center-dist-XXXXXX)}"
out="$(realpath -m "$out")"
(
  flock 9
  ALLOW_DEAD_LINKS=1 npx vitepress build docs --outDir "$out" >&2
  npx pagefind --site "$out" >&2
) 9>/tmp/help-center-build.lock
echo "$out"
