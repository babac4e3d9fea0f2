#!/usr/bin/env bash
# Measures the search index on a library: build time, a no-op update, and query latency.
#
#   scripts/bench-search.sh LIBRARY [RUNS]
#
# Uses $PARLEY (default .build/release/parley; build it with `swift build -c release`) and a
# fresh cache folder, so the first `parley index` is a cold build. Query latency is the median
# wall time of RUNS runs of the whole `parley search` process (start-up included), once with
# the usual freshness check of the library (`stat` of every file) and once with --no-update.
set -euo pipefail

library=${1:?usage: bench-search.sh LIBRARY [RUNS]}
runs=${2:-15}
parley=${PARLEY:-$(dirname "$0")/../.build/release/parley}
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export XDG_CACHE_HOME=$cache

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

files=$(find "$library" -maxdepth 1 -name '*.md' | wc -l)
size=$(du -sh "$library" | cut -f1)
echo "library: $library ($files files, $size)"

start=$(now); "$parley" index --library "$library" >/dev/null; end=$(now)
echo "index (cold build):   $(ms "$start" "$end") ms   index file: $(du -sh "$cache"/parley/*.sqlite | cut -f1)"
start=$(now); "$parley" index --library "$library" >/dev/null; end=$(now)
echo "index (no change):    $(ms "$start" "$end") ms"

queries=(
    "the"                      # in nearly every passage: the worst case for ranking
    "go"
    "kubernetes"
    "error handling"
    "\"open source\""
    "concurr*"
    "test -unit"
    "docker OR kubernetes"
    "speaker:jerod javascript"
    "q:testing"
    "in:time go"
    "zzzqqqxx"                 # matches nothing
)
declare -A result
printf '%-28s %8s %12s %6s\n' query "median" "--no-update" hits
for query in "${queries[@]}"; do
    for mode in check skip; do
        flags=(); [ "$mode" = skip ] && flags=(--no-update)
        times=()
        for _ in $(seq "$runs"); do
            start=$(now)
            "$parley" search --library "$library" --limit 20 "${flags[@]}" -- "$query" >/dev/null || true
            end=$(now)
            times+=("$(ms "$start" "$end")")
        done
        result[$mode]=$(printf '%s\n' "${times[@]}" | median)
    done
    hits=$("$parley" search --library "$library" --limit 20 --no-update -- "$query" | wc -l || true)
    printf '%-28s %6s ms %9s ms %6s\n' "$query" "${result[check]}" "${result[skip]}" "$hits"
done
