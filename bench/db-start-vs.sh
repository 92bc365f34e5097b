#!/usr/bin/env bash
# The embedded PostgreSQL's start -> first query -> stop, this checkout against an older commit,
# measured in one run: rounds alternate old and new (DatabaseStartBench, 10 starts each), so the
# machine's load falls on both alike. Prints each round's medians and the ratio of their medians.
# Usage: bench/db-start-vs.sh <commit> [--rounds N]     (works from any directory)
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: bench/db-start-vs.sh <commit> [--rounds N]" >&2; exit 2; }
old_commit="$1"; shift
rounds=5
if [[ "${1:-}" == "--rounds" ]]; then rounds="$2"; fi
cd "$(dirname "${BASH_SOURCE[0]}")/.."

old_tree="$(mktemp -d)"
work="$(mktemp -d)"
trap 'git worktree remove --force "$old_tree" >/dev/null 2>&1 || true; rm -rf "$old_tree" "$work"' EXIT
git worktree add -q --detach "$old_tree" "$old_commit"

classpath_of() { # a checkout's core test classpath, compiled without installing anything
  (cd "$1" && ./mvnw -o -q -B -pl schemagate-core test-compile \
    && ./mvnw -o -q -B -pl schemagate-core dependency:build-classpath \
       -Dmdep.outputFile="$2" -Dmdep.includeScope=test)
  echo "$1/schemagate-core/target/test-classes:$1/schemagate-core/target/classes:$(cat "$2")"
}
old_cp="$(classpath_of "$old_tree" "$work/old.cp" | tail -1)"
new_cp="$(classpath_of "$PWD" "$work/new.cp" | tail -1)"

median_of() { # the embedded row's median total from the bench's table
  java -cp "$1" dev.schemagate.bench.DatabaseStartBench embedded --runs 10 2>/dev/null \
    | awk -F'|' '/^\| embedded/ { gsub(/ /, "", $4); print $4 }'
}
for ((r = 1; r <= rounds; r++)); do
  echo "round $r: old $(median_of "$old_cp" | tee -a "$work/old") ms, new $(median_of "$new_cp" | tee -a "$work/new") ms"
done
med() { sort -n "$1" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
old_med="$(med "$work/old")"; new_med="$(med "$work/new")"
echo "median of round medians: old ($old_commit) $old_med ms, new $new_med ms, ratio $(awk -v o="$old_med" -v n="$new_med" 'BEGIN { printf "%.2f", n / o }')"
