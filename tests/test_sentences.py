"""Abbreviation-aware sentence splitting: pass and fail cases, proselint style."""

from __future__ import annotations

import pytest

from lint.sentences import split_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_spans(text)]


@pytest.mark.parametrize("text", [
    "The U.S. Army built the bridge.",
    "Shares of Acme Corp. rose on Tuesday.",
    "Mr. Okafor and Dr. Lind met Sen. Ruiz.",
    "The vote is set for Jan. 14 at the town hall.",
    "Prices rose 3.75 percent in the quarter.",
    "It cost $4.2 million in all.",
    "The report was written by J. R. Hollis.",
    "George W. Bayliss chaired the meeting.",
    "The office is at No. 10 Harbour Street.",
    "The session ended at 5 p.m. Tuesday.",
    "She met officials in Springfield, Ill., last week.",
    "See fig. 3 in the annex.",
    "Ships came from Acme Inc. and Brill Ltd. to the port.",
])
def test_one_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    ("The bridge opened. Traffic flowed.", ["The bridge opened.", "Traffic flowed."]),
    ("Did it work? Yes! It did...  Mostly.", ["Did it work?", "Yes!", "It did...",
                                              "Mostly."]),
    ("He moved to the U.S. The move was hard.", ["He moved to the U.S.",
                                                 "The move was hard."]),
    ("He said no. The talks ended.", ["He said no.", "The talks ended."]),
    ("She was ill. The doctor came.", ["She was ill.", "The doctor came."]),
    ("The session ended at 5 p.m. The next day was calm.",
     ["The session ended at 5 p.m.", "The next day was calm."]),
    ("They chose Plan B. The plan failed.", ["They chose Plan B.", "The plan failed."]),
    ('She said, "Go home." Then she left.', ['She said, "Go home."', "Then she left."]),
    ("\u201cIt is done.\u201d The crowd cheered.", ["\u201cIt is done.\u201d",
                                                   "The crowd cheered."]),
    ("Sales rose 4 percent. 2019 was better.", ["Sales rose 4 percent.", "2019 was better."]),
])
def test_split(text, expected):
    assert sentences(text) == expected


def test_spans_are_trimmed_and_respect_bounds():
    text = "xx  One. Two.  yy"
    spans = split_spans(text, 2, len(text) - 2)
    assert [text[s:e] for s, e in spans] == ["One.", "Two."]


def test_lower_case_after_full_stop_is_not_a_new_sentence():
    assert sentences("It rose 5 pct. on the day.") == ["It rose 5 pct. on the day."]


def test_a_token_longer_than_the_lookback_window_is_read_whole():
    # The token before a full stop is read from its last 32 characters first; a
    # longer token must still be judged whole. Its last 32 characters alone
    # ("a.b. ... p.") would read as a dotted acronym and hide the boundary.
    acronym = ".".join("abcdefghijklmnop") + "."
    assert len(acronym) == 32
    assert sentences(f"He typed {acronym} Officials laughed.") == \
        [f"He typed {acronym} Officials laughed."]
    assert sentences(f"He typed xyz{acronym} Officials laughed.") == \
        [f"He typed xyz{acronym}", "Officials laughed."]
