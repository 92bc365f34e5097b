#!/usr/bin/env bash
# schema:api-compat's core on a generated OpenAPI 3.0 spec pair with 200 operations: loading one spec
# (parse, $refs, structure, schema validation) and the whole check (both specs, comparison with
# witnesses): median of 5 runs after one warm-up, in one JVM, written into docs/benchmarks.md.
# Usage: bench/api-compat.sh [--no-build] [--runs N]     (works from any directory)
set -euo pipefail
invocation="bench/api-compat.sh${*:+ $*}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_bench_args "bench/api-compat.sh [--no-build] [--runs N]" 5 "$@"
run_bench ApiCompatBench --operations 200 --runs "$runs" --write docs/benchmarks.md
