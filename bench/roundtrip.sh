#!/usr/bin/env bash
# The full round trip (apply, undo, compare, apply again per migration) against plain
# `flyway migrate` of the same generated migrations, N = 50, 100, 200, each on a fresh embedded
# PostgreSQL: median of 3 runs each, written into docs/benchmarks.md. Takes a few minutes.
# Usage: bench/roundtrip.sh [--no-build] [--runs N]     (works from any directory)
set -euo pipefail
invocation="bench/roundtrip.sh${*:+ $*}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_bench_args "bench/roundtrip.sh [--no-build] [--runs N]" 3 "$@"
run_bench RoundTripBench --sizes 50,100,200 --runs "$runs" --write docs/benchmarks.md
