"""Bare surnames a paragraph quotes that the article never names (lint.speakers)."""

from __future__ import annotations

import pytest

from lint.document import Document
from lint.speakers import unintroduced_speakers, unintroduced_titled

BODY = ("Harbour council approves footbridge repair\n\n"
        "Councillors in Port Wendell voted on Monday to repair the Saltmarsh footbridge, "
        "closed since a winter storm cracked two of its supports.\n\n"
        "{para}\n\n"
        "Engineers said the repair would take about sixteen weeks once materials arrive.\n")


def speakers(para: str, body: str = BODY) -> list[str]:
    doc = Document("a.txt", body.format(para=para))
    return unintroduced_speakers(doc, 2)


@pytest.mark.parametrize("para, names", [
    ("\"It was a long winter for everyone,\" Gainey said Monday.", ["Gainey"]),
    ("''We were too angry,'' Bosh joked with reporters.", ["Bosh"]),
    ("\u201cNobody listened,\u201d said Latimer.", ["Latimer"]),
    ("Cox says the council ignored the engineers for a year.", ["Cox"]),
    ("\"It is a scandal,\" Mr. Minassian said, and left.", ["Minassian"]),
    (("\"We need it,\" O'Neill said, and Hale-Jones told reporters: \"Soon.\" "
      "\"Agreed,\" Hale-Jones said."), ["O'Neill", "Hale-Jones"]),
])
def test_bare_surname_as_speaker_is_found(para, names):
    assert speakers(para) == names


@pytest.mark.parametrize("para", [
    "\"It was a long winter,\" Aled Price said Monday.",          # given in full
    "\"It was a long winter,\" he said Monday.",                   # a pronoun
    "\u201cWe\u2019re warned in the report that the supports will fail,\u201d it added.",
    "We\u2019re warned that the supports will fail.",               # a contraction, not a name
    "Officials said the footbridge would reopen in June.",
    "\"Soon,\" Price said, and the footbridge reopened.",          # named in another paragraph
    "\"Soon,\" Tuesday said nothing.",                             # a weekday
])
def test_named_pronoun_or_common_word_is_not_a_stranger(para):
    body = BODY.replace("Engineers said", "Engineers and councillor Aled Price said")
    assert speakers(para, body) == []


def test_surname_given_in_full_in_the_same_paragraph_is_introduced():
    para = "Bob Gainey runs the club. \"It was a long winter,\" Gainey said."
    assert speakers(para) == []


def test_a_title_does_not_make_a_surname_full():
    para = "Mr. Gainey runs the club. \"It was a long winter,\" Gainey said."
    assert speakers(para) == ["Gainey"]


# -- titled surnames: "Mr. Rubio", "Chief Williams" -----------------------------------

def titled(para: str, body: str = BODY) -> list[str]:
    return unintroduced_titled(Document("a.txt", body.format(para=para)), 2)


@pytest.mark.parametrize("para, names", [
    ("Mr. Rubio has not won a single contest this year.", ["Mr. Rubio"]),
    ("The warnings misfired. Chief Williams later admitted the rule was no problem.",
     ["Chief Williams"]),
    ("\u201cGov. Snyder announced the state was coordinating with FEMA,\u201d he said.",
     ["Gov. Snyder"]),
    ("While Mr. Cruz shares more of Mr. Ryan's views, they differ. Mr. Ryan left.",
     ["Mr. Cruz", "Mr. Ryan"]),
])
def test_titled_surname_the_article_never_names_is_found(para, names):
    assert titled(para) == names


@pytest.mark.parametrize("para", [
    "Sen. Ted Cruz said the bridge was a waste of money.",            # a first reference
    "Sen. Cruz (R-Texas) called the bridge a waste of money.",        # ditto, with a state
    "Chief Justice Roberts and the Justice Department were not asked.",
    "Retired Lt. Gen. Mick Bednarek inspected the supports.",
    "Mr. Price, who chairs the works committee, backed the repair.",  # named elsewhere
    "Bob Gainey runs the club, and Mr. Gainey backed the repair.",    # given in full here
])
def test_first_references_titles_and_named_people_are_not_strangers(para):
    body = BODY.replace("Engineers said", "Engineers and councillor Aled Price said")
    assert titled(para, body) == []
