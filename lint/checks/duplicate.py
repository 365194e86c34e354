"""The ``duplicate`` check type: text printed twice within one article."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lint.checks import CheckType, Key
from lint.document import Document, Paragraph
from lint.finding import Match
from lint.textutil import normalise, paragraph_norm_tokens, paragraph_norms

_NEAR_MAX_PARAGRAPHS = 400   # all-pairs near-repeat comparison above this would be slow
# Ends like a finished sentence (full stop, not an ellipsis), closing marks allowed.
_COMPLETE = re.compile(r"(?<!\.\.)(?<!\. \.)[^.\s\u2026][.!?][\"'\u201d\u2019)\]]*\s*$")
_TRAILER = re.compile(r"[\"'\u201d\u2019)\]\s]*")
# A news dateline: place name in capitals, an optional (agency), then a dash or colon.
# A bracketed tag closing a line: "(more)", "[Video]", "(2 photos)".
_BRACKET_TAIL = re.compile(r"[(\[][^()\[\]\n]{1,24}[)\]]\s*$")
#: Most words a scrape tail may have: "Gallery", "- Live", "Continue reading".
_TAIL_WORDS = 2
_DATELINE = re.compile(r"^[A-Z][A-Z.'\u2019]+(?:[ ,-]+[A-Z][A-Z.'\u2019]+){0,4}"
                       r"(?:\s*\([^)\n]{1,40}\))?\s*[-\u2013\u2014:]+\s+")


def _complete(text: str) -> bool:
    """``_COMPLETE.search(text)``, looking only at the end of the text when it can.

    A match ends the text, so it starts in the last 20 characters unless all
    of those are closing marks and spaces.
    """
    pos = max(0, len(text) - 20)
    if _COMPLETE.search(text, pos):
        return True
    return pos > 0 and _TRAILER.fullmatch(text, pos + 1) is not None and \
        _COMPLETE.search(text) is not None


def _bracket_tails(paras: list[Paragraph]) -> dict[int, int]:
    """How many words a bracketed tag closing a paragraph has ("(more)": 1),
    for the paragraphs that end in one of at most two words."""
    out: dict[int, int] = {}
    for i, p in enumerate(paras):
        if p.text.rstrip()[-1:] not in ")]":
            continue
        m = _BRACKET_TAIL.search(p.text)
        k = len(normalise(m.group(0)).split()) if m else 0
        if 0 < k <= _TAIL_WORDS:
            out[i] = k
    return out


def _unique_tail(toks: list[list[str]], i: int, n: int) -> bool:
    """Whether the last ``n`` words of paragraph ``i`` occur nowhere else in the article."""
    tail = toks[i][-n:]
    if any(w in toks[i][:-n] for w in tail):
        return False
    return not any(w in t for x, t in enumerate(toks) if x != i for w in tail)


def _bodies(paras: list[Paragraph], norms: list[str]) -> list[str]:
    """Each paragraph's normal form without a leading dateline (most have none)."""
    out = []
    for p, n in zip(paras, norms):
        body = _DATELINE.sub("", p.text, count=1)
        out.append(n if body == p.text else normalise(body))
    return out


class Duplicate(CheckType):
    """Flags a headline, line or paragraph that the article repeats.

    Paragraphs are compared after normalising case, whitespace, quote style,
    punctuation and the words scrapers glue onto headlines ("Posted", "Video",
    "Updated", "[...]"). Three kinds of repeat are found:

    * an exact repeat: the later copies are flagged, never the first;
    * a repeat with a scraper's tail: a line equal to another plus at most two
      words found nowhere else in the article ("<headline> Gallery",
      "<headline> - Live") or a bracketed tag ("(more)"); the tailed line is
      flagged wherever it stands, since the tail is the scrape's trace (the
      headline itself is never flagged);
    * a near repeat (``near``): word-set similarity at or above the threshold,
      as when a spinner changed a word or two; again the later copy is flagged;
    * a truncated copy (``prefix``): a teaser or cut-off lead that is the start
      of a fuller paragraph elsewhere. The fragment is flagged wherever it
      stands, since the full paragraph is the article's own text. A teaser's
      closing marker ("(more)", "[...]", "...", "Continue reading") is ignored.

    ``target`` chooses which repeats a rule reports: ``headline`` (the repeated
    text is a headline candidate: short, near the top, no final full stop),
    ``body`` (anything else) or ``any``. ``min_words`` ignores very short lines
    ("Share", "Advertisement"), which are page furniture, not duplicates.

    The message's first ``%s`` says what is repeated ("Repeats line 3"), the
    second previews the flagged text.

    Why it matters: a repeated headline or paragraph is the commonest trace of
    a careless scrape, and it skews anything trained on or counted from the text.
    """

    name = "duplicate"
    keys = {"target": Key((str,), "any", "headline | body | any"),
            "min_words": Key((int,), 4, "ignore paragraphs shorter than this"),
            "near": Key((float,), 0.0, "word-set similarity for a near repeat (0: off)"),
            "prefix": Key((bool,), True, "flag truncated copies (teasers, cut-off leads)"),
            "prefix_min_words": Key((int,), 6, "shortest truncated copy to flag")}
    default_scope = "paragraph"

    def setup(self) -> None:
        if self.options["target"] not in ("headline", "body", "any"):
            raise ValueError("'target' must be headline, body or any")
        near = self.options["near"]
        if not 0.0 <= near <= 1.0:
            raise ValueError("'near' is a similarity between 0 and 1")

    def _wanted(self, original: Paragraph, doc: Document) -> bool:
        target = self.options["target"]
        if target == "any":
            return True
        is_headline = any(c.index == original.index for c in doc.headline_candidates)
        return is_headline == (target == "headline")

    def run(self, doc: Document) -> Iterator[Match]:
        o = self.options
        paras = doc.paragraphs
        norms = paragraph_norms(doc)
        toks = paragraph_norm_tokens(doc)
        flagged: set[int] = set()
        first_seen: dict[str, int] = {}
        for i, n in enumerate(norms):
            if len(toks[i]) < o["min_words"]:
                continue
            j = first_seen.setdefault(n, i)
            if j != i:
                flagged.add(i)
                if self._wanted(paras[j], doc):
                    yield self._match(doc, paras[i], paras[j], "Repeats")
        tails = doc.memo("duplicate.bracket_tails", lambda d: _bracket_tails(paras))
        yield from self._tailed(doc, paras, norms, toks, tails, first_seen, flagged)
        if o["prefix"]:
            yield from self._prefixes(doc, paras, norms, toks, flagged, tails)
        if o["near"] and len(paras) <= _NEAR_MAX_PARAGRAPHS:
            yield from self._near(doc, paras, toks, flagged)

    def _tailed(self, doc, paras, norms, toks, tails, first_seen, flagged) -> Iterator[Match]:
        """A line that is another plus a scraper's tail: "<headline> Gallery",
        "<headline> - Live", "<headline> (more)".

        The tail is at most two words found nowhere else in the article, or a
        bracketed tag. The tailed line is the copy wherever it stands (the tail
        is the scrape's trace), except the headline itself, never the copy.
        """
        shortest = self.options["min_words"]
        headline = doc.headline.index if doc.headline is not None else -1
        for i, t in enumerate(toks):
            if len(t) <= shortest or i in flagged or i == headline:
                continue
            bracket = tails.get(i, 0)
            for n in ((bracket,) if bracket else range(1, _TAIL_WORDS + 1)):
                if len(t) - n < shortest:
                    break
                j = first_seen.get(norms[i].rsplit(" ", n)[0])
                if j is not None and j != i and (bracket or _unique_tail(toks, i, n)):
                    flagged.add(i)
                    if self._wanted(paras[j], doc):
                        yield self._match(doc, paras[i], paras[j], "Repeats")
                    break

    def _prefixes(self, doc, paras, norms, toks, flagged, tails) -> Iterator[Match]:
        """Fragments that are the start of a longer paragraph elsewhere."""
        k = self.options["prefix_min_words"]
        # A lede may open with a dateline ("HARBOURTON (Wire) - ...") that its teaser
        # lacks: such a paragraph is also indexed by the words after the dateline.
        bodies = doc.memo("duplicate.bodies", lambda d: _bodies(paras, norms))
        by_start: dict[tuple[str, ...], list[int]] = {}
        for i, t in enumerate(toks):
            if len(t) >= k:
                by_start.setdefault(tuple(t[:k]), []).append(i)
            if bodies[i] != norms[i] and len(bodies[i].split()) >= k:
                by_start.setdefault(tuple(bodies[i].split()[:k]), []).append(i)
        # The headline is never the copy: a lede that restates it and goes on is normal.
        headline = doc.headline.index if doc.headline is not None else -1
        for i, t in enumerate(toks):
            if i in flagged or len(t) < k or i == headline:
                continue
            if _complete(paras[i].text):
                continue      # a whole sentence (a pull quote, a summary) is not cut off
            # a teaser may end in a marker ("(more)") or a word of the scraper's
            n = tails.get(i, 0)
            frag = " ".join(t[:-n]) if n and len(t) - n >= k else norms[i]
            for j in by_start.get(tuple(t[:k]), ()):
                if j != i and len(toks[j]) > len(t) - n and (
                        norms[j].startswith(frag) or bodies[j].startswith(frag + " ")):
                    flagged.add(i)
                    # one rule per copy: the fuller text decides headline or body
                    if self._wanted(paras[j], doc):
                        yield self._match(doc, paras[i], paras[j], "Truncated copy of")
                    break

    def _near(self, doc, paras, toks, flagged) -> Iterator[Match]:
        """Later paragraphs whose word sets nearly equal an earlier one's."""
        threshold = self.options["near"]
        shortest = max(self.options["min_words"], 6)
        # Only paragraphs of six words or more are compared (as either side).
        long = [j for j, t in enumerate(toks) if len(t) >= 6]
        sets = {j: set(toks[j]) for j in long}
        for i in long:
            if i in flagged or len(toks[i]) < shortest:
                continue
            a = sets[i]
            for j in long:
                if j >= i:
                    break
                b = sets[j]
                if min(len(a), len(b)) / max(len(a), len(b)) < threshold:
                    continue
                common = len(a & b)
                if common / (len(a) + len(b) - common) >= threshold:   # Jaccard
                    flagged.add(i)
                    if self._wanted(paras[j], doc):
                        yield self._match(doc, paras[i], paras[j], "Nearly repeats")
                    break

    def _match(self, doc: Document, para: Paragraph, original: Paragraph, verb: str) -> Match:
        line = doc.position(original.start)[0]
        what = "the headline" if doc.headline and original.index == doc.headline.index \
            else f"line {line}"
        preview = para.text if len(para.text) <= 60 else para.text[:57] + "..."
        return Match(para.start, para.end, (f"{verb} {what}", preview), fix="",
                     related=[{"line": line, "message": "first occurrence"}])
