#!/usr/bin/env bash
# A generated 350-version history with 40 % of its undo scripts broken against the same history
# with every undo exact: wall time and time per version of the full round trip (with the chain
# check), median of 3 runs each, written into docs/benchmarks.md. Takes several minutes.
# Usage: bench/broken-undos.sh [--no-build] [--runs N]     (works from any directory)
set -euo pipefail
invocation="bench/broken-undos.sh${*:+ $*}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_bench_args "bench/broken-undos.sh [--no-build] [--runs N]" 3 "$@"
run_bench BrokenUndoBench --size 350 --runs "$runs" --write docs/benchmarks.md
