#!/usr/bin/env bash
# SchemaComparator.compare on 1,000 generated pairs of JSON Schemas (nested objects, $refs, enums;
# 10-200 properties) in BACKWARD mode, without and with the networknt witness check: median of 5
# passes each after one warm-up, in one JVM, written into docs/benchmarks.md. Takes about a minute.
# Usage: bench/compat.sh [--no-build] [--runs N]     (works from any directory)
set -euo pipefail
invocation="bench/compat.sh${*:+ $*}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_bench_args "bench/compat.sh [--no-build] [--runs N]" 5 "$@"
run_bench CompatBench --pairs 1000 --runs "$runs" --write docs/benchmarks.md
