"""The ``garble`` check type: sentences damaged by spinning or bad extraction."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator

from lint.checks import CheckType, Key
from lint.document import Document
from lint.finding import Match

#: detector name -> (module, function); each function takes the Document. Data
#: several detectors need (the word list, the quotation marks of each
#: paragraph) is computed once per document through ``Document.memo``.
DETECTORS: dict[str, tuple[str, str]] = {
    "country_case": ("lint.garble_words", "lowercase_country"),
    "repeated_word": ("lint.garble_words", "repeated_words"),
    "word_order": ("lint.garble_gaps", "word_order"),
    "swapped_words": ("lint.garble_words", "swapped_words"),
    "sentence_end": ("lint.garble_words", "bad_sentence_end"),
    "lowercase_start": ("lint.garble_structure", "lowercase_start"),
    "run_on": ("lint.garble_structure", "run_on"),
    "unbalanced": ("lint.garble_structure", "unbalanced"),
    "truncated": ("lint.garble_structure", "truncated"),
    "mojibake": ("lint.garble_encoding", "mojibake"),
}


class Garble(CheckType):
    """Flags sentences damaged by article spinners, machine rewriting or bad
    text extraction: the reader meets words that no writer put there.

    ``detect`` chooses what to look for (one kind per rule):

    * ``country_case``: "us", "uk", "usa" in lower case where the country is
      meant ("the us government", "us officials", "the uk economy"); the
      pronoun ("told us", "let us", "for us") is left alone.
    * ``repeated_word``: a word printed twice ("years years", "is is"); doubles
      English allows ("had had", "that that") and names ("Walla Walla") pass.
      A number or amount printed twice in prose ("about 76 76 million years",
      "$7 $7 billion") counts too; tables and box scores ("Boston 45 45 .500")
      do not.
    * ``word_order``: closed-class neighbours grammar forbids: an article
      before an auxiliary, pronoun, relative or preposition ("the also", "a
      the", "the has", "The that failed", "A in the north" at a sentence
      start), a preposition before "of" ("from of"), a subject pronoun before
      an article or "to" ("we to school"), auxiliaries in the reverse of their
      only order ("be will", "been has"), a clitic "'s" on a word that never
      takes one ("this's", "which's"); "an" before a consonant ("emergency
      an vehicle"; not "an hour", "an x-ray"); a participle before the
      "been" or "be" it should follow ("have arrested been"); and a verb
      dropped between two words:
      "been" with no "has", "have" or "had" before it in its sentence
      ("Republicans been critical"), a subject pronoun before "been" or
      "being" ("as he being escorted") or before an object or possessive
      pronoun ("I her experience"), "It" opening a sentence before an
      article ("It the third attack"), a modal before a determiner mid-sentence
      ("his aides could the building"; inversions such as "nor could the"
      pass), a closed quotation, a name and a
      preposition with no speech verb ('...," Carson in an interview'),
      "This"/"These"/"Those" opening a sentence before a determiner ("This
      no small irony"), a conjunction, a name and "a"/"an" ("though Clinton
      an outright majority"), a sentence's subject straight before what it
      said ("Officials the move was ...", not in the headline), an
      attribution with no verb (", organizers Wednesday.", '...," teammate
      Andre Coley.'), "to" with no verb after an infinitive-taking one
      ("expected to next month"), "he"/"she" before a bare verb ("He give
      Cleveland a proven arm").
    * ``swapped_words``: two neighbours in the reverse of their usual order
      ("he be will exonerated", "we why are going", "I don't in believe
      firewalls", "as takes he on"), judged with English word-pair counts
      from Google Books (the frequency lists shipped with symspellpy, read
      without importing it). The printed pair must be missing from the list
      (seen fewer than about 6.4 million times) while its reverse is listed;
      both words must be common and one of them a function word (article,
      pronoun, auxiliary, preposition, relative); and the swapped order, with
      the words on either side, must be far likelier than the printed one.
      Coordinations ("and", "or"), floating adverbs ("only", "again", "-ly"),
      questions ("what will things be"), names (capitalised words) and words
      the list shows to be verbs before an object ("to return our") are left
      alone. Without symspellpy's data the detector reports nothing and the
      run says so.
    * ``sentence_end``: a sentence that ends on an article, conjunction or
      possessive ("... wind and sun and.", "... a year per.").
    * ``lowercase_start``: a sentence or paragraph that starts in lower case,
      with a comma, or with a bare "'s": its subject was cut off ("She will
      win. going to be closer"). Abbreviations ("a.m.", "etc.") and lower-case
      names ("iPhone", "de Blasio") are not sentence ends or starts; an
      all-lower-case paragraph counts only if it is a sentence of eight words
      or more with a closing stop (not a lower-case deck or tag line).
      Also a finite verb ("felt", "carries"; a list read off the word-pair
      counts, see ``lint/finite_verbs.py``) straight after a sentence's
      opening "But", "And", "Yet", "So" or adverb and comma ("Indeed,
      felt compelled ..."): the subject between them was deleted. Verbs news
      puts before their subject ("Then came the news", "Indeed, said one
      aide") and imperatives ("But remember") pass. Also a statement that
      opens with a finite verb ("Was sentenced Friday to 11 years"), a
      quotation closed straight onto its speech verb with no speaker
      ('"You can taste it," said.'), and a preposition and "which" or "whom"
      straight before a verb ("a century in which had stood"; "many of which
      have" is correct and passes); and an abbreviated title before a
      lower-case word ("Ms. smiled and said"): the name was deleted
      ("Mr. and Mrs.", "Mr. de Blasio" pass).
    * ``run_on``: a sentence cut off and run into the next: a capitalised
      closed-class word (pronoun, conjunction, preposition, article,
      sentence adverb) mid-sentence after a lower-case word and before
      another or a number ("... the only senator Last week, he", "referring
      to The attitude", "... grown fast In 2015 it held"), or doubled ("a ban on On Monday"), or a plural noun that
      opens news sentences ("... typhus Officials said", "... Exports rose"),
      unless the article capitalises it elsewhere mid-sentence before a
      lower-case word (a name: "Al From") or it sits in a title-case span or
      the headline; after an article, an opener is no name ("attacking the
      This time"); two quotations joined by a name and no speech verb, a
      curly quotation that opens again before it closed, a quotation that
      opens on a sentence's first words straight after a word that no
      quotation follows unpunctuated ('... space of votes "I actually').
    * ``unbalanced``: a quotation or bracket never closed in its paragraph (a
      quotation continued by reopening the next paragraph is fine), or a
      closing bracket with no opening one. Inch marks (6'2") are not quotes.
    * ``truncated``: a paragraph of at least ``min_words`` words that ends
      with no punctuation on a lower-case word or a number (not a year: date
      lines end on one) or a name straight after a speech verb after a full
      sentence ("... will return to zero within", "... none of the 22",
      '... a potential collapse," said Ka'), or on a mark no paragraph ends
      on (a comma, a quotation closed on a comma or just opened: '... for
      weeks,"', '... publicly. "Thes'), or on a broken word that is not English
      at all ("... have been c", "... the government busin"; judged with
      wordfreq's word list). A paragraph that is the start of another
      paragraph is a truncated teaser copy and is left to the duplicate rules.
    * ``mojibake``: encoding damage ("Ã©" for "é", "â€™" for "'"), found with
      ftfy (imported only when a line has a Latin-1 character), replacement
      characters and raw HTML entities.

    A garble rule reads the whole article (``scope`` is not used): each
    detector knows where sentences and paragraphs begin and end. The
    message's first ``%s`` is the flagged text, the second the reason.
    Where a repair is certain (a doubled word, the country's capitals, ftfy's
    repair) the finding carries it for ``--fix``.

    Why it matters: garbled sentences mark text as spun, scraped or corrupted;
    they mislead readers and poison anything trained or counted on the text.
    """

    name = "garble"
    keys = {"detect": Key((str,), None, "what to look for: " + " | ".join(DETECTORS),
                          required=True),
            "min_words": Key((int,), 10, "truncated: shortest paragraph to judge")}
    default_scope = "document"

    def setup(self) -> None:
        detect = self.options["detect"]
        if detect not in DETECTORS:
            raise ValueError(f"'detect' must be one of: {', '.join(DETECTORS)}")
        module, func = DETECTORS[detect]
        self._detector: Callable = getattr(importlib.import_module(module), func)
        self._kwargs = {"min_words": self.options["min_words"]} \
            if detect == "truncated" else {}

    def run_notes(self) -> list[str]:
        if self.options["detect"] == "swapped_words":
            from lint import bigrams

            if not bigrams.installed():
                return [f"{self.rule.id}: skipped, symspellpy's word-pair counts "
                        "are not installed (pip install symspellpy)"]
        return []

    def run(self, doc: Document) -> Iterator[Match]:
        seen: set[int] = set()
        for hit in self._detector(doc, **self._kwargs):
            if hit.start in seen:
                continue
            seen.add(hit.start)
            yield Match(hit.start, hit.end, (doc.text[hit.start:hit.end], hit.reason),
                        fix=hit.fix)
