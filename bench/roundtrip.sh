#!/usr/bin/env bash
# The full round trip (apply, undo, compare, apply again per migration) against plain
# `flyway migrate` of the same generated migrations, N = 50, 100, 200, each on a fresh embedded
# PostgreSQL: median of 3 runs each; then what the migration lint adds to the round trip (with and
# without lint, as -Dschema.lint.skip=true does) on the sample project and on the 200 generated
# migrations: median of 5 pairs. Both written into docs/benchmarks.md. Takes several minutes.
# Usage: bench/roundtrip.sh [--no-build] [--runs N] [--lint-only]     (works from any directory)
set -euo pipefail
invocation="bench/roundtrip.sh${*:+ $*}"
lint_only=false
args=()
for a in "$@"; do
  if [[ "$a" == "--lint-only" ]]; then lint_only=true; else args+=("$a"); fi
done
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_bench_args "bench/roundtrip.sh [--no-build] [--runs N] [--lint-only]" 3 ${args[@]+"${args[@]}"}
if ! $lint_only; then
  run_bench RoundTripBench --sizes 50,100,200 --runs "$runs" --write docs/benchmarks.md
  build=false
fi
lint_runs=$(( runs > 5 ? runs : 5 ))
run_bench LintBench --size 200 --runs "$lint_runs" --write docs/benchmarks.md
