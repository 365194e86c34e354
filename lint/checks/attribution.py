"""The ``attribution`` check type: quoted words with nobody saying them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

from lint.checks import CheckType, Key
from lint.document import Document, Paragraph, Quote
from lint.finding import Match
from lint.textutil import normalise

# -- what counts as naming a speaker ----------------------------------------
# Verb forms are chosen to be unambiguous as speech: "states", "claims" and
# "notes" are also nouns ("the United States"), so only their past tenses count.
_SPEECH_VERBS = r"""
say says said saying told tell tells telling wrote writes write
argue argues argued add adds added ask asks asked tweet tweeted tweets posted
explain explains explained noted stated declare declares declared insist insists insisted
claimed continued recall recalls recalled remarked reply replies replied
responded answer answers answered warn warns warned announce announces
announced acknowledge acknowledges acknowledged admit admits admitted observed quipped
joked laughed shouted yelled exclaimed cried whispered muttered complain complains complained
concede concedes conceded countered suggest suggests suggested predict predicts predicted
promised vowed urged pleaded boasted bragged stressed emphasized emphasised
emphasizes emphasises commented testified concluded recounted mused reasoned cautioned
confirmed denied contend contends contended maintained alleged alleges
asserted asserts affirmed reiterated reiterates wondered described describes reported
reads texted emailed messaged chanted sang sighed thundered proclaimed lamented
marveled marvelled reflected speculated agreed disagreed objected protested demanded
screamed interjected retorted opined theorized theorised surmised assured charged pressed
elaborated mentioned related scoffed snapped teased
spokesman spokeswoman spokesperson spokespeople
""".split()
# The sentence before a quote introduces its speaker only with plain speech
# verbs: "Smith said." / "Smith told reporters." A verb of arguing or
# alleging there ("the suit alleges that ...") reports, it does not introduce.
_INTRO_VERBS = r"""
say says said told tells wrote writes asked asks added adds explained explains
insisted insists declared tweeted posted stated recalled recalls replied
responded answered warned announced acknowledged admitted conceded complained
noted argued argues mentioned elaborated
spokesman spokeswoman spokesperson
""".split()
_MEDIA = (r"(?:statement|interview|tweet|post|letter|e-?mail|memo|speech|video|message|"
          r"release|note|op-ed|column|essay|blog|podcast|broadcast|address|remarks|"
          r"testimony)")
_SPEECH_PHRASES = [
    r"according to", r"put it", r"quoted", r"quoting", r"as saying",
    r"in (?:a|an|his|her|their|its|the) (?:\w+ )?" + _MEDIA,
    r"(?:'s|\u2019s|\bhis|\bher|\btheir) (?:view|words|take|verdict|argument|reply)\b",
    r"\bsum(?:s|med|ming) (?:it |things |\w+ )?up\b",        # "That was how Dr. Rao summed up his work."
]
_PHRASES = re.compile("|".join(_SPEECH_PHRASES), re.I)
#: Every speech phrase contains one of these (lower-case) strings: a text whose
#: lower-case form has none of them cannot match :data:`_PHRASES` (unless it has
#: one of the :data:`_CASE_TRAPS`), and this case-sensitive alternation of plain
#: strings is much cheaper than the case-insensitive one.
_PHRASE_SCREEN = re.compile("|".join(map(re.escape, (
    "accord", "put it", "quot", "as saying", "sum", "view", "words", "take", "verdict",
    "argument", "reply", "statement", "interview", "tweet", "post", "letter", "mail",
    "memo", "speech", "video", "message", "release", "note", "op-ed", "column", "essay",
    "blog", "podcast", "broadcast", "address", "remarks", "testimony"))))
#: The only non-ASCII characters that match an ASCII letter case-insensitively.
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")
_LOWER_WORD = re.compile(r"[a-z]+")


class _Cues:
    """Finds speech cues: one of ``verbs`` as a word, or a speech phrase.

    A set lookup per word is several times faster than one big alternation.
    """

    def __init__(self, verbs: list[str]) -> None:
        self.verbs = frozenset(verbs)

    def search(self, text: str) -> bool:
        low = text.lower()
        if not self.verbs.isdisjoint(_LOWER_WORD.findall(low)):
            return True
        if not _PHRASE_SCREEN.search(low) and (
                text.isascii() or not any(c in text for c in _CASE_TRAPS)):
            return False
        return _PHRASES.search(text) is not None


_CUE = _Cues(_SPEECH_VERBS)
_INTRO = _Cues(_INTRO_VERBS)

# -- does a sentence hand on its speaker to the quote after it? ------------------
# "Smith said." / "..., she said on Monday." / "said Smith, the mayor." do: the
# sentence ends on its speech tag. "Smith said that the plan failed." does not:
# the speech verb already has its complement, so the sentence is complete
# reported speech and a quote after it needs a speaker of its own.
_INTRO_SET = frozenset(_INTRO_VERBS)
# Nouns that name a speaker without a verb ("..., a spokesman for the firm").
_SPEAKER_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
# Verbs whose object is the person addressed ("told reporters", "asked the mayor").
_ADDRESS_VERBS = frozenset("told tells asked asks".split())
# A closed class: words that show a clause (a complement) follows the speech verb.
_CLAUSE_WORDS = frozenset("""that is was were are am be been being has have had will would
shall should can could may might must do does did not isn't wasn't weren't aren't hasn't
haven't hadn't won't wouldn't can't couldn't shouldn't don't doesn't didn't there it if
whether because""".split())
# What may follow a speech verb without being its complement: a place, time or
# manner ("said on Monday", "said in a statement", "said Thursday", "said later").
_TAG_TAIL_LEAD = frozenset("""on in at to during after before from via through with by
when while last this earlier later recently yesterday today tonight afterward afterwards
again also too then repeatedly publicly privately monday tuesday wednesday thursday friday
saturday sunday""".split())
# How a clause after the speech tag may start and still be about the speaker:
# an apposition or relative clause ("said Jane Smith, a nurse who ...").
_APPOSITION_LEAD = frozenset("a an the who whose whom which one his her their its".split())
_CLAUSE_SPLIT = re.compile(r"[,;\u2014\u2013(]|\s-\s")
_WORD_LOW = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)*")


def _bare_tag(clause: str, initial: bool) -> bool:
    """Whether ``clause`` holds a speech cue with no complement after it.

    ``initial``: the clause starts the sentence ("Smith said on Monday."),
    rather than trailing what was said ("..., she said.").
    """
    words = _WORD_LOW.findall(clause.lower())
    k = max((n for n, w in enumerate(words) if w in _INTRO_SET), default=-1)
    if k < 0:   # a speech phrase: "according to ...", "as she put it", "in a statement"
        return not initial and not _CLAUSE_WORDS.intersection(words)
    after = words[k + 1:]
    if not after:
        return True
    if "that" in after or _CLAUSE_WORDS.intersection(after):
        return False
    verb = words[k]
    if verb in _SPEAKER_NOUNS:
        return True                   # "..., a spokesman for the county"
    if k == 0 and not initial:
        return len(after) <= 4        # inverted: "..., said the county's mayor"
    if verb in _ADDRESS_VERBS and len(after) <= 8:
        return True                   # "he told reporters at the hall", "asked her why"
    return after[0] in _TAG_TAIL_LEAD and len(after) <= 8


_SELF = frozenset("he she they his her their him them himself herself themselves".split())
_FIRST_PERSON_WORDS = frozenset("i i'm i've i'd i'll me my mine myself we we're we've we'll "
                                "we'd us our ours ourselves".split())


def _speaks_of_self(text: str) -> bool:
    """Whether the reported speech of (masked) ``text`` is about its speaker:
    "she said she had ...", "Smith recalled how on his first trip ...".

    A first-person quote after such a sentence is the speaker going on in
    their own voice, the way reporters move from paraphrase to quotation.
    """
    words = _WORD_LOW.findall(text.lower())
    k = max((n for n, w in enumerate(words) if w in _INTRO_SET), default=-1)
    return k >= 0 and not _SELF.isdisjoint(words[k + 1:k + 5])


def _first_person_quote(q: Quote) -> bool:
    return not _FIRST_PERSON_WORDS.isdisjoint(
        w.replace("\u2019", "'") for w in _WORD_LOW.findall(q.inner.lower()))


def _introduces(text: str) -> bool:
    """Whether the (masked) sentence ``text`` introduces the quote after it.

    It does when it ends in a colon or a question, when it is a short
    attribution sentence ("Smith continued."), or when it ends on a bare speech
    tag, perhaps followed by an apposition for the speaker. A sentence that is
    already complete reported speech ("Smith said that ...", "he added the
    plan ...") does not: the speaker's words were reported, not introduced.
    """
    text = text.rstrip()
    if text[-1:] in ":?":
        return True
    if not _CUE.search(text):
        return False
    if len(_WORD.findall(text)) <= 6:
        return True                   # "Smith continued." / "He told reporters."
    clauses = _CLAUSE_SPLIT.split(text)
    for n in range(len(clauses) - 1, -1, -1):
        if _INTRO.search(clauses[n]):
            break
        first = _WORD_LOW.match(clauses[n].strip(" \t\"'\u201c\u201d\u2018\u2019").lower())
        if first and first.group(0) not in _APPOSITION_LEAD:
            return False              # goes on about something else after the tag
    else:
        return False
    return _bare_tag(clauses[n], initial=not _WORD.search("".join(clauses[:n])))

# -- first person outside quotes ----------------------------------------------
# Any first-person word: counted to tell a first-person article (column, essay)
# from a third-person one. Capitalised forms count only where a sentence or
# clause starts, so that "Our Principles PAC" or "My Little Pony" do not.
# "us" is left out: scraped copy writes the country as "us" too.
_FIRST_PERSON = re.compile(                # (the look-ahead lets the engine skip ahead)
    r"(?=[wWoOmMI])\b(?:we|we(?:'|\u2019)(?:re|ve|ll|d)|ours?|ourselves|my|myself|me"
    r"|I(?:'|\u2019)(?:m|ve|ll|d)|I(?= [a-z])|(?:We|Our|My)(?!\s+[A-Z]))\b")
# A first-person subject of a main clause: "we remind them", "I think".
_SUBJECT = re.compile(r"\b(?:I|[Ww]e)(?:(?:'|\u2019)(?:m|re|ve|ll|d))?(?= [a-z]|(?:'|\u2019))")
# Words that may stand between a clause boundary and a main-clause subject.
_CLAUSE_LEAD = frozenset("""and but so now then today here also still yet instead together
again meanwhile too first finally therefore thus nonetheless nevertheless tonight""".split())
# What the writer's generic "we" does (knows, learns, remembers, sees), and the
# newsroom's own "we" (reported, noted): the writer's voice, not a lifted quote.
_WRITER_WE = re.compile(
    r"^(?:(?:'|\u2019)ve |have |had |all |now |just |both )*(?:just )?(?:know|knew|learn|learned|"
    r"learnt|remember|remembered|see|saw|seen|hear|heard|experienced|witnessed|reported|noted|"
    r"wrote|mentioned|explained|told you|can see|can only|may never|will never know|"
    r"find|found)\b")
_ORDINAL_I = re.compile(r"\b(?:War|Phase|Title|Class|Type|Part|Chapter|Section|Stage|Grade|"
                        r"Division|Level|Category|Act|Article|Round|Volume|Book|Season|"
                        r"Episode|Tier|Henry|Elizabeth|Charles|George|James|William|Edward|"
                        r"Louis|Richard|John|Pope|Pius|Leo) $")
_SINGLE_QUOTED = re.compile("\u2018[^\u2018\u2019\n]*?\u2019(?![a-z])")
_PRONOUN_START = re.compile(r"\W{0,2}(?:He|She|They)\b")
# A double quote mark, or a British single one opening a quotation that runs on
# past the sentence ("\u2018I would like to hear from anyone ..." with its closing
# mark in a later paragraph): either way the first person is someone's speech.
_QUOTE_MARK = re.compile("[\"\u201c\u201d]|''|(?<![\\w\u2019'])\u2018(?=[A-Z])")
_AFTER_STOP = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]?\s+$")
_SPEAKER_LABEL = re.compile(r"\W{0,3}(?:[A-Z][\w.'\u2019-]*)(?: [A-Z][\w.'\u2019-]*){0,3}:\s")
_INNER_TAG = re.compile(r"[,?!]\s+(?:(?:[A-Z][\w.'\u2019-]*|the|a|an|his|her) ){0,4}"
                        r"(?:said|says|told|added|asked|wrote|explained)\b")
_MEDIA_WORD = re.compile(r"\b(?:statement|interview|tweet|remarks|testimony|op-ed|editorial|"
                         r"speech|press release|press conference|news conference)s?\b", re.I)
_CONNECTIVES = frozenset("and but so still yet then or again also even now".split())
_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019-][A-Za-z0-9]+)*")


class _Unit(NamedTuple):
    """A sentence of a paragraph, never split inside a quotation."""

    start: int
    end: int


def _blank(text: str) -> str:
    """``text`` with every character but line breaks turned into a space."""
    if "\n" not in text:
        return " " * len(text)
    return "\n".join(" " * len(part) for part in text.split("\n"))


def _clause_start(text: str, offset: int) -> bool:
    """Whether only punctuation and spaces stand between a clause start and ``offset``."""
    k = offset - 1
    while k >= 0 and text[k] in " \t\"'\u201c\u2018":
        k -= 1
    return k < 0 or text[k] in ".!?:;,\u2014(\n"


def _is_heading(text: str) -> bool:
    """A short line without sentence punctuation: a heading, label or link."""
    t = text.rstrip().rstrip("\"'\u201d\u2019)")
    return len(text.split()) <= 15 and t[-1:] not in (".", "!", "?", ":", ";", ",")


class _Shared:
    """What both attribution targets derive from a document, computed once per
    document (``Document.memo``): the masked text, the quotes of each paragraph
    and, as asked for, each paragraph's units."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.masked = Attribution._masked(doc)
        self.by_para: dict[int, list[Quote]] = {}
        for q in doc.quotes:
            for i in q.paragraphs:
                self.by_para.setdefault(i, []).append(q)
        self._units: dict[int, list[_Unit]] = {}

    def units(self, i: int) -> list[_Unit]:
        """The units of paragraph ``i`` (see :meth:`Attribution._units`)."""
        try:
            return self._units[i]
        except KeyError:
            u = self._units[i] = Attribution._units(self.doc, self.doc.paragraphs[i],
                                                    self.by_para.get(i, []))
            return u


def _shared(doc: Document) -> _Shared:
    return doc.memo("attribution.shared", _Shared)


class _Context:
    """Per-document state of the quote judgement: units, masked text, verdicts."""

    def __init__(self, doc: Document, shared: _Shared) -> None:
        self.doc, self.masked, self.by_para = doc, shared.masked, shared.by_para
        self.head = doc.headline.index if doc.headline is not None else -1
        self.attributed: set[int] = set()      # start offsets of attributed quotes
        self.flagged: set[int] = set()         # start offsets of quotes found unattributed
        self._narrative: str | None = None
        self.units = shared.units
        self._around: dict[int, tuple[str, str]] = {}
        self._unit_starts: dict[int, list[int]] = {}

    def unit_index(self, i: int, offset: int) -> int:
        """Index of the unit of paragraph ``i`` containing ``offset`` (else the last)."""
        units = self.units(i)
        starts = self._unit_starts.get(i)
        if starts is None:
            starts = self._unit_starts[i] = [u.start for u in units]
        k = bisect.bisect_right(starts, offset) - 1
        if k >= 0 and offset < units[k].end:
            return k
        return len(units) - 1

    def narrative(self) -> str:
        """The normal form of the text outside quotation marks (built on first use)."""
        if self._narrative is None:
            self._narrative = " " + normalise(self.masked) + " "
        return self._narrative

    def around(self, q: Quote) -> tuple[str, str]:
        """The masked text of the quote's own sentence before and after it."""
        try:
            return self._around[q.start]
        except KeyError:
            pass
        first, last = q.paragraphs[0], q.paragraphs[-1]
        u0 = self.units(first)[self.unit_index(first, q.start)]
        u1 = self.units(last)[self.unit_index(last, max(q.start, q.end - 1))]
        out = self._around[q.start] = (self.masked[u0.start:q.start],
                                       self.masked[q.end:u1.end])
        return out


class Attribution(CheckType):
    """Flags quoted words that no one is said to have spoken.

    ``target: quote`` (the default) flags a direct quotation (straight, curly or
    NYT-style doubled single quotes, running over paragraphs or not) whose
    speaker the reader cannot find. A quote counts as attributed when

    * its own sentence has a speech cue, before or after it: a speech verb
      ("said", "told", "wrote", "tweeted", "added", "asked", ...), "according
      to", "in a statement", "a spokesman";
    * a colon introduces it ("The minister was blunt: ...");
    * it sits inside a longer sentence (a partial quote such as a phrase the
      sentence's subject used); only a quote that stands as a sentence of its
      own is judged;
    * the sentence before it introduces it: it ends in a colon or a question,
      ends on a bare speech tag ("..., Smith said on Monday." / "said Jane
      Smith, a nurse."), or is a short attribution sentence ("Smith went on.");
      a sentence that is complete reported speech ("Smith said that the plan
      failed.") does not introduce a further quote, unless it reports the
      speaker on themself and the quote is in the first person ("She said she
      grew up there. "I ..."");
    * the sentence after it names the speaker ("... ?" Smith asked. / That
      was Smith's view.), or it continues a quote already attributed in the
      same paragraph;
    * it opens its paragraph and the LAST sentence of the paragraph before
      introduces it (as above), or that paragraph quotes a named speaker at its
      start or end (the newsroom habit of letting a speaker run on), or ends on
      a short "She pauses."; short furniture lines between the two ("Share",
      "Advertisement") are skipped; or the paragraph after starts with a speech
      cue or a dash ("- Jane Smith, Ohio");
    * it starts with a transcript label ("SMITH: ...").

    A quote whose words repeat the article's own narrative is a pull quote
    (the story displaying its own text) and is not judged.

    Quotes shorter than ``min_words`` words are skipped: scare quotes, titles,
    nicknames and coined phrases ("a bit of a 'stretch'") need no speaker. So
    are quotes that never close, whose extent cannot be known, and quotes in
    the headline. ``paragraph_quotes: false`` also skips quotes that stand as a
    paragraph of their own.

    ``target: first_person`` flags a sentence whose main clause has "I" or
    "we" as its subject ("... we remind them of those concerns."), outside
    quotation marks and with no speaker, inside an otherwise third-person
    paragraph of a third-person article: a quote lifted into the narrative with
    its marks stripped. The writer's own voice is left alone: articles with
    more than ``max_first_person`` first-person sentences (columns, essays),
    subordinate clauses ("as we learned", "if we remember") and the verbs of
    shared knowledge ("we know", "we have seen").

    The message's ``%s`` is a preview of the quoted (or lifted) words. The span
    starts where the quote (or sentence) starts, so the finding's line is the
    line that holds it.

    Why it matters: an unattributed quote is either a scraping accident (a quote
    pasted in from elsewhere) or an editing error; either way the reader cannot
    tell whose words they are, which is the first thing a quote must say.
    """

    name = "attribution"
    keys = {"target": Key((str,), "quote", "quote | first_person"),
            "min_words": Key((int,), 5, "shortest quote (in words) that needs a speaker"),
            "paragraph_quotes": Key((bool,), True, "also judge quotes that stand as a "
                                    "paragraph of their own"),
            "max_first_person": Key((int,), 2, "first-person sentences outside quotes "
                                    "an article may have and still count as third-person")}
    default_scope = "paragraph"

    def setup(self) -> None:
        if self.options["target"] not in ("quote", "first_person"):
            raise ValueError("'target' must be quote or first_person")
        if self.options["min_words"] < 1:
            raise ValueError("'min_words' must be 1 or more")

    # -- shared structure ---------------------------------------------------
    @staticmethod
    def _masked(doc: Document) -> str:
        """The text with every quotation's words blanked out (marks kept).

        Speech cues and pronouns are looked for in the masked text, so words
        inside a quote ("I said no") never count as narrative.
        """
        src = doc.text
        parts: list[str] = []
        pos = 0
        for q in doc.quotes:      # in order, never overlapping
            a, b = max(q.start + 1, pos), q.end - 1
            if a >= b:
                continue
            parts.append(src[pos:a])
            parts.append(_blank(src[a:b]))
            pos = b
        parts.append(src[pos:])
        text = "".join(parts)
        return _SINGLE_QUOTED.sub(lambda m: "\u2018" + " " * (len(m.group(0)) - 2) + "\u2019",
                                  text)

    @staticmethod
    def _units(doc: Document, para: Paragraph, quotes: list[Quote]) -> list[_Unit]:
        """The paragraph's sentences, merged wherever a split fell inside a quote."""
        sentences = doc.sentences_in(para)
        if not quotes:                # (sentences come in order: nothing to merge)
            keep = [s.start for s in sentences] or [para.start]
            return [_Unit(s, e) for s, e in zip(keep, keep[1:] + [para.end])]
        starts = {s.start for s in sentences} or {para.start}
        for q in quotes:     # the splitter misses some openings ("... end. ''Quote")
            if para.start < q.start < para.end and _AFTER_STOP.search(
                    doc.text, max(para.start, q.start - 4), q.start):
                starts.add(q.start)
        first = min(starts)
        q_starts = [q.start for q in quotes]       # quotes come in order, never nested

        def inside_quote(pos: int) -> bool:
            k = bisect.bisect_left(q_starts, pos) - 1
            return k >= 0 and pos < quotes[k].end

        keep = sorted(s for s in starts if s == first or not inside_quote(s))
        ends = keep[1:] + [para.end]
        return [_Unit(s, e) for s, e in zip(keep, ends)]

    def run(self, doc: Document) -> Iterator[Match]:
        if not doc.paragraphs:
            return
        shared = _shared(doc)
        head = doc.headline.index if doc.headline is not None else -1
        if self.options["target"] == "quote":
            yield from self._quotes(doc, shared, head)
        else:
            yield from self._first_person(doc, shared, head)

    # -- quotes ---------------------------------------------------------------
    def _quotes(self, doc: Document, shared: _Shared, head: int) -> Iterator[Match]:
        ctx = _Context(doc, shared)
        for q in doc.quotes:
            if q.paragraphs[0] == head:
                continue
            if self._is_attributed(ctx, q):
                ctx.attributed.add(q.start)
                continue
            if len(_WORD.findall(q.inner)) < self.options["min_words"]:
                continue
            if not q.closed:
                continue                      # its extent is unknown: cannot judge
            if not self._standalone(ctx, q):
                ctx.attributed.add(q.start)   # a partial quote: its sentence owns it
                continue
            if not self.options["paragraph_quotes"] and self._whole_paragraph(ctx, q):
                continue
            if self._pull_quote(ctx, q):
                continue
            ctx.flagged.add(q.start)
            preview = " ".join(q.inner.split())
            preview = preview if len(preview) <= 70 else preview[:67] + "..."
            yield Match(q.start, q.end, (preview,))

    @staticmethod
    def _standalone(ctx: _Context, q: Quote) -> bool:
        """Whether the quote is a sentence on its own, not part of a narrative one."""
        before, after = ctx.around(q)
        if _WORD.search(after):
            return False
        words = _WORD.findall(before)
        return len(words) <= 1 and all(w.lower() in _CONNECTIVES for w in words)

    @staticmethod
    def _pull_quote(ctx: _Context, q: Quote) -> bool:
        """Whether the quote repeats the article's own narrative words: a pull
        quote, displayed text of the story itself, not anyone's speech."""
        inner = normalise(q.inner)
        return len(inner.split()) >= 5 and f" {inner} " in ctx.narrative()

    @staticmethod
    def _whole_paragraph(ctx: _Context, q: Quote) -> bool:
        """Whether the quote (with any quotes beside it) is its whole paragraph."""
        first, last = q.paragraphs[0], q.paragraphs[-1]
        if ctx.unit_index(first, q.start) > 0:
            return False
        rest = ctx.masked[q.end:ctx.doc.paragraphs[last].end]
        return not _WORD.search(rest)      # quote interiors are blank in the mask

    def _is_attributed(self, ctx: _Context, q: Quote) -> bool:
        """Whether a reader can tell who speaks ``q`` (see the class docstring)."""
        first, last = q.paragraphs[0], q.paragraphs[-1]
        masked = ctx.masked
        before, after = ctx.around(q)
        if _CUE.search(before) or _CUE.search(after) or before.rstrip().endswith(":"):
            return True
        if _SPEAKER_LABEL.match(q.inner):           # transcript style: "SMITH: ..."
            return True
        if not q.closed and _INNER_TAG.search(q.text):   # closing mark forgotten
            return True
        lu = ctx.units(last)
        i1 = ctx.unit_index(last, max(q.start, q.end - 1))
        if i1 + 1 < len(lu) and _CUE.search(masked[lu[i1 + 1].start:lu[i1 + 1].end]):
            return True                               # '"...?" Smith asked.'
        fu = ctx.units(first)
        i0 = ctx.unit_index(first, q.start)
        if i0 > 0:
            prev = fu[i0 - 1]
            text = masked[prev.start:prev.end]
            if _introduces(text):
                return True                           # "Smith said." / "... she said:"
            if _first_person_quote(q) and _speaks_of_self(text):
                return True                           # "She said she ... " "I ..."
            # continues a speaker quoted earlier in this paragraph
            para = ctx.doc.paragraphs[first]
            return any(para.start <= s < q.start for s in ctx.attributed)
        return self._paragraph_attributed(ctx, q)

    @staticmethod
    def _paragraph_attributed(ctx: _Context, q: Quote) -> bool:
        """A quote opening its paragraph: do the paragraphs around it name a speaker?"""
        paras, masked = ctx.doc.paragraphs, ctx.masked
        i = q.paragraphs[0] - 1
        skipped = 0
        while i >= 0 and skipped < 2 and (_is_heading(paras[i].text)
                                          or len(paras[i].text.split()) <= 3):
            i, skipped = i - 1, skipped + 1   # an inserted heading, link line or "Pause."
        if i >= 0 and i != ctx.head:
            # Only the END of the paragraph before hands a speaker on: its last
            # sentence names one ("..., she said.") or ends in a colon, or the
            # paragraph is itself a named speaker's quote that runs on.
            prev = paras[i]
            pu = ctx.units(i)
            if len(pu) > 1 and any(pu[-1].start <= s < pu[-1].end for s in ctx.flagged):
                pu = pu[:-1]                  # a stray quote ends it: look before that
            last = masked[pu[-1].start:pu[-1].end] if pu else masked[prev.start:prev.end]
            if _introduces(last) or _MEDIA_WORD.search(last):
                return True
            if _first_person_quote(q) and _speaks_of_self(last):
                return True                   # "She said she ..." and then her words
            if _PRONOUN_START.match(last) and len(_WORD.findall(last)) <= 6:
                return True                   # "She pauses." and then her words
            if any(pu[0].start <= s < pu[0].end or pu[-1].start <= s < pu[-1].end
                   for s in ctx.attributed):
                return True                   # the speaker of the paragraph before runs on
        j = q.paragraphs[-1] + 1
        if j < len(paras):
            nxt = paras[j]
            if nxt.text[:1] in "-\u2013\u2014":      # "- Jane Smith, Ohio"
                return True
            nu = ctx.units(j)
            if nu and _CUE.search(masked[nu[0].start:nu[0].end]):
                return True
        return False

    # -- first person -----------------------------------------------------------
    def _first_person(self, doc: Document, shared: _Shared, head: int) -> Iterator[Match]:
        candidates: list[tuple[int, int]] = []
        total = 0                     # sentences with first-person words outside quotes
        masked = shared.masked
        hits = [m.start() for m in _FIRST_PERSON.finditer(masked)
                if m.group(0)[0] not in "WOM" or _clause_start(masked, m.start())]
        for p in doc.paragraphs:
            if p.index == head:
                continue
            if not hits or hits[-1] < p.start or hits[bisect.bisect_left(hits, p.start)] >= p.end:
                continue              # no first-person word in the paragraph
            units = shared.units(p.index)
            texts = [masked[u.start:u.end] for u in units]
            flags = [bisect.bisect_left(hits, u.start) < bisect.bisect_left(hits, u.end)
                     for u in units]
            total += sum(flags)
            # a lift sits among third-person sentences of the same paragraph
            if len(units) < 2 or sum(flags) != 1:
                continue
            k = flags.index(True)
            text, prev = texts[k], texts[k - 1].rstrip() if k else ""
            if _CUE.search(text) or prev.endswith(":") or _QUOTE_MARK.search(text):
                continue
            if self._lifted_subject(text):
                candidates.append((units[k].start, units[k].end))
        if total > self.options["max_first_person"]:
            return                    # a first-person article: its "I" is the writer's
        for s, e in candidates:
            preview = " ".join(doc.text[s:e].split())
            preview = preview if len(preview) <= 70 else preview[:67] + "..."
            yield Match(s, e, (preview,))

    @staticmethod
    def _lifted_subject(text: str) -> bool:
        """Whether "I" or "we" is the subject of a main clause of ``text``.

        Subordinate and relative clauses ("as we learned", "the man we know",
        "if we remember") and verbs of the writer's shared knowledge are the
        writer addressing the reader, not someone's words.
        """
        for m in _SUBJECT.finditer(text):
            lead = text[:m.start()]
            if ":" in lead:
                return False          # introduced by a colon: a paraphrased quote
            if m.group(0) == "I" and _ORDINAL_I.search(lead):
                continue              # "World War I", "Henry I"
            clause = re.split(r"[,;\u2014\u2013(]|\s-\s", lead)[-1]
            if not all(w.lower() in _CLAUSE_LEAD for w in _WORD.findall(clause)):
                continue
            if _WRITER_WE.match(text[m.end():].lstrip()):
                continue
            return True
        return False
