#!/usr/bin/env python3
"""`parley search` against `grep -rilF` per query class, as whole processes.

    scripts/bench-cli-classes.py LIBRARY CACHE_HOME [--parley PATH] [--runs N] [--limit N]

Runs each query of a fixed sample (six per class, taken from parley-bench's BenchQueries: one
common word, several words, phrase, prefix, filter, no hits) as `parley search --limit N`
with XDG_CACHE_HOME=CACHE_HOME (build the index there first with `parley index`), and the
literal grep would need for the same question as `grep -rilF` on the library folder. Each
process runs once untimed (page cache warm for both), then N times; per query the median,
per class the median (p50) and the worst query's median (p95 over six is the worst).

Prints wall-clock milliseconds and the CPU time (user + system) the processes used, which is
what to read on a shared, loaded machine: wall time includes waiting for a core.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

# (class, parley query, grep literal): grep cannot AND words, filter by speaker or expand a
# prefix, so it looks for the query's main literal, the least it would have to do.
QUERIES = [
    ("one word", "think", "think"),
    ("one word", "people", "people"),
    ("one word", "code", "code"),
    ("one word", "kubernetes", "kubernetes"),
    ("one word", "latency", "latency"),
    ("one word", "monorepo", "monorepo"),
    ("several words", "open source", "open"),
    ("several words", "code review", "review"),
    ("several words", "memory safety", "safety"),
    ("several words", "first job", "job"),
    ("several words", "rust compiler errors", "compiler"),
    ("several words", "python packaging tools", "packaging"),
    ("phrase", '"open source"', "open source"),
    ("phrase", '"I think that"', "I think that"),
    ("phrase", '"a lot of people"', "a lot of people"),
    ("phrase", '"the first time"', "the first time"),
    ("phrase", '"technical debt"', "technical debt"),
    ("phrase", '"feature flags"', "feature flags"),
    ("prefix", "comp*", "comp"),
    ("prefix", "data*", "data"),
    ("prefix", "test*", "test"),
    ("prefix", "kube*", "kube"),
    ("prefix", "open sour*", "open sour"),
    ("prefix", "refact*", "refact"),
    ("filter", "speaker:jo code", "code"),
    ("filter", "in:rust compiler", "compiler"),
    ("filter", "q:advice", "advice"),
    ("filter", "testing -javascript", "testing"),
    ("filter", "rust OR go", "rust"),
    ("filter", "speaker:je javascript", "javascript"),
    ("no hits", "zqxjvw", "zqxjvw"),
    ("no hits", "flurbotronic", "flurbotronic"),
    ("no hits", '"banana kubernetes toaster"', "banana kubernetes toaster"),
    ("no hits", "zzyzx*", "zzyzx"),
    ("no hits", "speaker:zzqq code", "zzqq"),
    ("no hits", "quuxbazinator", "quuxbazinator"),
]


def timed(command, env=None):
    """Wall seconds and CPU seconds (user + system) of one whole process, output discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    status = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env).returncode
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if status > 1:
        sys.exit(f"{command} failed with status {status}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_of_runs(command, runs, env=None):
    timed(command, env)
    samples = [timed(command, env) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("library")
    parser.add_argument("cache_home")
    parser.add_argument("--parley", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "parley"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=50)
    options = parser.parse_args()
    env = dict(os.environ, XDG_CACHE_HOME=options.cache_home)
    per_class = {}
    for kind, query, literal in QUERIES:
        parley = median_of_runs([options.parley, "search", "--library", options.library, "--limit", str(options.limit), "--", query],
                                options.runs, env)
        grep = median_of_runs(["grep", "-rilF", "--", literal, options.library], options.runs)
        per_class.setdefault(kind, []).append((parley, grep))
        print(f"{kind:14} {query:28} parley {parley[0]*1000:7.1f} ms wall {parley[1]*1000:7.1f} ms cpu"
              f"   grep {grep[0]*1000:7.1f} ms wall {grep[1]*1000:7.1f} ms cpu", file=sys.stderr)
    print("| Class | parley p50 / worst, wall (cpu) | grep p50, wall (cpu) | parley / grep at p50, wall (cpu) |")
    print("|---|---|---|---|")
    for kind, rows in per_class.items():
        p_wall = sorted(r[0][0] for r in rows)
        p_cpu = sorted(r[0][1] for r in rows)
        g_wall = statistics.median(r[1][0] for r in rows)
        g_cpu = statistics.median(r[1][1] for r in rows)
        pw, pc = statistics.median(p_wall), statistics.median(p_cpu)
        print(f"| {kind} | {pw*1000:.0f} / {p_wall[-1]*1000:.0f} ms ({pc*1000:.0f} / {p_cpu[-1]*1000:.0f}) "
              f"| {g_wall*1000:.0f} ms ({g_cpu*1000:.0f}) | {pw/g_wall:.2f}× ({pc/max(g_cpu, 1e-6):.2f}×) |")


if __name__ == "__main__":
    main()
