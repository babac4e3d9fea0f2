#!/usr/bin/env bash
# Measures the search index on a library: build time, a no-op update, and query latency.
#
#   scripts/bench-search.sh LIBRARY [RUNS]
#
# Uses $PARLEY (default .build/release/parley; build it with `swift build -c release`) and a
# fresh cache folder, so the first `parley index` is a cold build. Query latency is the median
# wall time of RUNS runs of the whole `parley search` process (start-up included), once with
# the usual freshness check of the library (`stat` of every file) and once with --no-update;
# and the median time of the search alone inside the process, as `--timing` reports it.
set -euo pipefail

library=${1:?usage: bench-search.sh LIBRARY [RUNS]}
runs=${2:-15}
parley=${PARLEY:-$(dirname "$0")/../.build/release/parley}
# BENCH_CACHE=DIR keeps the index there (and reuses it on the next run: no cold build then).
if [ -n "${BENCH_CACHE:-}" ]; then
    cache=$BENCH_CACHE; mkdir -p "$cache"
else
    cache=$(mktemp -d); trap 'rm -rf "$cache"' EXIT
fi
export XDG_CACHE_HOME=$cache

now() { date +%s%N; }
# Runs `parley search`, its output discarded. No hits (exit 1) is an answer; an error (exit 2) or
# a crash ends the benchmark, so a failing search is never timed as if it had answered.
search() {
    local status=0 errors
    errors=$("$parley" search --library "$library" --limit 20 "$@" 2>&1 >/dev/null) || status=$?
    if [ "$status" -gt 1 ]; then
        echo "bench-search: parley search $* failed with status $status: $errors" >&2
        exit 1
    fi
}
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

files=$(find "$library" -maxdepth 1 -name '*.md' | wc -l)
size=$(du -sh "$library" | cut -f1)
echo "library: $library ($files files, $size)"

start=$(now); "$parley" index --library "$library" >/dev/null; end=$(now)
echo "index (first run):    $(ms "$start" "$end") ms   index file: $(du -sh "$cache"/parley/*.sqlite | cut -f1)"
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
found=0
printf '%-28s %9s %14s %12s %6s\n' query "process" "--no-update" "search only" hits
for query in "${queries[@]}"; do
    for mode in check skip; do
        flags=(); [ "$mode" = skip ] && flags=(--no-update)
        times=()
        for _ in $(seq "$runs"); do
            start=$(now)
            search "${flags[@]}" -- "$query"
            end=$(now)
            times+=("$(ms "$start" "$end")")
        done
        result[$mode]=$(printf '%s\n' "${times[@]}" | median)
    done
    inside=$(for _ in $(seq "$runs"); do
        timing=$("$parley" search --library "$library" --limit 20 --no-update --timing -- "$query" 2>&1 >/dev/null) || [ $? -eq 1 ] \
            || { echo "bench-search: parley search --timing $query failed: $timing" >&2; exit 1; }
        sed -n 's/.*search \([0-9.]*\) ms.*/\1/p' <<<"$timing"
    done | median) || exit 1
    [ -n "$inside" ] || { echo "bench-search: parley search --timing printed no time for $query" >&2; exit 1; }
    hits=$({ "$parley" search --library "$library" --limit 20 --no-update -- "$query" || [ $? -eq 1 ]; } | wc -l)
    # The query built to match nothing must find nothing; see the end for the others.
    if [ "$query" = "zzzqqqxx" ] && [ "$hits" -ne 0 ]; then
        echo "bench-search: $query matches nothing, but the search found $hits hits" >&2
        exit 1
    fi
    [ "$hits" -eq 0 ] || found=$((found + 1))
    printf '%-28s %6s ms %11s ms %9s ms %6s\n' "$query" "${result[check]}" "${result[skip]}" "$inside" "$hits"
done
# A search that quietly finds nothing would publish the best times of all.
if [ "$found" -eq 0 ]; then
    echo "bench-search: no query found anything in $library; these times are not of real searches" >&2
    exit 1
fi
