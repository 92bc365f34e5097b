#!/usr/bin/env bash
# SchemaComparator.compare on 1,000 generated pairs of JSON Schemas (nested objects, $refs, enums;
# 10-200 properties) in BACKWARD mode, without and with the networknt witness check: median of 5
# passes each after one warm-up, in one JVM, written into docs/benchmarks.md. Takes about a minute.
# Usage: bench/compat.sh [--no-build] [--runs N]     (works from any directory)
set -euo pipefail

invocation="bench/compat.sh${*:+ $*}"
build=true
runs=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=false ;;
    --runs) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "--runs needs a number" >&2; exit 2; }
            runs="$2"; shift ;;
    *) echo "usage: bench/compat.sh [--no-build] [--runs N]" >&2; exit 2 ;;
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
  dev.schemagate.bench.CompatBench \
  --pairs 1000 --runs "$runs" --write docs/benchmarks.md
