"""Speakers a paragraph quotes by surname alone, though the article never names them.

News style names a person in full on first reference ("Bob Gainey, the team's
general manager, said ...") and by surname after that ("Gainey said"). A
paragraph whose speaker is a bare surname ("... ,'' Gainey said Monday.") that
occurs nowhere else in the article was written for another article, where the
full name came earlier: it is the mark of a paragraph lifted from elsewhere.
:class:`lint.checks.offtopic.OffTopic` uses it to judge, at a lower score, a
paragraph that already shares little with the article.
"""

from __future__ import annotations

import re

from lint.document import Document
from lint.garble_lexicon import SPEECH_VERBS

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
_NOT_NAMES = frozenset("""
He She They It We I You This That These Those Both All Some Many Most Others Another One
Everyone Everybody Nobody Someone Somebody Officials Police Critics Supporters Aides Analysts
Experts Democrats Republicans Sources Reporters Voters Residents Authorities Observers
Lawmakers Friends Opponents Organizers Organisers Researchers Investigators Witnesses
Prosecutors Officers Doctors Scientists Neighbors Neighbours Parents Students Teachers
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Who What When Where Why How And But
Then So Yet Still Later Earlier Afterward Afterwards Asked Instead Meanwhile Also Again
""".split())
#: Titles that make a surname no fuller ("Mr. Gainey" is still a bare surname).
_TITLES = frozenset("Mr Mrs Ms Dr Mr. Mrs. Ms. Dr.".split())


def unintroduced_speakers(doc: Document, index: int) -> list[str]:
    """The bare surnames paragraph ``index`` quotes that occur nowhere else in
    ``doc`` and that the paragraph itself does not give in full ("Bob Gainey").
    """
    para = doc.paragraphs[index]
    text = para.text
    found: list[str] = []
    for m in _SPEAKER.finditer(text):
        name = m.group(1) or m.group(2) or m.group(3)
        if name in _NOT_NAMES or name in found:
            continue
        word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        if word.search(doc.text, 0, para.start) or word.search(doc.text, para.end):
            continue
        if any(w not in _TITLES for w in _words_before(text, word)):
            continue
        found.append(name)
    return found


def _words_before(text: str, name: re.Pattern[str]) -> list[str]:
    """The capitalised word right before each occurrence of ``name`` in ``text``."""
    out = []
    for m in name.finditer(text):
        prev = re.search(r"([A-Z][\w.'\u2019-]*)\s+$", text[max(0, m.start() - 30):m.start()])
        if prev:
            out.append(prev.group(1))
    return out
