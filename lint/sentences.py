"""Abbreviation-aware sentence splitting.

A statistical splitter (Punkt) needs a trained model that would have to be
downloaded; news copy is regular enough that a rule-based splitter with a list
of the abbreviations newsrooms use ("Sen.", "Corp.", "Jan.", "U.S.") does
as well and costs nothing to load.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj cpl pvt rev fr sr jr st ste
mt ft pres supt insp det atty hon messrs mme mlle
corp inc co ltd llc bros plc dept univ assn est govt intl natl
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
no nos vol vols pp p fig figs approx vs etc al cf ca e.g i.e
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
mont neb nev okla ore pa tenn tex va vt wash wis wyo
ave blvd rd hwy
""".split())

# Abbreviations that are also everyday words ("He said no.", "She was ill."): they
# count as abbreviations only before a number ("No. 10", "Sat. 5", "p. 12").
AMBIGUOUS = frozenset("no ill mass miss wash sat sun wed mar ore pa del mo fig am pm".split())

# Words that usually open a sentence: a dotted acronym ("U.S.") followed by one of
# these ends a sentence; followed by any other capitalised word ("U.S. President")
# it does not.
SENTENCE_OPENERS = frozenset("""
the a an it he she they we i this that these those there but and or so yet in on at for
as after before when while if his her their its our my some many most one two no not
what why how who where however meanwhile still also then now
""".split())

_BOUNDARY = re.compile(r"""[.!?\u2026]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])""")
_TOKEN_BEFORE = re.compile(r"([\w.'\u2019-]+)$")
_NON_WORD = re.compile(r"\W")
_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")
#: How far back :func:`_token_before` looks before falling back to a full search.
_TOKEN_WINDOW = 32


def _is_abbreviation(token: str, next_word: str) -> bool:
    """Whether the period ending ``token`` belongs to an abbreviation, not the sentence."""
    core = token.rstrip(".").lstrip("(\"'\u201c\u2018").lower()
    if not core:
        return False
    if core in AMBIGUOUS:
        return next_word[:1].isdigit()
    if core in ABBREVIATIONS:
        return True
    if len(core) == 1 and core.isalpha():          # an initial: "E. J. Mannix", not "Plan B."
        return next_word.lower() not in SENTENCE_OPENERS
    if _DOTTED_ACRONYM.fullmatch(core):              # dotted acronym: "U.S", "D.C"
        return next_word.lower() not in SENTENCE_OPENERS
    return False


def _token_before(text: str, start: int, end: int) -> str | None:
    """``_TOKEN_BEFORE.search(text, start, end).group(1)``: the run of word characters,
    dots, apostrophes and hyphens that ends at ``end`` (not reaching before ``start``).

    The search itself would try every position from ``start``; tokens are short,
    so look at the last few characters first.
    """
    lo = max(start, end - _TOKEN_WINDOW)
    m = _TOKEN_BEFORE.search(text, lo, end)
    if m is not None and m.start() == lo and lo > start:
        m = _TOKEN_BEFORE.search(text, start, end)    # the run is longer than the window
    return m.group(1) if m else None


def split_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        if text[m.start()] == ".":
            before = _token_before(text, cursor, m.start() + 1)
            if before is not None:
                rest = text[m.end():m.end() + 40].split()
                next_word = _NON_WORD.sub("", rest[0]) if rest else ""
                if _is_abbreviation(before, next_word):
                    continue
        spans.append((cursor, m.end()))
        cursor = m.end()
    spans.append((cursor, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
