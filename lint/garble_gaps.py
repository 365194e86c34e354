"""Words a spinner dropped or moved: a verb missing between two words, a word
cut off from its partner.

:func:`word_order` is the ``word_order`` garble detector: the impossible
function-word neighbours of :func:`lint.garble_words.function_word_pairs`,
then the traces here. Each trace is a pair of words that only a missing verb
could join ("Republicans been critical", "Officials the move was aimed ...")
or a word standing away from the one it belongs with ("for emergency an
vehicle", "have arrested been"). None occurs in edited prose; each was
measured on the development set, two proxy held-out sets and the prose probes
before it was added.

Speed: every pattern begins with a literal or a character class, so the regex
engine skips through the text in C (a pattern that begins with a look-behind
is tried at every position, ten to twenty times slower); the patterns tied to
a sentence start are matched only at the document's sentence starts, and the
rarer ones wait for a word-list screen (:func:`lint.garble_words.words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lint import garble_lexicon as lex
from lint.document import Document
from lint.garble_common import APOS, RIGHT, WS, Hit, alternation
from lint.garble_words import function_word_pairs, words
from lint.sentences import ABBREVIATIONS
from lint.textutil import sentence_start


def word_order(doc: Document) -> Iterator[Hit]:
    """The ``word_order`` detector: impossible neighbours, dropped verbs, moved words."""
    yield from function_word_pairs(doc)
    yield from dropped_verbs(doc)
    yield from misplaced(doc)


# -- a word moved away from its partner ----------------------------------------
#: "an" before a consonant ("for emergency an vehicle"): the vowel-initial word
#: it belonged to was moved or dropped. "h" (an hour, an honest) and letters
#: read by name ("an x-ray", "an NBA") are left out.
_AN_CONSONANT = [re.compile(rf"(?P<a>{an}(?<![\w'\u2019-]{an}))" + WS
                            + r"(?P<b>[bcdfgjklmnpqrstvwxyz][a-z]+)" + RIGHT) for an in ("an", "An")]
#: A participle between an auxiliary and the "been"/"be" it should follow
#: ("have arrested been", "appeared to learned be"). "indeed" is no participle.
_PARTICIPLE_BEFORE_BEEN = re.compile(
    r"ha(?<![\w'\u2019-]ha)(?:s|ve|d)" + WS + r"(?!indeed" + RIGHT + r")[a-z]+ed" + WS
    + r"been" + RIGHT)
_PARTICIPLE_BEFORE_BE = re.compile(
    r"to(?<![\w'\u2019-]to)" + WS + r"[a-z]+ed" + WS + r"be" + RIGHT)


def misplaced(doc: Document) -> Iterator[Hit]:
    """A word separated from the one it belongs with: "an" before a consonant,
    a participle before the "been" or "be" it should follow."""
    ws = words(doc)
    text = doc.text
    if "an" in ws:
        for m in (m for pattern in _AN_CONSONANT for m in pattern.finditer(text)):
            yield Hit(m.start(), m.end(), f"'{m.group('a')}' cannot stand before "
                      f"'{m.group('b')}': a word was moved or dropped")
    for needed, pattern in (("been", _PARTICIPLE_BEFORE_BEEN), ("be", _PARTICIPLE_BEFORE_BE)):
        if needed in ws:
            for m in pattern.finditer(text):
                yield Hit(m.start(), m.end(), "words in the wrong order: '%s'"
                          % " ".join(m.group(0).split()))


# -- a verb dropped between two words ------------------------------------------
#: "been" (the look-behind after the literal keeps the scan in C) and the
#: have-forms (or a coordinator: "and been less quick") one of which must come
#: before it in its sentence.
_BEEN = re.compile(r"been(?<![\w'\u2019-]been)" + RIGHT)
_HAVE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:ha(?:s|ve|d|ving)(?:n" + APOS + r"t)?|\w+" + APOS + r"(?:s|ve|d))" + RIGHT
    + r"|(?<![\w'\u2019-])(?:and|or|but|nor)[ \t]+(?:\w+[ \t]+)?$")
#: "been has": the swapped pair, which :mod:`lint.garble_words` reports as such.
_HAVE_AFTER = re.compile(WS + r"ha(?:s|ve|d)" + RIGHT)
#: Words that may open a verbless "been" in speech ("Never been better").
_NOT_A_SUBJECT = frozenset({"never", "ever", "not", "just", "already", "always", "--", "-"})
#: Where a sentence (or a quotation inside one) starts, looking back from "been".
_CLAUSE_START = re.compile(r"[.!?;:\"\u201c\u201d]|''")
#: A quotation closed after a comma, then a name and a preposition where the
#: speech verb belongs ("...," Carson in an interview).
_HONORIFIC = lex.HONORIFIC_ABBREV
_TITLE = r"(?:" + _HONORIFIC + r"[ \t]+)?"
_QUOTE_NAME_GAP = re.compile(
    r"[,?!](?:[\"\u201d]|'')[ \t]+(?P<a>(?:(?P<role>[a-z]+)[ \t]+)?" + _TITLE
    + r"(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)[ \t]+"
    r"(?P<b>in|on|at|during|to|from|with|after|before)" + RIGHT + r"(?P<rest>[^.,;!?\"\u201c\u201d]*)")
#: ... or a name and nothing more before the full stop ('...," teammate Andre
#: Coley.', '..." Green .'), or a name and an appositive with no verb ('...,"
#: Craig Robinson, editor of the site.'): a lower-case word before the name is
#: a role, unless it is the verb. The stop is no abbreviation's ("Mrs. Obama",
#: "Raleigh, N.C.": the sentence splitter's list, :data:`lint.sentences.ABBREVIATIONS`).
_NOT_ABBREVIATION = "".join(rf"(?<!\b(?i:{re.escape(a)}))" for a in sorted(ABBREVIATIONS)) \
    + r"(?<!\b[A-Z])"
_QUOTE_NAME_END = re.compile(
    r"[,?!](?:['\u2019]?[\"\u201d]|'')[ \t]+(?P<a>(?:(?P<role>[a-z]+)[ \t]+)?" + _TITLE
    + r"(?!" + _HONORIFIC + r")[A-Z][a-z][\w'\u2019-]*"
    r"(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z][\w'\u2019-]*)){0,2})"
    r"(?:,[ \t]+(?P<app>[^\"\u201c\u201d\n]{1,160}?))?[ \t]?" + _NOT_ABBREVIATION
    + r"\.(?=\s|$)")
_RELATIVE = re.compile(r"(?:who|which|that|whose|whom)\b")
_LOWER_WORD = re.compile(r"[a-z][a-z'\u2019]*")
#: "to" after a verb that takes an infinitive, then a word no verb is ("expected
#: sales to once new models arrive", "is expected to next month"): the verb
#: after "to" is gone. The scan starts at "to"; the verb before is checked apart.
_TO_GAP = re.compile(r"to(?<![\w'\u2019-]to)[ \t]+(?P<b>once|when|until|by|with|in|on|at|from"
                     r"|after|before|next|the|a|an|his|her|their|its)" + RIGHT)
_TAKES_INFINITIVE = frozenset("""
expected expects expect plans planned wants wanted needs needed hopes hoped tries tried
trying struggled struggles intends intended refused decided vowed aims seeks sought
attempted managed failed
""".split())
#: "he" or "she" before a verb's bare form ("He give Cleveland a proven arm"):
#: the modal between them is gone. Verbs whose past is the same form ("cut",
#: "let", "set") are left out, and so is a subjunctive or question after
#: "that", "did", "will" ...
_HE_BARE_VERB = re.compile(r"[Hh]e[ \t]+(?P<b>" + alternation("""
give take make go get see know want think say tell ask try leave call keep begin seem help
show hear play move live believe bring happen write provide sit stand lose pay meet include
continue learn change lead understand watch follow stop create speak allow add spend grow
open walk win offer remember love consider appear buy wait serve die send expect build stay
fall reach kill remain suggest raise pass sell require report decide pull""".split()) + ")" + RIGHT)
_NOT_BEFORE_BARE = frozenset("""
that did does do will would can could should might may must to not let make made help helped
saw see watch watched heard hear had have has lest
""".split())
#: A demonstrative right before a determiner ("This no small irony"); at a
#: sentence start the verb between them is gone.
_DEMONSTRATIVE_GAP = re.compile(
    r"(?P<a>Th(?<![\w'\u2019-]Th)(?:is|ese|ose))[ \t]+(?P<b>no|an?|the)(?![\w'\u2019.-])")
#: A conjunction, a name and an article ("even though Clinton an outright
#: majority"): the name's verb is gone. "Because Obama a year ago ..." is an
#: adverb of time, so the article may not start one. The pattern starts at the
#: space before the name; the conjunction is checked on the word before.
_SUBORDINATORS = frozenset("though because while when if since although whereas unless".split())
_NAME_THEN_ARTICLE = re.compile(
    r" (?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<b>an?)[ \t]+"
    r"(?!(?:year|week|day|month|decade|century|few|couple|minute|hour|moment|second|"
    r"night|morning|while|time|bit|lot|little)s?(?![\w'\u2019-]))")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*$")
#: Capitalised words that are times, not names.
_TIME_WORDS = lex.CALENDAR | frozenset({"Today", "Tonight", "Yesterday"})
#: Nouns for an organisation or its voice that head a subject ("The teachers
#: union", "A spokesperson", "the health department").
_BODIES = ("union department agency council company ministry court board committee "
           "government police bureau service commission authority office spokesperson "
           "spokesman spokeswoman firm airline hospital university").split()
#: A subject at a sentence start: a plural role noun ("Officials", "European
#: regulators"), a name of two to four capitalised words with an optional title
#: ("Mayor Kerry Fitzgibbon", "Dr Sunita Rao"), or "The/A" and a body ("A
#: spokesperson"); then, straight
#: after it, the start of what it said ("Officials the move was aimed ..."):
#: the speech verb is gone. Matched only at sentence starts.
_SUBJECT_GAP = re.compile(
    r"[\"\u201c]?(?P<a>" + alternation(lex.ROLE_NOUNS) + r"|(?:(?:"
    + "|".join(lex.HONORIFICS + lex.WORD_TITLES + ("Mayor", "President", "Minister", "Captain"))
    + r")\.?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}"
    r"|(?:The|A|An)[ \t]+(?:[a-z]+[ \t]+)?" + alternation(_BODIES)
    + r"|[A-Z][a-z]+[ \t]+" + alternation(w.lower() for w in lex.ROLE_NOUNS)
    + r"|" + _HONORIFIC + r"[ \t]+[A-Z][a-z]+" + r")[ \t]+"
    r"(?P<b>the|a|an|it|he|she|they|its|his|her|their|those)[ \t]+[a-z]")
#: The same after an opening phrase and its comma ("At the first debate in
#: August, Kelly a microaggression, ..."): after the comma a capitalised word is
#: a name, never an imperative, so one word is enough.
_OPENER_SUBJECT_GAP = re.compile(
    r"[\"\u201c]?(?:In|On|At|After|Before|During|Last|Earlier|Later|This|Since|By|Over|Under"
    r"|Throughout|Following|Despite|Amid|Meanwhile|Still|Yet|However|Instead|Now|Then|Today"
    r"|Yesterday)(?:[ \t][\w'\u2019$.-]+){0,8},[ \t](?P<a>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})"
    r"[ \t](?P<b>the|a|an|his|her|their|its)[ \t]+[a-z]")
#: Both, as one pattern matched once per sentence start (groups a2, b2: the second).
_SENTENCE_SUBJECT_GAP = re.compile(
    "(?:" + _SUBJECT_GAP.pattern + "|"
    + _OPENER_SUBJECT_GAP.pattern.replace("?P<a>", "?P<a2>").replace("?P<b>", "?P<b2>") + ")")
#: A closing attribution with its verb gone: "..., organizers Wednesday.",
#: "..., the culture department on Monday."
_TAIL_GAP = re.compile(
    r",[ \t]+(?P<a>(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:" + alternation(w.lower() for w in lex.ROLE_NOUNS)
    + "|" + alternation(_BODIES) + r"))[ \t]+(?P<b>(?:on[ \t]+)?" + alternation(lex.WEEKDAYS) + r")\.")
#: Capitalised words that make a sentence opener a time or a connective, not a
#: subject ("Last Monday the council ...", "Earlier This Year ...").
_NOT_SUBJECT = _TIME_WORDS | lex.OPENERS_CLOSED | frozenset("""
Last Next Earlier Today Tonight Yesterday Meanwhile However Overall Finally
""".split())

#: A one-word name opening a sentence straight before a determiner ("Clinton an
#: 8-point lead among Democrats", "Christie numerous Jets games"): the verb is
#: gone. After an article the next word must start in lower case or with a
#: digit ("America the Beautiful" is a title). The word must be a name in this
#: article (see :func:`_is_name_here`).
_NAME_OPENING = re.compile(
    r"[\"\u201c]?(?P<a>[A-Z][a-z]+)[ \t]+(?:(?P<b>the|an?|his|her|their|its)[ \t]+[a-z0-9]"
    r"|(?P<q>numerous|several)[ \t])")
#: "There" opening a sentence straight before a quantifier ("There some limited
#: circumstances ..."): "is" or "are" is gone. ("There the" is an inversion.)
_THERE_GAP = re.compile(
    r"[\"\u201c]?(?P<a>There)[ \t]+(?P<b>some|many|several|numerous|few|no|an?|plenty|lots"
    r"|two|three|four|five|six|seven|eight|nine|ten)(?![\w'\u2019-])")
#: A subject pronoun straight before a weekday (", he Wednesday morning on
#: MSNBC"): the verb between them is gone.
_PRONOUN_WEEKDAY = re.compile(r"(?P<a>[Hh]e|[Ss]he|[Tt]hey|[Ww]e)[ \t]+(?P<b>"
                              + alternation(lex.WEEKDAYS) + r")(?![\w'\u2019-])")
#: A subject pronoun opening a sentence straight before a number ("He 92." for
#: "He was 92."): the verb between them is gone.
_PRONOUN_NUMBER = re.compile(r"[\"\u201c\u2018']?(?P<a>He|She|They|We)[ \t]+(?P<b>\d+(?:[.,]\d+)*)"
                             r"(?![\w'\u2019-])")
#: A subject pronoun opening a sentence, and the word after it.
_PRONOUN_OPENING = re.compile(r"[\"\u201c\u2018']?(?P<a>He|She|They|We)[ \t]+"
                              r"(?P<b>[a-z][a-z'\u2019-]*)(?![\w'\u2019-])")
#: Adverbs, emphatic words and hedges that stand between a subject pronoun and its verb
#: ("He last spoke ...", "They too ...", "He sort of ...") though English rarely pairs them.
_BETWEEN_SUBJECT_AND_VERB = frozenset("""
last first next once twice then now later soon still also even never ever alone too both
all each only just already often again yet nonetheless nevertheless himself herself
themselves ourselves instead meanwhile however therefore thus sort kind pretty rather quite
almost always sometimes
""".split())
#: Words a subject pronoun takes that the short finite-verb list lacks: speech
#: verbs, verb-only forms, common irregular pasts, "cannot", a conjunction ("He and
#: his wife"). Checked first, so that most sentences never need the word-pair counts.
_VERBS_AFTER_PRONOUN = lex.SPEECH_VERBS | lex.VERB_ONLY | frozenset("""
cannot and or but thought left lost felt kept held brought bought found made got sent
spent built meant stood understood won paid sold heard saw ran fought taught caught
""".split())
#: Verbs whose past is their bare form ("She cut the budget").
_SAME_PAST = frozenset("""
cut put set hit let quit shut spread cost hurt bet bid burst cast read split thrust upset
beat
""".split())


def dropped_verbs(doc: Document) -> Iterator[Hit]:
    """Two words that only a verb could join, with the verb gone.

    "been" with no "has", "have" or "had" before it in its sentence
    ("Republicans been critical"); a quotation closed after a comma, then a
    name and a preposition where the speech verb belongs ("...," Carson in an
    interview), unless a speech verb follows the preposition; "This", "These"
    or "Those" opening a sentence straight before a determiner ("This no
    small irony"); a conjunction, a name and an article ("though Clinton an
    outright majority"); a sentence's subject (a role noun, a full name,
    "Ms. Halvorsen", "A spokesperson", or after an opening phrase and comma
    any name: "In August, Kelly a microaggression") straight before what it
    said ("Officials the move was ..."), outside the headline, whose style
    drops verbs; a closing
    attribution with no verb (", organizers Wednesday.", '...," teammate
    Andre Coley.'); "to" after a verb that takes an infinitive, then a word no
    verb is ("is expected to next month"); "he" or "she" before a verb's bare
    form ("He give Cleveland a proven arm"); a sentence-opening subject
    pronoun before a word that is neither verb nor adverb ("She
    reasonableness instead of resentment", :func:`_no_verb_after`); a
    subject pronoun before a weekday (", he Wednesday morning on MSNBC") or,
    opening a sentence, before a number ("He 92."); "There" opening a
    sentence before a quantifier ("There some limited circumstances"); a
    one-word name opening a sentence before a determiner ("Clinton an
    8-point lead"), when the article writes that word only as a name.
    """
    text = doc.text
    ws = words(doc)
    if "been" in ws:
        yield from _bare_been(text)
    for m in _QUOTE_NAME_GAP.finditer(text):
        if m.group("role") not in lex.SPEECH_VERBS and \
                lex.SPEECH_VERBS.isdisjoint(m.group("rest").lower().split()):
            yield _gap(m, "a speech verb")
    for m in _QUOTE_NAME_END.finditer(text):
        if _verbless_attribution(m.group("role"), m.group("app")):
            yield Hit(m.start("a"), m.end("a"), f"a speech verb is missing after '{m.group('a')}'")
    for m in _TO_GAP.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before and before.group(1) in _TAKES_INFINITIVE:
            yield Hit(m.start(), m.end(), f"a verb is missing between 'to' and '{m.group('b')}'")
    for m in _HE_BARE_VERB.finditer(text):
        at = m.start() - (m.start() > 0 and text[m.start() - 1] in "Ss")
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "'\u2019-"):
            continue                      # "the", "she'" ... : not the pronoun
        before = _WORD_BEFORE.search(text, max(0, at - 20), at)
        if before is None or before.group(1).lower() not in _NOT_BEFORE_BARE:
            yield Hit(at, m.end(), f"a word is missing between '{text[at:m.start() + 2]}' "
                      f"and '{m.group('b')}'")
    for m in _DEMONSTRATIVE_GAP.finditer(text):
        if sentence_start(text, m.start()):
            yield Hit(m.start(), m.end(), "a word is missing between "
                      f"'{m.group('a')}' and '{m.group('b')}'")
    for m in _NAME_THEN_ARTICLE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before and before.group(1) in _SUBORDINATORS and \
                _TIME_WORDS.isdisjoint(m.group("a").split()):
            yield _gap(m, "a verb")
    for m in _PRONOUN_WEEKDAY.finditer(text):
        before = text[m.start() - 1:m.start()]
        if not (before.isalnum() or before in ("'", "\u2019", "-")):
            yield _gap(m, "a verb")       # (not the "he" of "the" or "she")
    head = doc.headline
    head_end = head.end if head is not None else -1
    match = _SENTENCE_SUBJECT_GAP.match
    names: dict[str, bool] = {}
    for s in doc.sentences:
        if s.start <= head_end:
            continue                      # headline style drops its verbs
        p = _PRONOUN_OPENING.match(text, s.start, s.end)
        if p is not None and _no_verb_after(p.group("a"), p.group("b")):
            yield _gap(p, "a verb")
        p = _THERE_GAP.match(text, s.start, s.end) \
            or _PRONOUN_NUMBER.match(text, s.start, s.end)
        if p is not None:
            yield _gap(p, "a verb")
        p = _NAME_OPENING.match(text, s.start, s.end)
        if p is not None and p.group("a") not in _NOT_SUBJECT \
                and text[s.start:s.end].rstrip(" \t\n\"'\u201d\u2019")[-1:] != "?":
            # (a verbless question is rhetoric: "Cyrus his anointed?")
            name = p.group("a")
            if name not in names:
                names[name] = _is_name_here(text, name)
            if names[name]:
                b = "b" if p.group("b") is not None else "q"
                yield Hit(p.start("a"), p.end(b), "a verb is missing between "
                          f"'{name}' and '{p.group(b)}'")
        m = match(text, s.start, s.end)
        if m is None:
            continue
        a, b = ("a", "b") if m.group("a") is not None else ("a2", "b2")
        subject = m.group(a).split()
        if subject[0] in ("The", "A", "An"):
            subject = subject[1:]         # "The union": the article is no time word
        if _NOT_SUBJECT.isdisjoint(subject):
            yield Hit(m.start(a), m.end(b), "a verb is missing between "
                      f"'{m.group(a)}' and '{m.group(b)}'")
    for m in _TAIL_GAP.finditer(text):
        yield _gap(m, "a speech verb")


def _is_name_here(text: str, word: str) -> bool:
    """Whether the capitalised ``word`` is a name in ``text``: capitalised
    inside a sentence somewhere (after a lower-case word, a comma or "Mrs.") and never
    written in lower case, which rules out sentence-opening words ("Read",
    "Join", "Inside") however the article uses them."""
    low = word.lower()
    if re.search(r"(?<![\w'\u2019-])" + low + r"(?![\w'\u2019-])", text):
        return False
    return re.search(r"(?:[a-z]|[a-z],|" + _HONORIFIC + ") " + word + r"(?![\w'\u2019-])",
                     text) is not None


def _no_verb_after(pronoun: str, word: str) -> bool:
    """Whether ``word``, straight after a sentence-opening subject pronoun,
    shows the verb between them is gone ("She reasonableness instead of
    resentment", "He up to 20 years in prison").

    The word is no verb form the pronoun takes (a finite verb, an "-ed" form,
    a bare form after "They" or "We", an "-s" form after "He" or "She") and no
    adverb that may stand before the verb; English puts it after "the" but
    never, in the word-pair counts (:mod:`lint.bigrams`), after the pronoun.
    Without those counts nothing is flagged.
    """
    if word in _BETWEEN_SUBJECT_AND_VERB or word in _SAME_PAST or word in lex.FINITE_AUX \
            or word in lex.MODALS or word in _VERBS_AFTER_PRONOUN \
            or word.endswith(("ed", "ly")) or "'" in word or "\u2019" in word:
        return False                  # (decided without the word-pair counts: no 38 ms load)
    from lint import bigrams
    from lint.finite_verbs import finite_verbs

    verbs = finite_verbs()
    if word in verbs:
        return False
    if pronoun in ("They", "We"):
        if word + "s" in verbs or word + "es" in verbs or bigrams.bigram("to", word) > 0:
            return False
    elif word.endswith("s") and not word.endswith("ss"):
        return False
    return bigrams.bigram(pronoun.lower(), word) == 0 and bigrams.bigram("the", word) > 0


def _verbless_attribution(role: str | None, appositive: str | None) -> bool:
    """Whether a name closing a quotation, with the word before it (``role``)
    and the appositive after it, lacks a verb: no speech verb anywhere, and
    no verb-like word (a finite verb, an auxiliary, an "-ed" form) outside a
    relative clause ("Robert Stone, a voter from Ohio, who already cast a
    ballot." has none; "Warren, who has not endorsed, told reporters" and
    "Smith, the mayor, laughed." do)."""
    from lint.finite_verbs import finite_verbs

    if role is not None and (role in lex.SPEECH_VERBS or role.endswith("ed")
                             or role in finite_verbs()):
        return False
    if appositive is None:
        return True
    low = appositive.lower()
    words_in = _LOWER_WORD.findall(low)
    if not lex.SPEECH_VERBS.isdisjoint(words_in):
        return False
    main = " ".join(p for p in low.split(",") if not _RELATIVE.match(p.strip()))
    verbs = finite_verbs() | lex.FINITE_AUX
    return not any(w in verbs or w.endswith("ed") for w in _LOWER_WORD.findall(main))


def _bare_been(text: str) -> Iterator[Hit]:
    """Each "been" with no have-form before it in its sentence."""
    for m in _BEEN.finditer(text):
        head = text[max(0, m.start() - 120):m.start()]
        starts = list(_CLAUSE_START.finditer(head))
        sentence = head[starts[-1].end():] if starts else head
        if not _NOT_A_SUBJECT.issuperset(sentence.lower().split()) and \
                not _HAVE_BEFORE.search(sentence) and not _HAVE_AFTER.match(text, m.end()):
            yield Hit(m.start(), m.end(), "'been' without 'has', 'have' or 'had' before it")


def _gap(m: re.Match[str], what: str) -> Hit:
    """A hit from group ``a`` to group ``b`` of ``m``: ``what`` is missing between them."""
    return Hit(m.start("a"), m.end("b"),
               f"{what} is missing between '{m.group('a')}' and '{m.group('b')}'")
