#!/usr/bin/env bash
# Compares the JSON report of every demo plan and quarter as BASE (a git ref) writes it with what
# the working tree writes, both read from one copy of the demo site: a refactoring's check that no
# figure moved. Prints the differences (none is silence) and exits 1 when there are any.
#
#   bash scripts/compare-demo-reports.sh BASE_REF
set -euo pipefail
base=${1:?usage: compare-demo-reports.sh BASE_REF}
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null
ln -s "$root/node_modules" "$work/base/node_modules"
cleanup() { git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

# The base version loads the demo data it had; both versions then read that same site.
node "$root/scripts/demo-reports.mjs" --site "$work/site" --out "$work/before" --tracker "$work/base/bin/tracker.js" >/dev/null
node "$root/scripts/demo-reports.mjs" --site "$work/site" --out "$work/after" >/dev/null
diff -ru "$work/before" "$work/after"
