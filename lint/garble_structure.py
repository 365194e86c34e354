"""Sentence-level garble detectors: missing subjects, run-on joins, broken
quotes and brackets, paragraphs that stop mid-sentence.

These read the :class:`~lint.document.Document` paragraph by paragraph. They
look only at typography and closed word classes (see
:mod:`lint.garble_lexicon`), so they hold for any article, not just the ones
they were tried on.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterator
from itertools import compress, count
from operator import eq

from lint import garble_lexicon as lex
from lint.document import Document
from lint.garble_common import Hit, alternation
from lint.sentences import ABBREVIATIONS

# -- a sentence that starts in lower case -------------------------------------
_LOWER_AFTER_STOP = re.compile(
    r"\.[ \t]+(?:(?P<punct>[,;](?=\s))|(?:''|[\"\u201c])?(?P<w>[a-z][\w'\u2019/-]*))")
_TOKEN_BEFORE = re.compile(r"[\w.'\u2019%)\]-]+$")
#: A token with a dot inside is an abbreviation ("Ph.D", "a.m", "U.S", "..."),
#: unless it is a web address.
_DOTTED = re.compile(r"(?![\w-]+\.(?:com|org|net|gov|edu)$).*\..*")
#: "'s", "'re" ... at the start of the text or after a space, tab, "(" or line
#: break (the look-behind, after the mark, checks the character before it).
_ORPHAN_CLITIC = re.compile(r"['\u2019](?<![^ \t(\n]['\u2019])(?:s|re|ve|ll)(?=[ \t])")
#: A conjunction or a sentence adverb with its comma, then a lower-case word:
#: at a sentence start, that word needs a subject before it unless it is one.
_OPENER_THEN_WORD = re.compile(
    r"(?P<o>(?:But|And|Yet|So) |(?:%s), )(?P<w>[a-z]+)\b"
    % "|".join(sorted(lex.SENTENCE_ADVERBS)))
#: What such a sentence starts with (a C-level ``startswith`` screen).
_OPENER_PREFIXES = ("But ", "And ", "Yet ", "So ") + tuple(
    f"{a}," for a in sorted(lex.SENTENCE_ADVERBS))
_UNITS = frozenset("""
approx est vs etc al ca cf viz ibid op pp fig ft lb lbs oz mi km min sec hr hrs yr yrs mo
wk sq pct deg seq ed eds trans cont misc
""".split())


def _ordinary_word(word: str) -> bool:
    """A lower-case word that would be wrong at a sentence start (not "iPhone", "de")."""
    core = word.rstrip(".,;:")
    if "." in core:
        return False                      # "k.d. lang", "will.i.am", "e.e. cummings"
    if core.lower() in lex.LOWER_OPENERS or core.lower() in lex.SPOKEN_OPENERS or \
            any(ch.isupper() or ch in "/@&" for ch in core[1:]):
        return False
    return not core.startswith(("http", "www"))


def lowercase_start(doc: Document) -> Iterator[Hit]:
    """A sentence or paragraph that begins in lower case, or with a comma or a
    bare "'s": its subject (or more) was cut off ("She's going to win. going
    to be closer", "During her term, 's done ...")."""
    text = doc.text
    for p in doc.paragraphs:
        if p.text[0].islower():
            first = p.text.split(None, 1)[0]
            if len(first) > 1 and _ordinary_word(first) and len(p.text.split()) >= 3 \
                    and (not p.text.islower() or _lowercase_sentence(doc, p.text)):
                yield Hit(p.start, p.start + len(first), "paragraph starts in lower "
                          "case: its first words are missing")
    for m in _LOWER_AFTER_STOP.finditer(text):
        before = _TOKEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue                      # "... ." or a stop after a quote mark
        tok = before.group(0)
        core = tok.lower()
        if (core in ABBREVIATIONS or core in _UNITS or _DOTTED.fullmatch(tok)
                or (len(core) == 1 and core.isalpha())):
            continue
        w = m.group("w")
        if w is not None and not _ordinary_word(w):
            continue
        start = m.start("punct") if w is None else m.start("w")
        yield Hit(start, m.end(), "sentence starts in lower case: its subject is missing")
    for m in _ORPHAN_CLITIC.finditer(text):
        yield Hit(m.start(), m.end(), f"'{m.group(0)}' with no word before it: "
                  "the subject is missing")
    yield from _verb_after_opener(doc)
    yield from _verb_opens_sentence(doc)
    for m in _NOBODY_SAID.finditer(text):
        yield Hit(m.start("verb"), m.end("verb"), "a quotation closed and a speech verb "
                  "with no speaker between them: the speaker's name is missing")
    for m in _RELATIVE_GAP.finditer(text):
        yield Hit(m.start(), m.end(), "a preposition and a relative pronoun straight "
                  "before a verb: the relative clause's subject is missing")
    for m in _TITLE_WITHOUT_NAME.finditer(text):
        yield Hit(m.start(), m.end("title"), f"'{m.group('title')}' before a lower-case "
                  "word: the name after the title is missing")


#: '"You can taste it," said.': the speaker between the quotation and its verb
#: was deleted (with a speaker, the verb follows or precedes the name).
_SPEECH_VERB = alternation(lex.SPEECH_VERBS - {"according", "say"})
_NOBODY_SAID = re.compile(r"[,?!][\"\u201d'\u2019][ \t]+(?P<verb>" + _SPEECH_VERB
                          + r")[ \t]*(?:[.,;]|$)", re.M)
#: "a century in which had stood": after a preposition, "which" and "whom" open a
#: clause with its own subject ("in which it had stood"). "of which" is left out:
#: "many of which have" is a subject itself.
_RELATIVE_GAP = re.compile(r"\b(?:in|on|at|by|for|with|from|to|under|during|through|after|before) "
                           r"(?:which|whom) (?:had|has|have|was|were|is|are|will|would|could|can"
                           r"|did|does|do)\b")

#: "Ms. smiled and said": an abbreviated title always heads a name, so a
#: lower-case word after it means the name was deleted. Lower-case particles
#: of names ("Mr. de Blasio", "Dr. al-Hakim") and "Mr. and Mrs." pass.
_TITLE_WITHOUT_NAME = re.compile(
    r"(?<![\w.'\u2019-])(?P<title>" + lex.HONORIFIC_ABBREV + r")[ ]+"
    r"(?!" + alternation(lex.NAME_PARTICLES | {"and", "or", "nor"}) + r"\b)[a-z]")

#: A capitalised word and the word after it, opening a sentence.
_FIRST_WORDS = re.compile(r"([A-Z][a-z]+)[ ]+([a-z$\d][\w'\u2019-]*)")
#: A comma in a sentence's first words that may close a participial opener
#: ("Founded in 1850, the company ..."): any, but one before a relative pronoun
#: or a conjunction ("Wrote the opinion, which ...").
_CLAUSE_AFTER_COMMA = re.compile(r",[ ]+(?!(?:which|who|whose|where|when|and|but|as|while)\b)")
#: Speech verbs that open a sentence only by inversion, before the speaker ("Said
#: one aide: ..."); before a subject pronoun their own subject was cut ("Said he
#: would run"). "Told" takes an object, so it never inverts.
_SAID = frozenset({"said", "says"})
_PRONOUN_SUBJECTS = frozenset("he she they we i it".split())
#: Auxiliaries that open a statement only when its subject was cut ("Was sentenced
#: Friday ..."); before a pronoun or determiner they open a question or an
#: inversion ("Had he known", "Were it not for"), which the next word tells.
_AUX_OPENERS = frozenset("was were has have had is are will would can could did does "
                         "should must may might".split())
_SUBJECT_NEXT = frozenset("""
i he she it we they you there the a an this that these those his her its their our my
your anyone anybody everyone everybody nobody someone somebody no
""".split())
_QUOTES_IN = re.compile("[\"\u201c\u201d]")


def _verb_opens_sentence(doc: Document) -> Iterator[Hit]:
    """A statement that opens with a finite verb ("Was sentenced Friday to 11
    years", "Shook central Mexico on Tuesday"): its subject was deleted and the
    verb capitalised in its place.

    "Said" or "Says" counts only before a subject pronoun ("Said he would
    run"): before anything else it may invert ("Said one aide: ..."). "Told",
    which takes an object, never inverts.

    Left alone: questions and inversions (an auxiliary before a pronoun or a
    determiner, a sentence with a "?"; after any other verb a determiner
    opens its object: "Shook the harbour town"), participial openers ("Founded in
    1850, the company ..."; a comma in the first words of a sentence opened
    by a verb other than an auxiliary, unless a relative pronoun or a
    conjunction follows it: "Denied the permit, which ..."), a word before "by"
    (a passive participle or a plural noun: "Reached by phone in Port Sudan,
    where ...", "Strikes by its own staff are ..."), quotations (speech drops subjects:
    "Will be such fun!"), lines without a closing full stop (page furniture:
    "Produced by ..."), short sentences ("Seemed about right."), the
    headline, and a word the article capitalises mid-sentence or before
    another capital too (a name: "Will Price", "Rose")."""
    text = doc.text
    headline = doc.headline
    verbs = None
    for para in doc.paragraphs:
        if headline is not None and para.start == headline.start or \
                not para.text.endswith((".", ".\"", ".\u201d")):
            continue
        for sent in doc.sentences_in(para):
            m = _FIRST_WORDS.match(sent.text)
            if m is None or not sent.text.endswith(".") or "?" in sent.text \
                    or sent.text.count(" ") < 3:
                continue
            word, after = m.group(1), m.group(2)
            low = word.lower()
            if low in _AUX_OPENERS:
                if after in _SUBJECT_NEXT:
                    continue
            elif low in _SAID:
                if after not in _PRONOUN_SUBJECTS:
                    continue
            elif after == "by":
                continue                  # a passive participle or a noun: "Reached by phone, ..."
            else:
                if verbs is None:
                    from lint.finite_verbs import finite_verbs

                    verbs = finite_verbs()
                if low not in verbs and low != "told" or \
                        _CLAUSE_AFTER_COMMA.search(" ".join(sent.text.split()[:9])):
                    continue
            if len(_QUOTES_IN.findall(text, para.start, sent.start)) % 2 or re.search(
                    r"(?<=[a-z,] )" + word + r"(?![\w'\u2019-])|(?<![\w'\u2019-])" + word
                    + r" [A-Z]", text):
                continue
            yield Hit(sent.start, sent.start + len(word), f"'{word}' opens a statement "
                      "with no subject before it: its subject is missing")


def _verb_after_opener(doc: Document) -> Iterator[Hit]:
    """A finite verb straight after a sentence's opening conjunction or
    adverb ("Indeed, felt compelled", "But carries a symbolic value"): the
    subject between them was deleted. Verbs that news puts before their
    subject ("Then came the news") are not in the list (lint.finite_verbs)."""
    verbs = None
    for sent in doc.sentences:
        t = sent.text
        if not t.startswith(_OPENER_PREFIXES):
            continue
        m = _OPENER_THEN_WORD.match(t)
        if m is None:
            continue
        if verbs is None:
            from lint.finite_verbs import finite_verbs

            verbs = finite_verbs()
        if m.group("w") in verbs:
            opener = m.group("o").strip()
            yield Hit(sent.start + m.start("w"), sent.start + m.end("w"),
                      f"a verb right after '{opener}' at a sentence start: its subject "
                      "is missing")


def _lowercase_sentence(doc: Document, para: str) -> bool:
    """Whether an all-lower-case paragraph is still a sentence of the article.

    Lower-case link lines, tags and menus have no closing stop; a paragraph
    of six words or more that ends like a sentence is prose whose capitalised
    start was cut off, provided the article itself uses capitals. (Short
    lower-case decks, "plan announced; vote to follow.", are left alone.)
    """
    body = para.rstrip().rstrip("\"'\u201d\u2019)")
    return body[-1:] in (".", "!", "?") and len(para.split()) >= 8 \
        and not doc.text.islower()


# -- quotation marks ------------------------------------------------------------
#: (each alternative starts with a literal, so the regex engine can skip ahead)
_QMARK = re.compile("\"|\u201c|\u201d|''(?!')")
_OPEN_BEFORE = " \t\n([{\u2014\u2013-/"


def quote_marks(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """Double quotation marks in ``text[start:end]`` as ``(start, end, opens)``.

    Whether a mark opens or closes is read from its neighbours first (after a
    space it opens, before one it closes), so a curly mark of the wrong shape
    ("not,\u201c he said") and mixed straight and curly marks pair up as a
    reader pairs them. Only a mark with spaces or text on both sides falls
    back on its shape; a straight one then toggles. Inch marks (6'2") are skipped.
    """
    is_open = False
    for m in _QMARK.finditer(text, start, end):
        a, b = m.start(), m.end()
        before = text[a - 1] if a > start else " "
        after = text[b] if b < end else " "
        if m.group(0) == '"' and before.isdigit() and not is_open:
            continue                      # an inch mark
        left = before in _OPEN_BEFORE
        right = after.isspace() or after in ".,;:!?)]}\u2014\u2013-" or b >= end
        if left and not right:
            opens = True
        elif right and not left:
            opens = False
        elif m.group(0) == "\u201c":
            opens = True
        elif m.group(0) == "\u201d":
            opens = False
        else:
            opens = not is_open
        is_open = opens
        yield a, b, opens


def paragraph_quote_marks(doc: Document) -> list[list[tuple[int, int, bool]]]:
    """:func:`quote_marks` of every paragraph, computed once per document
    (``Document.memo``): the run-on and unbalanced detectors both read them."""
    return doc.memo("garble.quote_marks", _paragraph_quote_marks)


def _paragraph_quote_marks(doc: Document) -> list[list[tuple[int, int, bool]]]:
    text = doc.text
    if '"' not in text and "\u201c" not in text and "\u201d" not in text \
            and "''" not in text:
        return [[] for _ in doc.paragraphs]          # most cheaply: no quotes at all
    return [list(quote_marks(text, p.start, p.end)) if _has_quote_mark(p.text) else []
            for p in doc.paragraphs]


def _has_quote_mark(text: str) -> bool:
    return '"' in text or "\u201c" in text or "\u201d" in text or "''" in text


# -- two sentences run together -----------------------------------------------
#: A closed-class sentence opener followed by a lower-case word or a number
#: ("... senator Last week, he", "... fast In 2015 it"); :func:`run_on` checks
#: the lower-case word and space before.
_OPENER_MIDSENTENCE = re.compile(
    r"(?:" + "|".join(sorted(lex.OPENERS_CLOSED | lex.ROLE_NOUNS | lex.MARKET_NOUNS))
    + r")(?![\w'\u2019&-])"
    r"(?P<next>,?[ ]+(?:[a-z]|\$?[0-9]))")
_CLOSED_LOWER = frozenset(w.lower() for w in lex.OPENERS_CLOSED)
#: A closed-class word printed again with a capital: "ban on On Monday".
_DOUBLED_OPENER = re.compile(
    r"(?<![\w'\u2019-])(?P<w>" + "|".join(sorted({w.lower() for w in lex.OPENERS_CLOSED}))
    + r")[ ](?=[A-Z])(?P<o>(?i:(?P=w)))(?![\w'\u2019-])")
#: What may come right before the start of a sentence (and so before a
#: capitalised word that is no name).
_SENTENCE_BEFORE = frozenset(".!?:;\"\u201c\u201d'\u2018\u2019([\u2014\u2013-\n")
#: Spaces inside a line, no-break and thin ones included (not the line break,
#: which is one of :data:`_SENTENCE_BEFORE`).
_SPACES = " \t\u00a0\u2009\u202f"
#: A quotation that opens straight after a word, with no punctuation, on a
#: sentence's first words ("... competing for that space of votes "I actually
#: think ..."): the sentence before it was cut off and the quotation run in.
#: After a verb of saying or naming, a conjunction or a preposition a quotation
#: may open unpunctuated ('said "no"', 'because "I do not see ..."').
_QUOTE_OPENS_SENTENCE = re.compile(
    r"[\"\u201c](?=(?P<w>I|We|He|She|They|It|This|The|Why|What|How|When|There|You|My|Our|If"
    r"|But|And|So|No|Yes)[ ]+[a-z])")
#: Pronouns that no title in quotation marks starts with ('the "I didn't care"').
_PERSONS = frozenset({"I", "We", "He", "She", "They", "You"})
_QUOTE_MAY_FOLLOW = lex.SPEECH_VERBS | frozenset("""
say shout shouted yell yelled chant chanted call called read reads titled headlined dubbed
named labeled labelled like as that is was were are be been of to and or but with
on in at for from by about because since if when while although though unless until
whether where how why what than
""".split())
_QUOTE_JOIN = re.compile(
    r"[,?!](?:\"|\u201d|'')[ \t]+(?P<words>[A-Za-z][\w'\u2019-]*"
    r"(?:[ \t]+[A-Za-z][\w.'\u2019-]*){0,2}?)[ \t]+(?P<open>\"|\u201c|'')(?=[A-Z])")
_NOT_A_SPEAKER = frozenset("""
and or but nor the a an of in to for as like than while with not from at by on called
named dubbed titled then also is was are were
""".split())


def run_on(doc: Document) -> Iterator[Hit]:
    """One sentence cut off and run straight into the next.

    Four traces: a capitalised sentence opener mid-sentence with no
    punctuation before it ("... the only Republican Last week, ...", "... grown
    fast In 2015 it held", a role
    or market noun: "... typhus Officials said", "... Exports rose", or any
    opener after an article: "the This time"); a quotation followed by a
    name and a new quotation with no speech verb between ('...," Smith
    "New ...'); a quotation still open when a new one starts with a capital
    right after a word ("... even among \u201cThere's"); a quotation opening
    on a sentence's first words straight after a word that no quotation
    follows unpunctuated ('... space of votes "I actually think').
    """
    text = doc.text
    headline = doc.headline
    skip = (headline.start, headline.end) if headline is not None else (0, 0)
    from lint.garble_words import words
    ws = words(doc)
    doubled = []
    if any(ws[i] in _CLOSED_LOWER for i in compress(count(), map(eq, ws, ws[1:]))):
        doubled = [m for m in _DOUBLED_OPENER.finditer(text)
                   if not _capitalised_elsewhere(text, m.group("o"), m.start("o"))]
    for m in doubled:
        yield Hit(m.start("o"), m.end("o"), f"'{m.group('o')}' starts a new sentence "
                  "with no punctuation before it: a sentence was cut off")
    for m in _OPENER_MIDSENTENCE.finditer(text):
        at = m.start()
        if at < 2 or text[at - 1] != " " or not text[at - 2].islower():
            continue                      # (checked here: a look-behind would slow the scan)
        word = text[at:m.start("next")].rstrip(",")
        # the word before (one space before ``at``: the regex saw to it), cut
        # out by slicing: this loop sees every capitalised word of the article
        left = max(text.rfind(" ", max(0, at - 40), at - 1), text.rfind("\n", 0, at - 1))
        prev = text[left + 1:at - 1].lstrip("\"'(\u201c\u2018[")
        plow = prev.lower()
        if plow in lex.BEFORE_NAMES and not _pronoun_clause(plow, word, text, m.end()) \
                and not (plow in _ARTICLE_LIKE and word in _NO_NAME_AFTER_ARTICLE) \
                and not (word == "The" and (plow == "of" or plow in _POSSESSIVES)):
            continue                      # "the Senate", "Department of State"
        if word in lex.OPENERS:
            pass                          # "senator Last week, he said"
        elif skip[0] <= at < skip[1] or not prev.islower() or plow in _NAMING \
                or _title_case_before(text, left + 1):
            continue                      # title case, "Al From", "Brown and From"
        elif _capitalised_elsewhere(text, word, at):
            continue                      # "His" as a name
        yield Hit(at, at + len(word), f"'{word}' starts a new sentence with no "
                  "punctuation before it: a sentence was cut off")
    for m in _QUOTE_JOIN.finditer(text):
        words = [lex_word(w) for w in m.group("words").split()]
        if m.group("words")[-1] in ".," or any(
                w in lex.SPEECH_VERBS or w in _NOT_A_SPEAKER for w in words):
            continue
        yield Hit(m.start("words"), m.end("open"), "two quotations joined with no "
                  "speech verb: a sentence was cut off")
    for m in _QUOTE_OPENS_SENTENCE.finditer(text):
        at = m.start()
        if at < 2 or text[at - 1] != " " or not (text[at - 2].islower() or text[at - 2].isdigit()):
            continue
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        prev = lex_word(before.group(1)) if before else ""
        if prev in lex.ARTICLES and m.group("w") not in _PERSONS:
            continue                      # 'the "It girl"', 'a "This Is Us" fan'
        if before and prev not in _QUOTE_MAY_FOLLOW:
            yield Hit(at, at + 1, "a quotation opens after a word with no punctuation "
                      "before it: a sentence was cut off")
    for events in paragraph_quote_marks(doc):
        was_open = False
        for a, b, opens in events:
            if opens and was_open and text[a - 1:a] == " " and text[a - 2:a - 1].islower() \
                    and text[b:b + 1].isupper():
                yield Hit(a, b, "a quotation opens before the previous one closed: "
                          "it was cut off")
            was_open = opens


#: An article or demonstrative before a capitalised opener and a lower-case word
#: ("attacking the This time the target was"): no name starts that way, so a
#: sentence was cut after the article. (Possessives are left out: "of His
#: people"; pronouns are :func:`_pronoun_clause`'s.)
_ARTICLE_LIKE = frozenset({"the", "a", "an", "this", "that"})
#: ... and possessives, before "The" and a lower-case word ("abused its The memo
#: was"): "The" then heads no title.
_POSSESSIVES = frozenset("his her its their our my your whose".split())
_NO_NAME_AFTER_ARTICLE = lex.OPENERS_CLOSED - frozenset(
    "He She It We They His Her Its Their Our My".split())
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'\u2019-]*)[ \t]+$")
_NEXT_WORD = re.compile(r"[a-z]+")
#: Words after which a capitalised role noun is (part of) a name: "Brown and
#: From", "a group called Students for Fair Admissions".
_NAMING = frozenset("and or called named dubbed titled nicknamed".split())
#: Subject pronouns as the regex sees them (capitalised); "I" is too often a
#: numeral or a letter in a name to trust.
_CAPITAL_SUBJECTS = frozenset({"He", "She", "It", "We", "They"})


def _pronoun_clause(before: str, word: str, text: str, at: int) -> bool:
    """An article right before a subject pronoun and its verb ("his second ad
    of the It will focus", "we either have a We need a border"): a sentence was
    cut after the article. An article never heads a pronoun; "the It girl" is
    spared because "girl" is no verb (:mod:`lint.finite_verbs`, or the word-pair
    counts when that short list lacks the word)."""
    if before not in lex.ARTICLES or word not in _CAPITAL_SUBJECTS:
        return False
    m = _NEXT_WORD.match(text, at - 1)
    if m is None:
        return False
    from lint.finite_verbs import finite_verbs

    verb = m.group(0)
    if verb in lex.FINITE_AUX or verb in lex.MODALS or verb in finite_verbs() \
            or (word in ("We", "They") and verb + "s" in finite_verbs()):
        return True
    from lint import bigrams

    # A verb the short list lacks ("a We need a border"): English puts it after
    # the pronoun at least a quarter as often as after "the" ("the need");
    # a noun ("the It girl", "It bag") never follows the pronoun.
    after_pronoun = bigrams.bigram(word.lower(), verb)
    return after_pronoun > 0 and 4 * after_pronoun >= bigrams.bigram("the", verb)


def _title_case_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` is capitalised mid-sentence: the
    span is a title in title case ("a memo titled The Facts on Where ...")."""
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if m is None or not m.group(1)[0].isupper():
        return False
    head = text[max(0, m.start() - 3):m.start()].rstrip(_SPACES)
    return bool(head) and head[-1] not in _SENTENCE_BEFORE


def _capitalised_elsewhere(text: str, word: str, at: int) -> bool:
    """Whether ``word`` is capitalised somewhere other than ``at`` and the
    start of a sentence, before a lower-case word as at ``at`` (so the article
    treats it as a name: "Al From said"). Before another capital it heads a
    title ("The New York Times"), which says nothing about ``at``."""
    for m in re.finditer(r"(?<![\w'\u2019-])" + word + r"(?=,?[ ]+[a-z])", text):
        if m.start() != at:
            head = text[max(0, m.start() - 3):m.start()].rstrip(_SPACES)
            if head and head[-1] not in _SENTENCE_BEFORE:
                return True
    return False


def lex_word(word: str) -> str:
    """A word folded for lexicon look-ups."""
    return word.lower().replace("\u2019", "'").strip(".,;:")


# -- quotes and brackets that never close ---------------------------------------
_BRACKETS = re.compile(r"[()\[\]]")
_LIST_MARKER = re.compile(r"(?:^|[\s(])[a-zA-Z0-9]{1,2}\)$", re.M)


def unbalanced(doc: Document) -> Iterator[Hit]:
    """A quotation or bracket opened in a paragraph and never closed there
    (and not reopened at the start of the next paragraph, the newsroom way of
    continuing a quote), or a closing bracket with no opening one."""
    paras = doc.paragraphs
    text = doc.text
    marks = paragraph_quote_marks(doc)
    brackets = [m.start() for m in _BRACKETS.finditer(text)]    # one pass, not one a paragraph
    for i, p in enumerate(paras):
        first_open: int | None = None
        last: tuple[int, int, bool] | None = None
        for ev in marks[i]:
            if ev[2] and (last is None or not last[2]):
                first_open = ev[0]
            elif not ev[2] and (last is None or not last[2]) and ev[0] > p.start:
                yield Hit(ev[0], ev[1], "quotation closed that was never opened: the "
                          "sentence was cut or spliced")
            last = ev
        if last is not None and last[2]:
            # reopened at the very start of the next paragraph? (A mark there is
            # that paragraph's first, judged by its neighbours alone, so its
            # first event says.)
            nxt = marks[i + 1][:1] if i + 1 < len(paras) else []
            reopened = bool(nxt) and nxt[0][2] and nxt[0][0] == paras[i + 1].start
            if not reopened:
                assert first_open is not None
                yield Hit(first_open, last[1], "quotation never closed: the sentence "
                          "was cut or run into the next")
        stack: list[tuple[str, int]] = []
        for at in brackets[bisect.bisect_left(brackets, p.start):
                           bisect.bisect_left(brackets, p.end)]:
            mk = text[at]
            if mk in "([":
                stack.append((mk, at))
            elif stack and stack[-1][0] == ("(" if mk == ")" else "["):
                stack.pop()
            elif not _LIST_MARKER.search(text, p.start, at + 1):
                yield Hit(at, at + 1, f"'{mk}' closes a bracket that was "
                          "never opened")
        for mk, at in stack:
            yield Hit(at, at + 1, f"'{mk}' is never closed")


# -- a paragraph that stops mid-sentence ----------------------------------------
_TERMINAL = frozenset(".!?:;\"'\u201d\u2019)]\u2026*")
_SENTENCE_END_INSIDE = re.compile(r"[a-z0-9%][.!?][\"'\u201d\u2019]*\s+[\"'\u201c\u2018]*[A-Z]")
_LABEL = re.compile(r"[\w ]{1,24}:\s")


#: Marks no paragraph ends on: a comma ("... in the streets of Barcelona,"), a
#: quotation closed on a comma with no attribution after it ('... for weeks,"'),
#: a quotation just opened ('... publicly. "Thes'), or a closed quotation and
#: a name with no verb ('...,” Mr. Winterkor', '...,” Paul Ostrander,').
_CUT_AT_MARK = re.compile(r"(?:,|,[\"\u201d]|\s[\"\u201c][A-Za-z]{0,12}|[,?!][\"\u201d\u2019][ \t]+"
                          r"(?:[A-Z][\w.'\u2019-]*[ \t]+){0,3}[A-Z][\w.'\u2019-]*,?)$")
_CUT_MARKS = frozenset(",\"\u201d" + string.ascii_letters)


def truncated(doc: Document, min_words: int = 10) -> Iterator[Hit]:
    """A long paragraph that ends with no punctuation, mid-sentence.

    Two traces: the paragraph has a sentence end inside it (so it is prose,
    not a heading or caption) and its last word is lower case ("... will
    return to zero within"), a number other than a year ("... none of the
    22") or a name straight after a speech verb ('... collapse," said Ka'),
    or it ends on a mark no paragraph ends on (:data:`_CUT_AT_MARK`: a comma,
    a quotation closed on a comma or just opened); or its last word is a fragment, not an English
    word at all ("... his conclusions have been c"), which no heading ends on
    either. A paragraph that is the start of another paragraph of the article
    is a truncated teaser copy: the duplicate rules own it.
    """
    headline = doc.headline
    for i, p in enumerate(doc.paragraphs):
        body = p.text.rstrip()
        if not body or p is headline:
            continue
        cut_mark = body[-1] in _CUT_MARKS and _CUT_AT_MARK.search(body, max(0, len(body) - 80))
        if body[-1] in _TERMINAL and not cut_mark:
            continue
        words = body.split()
        if len(words) < min_words or _LABEL.match(body):
            continue                      # a heading, a link line, a caption
        last = words[-1]
        if not (cut_mark or last[0].islower() or _NUMBER.fullmatch(last)
                or _SAID_NAME.search(body)):
            continue                      # ("... none of the 22": a number ends no sentence bare)
        fragment = last[0].islower() and is_fragment(last)
        if not fragment and not _SENTENCE_END_INSIDE.search(body):
            continue
        if _copy_of_longer(doc, i):
            continue
        start = p.start + body.rfind(last)
        reason = "a broken word" if fragment else "the rest was cut off"
        yield Hit(start, p.start + len(body), "paragraph ends mid-sentence on "
                  f"'{last}': {reason}")


#: A bare number or amount: "22", "1,200", "£60,000", "$3.8"; not a year, which
#: ends date lines ("Published 10:30 a.m. EDT May 12, 2016").
_NUMBER = re.compile(r"(?!(?:1[89]|20)\d\d$)[$\u00a3\u20ac]?\d[\d,.]*")
#: A speaker's name straight after the speech verb, with nothing after it: the
#: end cut off in the attribution ('... collapse," said Ka'). A heading may end
#: so ("... by June 1, says IMD"), but a heading has no sentence end inside.
_SAID_NAME = re.compile(r"\b(?:" + _SPEECH_VERB + r"|according to)"
                        r"(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|of|the|de|van|von)){1,5}$")
#: Two-letter words (and the two one-letter ones) that can end a cut sentence
#: without being cut themselves.
_SHORT_WORDS = frozenset("""
a i am an as at be by do go he if in is it me my no of oh ok on or so to up us we
""".split())


def is_fragment(word: str) -> bool:
    """Whether a lower-case word is a piece of a word rather than a word.

    A single letter (other than "a", "i"), a short token that English text
    almost never uses (wordfreq frequency under 1 in 30,000: "sa", "th"), or
    a letters-only word missing from wordfreq's list of common words
    ("busin", "governm"). Read only for the last word of an unterminated
    paragraph, so the list is loaded at most once per process, and only then.
    """
    from lint.wordstats import information_table

    w = word.lower().rstrip(",-–—")
    if not w.isalpha() or not w.isascii():
        return False                      # numbers, handles, hyphenated compounds
    if len(w) <= 2 and w in _SHORT_WORDS:
        return False
    if len(w) == 1:
        return True
    table = information_table()
    if not table:
        return False                      # no word list: judge nothing
    ic = table.get(w)
    if len(w) <= 3:
        return ic is None or ic >= 4.5
    return ic is None


def _copy_of_longer(doc: Document, index: int) -> bool:
    """Whether paragraph ``index`` is the beginning of a longer paragraph."""
    from lint.textutil import paragraph_norms

    norms = paragraph_norms(doc)
    mine = norms[index]
    return len(mine) >= 20 and any(
        j != index and len(other) > len(mine) and other.startswith(mine)
        for j, other in enumerate(norms))
