#!/usr/bin/env python3
"""Probes written independently of the rules: furniture recall, and false findings on prose.

``bench/probes/furniture_{a..i}.jsonl`` each hold about 300 lines of page
furniture (bylines, date stamps, credits, comment widgets, menus, links to
other stories, related-story lists, newsletter and paywall prompts) and about
160 look-alike lines of prose, written from general knowledge of news sites
by someone who had not read the rules, in the styles of sites the benchmark
does not use. How much each set has been looked at, which says how far its
figure can be trusted as an estimate for unseen sites:

* A was tuned on; B was looked at after a first round of changes;
* C was held out until its figure was taken, then tuned on;
* E (blogs, magazines, TV sites) was measured once, then tuned on;
* D (British, Indian, African and Australian papers, wire services) was
  scored once unseen, then tuned on;
* F (US political and national news sites of 2012-2018, the benchmark's
  era) was scored unseen in one release and tuned on in the next;
* G (US local, sports and business sites) and H (scraped tech and science
  sites, Commonwealth papers, press releases, embeds) were each scored
  unseen, then tuned on;
* I (aggregators, AMP pages, trade and student papers, UK tabloids) has only
  ever been scored, never looked at: its figure is the honest one;
* J (Commonwealth and Asian papers, local TV, nonprofit newsrooms,
  newsletters, podcasts, liveblogs, markets and fact-check sites), whose
  "generic" lines are longer house notes (corrections, disclaimers, funding
  and republishing notes, helplines), was scored unseen (0.877; generic
  0.200), then tuned on (0.939). Its generic misses that remain are notes
  newslint keeps on purpose as the story's own, as the benchmark's labels do:
  corrections, clarifications and update notes, "X contributed to this
  report", editor's and standards notes, content warnings, helplines.

* K (Commonwealth, African and Asian papers, US regional TV, trade and
  university sites, government press pages, sports clubs, crypto and health
  publishers, WordPress, Ghost, Medium and Substack) has only been scored,
  unseen: 0.941, with 1 of 180 look-alike prose lines flagged (0.944 and 0
  after the changes L prompted, its misses still unread).
* L (Irish, Scottish, Dutch, Nordic, Israeli, Gulf, Pakistani, Singaporean
  and Caribbean papers, US public media, alt-weeklies, nonprofit and student
  newsrooms, Arc/Brightspot/Drupal/Squarespace pages, AMP scrapes and
  newsletter platforms) was scored unseen: 0.896 (generic 0.472), 3 of 180
  prose lines flagged; then tuned on (0.965, 1 flagged): app and channel
  prompts, "now closed" comment notices, print-edition and syndication
  lines, member drives and pledges, free-trial and preview prompts, AI-use
  and audio-version notes, numbered headline lists, and no notice cue
  inside a quotation ('titled "All Rights Reserved"').
* M (Canadian, Latin American, East Asian, Chinese and Russian state, Baltic
  and Ukrainian, pan-European and wire-service pages, US chain papers, Patch,
  aggregator wrappers, radio networks, team and fact-check sites) was scored
  unseen: 0.889 (generic 0.639), 0 of 180 prose lines flagged; then tuned on
  (0.948, 0 flagged): "now closed" comment sections, comment communities,
  gallery and embed controls, "your article continues below", headers of
  numbered lists without a colon, "You might also like:", "In case you
  missed it", "More fact checks:", "Read the full fact-check:", Apple News
  and free-app prompts, reader-supported appeals, opinion disclaimers. Its
  "Watch the full report above" and "email us at" lines stay unflagged on
  purpose: the development labels count them as the story's own text.
* N (US regional papers, political, TV and wire sites, aggregators, and
  LexisNexis, Factiva and ProQuest exports and RSS scrapes, a kind of its
  own: "export_meta", placed in the body) was scored unseen: 0.868 (export
  fields 0.540), 0 of 184 prose lines flagged; then tuned on (0.969, 0
  flagged): the export services' field names, AP's "-0-", feed trailers
  ("The post ... appeared first on ..."), Reuters' "Our Standards:", cookie
  banners, closed discussions, WordPress "N responses to".
* O (half US political and national sites of 2012-2018, half business, local
  TV, tabloid, sport, tech, international and syndication pages) was scored
  unseen: 0.899 (generic 0.659, related 0.829), 2 of 201 prose lines flagged;
  then tuned on (0.955, 1 flagged): a feed trailer quoting a headline, "Also
  on HuffPost:", "Published 3 years ago", embed and affiliate notes, tip
  lines, "People who read this also read", "Read the rest at ...", broadcast
  and podcast promotions, "Staff report"; and no comment-section notice in
  reported speech ("Police said the man posted a threat in the comments
  section").
* P (partisan, mainstream and syndicating sites of the 2015-2017 election
  era, and the wrappers that reprinted them) was scored unseen: 0.896
  (read_more 0.698, byline 0.841), 1 of 204 prose lines flagged; then tuned
  on (0.951, none flagged): comment widgets, site-wide and opinion
  disclaimers, ad-blocker notices, "Reprinted from ... with the author's
  permission", "Originally appeared on ...", "Full story at ...", WordPress
  "Like Loading...", player and menu rows, a byline with a handle; a long
  sentence ending "in Elizabeth, N.J." is no longer taken for a headline.
  Its "h/t", "Via:", "Watch the clip:" and caption lines, and writer
  biographies, stay unflagged: the development labels keep them as text.
* Q (US regional papers, TV and radio sites, Commonwealth mainstream sites,
  with their widgets) was scored unseen: 0.912 (comments 0.727), no prose
  line flagged; then tuned on (0.989, none flagged): local-paper comment
  rules ("Keep it Clean. ..."), "awaiting moderation", username headers,
  press-code and affiliate notes, "Do Not Sell My Personal Information",
  weather, closings and scoreboard widgets, meters and membership asks. The
  never-tuned I and K rose a line or two each with it.
* R (2015-2017 US papers and magazines, partisan blogs on the left and right,
  cable, local TV and public radio sites, syndication wrappers, AMP,
  WordPress, Blogger, Medium and press-release wires, and English editions
  from fourteen countries) was scored unseen: 0.942 (generic 0.830,
  read_more 0.872), 1 of 217 prose lines flagged; then tuned on (0.987, none
  flagged): comment-policy sentences in a notice of any length ("Please keep
  comments civil"), "X replied to Y" headers, gift and patron asks, "Get the
  app", "Press play to listen", "Your California Privacy Rights", "Read the
  whole thing.", "Go here for the full story.", IPSO membership lines,
  "Related Posts:", a bare "READ:" label, "For live updates, follow our ...
  blog"; "join the conversation" now needs to open a sentence ("Lawmakers
  ... invited to join the conversation" is prose). I and K rose a line each.
  Its caption lines, "This is a developing story", "Watch ... below" and a
  writer's bio stay unflagged, as the development labels keep them.

``prose_paragraphs_j.jsonl`` was written the same way and scored unseen
(0 of 320 paragraphs with a finding).

``--garble`` runs ``bench/probes/garble_*.jsonl``: pairs of a correct news
paragraph (varied subjects and national styles) and the same paragraph with
one defect applied at a random position: a verb dropped, two neighbours
swapped, a sentence cut and run into a later one, a subject deleted, the
end cut off, a word doubled. Each garbled paragraph goes into one clean
development article and its correct twin into another; it reports, per
kind, the garbled paragraphs with a ``garbled`` finding and the twins with
any finding other than off-topic. Set K was written by someone who had not
read the rules and scored unseen (0.546 caught, no twin flagged; dropped
verbs 0.025, swaps 0.200, joins 0.225), then its misses were looked at once:
a plural role noun ("Officials") opening the run-on sentence, a
capitalised everyday word printed twice ("Commission Commission"), a
paragraph cut off after a number ("... none of the 22"), a subject straight
before what it said ("Officials the move was ..."), "an" before a
consonant and a participle before its "been" ("have arrested been"): 0.637.
Set L (US politics, courts, business, sport and opinion, many quotations,
2 to 5 sentences) was written the same way after those changes and scored
unseen: 0.583 caught (dropped verbs 0.050, swaps 0.200, joins 0.350), 3 of
240 twins flagged. Two of those were GarbledSwap on correct English ("open
through", "done being"), since excused; the third is a first-person opinion
paragraph, which in a third-person host article is rightly a lifted one.
Its dropped verbs were then looked at (a closing attribution with no verb,
'...," teammate Andre Coley.'; "expected to next month"; "He give
Cleveland ..."): L 0.600, K 0.642, no twin of either flagged by a garble rule.
Set M (2014-2018 US politics, foreign affairs, economy, courts, media and
sport, quotations in 145 of 240) was written blind after all of that and
scored unseen: 0.550 caught (dropped verbs 0.075, swaps 0.150, joins 0.300,
doubles 0.875), 1 of 240 twins flagged (GarbledSwap on "which version the
House would vote on", since excused; the paragraph's first person is
rightly lifted in its host). Its missed doubles were names ("Robert Mugabe
Mugabe", "North Korea Korea", "Thursday Thursday"), since flagged: 0.562;
then its misses were read too (0.608). Set N (2015-2017 US campaign news,
quotations in 159 of 240) was written blind after all of that and scored
unseen: 0.558 caught (dropped verbs 0.050, swaps 0.175, joins 0.400,
doubles 0.875, cut ends 0.875, deleted subjects 0.975), 3 of 240 twins
flagged: two first-person opinion paragraphs (rightly lifted in a news
host) and a quotation swallowed by a scare quote left open in the host
article's previous paragraph, which no longer runs on (Document.quotes).
Set O (2013-2019 news of every kind: state and city government, courts,
health, science, business, technology, disasters, foreign affairs, sport;
wire, feature and local styles) was written blind in the next release and
scored unseen: 0.338 caught (deleted subjects 0.000, doubles 0.775, cut
ends 0.800, joins 0.225, swaps 0.175, dropped verbs 0.050), no twin
flagged. Its writer capitalised the verb left at the start of a sentence
whose subject was deleted ("Was sentenced Friday ..."), where the earlier
sets left it in lower case; that shape is flagged since (0.392; deleted
subjects 13 of 40: the rest open with a participle or a verb that is also
a noun, which nothing short of a parser tells from a heading or an
inversion). Its doubled numbers ("76 76 million", "$7 $7 billion") and ends
cut after the speaker's name ('... collapse," said Ka') were then looked at:
0.433.
Set P (2008-2020 news of every kind, half with quotations; deleted subjects
left in lower case, as in the benchmark) was written blind after that and
scored unseen: 0.508 caught (deleted subjects 0.750, doubles 0.825, cut ends
0.850, joins 0.250, swaps 0.325, dropped verbs 0.050), 1 of 240 twins
flagged (an opinion paragraph's first person, rightly lifted in its host).
Its misses were then looked at: a quotation closed straight onto "said."
with the speaker deleted, "in which had stood", a paragraph ending on a
comma or a just-opened quotation, doubles of common capitalised words
("Phoenix Phoenix", "Sept Sept."), of "his" and of numbers with a stop or a
comma inside ("8.9 8.9", "$86,000 $86,000"): 0.579 (K-O gain 14 between
them, no twin newly flagged).
Set Q (2012-2018 US politics with business, foreign, crime, health and local
news, many quotations) was written blind after that and scored unseen: 0.525
caught (deleted subjects 0.700, doubles 0.975, cut ends 0.975, joins 0.250,
swaps 0.100, dropped verbs 0.150), 1 of 240 twins flagged (a group "called
Students for Fair Admissions" read as a run-on; excused since: a name follows
"called"). Its misses were then looked at: a
sentence opened by a verb before a number ("Passed 21-10") or by "Said"
before a pronoun, a verbless appositive after a quotation's speaker, "its
The memo": 0.542.
Set R (2015-2017 US political news, quotations in about half, some printed
''like this'') was written blind in the next release, after its changes (a
title with no name after it, an opener before a number, "I her", "It the",
"could the building"), and scored unseen: 0.492 caught (deleted subjects
0.850, doubles 0.825, cut ends 0.925, joins 0.075, swaps 0.125, dropped verbs
0.150), no twin flagged. Its doubled surnames after an initial or a title
("Benjamin L. Cardin Cardin", "Mr. Sanders Sanders") are flagged since: 0.500.
Set S (news of every kind and ten national styles, quotations in about half,
some printed ''like this'') was written blind in the next release, after its
changes (", he Wednesday", "There some", "Clinton an 8-point lead", "The
will project extend"), and scored unseen: 0.533 caught (deleted subjects
0.900, doubles 0.925, cut ends 1.000, joins 0.175, swaps 0.150, dropped verbs
0.050), no twin flagged. Its dropped "was" before an age ("He 92.") and an
honorific's surname before a determiner ("Ms. Halvorsen those concerns")
are flagged since: 0.542.

Each line is inserted as its own paragraph into a clean development article
(``../shared/bench/dev``; the script exits cleanly without it): bylines and
date stamps under the headline, credits, comments, menus and related lists at
the end, the rest in the body, three lines per article. A furniture line
counts as caught when a warning or error of category ``boilerplate`` is on
it; a prose line counts as a false finding when one is.

``--prose`` runs the other probe: ``bench/probes/prose_paragraphs.jsonl``
(and each ``prose_paragraphs_<letter>.jsonl`` beside it)
holds 320 correct news paragraphs, each built around a trap for a careless
garble or attribution check (legitimate doubled words, capitalised titles
mid-sentence, lower-case brand names, inversions, quotes carried over to the
next paragraph ...), written the same way. It reports the paragraphs that get
any finding other than off-topic (they are off-topic in their host article).

    python bench/probe.py [--probe i] [--seed 1] [-v] [--keep DIR]
    python bench/probe.py --prose [-v]
    python bench/probe.py --garble [-v]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "bench" / "probes"
SHARED_DEV = ROOT.parent / "shared" / "bench" / "dev"
TOP = ("byline_meta", "dateline")
BOTTOM = ("copyright", "comments", "related", "nav")
#: The furniture sets present, by letter ("a" for furniture_a.jsonl).
SETS = sorted(p.stem.removeprefix("furniture_") for p in PROBES.glob("furniture_*.jsonl"))
#: The prose sets present: prose_paragraphs.jsonl, then prose_paragraphs_<letter>.jsonl.
PROSE_SETS = sorted(PROBES.glob("prose_paragraphs*.jsonl"), key=lambda p: (len(p.stem), p.stem))
#: The garble sets: pairs of a correct paragraph and the same with one defect.
GARBLE_SETS = sorted(PROBES.glob("garble_*.jsonl"))


def clean_articles(dev: Path) -> list[Path]:
    """Development articles with no labelled defect."""
    labelled = set()
    for line in (dev / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["labels"]:
            labelled.add(rec["file"])
    return sorted(p for p in dev.glob("*.txt") if p.name not in labelled)


def build(items: list[dict], bases: list[Path], out: Path,
          rng: random.Random) -> dict[tuple[str, int], dict]:
    """Write the probe articles; return (file, line) -> the inserted item."""
    truth: dict[tuple[str, int], dict] = {}
    for n, start in enumerate(range(0, len(items), 3)):
        paras = [p for p in bases[n % len(bases)].read_text(encoding="utf-8").split("\n\n")
                 if p.strip()]
        placed = []
        for item in items[start:start + 3]:
            if item["kind"] in TOP:
                pos = 1
            elif item["kind"] in BOTTOM:
                pos = len(paras) - rng.randint(0, 1)
            else:
                pos = rng.randint(2, max(2, len(paras) - 1))
            placed.append((pos, item))
        tagged: list[tuple[str, dict | None]] = [(p, None) for p in paras]
        for pos, item in sorted(placed, key=lambda x: -x[0]):
            tagged.insert(pos, (item["text"], item))
        name = f"p{n:04d}.txt"
        line = 1
        for text, item in tagged:
            if item is not None:
                truth[(name, line)] = item
            line += text.count("\n") + 2
        (out / name).write_text("\n\n".join(t for t, _ in tagged) + "\n", encoding="utf-8")
    return truth


def flagged_lines(folder: Path, wanted=lambda category: category == "boilerplate",
                  with_category: bool = False) -> dict[tuple[str, int], list[str]]:
    """(file, line) -> rules of warning-or-error findings of the wanted categories
    (each as "rule (category)" with ``with_category``)."""
    proc = subprocess.run([sys.executable, "-m", "lint", "--format", "json", "--no-config",
                           str(folder)], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        sys.exit(f"newslint failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
    out: dict[tuple[str, int], list[str]] = collections.defaultdict(list)
    for f in json.loads(proc.stdout)["files"]:
        for x in f["findings"]:
            if wanted(x["category"]) and x["severity"] in ("warning", "error"):
                out[(Path(f["path"]).name, x["line"])].append(
                    f"{x['rule']} ({x['category']})" if with_category else x["rule"])
    return out


def score(probe: Path, dev: Path, seed: int, verbose: bool,
          keep: Path | None = None) -> tuple[int, int, int, int]:
    items = [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    rng.shuffle(items)
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    notes = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) if keep is None else keep / probe.stem
        folder.mkdir(parents=True, exist_ok=True)
        truth = build(items, clean_articles(dev), folder, rng)
        flagged = flagged_lines(folder)
    for key, item in sorted(truth.items()):
        hit = key in flagged
        per[item["kind"]][0] += 1
        per[item["kind"]][1] += hit
        if verbose and hit == (item["kind"] == "clean"):
            notes.append(("FALSE" if hit else "MISSED", item["kind"], item["text"]))
    print(f"{probe.name}  (seed {seed})")
    print(f"  {'kind':12s} {'lines':>5s} {'flagged':>7s} {'share':>6s}")
    for kind in sorted(per):
        total, hits = per[kind]
        print(f"  {kind:12s} {total:5d} {hits:7d} {hits / total:6.3f}")
    furniture = [v for k, v in per.items() if k != "clean"]
    lines, caught = sum(v[0] for v in furniture), sum(v[1] for v in furniture)
    clean_lines, false = per["clean"]
    print(f"  furniture recall {caught}/{lines} = {caught / lines:.3f}; look-alike prose "
          f"lines flagged {false}/{clean_lines} = {false / max(clean_lines, 1):.3f}")
    for what, kind, text in notes:
        print(f"  {what:6s} {kind:12s} {text}")
    return lines, caught, clean_lines, false


def score_prose(probe: Path, dev: Path, seed: int, verbose: bool) -> int:
    items = [{**json.loads(line), "kind": "prose"}
             for line in probe.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    rng.shuffle(items)
    with tempfile.TemporaryDirectory() as tmp:
        truth = build(items, clean_articles(dev), Path(tmp), rng)
        flagged = flagged_lines(Path(tmp), lambda category: category != "offtopic")
    per: collections.Counter[str] = collections.Counter()
    hits: collections.Counter[str] = collections.Counter()
    for key, item in sorted(truth.items()):
        per[item["trap"]] += 1
        if key in flagged:
            hits[item["trap"]] += 1
            if verbose:
                print(f"  FALSE  {','.join(flagged[key])}  {item['text']}")
    print(f"{probe.name}  (seed {seed}): paragraphs with a finding, by trap")
    for trap in sorted(per):
        print(f"  {trap:22s} {hits[trap]:3d}/{per[trap]}")
    total = sum(hits.values())
    print(f"  all {total}/{sum(per.values())} = {total / max(sum(per.values()), 1):.3f}")
    return total


def score_garble(probe: Path, dev: Path, seed: int, verbose: bool) -> tuple[int, int, int, int]:
    """Recall on the hand-garbled paragraphs of ``probe``, and findings on their
    correct twins: each garbled paragraph and, in other articles, each clean one."""
    pairs = [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    rng.shuffle(pairs)
    items = [{"kind": p["kind"], "text": p["garbled"], "twin": p["clean"]} for p in pairs] + \
            [{"kind": "clean:" + p["kind"], "text": p["clean"]} for p in pairs]
    with tempfile.TemporaryDirectory() as tmp:
        truth = build(items, clean_articles(dev), Path(tmp), rng)
        other = flagged_lines(Path(tmp), lambda category: category != "offtopic",
                              with_category=True)
    garbled = {key: rules for key, rules in other.items()
               if any(r.endswith("(garbled)") for r in rules)}
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for key, item in sorted(truth.items()):
        kind = item["kind"].removeprefix("clean:")
        if item["kind"].startswith("clean:"):
            per[kind][2] += key in other
            if verbose and key in other:
                print(f"  FALSE   {kind:14s} {','.join(other[key])}  {item['text']}")
        else:
            per[kind][0] += 1
            per[kind][1] += key in garbled
            if verbose and key not in garbled:
                print(f"  MISSED  {kind:14s} {item['text']}")
    print(f"{probe.name}  (seed {seed}): garbled paragraphs caught, and correct twins flagged")
    print(f"  {'kind':14s} {'pairs':>5s} {'caught':>6s} {'recall':>6s} {'twins flagged':>13s}")
    for kind in sorted(per):
        n, hit, false = per[kind]
        print(f"  {kind:14s} {n:5d} {hit:6d} {hit / n:6.3f} {false:13d}")
    n, hit, false = (sum(v[i] for v in per.values()) for i in range(3))
    print(f"  all {hit}/{n} = {hit / max(n, 1):.3f} caught; {false}/{n} correct twins flagged")
    return n, hit, n, false


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--probe", action="append", choices=SETS,
                    help="which set (repeatable; default: all of them)")
    ap.add_argument("--seed", type=int, default=1, help="placement seed")
    ap.add_argument("--dev", type=Path, default=SHARED_DEV, help="clean base articles")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false finds")
    ap.add_argument("--keep", type=Path, metavar="DIR",
                    help="write the probe articles under DIR/<set>/ and keep them")
    ap.add_argument("--prose", action="store_true",
                    help="false findings on correct prose paragraphs instead")
    ap.add_argument("--garble", action="store_true",
                    help="recall on hand-garbled paragraphs, and findings on their "
                         "correct twins, instead")
    args = ap.parse_args()
    if not (args.dev / "labels.jsonl").is_file():
        print(f"furniture_probe: no development set at {args.dev}; skipped")
        return 0
    if args.prose:
        for path in PROSE_SETS:
            score_prose(path, args.dev, args.seed, args.verbose)
        return 0
    if args.garble:
        for path in GARBLE_SETS:
            score_garble(path, args.dev, args.seed, args.verbose)
        return 0
    for name in args.probe or SETS:
        score(PROBES / f"furniture_{name}.jsonl", args.dev, args.seed, args.verbose, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
