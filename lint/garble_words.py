"""Word-level garble detectors: impossible neighbours among function words.

Each detector takes the :class:`~lint.document.Document` and yields
:class:`Hit` tuples. Speed matters (the linter must handle well over a
thousand articles a second), so every detector first screens the article's
lower-cased word list, computed once per document and shared by all
detectors through :func:`words` (``Document.memo``), with set look-ups and
C-level ``map``/``compress`` passes instead of a Python loop per word; only
an article that has a candidate is searched with the exact regex, which finds
the offsets and applies the finer conditions. The word classes come from
:mod:`lint.garble_lexicon`.
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import eq
from typing import Iterable, Iterator, NamedTuple

from lint import garble_lexicon as lex
from lint.document import Document


class Hit(NamedTuple):
    """One garbled spot: span, a short reason, and an optional safe fix."""

    start: int
    end: int
    reason: str
    fix: str | None = None


_APOS = "['\u2019]"
#: Whitespace inside a paragraph: spaces, or one line break (never a blank line).
_WS = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
_L = r"(?<![\w'\u2019-])"            # left word edge (hyphenated words stay whole)
_R = r"(?![\w'\u2019-])"             # right word edge
#: Punctuation that :func:`words` turns into spaces (chained ``str.replace`` calls
#: beat ``str.translate`` and ``re.sub`` several times over here).
_PUNCT = ".,;:!?\"()[]{}*_|/\u201c\u201d\u2018"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first, apostrophes either way."""
    pats = sorted({re.escape(w).replace("'", _APOS) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(pats) + ")"


def _fold(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def _lowered(doc: Document) -> str:
    low = doc.text.lower().replace("''", "  ").replace("\u2019", "'")
    for ch in _PUNCT:
        low = low.replace(ch, " ")
    return low


def lowered(doc: Document) -> str:
    """The lower-cased text with the punctuation :func:`words` ignores turned
    into spaces; computed once per document."""
    return doc.memo("garble.lowered", _lowered)


def words(doc: Document) -> list[str]:
    """The document's words, lower-cased, punctuation turned into spaces.

    Computed once per document (``Document.memo``): every word detector
    screens the same list.
    """
    return doc.memo("garble.words", lambda d: lowered(d).split())


def _positions(selectors: Iterable[bool]) -> Iterator[int]:
    """Indices of the true selectors (a C-level loop: no Python code per word)."""
    return compress(count(), selectors)


# -- impossible neighbours -------------------------------------------------
_AFTER_ARTICLE = re.compile(
    _L + r"(?P<a>[Tt]he|THE|[Aa]n|[Aa])" + _WS + r"(?P<b>" + _alt(lex.NOT_AFTER_ARTICLE) + ")"
    + _R + r"(?P<c>" + _WS + r"[A-Za-z]\b)?")
_BEFORE_OF = re.compile(_L + r"(?P<a>" + _alt(lex.NOT_BEFORE_OF - lex.ARTICLES) + ")"
                        + _WS + r"of" + _R)
_PRONOUN_GAP = re.compile(_L + r"(?P<a>he|she|they|we|He|She|They|We)" + _WS
                          + r"(?P<b>the|a|an|to)" + _R)
_PREV_WORD = re.compile(r"([\w'\u2019]+)[ \t]+$")
#: Closed-class pairs in the reverse of their only order: "be will" for "will
#: be", "been has" for "has been"; and a clitic "'s" on a word that never
#: takes one ("this's", "which's").
_SWAPPED = re.compile(
    _L + r"(?:(?P<bewill>be" + _WS + _alt(lex.MODALS) + "|been" + _WS + r"ha(?:s|ve|d))"
    r"|(?P<clitic>" + _alt(lex.NO_CLITIC) + _APOS + r"s)"
    r")" + _R)
_SWAP_PAIRS = {("be", w) for w in lex.MODALS} | {("been", w) for w in ("has", "have", "had")}
#: Adjacent word pairs that make an article a word-order candidate (the screen
#: has always left "i" out of the subject pronouns).
_BAD_PAIRS = frozenset(
    {(a, b) for a in lex.ARTICLES for b in lex.NOT_AFTER_ARTICLE}
    | {(a, "of") for a in lex.NOT_BEFORE_OF} | _SWAP_PAIRS
    | {(a, b) for a in lex.SUBJECT_PRONOUNS - {"i"} for b in ("the", "a", "an", "to")})
_CLITIC_WORDS = frozenset(w + "'s" for w in lex.NO_CLITIC)


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` opens a paragraph or follows a sentence's closing stop."""
    head = text[max(0, at - 4):at].rstrip(" \t\"\u201c'\u2018")
    return not head or head[-1] in ".!?\n"


def _word_order_candidate(low: str, ws: list[str]) -> bool:
    """Whether any adjacent pair could be a word-order defect (a cheap screen)."""
    if not _BAD_PAIRS.isdisjoint(zip(ws, ws[1:])):
        return True
    return "'s" in low and not _CLITIC_WORDS.isdisjoint(ws)


def function_word_pairs(doc: Document) -> Iterator[Hit]:
    """Neighbours that English grammar does not allow.

    An article followed by an auxiliary, a pronoun, a preposition or another
    article ("the also", "a the", "the has"); a preposition followed by "of"
    ("from of"); a subject pronoun followed by an article or "to" ("we to
    school"); auxiliaries in the reverse of their only order ("be will",
    "been has"); a clitic "'s" on a word that never takes one ("this's").
    """
    if not _word_order_candidate(lowered(doc), words(doc)):
        return
    text = doc.text
    for m in _AFTER_ARTICLE.finditer(text):
        b = m.group("b")
        if not b.islower() or b == m.group("a").lower():
            continue                      # "the the" is a repeated word
        if m.group("a") == "a" and m.group("c") and b in ("to", "and", "or"):
            continue                      # "a to z", "a or b": letters, not an article
        if m.group("a") == "A" and not _sentence_start(text, m.start()):
            continue                      # "Plan A in", "vitamin A and": a letter
        yield Hit(m.start(), m.end("b"), f"'{m.group('a')}' cannot be followed by '{b}'")
    for m in _BEFORE_OF.finditer(text):
        if m.group("a").islower():
            yield Hit(m.start(), m.end(), f"'{m.group('a')}' cannot be followed by 'of'")
    for m in _PRONOUN_GAP.finditer(text):
        a, b = m.group("a"), m.group("b")
        before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if before and _fold(before.group(1)) in lex.AUX_BEFORE_SUBJECT:
            continue                      # a question: "is she a candidate?"
        if a.lower() == "we" and b == "the":
            continue                      # "we the people"
        yield Hit(m.start(), m.end(), f"a word is missing between '{a}' and '{b}'")
    for m in _SWAPPED.finditer(text):
        kind = m.lastgroup or ""
        if kind == "bewill":
            before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
            if before and _fold(before.group(1)) in ("will", "would", "can", "may", "might"):
                continue                  # "what will be will be"
        yield Hit(m.start(), m.end(), "words in the wrong order: '%s'"
                  % " ".join(m.group(0).split()))


_STOP = re.compile(r"[.!?](?![\w.])")
_END_WORDS_BY_LENGTH = [
    "|".join(sorted(w for w in lex.NO_SENTENCE_END | lex.SUBJECT_PRONOUNS if len(w) == n))
    for n in range(1, 1 + max(map(len, lex.NO_SENTENCE_END | lex.SUBJECT_PRONOUNS)))]
#: A stop (as :data:`_STOP`) right after one of the words that cannot end a
#: sentence (or after the word and a line break: :data:`_WORD_BEFORE`'s ``$``
#: allows one). The stop comes first in the pattern so that the regex engine
#: can skip to stop characters; a fixed-width look-behind per word length
#: checks the word.
_STOP_AFTER_END_WORD = re.compile(
    _STOP.pattern + "(?:" + "|".join(
        f"(?<=(?<![\\w'\u2019-])(?:{alts}){nl}.)"
        for alts in _END_WORDS_BY_LENGTH if alts for nl in ("", "\\n")) + ")")
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Za-z]+$")
_END_PRONOUN = re.compile(r"(?:and|but|that|because|which)" + _WS + r"$")


def bad_sentence_end(doc: Document) -> Iterator[Hit]:
    """Sentences that stop on a word that cannot end one ("... and sun and.",
    "... and she.")."""
    text = doc.text
    for m in _STOP_AFTER_END_WORD.finditer(text):
        at = m.start()
        w = _WORD_BEFORE.search(text, max(0, at - 12), at)
        if w is None or not w.group(0).islower() or at - w.start() > 10:
            continue
        word = w.group(0)
        if word in lex.SUBJECT_PRONOUNS:
            if not _END_PRONOUN.search(text, max(0, w.start() - 12), w.start()):
                continue
        elif word not in lex.NO_SENTENCE_END or w.start() == 0 \
                or text[w.start() - 1] not in " \t":
            continue
        yield Hit(w.start(), m.end(), f"sentence ends on '{word}': it was cut short")


# -- doubled words and phrases -------------------------------------------------
# Possessive quantifiers (++, ?+): giving back a letter or a space can never
# lead to a match here, so the engine is told not to try (twice as fast).
_DOUBLE = re.compile(r"(?<![\w'\u2019-])(?P<w>[A-Za-z]++(?:['\u2019][a-z]++)?+)[ \t]++"
                     r"(?P<v>(?P=w))(?![\w'\u2019-])", re.I)
_NEXT_WORD = re.compile(r"[ \t]+([\w'\u2019]+)")
_PHRASE_AGAIN = re.compile(
    r"(?<![\w'\u2019-])(?P<g>[A-Za-z]++[ \t]++[A-Za-z]++[ \t]++[A-Za-z]++)"
    r"[ \t]++(?P=g)(?![\w'\u2019-])", re.I)


def repeated_words(doc: Document) -> Iterator[Hit]:
    """A word printed twice in a row ("years years", "is is"), except doubles
    that English allows ("had had", "that that", "her her", "very very"), and
    a phrase printed twice (see :func:`repeated_phrases`)."""
    ws = words(doc)
    text = doc.text
    # screens: word i equal to word i+3 (a repeated three-word phrase), word i
    # equal to word i+1 (a doubled word); compared in C by map(eq, ...)
    if any(ws[i + 1] == ws[i + 4] and ws[i + 2] == ws[i + 5]
           for i in _positions(map(eq, ws, ws[3:-2]))):
        yield from repeated_phrases(text)
    if not any(ws[i] not in lex.LEGIT_DOUBLES for i in _positions(map(eq, ws, ws[1:]))):
        return
    for m in _DOUBLE.finditer(text):
        w, v = m.group("w"), m.group("v")
        if _fold(w) in lex.LEGIT_DOUBLES:
            continue
        if w.lower() == "is":
            before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
            after = _NEXT_WORD.match(text, m.end())
            if (before and _fold(before.group(1)) in ("it", "what")) or (
                    after and after.group(1).lower() == "that"):
                continue                  # "what it is is", "the thing is is that"
        if v[0].isupper() or (w.isupper() and len(w) > 1):
            continue                      # "Walla Walla", "Sirhan Sirhan", acronyms
        if w != v and not (w[0].isupper() and w[1:] == v[1:]):
            continue
        yield Hit(m.start(), m.end(), f"'{v}' is repeated", fix=w)


def repeated_phrases(text: str) -> Iterator[Hit]:
    """Three or more words printed twice in a row ("in the end in the end"): a
    sentence restarted after a cut, or a copy-paste slip. (Repeats with words
    between are left alone: parallel phrasing is good style.)"""
    for m in _PHRASE_AGAIN.finditer(text):
        if len(set(m.group("g").lower().split())) == 1:
            continue                      # "ha ha ha ha ha ha"
        yield Hit(m.start(), m.end(), f"'{' '.join(m.group('g').split())}' is repeated")


# -- lower-case country abbreviations ----------------------------------------
_COUNTRY = re.compile(r"(?=u)(?<![\w.'\u2019/@-])(?P<c>us|uk|usa)(?:(?P<hy>-(?!and\b|vs\b|"
                      r"versus\b|against\b|or\b|them\b)[a-z]+)|(?![\w'\u2019/@-]|\.\w))")
_COUNTRY_WORDS = frozenset({"us", "uk", "usa"})


def _country_candidate(low: str, ws: list[str]) -> bool:
    # (substring tests on the text first: they are far cheaper than list scans)
    if ("uk" in low and "uk" in ws) or ("usa" in low and "usa" in ws):
        return True
    if ("us-" in low or "uk-" in low) and any(w.startswith(("us-", "uk-")) for w in ws
                                              if w[:1] == "u"):
        return True
    i = -1
    while True:
        try:
            i = ws.index("us", i + 1)
        except ValueError:
            return False
        if (i and ws[i - 1] in lex.ARTICLES) or (
                i + 1 < len(ws) and ws[i + 1] in lex.COUNTRY_MODIFIED):
            return True


def lowercase_country(doc: Document) -> Iterator[Hit]:
    """"us", "uk" or "usa" written in lower case where the country is meant.

    "uk" and "usa" are never English words; "us" is the pronoun unless an
    article precedes it ("the us"), a hyphen joins it ("us-led") or a noun that
    a country modifies follows it ("us officials", "us history") and no verb
    that takes "us" as an indirect object comes before ("told us officials").
    """
    if not _country_candidate(lowered(doc), words(doc)):
        return
    text = doc.text
    for m in _COUNTRY.finditer(text):
        c = m.group("c")
        if c == "us" and not m.group("hy"):
            before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
            after = _NEXT_WORD.match(text, m.end())
            prev = _fold(before.group(1)) if before else ""
            nxt = after.group(1).lower() if after else ""
            if prev not in lex.ARTICLES and (nxt not in lex.COUNTRY_MODIFIED
                                             or prev in lex.VERBS_BEFORE_US):
                continue
        yield Hit(m.start("c"), m.end("c"), f"'{c}' in lower case: the country "
                  f"abbreviation is written '{c.upper()}'", fix=c.upper())
