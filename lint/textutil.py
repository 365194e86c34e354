"""Small text helpers shared by the document model and the check types.

They live in one place so that "the same text" means the same thing everywhere:
the duplicate check, the copy check and the baseline fingerprints all compare
text through :func:`normalise`.
"""

from __future__ import annotations

import re
import unicodedata

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
# (the abbreviations end in a full stop, so they cannot end in \b)
_US_VARIANTS = re.compile(r"\b(?:u\.\s?s\.\s?a\b\.?|u\.\s?s\.(?!\w)|usa\b|us\b)", re.I)
_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]")


def fold_quotes(text: str) -> str:
    """Straighten curly quotes, dashes and non-breaking spaces."""
    return text.translate(_QUOTE_FOLD)


def strip_scrape_suffix(text: str) -> str:
    """Drop trailing scraping words and ellipses ("Posted", "Video", "[...]")."""
    if not _SUFFIX_END.search(text.rstrip()[-40:]):
        return text
    return _SUFFIX_RE.sub("", text)


def normalise(text: str, *, country_variants: bool = False) -> str:
    """The comparison form of a piece of text.

    Case, whitespace, quote style, punctuation and trailing scraping words are
    ignored; with ``country_variants`` "US", "U.S." and "USA" compare equal too.
    """
    text = unicodedata.normalize("NFKC", fold_quotes(text)).strip()
    text = strip_scrape_suffix(text)
    if country_variants:
        text = _US_VARIANTS.sub(" usa ", text)
    text = _PUNCT.sub(" ", text.lower())
    return _WS.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, digits, inner apostrophes and hyphens)."""
    return re.findall(r"[a-z0-9]+(?:['\u2019-][a-z0-9]+)*", text.lower())
