"""The document model: lines and positions, paragraphs, quotes, headline, HTML and
Markdown sources, and laziness."""

from __future__ import annotations

import pytest
from conftest import lint_text, make_rule

from lint.document import Document
from lint.inputs import document_from_text, extract_html, mask_markdown

# -- lines and positions ------------------------------------------------------

def test_lines_keep_offsets_and_blank_lines():
    doc = Document("a.txt", "One line.\n\nThird line.\n")
    assert [ln.text for ln in doc.lines] == ["One line.", "", "Third line.", ""]
    for ln in doc.lines:
        assert doc.text[ln.start:ln.end] == ln.text


@pytest.mark.parametrize("needle, expected", [
    ("One", (1, 1)), ("line.", (1, 5)), ("Third", (3, 1)), ("here", (3, 7)),
])
def test_position_maps_offset_to_line_and_column(needle, expected):
    doc = Document("a.txt", "One line.\n\nThird here.\n")
    assert doc.position(doc.text.index(needle)) == expected


def test_position_at_end_of_text_and_with_line_offset():
    doc = Document("a.txt", "ab\ncd")
    assert doc.position(len(doc.text)) == (2, 3)
    shifted = Document("a.jsonl", "ab\ncd", line_offset=10)
    assert shifted.position(3) == (12, 1)


# -- paragraphs ---------------------------------------------------------------

def test_blank_line_separated_paragraphs():
    doc = Document("a.txt", "First para here.\n\n  Second para here.  \n\n\nThird.")
    assert [p.text for p in doc.paragraphs] == ["First para here.", "Second para here.",
                                                 "Third."]
    assert [p.index for p in doc.paragraphs] == [0, 1, 2]
    for p in doc.paragraphs:
        assert doc.text[p.start:p.end] == p.text


def test_one_paragraph_per_line_as_scraped_files_have_them():
    doc = Document("a.txt", "Council backs bridge\nThe council voted on Tuesday.\n"
                            "Work starts in May.\n")
    assert [p.text for p in doc.paragraphs] == [
        "Council backs bridge", "The council voted on Tuesday.", "Work starts in May."]


def test_hard_wrapped_lines_are_joined():
    doc = Document("a.txt", "The council voted on Tuesday to fund\nthe new bridge across "
                            "the river.\nWork starts in May.\n")
    assert [p.text for p in doc.paragraphs] == [
        "The council voted on Tuesday to fund\nthe new bridge across the river.",
        "Work starts in May."]


def test_paragraph_at():
    doc = Document("a.txt", "Alpha beta.\n\nGamma delta.")
    assert doc.paragraph_at(doc.text.index("delta")).text == "Gamma delta."
    assert doc.paragraph_at(doc.text.index("\n\n") + 1) is None


def test_sentences_never_cross_paragraphs():
    doc = Document("a.txt", "No full stop here\nNext line starts. Second sentence.\n")
    assert [s.text for s in doc.sentences] == ["No full stop here", "Next line starts.",
                                               "Second sentence."]
    assert [s.text for s in doc.sentences_in(doc.paragraphs[1])] == [
        "Next line starts.", "Second sentence."]


# -- quotes -------------------------------------------------------------------

def test_straight_and_curly_quotes():
    doc = Document("a.txt", "\u201cWe will build it,\u201d the mayor said. Critics called "
                            "it \"a folly\" on Monday.")
    assert [(q.inner, q.closed) for q in doc.quotes] == [("We will build it,", True),
                                                         ("a folly", True)]
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text


def test_quote_running_over_several_paragraphs():
    text = ("\u201cThe bridge will carry ten thousand cars a day.\n\n"
            "\u201cIt will also carry the water main,\u201d the engineer said.\n\n"
            "Nobody objected.")
    doc = Document("a.txt", text)
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.paragraphs == (0, 1) and q.closed
    assert q.text.endswith("water main,\u201d")


def test_unclosed_quote_ends_at_its_paragraph():
    doc = Document("a.txt", "\"This quote never ends.\n\nThe next paragraph is plain.")
    assert [(q.text, q.closed, q.paragraphs) for q in doc.quotes] == [
        ("\"This quote never ends.", False, (0,))]


def test_scare_quote_left_open_does_not_run_on_into_the_next_paragraph():
    """A mark opened after a plain word ("those who are \u201csomewhat liberal")
    is a scare quote or a stray: the next paragraph's quotation is its own."""
    text = ("Clinton leads among those who are \u201csomewhat liberal, by 21 points.\n\n"
            "\u201cI have never seen it,\u201d said Edna Pruitt. \u201cPeople are angry.\u201d")
    doc = Document("a.txt", text)
    assert [q.inner for q in doc.quotes if q.closed] == ["I have never seen it,",
                                                         "People are angry."]
    assert doc.quotes[0].paragraphs == (0,) and not doc.quotes[0].closed


def test_stray_closing_mark_opens_nothing():
    doc = Document("a.txt", "A stray\u201d mark. Then \u201ca real one\u201d here.")
    assert [q.inner for q in doc.quotes] == ["a real one"]


# -- headline -----------------------------------------------------------------

def test_headline_is_a_short_first_line_without_full_stop():
    doc = Document("a.txt", "Council approves new river bridge\nThe council voted on "
                            "Tuesday to fund a bridge.\n")
    assert doc.headline is not None and doc.headline.text == "Council approves new river bridge"
    assert [c.index for c in doc.headline_candidates] == [0]


def test_no_headline_when_the_file_starts_with_a_sentence():
    doc = Document("a.txt", "The council voted on Tuesday to fund a bridge.\nIt costs a lot.\n")
    assert doc.headline is None


def test_headline_candidates_are_near_the_top_only():
    body = "".join(f"Sentence number {i} ends here.\n" for i in range(6))
    doc = Document("a.txt", body + "A late short line\n")
    assert doc.headline_candidates == []


# -- HTML and Markdown ----------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><title>Site name</title>
<script>var s = "Related Articles";</script></head>
<body>
  <h1>Council backs river bridge</h1>
  <p>The council voted on Tuesday
     to fund the   bridge &amp; a road.</p>
  <div>Caf&eacute; owners <b>welcomed</b> the plan.</div>
</body></html>
"""


def test_html_prose_extraction_drops_scripts_and_head():
    doc = document_from_text("page.html", HTML)
    assert [p.text for p in doc.paragraphs] == [
        "Council backs river bridge",
        "The council voted on Tuesday to fund the bridge & a road.",
        "Caf\u00e9 owners welcomed the plan."]
    assert "Related" not in doc.text and "Site name" not in doc.text


@pytest.mark.parametrize("word", ["Council", "Tuesday", "fund", "bridge", "road",
                                  "owners", "welcomed", "plan"])
def test_html_positions_point_at_the_source(word):
    doc = document_from_text("page.html", HTML)
    line, col = doc.position(doc.text.index(word))
    assert HTML.split("\n")[line - 1][col - 1:col - 1 + len(word)] == word


def test_extract_html_source_map_is_monotonic():
    _, smap = extract_html(HTML)
    assert [a for a, _ in smap] == sorted(a for a, _ in smap)


MARKDOWN = """---
title: Related Articles
---
# Council backs river bridge

The council voted on Tuesday.

```
Read more: not prose
```
<!-- a comment: Share this -->
The work starts in May.
"""


def test_markdown_masks_front_matter_code_and_comments_keeping_offsets():
    masked = mask_markdown(MARKDOWN)
    assert len(masked) == len(MARKDOWN)
    assert masked.count("\n") == MARKDOWN.count("\n")
    for gone in ("Related Articles", "Read more", "Share this", "title:"):
        assert gone not in masked
    doc = document_from_text("a.md", MARKDOWN)
    assert doc.position(doc.text.index("The work")) == (12, 1)
    assert doc.position(doc.text.index("voted")) == (6, 13)


def test_markdown_prose_is_linted_but_masked_text_is_not():
    rule = make_rule("existence", scope="line", ignorecase=True,
                     tokens=["related articles", "read more", "share this", "bridge"])
    result = lint_text(MARKDOWN, rule, name="a.md")
    assert [(f.line, f.match) for f in result.findings] == [(4, "bridge")]


# -- laziness -----------------------------------------------------------------

def test_line_rule_computes_no_sentences_or_quotes():
    rule = make_rule("existence", scope="line", tokens=["bridge"])
    doc = Document("a.txt", "Council backs bridge\nThe \u201cbridge\u201d. Mr. Smith spoke.\n")
    from lint.engine import Engine

    result = Engine([rule]).lint(doc)
    assert len(result.findings) == 2
    for attr in ("sentences", "quotes", "paragraphs", "headline_candidates"):
        assert attr not in doc.__dict__, attr


def test_sentence_rule_does_compute_sentences():
    rule = make_rule("existence", scope="sentence", tokens=["bridge"])
    doc = Document("a.txt", "Council backs bridge\n")
    from lint.engine import Engine

    Engine([rule]).lint(doc)
    assert "sentences" in doc.__dict__


def test_word_count():
    assert Document("a.txt", "It's a well-known, 3-part plan.").word_count == 5
