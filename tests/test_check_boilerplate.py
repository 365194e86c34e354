"""The ``boilerplate`` check type: page furniture found by wording, shape and place.

Every example here is written for these tests (a made-up harbour town). Each kind of
furniture has a case that must be flagged and a look-alike that must not; the
must-not-flag cases of the brief (the headline, a short closing sentence, an
in-article sub-heading) have their own tests; a golden fixture pins the exact
``file:line:col:Rule.Id`` findings of the shipped rules.
"""

from __future__ import annotations

import json
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

import pytest
from conftest import FIXTURES, lint_text, make_rule

from lint.checks.boilerplate import DEFAULT_WEIGHTS, KINDS, Classifier
from lint.inputs import document_from_text
from lint.rules import RuleError

BOILERPLATE_RULES = ("Newslint.Dateline", "Newslint.Byline", "Newslint.Copyright",
                     "Newslint.CommentNotice", "Newslint.ReadMoreLink",
                     "Newslint.RelatedStories", "Newslint.PageFurniture")
GOLDEN = FIXTURES / "boilerplate"

HEADLINE = "Harbour council approves long-delayed footbridge repair"
BODY = [
    "Councillors in Port Wendell voted on Monday night to spend 2.4 million dollars "
    "repairing the Saltmarsh footbridge, which has been closed to walkers since a winter "
    "storm cracked two of its supports.",
    "The vote, seven to two, ends almost a year of argument over whether the footbridge "
    "should be repaired or pulled down and replaced with a wider crossing for bicycles.",
    "\"People have been walking the long way round the estuary for eleven months,\" said "
    "councillor Aled Price, who proposed the repair. \"They want their footbridge back.\"",
    "Engineers told the council that the repair would take about sixteen weeks once "
    "materials arrive, and that the footbridge could reopen before the summer holidays.",
    "The two councillors who voted against the plan said a replacement crossing would "
    "last longer and serve cyclists, who are barred from the narrow footbridge deck.",
    "Council officers said the repair would be paid for from the harbour maintenance "
    "reserve, so the footbridge work would not raise local taxes this year.",
]


def article(top: list[str] = (), middle: list[str] = (), bottom: list[str] = (),
            headline: str = HEADLINE) -> str:
    """Headline, optional lines above it, the body with lines after paragraph 3, a tail."""
    paras = [*top, headline, *BODY[:3], *middle, *BODY[3:], *bottom]
    return "\n\n".join(paras) + "\n"


RULE = make_rule("boilerplate", category="boilerplate", level="error")


def flagged_lines(text: str, rule=RULE, name: str = "article.txt") -> list[str]:
    """The text of every flagged line."""
    return [f.match for f in lint_text(text, rule, name=name).findings]


def kinds_of(text: str) -> dict[str, str]:
    """Flagged line -> furniture kind, straight from the classifier."""
    doc = document_from_text("article.txt", text)
    return {v.para.text: v.kind for v in Classifier().classify(doc) if v.flagged}


# -- a clean article stays clean ------------------------------------------------------

def test_clean_article_has_no_findings():
    assert flagged_lines(article()) == []


def test_headline_is_never_flagged_even_when_it_opens_like_a_link():
    text = article(headline="Watch: Mayor defends footbridge budget after heated meeting")
    assert flagged_lines(text) == []


def test_short_section_label_as_first_line_is_left_alone():
    # The first line is the article's own: at most a decisive cue may mark it.
    assert flagged_lines(article(headline="IN BRIEF")) == []


def test_real_short_closing_sentence_is_not_flagged():
    text = article(bottom=["The harbour authority did not respond to a request for comment."])
    assert flagged_lines(text) == []


def test_short_closing_sentence_with_new_words_is_still_not_flagged():
    # Shares nothing with the article, but it ends like a sentence.
    text = article(bottom=["A spokeswoman for the ferry company declined to comment."])
    assert flagged_lines(text) == []


def test_in_article_subheading_is_not_flagged():
    text = article(middle=["Why the footbridge repair won the vote"])
    assert flagged_lines(text) == []


def test_markdown_subheading_is_not_flagged():
    text = article(middle=["## What happens to the crossing next"])
    assert flagged_lines(text, name="article.md") == []


def test_lead_in_ending_in_colon_is_not_flagged():
    text = article(middle=["Councillor Price put it this way:"])
    assert flagged_lines(text) == []


def test_repeated_headline_is_left_to_the_duplicate_rules():
    text = article(top=[], middle=[], bottom=[]).replace(
        HEADLINE + "\n\n", HEADLINE + "\n\n" + HEADLINE + " Share\n\n", 1)
    assert flagged_lines(text) == []


def test_date_inside_a_sentence_is_not_a_dateline():
    text = article(middle=["On March 10, 2020, the council will vote on the final budget."])
    assert flagged_lines(text) == []


# -- datelines ----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Published: Tue, March 3, 2020",
    "Last Updated: 4 March 2020 09:41 AM",
    "Updated 4:15 p.m. EST Jan 9, 2021",
    "03/03/2020 | Permalink",
])
def test_dateline_above_the_headline_is_flagged(line):
    text = article(top=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "dateline"


# -- bylines and section labels -------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Local News | By Maria Gonzalez",
    "By Tom Ashby, The Riverside Courier",
    "BY HARRIET COLE AND DEV PATEL",
    "Harriet Cole | Valley Gazette",
    "Tom Ashby, The Riverside Courier",
    "Valley Gazette Staff",
    "By Ben Shapiro @benshapiro",
])
def test_byline_is_flagged(line):
    text = article(top=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "byline"


def test_sentence_starting_with_by_is_not_a_byline():
    text = article(middle=["By the end of the meeting, most members had agreed."])
    assert flagged_lines(text) == []


# -- copyright and credits --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "\u00a9 2020 Wendell Valley Media Ltd. All rights reserved.",
    "Copyright Northfield Press Agency",
    "Copyright \u00a9 2019 Harbour Times Company",
])
def test_copyright_line_is_flagged(line):
    text = article(bottom=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "copyright"


def test_copyright_in_a_sentence_is_not_flagged():
    text = article(middle=["The band sued the council over copyright last year."])
    assert flagged_lines(text) == []


# -- comment sections -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Posted by: estuarywalker | March 4, 2020 08:15 AM",
    "Posted by ferryfan on 03/04/20 at 9:12PM",
    "Report this comment",
    "Post a comment",
    "Comments are moderated and may take a day to appear.",
])
def test_comment_section_text_is_flagged(line):
    text = article(bottom=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "comments"


def test_sentence_about_posting_comments_is_not_flagged():
    text = article(middle=["Residents can post comments on the repair plan until Friday "
                           "at the town hall, officials said."])
    assert flagged_lines(text) == []


# -- links to other stories -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "READ MORE: Coastal rail line to close for ten days of track works",
    "Also Read: Ferry operator fined over late sailings",
    "Related: Bakery chain to open forty new shops by autumn",
    "Previous story: Lighthouse keeper retires after forty years",
])
def test_link_to_another_story_is_flagged_in_the_body(line):
    text = article(middle=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "link"


# -- related-story lists ----------------------------------------------------------------

RELATED = ["Mountain rescue team called out twice in one night",
           "Bakery chain to open forty new shops by autumn",
           "Teenage chess prodigy wins national title"]


def test_run_of_other_headlines_after_the_article_is_flagged():
    text = article(bottom=["Related Stories", *RELATED])
    assert flagged_lines(text) == ["Related Stories", *RELATED]
    assert {kinds_of(text)[h] for h in RELATED} == {"related"}


def test_related_list_without_a_label_is_flagged_at_the_end():
    text = article(bottom=RELATED)
    assert flagged_lines(text) == RELATED


def test_lone_unrelated_headline_with_new_names_inside_the_body_is_flagged():
    line = "Glasgow bakers protest as Edinburgh flour costs soar"
    assert flagged_lines(article(middle=[line])) == [line]


def test_bulleted_list_inside_the_body_is_content():
    items = ["- a wider deck for prams", "- new lighting along the estuary path",
             "- handrails on both sides"]
    text = article(middle=["Residents asked for three changes:", *items])
    assert flagged_lines(text) == []


# -- page controls, adverts, forms ------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Advertisement", "Share this:", "Printer friendly version", "Email this article",
    "Email to a friend", "Password:", "Email address *", "Tags:",
])
def test_page_control_is_flagged(line):
    text = article(bottom=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "nav"


def test_advert_slot_inside_the_body_is_flagged():
    assert flagged_lines(article(middle=["Advertisement"])) == ["Advertisement"]


def test_lone_section_name_below_the_headline_is_flagged():
    text = article().replace(HEADLINE + "\n\n", HEADLINE + "\n\nEurope - Nordic\n\n", 1)
    assert flagged_lines(text) == ["Europe - Nordic"]


# -- furniture found by category and shape, not by one site's wording ------------------

@pytest.mark.parametrize("line", [
    "You may also like", "In other news", "Sponsored content", "Tap to listen",
    "Swipe for more photos", "Loading...", "Next story Previous story",
])
def test_line_of_page_words_inside_the_body_is_flagged(line):
    text = article(middle=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "nav"


def test_repeated_page_words_header_is_flagged_both_times():
    # Repeats are the duplicate rules' business, but not lines of nothing but page words.
    text = article(middle=["From around the web"], bottom=["From around the web"])
    assert flagged_lines(text) == ["From around the web", "From around the web"]


def test_page_words_header_is_not_taken_for_the_headline():
    text = article().replace(HEADLINE + "\n\n", HEADLINE + "\n\nMore on this topic\n\n", 1)
    assert flagged_lines(text) == ["More on this topic"]


@pytest.mark.parametrize("line", [
    "Please enable JavaScript in your browser to watch this video.",
    "We use cookies on this site. By continuing to browse you accept our use of cookies.",
    "This content is available to subscribers only. Log in or subscribe to keep reading.",
    "You have used all of your free stories this week",
    "Download the app to get breaking news alerts",
    "Accept cookies",
])
def test_site_notice_to_the_reader_is_flagged(line):
    text = article(middle=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "nav"


@pytest.mark.parametrize("line", [
    "You can read the full engineering report on the council website.",
    "Mr Price said he would post updates on Facebook, Twitter and Instagram for residents.",
    "Residents can subscribe to council alerts for updates on the footbridge work.",
    "\"Please share your photos of the old footbridge with us,\" the museum asked.",
    "The council said residents could share their views on the footbridge by email.",
    # look-alikes of the cues probe set R prompted
    "Lawmakers from both parties have been invited to join the conversation about the bridge.",
    "\"Join the conversation,\" the campaign posters urge, above a link to the council site.",
    "Mr Price replied to the letter within a week, and the council replied to him in May.",
    "The paper filed a complaint with the Independent Press Standards Organisation last year.",
    "For more than a decade, the footbridge has been the town's busiest crossing.",
])
def test_prose_about_the_web_is_not_a_site_notice(line):
    assert flagged_lines(article(middle=[line])) == []


@pytest.mark.parametrize("line", [
    "Home / Local / Coast", "Councils > Wales > Ceredigion",
    "News \u00bb Wales \u00bb Transport", "Topics: Transport | Councils | Wales",
    "Tags: footbridges, estuaries, budgets",
    "Share on Facebook Share on X Share on Reddit Share on Pinterest Copy link Email",
    "News Video Politics Entertainment Tech Health Sports More",
])
def test_breadcrumb_tag_list_and_share_run_are_flagged(line):
    text = article(middle=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "nav"


@pytest.mark.parametrize("line", [
    "Wales / England border crossings",       # one slash in a sub-heading
    "Residents asked for: railings, lights and benches.",   # a list in a sentence
])
def test_slash_or_colon_list_in_prose_is_not_furniture(line):
    assert flagged_lines(article(middle=[line])) == []


@pytest.mark.parametrize("line", [
    "Rhodri Bevan is our Wales transport correspondent",
    "Gwen Morgan covers transport for the Coast Weekly",
    "Idris Lloyd reports from Aberystwyth",
])
def test_staff_line_without_by_is_a_byline(line):
    for text in (article(top=[line]), article(middle=[line]), article(bottom=[line])):
        assert flagged_lines(text) == [line]
        assert kinds_of(text)[line] == "byline"


def test_staff_sentence_is_a_byline_only_at_the_page_edge():
    line = "Rhodri Bevan is our Wales transport correspondent."
    assert kinds_of(article(bottom=[line])) == {line: "byline"}
    assert flagged_lines(article(middle=[line])) == []
    assert flagged_lines(article(middle=[
        "Rhodri Bevan is our best hope for a new crossing, Price told the meeting."])) == []


@pytest.mark.parametrize("line", ["Gwen Morgan | Estuary Voice", "Gwen Morgan, Estuary Voice"])
def test_name_and_source_shape_at_the_page_edge_is_a_byline(line):
    # No word of "Estuary Voice" says "outlet": the shape and the place do.
    text = article(top=[line])
    assert kinds_of(text) == {line: "byline"}


def test_short_section_and_source_label_as_first_line_is_a_byline():
    text = "Courts | Estuary Voice\n\n" + article()
    assert flagged_lines(text) == ["Courts | Estuary Voice"]   # not the headline below


def test_title_case_subheading_with_a_comma_is_not_a_byline():
    assert flagged_lines(article(middle=["Tides, Storms and Steel"])) == []


@pytest.mark.parametrize("line", [
    "This report may not be reproduced, rewritten or redistributed in any form.",
    "Not to be reproduced without prior written permission.",
])
def test_rights_notice_is_a_copyright_line(line):
    text = article(bottom=[line])
    assert kinds_of(text) == {line: "copyright"}


@pytest.mark.parametrize("line", [
    "The names may not be published or broadcast for legal reasons, the judge said.",
    "Engineers warned that the repair may not be finished before the summer.",
])
def test_publishing_restriction_in_prose_is_not_a_rights_notice(line):
    assert flagged_lines(article(middle=[line])) == []


@pytest.mark.parametrize("where", ["before", "after"])
def test_inserted_date_line_does_not_pull_in_the_last_paragraph(where):
    # A short closing sentence with words and names of its own, next to a date line
    # that a wording cue flags: neighbour features look past the date line.
    closing = "The 61-year-old skipper retired from sailing in October."
    date = "Updated: 5 March 2020, 10:12 AM"
    tail = [date, closing] if where == "before" else [closing, date]
    assert flagged_lines(article(bottom=tail)) == [date]


# -- structure switches off where it cannot be trusted ------------------------------------

def test_hard_wrapped_file_is_judged_on_wording_only():
    words = " ".join(BODY).split()
    wrapped = "\n".join(" ".join(words[i:i + 11]) for i in range(0, len(words), 11))
    text = HEADLINE + "\n\n" + wrapped + "\n\nAdvertisement\n"
    # the wrapped lines stop mid-sentence but are not furniture; the advert still is
    assert flagged_lines(text) == ["Advertisement"]


# -- keys ---------------------------------------------------------------------------------

def test_kinds_key_restricts_what_a_rule_reports():
    text = article(top=["Published: Tue, March 3, 2020"], bottom=["Advertisement"])
    only_dates = make_rule("boilerplate", category="boilerplate", kinds=["dateline"])
    assert flagged_lines(text, only_dates) == ["Published: Tue, March 3, 2020"]


def test_each_line_is_reported_by_exactly_one_shipped_rule():
    text = (GOLDEN / "furniture-page.txt").read_text(encoding="utf-8")
    rules = [make_rule("boilerplate", rule_id=f"T.{k}", category="boilerplate", kinds=[k])
             for k in KINDS]
    lines = [f.line for f in lint_text(text, *rules).findings]
    assert lines and len(lines) == len(set(lines))


def test_threshold_key_trades_recall_for_precision():
    # An isolated title-case line inside the body with no names: below the default bar.
    text = article(middle=["Quiet Streets And Empty Shops"])
    assert flagged_lines(text) == []
    eager = make_rule("boilerplate", category="boilerplate", threshold=0.5)
    assert flagged_lines(text, eager) == ["Quiet Streets And Empty Shops"]


def test_weights_key_overrides_a_feature():
    text = article(bottom=["Advertisement"])
    muted = make_rule("boilerplate", category="boilerplate",
                      weights={"web_words": 0.0, "all_web_words": 0.0, "edge": 0.0})
    assert flagged_lines(text, muted) == []


def test_phrases_key_adds_house_furniture():
    text = article(middle=["Wendell Weekly Quiz Corner"])
    assert flagged_lines(text) == []
    house = make_rule("boilerplate", category="boilerplate", kinds=["nav"],
                      phrases=["quiz corner"])
    assert flagged_lines(text, house) == ["Wendell Weekly Quiz Corner"]


@pytest.mark.parametrize("keys, key", [
    ({"kinds": ["banner"]}, None),
    ({"weights": {"edgy": 1.0}}, None),
    ({"phrases": ["(unclosed"]}, "phrases"),
    ({"threshold": "high"}, "threshold"),
])
def test_bad_keys_are_rule_errors(keys, key):
    with pytest.raises(RuleError) as err:
        make_rule("boilerplate", category="boilerplate", **keys)
    if key:
        assert err.value.key == key


def test_every_default_weight_is_named_in_the_key_help():
    from lint.checks.boilerplate import Boilerplate

    assert all(name in Boilerplate.keys["weights"].help for name in DEFAULT_WEIGHTS)


# -- messages and fixes ---------------------------------------------------------------------

def test_message_names_the_line_and_a_reason_and_fix_deletes_it():
    rule = make_rule("boilerplate", category="boilerplate", message="'%s' (%s)", fix=True)
    finding, = lint_text(article(middle=["Advertisement"]), rule).findings
    assert finding.message == "'Advertisement' (web-page wording)"
    assert finding.fix == ""


# -- golden fixtures with the shipped rules ---------------------------------------------------

GOLDEN_ARTICLES = sorted(p for p in GOLDEN.iterdir() if p.suffix == ".txt")


@pytest.fixture(scope="module")
def golden_actual() -> dict[str, list[str]]:
    from lint.cli import main

    buf = StringIO()
    with redirect_stdout(buf):
        code = main(["--no-config", "--select", ",".join(BOILERPLATE_RULES),
                     "--format", "json", *map(str, GOLDEN_ARTICLES)])
    assert code in (0, 1)
    return {Path(f["path"]).name: [f"{Path(f['path']).name}:{x['line']}:{x['column']}:"
                                   f"{x['rule']}" for x in f["findings"]]
            for f in json.loads(buf.getvalue())["files"]}


@pytest.mark.parametrize("article_path", GOLDEN_ARTICLES, ids=lambda p: p.name)
def test_golden(golden_actual, article_path):
    expected = article_path.with_suffix(".expected").read_text(encoding="utf-8").split()
    assert golden_actual[article_path.name] == expected


# -- lines the page addresses to its reader ----------------------------------------------

@pytest.mark.parametrize("line,kind", [
    ("Story continues below advertisement", "nav"),
    ("Toggle navigation", "nav"),
    ("Sponsored by Wendell Valley Credit Union", "nav"),
    ("Thanks for subscribing!", "nav"),
    ("If you value the Harbour Times, please consider making a donation.", "nav"),
    ("Support independent local journalism", "nav"),
    ("You have reached your limit of free stories this week.", "nav"),
    ("Keep reading", "nav"),
    ("Download our app", "nav"),
    ("Manage cookie preferences", "nav"),
    ("More from our network", "nav"),
    ("You might also like", "nav"),
    ("By signing up, you agree to our Terms of Use.", "nav"),
    ("Get the latest harbour news delivered to your inbox every Friday.", "nav"),
    ("This article was first published by the Coastal Ledger.", "copyright"),
    ("Republished with permission from Wendell Valley Media.", "copyright"),
    ("Distributed by Northfield Features Syndicate.", "copyright"),
    ("File photo", "copyright"),
    ("Reach reporter Olwen Price at 555-0100.", "byline"),
    ("Gwyn Ellis writes about the coast. Follow her on Twitter.", "byline"),
    ("4 min read", "byline"),
    ("This story was reported by Gwyn Ellis with help from our news desk.", "byline"),
    ("Updated by Gwyn Ellis at 3:45 p.m.", "dateline"),
    ("Notify me of new comments by email.", "comments"),
    ("You must be logged in to post a comment.", "comments"),
    ("The comment section is closed.", "comments"),
    ("Save my name, email, and website in this browser for the next time I comment.",
     "comments"),
    ("Read the full story.", "link"),
    ("For the latest updates, visit our live blog", "link"),
    ("Further reading: Ferry fares to rise in spring", "link"),
    # relative time stamps, and a list item that ends in its age
    ("3 hrs ago", "dateline"),
    ("Yesterday at 10:15", "dateline"),
    ("Ferry timetable changes for the winter - 2h ago", "related"),
    # links: an arrow, a bracketed label, a teaser's question, "... here."
    ("-> Inside the race to rebuild the harbour wall", "link"),
    ("[READ] Ferry operator names new chief", "link"),
    ("Explainer: Who pays for a footbridge?", "link"),
    ("Full coverage: Harbour elections", "link"),
    ("Read the council's full report here.", "link"),
    ("To read the engineers' survey, click here.", "link"),
    ("Click here to enlarge", "nav"),
    # controls, prompts, sponsors and disclaimers
    ("Gift this article", "nav"),
    ("Turn on notifications", "nav"),
    ("View 12 more replies", "comments"),
    ("38 people are talking about this", "nav"),
    ("This content is sponsored by Wendell Valley Credit Union.", "nav"),
    ("Thanks for reading! Subscribe for free to receive new posts and support my work.", "nav"),
    ("Your support helps keep harbour news free for everyone.", "nav"),
    ("You've read 3 of 5 free articles this month.", "nav"),
    ("Like this story? Share it with a friend.", "nav"),
    ("Have a news tip? Email the desk at tips@wendell.example.", "nav"),
    ("Breaking news alerts: Text HARBOUR to 55512.", "nav"),
    ("This post contains affiliate links. We may earn a commission.", "nav"),
    ("The views expressed in this column are the author's own.", "nav"),
    ("This work is licensed under a Creative Commons Attribution 4.0 License.", "nav"),
    ("All trademarks are the property of their respective owners.", "copyright"),
    ("Read the original article on Coastal Ledger.", "copyright"),
    ("Submitted photo", "copyright"),
    ("Sort by Newest", "comments"),
    ("This comment has been removed by the author.", "comments"),
    ("Please read our community guidelines before posting.", "comments"),
    # found by probe set D
    ("Reporting by Gwyn Ellis in Port Wendell; Editing by Aled Price", "byline"),
    ("Comments on this story are moderated according to our house rules.", "comments"),
    ("Conversations powered by TalkPoint", "comments"),
    ("This discussion is now closed for comments.", "comments"),
    ("What do you think? Leave your comment below.", "comments"),
    ("All rights reserved. No part of this publication may be reproduced, stored in a "
     "retrieval system or transmitted in any form without prior written permission of the "
     "publisher.", "copyright"),
    ("Market data provided by Wendell Exchange. Quotes delayed by at least 15 minutes.",
     "copyright"),
    ("Source: Harbour Authority", "copyright"),
    ("The Harbour Times is a registered trademark of Wendell Media Ltd.", "copyright"),
    ("Download our app for the latest harbour news.", "nav"),
    ("The Harbour Times is now on WhatsApp. Join our channel.", "nav"),
    ("This content is only available to subscribers.", "nav"),
    ("If you have been affected by the issues raised in this story, support is available "
     "from the harbour helpline.", "nav"),
    ("We strive for accuracy and fairness. If you see something that doesn't look right, "
     "contact us.", "nav"),
    ("1 of 12", "nav"),
    ("Video player is loading.", "nav"),
    (">> Full results: How every ward voted", "link"),
    ("Send tips to newsdesk@harbourtimes.example.", "nav"),
    ("Enter for a chance to win two ferry passes!", "nav"),
    ("We rely on readers like you to keep the Harbour Times going. Please chip in $5.", "nav"),
    ("Check out our live blog for the latest updates.", "nav"),
    ("Download the Harbour Times app for iPhone and Android.", "nav"),
    ("Thank you for voting!", "nav"),
    ("Refresh for updates", "nav"),
    ("Start the discussion\u2026", "comments"),
    ("We reserve the right to remove any comment we deem offensive. See our terms.", "comments"),
    ("Market data delayed a minimum of 15 minutes. All quotes delayed a minimum of 15 minutes.",
     "copyright"),
    ("Photo illustration by the Harbour Times. Photos by Wendell Stock.", "copyright"),
    ("FERRY STRIKE: Full Coverage", "link"),
    ("Read the full story at The Estuary Voice.", "link"),
    ("See more photos from Saturday's regatta in our gallery.", "nav"),
    ("Get the Harbour Now app for alerts on your ferry route.", "nav"),
    ("Want more Wendell stories? Browse local news in your area.", "nav"),
    ("Looking for more? Read our complete guide to the estuary walks.", "nav"),
    ("Do you have photos of the storm? Send them to us at pics@harbourtimes.example.", "nav"),
    ("Subscribe now for just 99 cents for the first month.", "nav"),
    ("Get the day's top harbour stories with the Tide Table newsletter. Sign up free.", "nav"),
    ("Find out what's happening in Wendell with free, real-time updates from the Harbour Times.",
     "nav"),
    ("Harbour Analysts has a disclosure policy.", "nav"),
    ("Ellis Ward has no position in any stocks mentioned.", "nav"),
    ("Opinions expressed by Harbour Times contributors are their own.", "nav"),
    ("We've updated our Privacy Policy and Terms of Service. Please review them.", "nav"),
    ("2 active weather alerts in your area", "nav"),
    ("Flag as inappropriate", "comments"),
    ("Commenting Guidelines: Keep it civil and stay on topic. No profanity, no personal attacks, "
     "no hateful comments. Anyone who breaks these guidelines will be banned from the site.",
     "comments"),
    ("Click to read the full council ruling.", "link"),
    ("Regatta TV link: Watch the full race", "link"),
    ("Data is delayed at least 15 minutes.", "copyright"),
    ("A version of this story aired on Harbour Radio's Morning Tide.", "copyright"),
    ("Contributor | I write about ferries, harbours and the people who run them.", "byline"),
    ("About Wendell Ferries: Wendell Ferries runs six crossings of the estuary and employs "
     "120 people.", "nav"),
    ("For more information, visit www.wendellferries.example.", "link"),
    ("Learn more at wendellferries.com.", "link"),
    ("Source: https://www.harbourtimes.example/news/2020/03/footbridge", "link"),
    ("Via Estuary Voice", "link"),
    ("Read the study: Journal of Coastal Engineering", "link"),
    ("Also on Harbour Radio: The ten best estuary walks", "link"),
    ("Media Contact:", "nav"),
    ("POLL: Should Wendell ban bicycles from the footbridge?", "nav"),
    ("Newsletter: The Tide Table \u2014 Sign up to get the week's harbour news.", "nav"),
    ("Forward-Looking Statements", "nav"),
    ("This press release contains forward-looking statements about the ferry timetable.", "nav"),
    ("Harbour Gear may earn an affiliate commission when you buy through links in this article.",
     "nav"),
    ("Materials provided by Wendell University. Note: Content may be edited for style and length.",
     "nav"),
    ("This article is part of a paid partnership with Wendell Bank.", "nav"),
    ("Video unavailable. This video is no longer available because the account was closed.",
     "nav"),
    ("By clicking Sign Up, you confirm that you are 16+ and agree to our Privacy Policy.", "nav"),
    ("The footbridge is open again! Thanks to the crews out in the rain pic.twitter.com/Qx7LmR2v "
     "\u2014 Aled Price (@aledprice) March 3, 2020", "nav"),
    ("We welcome your comments. Please keep them civil and on topic; comments with personal "
     "attacks, profanity or hate speech will be removed. See our community guidelines.", "comments"),
    ("We use cookies to improve your experience on our site. By continuing to browse, you agree to "
     "our use of cookies. Learn more in our Privacy Policy.", "nav"),
    ("###", "nav"),
    ("Live blog: Budget day as it happened", "link"),
    ("SUGGESTED READING: Ferry fares to rise in spring", "link"),
    # found by probe set J
    ("This article is for informational purposes only and does not constitute financial "
     "advice.", "nav"),
    ("Past performance is not indicative of future results. The author holds no positions in "
     "the stocks mentioned.", "nav"),
    ("Harbour Markets commentary is not a recommendation to buy or sell any security.", "nav"),
    ("Our reviews are not influenced by advertisers.", "nav"),
    ("This series is supported by a grant from the Wendell Trust, which has no editorial "
     "control over our coverage.", "nav"),
    ("Our funders do not influence our editorial decisions.", "nav"),
    ("We are committed to accuracy. If you spot an error, please email the desk.", "nav"),
    ("Letters may be edited for length and clarity.", "nav"),
    ("The views expressed in the comments do not reflect those of the Harbour Times.", "nav"),
    ("You may republish our stories for free under a Creative Commons licence.", "nav"),
    ("This feature was paid for by Wendell Bank and produced by our commercial team. The "
     "newsroom was not involved in its creation.", "nav"),
    ("Local journalism needs your support. Become a member today.", "nav"),
    ("Our journalism is made possible by readers like you.", "nav"),
    ("Seen something on the harbour? Message our WhatsApp tip line.", "nav"),
    ("Want to comment? Upgrade to a full membership.", "comments"),
    ("\U0001F4AC 84", "comments"),
    ("Read the rest of this post at tidetable.substack.com", "link"),
    ("Jump to full coverage \u2192", "link"),
    ("Produced by Gwyn Ellis and Aled Price. Hosted by Mair Lewis.", "byline"),
    # a tag list names the article's own topics: sharing its words is no evidence against it
    ("Filed under: Footbridge, Harbour Council, Wendell", "nav"),
    ("Media playback is unsupported on your device", "nav"),
    # gallery and comment controls
    ("Sort by: Newest", "nav"), ("Next image", "nav"), ("Enlarge this image", "nav"),
    ("1 / 12", "nav"), ("Hide caption", "nav"), ("Close dialogue", "nav"),
    ("Most commented", "nav"), ("Reuse this content", "nav"),
    # found by probe set L
    ("Follow The Harbour Times on Google News for the latest updates.", "nav"),
    ("Join our WhatsApp channel for breaking news from the harbour.", "nav"),
    ("Download the Harbour Times app for the latest news on the go.", "nav"),
    ("Comments are provided by our readers and do not reflect the views of the Harbour Times.",
     "comments"),
    ("Comments on this article are now closed. Thank you for taking part.", "comments"),
    ("Showing 1\u201320 of 64 comments", "comments"),
    ("Our community guidelines: Keep it civil and stay on topic. Comments that break these "
     "rules will be removed.", "comments"),
    ("Syndicated from The Saltmarsh Post with permission. All rights remain with the "
     "original publisher.", "copyright"),
    ("A version of this article appears in print on March 3, 2023, Section B, Page 4.",
     "copyright"),
    ("Support student journalism at the Wendell Clarion.", "nav"),
    ("Like what you're reading? Give to our spring member drive before Friday.", "nav"),
    ("The Harbour Review is supported by readers like you. Pledge $5 a month.", "nav"),
    ("Unlock this article \u2014 Start your 14-day free trial.", "nav"),
    ("You are reading a free preview of a paid-subscribers-only post.", "nav"),
    ("Enjoying this newsletter? Forward it to a friend.", "nav"),
    ("This article was produced with the assistance of AI tools and reviewed by our editors.",
     "nav"),
    ("\U0001F3A7 This article is available as an audio version for members.", "nav"),
    ("This content was produced by our commercial team on behalf of Wendell Bank.", "nav"),
    ("Gwen Price is a data reporter at the Harbour Project. Reach her securely on Signal at "
     "555-0147.", "byline"),
    ("MOST POPULAR: 1. Ferry fares rise 2. Footbridge reopens 3. Storm warning issued",
     "related"),
    # found by probe set M
    ("Commenting is now closed for this story.", "comments"),
    ("The comment section for this story is now closed.", "comments"),
    ("Welcome to the Harbour Times comment community. Subscribers can reply to each other here.",
     "comments"),
    ("Logged in as Guest. Log out?", "comments"),
    ("Open this photo in gallery:", "nav"),
    ("Copy/paste the article video embed link below:", "nav"),
    ("This advertisement has not loaded yet, but your article continues below.", "nav"),
    ("MOST READ 1. Ferry fares rise 2. Footbridge reopens 3. Storm warning issued", "related"),
    ("You might also like: Ferry fares rise again · Why the footbridge is closing", "link"),
    ("In case you missed it", "nav"),
    ("More fact checks: Claim about ferry fares misleading · Storm photo is from 2018",
     "link"),
    ("Read the full fact-check: Did the council ban harbour fishing?", "link"),
    ("Download the free Harbour Radio app to hear this station live, anytime.", "nav"),
    ("Add the Harbour Times to your favourite channels in Apple News.", "nav"),
    ("The Harbour Times is reader-supported. Become a member today.", "nav"),
    ("Become a member of the Harbour Times community and help us keep reporting on the town.",
     "nav"),
    ("Opinion articles reflect the views of the author, not necessarily those of the Harbour "
     "Times.", "nav"),
    # found by probe set N (news-database exports, feed trailers, wire copy)
    ("LENGTH: 1,204 words", "byline"),
    ("LOAD-DATE: March 3, 2016", "byline"),
    ("DOCUMENT-TYPE: Editorial", "byline"),
    ("12 of 148 DOCUMENTS", "byline"),
    ("SC WP", "byline"),
    ("Document WSJO000020140522ea5m005jk", "byline"),
    ("Place of publication: Wendell, Mass.", "byline"),
    ("Subject: Ferries; Bridges; Local elections", "byline"),
    ("Eds: Updates with comment from the harbour master.", "byline"),
    ("ADVISORY: This story is embargoed until 12:01 a.m. EDT Sunday.", "byline"),
    ("-0-", "nav"),
    ("The post Footbridge Vote Set for June appeared first on The Harbour Times.", "copyright"),
    ("A version of this article appears in print on November 3, 2015, on Page A18 of the "
     "Wendell edition with the headline: Council Weighs Footbridge Repair.", "copyright"),
    ("Our Standards: The Harbour Trust Principles.", "nav"),
    ("FAIR USE NOTICE: This site contains copyrighted material the use of which has not always "
     "been specifically authorized by the copyright owner.", "nav"),
    ("Republish this article under our Creative Commons license.", "nav"),
    ("All photos are copyrighted and may not be used without permission.", "copyright"),
    ("This discussion has been closed.", "comments"),
    ("Note: Readers may be unable to comment on some stories due to legal concerns.",
     "comments"),
    ("4 responses to \"Council approves footbridge budget\"", "comments"),
    ("We use cookies to personalize content and ads, to provide social media features and to "
     "analyze our traffic. Accept", "nav"),
    ("Find more coverage at harbourtimes.com/footbridge.", "link"),
    # cues probe set O prompted
    ("The post Footbridge \u201cFiasco\u201d Ends at Council Vote appeared first on Harbour Times.",
     "copyright"),
    ("Also on Harbour Times:", "nav"),
    ("Published 3 years ago", "dateline"),
    ("This content is imported from Twitter. You may be able to find the same content in "
     "another format at their web site.", "nav"),
    ("All prices were accurate at the time of publishing.", "nav"),
    ("This website does not provide medical advice, diagnosis or treatment.", "nav"),
    ("Know something we don't? Send us a confidential tip.", "nav"),
    ("Want your news published? Send it to us.", "nav"),
    ("To report a correction or typo, please email corrections@harbourtimes.com.", "nav"),
    ("Read the rest at The Harbour Review", "link"),
    ("See more photos from the vote in the gallery below.", "link"),
    ("Catch Harbour Tonight weeknights at 7 PM ET on Channel 5.", "nav"),
    ("Check out our \u201cFootbridge Files\u201d podcast on iTunes and Stitcher.", "nav"),
    ("Find us on Instagram @harbourtimes.", "nav"),
    ("Staff report", "byline"),
    # cues probe set P prompted
    ("Start the discussion, or read what others are saying.", "comments"),
    ("Commenting on this story has been disabled.", "comments"),
    ("We have no tolerance for comments containing violence, racism or vulgarity.", "comments"),
    ("All content posted on this site is commentary or opinion and is protected under "
     "Free Speech.", "nav"),
    ("The views and opinions expressed by the contributor do not necessarily reflect those "
     "of the Harbour Times.", "nav"),
    ("It looks like you're using an ad blocker. Please whitelist our site.", "nav"),
    ("Reprinted from The Harbour Review with the author's permission.", "copyright"),
    ("Originally appeared on Harbour Radio", "copyright"),
    ("Full story at The Harbour Review.", "link"),
    ("Full article here.", "link"),
    ("Like Loading...", "nav"),
    ("Next video starting in 5 seconds", "nav"),
    ("Show more sections", "nav"),
    ("AdChoices", "nav"),
    ("(more\u2026)", "nav"),
    ("Editor's note: Want more coverage? Sign up for our daily footbridge briefing.", "nav"),
    ("We use cookies to ensure that we give you the best experience on our website. If you "
     "continue to use this site we will assume that you are happy with it. OK", "nav"),
    # cues probe set Q prompted (local papers' comment rules, widgets, meters)
    ("Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
     "comments"),
    ("PLEASE TURN OFF YOUR CAPS LOCK.", "comments"),
    ("Your comment is awaiting moderation.", "comments"),
    ("Comments on this story have been temporarily disabled for legal reasons.", "comments"),
    ("Name (required)  Email (will not be published)  Website", "comments"),
    ("harbour_fan_1962 wrote:", "comments"),
    ("\u25b2 14  \u25bc 2", "comments"),
    ("Welcome to the discussion.", "comments"),
    ("Conversations are opinions of our readers and are subject to the Code of Conduct.",
     "comments"),
    ("This website and associated newspapers adhere to the Independent Press Standards "
     "Organisation's Editors' Code of Practice.", "nav"),
    ("Harbour Television participates in various affiliate marketing programs.", "nav"),
    ("Use of and/or registration on any portion of this site constitutes acceptance of our "
     "User Agreement.", "nav"),
    ("Photos may be subject to copyright.", "nav"),
    ("Do Not Sell My Personal Information", "nav"),
    ("Tap to unmute", "nav"),
    ("Advertisement - story continues below", "nav"),
    ("Report a typo", "nav"),
    ("72\u00b0 Partly Cloudy", "nav"),
    ("Closings & Delays: 14 active", "nav"),
    ("FINAL  Wendell 28  Saltmarsh 21", "nav"),
    ("MORE COVERAGE:", "nav"),
    ("If you value local reporting, please consider becoming a member.", "nav"),
    ("You have 3 free articles remaining this month.", "nav"),
    # lines blind probe set R prompted
    ("Please keep comments civil and on topic. Personal attacks will be removed.", "comments"),
    ("By commenting, you agree to our community guidelines.", "comments"),
    ("Harbourside News welcomes a lively but civil forum for discussion. Please keep comments "
     "relevant and respectful. Comments may take up to an hour to appear on the site.",
     "comments"),
    ("sandyinohio replied to tarheel_dave", "comments"),
    ("Support WXPR. Make your gift today.", "nav"),
    ("Become a member of The Tide and get an ad-free experience.", "nav"),
    ("Want to support us? Become a patron on Patreon.", "nav"),
    ("Get the app", "nav"),
    ("Press play to listen to this story", "nav"),
    ("Your California Privacy Rights", "nav"),
    ("Read the whole thing.", "nav"),
    ("Go here for the full story.", "nav"),
    ("Spotted an error? Read our corrections policy.", "nav"),
    ("Published by Harbour Digital Ltd, a member of the Independent Press Standards "
     "Organisation (IPSO).", "nav"),
    ("Catch up on the latest from the Rio Olympics here.", "link"),
    ("For live updates, follow our election night blog.", "link"),
    ("READ: Full text of the governor's State of the State address", "link"),
    ("Related Posts:", "nav"),
])
def test_notice_to_the_reader_is_flagged(line, kind):
    text = article(middle=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == kind


@pytest.mark.parametrize("header", [
    "People who read this also read", "What others are reading", "More by this author"])
def test_list_headers_probe_set_o_prompted_are_flagged_at_the_foot(header):
    items = ["Ferry fares to rise in spring", "Council names new harbour master"]
    assert flagged_lines(article(bottom=[header, *items]))[:2] == [header, items[0]]


def test_an_export_field_on_the_first_line_is_kept_as_the_headline():
    # An export whose first line is a field printed no headline first: the field
    # stands where the headline does, and is kept as one. Below it, it is furniture.
    first = "BYLINE: Ellis Ward"
    assert first not in flagged_lines(article(top=[first], headline="Footbridge vote set"))
    assert flagged_lines(article(middle=[first])) == [first]


@pytest.mark.parametrize("line", [
    "Copyright law has not kept pace with the way harbour photographs are shared online.",
    "The footbridge closed on March 3, 2020, just after 9 a.m.",
    "Watch the full video of the council vote below:",
    "Price hopes to become a member of the harbour board next year.",
    "Councillors said the story of the footbridge continues to divide the town.",
    "The council emailed residents at footbridge@wendell.example before the vote.",
    # look-alikes of the cues above
    "The storm reached the harbour two hours ago, the coastguard said.",
    "Watch the full interview with Price above.",
    # look-alikes of the cues probe set M prompted
    "The Guardian, which is reader-funded, said its losses had narrowed last year.",
    "Price said the comment section of the council website is now closed to the public.",
    "In case you missed the vote, the council will hold another in June, Price said.",
    "The report reflects the views of the authors, the agency said in a statement.",
    "Price said the council could not do it without help from the harbour trust.",
    "Read the full story of the footbridge in the library's archive, Price told councillors.",
    "Subscriptions to the ferry pass rose sharply during the footbridge closure.",
    "This story has been updated with comments from the harbour master.",
    "Correction: An earlier version of this story gave the wrong date for the vote.",
    "Price said residents could read the report here at the library from Monday.",
    "The final score was Wendell 2, Saltmarsh 1.",
    "Like this footbridge, the harbour wall needs repairs, engineers said.",
    "\u201cRead the small print,\u201d the harbour master warned ferry passengers.",
    "The author is a former harbour master who now teaches at the college.",
    "Sources at the council said the vote on the footbridge would be close.",
    "Comments from residents at the footbridge meeting were mostly positive.",
    "Price said the council's app would show the footbridge works from June.",
    "Send tips to the harbour police, Price urged residents who saw the storm damage.",
    "Residents can enter a draw to win a plaque from the old footbridge.",
    "The ferry company relies on commuters like the Prices for most of its income.",
    "Price said he would check out the live blog the council runs during storms.",
    "Take a look at the footbridge today and you will see why it closed.",
    "See what the storm did to the supports, Price told councillors.",
    "Voting closes at 10 p.m. and results will be announced on Friday.",
    "The photographs by Ellis Ward show the crack in the south support.",
    "Price read the full report on the footbridge at the library in Wendell.",
    "Coverage of the vote on the harbour radio station ran for two hours.",
    "Want more evidence? Price pointed to the crack in the south support.",
    "Do you have any idea how long the long way round takes, Price asked the council.",
    "Residents who subscribe now pay less than they did before the storm.",
    # the cue inside a quotation: a title or a slogan the story quotes
    "The exhibition, titled \"All Rights Reserved,\" examines how artists respond to copyright.",
    "\"Join the conversation,\" the campaign posters urge, above a code for the council survey.",
    # "\u00c3\u00a9" is "\u00e9" read in the wrong encoding, not a copyright sign
    "The caf\u00c3\u00a9 owner, Ren\u00c3\u00a9e Price, said the footbridge cost her trade.",
    "Price said the app had 2,000 users, and the council expects 1. more in the spring.",
    "The ferry was free for members of the harbour trust, Price said of the member drive.",
    "The ferry company has no position on the footbridge, its manager wrote to councillors.",
    "The council updated its privacy policy after residents complained about the survey.",
    "Click and collect orders at the harbour shop doubled during the closure.",
    "The link between the storm and the cracked supports was clear, engineers said.",
    "A version of the plan that the council rejected would have cost twice as much.",
    "Community rules about cycling on the footbridge will be reviewed next year.",
    "For more information, residents can call the council offices on Harbour Street.",
    "Via Rail and the ferry company both cut their fares during the closure.",
    "About 40 people came to the first meeting about the footbridge in January.",
    "Read the study and you will see why engineers wanted the footbridge closed.",
    "The poll of residents found that most wanted the footbridge repaired, not replaced.",
    "Price said the ferry company's statements about the timetable were forward-looking.",
    "The video of the storm, posted by a resident, was watched 20,000 times.",
    "The council gave residents the opportunity to comment on the plans before the vote in "
    "March, and more than 400 people wrote in, most of them in favour of a repair.",
    # look-alikes of the cues probe set N prompted
    "The post of harbour master appeared first on the council's list of cuts.",
    "Section 4 of the ferry contract, which the council published, sets the fares.",
    "The length of the footbridge, 240 metres, makes it the longest in the county.",
    "The regulator said the ferry company's use of cookies on its booking site was lawful.",
    "The discussion at the council meeting has been closed to the press since March.",
    "Staff writer Ellis Ward contributed to this report.",
    "Price said 4 responses to the survey were lost when the council server failed.",
    "The photographer said the pictures are copyrighted and may not be reused by the council.",
    "Subject to approval, the footbridge works will start in June.",
    "Advisory: residents should boil water until Friday, the harbour authority said.",
    # look-alikes of the cues probe set O prompted
    "Police said the man posted a threat in the comments section of a story about the ferry.",
    "The show airs weeknights at 7 p.m. on Channel 5, and its ratings rose after the vote.",
    "Price said his podcast about the footbridge is available on iTunes.",
    "The staff reports to the harbour master, not the council.",
    "Also on Monday: the council will vote on the ferry fares.",
    "The harbour master told us on Twitter that the footbridge would reopen.",
    "Prices were lower at the time of the vote, the ferry company said.",
    "The footbridge was last repaired 5 years ago.",
    # look-alikes of the cues found by probe set J; notes that belong to the story
    "She called 911 at 2:14 a.m.",
    "Price's lawyer said the letter was for information purposes only, not a threat.",
    "The surveyors used aerial photographs released under a Creative Commons licence.",
    "The council, which has no editorial control over the Harbour Times, complained anyway.",
    "Additional reporting by Gwyn Ellis.",
    "Gwyn Ellis contributed reporting.",
    "This story is developing and will be updated.",
    "Editor's note: This story has been updated to include a response from the ferry company.",
    "Produced by the council, the survey found that most residents wanted a repair.",
    "The ferry company's claim was filed under seal: Footbridge, Harbour and Wendell.",
    "Media playback of the council meeting is unsupported by the harbour's old equipment.",
    "Sorted by age, the supports show the oldest cracks first, engineers said.",
    "The next image from the drone showed the crack had widened.",
    "Price said the council would hide nothing and explore every option for the footbridge.",
    "The vote was 7 / 2 in favour, Price said, with one abstention.",
    # look-alikes of the cues probe set P prompted
    "Originally published in 1954, the novel has never been out of print.",
    "A tip from a neighbour led investigators to a storage unit in Elizabeth, N.J.",
    "Full text of the council's decision will be published on Friday.",
    "The ferry company said it takes full responsibility for the delays.",
    "Price said she would start the discussion about fares at the next meeting.",
    # biographies in the source article are the story's own text (as the benchmark labels)
    "Ellis Ward is editor of the editorial page.",
    "Top Health News Today",
    # look-alikes of the cues probe set Q prompted
    "Price wrote: the footbridge will reopen in June.",
    "The names of the victims will not be published until relatives are told, police said.",
    "It was 72\u00b0 and partly cloudy when the footbridge reopened on Saturday.",
    "Wendell won 28-21 in the final, its first title since 1998.",
    "The council said the comments on the plan are now being reviewed by planners.",
    "Members who value the harbour say the footbridge must be repaired.",
    "\"Be nice to each other,\" the harbour master told the crowd.",
])
def test_prose_that_mentions_the_page_is_not_flagged(line):
    assert flagged_lines(article(middle=[line])) == []


def test_writer_described_at_the_page_edge_is_a_byline():
    line = "The author is a former diplomat and a senior fellow at the Centre for Strategic Affairs."
    text = article(bottom=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "byline"


def test_title_case_advert_teaser_after_the_article_is_a_link():
    line = "She Was a Famous Quiz Show Host in the '90s. See Her Now."
    text = article(bottom=[line])
    assert flagged_lines(text) == [line]
    assert kinds_of(text)[line] == "link"
    # the same words in sentence case are a sentence of the story
    prose = "She was a famous quiz show host in the '90s. See her now, and you would not know it."
    assert flagged_lines(article(bottom=[prose])) == []
