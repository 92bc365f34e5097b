# Shared by the bench/*.sh scripts: builds (unless --no-build), then runs a bench main class
# from schemagate-core's test classes. Source it, then call: run_bench <MainClass> <args...>
# Expects: $invocation (the command line, for the report) and $build (true|false).

cd "$(dirname "${BASH_SOURCE[0]}")/.."

run_bench() {
  local main="$1"; shift
  if $build; then
    ./mvnw -q -B install -DskipTests
  fi
  local cp_file
  cp_file="$(mktemp)"
  ./mvnw -q -B -pl schemagate-core dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
  local cp
  cp="schemagate-core/target/test-classes:schemagate-core/target/classes:$(cat "$cp_file")"
  rm -f "$cp_file"
  java -Dbench.command="$invocation" -cp "$cp" "dev.schemagate.bench.$main" "$@"
}

# parse [--no-build] [--runs N]; sets $build and $runs (default from $1)
parse_bench_args() {
  local usage="$1"; runs="$2"; shift 2
  build=true
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --no-build) build=false ;;
      --runs) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "--runs needs a number" >&2; exit 2; }
              runs="$2"; shift ;;
      *) echo "usage: $usage" >&2; exit 2 ;;
    esac
    shift
  done
}
