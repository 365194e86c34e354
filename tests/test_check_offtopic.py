"""The offtopic check type: paragraphs of another story spliced into an article."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, folder_findings, lint_text, make_rule

from lint.checks.offtopic import analyse, score
from lint.document import Document
from lint.rules import RuleError, build_rule

DIR = FIXTURES / "offtopic"


def rule(**keys):
    return make_rule("offtopic", category="offtopic",
                     message="Paragraph is off-topic: about %s while the article is about %s",
                     **keys)


def findings(name: str, **keys) -> list[tuple[int, str]]:
    text = (DIR / name).read_text(encoding="utf-8")
    return [(f.line, f.message) for f in lint_text(text, rule(**keys), name=name).findings]


def test_football_paragraph_in_tax_story_is_flagged_with_what_it_is_about():
    found = findings("tax_story_football.txt")
    assert [line for line, _ in found] == [9]
    message = found[0][1]
    assert "goalkeeper" in message or "striker" in message
    assert "'tax'" in message          # what the article is about instead


def test_paragraph_introducing_a_new_person_on_the_same_story_is_not_flagged():
    assert findings("tax_story_new_person.txt") == []


def test_clean_article_is_not_flagged():
    assert findings("tax_story.txt") == []


def test_single_paragraph_article_is_never_flagged():
    assert findings("single_paragraph.txt") == []
    # even at the most eager settings the lone paragraph is not judged
    assert findings("single_paragraph.txt", threshold=0.01, min_paragraphs=2) == []


def test_inserted_story_with_its_own_headline_flags_both_lines():
    assert [line for line, _ in findings("tax_story_inserted_story.txt")] == [9, 10]


def test_headline_lines_off_keeps_only_the_paragraph():
    found = findings("tax_story_inserted_story.txt", headline_lines=False)
    assert [line for line, _ in found] == [10]


def test_golden_fixture_findings():
    expected = (DIR / "expected.txt").read_text().split()
    got = folder_findings(DIR, rule())
    assert got == [e.replace("Newslint.OffTopic", "Test.Rule") for e in expected]


def test_short_paragraphs_are_not_judged():
    text = (DIR / "tax_story_football.txt").read_text(encoding="utf-8")
    doc = Document("a.txt", text)
    feats = analyse(doc.paragraphs, min_words=20, min_paragraphs=4).features
    for p, f in zip(doc.paragraphs, feats):
        if len(p.text.split()) < 20 or p.index == 0:
            assert f is None
    scored = [score(f) for f in feats if f]
    assert max(scored) > 0.5 and sorted(scored)[-2] < 0.05


DIGEST = """Five things to know today

The state Senate voted on Tuesday to approve a sweeping overhaul of the property tax law, capping annual increases in assessed home values and shifting the burden onto commercial landlords.

The visiting striker curled a free kick into the top corner in the 88th minute, and the goalkeeper could only watch as the ball beat him to seal an away win for the league leaders.

Forecasters at the weather service expect as many as nine hurricanes this summer, and harbor officials in several fishing villages have begun hauling boats inland and stockpiling sandbags.

A museum in the capital has reopened its dinosaur hall after a four-year renovation, displaying a nearly complete skeleton that paleontologists dug out of a quarry in the western desert.

Shares of chip makers slid for a third day as investors worried that demand for smartphones and laptops would weaken further before the holiday shopping season begins in earnest.
"""


def test_digest_of_unrelated_items_is_left_alone():
    doc = Document("d.txt", DIGEST)
    scored = [score(f) for f in analyse(doc.paragraphs, 20, 4).features if f]
    assert sum(s >= 0.35 for s in scored) >= 3      # each item looks off-topic alone...
    assert lint_text(DIGEST, rule()).findings == []  # ...so the article is a digest


@pytest.mark.parametrize("keys", [{"threshold": 1.5}, {"stranger_threshold": 0.0}, {"min_paragraphs": 1},
                                  {"min_words": 2}, {"threshold": "high"}])
def test_bad_keys_are_rule_errors(keys):
    with pytest.raises(RuleError):
        build_rule("T.R", "T/R.yml", {"extends": "offtopic", "message": "%s", **keys})


def test_word_frequencies_come_from_wordfreq_data_without_importing_it():
    import subprocess
    import sys

    code = ("import sys; from lint.wordstats import information;"
            "assert information('the') < 2 < 4 < information('goalkeeper');"
            "assert 'wordfreq' not in sys.modules; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=str(FIXTURES.parent))
    assert out.stdout.strip() == "ok", out.stderr


# -- the fast paths agree with their plain definitions ----------------------------------
def _reference_bag(text: str):
    """Bag-of-words as first defined: one regex match at a time, with a capitalised
    word a name unless its three preceding characters, trailing spaces dropped,
    end a sentence or open a quote (or it starts the text), except after a title
    ("Mr.") or a middle initial ("B.")."""
    import re

    from lint.wordvectors import _OPENERS, NAME_WEIGHT, TITLES, _term

    title = re.compile(r"(?:^|[^A-Za-z'\u2019\-])(?:%s)\.\s*$" % "|".join(TITLES))

    weights, names, surface = {}, {}, {}
    for m in re.finditer(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]", text):
        term = _term(m.group(0))
        if term is None:
            continue
        key, weight, shown, _ = term
        start = m.start()
        before = text[:start]
        if m.group(0)[0].isupper() and start > 0 and (
                not text[max(0, start - 3):start].rstrip().endswith(_OPENERS)
                or title.search(before) or re.search(r"\s[A-Z]\.\s*$", before)):
            weight *= NAME_WEIGHT
            names[key] = names.get(key, 0) + 1
        weights[key] = weights.get(key, 0) + weight
        surface.setdefault(key, shown)
    return weights, names, surface


TRICKY = ["The U.S.A. and the U.S.Army met NATO. Then Kowalski spoke.",
          "'Brexit' was, he said, an x-Ray of Britain's mood; rock-'n'-roll Smith left.",
          "He left.  Jones stayed. \u201cMarkets\u201d fell? Yes! ''Quiet'' Harris said.",
          "AB.C.D e.g. Mr. Okafor (Lagos) \u2019Tis O'Neill's well-known-Pub",
          "Lisbon", " Lisbon", "a\nBerlin\n\nParis",
          "Then Mr. Okafor and Sen. Diaz met Joel B. Pollak. Rain fell. Q. Why?"]


@pytest.mark.parametrize("text", TRICKY)
def test_bag_of_matches_its_reference_definition(text):
    from lint.wordvectors import bag_of

    bag = bag_of(text)
    assert (bag.weights, bag.names, bag.surface) == _reference_bag(text)
    assert list(bag.weights) == list(_reference_bag(text)[0])     # same term order


def test_bag_of_matches_its_reference_on_random_strings():
    import random

    from lint.wordvectors import bag_of

    rng = random.Random(11)
    alphabet = "aEzQ.'\u2019- \"\u201c?!\nU.SMr"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30)))
        bag = bag_of(text)
        assert (bag.weights, bag.names, bag.surface) == _reference_bag(text), text


def test_overlap_of_a_lone_paragraph_takes_the_fast_path_to_the_same_numbers():
    from lint.checks.offtopic import _RestOf
    from lint.wordvectors import bag_of

    doc = Document("a.txt", (DIR / "tax_story_football.txt").read_text(encoding="utf-8"))
    bags = [bag_of(p.text) for p in doc.paragraphs]
    total: dict = {}
    for b in bags:
        for k, v in b.weights.items():
            total[k] = v + total.get(k, 0)
    rest_of = _RestOf(total)
    for b in bags:
        assert rest_of.overlap(b.weights, b) == rest_of.overlap(b.weights)


def test_scores_and_findings_share_one_analysis_per_document(monkeypatch):
    from lint.checks import offtopic
    from lint.checks.offtopic import OffTopic

    calls = []
    real = offtopic.analyse
    monkeypatch.setattr(offtopic, "analyse", lambda *a, **k: calls.append(1) or real(*a, **k))
    check = OffTopic(rule())
    doc = Document("a.txt", (DIR / "tax_story_football.txt").read_text(encoding="utf-8"))
    scores = check.scores(doc)
    assert [m.start for m in check.run(doc)] == [doc.paragraphs[4].start]
    assert calls == [1] and max(s for s in scores if s is not None) > 0.5
    # the shared analysis is what analysing the paragraphs afresh gives
    assert real(doc.paragraphs, 20, 4).features == check.analyse(doc).features


# -- short paragraphs, names, neighbours, contributors' notes ---------------------------
def _tax_story_with(paragraph: str, at: int = 4) -> str:
    """The clean tax story with ``paragraph`` inserted before paragraph ``at``."""
    parts = (DIR / "tax_story.txt").read_text(encoding="utf-8").strip().split("\n\n")
    return "\n\n".join(parts[:at] + [paragraph] + parts[at:]) + "\n"


def _lines(text: str, **keys) -> list[int]:
    return [f.line for f in lint_text(text, rule(**keys)).findings]


SHORT_SPORT = "The goalkeeper saved a late penalty and the striker scored twice for the visitors."
SHORT_TAX = "County assessors said the property tax cap would apply to this year's assessments."


def test_short_inserted_paragraph_is_judged_and_flagged():
    assert 12 <= len(SHORT_SPORT.split()) < 20
    assert _lines(_tax_story_with(SHORT_SPORT)) == [9]
    # the old floor of 20 words would have left it alone
    assert _lines(_tax_story_with(SHORT_SPORT), min_words=20) == []


def test_short_paragraph_on_the_story_is_not_flagged():
    assert _lines(_tax_story_with(SHORT_TAX)) == []


def test_short_paragraph_faces_a_stricter_cut_than_a_long_one():
    doc = Document("a.txt", _tax_story_with(SHORT_SPORT))
    s = [score(f) for f in analyse(doc.paragraphs, 12, 4).features if f]
    assert max(s) >= 0.35
    # a cut above its score, but only for short paragraphs, spares it
    assert _lines(_tax_story_with(SHORT_SPORT), short_threshold=min(0.99, max(s) + 0.01)) == []


@pytest.mark.parametrize("line", [
    "READ MORE: Striker signs for the league leaders in a record transfer deal today.",
    "Share this story: Facebook | Twitter | Email | Print this page for later reading",
    "\u201cWe will score goals, the fans deserve it and the striker knows that,\u201d he said.",
])
def test_short_furniture_and_short_quotes_are_not_judged(line):
    doc = Document("a.txt", _tax_story_with(line))
    para = next(p for p in doc.paragraphs if p.text == line)
    assert analyse(doc.paragraphs, 12, 4).features[para.index] is None


def test_names_after_titles_and_initials_are_names():
    from lint.wordvectors import bag_of

    names = bag_of("The tax bill was backed by Mr. Okafor and opposed by Joel B. Pollak.").names
    assert {"okafor", "pollak"} <= names.keys()
    # a full stop after an ordinary word still ends a sentence
    assert "rain" not in bag_of("He voted no. Rain fell on the capitol.").names


def test_paragraph_whose_names_are_all_new_is_marked():
    own = ("Governor Halvorsen signed the bill, and Senator Quarles, who wrote it, said "
           "Halvorsen had promised Quarles the signature months ago.")
    new = ("Mayor Ebbesen and Commissioner Vantongeren toured the harbour with the "
           "delegation from Trondheim on Friday.")
    story = _tax_story_with(own, at=2).replace(
        "The measure now goes to the House, where",
        "The measure, which Quarles steered, now goes to the House, where")
    story = story.replace("Opponents warned", new + "\n\nOpponents warned")
    doc = Document("a.txt", story)
    feats = {p.text: f for p, f in zip(doc.paragraphs, analyse(doc.paragraphs, 12, 4).features)}
    assert feats[new].new_names == 1.0 and feats[new].names_seen == 0.0
    # Quarles is named in another paragraph too: not all its names are new
    assert 0 < feats[own].names_seen < 1 and feats[own].new_names == 0.0


def test_neighbour_similarity_looks_past_an_inserted_paragraph():
    from lint.wordvectors import bag_of, cosine

    football = (DIR / "tax_story_football.txt").read_text(encoding="utf-8")
    sport = next(p for p in football.split("\n\n") if "goalkeeper" in p)
    doc = Document("a.txt", _tax_story_with(sport, at=6))     # just before the last one
    paras = doc.paragraphs
    last = len(paras) - 1
    assert "goalkeeper" in paras[last - 1].text
    feats = analyse(paras, 12, 4).features
    bags = [bag_of(p.text) for p in paras]
    # its only neighbour is the inserted paragraph; the real one beyond counts instead
    beyond = cosine(bags[last].weights, bags[last - 2].weights)
    assert beyond > 0.05 > cosine(bags[last].weights, bags[last - 1].weights)
    assert feats[last].neighbour == pytest.approx(beyond)


def test_neighbour_skips_furniture_and_copies():
    from lint.checks.offtopic import _neighbour
    from lint.wordvectors import bag_of

    bags = [bag_of(t) for t in ["property tax assessments", "Advertisement",
                                "property tax cap", "goalkeeper penalty"]]
    unit = bags[2].weights
    assert _neighbour(bags, unit, bags[2].norm, 1, 3, set()) == 0.0
    assert _neighbour(bags, unit, bags[2].norm, 1, 3, {1}) > 0.0


def test_contributor_note_at_the_end_is_not_judged():
    note = ("Marta Lindqvist is a senior fellow at the Harborview Institute and writes a "
            "weekly column about pensions and fisheries.")
    text = _tax_story_with(note, at=7)
    assert _lines(text) == []
    doc = Document("a.txt", text)
    assert analyse(doc.paragraphs, 12, 4).features[-1] is None
    # the same words as an ordinary paragraph mid-article are judged
    mid = Document("b.txt", _tax_story_with(note, at=3))
    assert analyse(mid.paragraphs, 12, 4).features[3] is not None


def test_an_obituarys_survivors_are_not_judged():
    family = ("She married Tomas Reyes, a harbour pilot, in 1968. She is survived by their "
              "daughters, Ana and Lucia, and by five grandchildren.")
    plain = family.replace("She is survived by their daughters", "Their daughters are")
    # without the survivors' wording the same names read as another story's
    assert _lines(_tax_story_with(plain, at=7)) == [15]
    assert _lines(_tax_story_with(family, at=7)) == []


# -- a quoted speaker the article never introduces -------------------------------------
NURSES = ("\"Our nurses worked double shifts all winter and nobody at headquarters even "
          "noticed,\" Alvarado said Monday outside the hospital, where the union has "
          "picketed since March.")
TRANSIT = ("\"We have to keep our streets paved and our buses running, and that money has to "
           "come from somewhere,\" Alvarado said Monday, after the transit board voted to raise "
           "fares by a quarter.")


def _scores(text: str) -> list[float]:
    return [score(f) for f in analyse(Document("a.txt", text).paragraphs, 12, 4).features if f]


@pytest.mark.parametrize("paragraph", [NURSES, TRANSIT])
def test_paragraph_quoting_a_surname_the_article_never_names_is_flagged(paragraph):
    text = _tax_story_with(paragraph)
    assert 0.1 <= max(_scores(text)) < 0.35          # under the ordinary cut
    found = lint_text(text, rule()).findings
    assert [f.line for f in found] == [9]
    assert "quotes 'Alvarado', named nowhere else in the article" in found[0].message


def test_surname_introduced_elsewhere_in_full_is_not_flagged():
    intro = ("Sen. Rosa Alvarado, who wrote the property tax bill, said homeowners had waited "
             "long enough for relief from rising assessments.")
    parts = _tax_story_with(NURSES).strip().split("\n\n")
    text = "\n\n".join(parts[:2] + [intro] + parts[2:]) + "\n"
    assert _lines(text) == []


def test_full_name_in_the_paragraph_itself_is_not_a_stranger():
    assert _lines(_tax_story_with(NURSES.replace("Alvarado said", "Rosa Alvarado said"))) == []


def test_stranger_threshold_at_the_ordinary_cut_turns_the_surname_test_off():
    assert _lines(_tax_story_with(NURSES), stranger_threshold=0.35) == []
    assert _lines(_tax_story_with(NURSES), stranger_threshold=0.2) == []    # scores 0.14
    assert _lines(_tax_story_with(NURSES), stranger_threshold=0.12) == [9]


CHIEF = ("The nurses' union has picketed the hospital since March, and Chief Alvarado of the "
         "county fire service later admitted that his crews were short of paramedics all winter.")


def test_titled_surname_the_article_never_names_is_flagged_under_the_cut():
    text = _tax_story_with(CHIEF)
    assert 0.05 <= max(_scores(text)) < 0.35
    found = lint_text(text, rule()).findings
    assert [f.line for f in found] == [9]
    assert "mentions 'Chief Alvarado', named nowhere else in the article" in found[0].message
    # a first reference ("Chief Rosa Alvarado") is no stranger
    assert _lines(_tax_story_with(CHIEF.replace("Chief Alvarado", "Chief Rosa Alvarado"))) == []


def test_bare_surname_on_the_story_is_not_flagged():
    on_topic = ("\"We can't keep raising what families pay every year and expect them to stay in "
                "their homes,\" Alvarado said at a town hall, where assessments have climbed "
                "for a decade.")
    text = _tax_story_with(on_topic)
    assert max(_scores(text)) < 0.1
    assert _lines(text) == []
