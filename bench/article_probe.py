#!/usr/bin/env python3
"""Whole clean articles written blind: false findings on unseen beats, and off-topic recall.

The development set is US campaign news of 2016, so a rule tuned on it may cry
wolf on a match report, an obituary or a flood story. ``bench/probes/articles_*.jsonl``
hold complete, correct news articles written by someone who had not read the
rules: nine beats per set (city government, courts, health, science, disasters,
schools, obituaries, housing and farming in set A; sport, business, technology,
the arts, diplomacy, US politics, transport and consumer news in set B), four
different stories per beat, in American, British, Irish, Canadian, Australian,
Indian, South African and New Zealand styles. Each record is
``{"id", "cluster", "text"}``: headline on the first line, one paragraph a line
after a blank line.

It reports two figures, neither needing ``../shared``:

* **clean**: every warning or error on the articles as written is a false
  finding (they carry no defect), given per article and by rule;
* **moved**: each article gets one paragraph of another article inserted in its
  body, once from another story on the same beat (hard: the same vocabulary)
  and once from another beat; it reports the share of inserted paragraphs with
  an ``offtopic`` finding, and the false findings on the host's own lines.

Both sets were scored unseen (seed 1):

* A: clean 7 findings on 36 articles (0.194 each): GarbledSwap on correct
  English 3 ("are services", "were months behind", "includes that
  exemption"), OffTopic 2 (obituaries' survivors), a British single-quoted
  quotation running on to the next paragraph read as lifted first person, and
  a quotation whose speaker "summed up" in the next sentence; moved 0.611 from
  the same beat, 0.750 from another;
* B: clean 8 on 36 (0.222 each): UnattributedQuote 4 (a quotation after a
  sentence of reported speech, "Pollard said residents were worried. "You
  can ..."", kept on purpose: the benchmark's moved quotations take that very
  shape), GarbledMissingSubject 2 ("Reached by phone in ...,", "Strikes by
  ..."), the cricket noun "over of", OffTopic 1; moved 0.833 and 0.917.

After the changes they prompted: A 0 findings, B 5 (0.069 per article over
both); moved A 0.611 and 0.722 (an obituary's survivors paragraph, no longer
judged, is missed when it lands in another story), B 0.833 and 0.917. No
development, proxy or probe figure moved.

    python bench/article_probe.py [--set a] [--seed 1] [-v] [--keep DIR]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.probe import PROBES, flagged_lines

#: The article sets present, by letter ("a" for articles_a.jsonl).
SETS = sorted(p.stem.removeprefix("articles_") for p in PROBES.glob("articles_*.jsonl"))
ANY = lambda category: True  # noqa: E731  (flagged_lines takes a category filter)


def load(letters: list[str]) -> list[dict]:
    """The articles of the chosen sets, each with its set letter in ``id``."""
    out = []
    for letter in letters:
        for line in (PROBES / f"articles_{letter}.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            rec["cluster"] = f"{letter}{rec['cluster']}"
            out.append(rec)
    return out


def paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in text.split("\n\n") if p.strip()]


def line_of(paras: list[str], index: int) -> int:
    """1-based line on which paragraph ``index`` starts when joined by blank lines."""
    return 1 + sum(p.count("\n") + 2 for p in paras[:index])


def score_clean(articles: list[dict], folder: Path, verbose: bool) -> int:
    for a in articles:
        (folder / f"{a['id']}.txt").write_text(a["text"].rstrip("\n") + "\n", encoding="utf-8")
    found = flagged_lines(folder, ANY, with_category=True)
    by_rule = collections.Counter(r for rules in found.values() for r in rules)
    total = sum(by_rule.values())
    files = len({name for name, _ in found})
    print(f"clean: {total} findings on {len(articles)} articles "
          f"({total / len(articles):.3f} per article; {files} articles with any)")
    for rule, n in by_rule.most_common():
        print(f"  {n:4d}  {rule}")
    if verbose:
        texts = {f"{a['id']}.txt": a["text"].split("\n") for a in articles}
        for (name, line), rules in sorted(found.items()):
            print(f"  {name}:{line} {', '.join(rules)} | {texts[name][line - 1][:160]}")
    return total


def build_moved(articles: list[dict], folder: Path, rng: random.Random) -> dict[str, dict]:
    """Write each host twice with one paragraph moved in; return file -> what was placed."""
    by_cluster: dict[str, list[dict]] = collections.defaultdict(list)
    for a in articles:
        by_cluster[a["cluster"]].append(a)
    truth: dict[str, dict] = {}
    for a in articles:
        same = [b for b in by_cluster[a["cluster"]] if b is not a]
        other = [b for b in articles if b["cluster"] != a["cluster"]]
        for kind, pool in (("same_beat", same), ("other_beat", other)):
            if not pool:
                continue                      # a beat with one story: nothing to move in
            donor = rng.choice(pool)
            body = paragraphs(donor["text"])[1:]
            moved = rng.choice(body)
            host = paragraphs(a["text"])
            pos = rng.randint(2, len(host) - 1)
            host.insert(pos, moved)
            name = f"{a['id']}-{kind}.txt"
            (folder / name).write_text("\n\n".join(host) + "\n", encoding="utf-8")
            truth[name] = {"kind": kind, "line": line_of(host, pos), "text": moved}
    return truth


def score_moved(articles: list[dict], folder: Path, seed: int, verbose: bool) -> None:
    truth = build_moved(articles, folder, random.Random(seed))
    found = flagged_lines(folder, ANY, with_category=True)
    caught = collections.Counter()
    total = collections.Counter()
    false_finds = collections.Counter()
    misses = []
    for name, t in truth.items():
        total[t["kind"]] += 1
        rules = found.get((name, t["line"]), [])
        if any(r.endswith("(offtopic)") for r in rules):
            caught[t["kind"]] += 1
        else:
            misses.append((name, t))
    for (name, line), rules in found.items():
        if line != truth[name]["line"]:
            false_finds[truth[name]["kind"]] += len(rules)
    for kind in sorted(total, reverse=True):
        print(f"moved {kind:10s}: {caught[kind]:3d}/{total[kind]:3d} = "
              f"{caught[kind] / total[kind]:.3f} off-topic; "
              f"{false_finds[kind] / total[kind]:.3f} false findings per host")
    if verbose:
        for name, t in sorted(misses, key=lambda m: m[0]):
            print(f"  missed {name}:{t['line']} | {t['text'][:140]}")
        for (name, line), rules in sorted(found.items()):
            if line != truth[name]["line"]:
                print(f"  false {name}:{line} {', '.join(rules)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", choices=SETS, help="article set (default: all)")
    ap.add_argument("--seed", type=int, default=1, help="which paragraphs move where")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every false finding and miss")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="write the articles here and keep them")
    args = ap.parse_args()
    if not SETS:
        print("no bench/probes/articles_*.jsonl", file=sys.stderr)
        return 0
    articles = load(args.set or SETS)
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        (base / "clean").mkdir(parents=True, exist_ok=True)
        (base / "moved").mkdir(parents=True, exist_ok=True)
        score_clean(articles, base / "clean", args.verbose)
        score_moved(articles, base / "moved", args.seed, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
