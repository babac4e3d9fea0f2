#!/usr/bin/env bash
# Fuzzes the importer, the canonical-format reader and the search query language with libFuzzer.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     TARGET: importer, format, query (default: all three)
#
# Each target runs for SECONDS (default 60) from a seed corpus made of the bundled sources
# (data/sources) and interviews (data/interviews), and for the query language a few queries
# that use every part of its syntax. A finding stops the run with the input saved
# as .build/fuzz/<target>/crash-*; turn every one into a regression test (see
# Tests/InterviewKitTests/FuzzRegressionTests.swift) before fixing it. The script exits non-zero
# if any target found a crash, so a clean run is an exit status of 0.
#
# Why not a SwiftPM target: `swift build -Xswiftc -sanitize=fuzzer` would instrument and link
# every target, and libFuzzer's own `main` clashes with the `parley` executable's. Instead the
# script compiles exactly the sources the fuzzed code needs into one module named InterviewKit
# (so the harness sees internal API), with libyaml (CYaml) and Yams built from the checkout that
# `swift package resolve` made, all with the fuzzer's coverage and AddressSanitizer. The search
# index (GRDB) is not part of it: the query target runs the patterns it builds on SQLite's FTS5
# directly, through the system library's C interface (GRDB's module map for it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-60}
if [ $# -gt 0 ]; then shift; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(importer format query)

swift package resolve >/dev/null
yams=$root/.build/checkouts/Yams/Sources
[ -d "$yams/Yams" ] || { echo "fuzz: Yams checkout not found under .build/checkouts" >&2; exit 2; }

bin=$(dirname "$(readlink -f "$(command -v swiftc)")")
clang=$bin/clang
out=$root/.build/fuzz
mkdir -p "$out/yams"

# Runs a compiler with its output in LOG, printing everything but warnings; a failed build ends
# the script (exit 2), so nothing ever fuzzes a harness left over from an earlier build.
compile() {
  local what=$1 log=$2
  shift 2
  # grep -v exits 1 when every line was a warning: nothing left to show is not a failure.
  if "$@" >"$log" 2>&1; then
    grep -v "warning:" "$log" || [ $? -eq 1 ]
  else
    grep -v "warning:" "$log" >&2 || [ $? -eq 1 ]
    echo "fuzz: could not build $what (the compiler's output is in $log)" >&2
    exit 2
  fi
}

# libyaml and Yams: instrumented, and built again only when the checkout changes (a few minutes).
cflags=(-O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$yams/CYaml/include")
objects=()
stamp=$out/yams/built-from
version=$(cd "$yams/.." && git rev-parse HEAD 2>/dev/null || echo unknown)
[ "$(cat "$stamp" 2>/dev/null)" = "$version" ] || rm -f "$out/yams/Yams.o" "$stamp"
for source in "$yams"/CYaml/src/*.c; do
  object=$out/yams/$(basename "$source" .c).o
  compile "$(basename "$source")" "$out/yams/build.log" "$clang" "${cflags[@]}" -c "$source" -o "$object"
  objects+=("$object")
done
if [ ! -f "$out/yams/Yams.o" ]; then
  compile "Yams" "$out/yams/build.log" swiftc -parse-as-library -O -g -sanitize=fuzzer,address -D SWIFT_PACKAGE -Xcc -DYAML_DECLARE_STATIC \
    -I "$yams/CYaml/include" -module-name Yams -emit-module -emit-module-path "$out/yams/Yams.swiftmodule" \
    -c "$yams"/Yams/*.swift -wmo -o "$out/yams/Yams.o"
fi
echo "$version" >"$stamp"
objects+=("$out/yams/Yams.o")

# What each target compiles besides its harness: the model, the format (with the bounded file
# reading it uses) and, for the importer, the importer itself.
kit=$root/Sources/InterviewKit
model=("$kit"/Model/*.swift "$kit"/Format/*.swift "$kit"/Storage/BoundedFile.swift "$kit"/Storage/PlainReason.swift
  "$kit"/Storage/POSIXFailure.swift)
declare -A sources=(
  [importer]="${model[*]} $(find "$kit/Import" -name '*.swift' | sort | tr '\n' ' ') $root/Fuzz/ImporterFuzz.swift"
  [format]="${model[*]} $root/Fuzz/FormatFuzz.swift"
  [query]="$(echo "$kit"/Search/{SearchQuery,QueryLexer,MatchPattern}.swift) $root/Fuzz/QueryFuzz.swift"
)
sqlite_module=$root/.build/checkouts/GRDB.swift/Sources/GRDBSQLite

seed=$out/seeds
rm -rf "$seed" && mkdir -p "$seed"
cp data/sources/* data/interviews/* "$seed"/
query_seed=$out/query-seeds
rm -rf "$query_seed" && mkdir -p "$query_seed"
number=0
while IFS= read -r line; do
  number=$((number + 1))
  printf '%s' "$line" >"$query_seed/$number"
done <<'QUERIES'
swift actors
"open source" -python
concurr* OR kubernetes
speaker:"ana lima" in:garden q:advice
NOT x AND y NEAR( {col} : "a""b" ^c
-- --x -y *z* «quoted» “curly”
QUERIES

status=0
for target in "${targets[@]}"; do
  [ -n "${sources[$target]:-}" ] || { echo "fuzz: unknown target $target (importer, format, query)" >&2; exit 2; }
  seeds=$seed
  options=()
  [ "$target" = query ] && { seeds=$query_seed; options=(-dict="$root/Fuzz/query.dict"); }
  work=$out/$target
  mkdir -p "$work/corpus"
  echo "fuzz: building $target"
  # A binary left from an earlier run must not stand in for one that no longer builds.
  rm -f "$work/fuzz-$target"
  # shellcheck disable=SC2086
  compile "$target" "$work/build.log" swiftc -parse-as-library -O -g -sanitize=fuzzer,address -module-name InterviewKit \
    -I "$out/yams" -I "$yams/CYaml/include" -I "$sqlite_module" -Xcc -DYAML_DECLARE_STATIC \
    ${sources[$target]} "${objects[@]}" -o "$work/fuzz-$target"
  echo "fuzz: running $target for ${seconds}s"
  # -rss_limit_mb: a 2-core, shared CI machine; -timeout: one input taking 10 s is a hang.
  if (cd "$work" && ./"fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=16384 -print_final_stats=1 "${options[@]}" corpus "$seeds" >"$work/log" 2>&1); then
    grep -E "stat::number_of_executed_units|stat::new_units_added|Done " "$work/log" | sed "s/^/fuzz: $target: /"
  else
    status=1
    echo "fuzz: $target FOUND A CRASH; the last lines of $work/log:" >&2
    tail -40 "$work/log" >&2
    # The inputs it kept (a crash leaves crash-*, a hang timeout-*, too much memory oom-*).
    find "$work" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) >&2
  fi
done
exit $status
