#!/usr/bin/env bash
# schema:client's core on the sample project's spec and on a generated 225-operation spec: the first
# generation in a fresh JVM, full generations, the cached no-op and the drift check of a committed
# client; medians of 5 runs, written into docs/benchmarks.md. Takes about a minute.
# Usage: bench/client.sh [--no-build] [--runs N]     (works from any directory)
set -euo pipefail
invocation="bench/client.sh${*:+ $*}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_bench_args "bench/client.sh [--no-build] [--runs N]" 5 "$@"
run_bench ClientBench --sample sample-project --runs "$runs" --write docs/benchmarks.md
