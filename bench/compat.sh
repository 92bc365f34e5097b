#!/usr/bin/env bash
# SchemaComparator.compare on 1,000 generated pairs of JSON Schemas (nested objects, $refs, enums;
# 10-200 properties) and 200 composition-heavy pairs (anyOf/oneOf/allOf/if/not/pattern/$ref) in
# BACKWARD mode: without witness check, with the networknt witness check and the search off, and with
# both (the search's share is the difference): median of 5 passes each after one warm-up, in one JVM,
# written into docs/benchmarks.md. Takes a few minutes.
# Usage: bench/compat.sh [--no-build] [--runs N]     (works from any directory)
set -euo pipefail
invocation="bench/compat.sh${*:+ $*}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_bench_args "bench/compat.sh [--no-build] [--runs N]" 5 "$@"
run_bench CompatBench --pairs 1000 --composed 200 --runs "$runs" --write docs/benchmarks.md
