#!/usr/bin/env python3
"""Speed and memory of newslint on generated corpora, beside proselint and jusText.

Builds corpora of about 2,000 and 20,000 articles (a few KB each) in a temporary
folder from material beside the project (``../shared/bench/dev`` when present,
else the project's own ``fixtures/``): each article takes the paragraphs of one
source article, swaps some for paragraphs of other articles, shuffles them and
replaces a few words in some (so most sentences are distinct, as in a real
corpus, while some are shared, so copy detection has work to do). Seeded, so
every run builds the same corpora.

Then, in the same run, for each size: whole-process wall time, files per
second and peak memory (``ru_maxrss`` of the measured process tree, read by a
small wrapper process: the largest single process, i.e. the parent or one
worker) of

* newslint with its default rules (LanguageTool off), all cores;
* proselint 0.16 (``proselint check``): on a subset when the corpus is large,
  extrapolated linearly and marked ``~``;
* jusText over each file (a driver: one ``<p>`` per line, English stoplist);

plus newslint's single-file latency (interpreter start included, best of 5).

    python bench/speed.py [--sizes 2000,20000] [--skip-peers] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "bench" / "dev"
NL = "newslint (default rules)"
PROSELINT_MAX = 300          # files proselint lints before we extrapolate

_WRAPPER = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "rss_kb": rss, "rc": p.returncode,
                  "err": p.stderr.decode(errors="replace")[-400:]}))
"""

_JUSTEXT_DRIVER = r"""
import sys, html, justext
stop = justext.get_stoplist("English")
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = fh.read().splitlines()
    page = "<html><body>" + "".join("<p>%s</p>" % html.escape(l) for l in lines) + \
        "</body></html>"
    justext.justext(page.encode("utf-8"), stop)
"""


def source_articles() -> list[list[str]]:
    """Paragraph lists of the source articles."""
    if SHARED_DEV.is_dir():
        files = sorted(SHARED_DEV.glob("*.txt"))
    else:
        files = sorted((ROOT / "fixtures").rglob("*.txt"))
    out = []
    for f in files:
        paras = [p.strip() for p in re.split(r"\n\s*\n", f.read_text(encoding="utf-8"))
                 if p.strip()]
        if len(paras) >= 3:
            out.append(paras)
    if not out:
        sys.exit("bench/speed.py: no source articles found")
    return out


def build_corpus(folder: Path, n: int, sources: list[list[str]], seed: int = 7) -> None:
    """``n`` deterministic article variants in ``folder``."""
    rng = random.Random(seed)
    vocab = sorted({w for paras in sources[:50] for p in paras for w in p.split()
                    if w.isalpha() and w.islower()})
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        base = list(rng.choice(sources))
        head, body = base[0], base[1:]
        for k in range(len(body)):
            if rng.random() < 0.2:                   # a paragraph from another article
                body[k] = rng.choice(rng.choice(sources))
        rng.shuffle(body)
        body = body[:12]
        for k in range(len(body)):
            if rng.random() < 0.7:                   # make most text distinct
                words = body[k].split()
                for _ in range(max(1, len(words) // 8)):
                    words[rng.randrange(len(words))] = rng.choice(vocab)
                body[k] = " ".join(words)
        (folder / f"{i:06d}.txt").write_text(head + "\n\n" + "\n\n".join(body) + "\n",
                                             encoding="utf-8")


def measure(cmd: list[str], env: dict | None = None) -> dict:
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True,
                          text=True, env=env)
    return json.loads(proc.stdout)


def newslint_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("newslint")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "lint"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000,20000", help="corpus sizes (comma-separated)")
    ap.add_argument("--skip-peers", action="store_true", help="newslint only")
    ap.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    ap.add_argument("--jobs", type=int, default=0, help="newslint --jobs (0: all cores)")
    ap.add_argument("--select", default="",
                    help="newslint --select (default: the default rules); e.g. "
                         "Newslint.CopiedText to time the engine, pool and copy phase alone")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    global NL
    NL = f"newslint ({args.select or 'default rules'})"[:25]
    env = {**os.environ, "NEWSLINT_LANGUAGETOOL_URL": "", "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="newslint-speed-"))
    sources = source_articles()
    rows = []
    try:
        for n in sizes:
            folder = tmp / f"corpus-{n}"
            if not folder.is_dir() or len(list(folder.glob("*.txt"))) != n:
                build_corpus(folder, n, sources)
            files = sorted(folder.glob("*.txt"))
            kb = sum(f.stat().st_size for f in files) / len(files) / 1024
            sel = ["--select", args.select] if args.select else []
            r = measure(newslint_cmd() + ["--no-config", "--format", "json", "--jobs",
                                          str(args.jobs), *sel, str(folder)], env)
            if r["rc"] not in (0, 1):
                print(f"newslint failed: {r['err']}", file=sys.stderr)
            rows.append((NL, n, kb, r["wall"], r["rss_kb"], False))
            if args.skip_peers:
                continue
            sub = [str(f) for f in files[:PROSELINT_MAX]]
            r = measure([str(Path(sys.executable).with_name("proselint")), "check", "-o",
                         "json", *sub], env)
            scale = len(files) / len(sub)
            rows.append(("proselint 0.16", n, kb, r["wall"] * scale, r["rss_kb"], scale > 1))
            wall, rss = 0.0, 0
            for k in range(0, len(files), 2000):       # argv stays a sane length
                r = measure([sys.executable, "-c", _JUSTEXT_DRIVER,
                             *map(str, files[k:k + 2000])], env)
                wall, rss = wall + r["wall"], max(rss, r["rss_kb"])
            rows.append(("jusText 3.0 (driver)", n, kb, wall, rss, False))
        one = next(iter(sorted((tmp / f"corpus-{sizes[0]}").glob("*.txt"))), None) \
            if sizes else None
        single = None
        if one is not None:
            single = min(measure(newslint_cmd() + ["--no-config", str(one)], env)["wall"]
                         for _ in range(5))
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)

    print(f"cores: {os.cpu_count()}   newslint --jobs {args.jobs or 'all'}")
    print(f"{'tool':<26}{'articles':>9}{'KB/art':>8}{'wall s':>10}{'files/s':>10}"
          f"{'peak MB':>9}")
    for tool, n, kb, wall, rss, est in rows:
        mark = "~" if est else " "
        print(f"{tool:<26}{n:>9}{kb:>8.1f}{mark}{wall:>9.2f}{n / wall:>10.0f}"
              f"{rss / 1024:>9.0f}")
    by = {(t, n): w for t, n, _, w, _, _ in rows}
    nl = NL
    if len(sizes) >= 2 and (nl, sizes[0]) in by and (nl, sizes[-1]) in by:
        print(f"scaling: {sizes[-1] // sizes[0]}x the articles took "
              f"{by[(nl, sizes[-1])] / by[(nl, sizes[0])]:.1f}x the time")
    if ("proselint 0.16", sizes[0]) in by:
        print(f"newslint vs proselint at {sizes[0]}: "
              f"{by[('proselint 0.16', sizes[0])] / by[(nl, sizes[0])]:.1f}x faster")
    if single is not None:
        print(f"single-file latency (pre-commit case, interpreter start included): "
              f"{single:.3f} s")
    print("~ = proselint run on the first %d files and extrapolated linearly" % PROSELINT_MAX)
    return 0


if __name__ == "__main__":
    sys.exit(main())
