"""Speakers a paragraph quotes by surname alone, though the article never names them.

News style names a person in full on first reference ("Bob Gainey, the team's
general manager, said ...") and by surname after that ("Gainey said"). A
paragraph whose speaker is a bare surname ("... ,'' Gainey said Monday.") that
occurs nowhere else in the article was written for another article, where the
full name came earlier: it is the mark of a paragraph lifted from elsewhere.
The same holds for a surname given with a title only ("Mr. Rubio has not
won", "Chief Williams later admitted"), the second-reference form of papers
that use honorifics.
:class:`lint.checks.offtopic.OffTopic` uses it to judge, at a lower score, a
paragraph that already shares little with the article.
"""

from __future__ import annotations

import re

from lint.document import Document
from lint.garble_lexicon import (
    HONORIFICS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    WEEKDAYS,
    WORD_TITLES,
)

#: The speech verbs of the shared lexicon ("according" takes no subject).
_VERBS = "|".join(sorted(SPEECH_VERBS - {"according"}))
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?"
#: A surname: "Gainey", "O'Neill", "McKay", "Hale-Jones" (not "We're": no clitic may follow).
_SURNAME = r"((?:[OD]['\u2019]|Mc)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![-'\u2019\w])"
#: A bare surname as speaker: after a quotation's end or a comma ("," Gainey said),
#: after the verb and before a stop ("said Edwards."), or opening the paragraph
#: ("Cox says ..."). A capitalised word right before it would make it a full name.
_SPEAKER = re.compile(
    rf"(?:[,\u201d\"]|'')\s{_TITLE}{_SURNAME}\s(?:{_VERBS})\b"
    rf"|\b(?:{_VERBS})\s{_TITLE}{_SURNAME}(?=[.,;])"
    rf"|^\W{{0,2}}{_TITLE}{_SURNAME}\s(?:{_VERBS})\b")
#: Capitalised words that take a speech verb without being anyone's surname.
_NOT_NAMES = ROLE_NOUNS | WEEKDAYS | frozenset("""
He She They It We I You This That These Those Both All Some Many Most Others Another One
Everyone Everybody Nobody Someone Somebody Aides Democrats Republicans Sources Reporters
Observers Friends Who What When Where Why How And But
Then So Yet Still Later Earlier Afterward Afterwards Asked Instead Meanwhile Also Again
""".split())
#: Titles that make a surname no fuller ("Mr. Gainey" is still a bare surname).
_TITLES = frozenset(HONORIFICS + WORD_TITLES) | frozenset(t + "." for t in HONORIFICS)
#: Words of titles and institutions that follow a title without being a surname
#: ("Lt. Gen.", "Chief Justice", "Gov. Office").
_TITLE_WORDS = frozenset({t.rstrip(".") for t in _TITLES}) | frozenset("""
Justice Executive Minister Secretary Department Office Court Council Committee House Senate
""".split())


#: A title news puts before a surname alone on second reference ("Mr. Rubio",
#: "Chief Williams", "Gov. Snyder"), then the surname, with no further capitalised
#: word or bracket after it ("Sen. Ted Cruz", "Sen. Cruz (R-Texas)" are first
#: references). Ambiguous titles ("Justice", "Secretary": "Justice Department")
#: are left out.
_TITLED = re.compile(
    r"(?<![\w.])((?:" + "|".join(HONORIFICS) + r")\.?|" + "|".join(WORD_TITLES) + r")\s"
    + _SURNAME + r"(?!\s[A-Z(])")


def unintroduced_speakers(doc: Document, index: int) -> list[str]:
    """The bare surnames paragraph ``index`` quotes that occur nowhere else in
    ``doc`` and that the paragraph itself does not give in full ("Bob Gainey").
    """
    para = doc.paragraphs[index]
    found: list[str] = []
    for m in _SPEAKER.finditer(para.text):
        name = m.group(1) or m.group(2) or m.group(3)
        if name not in found and _stranger(doc, index, name):
            found.append(name)
    return found


def unintroduced_titled(doc: Document, index: int) -> list[str]:
    """The titled surnames ("Mr. Rubio", "Chief Williams") paragraph ``index``
    uses whose surname occurs nowhere else in ``doc``: a second reference to
    someone this article never introduced."""
    found: list[str] = []
    for m in _TITLED.finditer(doc.paragraphs[index].text):
        shown = f"{m.group(1)} {m.group(2)}"
        if shown not in found and _stranger(doc, index, m.group(2)):
            found.append(shown)
    return found


def _stranger(doc: Document, index: int, name: str) -> bool:
    """Whether surname ``name`` is a person's, occurs in no paragraph of ``doc``
    but ``index``, and is never given there with a first name."""
    if name in _NOT_NAMES or name in _TITLE_WORDS:
        return False
    para = doc.paragraphs[index]
    word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    if word.search(doc.text, 0, para.start) or word.search(doc.text, para.end):
        return False
    return all(w in _TITLES for w in _words_before(para.text, word))


def _words_before(text: str, name: re.Pattern[str]) -> list[str]:
    """The capitalised word right before each occurrence of ``name`` in ``text``."""
    out = []
    for m in name.finditer(text):
        prev = re.search(r"([A-Z][\w.'\u2019-]*)\s+$", text[max(0, m.start() - 30):m.start()])
        if prev:
            out.append(prev.group(1))
    return out
