#!/usr/bin/env python3
"""Build a library of N canonical interview files for benchmarks and scale tests.

Sources are canonical files (data/interviews by default) or, with --changelog DIR, raw podcast
transcripts in the `**Name:** text` layout of ../shared/corpus/changelog, converted on the fly:
the first speaker asks, everyone else answers.

Copies are recombined so that no two are the same: each gets a new id and title, its answers are
shuffled between its questions, and its exchanges are reordered. Only the standard library is
used, so the script runs anywhere Python 3 does.

    scripts/make_library.py OUT [-n 1000] [--source data/interviews] [--changelog DIR] [--seed 1]
"""
import argparse
import glob
import json
import os
import random
import re
import sys

LABEL = re.compile(r"^\*\*([^*]{1,80}?):\*\*\s?(.*)$", re.S)


def slug(text, fallback="x"):
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:60].strip("-") or fallback


def escape_line(line, names):
    """Backslash a line the reader would take as structure (heading, label, escape)."""
    if re.match(r"^#{1,2}( |$)", line) or line.startswith("\\\\") or line.startswith("\\#") \
            or line.startswith("\\**"):
        return "\\" + line
    m = LABEL.match(line)
    if m and m.group(1) in names:
        return "\\" + line
    return line


def paragraphs(text):
    return [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def parse_canonical(text):
    """Front matter (dict), then the body as a list of blocks: ('section', lines) or
    ('exchange', question_lines, [answer paragraph texts])."""
    _, front, body = text.split("---\n", 2)
    blocks = []
    current = None
    for para in paragraphs(body):
        first = para.split("\n", 1)[0]
        if first.startswith("# ") or first == "#":
            current = ["section", [para]]
            blocks.append(current)
        elif first.startswith("## "):
            current = ["exchange", para, []]
            blocks.append(current)
        elif current is not None and current[0] == "section":
            current[1].append(para)
        elif current is not None:
            current[2].append(para)
    return front, blocks


def convert_transcript(path):
    """A `**Name:** text` transcript as (front matter text, blocks)."""
    text = open(path, encoding="utf-8").read()
    turns = []
    for para in paragraphs(text):
        m = LABEL.match(para)
        if m:
            turns.append([m.group(1).strip(), [m.group(2)] if m.group(2).strip() else []])
        elif turns:
            turns[-1][1].append(para)
    turns = [t for t in turns if t[1]]
    if not turns:
        return None
    names = []
    for name, _ in turns:
        if name not in names:
            names.append(name)
    ids, speakers = {}, []
    for i, name in enumerate(names):
        sid = slug(name, "speaker")
        while sid in ids.values():
            sid += "-x"
        ids[name] = sid
        speakers.append({"id": sid, "name": name, "role": "host" if i == 0 else "guest"})
    host = names[0]
    nameset = set(names)
    blocks = []
    for name, paras in turns:
        lines = [escape_line(l, nameset) for p in paras for l in p.split("\n")]
        if name == host:
            q = paras[0].split("\n")
            rest = q[1:] + [l for p in paras[1:] for l in [""] + p.split("\n")]
            heading = "## **%s:** %s" % (host, q[0])
            blocks.append(["exchange", "\n".join([heading] + [("> " + l) if l else ">" for l in rest]), []])
        elif blocks:
            out = [escape_line(p, set()) for p in paras]
            out = ["\n".join(escape_line(l, nameset if j == 0 else set()) for j, l in enumerate(p.split("\n"))) for p in paras]
            out[0] = "**%s:** %s" % (name, out[0])
            blocks[-1][2].extend(out)
        else:
            blocks.append(["section", ["# Introduction"] + ["\n".join(lines)]])
    base = os.path.splitext(os.path.basename(path))[0]
    title = base.replace("-", " ").title()
    front = "id: %s\ntitle: %s\nspeakers:\n" % (slug(base), json.dumps(title, ensure_ascii=False))
    for s in speakers:
        front += "- id: %s\n  name: %s\n  role: %s\n" % (s["id"], json.dumps(s["name"], ensure_ascii=False), s["role"])
    return front, blocks


def render(front, blocks):
    out = "---\n" + front + "---\n"
    for block in blocks:
        if block[0] == "section":
            for para in block[1]:
                out += "\n" + para + "\n"
        else:
            out += "\n" + block[1] + "\n"
            for para in block[2]:
                out += "\n" + para + "\n"
    return out


def recombine(front, blocks, copy, rng):
    """A new interview from an old one: new id and title, answers and exchanges shuffled."""
    if copy == 0:
        return front, blocks
    exchanges = [b for b in blocks if b[0] == "exchange"]
    answers = [b[2] for b in exchanges]
    # Only answers that open with a label can move: an unlabelled first paragraph relies on
    # the exchange's default answerer, which every exchange of the file shares, so those too.
    rng.shuffle(answers)
    moved = [["exchange", e[1], a] for e, a in zip(exchanges, answers)]
    rng.shuffle(moved)
    sections = [b for b in blocks if b[0] == "section"]
    lines = front.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("id: "):
            lines[i] = "id: %s-%d" % (line[4:].strip(), copy)
        elif line.startswith("title: "):
            value = line[7:].strip()
            try:
                import yaml  # optional: read the title exactly when PyYAML is there
                title = str(yaml.safe_load(value))
            except Exception:
                title = value.strip("'\"")
            lines[i] = "title: " + json.dumps("%s, part %d" % (title, copy), ensure_ascii=False)
    return "\n".join(lines), sections + moved


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", "data", "interviews"))
    parser.add_argument("--changelog", help="folder of **Name:** transcripts (searched recursively)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    originals = []
    if args.changelog:
        for path in sorted(glob.glob(os.path.join(args.changelog, "**", "*.md"), recursive=True)):
            converted = convert_transcript(path)
            if converted and any(b[0] == "exchange" for b in converted[1]):
                originals.append(converted)
            if len(originals) >= args.n:
                break
    else:
        for path in sorted(glob.glob(os.path.join(args.source, "*.md"))):
            originals.append(parse_canonical(open(path, encoding="utf-8").read()))
    if not originals:
        sys.exit("make_library: no source interviews found")
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.n):
        front, blocks = recombine(*originals[i % len(originals)], copy=i // len(originals), rng=rng)
        ident = re.search(r"^id: (.*)$", front, re.M).group(1).strip()
        with open(os.path.join(args.out, ident + ".md"), "w", encoding="utf-8") as f:
            f.write(render(front, blocks))
    print("%d interviews written to %s" % (args.n, args.out))


if __name__ == "__main__":
    main()
