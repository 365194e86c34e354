"""Small text helpers shared by the document model and the check types.

They live in one place so that "the same text" means the same thing everywhere:
the duplicate check, the copy check and the baseline fingerprints all compare
text through :func:`normalise`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.document import Document

# Quote characters folded to their straight forms before comparing text.
_QUOTE_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " ",
    "\u2026": "...",
})

# Words that scrapers glue onto the end of a headline ("... Huawei equipment Posted").
SCRAPE_SUFFIXES = ("posted", "updated", "video", "videos", "photos", "photo", "watch",
                   "read more", "continue reading", "advertisement", "comments")
_SUFFIX_RE = re.compile(r"(?:\s*(?:\b(?:%s)\b|\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…))+\s*$"
                        % "|".join(re.escape(s) for s in SCRAPE_SUFFIXES), re.I)
# What a scrape suffix can end with: a cheap test that spares most texts the
# full suffix search (which tries every position of the text).
_SUFFIX_END = re.compile(r"(?:\b(?:%s)|\]|\.\.\.|…)\Z"
                         % "|".join(re.escape(s) for s in SCRAPE_SUFFIXES), re.I)
# ... and a cheaper test still: the last character a scrape suffix can end with.
_SUFFIX_LAST = re.compile("[%s\\].\u2026]" % "".join(sorted({re.escape(s[-1])
                                                           for s in SCRAPE_SUFFIXES})), re.I)
#: ... and, for an ASCII text, the endings themselves: most sentences end in a
#: full stop, which passes the one-character test but ends a suffix only as "...".
_SUFFIX_ENDINGS = SCRAPE_SUFFIXES + ("]", "...")
# Written to start with the letter (the word boundary before it is checked by
# looking back) so that the regex engine skips to each "u" in C instead of trying
# a word boundary at every position: the same matches as
# ``\b(?:u\.\s?s\.\s?a\b\.?|u\.\s?s\.(?!\w)|usa\b|us\b)``, three times faster.
# (the abbreviations end in a full stop, so they cannot end in \b)
_US_VARIANTS = re.compile(r"u(?<!\wu)(?:\.\s?s\.\s?a\b\.?|\.\s?s\.(?!\w)|sa\b|s\b)", re.I)
_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]")
#: :func:`normalise`'s lower-casing and punctuation blanking for ASCII text, as one
#: ``str.translate`` table (built from ``_PUNCT`` itself, so the two always agree).
_ASCII_FOLD = str.maketrans({chr(c): " " if _PUNCT.match(chr(c)) else chr(c).lower()
                             for c in range(128)})


# The characters _QUOTE_FOLD replaces: a regex finds the few there are much faster
# than ``str.translate`` walks a non-ASCII text character by character.
_QUOTE_CHARS = re.compile("[%s]" % "".join(re.escape(chr(c)) for c in _QUOTE_FOLD))


def _fold_one(m: re.Match[str]) -> str:
    return _QUOTE_FOLD[ord(m.group())]


def fold_quotes(text: str) -> str:
    """Straighten curly quotes, dashes and non-breaking spaces."""
    return text if text.isascii() else _QUOTE_CHARS.sub(_fold_one, text)


def strip_scrape_suffix(text: str) -> str:
    """Drop trailing scraping words and ellipses ("Posted", "Video", "[...]")."""
    tail = text.rstrip()[-40:]
    if tail.isascii():      # (lower-casing an ASCII text keeps its length)
        if not tail.lower().endswith(_SUFFIX_ENDINGS):
            return text
    elif not _SUFFIX_LAST.match(tail[-1:]):
        return text
    if not _SUFFIX_END.search(tail):
        return text
    return _SUFFIX_RE.sub("", text)


def normalise(text: str, *, country_variants: bool = False) -> str:
    """The comparison form of a piece of text.

    Case, whitespace, quote style, punctuation and trailing scraping words are
    ignored; with ``country_variants`` "US", "U.S." and "USA" compare equal too.
    """
    # Most text is ASCII, which quote folding and NFKC leave as it is: skip them.
    if not text.isascii():
        text = fold_quotes(text)
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text)
    text = strip_scrape_suffix(text.strip())
    if country_variants:
        text = _US_VARIANTS.sub(" usa ", text)
    if text.isascii():   # one table lower-cases and blanks punctuation
        return " ".join(text.translate(_ASCII_FOLD).split())
    text = _PUNCT.sub(" ", text.lower())
    return _WS.sub(" ", text).strip()


def paragraph_norms(doc: Document) -> list[str]:
    """:func:`normalise` of every paragraph of ``doc`` ("US", "U.S." and "USA"
    compare equal), computed once per document.

    The duplicate, boilerplate and transplant checks all compare whole paragraphs.
    """
    return doc.memo("textutil.paragraph_norms",
                    lambda d: [normalise(p.text, country_variants=True) for p in d.paragraphs])


def paragraph_norm_tokens(doc: Document) -> list[list[str]]:
    """The words of each of :func:`paragraph_norms` (``.split()``), once per document."""
    return doc.memo("textutil.paragraph_norm_tokens",
                    lambda d: [n.split() for n in paragraph_norms(d)])


_WORD_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019-][a-z0-9]+)*")


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, digits, inner apostrophes and hyphens)."""
    return _WORD_TOKEN.findall(text.lower())


def hash64(text: str) -> int:
    """A 64-bit hash of ``text`` that is the same in every process and run
    (Python's ``hash`` of a string is salted per process), for corpus indexes."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(),
                          "little")


def sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` opens the text, a line or a sentence: nothing but spaces
    and opening quotes between it and a closing stop ("... today. Become a
    member" or '... said. "We'), which garble and furniture checks both ask."""
    head = text[max(0, at - 4):at].rstrip(" \t\u00a0\"\u201c'\u2018")
    return not head or head[-1] in ".!?\n"
