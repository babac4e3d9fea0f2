#!/usr/bin/env python3
"""nDCG@10 of `parley search` on a judged query set, and the pool of hits to judge.

    scripts/judged-search.py score JUDGMENTS --parley PATH [--label NAME]
    scripts/judged-search.py pool  JUDGMENTS --parley PATH [--parley PATH ...]

JUDGMENTS is a tab-separated file (docs/search-judgments.tsv): a `library` line naming each
library a query runs on and where (`library<TAB>NAME<TAB>FOLDER<TAB>CACHE_HOME`, folders
relative to the repository, `~` and `$VARS` expanded), `query<TAB>NAME<TAB>QUERY` lines, and
judgment lines `judge<TAB>QUERY<TAB>INTERVIEW-ID<TAB>PLACE<TAB>GRADE`, PLACE as
`parley search` prints it (`#3`, `§1`) followed by `/answer/paragraph` for an answer, GRADE 0
(not about the query, or an interjection), 1 (about it in passing) or 2 (an answer or question
that is substantially about it). Hits nobody judged count 0, and `pool` lists them to be read.

`score` runs each query with `--json --limit 10` and prints nDCG@10 per query and the mean:
gain 2^grade - 1, discount log2(rank + 1), the ideal order taken from every judged hit.
"""
import argparse
import json
import math
import os
import subprocess
import sys

REPOSITORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def expand(path):
    return os.path.join(REPOSITORY, os.path.expandvars(os.path.expanduser(path)))


def read(path):
    libraries, queries, grades = {}, [], {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "library":
                libraries[fields[1]] = (expand(fields[2]), expand(fields[3]))
            elif fields[0] == "query":
                queries.append((fields[1], fields[2]))
            elif fields[0] == "judge":
                grades[(fields[1], fields[2], fields[3])] = int(fields[4])
    return libraries, queries, grades


def place(location):
    """`#3/1/2` for answer 1, paragraph 2 of exchange 3 (counted from 1 like the CLI)."""
    kind, where = next(iter(location.items()))
    if kind == "question":
        return f"#{where['exchange'] + 1}"
    if kind == "answer":
        return f"#{where['exchange'] + 1}/{where['answer']}/{where['paragraph']}"
    return f"§{where['_0'] + 1}/{where['paragraph']}"


def hits(parley, library, query):
    folder, cache = library
    env = dict(os.environ, XDG_CACHE_HOME=cache)
    out = subprocess.run([parley, "search", "--json", "--limit", "10", "--library", folder, "--", query],
                         capture_output=True, text=True, env=env)
    if out.returncode > 1:
        sys.exit(f"parley search {query!r} failed: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines()]


def ndcg(found, judged):
    gains = [2 ** g - 1 for g in found]
    ideal = sorted((2 ** g - 1 for g in judged), reverse=True)[:10]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    best = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / best if best > 0 else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["score", "pool"])
    parser.add_argument("judgments")
    parser.add_argument("--parley", action="append", required=True)
    parser.add_argument("--label", default="")
    options = parser.parse_args()
    libraries, queries, grades = read(options.judgments)
    if options.mode == "pool":
        for name, query in queries:
            seen = set()
            for parley in options.parley:
                for hit in hits(parley, libraries[name], query):
                    key = (query, hit["interviewID"], place(hit["location"]))
                    if key in grades or key in seen:
                        continue
                    seen.add(key)
                    print("\t".join(["judge", *key, "?"]) + "\t# " + hit["speaker"] + ": " + hit["snippet"].replace("\n", " "))
        return
    scores = []
    for name, query in queries:
        judged = [g for (q, _, _), g in grades.items() if q == query]
        found = [grades.get((query, h["interviewID"], place(h["location"])), 0) for h in hits(options.parley[0], libraries[name], query)]
        scores.append(ndcg(found, judged))
        print(f"{scores[-1]:.3f}  {query}  {found}")
    print(f"mean nDCG@10 {options.label}: {sum(scores) / len(scores):.3f} over {len(scores)} queries")


if __name__ == "__main__":
    main()
