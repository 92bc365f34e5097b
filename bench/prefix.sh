#!/usr/bin/env bash
# Checking only the new version: 300 generated migrations (the round-trip bench's generator) with
# -Dschema.migrations.from=299, and as a merge request whose baseline has V1..V299 unchanged, against
# plain `flyway migrate` of all 300, each on a fresh embedded PostgreSQL; medians of 3. Written into
# docs/benchmarks.md. Usage: bench/prefix.sh [--no-build] [--runs N] [--size N]
set -euo pipefail
invocation="bench/prefix.sh${*:+ $*}"
size=300
args=()
while [[ $# -gt 0 ]]; do
  if [[ "$1" == "--size" ]]; then
    [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "--size needs a number" >&2; exit 2; }
    size="$2"; shift 2
  else
    args+=("$1"); shift
  fi
done
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_bench_args "bench/prefix.sh [--no-build] [--runs N] [--size N]" 3 ${args[@]+"${args[@]}"}
run_bench PrefixBench --size "$size" --runs "$runs" --write docs/benchmarks.md
