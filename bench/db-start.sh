#!/usr/bin/env bash
# Start -> first query -> stop of the throwaway PostgreSQL (embedded, and testcontainers when a
# Docker engine is there): median of 10 runs each, written into docs/benchmarks.md.
# Usage: bench/db-start.sh [--no-build]     (works from any directory)
set -euo pipefail

invocation="bench/db-start.sh${*:+ $*}"
build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) echo "usage: bench/db-start.sh [--no-build]" >&2; exit 2 ;;
  esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if $build; then
  ./mvnw -q -B install -DskipTests
fi

cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
./mvnw -q -B -pl schemagate-core dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test

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

java -Dbench.command="$invocation" \
  -cp "schemagate-core/target/test-classes:schemagate-core/target/classes:$(cat "$cp_file")" \
  dev.schemagate.bench.DatabaseStartBench "${providers[@]}" \
  --runs 10 --image postgres:15 --write docs/benchmarks.md
