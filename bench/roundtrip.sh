#!/usr/bin/env bash
# The full round trip (apply, undo, compare, apply again per migration) against plain
# `flyway migrate` of the same generated migrations, N = 50, 100, 200, each on a fresh embedded
# PostgreSQL: median of 3 runs each, written into docs/benchmarks.md. Takes a few minutes.
# Usage: bench/roundtrip.sh [--no-build] [--runs N]     (works from any directory)
set -euo pipefail

invocation="bench/roundtrip.sh${*:+ $*}"
build=true
runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=false ;;
    --runs) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "--runs needs a number" >&2; exit 2; }
            runs="$2"; shift ;;
    *) echo "usage: bench/roundtrip.sh [--no-build] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if $build; then
  ./mvnw -q -B install -DskipTests
fi

cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
./mvnw -q -B -pl schemagate-core dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test

java -Dbench.command="$invocation" \
  -cp "schemagate-core/target/test-classes:schemagate-core/target/classes:$(cat "$cp_file")" \
  dev.schemagate.bench.RoundTripBench \
  --sizes 50,100,200 --runs "$runs" --write docs/benchmarks.md
