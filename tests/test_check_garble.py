"""The ``garble`` check type and the Newslint.Garbled* rules.

Every defect kind has sentences that must be flagged and look-alikes that must
not (the pronoun "us", "had had", "U.S. officials", quotations that continue
into the next paragraph ...). All examples are written for these tests.
"""

from __future__ import annotations

import json
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, lint_text, make_rule

from lint.rules import RuleError, build_rule, read_rule_file

RULES_DIR = ROOT / "rules" / "Newslint"
GARBLED = FIXTURES / "garbled"


def rule(name: str):
    path = RULES_DIR / f"{name}.yml"
    return build_rule(f"Newslint.{name}", str(path), read_rule_file(path))


def hits(name: str, text: str) -> list[str]:
    """The flagged text of every finding of rule ``name`` on ``text``."""
    return [f.match for f in lint_text(text, rule(name)).findings]


# -- rule files ---------------------------------------------------------------

def test_every_garbled_rule_loads_with_category_garbled():
    names = sorted(p.stem for p in RULES_DIR.glob("Garbled*.yml"))
    assert len(names) >= 8
    for name in names:
        r = rule(name)
        assert r.category == "garbled" and r.extends == "garble", name


def test_unknown_detector_is_a_rule_error():
    with pytest.raises(RuleError, match="detect"):
        make_rule("garble", detect="spelling")


def test_detect_is_required():
    with pytest.raises(RuleError, match="detect"):
        make_rule("garble")


# -- country abbreviations ----------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("The talks ended, and us officials flew home on Friday.", "us"),
    ("The agency was banned by the us government last year.", "us"),
    ("Growth in the uk economy slowed in March.", "uk"),
    ("She was the first woman in us history to do it.", "us"),
    ("The us-led coalition struck again.", "us"),
    ("Fans from the usa filled the stadium.", "usa"),
])
def test_lowercase_country_is_flagged(text, word):
    assert hits("GarbledCountry", text) == [word]


@pytest.mark.parametrize("text", [
    "The mayor told us the road would reopen.",
    "Let us be clear about the cost.",
    "It matters for us, and for them.",
    "They gave us officials' names by mistake, he told us officials later.",
    "U.S. officials and US troops arrived; the UK government agreed.",
    "It was an us-versus-them campaign.",
    "The site is at example.co.uk and news.us today.",
])
def test_pronoun_us_and_capitals_are_not_flagged(text):
    assert hits("GarbledCountry", text) == []


def test_country_fix_is_capitals():
    result = lint_text("Banned by the us government.", rule("GarbledCountry"))
    assert [f.fix for f in result.findings] == ["US"]


# -- repeated words -----------------------------------------------------------

@pytest.mark.parametrize("text,match", [
    ("In recent years years, the plant has grown.", "years years"),
    ("He is is the campaign's best speaker.", "is is"),
    ("Voters are likely to to stay home.", "to to"),
    ("The the plan failed.", "The the"),
    ("All roads lead to the city,\u201d he said said.", "said said"),
    ("In the end in the end we all lost.", "In the end in the end"),
    ("The Rockport Harbor Commission Commission agreed on Wednesday.", "Commission Commission"),
    ("He won the tour. The The 26-year-old held on.", "The The"),
    ("HARARE - Robert Mugabe Mugabe resigned on Tuesday.", "Mugabe Mugabe"),
    ("The council voted for sanctions on North Korea Korea on Saturday.", "Korea Korea"),
    ("The agency said Thursday Thursday that hackers got in.", "Thursday Thursday"),
    ("Defending champion Varga Varga lost. Varga said little.", "Varga Varga"),
    ("The animal lived about 76 76 million years ago, the museum said.", "76 76"),
    ("The state has more than $7 $7 billion in unpaid bills, the comptroller said.", "$7 $7"),
    ("The suspect, a 72-year-old 72-year-old former officer, was arrested at home.",
     "72-year-old 72-year-old"),
    ("It was the index's worst day since 1950 1950. Investors feared a rerun of it.",
     "1950 1950"),
    ("A magnitude 8.9 8.9 earthquake struck off the coast of Japan, officials said.", "8.9 8.9"),
    ("The audit found the police could not account for $86,000 $86,000 in seized cash.",
     "$86,000 $86,000"),
    ("He hugged his his son behind the 18th green.", "his his"),
    ("Uber suspended its tests in Phoenix Phoenix, Pittsburgh and Toronto.", "Phoenix Phoenix"),
    ("The new fare takes effect Sept Sept. 1, the board said.", "Sept Sept"),
    # after a middle initial or a title the double ends a longer name
    ("The bill was backed by Benjamin L. Cardin Cardin, Democrat of Maryland.", "Cardin Cardin"),
    ("Mr. Sanders Sanders formally endorsed her on Tuesday.", "Sanders Sanders"),
])
def test_repeated_word_is_flagged(text, match):
    assert hits("GarbledRepeatedWord", text) == [match]


@pytest.mark.parametrize("text", [
    "She had had enough of the delays.",
    "He said that that was the end of it.",
    "Give her her due.",
    "What it is is a tax.",
    "The thing is is that nobody knows.",
    "They visited Walla Walla and Baden Baden.",
    "It grew bigger and bigger and bigger.",
    "Ha ha ha ha ha ha, he wrote.",
    "The years, years ago, were kind.",
    "Sirhan Sirhan, Duran Duran and Bora Bora are names.",
    "Their single \"Run Run Run\" topped the chart, and \"Talk Talk\" followed.",
    "Like the Great Debate Debate, it was loud. The Great Debate Debate ended.",
    "He grew up in Walla Walla, and Duran Duran played there.",
    "He served six years at Sing Sing before his release.",
    # numbers twice in tables, standings and box scores, not in prose
    "Boston 45 45 .500 with ten games left to play in the season, the league said.",
    "Scores: Smith 3 3 0 1, Jones 2 2 1 0 and Brown 4 4 0 2 in the final round.",
    "East: Boston 45 45",
    "The two counts were 35 35.5 and 40 40.5 points, the clerk said after the vote today.",
])
def test_legitimate_doubles_are_not_flagged(text):
    assert hits("GarbledRepeatedWord", text) == []


def test_repeated_word_fix_keeps_one():
    result = lint_text("It rained for years years.", rule("GarbledRepeatedWord"))
    assert [f.fix for f in result.findings] == ["years"]


# -- impossible word order ----------------------------------------------------

@pytest.mark.parametrize("text,match", [
    ("The company is the also reportedly expanding abroad.", "the also"),
    ("It was a the best of times.", "a the"),
    ("The haven't kicked off yet.", "The haven't"),
    ("The economy is far from of a recovery.", "from of"),
    ("\"We to school every day,\" she said.", "We to"),
    ("He is sure that he be will cleared.", "be will"),
    ("The results been have disputed by both sides.", "been have"),
    ("The stakes in this's election are high.", "this's"),
    ("Voters asked which's the better plan.", "which's"),
    ("Nobody knew why they\nthe", "they\nthe"),
    ("The ferry leaves a during the storm season.", "a during"),
    ("A in the northern valleys, farmers waited.", "A in"),
    ("The that failed was rebuilt last year.", "The that"),
    ("He set out to bring former the mayor's party back to power.", "former the"),
    ("She thanked her longtime a friend on the council.", "longtime a"),
    ("Drivers must move over for emergency an vehicle.", "an vehicle"),
    ("Two men have arrested been on suspicion of theft.", "have arrested been"),
    ("The behaviour appeared to learned be and passed on.", "to learned be"),
    ("He voted for her twice. ''I her experience, but not her plan,'' he said.", "I her"),
    ("So that he and his aides could the building through a back door.", "could the"),
    ("The pitcher will the miss rest of the season with an injury.", "will the"),
    ("I will believe it when I it. The last plan failed.", "I it"),
    ("Ten people died, officials said. It the third attack this year.", "It the"),
    ("\u201cIt a disgrace,\u201d she said.", "It a"),
    ("Members expect a certain level of but courses open to all cannot pay.", "of but"),
    ("Thousands of are homes without power after the storm.", "of are"),
    ("A lawyer from was Cincinnati elected chair.", "from was"),
])
def test_impossible_sequences_are_flagged(text, match):
    assert hits("GarbledWordOrder", text) == [match]


@pytest.mark.parametrize("text", [
    "The will of the voters was clear.",
    "Regardless of when he acts, before, during and after the war, from and through it.",
    "The property of or possessed by the state, because of his or her faith.",
    "He learned the alphabet from a to z.",
    "Is she a candidate? Was he the one?",
    "We the people demand an answer.",
    "The to-do list and the have-nots were discussed.",
    "He is faster than she to the finish.",
    "What will be will be, she said.",
    "Out of the blue, because of the storm, instead of waiting.",
    "The Who played and The Will was filed.",
    "Grades: he got an A in history and a B in maths.",
    "What it could have been is anyone's guess.",
    "The in-laws and the by-election were discussed.",
    "It's what the thing is, and that's that.",
    "Former The Daily Show host Jon Stewart and a fellow comedian spoke.",
    "The former, the latter and the so-called third way were all debated.",
    "He had indeed been warned, an hour earlier, by an honest clerk with an x-ray.",
    "It was an NBA record and an FBI probe; she has learned to be patient.",
    "Not only will the plan cost more, but nor could the council agree on it.",
    "Where else can a family go, and how would the city pay? Than would the state?",
    "She was held against her will the entire time and fought with all his might.",
    "He said she herself chose it, and they themselves paid.",
    "They made it the best year yet, and called it a day. It is the third attack.",
    # the cricket noun "over"
    "Australia lost a wicket in the second over of the morning; he bowled the 20th over of the day.",
])
def test_legitimate_sequences_are_not_flagged(text):
    assert hits("GarbledWordOrder", text) == []


@pytest.mark.parametrize("text,match", [
    ("Republicans been critical of her use of a private server.", "been"),
    ("\"I think the court really unfortunately been headed the wrong way,\" she said.",
     "been"),
    ("He was jeered as he being escorted out of the hall.", "he being"),
    ("\"I would make sure it never happened again,\" Carson in an interview.", "Carson in"),
    ("\"We don't know who they are,'' Donald Trump from his desk.", "Donald Trump from"),
    ("This no small irony: he railed against the system for a year.", "This no"),
    ("Why wait, even though Clinton an outright majority of delegates?", "Clinton an"),
    ("The plan was approved. Officials the move would cut costs.", "Officials the"),
    ("Shops closed early. A spokesperson the company was reviewing it.", "A spokesperson the"),
    ("Work starts soon. Mayor Kerry Fitzgibbon the works would take a year.",
     "Mayor Kerry Fitzgibbon the"),
    ("The festival will return in August, organizers Wednesday.", "organizers Wednesday"),
    ("\"At the first debate in August, Kelly a microaggression, driving him out.",
     "Kelly a"),
    ("\"We just kept going,\" teammate Andre Coley. \"It was great.\"", "teammate Andre Coley"),
    # a stray space where the verb was; a quotation inside a quotation
    ("\"It's easy for her to say 'I'm the only one,'\" Green .", "Green"),
    ("\"Not on any list,\" VanderSloot .", "VanderSloot"),
    # a name and an appositive with no verb (a relative clause is no main verb)
    ("\"Cruz will win,\" Craig Robinson, editor of TheIowaRepublican.com.",
     "Craig Robinson"),
    ("\"I never trusted her,\" Robert Stone, a voter from Hilton Head, S.C., who already "
     "cast a ballot.", "Robert Stone"),
    ("\"It is done,\" Ms. Lowell at a signing ceremony.", "Ms. Lowell at"),
    ("The commission is expected to next month, officials said.", "to next"),
    ("The Browns need an arm. He give Cleveland a proven passer.", "He give"),
    ("It built a digital team. The union the paper's reporters joined opposed it.",
     "The union the"),
    ("The probe ended. European regulators the search company twice.",
     "European regulators the"),
    ("\"We won,\" coach Ray Delvecchio after the game.", "coach Ray Delvecchio after"),
    # a subject pronoun, then a word English puts after "the", never after it
    ("She reasonableness instead of resentment, urging calm.", "She reasonableness"),
    ("He was convicted on nine counts. He up to 20 years in prison.", "He up"),
    ("Talks failed. \"They dominance over the region,\" she said.", "They dominance"),
    # a pronoun before a weekday; "There" before a quantifier; a one-word name
    # (capitalised elsewhere, never in lower case) before a determiner
    ("Shays backed Kasich while he ran, he Wednesday morning on MSNBC.", "he Wednesday"),
    ("There some limited circumstances in which the argument holds.", "There some"),
    ("The poll shows a gap. Clinton an 8-point lead among Democrats. Ask Mrs. Clinton.",
     "Clinton an"),
    ("His pleasure is football. Christie numerous Jets games as governor, said Gov. "
     "Chris Christie.", "Christie numerous"),
    # a pronoun before a number; an honorific and a surname before a determiner
    ("He died after a short illness at his home in Cork. He 92.", "He 92"),
    ("Retirees' savings were at risk. Ms. Halvorsen those concerns were overblown.",
     "Ms. Halvorsen those"),
])
def test_dropped_verbs_are_flagged(text, match):
    assert hits("GarbledWordOrder", text) == [match]


@pytest.mark.parametrize("text", [
    "She has, for the past decade, been the party's chief fundraiser.",
    "Had the emails in the archive been released, the race would differ.",
    "He'd fought harder and been less quick to compromise.",
    "'I've never been so proud,' said the head teacher.",
    "\"Never been better,\" he said. It's been two months.",
    "Having long been loyal, Utah wavered. Has he been told?",
    "\"We will win,\" Obama on Tuesday told the crowd.",
    "\"It was a mistake,\" she said in an interview.",
    "It passed because Obama a year ago signed the order.",
    "The crowd has grown since Monday a week ago.",
    "Is this a joke? This, a reporter noted, was new. This time it held.",
    "Born in 1950, she was later elected. Being the youngest, he spoke last.",
    "Hillary Clinton the favourite in Iowa\n\nThe caucuses are on Monday.",
    "Last Monday the council met. Read the report. On Monday the vote is due.",
    "Officials said the move would cut costs. Police in the town said it was calm.",
    "The festival will return in August, the culture department said on Monday.",
    "She thanked Mayor Kerry Fitzgibbon. Earlier This Year the works began.",
    "At the debate in August, Kelly asked a question. In the end, Smith won the seat.",
    "After the vote, Sen. Ted Cruz told the crowd. On Monday, the council met.",
    "\"We kept going,\" said Andre Coley. \"Fine,\" Mr. Coley said. \"Yes,\" he added.",
    "The board is expected to vote next month and has until the end of the year to decide.",
    "They insisted that he give up the seat. Did she take it? He would give them a win.",
    "The give and take of the talks tired the she-wolf of Wall Street.",
    "European regulators fined the company. The union said the paper's reporters agreed.",
    "\"We won,\" said coach Ray Delvecchio after the game.",
    "\"He is not qualified,\" Mr. Guerrero, who is an actor, said of Mr. Trump.",
    "\"It was long,\" Tina Tchen, Mrs. Obama's chief of staff, recalled.",
    "\"They scare me,\" Harry Bond, 30, of Raleigh, N.C., who was polled, said later.",
    "\"We will see,\" Nate Silver, the guru who founded the site, tweeted on Wednesday.",
    "\"Fine,\" Jane Roe, the mayor, laughed. \"Boys,\" scoffed Arianna Gil, 22.",
    # a verb, an adverb or a hedge after the pronoun
    "He last spoke in May. She too was there. \"He sort of redirected.\" They both won.",
    "She cut the budget. They attack us. We search for answers. He chairs the panel.",
    "She first ran in 2010. He pretty much won. We all agreed. They each paid.",
    # a weekday after "the" or "she" as parts of words; "There" with its verb or
    # as an inversion; an opening word that is no name here, or a question
    "The Wednesday vote passed. Ashe Tuesday Club met. They met Monday. There the trail ends.",
    "There are some limits. There, a man waited. There is no doubt.",
    "Read the report, said Clinton. Read a book: the read was long.",
    "It was Cyrus who came. Cyrus his anointed? America the Beautiful played; see America.",
    "He was 92. They won 3-1. In 2016 he ran. Ms. Halvorsen said those concerns were real.",
    "Mr. Trump said so. Mr. Trump, the nominee, agreed. Dr. Rao these days works in Leeds.",
])
def test_look_alikes_of_dropped_verbs_are_not_flagged(text):
    assert hits("GarbledWordOrder", text) == []


# -- sentence endings ---------------------------------------------------------

@pytest.mark.parametrize("text,match", [
    ("It invests in renewable energy, mainly wind and. But not enough.", "and."),
    ("Workers earning $40,000 a year per. That is the rule.", "per."),
    ("This is her staff's figure, and she. The rest is unclear.", "she."),
])
def test_cut_sentence_end_is_flagged(text, match):
    assert hits("GarbledSentenceEnd", text) == [match]


@pytest.mark.parametrize("text", [
    "That is what they are made of.",
    "Who is she? Nobody knew who he was, or who she.d be.",
    "He is taller than she. She said so.",
    "It is unheard of. Vitamin A. Plan B.",
])
def test_legitimate_endings_are_not_flagged(text):
    assert hits("GarbledSentenceEnd", text) == []


# -- missing subjects ---------------------------------------------------------

@pytest.mark.parametrize("text,match", [
    ("\"She's going to win. going to be closer than it should be.\"", "going"),
    ("He voted against it. also gave a long speech.", "also"),
    ("During her term, 's done a horrible job.", "'s"),
    ("The plan was dropped. , meanwhile, has gained.", ","),
    ("Headline here\n\nsaid details of the Senate plan will come later.", "said"),
    ("Headline Here\n\nblamed the harbour board for the delays to the new ferry.",
     "blamed"),
])
def test_missing_subject_is_flagged(text, match):
    assert hits("GarbledMissingSubject", text) == [match]


@pytest.mark.parametrize("text", [
    "The vote was at 9 a.m. on Tuesday. U.S. officials said so.",
    "He has a Ph.D. from Yale and a dog, etc. and more.",
    "She bought an iPhone. eBay sold it. iPads too.",
    "He met Mayor Bill de Blasio. de Blasio spoke.",
    "He went to the store ... and then home.",
    "The site is example.com. It works.",
    "The Jets won 21-17 vs. the Giants.",
    "Why? because he said so.",
    "Headline Here\n\nferry plan approved; vote next week.",
    "Headline Here\n\nk.d. lang will sing at the harbour festival on Saturday night.",
])
def test_legitimate_lowercase_is_not_flagged(text):
    assert hits("GarbledMissingSubject", text) == []


@pytest.mark.parametrize("text,match", [
    ("The union waited. Indeed, felt compelled last July to issue a memo.", "felt"),
    ("He moved to Clarkston. Soon, found the area welcoming and stayed.", "found"),
    ("Headline here\n\nBut carries a symbolic value for the whole campaign.", "carries"),
    ("\"We lost.\" And seems unlikely to change course before the vote.", "seems"),
])
def test_verb_right_after_a_sentence_opener_is_a_missing_subject(text, match):
    assert hits("GarbledMissingSubject", text) == [match]


@pytest.mark.parametrize("text", [
    "The polls closed. Then came the news that the count would be delayed.",
    "Indeed, said one aide, the plan had been shelved weeks before.",
    "But remember, nothing is final until the board votes on Tuesday.",
    "But from here, the plan changes. And tomorrow, it will be a new day.",
    "But voters disagreed, and the measure failed by nine points.",
    "Still, published reports said the deal was close to being signed.",
    "He said that and carries on as if nothing happened at all.",
    "So far, officials have counted about 4,000 ballots in the county.",
    "So began a long night for the harbour board, which met until dawn.",
])
def test_a_subject_after_the_opener_is_not_flagged(text):
    assert hits("GarbledMissingSubject", text) == []


@pytest.mark.parametrize("text,match", [
    ("The ferry ran aground in March. Was sentenced Friday to two years in prison.", "Was"),
    ("Banks had been closed. Were expected to reopen later in the week.", "Were"),
    ("A strong earthquake hit the coast. Shook the harbour town for a full minute.", "Shook"),
    ("Relief camps opened at dawn. Have taken in about 3,000 people since Monday.", "Have"),
    # a number after the verb; a comma before a relative clause is no participle's
    ("The measure cleared the Senate. Passed 21-10 and now heads to the House.", "Passed"),
    ("The board met. Denied the permit, which the harbour council had long backed.", "Denied"),
    # "said" before a pronoun: no inversion ("Said one aide") takes a pronoun
    ("He ran in 2016. Said he would make a decision about 2020 by the spring.", "Said"),
    ("The mayor spoke at noon. Told reporters the harbour would reopen on Friday.", "Told"),
])
def test_a_statement_opening_with_a_finite_verb_has_lost_its_subject(text, match):
    assert hits("GarbledMissingSubject", text) == [match]


@pytest.mark.parametrize("text", [
    "The vote was close. Had he known, he would have stayed at home that night.",
    "Were it not for the storm, the ferry would have sailed on time.",
    "Was the harbour plan worth the money? Most residents say it was.",
    "The captain shrugged. Is it a plan that works?\" he asked the council.",
    "Founded in 1850, the harbour board now meets every other Tuesday.",
    "Headed into the vote, council members were split on the ferry plan.",
    "The mayor tweeted on Monday. \u201cShe is the one I want to face. Will be such fun!\u201d",
    "The column ended there. Seemed about right.",
    "Produced by Gwyn Ellis and Aled Price for the harbour radio station",
    "Will Price said the ferry would run. Will spoke to the council on Monday night.",
    "Sales rose sharply. Found guilty in May, the captain lost his licence in June.",
    "The harbour closed. Said one aide: the ferry plan will not survive the winter.",
    "Said the mayor, after a long pause, that the vote would be held on Friday.",
    "The crew stayed. Told to leave the harbour, the captain refused to go ashore.",
    "Raised in Wendell, he joined the harbour board at the age of 30 last year.",
    # before "by": a passive participle or a plural noun, not a verb that lost its subject
    "The talks ended. Reached by phone in Dover, where she has lived since May, Ann Cole said no.",
    "Fares may rise. Strikes by an airline's own staff are not treated as exceptional.",
])
def test_questions_inversions_and_participles_are_not_a_missing_subject(text):
    assert hits("GarbledMissingSubject", text) == []


@pytest.mark.parametrize("text,match", [
    ("Smoke filled the valley. \u201cYou can taste it,\u201d said. Schools closed.", "said"),
    ("The crowd cheered. \"I never thought I would see this,\" said.", "said"),
    ("GM filed for bankruptcy, ending a century in which had stood as a symbol of might.",
     "in which had"),
    # an abbreviated title with its name deleted
    ("When asked whom she supported, Ms. smiled and said she was waiting.", "Ms."),
    ("She tried to ask Mr. about the plan as he left the harbour office.", "Mr."),
])
def test_a_speaker_or_relative_subject_deleted_is_a_missing_subject(text, match):
    assert hits("GarbledMissingSubject", text) == [match]


@pytest.mark.parametrize("text", [
    "\u201cThe whole city shook,\u201d Rania Haddad, a teacher, said.",
    "The fund raised $400,000, most of which would go to repairs, the mayor said.",
    "The collection holds 600 works, a third of which have never been shown.",
    "\"I never thought I would see this,\" she said.",
    "The hall in which he had stood for years was torn down.",
    "Mr. and Mrs. Hale thanked Mayor Bill de Blasio and Mr. de Blasio thanked them.",
    "Dr. al-Hakim and Ms. van Dyke spoke after Sen. Rubio left.",
])
def test_quotations_with_speakers_and_relative_clauses_are_not_flagged(text):
    assert hits("GarbledMissingSubject", text) == []


def test_shipped_finite_verbs_equal_the_recomputation():
    from lint import bigrams, finite_verbs
    from lint.fileio import read_listing

    if not bigrams.installed():
        pytest.skip("symspellpy's frequency lists are not installed")
    shipped = read_listing(finite_verbs.FILE)
    assert shipped == sorted(set(shipped))
    assert set(shipped) == finite_verbs.compute(), (
        "lint/data/finite_verbs.txt is stale: python -m lint.finite_verbs")
    assert {"felt", "found", "carries"} <= set(shipped)
    assert not {"came", "said", "voters", "remember", "published", "from"} & set(shipped)


# -- run-on joins -------------------------------------------------------------

@pytest.mark.parametrize("text,match", [
    ("He is not the only senator Last week, the governor endorsed him.", "Last"),
    ("At first, that is how experts viewed When she opposed the deal, it changed.",
     "When"),
    ("\"We will win,\" Smith \"Nobody doubts it.\"", "Smith \""),
    ("\u201cOne of the things that is misunderstood, even among \u201cThere is a myth.\u201d",
     "\u201c"),
    ("The ferry was late again, and the harbour master said The delays will end.", "The"),
    ("The council posted its notice on On Monday, the ferry runs again.", "On"),
    ("The mayor will unveil the second phase of the It will cost two million.", "It"),
    ("Residents wanted a decision on a They have waited a year.", "They"),
    # a verb the shipped finite-verb list lacks, judged by word-pair counts
    ("We will work out a system, but we either have a We need a border.", "We"),
    ("The state has reported new cases of typhus Officials said most were farm workers.",
     "Officials"),
    ("Dense fog led to delays People were told to stay home until noon.", "People"),
    # a title elsewhere ("The New York Times") does not make "The" a name
    ("He read The New York Times. Prices have risen since The government has said little.",
     "The"),
    ("It drew crowds competing for that space of votes \"I actually think he may win.\"",
     "\""),
    ("The trade deficit widened to $53.1 billion last month Exports rose sharply.", "Exports"),
    ("Shares fell sharply Investors widely expect a cut.", "Investors"),
    ("Dunn, 17, is the \"I didn't care about anything,\" she said.", "\""),
    ("The group spent the weekend attacking the This time the target was the mayor.", "This"),
    # after "of": "The" before a lower-case word heads no title
    ("Tests found high levels of The algae can cause rashes.", "The"),
    # a no-break space after a full stop still ends that sentence, so this
    # "The" is no name that would excuse the one after "to"
    ("Premiums rose.\u00a0The plan was late. It allows teachers to The measure passed.",
     "The"),
    # a possessive before "The" and a lower-case word
    ("The report said the agency abused its The memo was released on Friday.", "The"),
    # an opener before a number starts a new sentence too
    ("The crew came back a year later On 2 May the ferry sailed again.", "On"),
    ("The fund has grown fast In 2015 it held $40 million.", "In"),
])
def test_run_on_is_flagged(text, match):
    assert hits("GarbledRunOn", text) == [match]


@pytest.mark.parametrize("text", [
    "The show This Is Us returned. He read The New York Times.",
    "\"We will win,\" Smith said. \"Nobody doubts it.\"",
    "\"We will win,\" said Smith, \"and soon.\"",
    "Films like \u201cFrozen,\u201d and \u201cUp\u201d did well.",
    "\u201cHe said \u201clist\u201d twice,\u201d she recalled.",
    "IOWA VOTES TODAY He said it would be close.",
    "She wrote a memo titled The Case for Where the Ferry Goes next year.",
    "He spoke to Secretary of State officials and the secretary agreed.",
    "The ferry plan was backed by Al From, and From said so twice.",
    "The sermon asked for His mercy and His grace.",
    "The Harbour board meets weekly. Dangers abound at the Harbour gate.",
    "She was the It girl of the ferry season and knew it.",
    "Homeowners Over 60 Are Cashing In On This Plan",
    "Critics called the ferry the It crowd's favourite, and the It list grew.",
    "The theatre staged a revival of It during the harbour festival.",
    "The Capitol Police said the gate would close. He thanked the Police for the escort.",
    "The film Frozen Officials opened to good reviews, and Officials is now streaming.",
    "Ask the People who were there, the ferry captain said.",
    "He said \"I do not know\" and left, because \"I do not see it,\" he wrote.",
    "She called it \"The Deal of the Century\" and the \"It girl\" agreed.",
    "God raises up rulers for the sake of His people. He listens to This American Life.",
    "She is a reporter of The New York Times and a fan of The Who.",
    "She gave her The Book of Mormon and read his The Sun column.",
    "The case, brought by a group called Students for Fair Admissions, goes to trial.",
])
def test_legitimate_joins_are_not_flagged(text):
    assert hits("GarbledRunOn", text) == []


# -- unbalanced quotes and brackets -------------------------------------------

@pytest.mark.parametrize("text", [
    "He called it a \"disaster and walked out.",
    "The plan (first proposed in 2015 was shelved.",
    "The figure rose by 5%) in May.",
])
def test_unbalanced_is_flagged(text):
    assert len(hits("GarbledQuotes", text)) == 1


@pytest.mark.parametrize("text", [
    "\"It is over,\" he said. \u201cDone.\" She agreed \u201cfully\u201d.",
    "''We are ready,'' he said, ''and we always were.''",
    "\"This is the first paragraph of a long quote.\n\n\"And this is the end.\"",
    "The hall seats 5,000 (a record). He is 6'2\" tall.",
    "Points: 1) cost, 2) time.",
    "''They said, 'Go home,''' she recalled.",
])
def test_balanced_is_not_flagged(text):
    assert hits("GarbledQuotes", text) == []


def test_unbalanced_quotes_is_only_a_suggestion():
    assert rule("GarbledQuotes").level == "suggestion"


# -- truncated paragraphs -----------------------------------------------------

def test_truncated_paragraph_is_flagged():
    text = ("Headline\n\nThe plan was approved. Investors see a one-in-five chance that "
            "the bank will cut rates again within\n")
    assert hits("GarbledTruncation", text) == ["within"]


@pytest.mark.parametrize("text,match", [
    ("Headline\n\nAlthough the ferry was popular, its timetable has been c\n", "c"),
    ("Headline\n\nThe island council said it would look again at the ferry busin\n",
     "busin"),
])
def test_paragraph_ending_on_a_broken_word_is_flagged(text, match):
    assert hits("GarbledTruncation", text) == [match]


@pytest.mark.parametrize("text,match", [
    ("Headline\n\nThe ship was freed on Sunday. No oil was spilled and none of the 22\n", "22"),
    ("Headline\n\nThe fair was saved. A local businessman has given \u00a360,000\n",
     "\u00a360,000"),
])
def test_paragraph_cut_off_after_a_number_is_flagged(text, match):
    assert hits("GarbledTruncation", text) == [match]


@pytest.mark.parametrize("text,match", [
    ("Headline\n\nThe fire burned for days. \"It is a potential collapse,\" said Ka\n", "Ka"),
    ("Headline\n\nThe dig ended. \u201cIt will take 30 years,\u201d said Professor Ian Crawford\n",
     "Crawford"),
])
def test_paragraph_cut_off_after_the_speakers_name_is_flagged(text, match):
    assert hits("GarbledTruncation", text) == [match]


@pytest.mark.parametrize("text,match", [
    ("Headline\n\nThe fire burned for days. People gathered in the streets of Barcelona,\n",
     "Barcelona,"),
    ("Headline\n\nPolice made an arrest. \"Our detectives worked this case for weeks,\"\n",
     "weeks,\""),
    ("Headline\n\nThe museum opened on Friday. Many quilts were never shown publicly. \"Thes\n",
     "\"Thes"),
    ("Headline\n\nThe chief quit on Friday. \u201cI am shocked by the events of the past days,\u201d "
     "Mr. Winterkor\n", "Winterkor"),
    ("Headline\n\nThe index closed at a record. \u201cIt gets people's attention,\u201d Paul "
     "Ostrander,\n", "Ostrander,"),
])
def test_paragraph_ending_on_a_mark_no_paragraph_ends_on_is_flagged(text, match):
    assert hits("GarbledTruncation", text) == [match]


def test_date_line_ending_on_a_year_is_not_a_truncation():
    text = ("Headline\n\nU.S. | By Gregory Kort, @gkort Published 10:30 a.m. EDT May 12, 2016\n\n"
            "The plan was approved. Investors see a chance that rates fall in 2016\n")
    assert hits("GarbledTruncation", text) == []


def test_truncated_copy_of_a_later_paragraph_is_left_to_duplicate_rules():
    full = ("The plan was approved. Investors see a one-in-five chance that the bank "
            "will cut rates again within the year.")
    text = "Headline\n\n" + full[:80] + "\n\n" + full + "\n"
    assert full[:80].endswith(" th") or full[:80][-1].isalpha()
    assert hits("GarbledTruncation", text) == []
    assert hits("GarbledTruncation", "Headline\n\n" + full[:80] + "\n") != []


@pytest.mark.parametrize("text", [
    "Headline\n\nThe plan was approved. Investors see a chance that rates fall.\n",
    "Headline\n\nA list of every ferry that will stop running at the end of the season\n",
    "Headline\n\nThe island council said it would look again at the ferry route 9a\n",
    "Headline\n\nREAD MORE: Investors see a one-in-five chance that the bank will cut rates\n",
    "Headline\n\nA list of every school that will close early on Friday because of snow\n",
    "Headline\n\nThe plan was approved. Investors see a chance that the bank cuts Rates\n",
    # a heading that ends on its source has no sentence end inside
    "Headline\n\nMonsoon likely to hit Kerala coast by June 1, says IMD\n",
    "Headline\n\nThe mayor speaks at a rally on Tuesday. Photo by Ian Crawford\n",
    "Headline\n\nThe ferry sailed. \u201cWe are home,\u201d the captain said, \u201cand glad of it.\u201d\n",
    "Headline\n\nThe ferry sailed at noon. Price said: \"We are home, and glad of it.\"\n",
])
def test_complete_paragraphs_are_not_flagged(text):
    assert hits("GarbledTruncation", text) == []


# -- encoding damage ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The movement of FethullahGÃ1\u20444len grew.",
    "Rep. RaÃÂol Grijalva spoke.",
    "It wasn\u00e2\u20ac\u2122t clear.",
    "The caf\u00c3\u00a9 opened.",
    "Prices rose 5% &amp; more.",
    "The name was lost: \ufffd\ufffd.",
])
def test_mojibake_is_flagged(text):
    assert len(hits("GarbledEncoding", text)) == 1


@pytest.mark.parametrize("text", [
    "Caf\u00e9 owners in S\u00e3o Paulo and Z\u00fcrich \u2014 \u201cquoted\u201d \u2013 agreed\u2026",
    "Crowds in S\u00c3O PAULO cheered. Temperatures hit 30\u00b0C; \u00bd of them left.",
    "Plain ASCII text with no damage at all.",
])
def test_clean_unicode_is_not_flagged(text):
    assert hits("GarbledEncoding", text) == []


def test_ftfy_repair_is_offered_as_fix():
    result = lint_text("The caf\u00c3\u00a9 opened.", rule("GarbledEncoding"))
    assert [f.fix for f in result.findings] == ["caf\u00e9"]


# -- golden fixture: a whole article ------------------------------------------

def _golden_lines(folder: Path) -> list[str]:
    from lint.cli import main

    names = ",".join(f"Newslint.{p.stem}" for p in sorted(RULES_DIR.glob("Garbled*.yml")))
    out = StringIO()
    with redirect_stdout(out):
        main(["--no-config", "--format", "json", "--select", names, str(folder)])
    report = json.loads(out.getvalue())
    return [f"{Path(f['path']).name}:{x['line']}:{x['column']}:{x['rule']}"
            for f in report["files"] for x in f["findings"]]


def test_golden_fixture_findings():
    expected = (GARBLED / "expected.txt").read_text(encoding="utf-8").split()
    assert _golden_lines(GARBLED) == expected


def test_clean_fixture_has_no_findings():
    assert not any(line.startswith("ferry_clean.txt") for line in _golden_lines(GARBLED))


def test_word_detectors_share_one_word_list_per_document(monkeypatch):
    """The word list is derived once per document (Document.memo), not per rule."""
    from lint import garble_words

    calls = []
    real = garble_words._lowered
    monkeypatch.setattr(garble_words, "_lowered", lambda doc: calls.append(1) or real(doc))
    rules = [rule(n) for n in ("GarbledCountry", "GarbledRepeatedWord", "GarbledWordOrder")]
    result = lint_text("The the us officials said it was a the plan.", *rules)
    assert sorted(f.rule for f in result.findings) == [
        "Newslint.GarbledCountry", "Newslint.GarbledRepeatedWord", "Newslint.GarbledWordOrder"]
    assert len(calls) == 1


def test_whole_text_checks_run_once_per_distinct_double(monkeypatch):
    """A long text repeating one capitalised double reads the whole text once for
    it, not once per copy (which would make a long article quadratic)."""
    from lint import garble_words
    calls = []
    real = garble_words._alone_elsewhere
    monkeypatch.setattr(garble_words, "_alone_elsewhere",
                        lambda text, name: calls.append(name) or real(text, name))
    text = "Headline\n\n" + "They met in Walla Walla and Pago Pago again. " * 200 + "\n"
    assert hits("GarbledRepeatedWord", text) == []
    assert sorted(calls) == ["Pago", "Walla"]
