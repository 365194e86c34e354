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

import math
import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress, count, islice, pairwise
from operator import eq
from pathlib import Path

from lint import garble_lexicon as lex
from lint.document import Document
from lint.garble_common import APOS, LEFT, RIGHT, WS, Hit, alternation
from lint.textutil import sentence_start

#: Punctuation that :func:`words` turns into spaces (chained ``str.replace`` calls
#: beat ``str.translate`` and ``re.sub`` several times over here).
_PUNCT = ".,;:!?\"()[]{}*_|/\u201c\u201d\u2018"


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
    LEFT + r"(?P<a>[Tt]he|THE|[Aa]n|[Aa])" + WS + r"(?P<b>" + alternation(lex.NOT_AFTER_ARTICLE) + ")"
    + RIGHT + r"(?P<c>" + WS + r"[A-Za-z]\b)?")
_BEFORE_OF = re.compile(LEFT + r"(?P<a>" + alternation(lex.NOT_BEFORE_OF - lex.ARTICLES) + ")"
                        + WS + r"of" + RIGHT)
#: After a subject pronoun, words that need a verb between: "we to school",
#: "as he being escorted", "they been critical".
_AFTER_PRONOUN_GAP = ("the", "a", "an", "to", "been", "being")
#: Words before a subject pronoun that excuse an article or "to" after it ("faster
#: than she to the line") but not "been" or "being" ("as he being escorted").
_COMPARATIVE = frozenset({"than", "as", "whom"})
_PRONOUN_GAP = re.compile(LEFT + r"(?P<a>he|she|they|we|He|She|They|We)" + WS
                          + r"(?P<b>" + alternation(_AFTER_PRONOUN_GAP) + ")" + RIGHT)
#: An adjective that only goes before a noun, then an article ("former the").
_ATTRIBUTIVE_GAP = re.compile(LEFT + r"(?P<a>" + alternation(lex.ATTRIBUTIVE_ONLY) + ")" + WS
                              + r"(?P<b>" + alternation(lex.DETERMINERS_AFTER_NOTHING) + ")" + RIGHT, re.I)
_PREV_WORD = re.compile(r"([\w'\u2019]+)[ \t]+$")
#: A subject pronoun straight before an object or possessive pronoun ("I her
#: experience", "they their plan", "when I it"): the verb between them was dropped. ("I" may
#: follow a quote mark here: "''I her experience".)
_OBJECT_AFTER_SUBJECT = frozenset("him them me us her his their my our its your it".split())
#: "It" opening a sentence straight before an article, "been" or "being" ("It
#: the third attack this year"): its verb was dropped. Mid-sentence "it" may be
#: an object ("made it the best"), so only a sentence's first word counts.
_IT_GAP = re.compile(r"(?:(?<=[.!?][ ])|(?<=[.!?][\"\u201d'\u2019][ ])|(?<=[\"\u201c])|^)"
                     r"It[ ]+(?P<b>the|a|an|been|being)" + RIGHT, re.M)
_PRONOUN_PAIR = re.compile(r"(?<![\w\u2019-])(?P<a>I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey)" + WS
                           + r"(?P<b>" + alternation(_OBJECT_AFTER_SUBJECT) + ")" + RIGHT)
#: A modal straight before a determiner in mid-sentence ("his aides could the
#: building", "Fenner will the miss"): a verb was dropped or moved. Inversions
#: after a comparative, a negative or a question word ("nor could the", "than
#: would the", "not only will the", "where else can a") and the nouns "will",
#: "can", "might" ("against his will the") are excused by the word before.
_MODAL_DETERMINERS = frozenset("the a an his her their its our my your this these those".split())
_MODAL_GAP = re.compile(r"(?<=[a-z] )(?P<a>" + alternation(lex.MODALS | {"cannot"}) + ")" + WS
                        + r"(?P<b>" + alternation(_MODAL_DETERMINERS) + ")" + RIGHT)
_INVERTS_MODAL = frozenset("""
nor so as than how why what where when which who whom whose neither and or but if whether
that there here only rarely never seldom hardly little else nowhere the a an his her their
its our my your this free good ill own
""".split())
#: A preposition that is never an adverb or conjunction, straight before a
#: finite "be", a subject pronoun or a conjunction that opens a clause ("a
#: certain level of but courses", "Thousands of are homes"): the words between
#: were cut out or the pair was swapped. ("of when", "of or", "during and",
#: "from and" are English: "regardless of when", "before, during and after".)
_PURE_BEFORE_CLAUSE = frozenset(
    "of from into onto upon among amongst during despite via amid toward towards".split())
_CLAUSE_WORDS = frozenset(
    "but because although whereas unless was were is are we they he she".split())
_PREPOSITION_GAP = re.compile(LEFT + r"(?P<a>" + alternation(_PURE_BEFORE_CLAUSE) + ")" + WS
                              + r"(?P<b>" + alternation(_CLAUSE_WORDS) + ")" + RIGHT)
#: Closed-class pairs in the reverse of their only order: "be will" for "will
#: be", "been has" for "has been"; and a clitic "'s" on a word that never
#: takes one ("this's", "which's").
_SWAPPED = re.compile(
    LEFT + r"(?:(?P<bewill>be" + WS + alternation(lex.MODALS) + "|been" + WS + r"ha(?:s|ve|d))"
    r"|(?P<clitic>" + alternation(lex.NO_CLITIC) + APOS + r"s)"
    r")" + RIGHT)
_SWAP_PAIRS = {("be", w) for w in lex.MODALS} | {("been", w) for w in ("has", "have", "had")}
#: Adjacent word pairs that make an article a word-order candidate (the screen
#: has always left "i" out of the subject pronouns).
_BAD_PAIRS = frozenset(
    {(a, b) for a in lex.ARTICLES for b in lex.NOT_AFTER_ARTICLE}
    | {(a, "of") for a in lex.NOT_BEFORE_OF} | _SWAP_PAIRS
    | {(a, b) for a in lex.SUBJECT_PRONOUNS - {"i"} for b in _AFTER_PRONOUN_GAP}
    | {(a, b) for a in lex.ATTRIBUTIVE_ONLY for b in lex.DETERMINERS_AFTER_NOTHING}
    | {(a, b) for a in lex.SUBJECT_PRONOUNS for b in _OBJECT_AFTER_SUBJECT}
    | {(a, b) for a in lex.MODALS | {"cannot"} for b in _MODAL_DETERMINERS}
    | {(a, b) for a in _PURE_BEFORE_CLAUSE for b in _CLAUSE_WORDS})
_CLITIC_WORDS = frozenset(w + "'s" for w in lex.NO_CLITIC)


def _word_order_candidate(low: str, ws: list[str]) -> bool:
    """Whether any adjacent pair could be a word-order defect (a cheap screen)."""
    if not _BAD_PAIRS.isdisjoint(zip(ws, ws[1:])):
        return True
    return "'s" in low and not _CLITIC_WORDS.isdisjoint(ws)


#: Words before "over" that make it the cricket noun ("the second over of the day").
_OVER_NOUN_LEAD = frozenset("""the a an this that each every his her their its one another
first second third fourth fifth sixth last next final opening previous same maiden""".split())


def _cricket_over(text: str, m: re.Match) -> bool:
    """Whether a matched "over of" is the noun "over" (six balls), not the preposition."""
    if m.group("a") != "over":
        return False
    before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
    prev = before.group(1).lower() if before else ""
    return prev in _OVER_NOUN_LEAD or re.fullmatch(r"\d+(?:st|nd|rd|th)", prev) is not None


def function_word_pairs(doc: Document) -> Iterator[Hit]:
    """Neighbours that English grammar does not allow.

    An article followed by an auxiliary, a pronoun, a preposition or another
    article ("the also", "a the", "the has"); a preposition followed by "of"
    ("from of") or by a finite "be", a subject pronoun or a clause-opening
    conjunction ("a certain level of but courses"); a subject pronoun followed by an article, "to", "been" or
    "being" ("we to school", "as he being escorted") or by an object or
    possessive pronoun ("I her experience"); "It" opening a sentence before
    an article, "been" or "being" ("It the third attack"); a modal followed by a
    determiner mid-sentence ("his aides could the building"), unless the
    word before makes it an inversion ("nor could the"); auxiliaries in the
    reverse of their only order ("be will", "been has"); a clitic "'s" on a
    word that never takes one ("this's"). (:func:`lint.garble_gaps.word_order`
    adds the dropped and moved words.)
    """
    text = doc.text
    for m in _IT_GAP.finditer(text):      # (its pairs are too common for the screen)
        yield Hit(m.start(), m.end(), f"a word is missing between 'It' and '{m.group('b')}'")
    if not _word_order_candidate(lowered(doc), words(doc)):
        return
    for m in _AFTER_ARTICLE.finditer(text):
        b = m.group("b")
        if not b.islower() or b == m.group("a").lower():
            continue                      # "the the" is a repeated word
        if m.group("a") == "a" and m.group("c") and b in ("to", "and", "or"):
            continue                      # "a to z", "a or b": letters, not an article
        if m.group("a") == "A" and not sentence_start(text, m.start()):
            continue                      # "Plan A in", "vitamin A and": a letter
        yield Hit(m.start(), m.end("b"), f"'{m.group('a')}' cannot be followed by '{b}'")
    for m in _ATTRIBUTIVE_GAP.finditer(text):
        if m.group("b").islower():        # "Former The Daily Show host": a title
            yield Hit(m.start(), m.end(),
                      f"'{m.group('a')}' cannot be followed by '{m.group('b')}'")
    for m in _BEFORE_OF.finditer(text):
        if m.group("a").islower() and not _cricket_over(text, m):
            yield Hit(m.start(), m.end(), f"'{m.group('a')}' cannot be followed by 'of'")
    for m in _PREPOSITION_GAP.finditer(text):
        yield Hit(m.start(), m.end(), f"'{m.group('a')}' cannot be followed by '{m.group('b')}'")
    for m in _PRONOUN_GAP.finditer(text):
        a, b = m.group("a"), m.group("b")
        before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        prev = _fold(before.group(1)) if before else ""
        if prev in lex.AUX_BEFORE_SUBJECT and not (b[0] == "b" and prev in _COMPARATIVE):
            continue                      # a question: "is she a candidate?"
        if a.lower() == "we" and b == "the":
            continue                      # "we the people"
        yield Hit(m.start(), m.end(), f"a word is missing between '{a}' and '{b}'")
    for m in _PRONOUN_PAIR.finditer(text):
        yield Hit(m.start(), m.end(), f"a word is missing between '{m.group('a')}' and "
                  f"'{m.group('b')}'")
    for m in _MODAL_GAP.finditer(text):
        before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if before is None or _fold(before.group(1)) in _INVERTS_MODAL:
            continue
        yield Hit(m.start(), m.end(), f"a word is missing or misplaced between "
                  f"'{m.group('a')}' and '{m.group('b')}'")
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
_END_PRONOUN = re.compile(r"(?:and|but|that|because|which)" + WS + r"$")


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
    doubled = [ws[i] for i in _positions(map(eq, ws, ws[1:]))]
    # a number twice: one word twice, or two ("8.9 8.9" and "$86,000 $86,000" are
    # "8 9 8 9" and "$86 000 $86 000" once stops and commas are spaces)
    if any(w[:1].isdigit() or w[1:2].isdigit() for w in doubled) or any(
            ws[i][-1:].isdigit() and ws[i + 1] == ws[i + 3]
            for i in _positions(map(eq, ws, ws[2:-1]))):
        yield from repeated_numbers(text)
    if all(w in lex.LEGIT_DOUBLES for w in doubled):
        return
    known: dict[str, tuple[bool, bool]] = {}   # per capitalised double: see _name_double
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
        if (w.isupper() and len(w) > 1) or v[0].isupper() and _name_double(text, m, v, known):
            continue                      # acronyms; "Walla Walla", '"Run Run Run"'

        if w != v and not (w[0].isupper() and w[1:] == v[1:]):
            continue
        yield Hit(m.start(), m.end(), f"'{v}' is repeated", fix=w)


_NUMBER = r"[$\u00a3\u20ac]?\d[\d,.]*(?:-[a-z]+)*%?"
_NUMBER_DOUBLE = re.compile(r"(?<![\w$\u00a3\u20ac.,%/:-])(?P<n>" + _NUMBER + r")[ \t]+(?P=n)"
                            r"(?![\w%/:-]|[.,]\d)")
_WORD_BEFORE_NUMBER = re.compile(r"[A-Za-z][\w'\u2019]*[,;]?[ \t]+$")
_AFTER_NUMBER = re.compile(r"[ \t]+[A-Za-z]|[.,;:!?)\u201d\"']+(?:\s|$)|\n|$")
_PROSE_WORD = re.compile(r"[A-Za-z]{2,}")


def repeated_numbers(text: str) -> Iterator[Hit]:
    """A number printed twice in running prose ("about 76 76 million years",
    "$7 $7 billion", "a 72-year-old 72-year-old officer", "since 1950 1950.").

    Only between words: a word before the pair and a word or a stop after it,
    on a line of prose, so that tables, standings and box scores ("Boston 45
    45 .500", "Smith 3 3 0 1") are left alone."""
    for m in _NUMBER_DOUBLE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if (_WORD_BEFORE_NUMBER.search(text, max(line_start, m.start() - 40), m.start())
                and _AFTER_NUMBER.match(text, m.end())
                and len(_PROSE_WORD.findall(line)) >= 8):
            n = m.group("n")
            yield Hit(m.start(), m.end(), f"'{n}' is repeated", fix=n)


#: Information (-log10 frequency) up to which a word is common English, so that
#: its capitalised double is a slip ("the Harbor Commission Commission", "The The
#: 26-year-old", "in Phoenix Phoenix, Pittsburgh ...") rather than a name made of
#: a rare word ("Walla Walla", 6.5; "Baden Baden", 5.5; "Duran Duran", 5.9).
_EVERYDAY = 5.0
#: Names made of a doubled common word, which the frequency test would take for
#: slips: the prison, the song and film.
_DOUBLED_NAMES = frozenset({"sing", "bang"})


def _chant(text: str, start: int, end: int, word: str) -> bool:
    """Whether the capitalised double at ``start:end`` is a title or a chant: it
    opens a quotation, or the word comes a third time ('"Run Run Run"')."""
    if text[max(0, start - 1):start] in ("\"", "\u201c", "'", "\u2018"):
        return True
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() == word.lower()


def _name_double(text: str, m: re.Match[str], word: str,
                 known: dict[str, tuple[bool, bool]]) -> bool:
    """Whether a capitalised double is written on purpose: a title or chant
    (:func:`_chant`), a double the article uses more than once ("the Great
    Debate Debate"), or a name made of a repeated rare word ("Walla Walla").
    An everyday word, a day or month, the end of a longer name ("Robert Mugabe
    Mugabe") or a name the article also gives once ("Mugabe said") is a slip.
    ``known`` keeps the two whole-text answers per double, so that a long text
    repeating one double is read once for it, not once per copy."""
    if _chant(text, m.start(), m.end(), word):
        return True
    double = m.group(0)
    if double not in known:
        known[double] = (text.count(double) > 1, _alone_elsewhere(text, word))
    used_twice, given_alone = known[double]
    return used_twice or not (_everyday(word) or word in _CALENDAR or given_alone
                              or _after_a_name(text, m.start()))


#: Days and months ("May" is a name too): never a name made of a repeated word.
_CALENDAR = lex.CALENDAR - {"May"}


def _after_a_name(text: str, at: int) -> bool:
    """Whether the double at ``at`` ends a longer name ("Robert Mugabe Mugabe",
    "North Korea Korea", "Benjamin L. Cardin Cardin", "Mr. Sanders Sanders"): a
    capitalised word, a middle initial or a title before it, not opening a sentence.
    Names made of a repeated word stand alone ("in Walla Walla")."""
    m = _PREV_WORD.search(text, max(0, at - 40), at)
    if m is None:                         # "Benjamin L. Cardin Cardin", "Mr. Sanders Sanders"
        return _INITIAL_OR_TITLE.search(text, max(0, at - 40), at) is not None
    return m.group(1)[0].isupper() and not sentence_start(text, m.start())


#: A middle initial or an abbreviated title right before a double: it heads a name.
_INITIAL_OR_TITLE = re.compile(r"(?<![\w.'\u2019-])(?:[A-Z]\.|" + lex.HONORIFIC_ABBREV + r")[ \t]+$")


def _alone_elsewhere(text: str, name: str) -> bool:
    """Whether the article also gives ``name`` once, not doubled ("Robert Mugabe
    Mugabe ... Mugabe said"), so its double is a slip and not a name made of a
    repeated word ("Walla Walla" is never written "Walla")."""
    for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w'\u2019-])", text):
        before = text[max(0, m.start() - len(name) - 1):m.start()].strip()
        after = text[m.end():m.end() + len(name) + 1].strip()
        if before != name and after != name:
            return True
    return False


def _everyday(word: str) -> bool:
    from lint.wordstats import information

    low = word.lower()
    return low not in _DOUBLED_NAMES and information(low) <= _EVERYDAY


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


# -- swapped neighbours, judged with English word-pair counts -----------------
# Word classes for :func:`swapped_words` (general English grammar, not tuned to
# any article). A swap is only judged when one of the two words belongs to a
# closed class: their neighbours are tightly constrained, and they are common
# enough that a pair missing from the count list is truly rare.
_SW_DET = frozenset("the a an this these those his her their its our my your".split())
_SW_SUBJ = frozenset("i he she we they".split())
_SW_OBJ = frozenset("me him her us them it".split())
_SW_AUX = frozenset("""is are was were be been being am has have had do does did will
would can could should may might must shall""".split())
_SW_BE = frozenset("is are was were be been being am".split())
_SW_PREP = frozenset("""of in on at to for with from by about into under over between
through after before against during without within across among upon""".split())
_SW_WH = frozenset("that which who whom whose why what when where how if because whether "
                   "than".split())
#: Coordinators join equals in either order; floating adverbs sit almost anywhere.
_SW_FREE = frozenset("""and or but nor again also only even never just still now then
always often already ever not too soon once yet almost perhaps very more most much so
well here there""".split())
_SW_CLOSED = _SW_DET | _SW_SUBJ | _SW_OBJ | _SW_AUX | _SW_PREP | _SW_WH
#: Words a verb follows directly ("will take", "he takes"): evidence that a word is a verb.
_SW_VERB_LEFT = ("will", "would", "can", "i", "he", "she", "we", "they")
#: Both words must be at least this common (of about 5.4e11 words counted), so
#: that a pair of them missing from the list (seen fewer than ~6.4 million
#: times) is real evidence that English avoids it.
_SW_MIN_COUNT = 100_000_000
#: Log-likelihood gain (natural log) the swapped order must reach over the
#: printed one, counting the pair and its two neighbours.
_SW_MIN_GAIN = 6.0
_SW_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")


#: The screen's view of a text (:func:`_sw_pieces`): letters, apostrophes
#: and spaces stay, every other character becomes a space.
_SW_KEEP = bytes(ch if chr(ch).isascii() and (chr(ch).isalpha() or chr(ch) in "' ") else 32
                 for ch in range(256))
#: An apostrophe that is not between two letters (a quote mark: "'the plan'")
#: separates words; one between letters ("we're") joins them.
_SW_EDGE_APOS = re.compile(rb"'(?:(?![A-Za-z])|(?<=[^A-Za-z]'))")
#: Neighbours as :func:`_sw_judge` reads them: lower-case words (letters only,
#: whole tokens of :data:`_SW_TOKEN`, so not the "re" of "we're") one space
#: apart. A token starts at a letter with no letter before it and no
#: apostrophe that follows a letter. The definition :func:`_sw_pieces` must
#: never miss (checked in tests/test_garble_swap.py).
_SW_PAIR = re.compile(r"(?<![A-Za-z])(?<![A-Za-z]['\u2019])"
                      r"(?=([a-z]+) ([a-z]+)(?![A-Za-z]|['\u2019][A-Za-z]))")
#: The shipped list of pairs that can ever be flagged (see :func:`swap_pairs`).
_SW_PAIRS_FILE = Path(__file__).resolve().parent / "data" / "swap_pairs.txt"


@lru_cache(maxsize=1)
def _sw_pairs() -> frozenset[tuple[str, str]]:
    """The ``(b, c)`` pairs :func:`swapped_words` can flag, read from the
    shipped file (about 10,000 lines, a millisecond); if it is missing,
    recomputed from the full tables."""
    from lint.fileio import read_listing

    try:
        listed = read_listing(_SW_PAIRS_FILE)
    except OSError:
        listed = sorted(swap_pairs())
    flat = list(map(sys.intern, " ".join(listed).split()))
    return frozenset(zip(flat[0::2], flat[1::2]))


def _sw_pieces(text: str) -> list[str]:
    """``text`` split for the screen, with C-level passes only: reduced to
    letters, inner apostrophes and spaces (anything else becomes a space, so
    the words on either side are no longer neighbours) and split at each
    space. Two neighbours that :func:`_sw_judge` reads (:data:`_SW_PAIR`)
    come out as two whole neighbouring pieces; a piece with anything but
    lower-case letters is in no pair. Lengths are kept: piece ``j`` starts at
    offset ``sum(len(p) + 1 for p in pieces[:j]) - 1`` of ``text``."""
    flat = (" " + text.replace("\u2019", "'") + " ").encode("ascii", "replace")
    return _SW_EDGE_APOS.sub(b" ", flat.translate(_SW_KEEP)).decode("ascii").split(" ")


def _sw_screen(text: str, pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether ``text`` may hold two neighbours in ``pairs`` (never false when
    it does)."""
    return not pairs.isdisjoint(pairwise(_sw_pieces(text)))


def swap_pairs() -> set[str]:
    """Recompute, from symspellpy's full lists, every "b c" that
    :func:`swapped_words` could flag whatever its neighbours: both words are
    lower-case letters, different, common (:data:`_SW_MIN_COUNT`), not free or
    "-ly", one is closed-class, "c b" is listed and "b c" is not, and the
    grammar conditions that do not look at the neighbours hold
    (:func:`_sw_fits`). Empty without data. ``lint/data/swap_pairs.txt`` is
    this set (``python -m lint.garble_words --write-swap-pairs``)."""
    from lint import bigrams

    out: set[str] = set()
    lower = re.compile(r"[a-z]+")
    for c, b in bigrams.listed_pairs():
        if b == c or not (b in _SW_CLOSED or c in _SW_CLOSED) \
                or b in _SW_FREE or c in _SW_FREE or b.endswith("ly") or c.endswith("ly"):
            continue
        if not (lower.fullmatch(b) and lower.fullmatch(c)):
            continue
        if bigrams.unigram(b) < _SW_MIN_COUNT or bigrams.unigram(c) < _SW_MIN_COUNT:
            continue
        if bigrams.bigram(b, c) or not bigrams.bigram(c, b):
            continue
        if _sw_fits(b, c):
            out.add(f"{b} {c}")
    return out


def write_swap_pairs(path: Path = _SW_PAIRS_FILE) -> int:
    """Write :func:`swap_pairs` to ``path`` (the shipped file); returns the count."""
    from lint import bigrams

    if not bigrams.available():
        raise RuntimeError("symspellpy's frequency lists are not installed")
    pairs = sorted(swap_pairs())
    names = ", ".join(bigrams.source_names())
    from lint.fileio import write_listing

    write_listing(path, [
        "Word pairs \"b c\" that Newslint.GarbledSwap (lint.garble_words.swapped_words)",
        "can ever flag: \"c b\" is listed and \"b c\" is not, both words are common,",
        "one is closed-class, and the grammar conditions that do not depend on the",
        "neighbouring words hold. An article with none of these pairs is passed",
        "without reading the full lists.",
        f"Source: symspellpy's {names} (word list: first {bigrams.WORD_LIMIT} lines).",
        "Generated; regenerate after changing the data or the word classes with:",
        "  python -m lint.garble_words --write-swap-pairs",
        "(tests/test_garble_swap.py checks that this file equals the recomputation)",
    ], pairs)
    return len(pairs)


def _sw_logcount(first: str, second: str, total: int) -> float:
    """log count of a pair; a pair missing from the list gets the count chance
    would give it (the product of the word frequencies), capped below the list's
    floor."""
    from lint import bigrams

    n = bigrams.bigram(first, second)
    if n:
        return math.log(n)
    chance = bigrams.unigram(first) * bigrams.unigram(second) / total
    return math.log(max(1.0, min(chance, bigrams.FLOOR / 2)))


def _sw_fits(b: str, c: str) -> bool:
    """The conditions of :func:`_sw_plausible` that do not look at the
    neighbours: false means "b c" is never flagged."""
    from lint import bigrams

    if b in lex.SPEECH_VERBS:
        return False                      # "which he said had harmed"
    b_closed, c_closed = b in _SW_CLOSED, c in _SW_CLOSED
    if c in _SW_OBJ and (c != "her" or not b_closed):
        return False                      # "free her", "is them"
    if b in _SW_BE and not c_closed and c.endswith("s") and not c.endswith("ss"):
        return False                      # a plural predicate: "were months behind"
    if c == "that" and not b_closed:
        return False                      # "that" also opens a clause or a noun phrase
    if b_closed and c_closed:
        return True
    # "done being patient"; a verb or predicate before a preposition ("keep it
    # open through May": "open" takes an object, so "open the" is listed)
    if not b_closed and (c == "being" or c in _SW_PREP and bigrams.bigram(b, "the")):
        return False
    if b_closed:                          # closed word, then an open one
        if b in _SW_DET or b in _SW_WH:
            return False                  # "his open support", "which issue"
        if b in _SW_PREP:                 # a preposition before a noun: "in house"
            return not (bigrams.bigram("the", c) or bigrams.bigram("a", c))
        return True
    if c in _SW_SUBJ:                     # a verb, then a subject pronoun: "takes he on"
        return bool(bigrams.bigram(c, b)) and not bigrams.bigram("the", b)
    if c in _SW_DET:                      # a noun before its article: "governor the"
        return not any(bigrams.bigram(w, b) for w in _SW_VERB_LEFT)
    return True


def _sw_plausible(a: str | None, b: str, c: str, d: str | None) -> bool:
    """Grammar conditions under which "b c" for "c b" is a likely swap."""
    from lint import bigrams

    if b in _SW_AUX and (a is None or a in _SW_WH or a in ("and", "or", "but", "nor")):
        return False                      # a question: "what will things be"
    if not _sw_fits(b, c):
        return False
    if c in _SW_DET and a in _SW_WH:
        return False                      # "which version the House would vote on"
    b_closed, c_closed = b in _SW_CLOSED, c in _SW_CLOSED
    if b_closed and not c_closed and b in _SW_PREP:
        # a preposition before a word that is not a noun ("in believe"),
        # with no listed pair around it ("to on comment")
        return not ((a and bigrams.bigram(a, b)) or (d and bigrams.bigram(c, d)))
    if not b_closed and c in _SW_SUBJ:    # "takes he on", unless "he on" is usual
        return not (d and bigrams.bigram(c, d))
    return True


#: Capitalised words that open a sentence and read as their lower-case selves
#: ("The will project extend ..."), so that a neighbour is not lost at a sentence
#: start: articles and possessives, never a demonstrative, which may be the
#: subject ("This will project power").
_SW_CAPITAL_DETERMINERS = frozenset("The A An His Their Its Our My Your".split())


def _sw_known(word: str | None) -> str | None:
    """``word`` as the pair counts spell it (lower case), or None when it is
    not a plain word they list: a name, a number, a contraction."""
    from lint import bigrams

    if word == "I":
        return "i"
    if word in _SW_CAPITAL_DETERMINERS:
        return word.lower()
    if word is None or not word.isalpha() or not word.islower():
        return None
    return word if bigrams.unigram(word) else None


def swapped_words(doc: Document) -> Iterator[Hit]:
    """Two neighbours in the reverse of their usual order ("he be will
    exonerated", "we why are going", "I don't in believe"), judged with
    English word-pair counts (symspellpy's list from Google Books).

    The pair must be missing from the list while its reverse is listed, both
    words common, one of them closed-class, and the swapped order, with the
    words on either side, must be far likelier than the printed one. Without
    the list (symspellpy not installed) nothing is reported.

    Screen (:func:`_sw_pieces`, C-level passes): the article's neighbouring
    words against the shipped set of pairs that can be flagged at all
    (``lint/data/swap_pairs.txt``); most articles have none and never load
    the full lists. Otherwise only the listed pairs are judged, each with
    the few tokens around it.
    """
    pairs = _sw_pairs()
    pieces = _sw_pieces(doc.text)
    if pairs.isdisjoint(pairwise(pieces)):
        return
    from lint import bigrams

    if not bigrams.available():
        return
    total = bigrams.total()
    offset, done = -1, 0                        # piece ``done`` starts at ``offset``
    for j in compress(count(), map(pairs.__contains__, pairwise(pieces))):
        offset += sum(map(len, islice(pieces, done, j))) + j - done
        done = j
        para = doc.paragraph_at(offset)         # the first word starts at ``offset``
        if para is None:
            continue
        hit = _sw_at(para.text, offset - para.start, total)
        if hit is None:
            continue
        yield Hit(para.start + hit[0], para.start + hit[1], hit[2])


def _sw_at(text: str, start: int, total: int) -> tuple[int, int, str] | None:
    """:func:`_sw_judge` for the token at ``start`` of a paragraph and the next,
    tokenising only from the last space before the word that precedes it (no
    token spans a space, so the tokens from there on are the paragraph's)."""
    toks: list[tuple[int, int, str]] = []
    i = -1
    for m in _SW_TOKEN.finditer(text, text.rfind(" ", 0, max(start - 1, 0)) + 1):
        toks.append((m.start(), m.end(), m.group()))
        if m.start() == start:
            i = len(toks) - 1
        elif m.start() > start and (i < 0 or len(toks) > i + 2):
            break
    if i < 0 or i + 1 >= len(toks):
        return None
    return _sw_judge(text, toks, i, total)


def _sw_judge(text: str, toks: list[tuple[int, int, str]], i: int,
              total: int) -> tuple[int, int, str] | None:
    """Tokens ``i`` and ``i + 1`` of a paragraph as a swap: (start, end, reason)
    within the paragraph, or None."""
    from lint import bigrams

    b, c = toks[i][2], toks[i + 1][2]
    if not (b in _SW_CLOSED or c in _SW_CLOSED) or b == c \
            or b in _SW_FREE or c in _SW_FREE or b.endswith("ly") or c.endswith("ly"):
        return None
    if text[toks[i][1]:toks[i + 1][0]] != " " or not (
            b.isalpha() and c.isalpha() and b.islower() and c.islower()):
        return None
    if bigrams.bigram(b, c) or not bigrams.bigram(c, b):
        return None
    if bigrams.unigram(b) < _SW_MIN_COUNT or bigrams.unigram(c) < _SW_MIN_COUNT:
        return None
    a = _sw_known(toks[i - 1][2]) if i and \
        text[toks[i - 1][1]:toks[i][0]] == " " else None
    d = _sw_known(toks[i + 2][2]) if i + 2 < len(toks) and \
        text[toks[i + 1][1]:toks[i + 2][0]] == " " else None
    if not _sw_plausible(a, b, c, d):
        return None
    printed = _sw_logcount(b, c, total)
    swapped = _sw_logcount(c, b, total)
    if a:
        printed += _sw_logcount(a, b, total)
        swapped += _sw_logcount(a, c, total)
    if d:
        printed += _sw_logcount(c, d, total)
        swapped += _sw_logcount(b, d, total)
    if swapped - printed < _SW_MIN_GAIN:
        return None
    return toks[i][0], toks[i + 1][1], f"words in the wrong order: English has '{c} {b}'"


if __name__ == "__main__":
    if sys.argv[1:] != ["--write-swap-pairs"]:
        sys.exit("usage: python -m lint.garble_words --write-swap-pairs")
    print(f"{write_swap_pairs()} pairs written to {_SW_PAIRS_FILE}")
