#!/usr/bin/env bash
# A generated 350-version history with 40 % of its undo scripts broken against the same history
# with every undo exact: wall time and time per version of the full round trip (with the chain
# check), median of 3 runs each, written into docs/benchmarks.md. Takes several minutes.
# Usage: bench/broken-undos.sh [--no-build] [--runs N] [--size N]     (works from any directory)
set -euo pipefail
invocation="bench/broken-undos.sh${*:+ $*}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
size=350
args=()
while [[ $# -gt 0 ]]; do
  if [[ "$1" == --size ]]; then
    [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "--size needs a number" >&2; exit 2; }
    size="$2"; shift 2
  else
    args+=("$1"); shift
  fi
done
parse_bench_args "bench/broken-undos.sh [--no-build] [--runs N] [--size N]" 3 ${args[@]+"${args[@]}"}
run_bench BrokenUndoBench --size "$size" --runs "$runs" --write docs/benchmarks.md
