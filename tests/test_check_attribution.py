"""The attribution check type: quotes with no speaker, first person lifted into narrative.

Every article here was written for these tests. ``article(...)`` puts a
headline on line 1 and one paragraph every two lines after it, so paragraph
``k`` (0-based) starts on line ``3 + 2k``.
"""

from __future__ import annotations

import pytest
from conftest import FIXTURES, ROOT, folder_findings, lint_text, make_rule

from lint.document import Document
from lint.rules import RuleError, build_rule, read_rule_file

PACK = ROOT / "rules" / "Newslint"
DIR = FIXTURES / "attribution"


def shipped(name: str):
    path = PACK / f"{name}.yml"
    return build_rule(f"Newslint.{name}", str(path), read_rule_file(path))


QUOTE = shipped("UnattributedQuote")
LIFT = shipped("LiftedFirstPerson")
HEADLINE = "Ferry town weighs the future of its old bridge"
NARRATIVE = ("The county closed the Mill Street bridge in March after inspectors found "
             "cracks in two of its supports.")


def article(*paragraphs: str) -> str:
    return "\n\n".join([HEADLINE, *paragraphs]) + "\n"


def line_of(k: int) -> int:
    return 3 + 2 * k


def quote_lines(text: str, rule=QUOTE) -> list[int]:
    return [f.line for f in lint_text(text, rule).findings]


# -- attributed quotes are left alone ------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    # speech verb after the quote
    '"We will reopen the bridge by the end of the summer," the mayor said.',
    '"We will reopen the bridge by the end of the summer," said Mayor Ana Ruiz.',
    # speech verb before it
    'Mayor Ana Ruiz told the council, "We will reopen the bridge by the end of the summer."',
    'According to the mayor, "the bridge will reopen by the end of the summer at the latest."',
    # the sentence before ends on its speaker, in the same paragraph
    NARRATIVE + ' The repairs are on schedule, Mayor Ana Ruiz said on Tuesday. '
    '"We will reopen the bridge by the end of the summer."',
    NARRATIVE + ' The repairs are on schedule, said Ana Ruiz, the mayor. '
    '"We will reopen the bridge by the end of the summer."',
    NARRATIVE + ' Mayor Ana Ruiz spoke to reporters after the council meeting. '
    'She told them plainly. "We will reopen the bridge by the end of the summer."',
    NARRATIVE + ' A resident stood up and asked the mayor a question of her own. '
    '"Who is going to pay for all of this in the end?"',
    # reported speech about the speaker, then the speaker's own first-person words
    NARRATIVE + ' Mayor Ana Ruiz said she had walked the bridge every day as a child. '
    '"I will not be the mayor who lets it fall into the river."',
    # colon-introduced
    'The mayor was blunt: "We will reopen the bridge by the end of the summer."',
    NARRATIVE + ' The inspectors put their finding in one line: '
    '"The northern supports cannot carry a loaded truck."',
    # speaker in the sentence after
    NARRATIVE + ' "Who is going to pay for all of this in the end?" asked one resident.',
    NARRATIVE + ' "The bridge has outlived every promise made about it." '
    'That was the engineer\'s verdict.',
    NARRATIVE + ' "The bridge has outlived every promise made about it." '
    'That was how Dr. Ana Ruiz, the county engineer, summed up its history.',
    # a second quote continuing an attributed one
    '"We will reopen the bridge by the end of the summer," the mayor said. '
    '"After that, the ferry timetable goes back to normal as well."',
    # first person inside the quote is fine
    NARRATIVE + ' "We owe the people of this town a bridge they can trust," '
    'the mayor said in a statement.',
])
def test_attributed_quote_is_not_flagged(paragraph):
    assert quote_lines(article(NARRATIVE, paragraph)) == []


@pytest.mark.parametrize("quote", [
    "\u201cWe will reopen the bridge by the end of the summer,\u201d the mayor said.",
    "''We will reopen the bridge by the end of the summer,'' the mayor said.",
])
def test_curly_and_doubled_single_quotes_with_a_speaker_pass(quote):
    assert quote_lines(article(NARRATIVE, NARRATIVE + " " + quote)) == []


@pytest.mark.parametrize("phrase", [
    'Critics called the repair plan a bit of a "stretch".',
    'Locals have long called it the "Bridge to Nowhere" and worse.',
    'The plan was featured on the radio show "Morning Tide" last week.',
    'Residents said the closure left them "cut off from everything".',
])
def test_scare_quotes_titles_and_nicknames_are_not_flagged(phrase):
    assert quote_lines(article(NARRATIVE + " " + phrase)) == []


def test_partial_quote_inside_a_narrative_sentence_is_not_flagged():
    text = article(NARRATIVE + ' The county wants the work done "before the first school '
                   'bus of the autumn has to cross the river" and has hired extra crews.')
    assert quote_lines(text) == []


@pytest.mark.parametrize("before", [
    "The county had no other choice, Mayor Ana Ruiz said.",
    "The county had no other choice. Mayor Ana Ruiz explained why:",
    '"The county had no other choice," Mayor Ana Ruiz said. "None at all."',
    # a quote paragraph of a named speaker, running on
    '"The county had no other choice," Mayor Ana Ruiz said.\n\n'
    '"The engineers were clear about what would happen next."',
])
def test_quote_paragraph_continuing_the_speaker_of_the_paragraph_before(before):
    text = article(NARRATIVE, before,
                   '"We could not ask a school bus to cross a bridge with cracked supports."')
    assert quote_lines(text) == []


def test_furniture_line_between_speaker_and_quote_paragraph_is_skipped():
    text = article(NARRATIVE, "The county had no other choice, Mayor Ana Ruiz said.",
                   "Share this story", "Advertisement",
                   '"We could not ask a school bus to cross a bridge with cracked supports."')
    assert quote_lines(text) == []


@pytest.mark.parametrize("before", [
    # the speaker is named early in the paragraph, not at its end
    "Mayor Ana Ruiz said the county had no other choice. The bridge was built in 1931 "
    "and last repainted in 1987.",
    # complete reported speech does not introduce a further quote
    "Mayor Ana Ruiz said that the county had no other choice.",
    "Engineers noted that the supports had been cracked for at least a decade.",
])
def test_quote_paragraph_with_no_speaker_at_the_end_of_the_paragraph_before(before):
    text = article(NARRATIVE, before,
                   '"We could not ask a school bus to cross a bridge with cracked supports."')
    assert quote_lines(text) == [line_of(2)]


@pytest.mark.parametrize("before", [
    "Mayor Ana Ruiz said that the repairs were on schedule.",
    "Mayor Ana Ruiz added that the contractor had been paid in full.",
    "Her deputy said the contractor had been paid in full.",
    "It is money well spent, officials say, that will be recovered in tolls.",
    "The report says drivers who ignore the closure can be fined on the spot.",
    "Ruiz told the council that the county would not pay for the ferry.",
])
def test_complete_reported_speech_does_not_introduce_a_quote(before):
    text = article(NARRATIVE, NARRATIVE + " " + before +
                   ' "Every family on this street has paid for that bridge twice already."')
    assert quote_lines(text) == [line_of(1)]


def test_stray_quote_ending_the_paragraph_before_does_not_hide_its_speaker():
    text = article(NARRATIVE,
                   NARRATIVE + " Mayor Ana Ruiz said she had crossed it every day as a child. "
                   '"Every family on this street has paid for that bridge twice already."',
                   '"I will not be the mayor who lets that bridge fall into the river."')
    assert quote_lines(text) == [line_of(1)]


def test_pull_quote_repeating_the_narrative_is_not_flagged():
    pull = "the county closed the bridge after inspectors found cracks in two supports"
    text = article("In March " + pull + ".", NARRATIVE, f'"{pull.capitalize()}."',
                   "The county expects to choose a contractor in May.")
    assert quote_lines(text) == []
    moved = article("In March the council met.", NARRATIVE, f'"{pull.capitalize()}."',
                    "The county expects to choose a contractor in May.")
    assert quote_lines(moved) == [line_of(2)]


def test_quote_paragraph_signed_by_the_next_line():
    text = article(NARRATIVE, '"Fix the bridge before you fix anything else in this town."',
                   "- Letter from a reader, Mill Street")
    assert quote_lines(text) == []


def test_multi_paragraph_quote_with_its_speaker_in_the_first_paragraph():
    text = article(NARRATIVE,
                   'Mayor Ana Ruiz said: "We looked at every option the engineers gave us.',
                   '"Some were cheaper on paper. None of them would last another winter."')
    assert quote_lines(text) == []


def test_quote_in_the_headline_is_not_judged():
    text = '"We will not abandon Mill Street to the river" vows the county\n\n' + NARRATIVE
    assert quote_lines(text) == []


def test_quote_that_never_closes_is_not_judged():
    text = article(NARRATIVE + ' "The bridge will be open again by the autumn at the latest')
    assert quote_lines(text) == []


# -- unattributed quotes are flagged -------------------------------------------------

@pytest.mark.parametrize("quote", [
    '"Every family on this street has paid for that bridge twice already."',
    "\u201cEvery family on this street has paid for that bridge twice already.\u201d",
    "''Every family on this street has paid for that bridge twice already.''",
    '"Every family on this street has paid for that bridge twice already".',
])
def test_quote_appended_to_a_narrative_paragraph_is_flagged(quote):
    text = article(NARRATIVE, NARRATIVE + " Repairs are expected to take a year. " + quote)
    found = lint_text(text, QUOTE).findings
    assert [f.line for f in found] == [line_of(1)]
    assert found[0].message.startswith("Quote has no speaker: \u201cEvery family")
    assert found[0].match.lstrip("\"'\u201c").startswith("Every family")


def test_unattributed_quote_in_the_middle_of_a_paragraph_is_flagged():
    text = article(NARRATIVE + ' "Every family on this street has paid for that bridge twice." '
                   "The county expects to choose a contractor in May.")
    assert quote_lines(text) == [line_of(0)]


def test_speech_verb_two_sentences_back_does_not_attribute():
    text = article("Officials said the bridge would reopen in the summer. "
                   "Repairs are expected to take a year. "
                   '"Every family on this street has paid for that bridge twice already."')
    assert quote_lines(text) == [line_of(0)]


def test_multi_paragraph_quote_with_no_speaker_is_flagged_where_it_starts():
    text = article(NARRATIVE,
                   NARRATIVE + ' "We looked at every option the engineers gave us.',
                   '"Some were cheaper on paper. None of them would last another winter."')
    assert quote_lines(text) == [line_of(1)]


def test_finding_line_is_the_line_holding_the_quote_in_a_wrapped_paragraph():
    text = (HEADLINE + "\n\nThe county closed the Mill Street bridge in March after\n"
            "inspectors found cracks in two of its supports. Repairs will\n"
            'take a year. "Every family on this street has paid for it twice."\n')
    assert quote_lines(text) == [5]


def test_quote_paragraph_with_no_speaker_anywhere_near():
    text = article(NARRATIVE, '"Every family on this street has paid for that bridge twice."',
                   "The county expects to choose a contractor in May.")
    assert quote_lines(text) == [line_of(1)]
    off = make_rule("attribution", category="attribution", paragraph_quotes=False)
    assert quote_lines(text, off) == []


def test_min_words_sets_how_long_a_quote_must_be():
    text = article(NARRATIVE + ' "Nobody told us anything."')
    assert quote_lines(text) == []                       # four words: a fragment
    short = make_rule("attribution", category="attribution", min_words=3)
    assert quote_lines(text, short) == [line_of(0)]


# -- first person lifted into the narrative -----------------------------------------------

LIFTED = (NARRATIVE + " Several neighbouring towns face the same problem. "
          "As they plan their own repairs, we urge them to learn from ours.")


def test_lifted_first_person_sentence_is_flagged_on_its_line():
    text = article(NARRATIVE, LIFTED, "The county expects to choose a contractor in May.")
    found = lint_text(text, LIFT).findings
    assert [f.line for f in found] == [line_of(1)]
    assert found[0].match.startswith("As they plan their own repairs")


@pytest.mark.parametrize("paragraph", [
    # inside quote marks, with a speaker
    NARRATIVE + ' "As they plan their own repairs, we urge them to learn from ours," '
    'the mayor said.',
    # speaker in the sentence itself
    NARRATIVE + " As they plan their own repairs, we urge them to learn from ours, "
    "the mayor told the council.",
    # the writer's voice, not a lift
    NARRATIVE + " As we reported last month, the repair bill has doubled.",
    NARRATIVE + " If we remember one thing about this bridge, it should be the flood.",
    NARRATIVE + " We know the supports were last inspected in 1998.",
    # names, not pronouns
    NARRATIVE + " The group Our Town Forward has asked for a public hearing.",
    NARRATIVE + " Veterans of World War I built the first span.",
    # a British single-quoted quotation that runs on into the next paragraph
    "\u2018The span is closed until further notice,\u2019 she said. \u2018We would like to hear "
    "from anyone who crossed it on Sunday night.",
])
def test_first_person_that_is_not_a_lift_is_left_alone(paragraph):
    assert lint_text(article(NARRATIVE, paragraph), LIFT).findings == []


def test_first_person_article_is_left_alone():
    column = article("I grew up two streets from the Mill Street bridge. I crossed it every day.",
                     "My father fished from it. " + NARRATIVE,
                     NARRATIVE + " I think the county waited too long.",
                     LIFTED)
    assert lint_text(column, LIFT).findings == []


def test_a_one_sentence_first_person_paragraph_is_not_a_lift():
    # a lift sits among third-person sentences of its paragraph
    text = article(NARRATIVE, "We urge every town on the river to inspect its bridges.")
    assert lint_text(text, LIFT).findings == []


# -- rule validation, document quotes, golden fixtures -----------------------------------

def test_unknown_target_is_a_rule_error():
    with pytest.raises(RuleError, match="target"):
        make_rule("attribution", category="attribution", target="speaker")


def test_document_finds_curly_straight_doubled_and_multi_paragraph_quotes():
    text = ("One \u201ccurly quote here\u201d and \"straight one\" and ''doubled one''.\n\n"
            '"First part of a long quote.\n\n"Second part."\n')
    quotes = Document("a.txt", text).quotes
    assert [q.inner for q in quotes][:3] == ["curly quote here", "straight one", "doubled one"]
    assert quotes[3].paragraphs == (1, 2) and quotes[3].closed


def test_golden_fixture_findings():
    expected = (DIR / "expected.txt").read_text().split()
    assert folder_findings(DIR, QUOTE, LIFT) == expected


def test_both_targets_share_the_masked_text_per_document(monkeypatch):
    """The quote mask is computed once per document for both attribution rules."""
    from lint.checks.attribution import Attribution

    calls = []
    real = Attribution._masked
    monkeypatch.setattr(Attribution, "_masked",
                        staticmethod(lambda doc: calls.append(1) or real(doc)))
    text = ("Council shuts the pool\n\nThe council closed the pool on Monday. "
            "\"Nobody will swim here again this summer, not even once.\"\n")
    rules = [make_rule("attribution", rule_id="T.Quote"),
             make_rule("attribution", rule_id="T.First", target="first_person")]
    assert [f.rule for f in lint_text(text, *rules).findings] == ["T.Quote"]
    assert len(calls) == 1
