"""The ``boilerplate`` check type: page furniture told apart from article text.

Phrase lists catch the furniture they list and nothing else, and every site
words its furniture differently. This check scores each paragraph (one line of
a one-paragraph-per-line scrape) on *shape and place* as well as on wording,
and so generalises to sites it has never seen. Everything is one pass over the
paragraphs plus precompiled regexes: O(lines) per document, no imports beyond
the standard library. The wording cues (word lists and regexes) live in
:mod:`lint.checks.furniture_wording`; this module holds the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lint.checks import CheckType, Key
from lint.checks.furniture_wording import (
    ABBREV_END,
    ABOUT_COMPANY,
    ADDRESS,
    AGE_SUFFIX,
    APPEAL,
    APPEAL_LITERALS,
    ARROW_LINK,
    AUTHOR_IS,
    BY,
    CALL_TO_ACTION,
    CLICK_TO,
    CLOSERS,
    COMMENT_CTRL,
    COMMENT_NOTICE,
    COMMENT_NOTICE_LITERALS,
    COMMENT_POLICY,
    COMMENT_POLICY_LITERALS,
    COMMENT_RULES,
    COMMENT_VERB,
    CONSENT,
    CONSENT_LITERALS,
    CONTACT,
    CONTACT_WORDS,
    COPYRIGHT,
    COPYRIGHT_LITERALS,
    COVERAGE_LINK,
    CREDIT,
    CREDIT_LITERALS,
    CREDIT_PART,
    CREDIT_WORDS,
    CREDITS,
    CRUMB_CHARS,
    CRUMB_SPLIT,
    CTA_EXTRA,
    DATE,
    DATE_PART,
    EDGE_ONLY,
    END_MARK,
    EXPORT_FIELD,
    FEED_TRAILER,
    FOR_MORE,
    FORM_FIELD,
    FULL_STORY_AT,
    FULL_STORY_LEADS,
    HANDLE,
    HERE_END,
    HOUSE_NOTE,
    HOUSE_NOTE_LITERALS,
    IMPERATIVE,
    KEEPS_HEADLINE,
    KEYWORD_PROMPT,
    KEYWORD_PROMPT_LITERALS,
    LABEL_LINK,
    LEAD_PROMPT,
    LEAD_PROMPT_WORDS,
    LENGTH_NOTE,
    LINK_HERE,
    LINK_PREFIX,
    LINK_SUFFIX,
    LINK_VERBS,
    LIST_MARKER,
    LONG_NOTICES,
    MORE_FROM,
    NAME_GLUE,
    NOT_DECISIVE,
    NUMBERED_HEADLINES,
    OUR_CHANNEL,
    OUTLET,
    OUTLET_HEADER,
    OWN_PAGE,
    PAGE_CONTROL,
    PLATFORMS,
    PODCAST_PROMO,
    POSTED_BY,
    PROMO,
    PROMO_LITERALS,
    PROMPT,
    PROMPT_LITERALS,
    QUOTE_MARK,
    REASONS,
    RELATIVE_DATE,
    RELATIVE_LITERALS,
    RIGHTS,
    RIGHTS_LITERALS,
    ROLE_LABEL,
    SAY,
    SENTENCE_START,
    SEPARATOR,
    SHOW_TIME,
    SHOW_TIME_WORDS,
    SIGN_UP_VERBS,
    SOURCE_LABEL,
    SPONSOR_NOTE,
    STAFF,
    STAFF_CREDIT_PART,
    STAFF_CREDIT_WORDS,
    STAFF_LINE,
    STAFF_VERBS,
    STOP,
    STORY_CREDIT,
    STORY_WORDS,
    SYNDICATION,
    SYNDICATION_LITERALS,
    TAG_LINE,
    TAG_SPLIT,
    TEASER,
    THANKS,
    TIMEZONE,
    TWEET,
    WEB_ADDRESS,
    WEB_ANY,
    WEB_PAGE,
    WEB_PHRASE,
    WEB_POINTER,
    WEB_STRONG,
    WEB_UI,
    WEB_WEAK,
    WIDGET_LABEL,
    WORD,
    WORD_CHAR,
)
from lint.document import Document, Paragraph
from lint.finding import Match
from lint.literals import may_match, screen_text
from lint.textutil import paragraph_norm_tokens, paragraph_norms, sentence_start

#: Scores are sums of float weights: compare with the threshold up to rounding.
_EPS = 1e-9

#: Furniture kinds, in the order the rule files present them.
KINDS = ("dateline", "byline", "copyright", "comments", "link", "related", "nav")

#: Feature weights. A line is furniture when its summed score reaches the threshold
#: (1.0 by default). Cue weights come from the wording; the rest from structure.
DEFAULT_WEIGHTS: dict[str, float] = {
    # wording cues
    "cue": 1.2,            # a telling shape: READ MORE: link, (c) line, "Posted by", a date line
    "weak_cue": 0.6,       # suggestive wording that needs structural support
    "web_words": 0.55,     # a short line whose words are web-page words ("Printer friendly")
    "all_web_words": 0.35,  # ... and nothing else ("Share this article", "Most Read")
    # structure
    "fragment": 0.35,      # no sentence-ending punctuation
    "sentence": -0.85,     # ends like a sentence
    "edge": 0.4,           # before the first / after the last prose paragraph
    "mid_body": -0.2,      # between prose paragraphs (sub-headings live here)
    "run": 0.2,            # next to another non-prose line
    "between_flagged": 0.45,  # both neighbours are furniture
    "next_to_flagged": 0.3,   # a neighbour is furniture (a list under "Related Links")
    "no_overlap": 0.4,     # none of its content words occur in the article's prose
    "no_overlap_per_word": 0.15,  # ... more telling the more words it has (2 to 5)
    "low_overlap": 0.2,    # under a quarter of them do
    "high_overlap": -0.5,  # half or more do: it is about this article
    "novel_name": 0.2,     # a proper name the article never mentions
    "known_name": -0.2,    # a proper name the article does mention
    "title_case": 0.1,     # Most Words Capitalised
    "few_stopwords": 0.1,  # telegraphic: hardly any function words
    "many_stopwords": -0.25,  # reads like a sentence
    "list_marker": 0.3,    # starts with a bullet, >>, or "1."
    "separator": 0.45,     # "Section | Name", "a * b"
    "subheaded": -0.25,    # the article has sub-headings that share its words
}

def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _lowered(words: list[str]) -> list[str]:
    """``[w.lower().rstrip(".") for w in words]`` in three C calls, not a Python loop.

    Words hold no spaces and end in at most one full stop, so joining them,
    lower-casing once and dropping the ". " ends is the same thing.
    """
    return (" ".join(words) + " ").lower().replace(". ", " ").split()


# What each distinct (lower-cased) word is, worked out once per process, not once
# per occurrence: most words of an article have been seen in earlier articles.
_CONTENT_STEM: dict[str, str] = {}   # content word -> its stem
_TOPIC_STEM: dict[str, str] = {}     # content word that is not a web-page word -> stem
_SEEN: set[str] = set()              # every word classified so far
_SEEN_MAX = 500_000                  # forget them all past this (bounded memory)


def _learn(words: set[str]) -> None:
    """Classify the words not seen before into the tables above."""
    new = words - _SEEN
    if not new:
        return
    if len(_SEEN) > _SEEN_MAX:
        _SEEN.clear()
        _CONTENT_STEM.clear()
        _TOPIC_STEM.clear()
        new = words
    for lw in new:
        if lw in STOP or not any(c.isalpha() for c in lw):
            continue
        st = _CONTENT_STEM[lw] = _stem(lw)
        if lw not in WEB_STRONG and lw not in WEB_WEAK:
            _TOPIC_STEM[lw] = st
    _SEEN.update(new)


def _stem(word: str) -> str:
    w = word.lower().rstrip(".")
    for s in ("'s", "\u2019s"):
        if w.endswith(s):
            w = w[:-2]
    return w[:5]


def _ui_only(ln: _Line) -> bool:
    """A short fragment whose content words are all about the page itself
    ("Around the web", "Listen to this article", "Previous article Next article")."""
    if ln.n > 6 or ln.sentence:
        return False
    if WEB_ANY.isdisjoint(ln.distinct):
        return False
    content = [x for x in ln.lower if x not in STOP and any(c.isalpha() for c in x)]
    if not content:
        return False
    if all(x in WEB_STRONG or x in WEB_UI for x in content):
        return True
    # One web word framed by function words: a list header ("In other news").
    return len(content) == 1 and ln.n >= 3 and content[0] in WEB_WEAK


def _copyright(text: str) -> bool:
    """A copyright notice, not a sentence that starts with the word ("Copyright
    law has not kept pace"): after a leading "Copyright" comes a year, a symbol,
    a capital (the owner) or nothing."""
    m = COPYRIGHT.search(text)
    if m is None or _inside_quotes(text, m.start()):
        return False
    if m.group(0)[-1:].lower() != "t":      # a branch other than "^Copyright"
        return True
    rest = text[m.end():].lstrip(" \t:.,-")
    return not rest[:1].islower() or COPYRIGHT.search(text, m.end()) is not None


#: Words of reported speech that no comment-section notice uses ("Police said the
#: man posted a threat in the comments section"); unlike :data:`SAY`, "according"
#: is left out ("moderated according to our community rules").
REPORTED = frozenset({"said", "says", "told"})


def _outside_quotes(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` first matches ``text`` outside quotation marks."""
    m = pattern.search(text)
    return m is not None and not _inside_quotes(text, m.start())


def _comment_notice(text: str) -> bool:
    """A comment-section notice (:data:`COMMENT_NOTICE`) outside quotation marks."""
    return _outside_quotes(COMMENT_NOTICE, text)


def _inside_quotes(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation: a title or a slogan the story
    quotes ('an exhibition titled "All Rights Reserved"', '"Join the
    conversation," the posters urge'), not the page's own notice."""
    before = text[:at]
    if "\u201c" in before:
        return before.count("\u201c") > before.count("\u201d")
    return before.count('"') % 2 == 1


def _link_suffix(text: str) -> bool:
    """``LINK_SUFFIX.search(text)``, scanning only the end of the text when it can.

    A match ends the text and is at most 26 characters long, unless it is
    "more" followed by nothing but spaces and marks: so unless the last
    characters are all non-word ones, the match starts in the last 30.
    """
    pos = max(0, len(text) - 30)
    if LINK_SUFFIX.search(text, pos):
        return True
    return pos > 0 and not WORD_CHAR.search(text, pos + 4) and \
        LINK_SUFFIX.search(text) is not None


def _ends_sentence(text: str) -> bool:
    """True when the line closes like a sentence (not an abbreviation or ellipsis)."""
    t = text.rstrip()
    core = t.rstrip(CLOSERS)
    if core[-1:] not in (".", "!", "?", "\u2026") or core.endswith(("...", "\u2026")):
        return False
    # An abbreviation match ends the text and is at most 5 characters long (or ends
    # in two "X." pairs), so it starts in the last 10: no need to scan the rest.
    if not (t.endswith(".") and ABBREV_END.search(t, max(0, len(t) - 10))):
        return True
    # A long line in sentence case that ends on an abbreviation ("... a storage
    # unit in Elizabeth, N.J.") is a sentence: headlines are short or title case.
    words = t.split()
    return len(words) >= 12 and 2 * sum(w[0].islower() for w in words) >= len(words)


@dataclass
class Verdict:
    """What the classifier decided about one paragraph (``features`` explain the score)."""

    para: Paragraph
    kind: str = ""
    score: float = 0.0
    why: str = ""
    flagged: bool = False
    reasons: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class _Line:
    """Per-paragraph facts gathered in the first pass."""

    para: Paragraph
    words: list[str]
    content: list[str]          # stems of content words
    topic: list[str]            # ... less the web-page words ("share", "news")
    names: list[str]            # stems of capitalised content words after the first word
    n: int
    sentence: bool
    content_set: set[str]       # set(content); the only fact kept for long lines (see below)
    lower: list[str] = field(default_factory=list)   # the words, lower-cased
    distinct: set[str] = field(default_factory=set)  # set(lower)
    cue_kind: str = ""
    cue: float = 0.0
    cue_why: str = ""
    decisive: bool = False
    edge_only: bool = False     # the cue counts only before / after the article's body
    prose: bool = False
    dup: bool = False


class Classifier:
    """Scores every paragraph of a document; see :class:`Boilerplate` for the idea."""

    def __init__(self, *, threshold: float = 1.0, window: int = 12, max_words: int = 16,
                 weights: dict[str, float] | None = None, phrases: list[str] = (),
                 phrase_kind: str = "nav") -> None:
        self.threshold = threshold
        self.window = window
        self.max_words = max_words
        self.w = {**DEFAULT_WEIGHTS, **(weights or {})}
        self.phrases = None
        if phrases:
            from lint.patterns import compile_pattern

            self.phrases = compile_pattern("|".join(f"(?:{p})" for p in phrases), True)
        self.phrase_kind = phrase_kind
        # Lines longer than this never reach the structural features (max_words)
        # nor the spreading to neighbours (30 words): only their word sets count.
        self._detail_words = max(30, max_words)

    # -- first pass: per-line facts and wording cues -----------------------------
    def _facts(self, para: Paragraph) -> _Line:
        text = para.text
        words = _words(text)
        lowered = _lowered(words)
        distinct = set(lowered)
        _learn(distinct)
        if len(words) > self._detail_words:
            # A long line is judged on wording cues only; its words matter only as
            # part of the article's vocabulary, for which their set is enough.
            content, topic, names = [], [], []
            content_set = set(map(_CONTENT_STEM.get, distinct))
            content_set.discard(None)
        else:
            stem = _CONTENT_STEM.get
            content = [st for st in map(stem, lowered) if st is not None]
            topic = [st for st in map(_TOPIC_STEM.get, lowered) if st is not None]
            names = [stem(lw) for i, (w, lw) in enumerate(zip(words, lowered))
                     if w[0].isupper() and (i > 0 or (len(lw) > 1 and w.isupper()))
                     and lw in _CONTENT_STEM]
            content_set = set(content)
        ln = _Line(para, words, content, topic, names, len(words), _ends_sentence(text),
                   content_set, lowered, distinct)
        ln.cue_kind, ln.cue, ln.cue_why, ln.decisive = self._cue(text, ln)
        if ln.cue_kind == "link" and ln.sentence and text.rstrip(CLOSERS).endswith("?"):
            ln.sentence = False     # a teaser's question ("Explainer: What is ...?")
        if ln.cue_why in EDGE_ONLY:
            ln.edge_only = True
        return ln

    def _cue(self, text: str, ln: _Line) -> tuple[str, float, str, bool]:
        """The strongest wording cue of one line: (kind, weight, reason, decisive).

        A *decisive* cue is one no headline carries (a date line, "By Name", a
        copyright line, a comment header); only those may mark the first line.
        """
        n = ln.n
        strong, weak = self.w["cue"], self.w["weak_cue"]
        if self.phrases is not None:
            from lint.patterns import search

            if search(self.phrases, text):
                return self.phrase_kind, strong, "matches a listed phrase", True
        if ("pic.twitter" in text or "(@" in text) and TWEET.search(text):
            return "nav", strong, "embedded post", True
        if n <= 1 and END_MARK.match(text):
            return "nav", strong, "end mark", True
        if n == 0:
            return "nav", weak, "no words", False
        if n > 40:          # every cue below is for lines of 40 words or fewer
            return "", 0.0, "", False
        # The wording regexes that scan the whole line first pass a literal screen.
        folded = screen_text(text) if n <= 40 else None
        if n <= 30 and may_match(COPYRIGHT_LITERALS, folded) and _copyright(text):
            return "copyright", strong, "copyright notice", True
        if n <= 40 and may_match(RIGHTS_LITERALS, folded) and RIGHTS.search(text) and \
                SAY.isdisjoint(ln.distinct):
            return "copyright", strong, "rights notice", True
        if POSTED_BY.search(text) and n <= 20:
            return "comments", strong, "comment header", True
        if n <= 8 and COMMENT_CTRL.search(text):
            return "comments", strong, "comment-section control", True
        if n <= 60 and COMMENT_RULES.match(text) or n <= 40 and may_match(
                COMMENT_POLICY_LITERALS, folded) and _outside_quotes(COMMENT_POLICY, text):
            return "comments", strong, "comment policy", True
        if n <= 40 and may_match(COMMENT_NOTICE_LITERALS, folded) and \
                _comment_notice(text) and REPORTED.isdisjoint(ln.distinct) or \
                n <= 12 and not ln.sentence and COMMENT_VERB.search(text):
            return "comments", strong, "comment-section notice", True
        if n <= 10 and FORM_FIELD.search(text):
            return "nav", strong, "form field", True
        if n <= 30 and may_match(PROMO_LITERALS, folded) and PROMO.search(text):
            addressed = (not ADDRESS.isdisjoint(ln.distinct) or ln.lower[0] in SIGN_UP_VERBS) \
                and SAY.isdisjoint(ln.distinct) \
                and not QUOTE_MARK.search(text)
            if addressed:
                return "nav", strong, "sign-up promotion", True
            notice = self._reader_notice(text, ln, folded)
            return notice if notice is not None and notice[1] >= strong else \
                ("nav", weak, "sign-up promotion", False)
        m = LINK_PREFIX.search(text) if n <= 30 else None
        if m:
            return "link", strong, "link to another story", bool(m.group(1))
        if n <= 25 and ARROW_LINK.search(text) and not all(
                x in WEB_ANY or x in STOP or not x.isalpha() for x in ln.lower):
            return "link", strong, "link to another story", False   # (not "» Most Viewed")
        if n <= 20 and AGE_SUFFIX.search(text):
            return "related", strong, "list item with its age", False
        if "2" in text and NUMBERED_HEADLINES.match(text):
            return "related", strong, "numbered list of headlines", True
        notice = self._reader_notice(text, ln, folded)
        if notice is not None:
            return notice
        if self._date_line(text, n):
            return "dateline", strong, "date or time stamp", True
        by = self._byline(text, ln)
        if by:
            return "byline", strong, by, by not in NOT_DECISIVE
        if self._site_notice(text, ln):
            return "nav", strong, "site notice", True
        crumbs = self._crumbs(text, ln)
        if crumbs:
            return "nav", strong, crumbs, False
        if n <= 5 and SOURCE_LABEL.search(text):
            return "copyright", strong, "source credit", False
        if n <= 14 and "by" in ln.distinct and not CREDIT_WORDS.isdisjoint(ln.distinct) and \
                self._credits_only(text):
            return "copyright", strong, "photo credit", True
        if n <= 14 and may_match(CREDIT_LITERALS, folded) and CREDIT.search(text):
            return "copyright", weak, "photo credit", False
        if n <= 40 and _link_suffix(text):
            return "link", weak, "ends with a link", False
        return "", 0.0, "", False

    def _reader_notice(self, text: str, ln: _Line,
                       folded: str | None) -> tuple[str, float, str, bool] | None:
        """A line the page addresses to its reader: a page control or sponsor label,
        an appeal for money, a syndication note, the author's contact details, a
        call to action, a "More from ..." list header."""
        n = ln.n
        strong, weak = self.w["cue"], self.w["weak_cue"]
        if (n <= 6 or n <= 8 and not ln.sentence) and PAGE_CONTROL.search(text):
            return "nav", strong, "page control or sponsor label", True
        if n <= 45 and ln.lower[:2] == ["the", "post"] and FEED_TRAILER.match(text):
            return "copyright", strong, "syndication note", True
        if n <= 30 and SAY.isdisjoint(ln.distinct) and (
                "podcast" in ln.distinct and PODCAST_PROMO.search(text)
                or ln.lower[0] in SHOW_TIME_WORDS and SHOW_TIME.match(text)):
            return "nav", strong, "call to action", True
        if n <= 5 and ln.lower[0] in ("also", "more") and OUTLET_HEADER.match(text):
            return "nav", strong, "list header", True
        if n <= 30 and not QUOTE_MARK.search(text):
            if n <= 20 and (SPONSOR_NOTE.search(text) or THANKS.search(text)):
                return "nav", strong, "sponsor label or sign-off to the reader", True
            if (may_match(PROMPT_LITERALS, folded) and PROMPT.search(text)
                    or ln.lower[0] in LEAD_PROMPT_WORDS and LEAD_PROMPT.match(text) or may_match(
                    KEYWORD_PROMPT_LITERALS, folded) and KEYWORD_PROMPT.search(text)) and \
                    SAY.isdisjoint(ln.distinct):
                return "nav", strong, "prompt to the reader", True
            if n <= 15 and (ln.lower[0] in CALL_TO_ACTION or " now on " in text) and \
                    OUR_CHANNEL.search(text) and SAY.isdisjoint(ln.distinct):
                return "nav", strong, "call to action", True
            if n <= 20 and ln.lower[-1] in HERE_END and LINK_HERE.search(text) and \
                    SAY.isdisjoint(ln.distinct):
                return "link", strong, "link to another story", True
            appeal = APPEAL.search(text) if may_match(APPEAL_LITERALS, folded) else None
            if appeal and (n <= 8 or not ln.sentence or not ADDRESS.isdisjoint(ln.distinct)
                           or ln.lower[0] in CALL_TO_ACTION
                           or any(sentence_start(text, m.start()) for m in APPEAL.finditer(text))):
                return "nav", strong, "appeal to the reader", True
            if may_match(SYNDICATION_LITERALS, folded) and SYNDICATION.search(text):
                return "copyright", strong, "syndication note", True
            if n <= 20 and TEASER.search(text):
                return "link", strong, "link to another story", False   # an advert teaser
        if n <= 35 and not CONTACT_WORDS.isdisjoint(ln.distinct) \
                and CONTACT.search(text) and SAY.isdisjoint(ln.distinct):
            return "byline", strong, "author's contact line", True
        if n <= 8 and "coverage" in ln.distinct and COVERAGE_LINK.search(text):
            return "link", strong, "link to another story", False
        if n <= 20 and ln.lower[0] in FULL_STORY_LEADS and \
                FULL_STORY_AT.search(text) and \
                SAY.isdisjoint(ln.distinct):
            return "link", strong, "link to another story", True
        if n <= 40 and (ln.lower[0] in ("via", "read") or folded is None
                                                      or any(x in folded for x in WEB_ADDRESS)) \
                and WEB_POINTER.search(text) and SAY.isdisjoint(ln.distinct):
            return "link", strong, "link to another page", True
        if n <= 30 and WIDGET_LABEL.search(text):
            return "nav", strong, "page widget", True
        if ABOUT_COMPANY.search(text):
            return "nav", strong, "press-release blurb", True
        if n <= 30 and FOR_MORE.search(text):
            return "link", strong, "link to another story", OWN_PAGE.search(text) is not None
        if n <= 40 and EXPORT_FIELD.match(text):
            return "byline", strong, "news-database export field", True
        if n <= 8 and LENGTH_NOTE.search(text):
            return "byline", strong, "reading time", True
        if n <= 30 and STORY_CREDIT.search(text):
            return "byline", strong, "byline", True
        if n <= 60 and may_match(HOUSE_NOTE_LITERALS, folded) and HOUSE_NOTE.search(text):
            return "nav", strong, "editor's note or disclaimer", True
        if may_match(CONSENT_LITERALS, folded) and CONSENT.search(text):
            return "nav", strong, "site notice", True
        if n <= 5 and ln.lower[0] in LINK_VERBS and not WEB_UI.isdisjoint(ln.lower[1:]) \
                and text.rstrip().endswith("."):
            return "link", strong, "link to another story", True
        if 4 <= n <= 12 and ln.lower[1] == "to" and ln.lower[0] in ("click", "tap") and \
                ln.lower[2] in CLICK_TO:
            return "link", strong, "link to another story", True      # "Click to read the ruling."
        if n <= 12 and "link" in ln.distinct and LABEL_LINK.match(text):
            return "link", strong, "link to another story", False     # "Video link: ..."
        if n <= 14 and ln.lower[1:2] == ["here"] and ln.lower[0] in ("click", "tap"):
            if STORY_WORDS.isdisjoint(ln.distinct):
                return "nav", strong, "page control or sponsor label", True   # "Click here to enlarge"
            return "link", strong, "link to another story", True
        if n <= 8 and not ln.sentence and not text.rstrip().endswith(":"):
            first = ln.lower[0] if ln.lower else ""
            if first in LINK_VERBS and not WEB_UI.isdisjoint(ln.lower[1:]):
                return "link", strong, "link to another story", False
            if first in CALL_TO_ACTION and (
                    not WEB_ANY.isdisjoint(ln.lower[1:]) or not ADDRESS.isdisjoint(ln.distinct)
                    or not CTA_EXTRA.isdisjoint(ln.distinct)):
                return "nav", weak, "call to action", False
            if n <= 6 and MORE_FROM.search(text):
                return "nav", strong, "list header", False
        return None

    @staticmethod
    def _credits_only(text: str, part: re.Pattern[str] = CREDIT_PART) -> bool:
        """A line made only of credits, one to three "<what> by <Name>" sentences
        (``part`` says which: photo credits by default)."""
        parts = [p for p in re.split(r"(?<=\.)\s+|\s+[|\u2022\u00b7;]\s+", text.strip()) if p]
        return len(parts) <= 3 and all(part.fullmatch(p) for p in parts)

    @staticmethod
    def _date_line(text: str, n: int) -> bool:
        """A line that is little more than a date or a time stamp."""
        if n > 24:
            return False
        if not DATE.search(text):
            low = text.lower()
            if not any(x in low for x in RELATIVE_LITERALS) or not RELATIVE_DATE.search(text):
                return False
        rest = _words(TIMEZONE.sub(" ", DATE_PART.sub(" ", text)))
        residue = [r for r in rest if r.lower() not in STOP or r.lower() == "by"]
        if len(residue) > 3:
            return False
        # "On May 5 he won." is a sentence, not a stamp; "Updated by Jo Roe at 9 a.m."
        # is a stamp (what is left is "by" and a name).
        if not _ends_sentence(text):
            return True
        if len(residue) < 2:
            # "She called 911 at 2:14 a.m.": a subject and a verb are left, so a sentence
            return len(rest) < 2 or not any(r.islower() and r != "by" for r in rest)
        return residue[0].lower() == "by" and all(r[0].isupper() for r in residue[1:])

    @staticmethod
    def _byline(text: str, ln: _Line) -> str:
        """'byline' for "By Name", "Section | By Name", "Name | Outlet", "Name, Outlet"."""
        n = ln.n
        if n <= 40 and CREDITS.search(text):
            return "byline"
        if n <= 40 and AUTHOR_IS.search(text):
            return "staff line"
        if n <= 40 and ROLE_LABEL.match(text):
            return "byline"
        if n > 16:
            return ""
        if "by" in ln.distinct and not STAFF_CREDIT_WORDS.isdisjoint(ln.distinct) and \
                Classifier._credits_only(text, STAFF_CREDIT_PART):
            return "staff credits"          # "Produced by A and B. Hosted by C."
        staff = not STAFF_VERBS.isdisjoint(ln.distinct)
        if ln.sentence:
            return "staff line" if staff and STAFF_LINE.search(text) and \
                not re.search(r"[?!\"\u201c\u201d]", text) else ""
        m = BY.search(text)
        if m:
            rest = _words(HANDLE.sub("", text[m.end():]))    # "By Ben Shapiro @benshapiro"
            caps = [r for r in rest if r[0].isupper() or r[0].isdigit() or r[0] == "@"
                    or r.lower() in NAME_GLUE]
            if rest and len(caps) >= 0.8 * len(rest) and len(rest) <= 12:
                return "byline"
        if staff and not re.search(r"[?!\"\u201c\u201d]", text) and STAFF_LINE.search(text):
            return "staff credit line"      # no full stop: a credit, not a sentence
        if n > 12 or re.search(r"[:?!\"\u201c\u201d]", text):
            return ""
        alpha = [x for x in ln.words if x[0].isalpha()]
        if not alpha or any(x[0].islower() and x.lower() not in NAME_GLUE for x in alpha):
            return ""
        parts = [p for p in re.split(r"\s*(?:[|,\u2022\u00b7]|\s[-\u2013\u2014]\s)\s*",
                                     text.strip()) if p]
        if 2 <= len(parts) <= 4 and all(len(_words(p)) <= 6 for p in parts) and \
                sum(1 for p in parts if p.rstrip(".")[-1:].isdigit()) < 2:   # a score: "Kenya 2, Uganda 1"
            if any(x.lower().rstrip(".") in OUTLET for x in _words(parts[-1])):
                return "byline or source line"
            # "Name | Outlet", "Name, Outlet": Title-Case segments; at the page edge.
            if re.search(r"\s[|\u2022\u00b7]\s|,", text) and n <= 8 and \
                    len(_words(parts[-1])) <= 4 and len(_words(parts[0])) <= 4 and \
                    not re.search(r"[\u2018\u2019']\W|\W[\u2018\u2019']", text):
                if n <= 6 and all(len(_words(p)) <= 3 for p in parts):
                    return "byline or source label"   # too short for a headline
                return "source line"
        if len(parts) == 1 and n <= 4 and alpha[-1].lower() in STAFF:
            return "staff credit"
        return ""

    @staticmethod
    def _site_notice(text: str, ln: _Line) -> bool:
        """A notice of the site to its reader: cookies, JavaScript, paywall, app, sharing.

        It addresses the reader ("you", "we", "please", or an imperative first
        word), is mostly web-page words (one of them a telling one, or two page
        words), and is not reported speech (no quotation marks, no "said").
        """
        n = ln.n
        if n > 40 or n < 2 or re.search(r"[\"\u201c\u201d?]", text) or \
                text.rstrip().endswith(":"):
            return False        # reported speech, a question, a lead-in
        lower = ln.lower
        if WEB_PAGE.isdisjoint(ln.distinct):
            return False
        starts = [lower[0]] + [m.group(1).lower() for m in SENTENCE_START.finditer(text)]
        if not (any(x in IMPERATIVE for x in starts) or any(x in ADDRESS for x in lower)) \
                or any(x in SAY for x in lower):
            return False
        content = [x for x in lower if x not in STOP and x not in ADDRESS
                   and any(c.isalpha() for c in x)]
        if not content:
            return False
        strong = sum(1 for x in content if x in WEB_STRONG)
        ui = sum(1 for x in content if x in WEB_UI)
        web = strong + sum(1 for x in content if x in WEB_WEAK)
        platforms = sum(1 for x in content if x in PLATFORMS)
        if platforms >= 3 and not ln.sentence:
            return True
        if strong >= 1:
            return web >= 0.5 * len(content) or strong >= 2 and web >= 3
        # Page words alone: only a prompt (no full stop), never a sentence of prose.
        return ui >= 2 and web >= 0.5 * len(content) and not ln.sentence

    @staticmethod
    def _crumbs(text: str, ln: _Line) -> str:
        """A breadcrumb trail ("Home / World / Asia"), a tag list ("Topics: A | B | C"),
        a menu (five or more capitalised section names and page words, no separators)
        or a run of share buttons ("Share on Facebook Share on Twitter ...")."""
        n = ln.n
        if n > 25 or ln.sentence:
            return ""
        if n >= 5 and all(x[0].isupper() for x in ln.words) and all(x in WEB_ANY for x in ln.lower):
            return "menu"                   # "News Video Politics Entertainment Sports More"
        if not CRUMB_CHARS.search(text):
            return "share buttons" if Classifier._share_run(ln) else ""
        parts = CRUMB_SPLIT.split(text.strip())
        if n <= 16 and len(parts) >= 3 and all(1 <= len(_words(p)) <= 4 for p in parts):
            return "breadcrumb trail"
        m = TAG_LINE.match(text)
        if m:
            items = [x for x in TAG_SPLIT.split(m.group(2).strip()) if x]
            label = [x for x in _lowered(_words(m.group(1))) if x not in STOP]
            if len(items) >= 2 and all(len(_words(x)) <= 4 for x in items) and \
                    (any(x in WEB_STRONG or x in WEB_WEAK for x in label)
                     or re.search(r"\s[|\u2022\u00b7]\s", m.group(2))):
                return "tag list"
        return "share buttons" if Classifier._share_run(ln) else ""

    @staticmethod
    def _share_run(ln: _Line) -> bool:
        """Three or more platform names among little but page words."""
        if PLATFORMS.isdisjoint(ln.distinct):
            return False
        lower = ln.lower
        return sum(1 for x in lower if x in PLATFORMS) >= 3 and \
            sum(1 for x in lower if x in WEB_PAGE or x in STOP) >= 0.8 * ln.n

    # -- second pass: structure ----------------------------------------------------
    def classify(self, doc: Document) -> list[Verdict]:
        """A verdict for every paragraph of ``doc``, in order."""
        lines = [self._facts(p) for p in doc.paragraphs]
        if not lines:
            return []
        thr = self.threshold
        self._mark_repeats(lines, paragraph_norms(doc), paragraph_norm_tokens(doc))
        # Prose: the article's own paragraphs; their words are "the article".
        for ln in lines:
            ln.prose = ln.cue < thr and ((ln.n >= 12 and ln.sentence) or ln.n >= 20)
        # The article's vocabulary: in how many prose paragraphs each word occurs.
        # A word counts as the article's when it occurs in two of them (one, for
        # short articles), so that a stray teaser or inserted paragraph does not
        # make its words "the article's".
        vocab: Counter[str] = Counter()
        for ln in lines:
            if ln.prose:
                vocab.update(ln.content_set)
        n_prose = sum(1 for ln in lines if ln.prose)
        known = 2 if n_prose >= 8 else 1
        first, last = self._body_bounds(lines)
        for i, ln in enumerate(lines):
            # Cues that only the page edge makes telling ("Jane Doe, Harbour Post").
            if ln.edge_only and (first < 0 or first <= i <= last) \
                    or i == 0 and ln.cue_why in KEEPS_HEADLINE:
                ln.cue_kind, ln.cue, ln.cue_why, ln.decisive = "", 0.0, "", False
        headline = self._headline(lines, first)
        overlaps: list[float | None] = []
        novel: list[tuple[int, int]] = []
        for ln in lines:
            if ln.n > self._detail_words:     # never used for long lines
                overlaps.append(None)
                novel.append((0, 0))
                continue
            own = ln.content_set if ln.prose else set()
            count = vocab.get           # (Counter's [] calls __missing__ for new words)
            hits = sum(1 for c in ln.topic if count(c, 0) - (c in own) >= known)
            overlaps.append(hits / len(ln.topic) if ln.topic else None)
            new = sum(1 for c in set(ln.names) if count(c, 0) - (c in own) < known)
            novel.append((new, len(set(ln.names)) - new))
        subheaded = any(
            first < i < last and not ln.sentence and 2 <= ln.n <= 12 and not ln.cue
            and not ln.dup and len(ln.topic) >= 2 and len(ln.topic) == len(ln.content)
            and (overlaps[i] or 0) >= 0.5 and not ln.para.text.rstrip().endswith(":")
            for i, ln in enumerate(lines))
        out: list[Verdict] = []
        for i, ln in enumerate(lines):
            v = Verdict(ln.para, kind=ln.cue_kind)
            if ln.cue_why == "comment header" and (i < first or first < 0 and i < 3):
                v.kind, ln.cue_why = "byline", "byline"   # "Posted by X" above the story
            if ln.cue and (i != headline or ln.decisive):
                v.features["cue"] = ln.cue
                v.reasons.append(ln.cue_why)
                if ln.n > 25 and ln.sentence and ln.cue_why not in LONG_NOTICES:
                    v.features["sentence"] = self.w["sentence"]
            if first >= 0 and i != headline and (not ln.dup or _ui_only(ln)) \
                    and not ln.prose and ln.n <= self.max_words:
                feats, kind = self._structure(lines, i, ln, overlaps[i], novel[i], first,
                                              last, subheaded)
                for f, x in feats.items():
                    if x > 0 or not (ln.decisive and ln.cue >= thr):
                        v.features[f] = v.features.get(f, 0.0) + x
                v.kind = v.kind or kind
            v.score = sum(v.features.values())
            v.flagged = v.score >= thr - _EPS and i != headline
            out.append(v)
        self._spread(lines, out, overlaps, headline, first, last)
        for v in out:
            v.kind = v.kind or "related"
            v.reasons += [REASONS[f] for f in REASONS if v.features.get(f, 0.0) > 0]
            v.why = v.reasons[0] if v.reasons else ""
        return out

    def _spread(self, lines: list[_Line], out: list[Verdict],
                overlaps: list[float | None], headline: int, first: int, last: int) -> None:
        """Furniture comes in runs: lend weight to short lines next to flagged ones.

        A line between two furniture lines at the page edge, or a short line
        beside one anywhere (the items under a "Related Links" label), gains
        weight unless it is plainly about the article. Two rounds let a run of
        list items under one label all be reached.
        """
        if first < 0:
            return
        for _ in range(2):
            changed = False
            for i, v in enumerate(out):
                ln = lines[i]
                if v.flagged or i == headline or ln.dup or ln.n > 30:
                    continue
                ov = overlaps[i] or 0.0
                before = i > 0 and out[i - 1].flagged and not (
                    ln.sentence and lines[i - 1].cue >= self.threshold)
                after = i + 1 < len(out) and out[i + 1].flagged and not (
                    ln.sentence and lines[i + 1].cue >= self.threshold)
                if before and after and ov < 0.34 and not first <= i <= last \
                        and "between_flagged" not in v.features:
                    v.features["between_flagged"] = self.w["between_flagged"]
                elif (before or after) and not ln.prose and ov < 0.5 \
                        and ln.n <= self.max_words and "next_to_flagged" not in v.features:
                    v.features["next_to_flagged"] = self.w["next_to_flagged"]
                else:
                    continue
                v.score = sum(v.features.values())
                if v.score >= self.threshold - _EPS:
                    v.flagged = changed = True
                    v.kind = v.kind or out[i - 1 if before else i + 1].kind
            if not changed:
                break

    @staticmethod
    def _mark_repeats(lines: list[_Line], norms: list[str],
                      tokens: list[list[str]]) -> None:
        """Repeats (and truncated copies) are the duplicate rules' business."""
        seen: Counter[str] = Counter(x for x in norms if x)
        by_start: dict[tuple[str, ...], list[str]] = {}
        for x, toks in zip(norms, tokens):
            if len(toks) >= 8:
                by_start.setdefault(tuple(toks[:4]), []).append(x)
        for ln, nx, toks in zip(lines, norms, tokens):
            cut = nx.rsplit(" ", 1)[0]          # "<headline> Share": a headline plus a button
            if nx and (seen[nx] > 1 or cut != nx and seen[cut]):
                ln.dup = True
            elif len(toks) >= 4 and any(s.startswith(nx + " ")
                                        for s in by_start.get(tuple(toks[:4]), ())):
                ln.dup = True

    def _body_bounds(self, lines: list[_Line]) -> tuple[int, int]:
        """Indexes of the first and last prose paragraph of the article body.

        The body starts at the first prose paragraph followed by another (a lone
        teaser above the story does not start it) and ends likewise. (-1, -1)
        when there is no body to speak of or the file is hard-wrapped, which
        turns structural judgement off.
        """
        idx = [i for i, ln in enumerate(lines) if ln.prose]
        if len(idx) < 2 or self._hard_wrapped(lines):
            return -1, -1
        pairs = [a for a, b in zip(idx, idx[1:]) if b == a + 1]
        first = pairs[0] if pairs else idx[0]
        last = pairs[-1] + 1 if pairs else idx[-1]
        return first, last

    def _in_run(self, lines: list[_Line], i: int) -> bool:
        """True when the nearest paragraph on either side that no wording cue has
        already judged furniture is not prose either.

        Looking past cue-judged lines keeps an inserted date line or byline from
        making the article's own short last paragraph look like part of a list.
        """
        thr = self.threshold
        j = i - 1
        while j > 0 and lines[j].cue >= thr:
            j -= 1
        if j > 0 and not lines[j].prose:
            return True
        j = i + 1
        while j < len(lines) and lines[j].cue >= thr:
            j += 1
        return j < len(lines) and not lines[j].prose

    @staticmethod
    def _hard_wrapped(lines: list[_Line]) -> bool:
        """True for a hard-wrapped file: most longer lines stop mid-sentence."""
        long = [ln for ln in lines if ln.n >= 8]
        if len(long) < 6:
            return False
        return sum(1 for ln in long if not ln.sentence) > 0.6 * len(long)

    def _headline(self, lines: list[_Line], first: int) -> int:
        """Index of the headline, which is never flagged on structure.

        The first paragraph, unless a decisive cue marks it (a date line, a
        byline); then the first later line of three or more words above the
        body that no cue marks. -1 when the article opens with prose.
        """
        thr = self.threshold
        top = first if first > 0 else 1
        for i in range(0, min(top, len(lines))):
            ln = lines[i]
            if ln.prose:
                return -1
            if i == 0 and not (ln.cue >= thr and ln.decisive):
                return 0
            if ln.cue < thr and ln.n >= 3 and not ln.dup and not _ui_only(ln):
                return i
        return -1

    def _structure(self, lines: list[_Line], i: int, ln: _Line, overlap: float | None,
                   names: tuple[int, int], first: int, last: int,
                   subheaded: bool) -> tuple[dict[str, float], str]:
        """Structural features of one short line: ({feature: weight}, kind guess)."""
        w = self.w
        text = ln.para.text.strip()
        got: dict[str, float] = {}

        def add(name: str) -> None:
            got[name] = got.get(name, 0.0) + w[name]

        lower = [x.lower().rstrip(".:") for x in ln.words]
        content = [x for x in lower if x not in STOP and any(c.isalpha() for c in x)]
        strong = [x for x in content if x in WEB_STRONG]
        weak = [x for x in content if x in WEB_WEAK]
        all_web = bool(content) and len(strong) + len(weak) == len(content)
        kind = ""
        if (text.endswith(":") or text.startswith("#")) and not all_web:
            return {}, ""          # a lead-in ("He said:") or a Markdown heading
        # Words about the page itself and nothing else: a control or a list header.
        ui_only = all_web and _ui_only(ln)
        phrase = WEB_PHRASE.search(text) is not None
        # One page word in a sentence of other things is news about the web
        # ("Subscriptions to streaming services rose"), not a page's own words.
        incidental = ln.sentence and (not phrase and 3 * (len(strong) + len(weak)) < len(content)
                                      or QUOTE_MARK.search(text) is not None)
        if (strong or ui_only or phrase) and not incidental and \
                (ln.n <= 12 or all_web and strong):
            add("web_words")
            kind = "nav"
            if all_web and (ln.n <= 8 or strong):
                add("all_web_words")
        elif all_web and ln.n <= 4 and not ln.sentence:
            add("all_web_words")
            kind = "nav"
        add("sentence" if ln.sentence else "fragment")
        if i < first or i > last:
            if first - i <= self.window or i - last <= self.window:
                add("edge")
        else:
            add("mid_body")
            if subheaded:
                add("subheaded")
        if self._in_run(lines, i):
            add("run")
        if overlap is not None:
            if overlap == 0.0:
                add("no_overlap")
                got["no_overlap"] += w["no_overlap_per_word"] * (min(len(ln.topic), 5) - 2)
            elif overlap < 0.25:
                add("low_overlap")
            elif overlap >= 0.5 and ln.cue_why != "tag list":
                add("high_overlap")     # (a tag list names the article's own topics)
        caps = [x for x in ln.words if x[0].isalpha() and x.lower() not in STOP]
        title = len(caps) >= 2 and sum(1 for x in caps if x[0].isupper()) >= 0.8 * len(caps)
        if title:
            add("title_case")
        elif overlap is not None:
            # Capitals are names only where the line is not Title Cased throughout.
            if names[0]:
                add("novel_name")
            if names[1]:
                add("known_name")
        if (ln.n >= 6 or (ln.n >= 4 and not got.get("web_words"))) and not all_web:
            stops = sum(1 for x in lower if x in STOP) / ln.n
            if stops < 0.15:
                add("few_stopwords")
            elif stops > 0.45:
                add("many_stopwords")
        if LIST_MARKER.search(text) and not ln.sentence:
            # A bulleted list inside the body is content; a lone bullet is a link.
            in_list = any(0 <= j < len(lines) and LIST_MARKER.search(lines[j].para.text)
                          for j in (i - 1, i + 1))
            if i < first or i > last or not in_list:
                add("list_marker")
        if SEPARATOR.search(text):
            add("separator")
        return got, kind or ("related" if ln.n >= 3 else "nav")


# One classifier per configuration; its verdicts are kept per document (Document.memo)
# so that the boilerplate rules (one per kind) classify each article once, not once
# per rule.
_CLASSIFIERS: dict[tuple, Classifier] = {}


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


class Boilerplate(CheckType):
    """Flags page furniture a scraper kept: lines that belong to the web page, not the story.

    Every paragraph gets a score from two kinds of evidence and is flagged when
    the score reaches ``threshold``:

    * **wording cues**, written as general shapes rather than one site's
      phrases: a ``READ MORE:`` / ``Related:`` / ``Also Read:`` link prefix; a
      line that is little more than a date or time ("Published: Sun, November
      25, 2018", "Updated 9 June 2014, 4:30 PM"); a byline or a
      ``Section | By Name`` / ``Name | Outlet`` / ``Name, Outlet`` line, or a
      staff line without "By" ("Jane Doe is our courts reporter", "Jane Doe
      reports from Lagos"); a copyright line, rights notice ("may not be
      reproduced or redistributed") or photo credit; comment headers ("Posted
      by: Alex | <date>", "Report this comment") and comment-section notices;
      form fields ("Password:", "Email *"); site notices addressed to the
      reader in web-page words (cookies, JavaScript, paywalls, apps); breadcrumb
      trails ("Home / World / Asia"), tag lists ("Topics: A | B | C") and runs
      of share buttons; short lines of web-page words ("Printer friendly
      version", "Share this article", "Advertisement", "Listen to this
      article", a list header such as "In other news"); lines the page
      addresses to its reader: page controls and sponsor labels ("Story
      continues below advertisement", "Paid Post", "Presented by ..."), appeals
      for money or sign-up ("please consider making a contribution", "you have
      reached your limit"), consent notes ("By signing up, you agree ..."),
      syndication notes ("This article was originally published on ...",
      "Distributed by ..."), the author's contact line ("Reach him at ..."),
      reading-time notes ("4 min read"), calls to action that start with an
      imperative and name the page ("Keep reading", "Download our app"), and
      list headers ("More from our network", "You might also like");
    * **structure**: a short line with no closing full stop; standing before
      the article's first prose paragraph or after its last one (``window``
      caps how far those page edges reach); sharing few or none of its words
      with the article's prose (headlines of *other* stories share little with
      this one) or naming people and places the article never mentions; a run
      of several such lines; a list marker (``>>``, a bullet, ``1.``) or a
      separator (``|``, ``/``, ``>``, ``\u00bb``, a bullet); few stop words.
      The vocabulary is by category (page controls, sharing platforms,
      consent and access, media prompts, section names), never one site's
      strings. Cues that only the page edge makes telling (a ``Name, Outlet``
      shape with no outlet noun, a staff line that ends like a sentence)
      count only before the first / after the last prose paragraph.

    Never flagged on structure alone: the headline (the first line of three or
    more words that no cue marks and that is not all web-page words), lines
    repeating another line (the duplicate rules own those, unless the line is
    all web-page words), lines that end like sentences ("The White House did not
    respond to a request for comment."), lead-ins ending in ``:``, and
    sub-headings inside the article that share its words.

    Each flagged line gets a *kind*: ``dateline``, ``byline``, ``copyright``
    (with photo credits), ``comments``, ``link`` (a link to another story),
    ``related`` (other stories' headlines), ``nav`` (page controls, adverts,
    section names). ``kinds`` chooses which kinds a rule reports, so each kind
    can have its own rule, message and level while the article is classified
    once.

    Keys: ``kinds`` (default: all), ``threshold`` (score to flag, default 1.0;
    lower finds more and risks real text), ``window`` (paragraphs before the
    first / after the last prose paragraph that count as page edge, default
    12), ``max_words`` (longer lines are judged on wording cues only, default
    16), ``weights`` (override feature weights by name, e.g. ``{edge: 0.5}``;
    the names and defaults are DEFAULT_WEIGHTS in lint/checks/boilerplate.py),
    ``phrases`` (extra regexes, case-insensitive, that mark a line as the
    rule's first kind).

    The message's first ``%s`` is the line, the second the main reason. The
    fix deletes the line.

    Why it matters: furniture inflates word counts, pollutes summaries, search
    indexes and training text, and shows a reader that copy came off a web
    page unedited.
    """

    name = "boilerplate"
    keys = {
        "kinds": Key((list,), list(KINDS), "furniture kinds this rule reports: "
                     + ", ".join(KINDS)),
        "threshold": Key((float,), 1.0, "score at or above which a line is furniture"),
        "window": Key((int,), 12, "paragraphs before the first / after the last prose "
                      "paragraph that count as page edge"),
        "max_words": Key((int,), 16, "longer lines are judged on wording cues only"),
        "weights": Key((dict,), {}, "feature weight overrides: "
                       + ", ".join(sorted(DEFAULT_WEIGHTS))),
        "phrases": Key((list,), [], "extra regexes marking a line as the rule's first kind",
                       regex=True),
    }
    default_scope = "paragraph"

    def setup(self) -> None:
        o = self.options
        bad = [k for k in o["kinds"] if k not in KINDS]
        if bad or not o["kinds"]:
            raise ValueError(f"'kinds' must list some of: {', '.join(KINDS)}")
        unknown = [k for k in o["weights"] if k not in DEFAULT_WEIGHTS]
        if unknown:
            raise ValueError(f"unknown weight(s) {', '.join(map(str, unknown))}; known: "
                             + ", ".join(sorted(DEFAULT_WEIGHTS)))
        if any(not isinstance(v, (int, float)) or isinstance(v, bool)
               for v in o["weights"].values()):
            raise ValueError("'weights' values must be numbers")
        if o["window"] < 0 or o["max_words"] < 1:
            raise ValueError("'window' must be >= 0 and 'max_words' >= 1")
        self.kinds = frozenset(o["kinds"])
        phrase_kind = o["kinds"][0]
        self._key = (o["threshold"], o["window"], o["max_words"], _freeze(o["weights"]),
                     _freeze(o["phrases"]), phrase_kind if o["phrases"] else "")
        clf = _CLASSIFIERS.get(self._key)
        if clf is None:
            clf = _CLASSIFIERS[self._key] = Classifier(
                threshold=o["threshold"], window=o["window"], max_words=o["max_words"],
                weights=o["weights"], phrases=o["phrases"], phrase_kind=phrase_kind)
        self.classifier = clf
        self._memo_key = f"boilerplate.verdicts:{self._key!r}"

    def verdicts(self, doc: Document) -> list[Verdict]:
        """Every paragraph's verdict (cached per document and configuration)."""
        return doc.memo(self._memo_key, self.classifier.classify)

    def run(self, doc: Document) -> Iterator[Match]:
        for v in self.verdicts(doc):
            if v.flagged and v.kind in self.kinds:
                text = v.para.text
                preview = text if len(text) <= 70 else text[:67] + "..."
                yield Match(v.para.start, v.para.end, (preview, v.why), fix="")
