#!/usr/bin/env bash
# Start -> first query -> stop of the throwaway PostgreSQL (embedded, and testcontainers when a
# Docker engine is there): median of 10 runs each, written into docs/benchmarks.md.
# Usage: bench/db-start.sh [--no-build] [--runs N]     (works from any directory)
set -euo pipefail
invocation="bench/db-start.sh${*:+ $*}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_bench_args "bench/db-start.sh [--no-build] [--runs N]" 10 "$@"

providers=(embedded)
if [[ -n "${DOCKER_HOST:-}" || -S /var/run/docker.sock ]]; then
  providers+=(testcontainers)
else
  echo "No Docker engine (DOCKER_HOST unset, no /var/run/docker.sock): measuring embedded only."
fi

# inside a container (the project's build machines) Ryuk cannot reach back and the mapped
# ports are on localhost
if [[ -f /.dockerenv ]]; then
  export TESTCONTAINERS_RYUK_DISABLED="${TESTCONTAINERS_RYUK_DISABLED:-true}"
  export TESTCONTAINERS_HOST_OVERRIDE="${TESTCONTAINERS_HOST_OVERRIDE:-localhost}"
fi

run_bench DatabaseStartBench "${providers[@]}" --runs "$runs" --image postgres:15 --write docs/benchmarks.md
