#!/usr/bin/env python3
"""Build a proxy held-out benchmark to estimate how the rules generalise.

The real held-out set is "made the same way from other articles and other
sites' boilerplate". We cannot get other articles offline, so this takes the
CLEAN development articles (files without labels) as base texts and inserts
defects that are NEW: page furniture written in the styles of other sites
(bench/synth/material.py), garbling done by code that transforms the base
sentences, duplicates, off-topic paragraphs and detached quotes. The output
has the dev layout (headline on line 1, paragraphs separated by blank lines)
and a ``labels.jsonl`` the benchmark scorer reads, so

    python bench/synth/make_holdout.py [OUT_DIR] [--seed N] [--files N]
    python bench/quality.py --dev OUT_DIR --by-subtype

scores it (quality.py looks for ``score.py`` beside OUT_DIR, so it is copied
there). Deterministic: the same seed and base files give the same set.

Caveat: the base articles are dev articles the rules were tuned on, so the
clean-article false-finding rate here is optimistic; the inserted material is
what tests generalisation.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import material as M  # noqa: E402

DEFAULT_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "dev"


@dataclass
class Para:
    text: str
    kind: str | None = None
    subtype: str | None = None


@dataclass
class Article:
    paras: list[Para] = field(default_factory=list)  # paras[0] is the headline

    def render(self) -> tuple[str, list[dict]]:
        lines, labels = [], []
        for i, p in enumerate(self.paras):
            line = 2 * i + 1
            lines.append(p.text)
            if p.kind:
                labels.append({"line": line, "kind": p.kind, "subtype": p.subtype,
                               "text": p.text})
        return "\n\n".join(lines) + "\n", labels


# ---------------------------------------------------------------- helpers

SENT_SPLIT = re.compile(r"(?<=[.!?])([\"”’']?)\s+(?=[\"“‘'A-Z])")


def sentences(text: str) -> list[str]:
    """Rough sentence split; good enough to pick a sentence to damage."""
    parts, out = SENT_SPLIT.split(text), []
    # re.split with one group gives [s0, q0, s1, q1, ...]; glue the closing quote back
    buf = parts[0]
    for i in range(1, len(parts), 2):
        out.append(buf + parts[i])
        buf = parts[i + 1]
    out.append(buf)
    return [s for s in out if s]


def is_body(p: Para) -> bool:
    return p.kind is None and len(p.text) > 80


def narrative(p: Para) -> bool:
    """A body paragraph with no quotation in it (a natural home for no quote)."""
    return is_body(p) and not re.search(r"[\"“”]|''", p.text) and len(p.text) > 150


def fill(rng: random.Random, s: str) -> str:
    names = rng.sample(M.REPORTERS, 2)
    t1, t2 = rng.sample(M.TIMES, 2)
    return s.format(name=names[0], name2=names[1], day=rng.choice(M.DAYS),
                    date=rng.choice(M.DATES), time=t1, time2=t2,
                    handle=rng.choice(M.HANDLES), year=rng.choice(["2017", "2019", "2021"]))


def words_of(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{5,}", text)}


# ---------------------------------------------------------------- garbling

VERBS = re.compile(r"\b(said|says|told|is|was|are|were|has|had|have|called|asked|became|made|"
                   r"took|won|lost|added|wrote|argued|noted|urged|insisted|announced|"
                   r"warned|claimed|began|showed|found|led|gave|spent)\b")


def g_us_lower(rng, s):
    m = re.search(r"\bU\.S\.|\bUS\b", s)
    return s[:m.start()] + "us" + s[m.end():] if m else None


def g_double_word(rng, s):
    toks = s.split(" ")
    cand = [i for i, t in enumerate(toks[1:-1], 1) if re.fullmatch(r"[a-z]{3,}", t)]
    if not cand:
        return None
    i = rng.choice(cand)
    toks.insert(i, toks[i])
    return " ".join(toks)


def g_swap_adjacent(rng, s):
    toks = s.split(" ")
    cand = [i for i in range(1, len(toks) - 2)
            if re.fullmatch(r"[a-z]{2,}", toks[i]) and re.fullmatch(r"[a-z]{2,}", toks[i + 1])
            and toks[i] != toks[i + 1]]
    if not cand:
        return None
    i = rng.choice(cand)
    toks[i], toks[i + 1] = toks[i + 1], toks[i]
    return " ".join(toks)


def g_del_subject(rng, s):
    variants = []
    # (1) sentence-initial proper-name subject dropped: "Jones visited X" -> "visited X"
    m = re.match(r"((?:[A-Z][a-z]+\.? ){1,3})(?=[a-z]{3,} )", s)
    if m and m.group(1).split()[0] not in {"The", "In", "On", "At", "But", "And", "As", "If"}:
        variants.append(s[m.end():])
    # (2) subject after an introductory clause: "Later, she went" -> "Later, went"
    m = re.match(r"([A-Z][^,]{2,40}, )(he|she|they|it|we|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?=[a-z]{3,})", s)
    if m:
        variants.append(s[:m.end(1)] + s[m.end():])
    # (3) noun after a sentence-initial article: "The senator said" -> "The said"
    m = re.match(r"(The|A|This|That|Her|His|Their) ([a-z]+) (?=[a-z])", s)
    if m:
        variants.append(m.group(1) + " " + s[m.end():])
    return rng.choice(variants) if variants else None


def g_drop_verb(rng, s):
    ms = list(VERBS.finditer(s))
    if not ms:
        return None
    m = rng.choice(ms)
    return (s[:m.start()] + s[m.end():]).replace("  ", " ")


def g_truncate_end(rng, s):
    if len(s) < 60:
        return None
    cut = int(len(s) * rng.uniform(0.55, 0.9))
    # cut inside a word, as a lost tail does
    while cut < len(s) - 1 and not s[cut].isalpha():
        cut += 1
    return s[:cut + 1] if cut < len(s) - 1 else None


GARBLERS = {"us_lower": g_us_lower, "double_word": g_double_word,
            "swap_adjacent": g_swap_adjacent, "del_subject": g_del_subject,
            "drop_verb": g_drop_verb}


def sloppy_cp1252(b: bytes) -> str:
    out = []
    for byte in b:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def garble_paragraph(rng: random.Random, text: str, sub: str) -> str | None:
    """Return the damaged paragraph, or None if this defect does not apply."""
    if sub == "encoding":
        if all(ord(c) < 128 for c in text):
            return None
        raw = text.encode("utf-8")
        return sloppy_cp1252(raw) if rng.random() < 0.7 else raw.decode("latin-1")
    ss = sentences(text)
    if sub == "truncate_join":
        if len(ss) < 2:
            return None
        i = rng.randrange(len(ss) - 1)
        toks = ss[i].split(" ")
        if len(toks) < 8:
            return None
        keep = toks[:rng.randint(len(toks) // 2, len(toks) - 2)]
        keep[-1] = keep[-1].rstrip(",;:")
        j = i + 1 if rng.random() < 0.6 or i + 2 >= len(ss) else i + 2
        return " ".join(ss[:i] + [" ".join(keep) + " " + ss[j]] + ss[j + 1:])
    if sub == "truncate_end":
        new = g_truncate_end(rng, ss[-1])
        return None if new is None else " ".join(ss[:-1] + [new])
    order = list(range(len(ss)))
    rng.shuffle(order)
    for i in order:
        new = GARBLERS[sub](rng, ss[i])
        if new and new != ss[i]:
            return " ".join(ss[:i] + [new] + ss[i + 1:])
    return None


# ---------------------------------------------------------------- quotes

QUOTE_ATTR = re.compile(
    r"([\"“])([A-Z][^\"“”]{25,220}?)[,.!?]?[\"”],? (?:(?:said|says|added|told)\b|"
    r"(?:[A-Z][\w.'-]*\s?){1,4}(?:said|says|added|told)\b)")


def quotes_in(text: str) -> list[str]:
    """Speaker-stripped quotations: '"We will win," Smith said.' -> '"We will win."'"""
    out = []
    for m in QUOTE_ATTR.finditer(text):
        open_q = m.group(1)
        close_q = "”" if open_q == "“" else '"'
        body = m.group(2).rstrip(" ,")
        out.append(f"{open_q}{body}.{close_q}")
    return out


def quote_only(p: Para) -> bool:
    """A paragraph that is only a quotation, with no speaker named in it."""
    t = p.text
    marks = len(re.findall(r"[\"“”]", t))
    return (p.kind is None and marks == 2 and re.match(r"[\"“]", t) is not None
            and re.search(r"[\"”]$", t) is not None and len(t) > 60)


# ---------------------------------------------------------------- defects

def add_boilerplate(rng: random.Random, art: Article) -> int:
    sub = rng.choices(["byline_meta", "dateline", "copyright", "generic", "comments",
                       "read_more", "related", "nav", "related_list"],
                      weights=[14, 5, 6, 10, 6, 7, 6, 5, 6])[0]
    if sub == "related_list":
        head = rng.choice(M.FURNITURE["related"])
        items = [head] + rng.sample(M.RELATED_HEADLINES, rng.randint(2, 4))
        new = [Para(x, "boilerplate", "related") for x in items]
    else:
        new = [Para(fill(rng, rng.choice(M.FURNITURE[sub])), "boilerplate", sub)]
    where = rng.choices(["top", "mid", "end"], weights=[3, 4, 4])[0]
    if sub in ("byline_meta", "dateline") and rng.random() < 0.6:
        where = "top"
    if sub in ("comments", "copyright", "related_list") and rng.random() < 0.6:
        where = "end"
    pos = {"top": 1, "end": len(art.paras),
           "mid": rng.randint(2, max(2, len(art.paras) - 1))}[where]
    art.paras[pos:pos] = new
    return len(new)


def add_duplicate(rng: random.Random, art: Article) -> int:
    sub = rng.choices(["headline_exact", "headline_suffix", "teaser", "lead_variant",
                       "para_adjacent", "para_later"], weights=[8, 4, 5, 4, 5, 5])[0]
    head = art.paras[0].text
    body = [i for i, p in enumerate(art.paras) if i > 0 and is_body(p)]
    if not body:
        return 0
    if sub == "headline_exact":
        art.paras.insert(1, Para(head, "duplicate", sub))
    elif sub == "headline_suffix":
        art.paras.insert(1, Para(head + " " + rng.choice(M.HEADLINE_TAILS), "duplicate", sub))
    elif sub == "teaser":
        src = art.paras[rng.choice(body[:3])].text
        toks = src.split(" ")
        n = rng.randint(min(12, len(toks) - 1), max(min(12, len(toks) - 1), int(len(toks) * 0.7)))
        art.paras.insert(1, Para(" ".join(toks[:n]).rstrip(",;:") + rng.choice(M.TEASER_ENDS),
                                 "duplicate", sub))
    elif sub == "lead_variant":
        toks = art.paras[body[0]].text.split(" ")
        if len(toks) < 10:
            return 0
        pre = " ".join(toks[:rng.randint(8, min(16, len(toks) - 1))]).rstrip(",;:")
        k = rng.choice([1, 2])
        for _ in range(k):
            art.paras.insert(body[0], Para(pre, "duplicate", sub))
        return k
    elif sub == "para_adjacent":
        i = rng.choice(body)
        art.paras.insert(i + 1, Para(art.paras[i].text, "duplicate", sub))
    else:
        if len(body) < 3:
            return 0
        i = rng.choice(body[:-2])
        j = rng.randint(i + 2, len(art.paras))
        art.paras.insert(j, Para(art.paras[i].text, "duplicate", sub))
    return 1


def add_garbled(rng: random.Random, art: Article) -> int:
    subs = ["us_lower", "double_word", "swap_adjacent", "del_subject", "drop_verb",
            "truncate_join", "truncate_end", "encoding"]
    weights = [3, 3, 5, 7, 6, 6, 3, 4]
    texts = [p.text for p in art.paras]
    body = [i for i, p in enumerate(art.paras)
            if i > 1 and is_body(p) and texts.count(p.text) == 1]
    if not body:
        return 0
    for _ in range(4):
        sub = rng.choices(subs, weights)[0]
        for i in rng.sample(body, len(body)):  # every paragraph, in random order
            new = garble_paragraph(rng, art.paras[i].text, sub)
            if new and new != art.paras[i].text:
                art.paras[i] = Para(new, "garbled", sub)
                return 1
    return 0


def add_offtopic(rng: random.Random, art: Article, others: list[Article]) -> int:
    if rng.random() < 0.4:
        text, sub = rng.choice(M.OFFTOPIC_PARAGRAPHS), "news_paragraph"
    else:
        mine = words_of(" ".join(p.text for p in art.paras))
        for _ in range(20):
            o = rng.choice(others)
            theirs = words_of(" ".join(p.text for p in o.paras))
            if len(mine & theirs) / max(1, len(theirs)) < 0.12:  # a different topic
                break
        cand = [p.text for p in o.paras[2:] if is_body(p) and len(p.text) > 120]
        if not cand:
            return 0
        text, sub = rng.choice(cand), "other_article"
    pos = rng.randint(3, max(3, len(art.paras) - 1)) if rng.random() < 0.8 else len(art.paras)
    art.paras.insert(min(pos, len(art.paras)), Para(text, "offtopic", sub))
    return 1


def add_attribution(rng: random.Random, art: Article, others: list[Article]) -> int:
    homes = [i for i, p in enumerate(art.paras) if i > 1 and narrative(p)]
    if not homes:
        return 0
    sub = rng.choice(["copied", "moved", "moved_para"])
    if sub == "moved_para":
        qo = [i for i, p in enumerate(art.paras) if i > 2 and quote_only(p)]
        if qo:
            i = rng.choice(qo)
            p = art.paras.pop(i)
            # far from its speaker, and not after another quoting paragraph
            far = [j for j in range(2, len(art.paras)) if abs(j - i) >= 4
                   and art.paras[j - 1].kind is None and narrative(art.paras[j - 1])]
            if far:
                art.paras.insert(rng.choice(far), Para(p.text, "attribution", "moved"))
                return 1
            art.paras.insert(i, p)
        sub = "moved"
    if sub == "moved":
        pool = [q for p in art.paras for q in quotes_in(p.text)]
    else:
        pool = [q for o in rng.sample(others, min(15, len(others)))
                for p in o.paras for q in quotes_in(p.text)]
    if not pool:
        return 0
    i = rng.choice(homes)
    art.paras[i] = Para(art.paras[i].text + " " + rng.choice(pool), "attribution",
                        "copied" if sub == "copied" else "moved")
    return 1


# ---------------------------------------------------------------- main

def load_clean(dev: Path) -> list[tuple[str, Article]]:
    labelled = {}
    for line in (dev / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            labelled[r["file"]] = r["labels"]
    out = []
    for f in sorted(dev.glob("*.txt")):
        if labelled.get(f.name):
            continue
        paras = f.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
        out.append((f.name, Article([Para(p) for p in paras])))
    return out


def copy_article(a: Article) -> Article:
    return Article([Para(p.text, p.kind, p.subtype) for p in a.paras])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path, default=Path("/tmp/newslint-holdout"))
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="dev split (clean bases)")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--clean-share", type=float, default=0.25)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    bases = load_clean(args.dev)
    if not bases:
        sys.exit(f"no clean articles in {args.dev}")
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.txt"):
        old.unlink()
    rows = []
    n_defect_counts = [1] * 102 + [2] * 70 + [3] * 60 + [4] * 39 + [5] * 21 + [6] * 8
    for k in range(args.files):
        src_name, base = bases[k % len(bases)]
        art = copy_article(base)
        others = [a for n, a in bases if n != src_name]
        if rng.random() >= args.clean_share:
            want = rng.choice(n_defect_counts)
            done = tries = 0
            while done < want and tries < 30:
                tries += 1
                cat = rng.choices(["boilerplate", "duplicate", "garbled", "offtopic",
                                   "attribution"], weights=[24, 16, 17, 14, 11])[0]
                if cat == "boilerplate":
                    done += add_boilerplate(rng, art)
                elif cat == "duplicate":
                    done += add_duplicate(rng, art)
                elif cat == "garbled":
                    done += add_garbled(rng, art)
                elif cat == "offtopic":
                    done += add_offtopic(rng, art, others)
                else:
                    done += add_attribution(rng, art, others)
        name = f"h{k + 1:04d}.txt"
        text, labels = art.render()
        (args.out / name).write_text(text, encoding="utf-8")
        rows.append({"file": name, "base": src_name, "labels": labels})
    with open(args.out / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    scorer = args.dev.parent / "score.py"
    target = args.out.parent / "score.py"
    if scorer.is_file() and not target.exists():
        shutil.copyfile(scorer, target)  # quality.py reads DIR/../score.py
    n_lab = sum(len(r["labels"]) for r in rows)
    n_clean = sum(1 for r in rows if not r["labels"])
    print(f"wrote {len(rows)} files ({n_clean} clean, {n_lab} labelled lines) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
