"""Encoding damage: mojibake, replacement characters, raw HTML entities.

ftfy knows the byte-level signatures of UTF-8 read as Latin-1 or Windows-1252
("â€™" for "'", "Ã©" for "é") and is the reference tool for them, but it
costs about a millisecond per article. Most articles are pure ASCII or carry
only curly quotes and dashes, so ftfy runs only on the lines that hold a
Latin-1 supplement character, the range every such mojibake passes through.

ftfy does not catch mojibake that was damaged again afterwards (for instance
"Ã¼" whose "¼" was later normalised to "1⁄4"), so one extra sign is checked:
a capital "Ã" or "Â" inside a word that also has lower-case letters. In real
text those capitals occur only in all-capitals words ("SÃO PAULO").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lint.document import Document
from lint.garble_common import Hit

_LATIN1 = re.compile("[\u0080-\u00ff]")
#: UTF-8 read as Latin-1 or Windows-1252: a lead byte (U+00C2-U+00F4) followed by
#: a continuation byte's Latin-1 or cp1252 look. ftfy judges each such line.
_SIGNATURE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
                        "\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e"
                        "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_BROKEN_WORD = re.compile(r"[^\s\"\u201c\u201d]*(?:[a-z][^\s]*[\u00c3\u00c2]|"
                          r"[\u00c3\u00c2][^\s]*[a-z])[^\s\"\u201c\u201d]*")
_REPLACEMENT = re.compile("\ufffd+")
_ENTITY = re.compile(r"&(?:amp|quot|apos|lt|gt|nbsp|rsquo|lsquo|rdquo|ldquo|mdash|ndash|"
                     r"hellip|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def mojibake(doc: Document) -> Iterator[Hit]:
    """Characters garbled by a wrong text encoding, one hit per damaged line."""
    text = doc.text
    for m in _ENTITY.finditer(text):
        yield Hit(m.start(), m.end(), f"HTML entity '{m.group(0)}' left in the text")
    if text.isascii():
        return
    if "\ufffd" in text:                  # (a str search is far faster than the regex)
        for m in _REPLACEMENT.finditer(text):
            yield Hit(m.start(), m.end(), "replacement character: the original letters "
                      "were lost in decoding")
    capitals = "\u00c3" in text or "\u00c2" in text
    if not capitals and not _SIGNATURE.search(text):
        return                            # accents, curly quotes and dashes only
    badness = None
    for line in doc.lines:
        if capitals and ("\u00c3" in line.text or "\u00c2" in line.text):
            word = _BROKEN_WORD.search(line.text)
            if word is not None:
                yield _word_hit(line.start + word.start(), word.group(0))
                continue
        if not _SIGNATURE.search(line.text):
            continue
        if badness is None:
            from ftfy import badness as _badness  # lazy: only for suspicious lines
            badness = _badness
        if badness.is_bad(line.text):
            yield from _ftfy_hit(line.start, line.text)


def _word_hit(offset: int, word: str) -> Hit:
    """A word with a stray capital Ã or Â, with ftfy's repair when it has one."""
    from ftfy import fix_text

    fixed = fix_text(word)
    if fixed != word:
        return Hit(offset, offset + len(word), f"mojibake: probably '{fixed}'", fix=fixed)
    return Hit(offset, offset + len(word), "a capital Ã or Â inside a lower-case "
               "word: UTF-8 read as Latin-1")


def _ftfy_hit(offset: int, line: str) -> Iterator[Hit]:
    """The first word of ``line`` that ftfy would change, with its repair."""
    from ftfy import fix_text

    for m in re.finditer(r"\S+", line):
        if _LATIN1.search(m.group(0)):
            fixed = fix_text(m.group(0))
            if fixed != m.group(0):
                yield Hit(offset + m.start(), offset + m.end(),
                          f"mojibake: probably '{fixed}'", fix=fixed)
                return
    yield Hit(offset, offset + len(line), "mojibake: characters garbled by a wrong "
              "text encoding")
