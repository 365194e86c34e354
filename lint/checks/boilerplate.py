"""The ``boilerplate`` check type: page furniture told apart from article text.

Phrase lists catch the furniture they list and nothing else, and every site
words its furniture differently. This check scores each paragraph (one line of
a one-paragraph-per-line scrape) on *shape and place* as well as on wording,
and so generalises to sites it has never seen. Everything is one pass over the
paragraphs plus a few precompiled regexes: O(lines) per document, no imports
beyond the standard library.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator

from lint.checks import CheckType, Key
from lint.document import Document, Paragraph
from lint.finding import Match
from lint.literals import may_match, required_literals, screen_text
from lint.textutil import paragraph_norm_tokens, paragraph_norms

#: Scores are sums of float weights: compare with the threshold up to rounding.
_EPS = 1e-9

#: Furniture kinds, in the order the rule files present them.
KINDS = ("dateline", "byline", "copyright", "comments", "link", "related", "nav")

#: Feature weights. A line is furniture when its summed score reaches the threshold
#: (1.0 by default). Cue weights come from the wording; the rest from structure.
DEFAULT_WEIGHTS: dict[str, float] = {
    # wording cues
    "cue": 1.2,            # a telling shape: READ MORE: link, (c) line, "Posted by", a date line
    "weak_cue": 0.6,       # suggestive wording that needs structural support
    "web_words": 0.55,     # a short line whose words are web-page words ("Printer friendly")
    "all_web_words": 0.35,  # ... and nothing else ("Share this article", "Most Read")
    # structure
    "fragment": 0.35,      # no sentence-ending punctuation
    "sentence": -0.85,     # ends like a sentence
    "edge": 0.4,           # before the first / after the last prose paragraph
    "mid_body": -0.2,      # between prose paragraphs (sub-headings live here)
    "run": 0.2,            # next to another non-prose line
    "between_flagged": 0.45,  # both neighbours are furniture
    "next_to_flagged": 0.3,   # a neighbour is furniture (a list under "Related Links")
    "no_overlap": 0.4,     # none of its content words occur in the article's prose
    "no_overlap_per_word": 0.15,  # ... more telling the more words it has (2 to 5)
    "low_overlap": 0.2,    # under a quarter of them do
    "high_overlap": -0.5,  # half or more do: it is about this article
    "novel_name": 0.2,     # a proper name the article never mentions
    "known_name": -0.2,    # a proper name the article does mention
    "title_case": 0.1,     # Most Words Capitalised
    "few_stopwords": 0.1,  # telegraphic: hardly any function words
    "many_stopwords": -0.25,  # reads like a sentence
    "list_marker": 0.3,    # starts with a bullet, >>, or "1."
    "separator": 0.45,     # "Section | Name", "a * b"
    "subheaded": -0.25,    # the article has sub-headings that share its words
}

# -- word lists (small, built in: importing wordfreq would cost more than it earns) --
_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how
i if in into is it its itself just me more most my myself no nor not now of off on once
only or other our ours out over own same she should so some such than that the their
theirs them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours yourself
says said say new one two after may might must shall upon via per vs amid among
around across along behind beside beyond inside onto toward towards within without
""".split())

#: Words that on their own say "web page, not story", by category.
_WEB_STRONG = frozenset("""
share shares sharing email e-mail emails print printer printable font bookmark bookmarks
bookmarked permalink trackback rss homepage widget inbox feedback forum forums
comments comment tags tagged hashtags
subscribe subscription subscriptions subscriber subscribers unsubscribe newsletter
newsletters login logout signin signup username password paywall
cookie cookies consent gdpr javascript browser browsers adblock ad-blocker
advertisement advert adverts advertise advertising advertisers sponsored sponsor sponsors
promoted
donate donation donations disqus
tweet retweet facebook twitter whatsapp linkedin pinterest reddit digg stumbleupon
instagram youtube tumblr flipboard telegram messenger snapchat tiktok mastodon bluesky sms
multimedia slideshow gallery galleries podcast podcasts playlist autoplay copyright
related recommended trending
""".split())
#: Words about the page itself (reading, playing, moving around it): a short line of
#: nothing else is a control or a list header even inside the article ("Listen to
#: this article", "Next story", "Loading...").
_WEB_UI = frozenset("""
article articles story stories video videos audio listen listening watch play playing
replay pause read reading click tap scroll swipe next previous prev loading load
page pages site website web online content contents link links view views download
app apps copy caption captions transcript expand collapse close toggle zoom resize
navigation notifications
settings preferences accept menu skip top back continue min mins minute minutes
sign log register account premium member members membership unlock access
browse browsing continuing free unlimited trial subscribed photo photos picture pictures
""".split())
#: Words common in furniture but also in prose: they support, never decide.
_WEB_WEAK = _WEB_UI | frozenset("""
news headlines headline latest top most popular viewed
photo photos pictures picture sport sports business health science world
events holidays travel opinion politics entertainment lifestyle technology tech weather
home local national international today today's main full edition section sections
archive archives search help contact terms privacy policy services jobs classifieds
obituaries shop deals offers partners partner magazine blog blogs radio tv live
like follow friend friends fans version featured feature features special reports report
text editor editors letters miss don't enter tools tool free alerts alert daily
weekly digest more topics topic categories category keywords filed also other
limit remaining agree experience ad ads journalism
""".split())
#: Words of the staff-line pattern one of which such a line must hold.
_STAFF_VERBS = frozenset("is was been reports reported writes wrote covers blogs tweets".split())
_CRUMB_CHARS = re.compile(r"[|\u2022\u00b7/>\u00bb\u203a:]")
#: Platforms a share-button run names.
_PLATFORMS = frozenset("""
facebook twitter whatsapp linkedin pinterest reddit digg stumbleupon instagram youtube
tumblr flipboard telegram messenger snapchat tiktok mastodon bluesky email e-mail sms
""".split())

_WEB_PAGE = _WEB_STRONG | _PLATFORMS | _WEB_UI
_WEB_ANY = _WEB_PAGE | _WEB_WEAK

#: Common nouns of news outlets' names and of staff credits: a category, not a list
#: of outlets ("The Daily Courier", "Harbour News Service", "Metro Desk").
_OUTLET = frozenset("""
news times post press journal herald tribune enquirer inquirer today gazette telegraph
guardian daily weekly magazine chronicle observer independent examiner mail express
mirror standard bulletin courier dispatch reporter register wire service agency
network media staff writer writers correspondent editor contributor columnist
online digital radio tv television broadcasting report reports
""".split())

#: How a feature reads in a message ("why this line was flagged").
#: Most telling first: the message names the first that applies.
_REASONS = {
    "separator": "label split by '|', '/' or '>'", "list_marker": "list item",
    "web_words": "web-page wording", "all_web_words": "web-page wording",
    "no_overlap": "shares no words with the article",
    "low_overlap": "shares few words with the article",
    "novel_name": "names nobody in the article",
    "between_flagged": "between furniture lines", "next_to_flagged": "next to other furniture",
    "edge": "outside the article's paragraphs", "run": "in a run of short lines",
    "fragment": "short line without a full stop",
}
#: Cues whose wording is a whole legal or house notice: a long sentence is no
#: evidence against them, as it is against a cue word inside a story's sentence.
_LONG_NOTICES = frozenset(("editor's note or disclaimer", "rights notice", "copyright notice",
                           "comment policy", "embedded post", "site notice",
                           "press-release blurb", "link to another page"))
#: Cues trusted only before the article's first / after its last prose paragraph.
_EDGE_ONLY = frozenset(("source line", "staff line", "byline or source label"))
#: ... of which these are not telling enough to unseat the first line as headline.
_NOT_DECISIVE = frozenset(("source line", "staff line"))
#: Lower-case words allowed inside a name or an outlet's name.
_NAME_GLUE = frozenset("and of the for de da del van von der le la in at".split())
#: Last words of a staff credit ("Harbour Gazette Staff", "Metro Desk").
_STAFF = frozenset("staff writer writers correspondent reporter editor contributor "
                   "desk team".split())

_WORD = re.compile(r"[^\W_]+(?:[-'\u2019.][^\W_]+)*\.?")
_CLOSERS = "'\"\u2019\u201d)]"         # may follow a sentence's final stop
_ABBREV_END = re.compile(r"(?:\b(?![ap]\.m\.\s*$)(?:[A-Za-z]\.){2,}|\b(?:Jr|Sr|Inc|Co|Ltd|Corp|St|Dr|Mr|"
                         r"Mrs|Ms|Gov|Sen|Rep|Gen|No)\.)\s*$")
_LIST_MARKER = re.compile(r"^\s*(?:[\u00bb\u203a\u2192\u2022\u00b7\u25aa\u25a0\u25ba*>-]"
                          r"|>>|\u2013|\u2014|\d{1,2}[.)])\s+\S")
_SEPARATOR = re.compile(r"\s[|\u2022\u00b7/>\u00bb\u203a]\s|\s::\s|^\s*\|\s|\s\|\s*$")
#: What splits a breadcrumb trail or a tag list into its items.
_CRUMB_SPLIT = re.compile(r"\s+(?:[|\u2022\u00b7/>\u00bb\u203a]|::|>>)\s+")
_TAG_LINE = re.compile(r"^\W{0,3}([A-Za-z]+(?:\s[A-Za-z]+)?)\s*:\s*(\S.*)$")
_TAG_SPLIT = re.compile(r"\s*[,;|\u2022\u00b7/]\s*|\s+>\s+")

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|"
            r"fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?")
_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?)"
    rf"|\b{_WEEKDAY},?\s+{_MONTH}\b", re.I)
#: Relative stamps: "3 hrs ago", "2d ago", "Just now", "Yesterday at 10:15". (A regex
#: of their own behind a literal screen: in _DATE they would double its cost.)
_RELATIVE_DATE = re.compile(
    r"\b\d{1,2}\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|w|wks?|weeks?)\s+ago\b"
    r"|^\W*just now\W*$|\b(?:yesterday|today),? at \d{1,2}(?:[:.]\d{2})?\b", re.I)
_RELATIVE_LITERALS = ("ago", "just now", "day at", "day, at")
# Everything a date line is made of; what is left over is its "residue".
_DATE_PART = re.compile(
    rf"\b{_MONTH}(?=\W|$)|\b{_WEEKDAY}(?=\W|$)|\b\d{{1,2}}(?:st|nd|rd|th)\b"
    r"|\b\d{1,4}(?:[/.:-]\d{1,4}){0,2}(?:\b|(?=[ap]\.?m\b))|(?:\b|(?<=\d))[ap]\.?m\b\.?"
    r"|\b(?:published|posted|updated|last|modified|date|first|created|edited|filed|on|at|"
    r"time|ago|hours?|hrs?|h|mins?|minutes?|d|days?|w|wks?|weeks?|am|pm|permalink|yesterday|today|"
    r"just now)\b", re.I)
#: A list item that ends in its age: "Flood warning issued for two counties - 1h ago".
_AGE_SUFFIX = re.compile(r"\s[-\u2013\u2014|\u2022\u00b7]\s*\d{1,2}\s*(?:h|hrs?|hours?|m|mins?|minutes?"
                         r"|d|days?|w|wks?|weeks?)\s+ago\W*$", re.I)
_TIMEZONE = re.compile(r"\b(?:[A-Z]{1,3}[SD]?T|GMT|UTC|ET|PT|CT)\b")

_LINK_WORDS = (
    r"read more|read also|also read|read next|further reading|read|see also|see more|also see|"
    r"also (?:on|from|in) [^:|\u00bb>]{1,40}|"
    r"related(?: (?:stories|story|articles?|links?|news|coverage|content|videos?|reading|"
    r"topics?|items?))?|more(?: (?:on|about|from|in)\b[^:|\u00bb>]{0,40}| news| stories)?|"
    r"watch(?: more| live| now)?|listen(?: live| now)?|click here|must read|must see|don'?t miss|recommended|"
    r"trending|next(?: story| article)?|up next|previous(?: story| article)?|prev|"
    r"full story|top stories?|latest(?: news)?|breaking|videos?|photos?|gallery|"
    r"slideshow|in pictures|sponsored|promoted|editor'?s picks?|explore|go to|visit|"
    r"explainer|opinion|analysis|editorial|fact check|live updates|podcast|full coverage|"
    r"more coverage|live blog|live coverage|previously|q ?& ?a|suggested reading|recommended reading|"
    r"full results")
#: Link prefixes no headline starts with (unlike "Watch:", "Video:", "Breaking:").
_LINK_DECISIVE = (r"read more|read also|also read|read next|further reading|see also|also see|related"
                  r"(?: (?:stories|story|articles?|links?|news|coverage|content))?|"
                  r"more from [^:|\u00bb>]{1,40}|previous story|next story|must read|"
                  r"don'?t miss|recommended|full coverage|more coverage|suggested reading|"
                  r"recommended reading")
_LINK_PREFIX = re.compile(
    rf"^\W{{0,3}}(?:({_LINK_DECISIVE})|{_LINK_WORDS})\s*"
    r"(?::|\u00bb|>>|>|\||\]|(?:-{1,2}|\u2013|\u2014)(?=\s*[\"'\u2018\u201cA-Z0-9]))\s*\S", re.I)
#: A line led by an arrow is a link: "-> Inside the race to build a cheaper battery".
_ARROW_LINK = re.compile(r"^\s*(?:-+>|=>|>>(?!>)|\u00bb|\u2192|\u21d2|\u27a1|\u279c|\u27a4|\u25b6|\u25ba)\s*\S")
_WORD_CHAR = re.compile(r"\w")
_LINK_SUFFIX = re.compile(r"(?:full story|read more|continue reading|more\s*\u00bb|"
                          r"click here|read the full (?:story|article))\W{0,4}$", re.I)
_COPYRIGHT = re.compile(r"\u00a9|\(c\)\s*(?:\d{4}|[A-Z])|^\W*copyright\b|\ball rights reserved\b"
                        r"|\bcopyright (?:notice|policy|information|statement)\b", re.I)
_CREDIT = re.compile(
    r"^\W{0,3}(?:photo(?:graph)?s?|images?|pictures?|credits?|illustrations?|graphics?|"
    r"file photo|video)\s*(?:by\b|:|/|courtesy\b|credit\b)|\b(?:getty images|ap photo|"
    r"afp photo|afp/getty|reuters/|shutterstock|istockphoto|courtesy of)\b"
    r"|^\W{0,3}(?:file|stock|handout|library|archive|submitted|contributed|supplied|provided) "
    r"(?:photo|image|picture|pic|footage)s?\W*$"
    r"|\((?:photo(?:graph)?|image|picture|video|pic)s?\s*(?::|/|by\b|courtesy\b)|^\W{0,3}caption\s*:",
    re.I)
#: A credit line of several "... by Name" parts: "Reporting by A in Lagos; Editing by B".
_CREDITS = re.compile(r"^\W{0,3}(?:\w+ )?(?:reporting|writing|editing|research) by\b[^;]{2,60};\s*"
                      r"(?:\w+ )?(?:reporting|writing|editing|research|graphics|photos?) by\b", re.I)
#: The writer described at the page edge: "The author is a senior fellow at ...".
_AUTHOR_IS = re.compile(r"^\W{0,3}the (?:author|writer|columnist|reviewer)s? (?:is|are|was|has|have"
                        r"|teaches|works|writes)\b", re.I)
_BY = re.compile(r"(?:^\W{0,3}|[|\u2022\u00b7]\s*)(?:by|written by|story by|reporting by|"
                 r"(?:additional|extra|further) (?:reporting|research) by|"
                 r"(?:editing|edited|produced|research|photography|interviews?) by|"
                 r"reported by|words by|text by|compiled by)\s+(?=[A-Z@])", re.I)
#: A staff line without "By": "Jane Doe is our science editor", "Jane Doe reports
#: from Nairobi". A name, then a copula and a newsroom role (a closed class of nouns),
#: or a reporting verb and a preposition. Only trusted at the page edge.
_NAME = r"(?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]+"
_STAFF_LINE = re.compile(
    rf"^\W{{0,3}}{_NAME},?\s+(?:is|was|has been)\s+(?:our|the|a|an|[A-Z][\w'\u2019]*)\s+"
    r"(?:[\w'\u2019-]+\s+){0,8}?(?:editor|correspondent|reporter|writer|columnist|"
    r"journalist|contributor|critic|producer|analyst|commentator|photographer|presenter|"
    r"blogger|bureau chief|freelancer)s?\b"
    rf"|^\W{{0,3}}{_NAME}\s+(?:reports|reported|writes|wrote|covers|blogs|tweets)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:from|for|on|about|at|in)\b")
#: A rights notice: "may not be reproduced, rewritten or redistributed", "without
#: prior written permission", "redistribution is prohibited".
_PUBLISH = (r"(?:reproduced|republished|redistributed|rewritten|reprinted|retransmitted|"
            r"distributed|transmitted|copied|broadcast|published|sold|stored)")
_RIGHTS = re.compile(
    # two or more publishing verbs: "may not be published, broadcast or redistributed"
    rf"\b(?:may|must|shall|cannot|can)\s+not\s+be\s+{_PUBLISH},?\s+"
    rf"(?:(?:{_PUBLISH},?|or|and|and/or|in|whole|part|any|form|way)\s+){{0,8}}?"
    rf"(?:or|and|and/or)\s+{_PUBLISH}\b"
    # or one, said of this very text: "This article may not be reproduced"
    rf"|\bthis\s+(?:material|article|story|content|report|page|text|feature|site)s?\s+"
    rf"(?:may|must|shall|cannot|can)\s+not\s+be\s+{_PUBLISH}\b"
    r"|\bwithout (?:the )?(?:(?:prior|express|explicit)\s+)*written (?:permission|consent)\b"
    r"|\b(?:reproduction|redistribution|republication|retransmission)\b[^.]{0,40}"
    r"\b(?:prohibited|forbidden|not permitted)\b"
    r"|\b(?:the )?property of their respective (?:owners|holders)\b"
    r"|\bno part of this (?:publication|article|site|material|content|work|page|story) may be\b"
    r"|\bis a registered trademark of\b|\bare registered trademarks of\b"
    r"|^\W{0,3}(?:market )?(?:data|quotes) (?:provided|supplied|powered) by\b"
    r"|\b(?:quotes|data|prices) (?:are |is )?delayed (?:by )?(?:at least |a minimum of |up to )?\d", re.I)
#: Readers addressed: site notices speak to "you" (or as "we") or in the imperative.
_SENTENCE_START = re.compile(r"[.!]\s+([A-Za-z]+)")
_ADDRESS = frozenset("you your you're you've yours we we're we've our us please".split())
_IMPERATIVE = frozenset("""
share subscribe listen watch read click tap scroll sign log register download continue
accept skip enable disable allow turn update join follow try get view play upgrade
unlock become
""".split())
#: Reported speech is the story's, never the page's: a quotation mark or a speech verb.
_QUOTE_MARK = re.compile("[\"\u201c\u201d]")
_SAY = frozenset("said says say told according added explained".split())
_POSTED_BY = re.compile(r"^\W{0,3}(?:posted|submitted|written|added)\s+by\b:?", re.I)
_COMMENT_CTRL = re.compile(
    r"^\W{0,3}(?:(?:report|flag)\s+(?:this\s+)?(?:comment|post|abuse|reply)|link to this|"
    r"permalink|reply(?: to this)?|recommend(?:ed)?(?:\s*\(\d+\))?|quote this|"
    r"(?:\d+\s+)?(?:comments?|replies|responses|conversations?|discussions?)(?:\s*\(?\d+\)?)?|"
    r"(?:post|add|leave|write|submit|have)\s+(?:a |an |your |your own )?"
    r"(?:comment|reply|say|own|response|view)s?|view (?:all )?comments?|"
    r"show (?:all )?comments?|hide comments?|load more comments?|sign in to comment|"
    r"sort by (?:newest|oldest|best|top|popular|most \w+|date|votes)|"
    r"(?:view|show|see|load) \d+ (?:more )?(?:replies|comments|responses)|"
    r"be the first to comment|(?:flag|report|mark)(?: this)? as (?:inappropriate|spam|abusive|offensive)"
    r"|(?:start|join|view|show|hide|open|close|enter) (?:the )?"
    r"(?:discussion|conversation))\W*$", re.I)
_COMMENT_NOTICE = re.compile(
    r"\bcomments?(?: on this (?:story|article|post|page))? (?:are|will be|may be|have been|is|must be)"
    r" (?:moderated|reviewed|closed|"
    r"reprinted|edited|published|disabled|pre-moderated)|\bthank you for (?:taking the time|"
    r"your (?:comments?|thoughts|feedback))|\b(?:offer|share|post) your (?:thoughts|"
    r"comments?|views|opinions?)\b|\bopportunity to (?:share|comment|discuss)\b|"
    r"\b(?:reprinted|republished) elsewhere|\bcommenting (?:guidelines|policy|rules)|"
    r"\bjoin the (?:discussion|conversation)\b|\bcomments? (?:policy|guidelines)\b"
    r"|\bnotify me (?:of|when)\b|\b(?:logged|log|signed|sign) in to (?:post|leave|add|write|"
    r"comment|reply|join)\b|\b(?:commenting|comments?) (?:is|are|has been|have been) "
    r"(?:not available|unavailable|turned off|switched off|disabled|closed)\b"
    r"|\b(?:conversation|discussion|thread) (?:is|are|will be) (?:now )?(?:moderated|closed)\b"
    r"|^\W{0,3}(?:comments|conversations?|discussions?) (?:are |is )?powered by\b"
    r"|\bleave (?:a|your) comments? below\b|\bin the comments below\b"
    r"|\bin the comments?(?: section)? (?:below|section)\b|\bdisqus\b"
    r"|\bcomments? (?:section|thread) (?:is|has been) (?:closed|disabled|unavailable)\b"
    r"|\bcommenting (?:on this (?:article|story|post) )?(?:has|is) (?:ended|closed|disabled)\b"
    r"|\bcomments? (?:are|is) subject to\b|\bbefore (?:commenting|posting a comment)\b"
    r"|\bthe next time I comment\b|\bthis comment (?:has been|was) (?:removed|deleted|hidden)\b"
    r"|\bwe welcome (?:\w+ ){0,2}(?:comments|feedback|debate|discussion)\b"
    r"|\bcommunity (?:guidelines|standards|rules) before (?:posting|commenting)\b"
    r"|\bwe reserve the right to (?:remove|delete|edit|moderate|block|reject)\b[^.]{0,30}"
    r"\b(?:comments?|posts?|submissions?|replies)\b", re.I)
#: A comment-policy label and its rules: "Commenting Guidelines: Keep it civil ...".
_COMMENT_RULES = re.compile(r"\W{0,3}(?:(?:commenting|comments?|community|discussion) (?:guidelines|policy|"
                            r"rules|standards)\s*:|we (?:welcome|value|encourage) (?:your |reader )?"
                            r"comments\b)", re.I)
#: "Post a comment", "Read all 12 comments": furniture on a short line, news in a sentence.
_COMMENT_VERB = re.compile(r"\b(?:post|leave|add|submit|read|view|show|hide|report|flag|load)"
                           r"(?: an?| your| all| this| \d+| more)? comments?\b", re.I)
_FORM_FIELD = re.compile(
    r"^\W{0,3}(?:your\s+)?(?:user\s?name|password|e-?mail(?:\s+(?:address|id))?|name|"
    r"(?:first|last|full) name|subject|country|city|state|zip(?: code)?|post ?code|phone|"
    r"website|url|comments?|message|captcha|verification(?: code)?|nickname|screen name|"
    r"location)\b[^.!]{0,60}?(?:\*|:)\s*$", re.I)
_PROMO = re.compile(r"\b(?:sign up|subscribe|register)\b.{0,50}\b(?:newsletters?|inbox|"
                    r"alerts?|today|now|free|here)\b|\bdelivered (?:straight |directly )?"
                    r"to your inbox\b|\b(?:get|receive) (?:our|the) (?:\w+ ){0,3}newsletter",
                    re.I)
_WEB_PHRASE = re.compile(
    r"\b(?:sign (?:up|in)|log ?in|log out|follow us|click here|email this|e-mail this|"
    r"print this|share this|like this|email to a friend|send to a friend|back to top|"
    r"skip to|text size|font size|most (?:read|viewed|popular|emailed|shared|commented)|"
    r"top \d+|have your say|(?:more|latest) (?:\w+ )?(?:news|headlines|stories|videos?)"
    r"|continue reading|read more|delivered to your inbox|main story|"
    r"(?:terms|conditions) of (?:use|service)|privacy policy|contact us|about us)\b", re.I)

#: A page control or sponsor label on a short line: "Story continues below
#: advertisement", "Toggle navigation", "Paid Post", "Presented by Acme".
_PAGE_CONTROL = re.compile(
    r"^\W{0,3}(?:(?:the )?(?:article|story|text|content|post|report|page) continues\b"
    r"|toggle\b|(?:paid|partner|sponsored|promoted|advertiser|branded) (?:post|content|story|"
    r"partnership|partner content|feature)\b|(?:presented|sponsored|brought to you|supported)"
    r" by\b|in partnership with\b|advertorial\b"
    r"|thanks? (?:you )?for (?:signing up|subscribing|registering|your support)\b"
    r"|gift (?:this|the|an?) (?:article|story|subscription)\b|link copied\b|show (?:more|less)\W*$"
    r"|(?:turn on|allow|enable|get) (?:push |browser )?notifications\b|characters? (?:remaining|left)\b"
    r"|special offer\b|\d{1,3} of \d{1,3}\W*$|(?:the )?(?:video )?player is loading\b"
    r"|loading(?: video| comments)?\W*$|thanks? (?:you )?for voting\b|vote now\W*$"
    r"|(?:see|view|show) (?:the )?results\W*$|\d+ active (?:weather )?alerts?\b"
    r"|(?:weather|traffic|severe weather) alerts?\s*:|refresh (?:this page |the page )?for "
    r"(?:the latest |more |new |live )?updates\b"
    r"|\d[\d,.]*k? (?:people|readers|others) (?:are )?(?:talking|reading|viewing|watching)\b)",
    re.I)
#: An appeal to the reader for money or sign-up: "please consider making a
#: contribution", "support independent journalism", "you have reached your limit".
_APPEAL = re.compile(
    r"\b(?:mak(?:e|ing) a (?:\w+ )?(?:contribution|donation|gift)|donat(?:e|ing) (?:now|today"
    r"|to us|to our)|support (?:our|independent|quality|local|trusted|fact-based|public)"
    r" (?:\w+ )?(?:journalism|reporting|newsroom|journalists|media)"
    r"|become a (?:member|subscriber|supporter|patron|donor)(?: today| now)?\W*$"
    r"|(?:you(?:'ve|\u2019ve| have) )?reached (?:your|the) (?:\w+ )?(?:limit|maximum) of"
    r"|(?:for|to) (?:subscribers|members) only|already a (?:subscriber|member)\b"
    r"|\b(?:only )?available (?:only )?to (?:subscribers|members|registered users)\b"
    r"|your (?:support|contribution|donation|gift|subscription|membership) (?:helps|makes|keeps|allows"
    r"|enables|funds|powers|supports|sustains)\b"
    r"|\b(?:rely|relies|depend|depends|count) on (?:readers|supporters|viewers|listeners|people)"
    r" like you\b|\bchip in (?:just )?\$\d)", re.I)
#: A note that the text is syndicated: "This article was originally published on
#: The Conversation", "Republished with permission", "published from a wire feed".
_SYNDICATION = re.compile(
    r"\bthis (?:article|story|piece|post|column|report|essay|content|interview)\b[^.]{0,30}?"
    r"\b(?:originally |first )?(?:published|appeared|posted|republished|reprinted|syndicated)"
    r"\b(?! (?:a|an|the|his|her|their|its)\b)"
    r"|^\W{0,3}read the original (?:article|story|post|piece|report)\b"
    r"|\ba version of this (?:story|article|report|piece|segment|interview) (?:aired|appeared|ran|"
    r"was (?:broadcast|published|first))\b"
    r"|^\W{0,3}(?:republished|reprinted|reproduced|used|shared|posted) (?:here )?(?:with|by) "
    r"(?:the )?(?:kind )?(?:permission|arrangement)\b"
    r"|\b(?:published|generated|sourced) from (?:a |an )?(?:syndicated|wire|agency|news) "
    r"(?:\w+ ){0,2}feed\b|^\W{0,3}(?:distributed|syndicated|supplied) by\b", re.I)
#: A disclaimer the site adds to a page: a disclosure, an affiliate or opinion
#: disclaimer, a licence or terms line, a partnership credit. (Corrections, editor's
#: notes and "This story has been updated" notes are the story's own text: they
#: stay, as the story printed them.)
_HOUSE_NOTE = re.compile(
    r"^\W{0,3}(?:disclosure|full disclosure|disclaimer)\s*:\s+\S"
    r"|^\W{0,3}this (?:story|article|post|report|piece|column|content|project|series|coverage) "
    r"(?:was|is) (?:produced (?:in partnership|in collaboration|with (?:support|funding))|"
    r"published in partnership|made possible by)\b"
    r"|\b(?:contains?|uses?|includes?|through|via) (?:\w+ )?affiliate links?\b"
    r"|\b(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of (?:sales|"
    r"revenue))\b|\b(?:views|opinions) expressed (?:in this|here|are (?:the|those))\b"
    r"|\bnot responsible for the content of (?:external|third[- ]party|linked|other)\b"
    r"|\blicensed under (?:a |the )?creative commons\b"
    r"|^\W{0,3}(?:by using|use of|by accessing) this (?:site|website|service|app)\b"
    r"|\bthis (?:material|content|site|website|work) is protected by (?:copyright|law)\b"
    r"|^\W{0,3}if you(?:'ve| have been| are| were)? affected by (?:the issues|any of the issues|"
    r"(?:anything in )?this (?:story|article|report))\b|^\W{0,3}if you or someone you know\b"
    r"|\bwe strive for accuracy\b|\bsee something that (?:doesn'?t|does not) look right\b"
    r"|\bha(?:s|ve) a disclosure policy\b|\bha(?:s|ve) no (?:position|positions|financial interest)"
    r" in (?:any )?(?:of )?(?:the )?(?:stocks|shares|securities|companies) mentioned\b"
    r"|\b(?:views|opinions) expressed by\b[^.]{1,40}\bare (?:their|his|her|its) own\b"
    r"|\bwe(?:'ve|\u2019ve| have) updated our (?:privacy|cookie|terms)"
    r"|^\W{0,3}(?:cautionary (?:note|statement) (?:regarding|about|on) )?forward[- ]looking "
    r"(?:statements?|information)\W*$|\b(?:this|the) (?:press )?release (?:contains|includes|may "
    r"contain|may constitute)\b|\bwithin the meaning of (?:the )?(?:private securities|applicable "
    r"(?:\w+ )?securities)\b|\bmay (?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?"
    r"commission\b|^\W{0,3}materials? (?:provided|supplied) by\b|\bcontent may be edited for "
    r"(?:style|length|clarity)\b|^\W{0,3}this (?:article|content|story|post|series|page) is part of a "
    r"(?:paid |sponsored )?(?:partnership|collaboration)\b|^\W{0,3}(?:video|content|media) "
    r"(?:is )?(?:unavailable|not available)\b|^\W{0,3}this (?:content|video|embed|post|tweet|media) "
    r"(?:is not|isn't|is no longer|is currently not) available\b", re.I)
_HOUSE_NOTE_LITERALS = required_literals(_HOUSE_NOTE.pattern)
#: A prompt to the reader: a tip line, a paywall meter, a share or like prompt,
#: a text-to-subscribe or promo code.
_PROMPT = re.compile(
    r"^\W{0,3}(?:have|got) (?:a|any) (?:news )?(?:tips?|story ideas?|story|news tip)\b[^.]{0,20}\?"
    r"|\byou(?:'ve|\u2019ve| have) read \d+ of (?:your )?\d+ (?:free )?(?:articles|stories)\b"
    r"|\bunlimited (?:digital )?access (?:for|to (?:our|all|every))\b|\bcancel any ?time\b"
    r"|^\W{0,3}(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post|piece|newsletter)\?"
    r"|^\W{0,3}want more (?:stories|news|coverage|articles|updates|content) like this\b"
    r"|^\W{0,3}if you (?:enjoyed|liked|found|value|appreciated?) this (?:story|article|post|piece|"
    r"newsletter|content|work)\b|\bbuy(?:ing)? me a coffee\b"
    r"|\b(?:print|digital) subscribers (?:get|receive|can)\b", re.I)
_PROMPT_LITERALS = required_literals(_PROMPT.pattern)
#: Prompts known by their first word (tried only when the line starts with one of
#: :data:`_LEAD_PROMPT_WORDS`): a tip line, a contest, "Want more ...?", a call for
#: readers' photos, a subscription price, "Stay informed with ... updates".
_LEAD_PROMPT = re.compile(
    r"\W{0,3}(?:(?:send|email|e-mail|submit) (?:us )?(?:your )?(?:news )?tips? to [\w.+-]+@"
    r"|(?:send|email|e-mail|submit) us (?:your )?(?:news )?tips\b"
    r"|enter (?:now |today )?(?:for (?:a|your) chance to win|to win)\b"
    r"|want more\b[^?]{0,40}\b(?:stories|news|updates|coverage|content|articles|videos|"
    r"photos|like this)\?|(?:looking for|want|need) more\W{0,2}\?"
    r"|(?:do you have|did you (?:see|capture|take|shoot)|have you got|got) (?:any )?"
    r"(?:photos?|pictures?|videos?|footage|a (?:photo|picture|video|news tip))\b[^?]{0,60}\?"
    r"|(?:subscribe|join|sign up|start your (?:free )?trial)\b[^.]{0,30}\bfor "
    r"(?:just |only )?(?:[$\u00a3\u20ac]\d|\d+ cents\b|\d+p\b)"
    r"|(?:find out|stay (?:up to date|informed|on top)|keep up)\b[^.]{0,60}\bwith "
    r"(?:free,? )?(?:[\w-]+ ){0,2}(?:updates|alerts|newsletters?)\b)", re.I)
_LEAD_PROMPT_WORDS = frozenset("send email e-mail submit enter want looking need do did have got "
                               "subscribe join sign start find stay keep".split())
#: A text-to-subscribe keyword or a promo code: "Text NEWS to 55512", "use code READER20".
_KEYWORD_PROMPT = re.compile(r"\b(?:[Tt]ext [A-Z]{2,12} to \d{3,6}|[Uu]se (?:promo |discount )?code "
                             r"[A-Z0-9]{3,})\b")
_KEYWORD_PROMPT_LITERALS = ("text ", "code ")
#: The site's own channels, after an imperative: "Download our app", "Join our channel".
_OUR_CHANNEL = re.compile(r"\bour (?:free |new |daily |weekly |breaking news )?(?:apps?|newsletters?|"
                          r"channels?|podcasts?|website|site|page|feeds?|alerts|youtube channel|"
                          r"live blog|liveblog|live coverage|full coverage|coverage|(?:photo )?gallery|"
                          r"slideshow)\b|\bthe (?:[\w&'\u2019-]+ ){1,4}app\b[^.]{0,60}\b(?:your?|alerts|"
                          r"notifications|updates)\b"
                          r"|\b(?:for|on|from) (?:the )?(?:iphone|ipad|ios|android|app store|"
                          r"google play)\b"
                          r"|\b(?:is|are) now on (?:telegram|whatsapp|instagram|tiktok|threads|bluesky|"
                          r"mastodon|youtube|snapchat|facebook|twitter|linkedin|flipboard)\b", re.I)
#: A source label under a chart or a wire story: "Source: AAP".
_SOURCE_LABEL = re.compile(r"^\W{0,3}(?:sources?\s*:\s*\S[^.!?]{0,40}|(?:story|image|photo|data) "
                           r"sources?\s*:\s*)$", re.I)
#: A sentence pointing at another page: "Read the full report here.", "To read the
#: ruling, click here." ("Watch the interview above" points at the story's own video.)
_LINK_HERE = re.compile(
    r"^\W{0,3}(?:read|watch|listen to|see|view|find|get|follow|download|check out|browse|explore)"
    r"\b[^.!?]{0,80}\bhere\W{0,2}$|\bclick here\W{0,3}$", re.I)
#: The page signing off: "Thanks for reading! Subscribe for free ...".
_THANKS = re.compile(r"^\W{0,3}thanks? (?:you )?(?:so much )?for reading\b", re.I)
#: Who paid for the page: "This content is sponsored by Acme Bank".
_SPONSOR_NOTE = re.compile(r"^\W{0,3}this (?:content|article|story|post|series|feature|coverage|page|"
                           r"newsletter|podcast|episode|section) (?:is|was) (?:sponsored|paid for|"
                           r"brought to you|presented|underwritten) by\b", re.I)
#: How to reach the author: "Reach him at", "Follow her on", "About the author".
#: (A bare e-mail address is not enough: columns print their own.)
_CONTACT = re.compile(
    r"\b(?:reach|contact|email|e-mail) (?:reporter|writer|columnist|editor|the newsroom)\b"
    r"|\b(?:reach|contact|email|e-mail|follow|message) (?:him|her|"
    r"them|the (?:author|writer|reporter))(?: at| on| via)\b|^\W{0,3}about the (?:author|writer|"
    r"reporter)s?\b", re.I)
#: A list header naming another part of the site: "More from our network",
#: "Also on ABC News", "Elsewhere on the web".
_MORE_FROM = re.compile(r"^\W{0,3}(?:(?:the )?(?:more|also|elsewhere|latest|best|popular) (?:from|on|in|"
                        r"at|around|across)\b|(?:people|readers|others) also (?:read|viewed|"
                        r"liked|watched)\b|(?:other |more )?(?:stories|articles|posts|videos) you (?:may|might)"
                        r" (?:also )?(?:have missed|like|enjoy)\b"
                        r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b"
                        r"|(?:editor'?s'?|editors\u2019?|editor\u2019s|staff) picks?\W*$)",
                        re.I)
#: A link sentence: "For more on this story, visit our live blog".
_FOR_MORE = re.compile(r"^\W{0,3}for (?:more(?! than)|the latest|live updates|full coverage)\b"
                       r"[^.]{0,50}\b(?:visit|see|go to|read|click|follow|watch|head to|check"
                       r" out)\b", re.I)
#: How long the article is: "1,240 words", "4 min read", "Reading time: 6 minutes".
_LENGTH_NOTE = re.compile(r"^\W{0,3}(?:\d[\d,]*\s+words|\d+\s*(?:-\s*)?(?:min|mins|minutes?)"
                          r"\s+(?:read|listen)|(?:estimated )?read(?:ing)? time\b)\W*(?:\d+\s*"
                          r"(?:min|mins|minutes?)\W*)?$", re.I)
#: A credit that says who reported: "This story was reported by Jo Roe with ...".
_STORY_CREDIT = re.compile(r"^\W{0,3}this (?:story|article|report|piece) was (?:reported|written|"
                           r"produced|compiled|edited|updated) by\b", re.I)
#: A section label pointing at the site's coverage: "2016 ELECTION: Full Coverage".
_COVERAGE_LINK = re.compile(r":\s*(?:full|complete|more|live|latest|special|continuing) coverage\W*$",
                            re.I)
#: A pointer to a web address: "For more information, visit www.acme.com", "Learn more at
#: acme.org", "Source: https://...", "Via Droidlog", "Read the study: Journal of ...".
_WEB_POINTER = re.compile(
    r"(?:^\W{0,3}|[.!?]\s+)(?:for more information,? (?:please )?(?:visit|see|go to)|learn more at|find out more at|"
    r"more (?:information|info|details) (?:at|:)|sources?\s*:)\s*(?:https?://|www\.|[\w-]+\.(?:com|org|"
    r"net|gov|edu|co|io)\b)"
    r"|^\W{0,3}via\s+(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*){0,3}\W*$"
    r"|^\W{0,3}read the (?:full )?(?:study|report|paper|ruling|decision|filing|lawsuit|complaint|"
    r"indictment|transcript|letter|memo|text|statement)\s*(?::\s*(?-i:[A-Z])|here\b|\(pdf\))", re.I)
#: Pieces one of which a web address in :data:`_WEB_POINTER` holds (its screen).
_WEB_ADDRESS = ("www.", "://", ".com", ".org", ".net", ".gov", ".edu", ".co", ".io")
#: A labelled widget or promotion: "POLL: Should ...?", "Newsletter: The Weekly Dose - Sign up".
_WIDGET_LABEL = re.compile(r"^\W{0,3}(?:(?:reader )?(?:poll|quiz|survey)\s*:\s*\S.*\?\W*$|(?:media|press|"
                           r"investor) (?:contacts?|inquiries|enquiries|relations)\s*:|newsletters?"
                           r"\s*[:|\u2014\u2013-]\s*\S[^.]{0,60}\b(?:sign up|subscribe)\b)", re.I)
#: The end mark of a press release or wire copy: "###", "-30-".
_END_MARK = re.compile(r"^\s*(?:#\s*#\s*#|-\s*30\s*-|-\s*###\s*-)\s*$")
#: A tweet as an embed leaves it: "... pic.twitter.com/x - Jo Roe (@joroe) July 4, 2019".
_TWEET = re.compile(rf"\bpic\.twitter\.com/\w+|\u2014\s*[^()\u2014]{{1,60}}\(@\w{{1,20}}\)\s+{_MONTH}\s+"
                    r"\d{1,2},\s+\d{4}\W*$", re.I)
#: A press release's company blurb: "About Acme Mobility: Acme is a ...", "About Acme Corp".
_ABOUT_COMPANY = re.compile(r"^\W{0,3}about (?-i:[A-Z])[\w&.'\u2019-]*(?:\s+(?-i:[A-Z&])[\w&.'\u2019-]*)"
                            r"{0,4}\s*(?::\s*(?-i:[A-Z])|$)", re.I)
#: A labelled link: "ESPN+ link: Watch the full replay", "Video link: ...".
_LABEL_LINK = re.compile(r"\W{0,3}(?:[\w+&'\u2019-]+ )?(?:[\w+&'\u2019-]+ )?link\s*:\s*\S", re.I)
#: A newsroom role as a label: "Contributor | I write about personal finance".
_ROLE_LABEL = re.compile(r"\W{0,3}(?:senior |staff |guest |contributing )?(?:contributor|columnist|"
                         r"staff writer|correspondent|writer|editor|reporter)s?\s*[|\u2022\u00b7]\s*\S",
                         re.I)
#: A pointer to the rest of a story elsewhere: "Read the full story at The Harbor Times."
#: (A capital must follow: "Watch the full interview above" is the story's own video.)
_FULL_STORY_AT = re.compile(
    r"^\W{0,3}(?:read|watch|listen to|see) (?:the )?(?:full|complete|whole|entire|rest of the|"
    r"original) (?:story|article|report|interview|piece|post|column|episode|transcript)s? "
    r"(?:at|on|from|via|in) (?:the )?(?-i:[A-Z0-9])", re.I)
#: One part of a line of credits only: "Photo illustration by The Ledger", "Photos by Thinkstock".
_CREDIT_PART = re.compile(
    r"\W{0,3}(?:photo(?:graph)?s?|images?|pictures?|(?:photo )?illustrations?|graphics?|videos?|"
    r"design|maps?|(?:cover|top|lead|header|main) (?:photo|image|picture))\s+(?:by|courtesy of)\s+(?:the\s+)?"
    r"(?-i:[A-Z0-9@][^\s]*)(?:\s+(?:(?-i:[A-Z0-9@/&][^\s]*)|of|for|and|the|/))*\W*", re.I)
_CREDIT_WORDS = frozenset("photo photos photograph photographs image images picture pictures "
                          "illustration illustrations graphic graphics video videos design map "
                          "maps".split())
#: An advertising teaser in Title Case: "She Was a Famous Anchor in the '90s. See Her Now."
_TEASER = re.compile(r"(?:^|[.!?]\s+)(?:See (?:Her|Him|Them|It|What|Why|How|Where|Who|the Photos|"
                     r"Photos|Pics|the List)|Here(?:'s|\u2019s| Is) (?:Why|What|How|the List)|"
                     r"You Won(?:'t|\u2019t) Believe|Take a Look|Click to See)\b[^.!?]{0,40}"
                     r"[.!?]?\W*$")
#: Consent the page asks for: "By signing up you agree to our Privacy Policy".
_CONSENT = re.compile(r"\bby (?:signing up|clicking|subscribing|registering|continuing|"
                      r"submitting)\b.{0,40}\byou (?:agree|accept|consent|confirm|acknowledge)\b",
                      re.I)

#: First words of a call to action ("Get it on Google Play", "Keep reading").
_CALL_TO_ACTION = frozenset("""
get keep donate support become subscribe sign join download install follow read watch
listen click tap find visit discover explore try upgrade unlock share register check
see continue start open translate return manage take
""".split())
_CTA_EXTRA = frozenset("now today here".split())
_HERE_END = ("here", "here.")
#: Words that make a "Click here ..." line a link to a story rather than a control.
_STORY_WORDS = frozenset("read story stories article articles report coverage more news full".split())
#: Imperatives that make a sign-up promotion speak to the reader ("Get ... Sign up free.").
_SIGN_UP_VERBS = frozenset("get sign subscribe join register receive".split())
#: What "Click to ..." opens: another page ("Click to read the full lawsuit").
_CLICK_TO = frozenset("read see view watch download listen hear enlarge".split())
_CONTACT_WORDS = frozenset("reach contact email e-mail follow message about".split())
#: ... of which these, before a word for a page ("Read the full story here"), make a link.
_LINK_VERBS = frozenset("read watch listen see click".split())

#: Strings one of which every match of the regex contains (see lint/literals.py):
#: a line with none of them is spared the regex.
_COPYRIGHT_LITERALS = required_literals(_COPYRIGHT.pattern)
_COMMENT_NOTICE_LITERALS = required_literals(_COMMENT_NOTICE.pattern)
_PROMO_LITERALS = required_literals(_PROMO.pattern)
_CREDIT_LITERALS = required_literals(_CREDIT.pattern)
_APPEAL_LITERALS = required_literals(_APPEAL.pattern)
_SYNDICATION_LITERALS = required_literals(_SYNDICATION.pattern)
_CONSENT_LITERALS = required_literals(_CONSENT.pattern)
#: (by hand: every alternative of _RIGHTS holds one of these)
_RIGHTS_LITERALS = ("not be", "written", "prohibited", "forbidden", "not permitted", "respective",
                    "no part of this", "registered trademark", "provided by", "supplied by",
                    "powered by", "delayed")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _lowered(words: list[str]) -> list[str]:
    """``[w.lower().rstrip(".") for w in words]`` in three C calls, not a Python loop.

    Words hold no spaces and end in at most one full stop, so joining them,
    lower-casing once and dropping the ". " ends is the same thing.
    """
    return (" ".join(words) + " ").lower().replace(". ", " ").split()


# What each distinct (lower-cased) word is, worked out once per process, not once
# per occurrence: most words of an article have been seen in earlier articles.
_CONTENT_STEM: dict[str, str] = {}   # content word -> its stem
_TOPIC_STEM: dict[str, str] = {}     # content word that is not a web-page word -> stem
_SEEN: set[str] = set()              # every word classified so far
_SEEN_MAX = 500_000                  # forget them all past this (bounded memory)


def _learn(words: set[str]) -> None:
    """Classify the words not seen before into the tables above."""
    new = words - _SEEN
    if not new:
        return
    if len(_SEEN) > _SEEN_MAX:
        _SEEN.clear()
        _CONTENT_STEM.clear()
        _TOPIC_STEM.clear()
        new = words
    for lw in new:
        if lw in _STOP or not any(c.isalpha() for c in lw):
            continue
        st = _CONTENT_STEM[lw] = _stem(lw)
        if lw not in _WEB_STRONG and lw not in _WEB_WEAK:
            _TOPIC_STEM[lw] = st
    _SEEN.update(new)


def _stem(word: str) -> str:
    w = word.lower().rstrip(".")
    for s in ("'s", "\u2019s"):
        if w.endswith(s):
            w = w[:-2]
    return w[:5]


def _ui_only(ln: "_Line") -> bool:
    """A short fragment whose content words are all about the page itself
    ("Around the web", "Listen to this article", "Previous article Next article")."""
    if ln.n > 6 or ln.sentence:
        return False
    if _WEB_ANY.isdisjoint(ln.distinct):
        return False
    content = [x for x in ln.lower if x not in _STOP and any(c.isalpha() for c in x)]
    if not content:
        return False
    if all(x in _WEB_STRONG or x in _WEB_UI for x in content):
        return True
    # One web word framed by function words: a list header ("In other news").
    return len(content) == 1 and ln.n >= 3 and content[0] in _WEB_WEAK


def _copyright(text: str) -> bool:
    """A copyright notice, not a sentence that starts with the word ("Copyright
    law has not kept pace"): after a leading "Copyright" comes a year, a symbol,
    a capital (the owner) or nothing."""
    m = _COPYRIGHT.search(text)
    if m is None:
        return False
    if m.group(0)[-1:].lower() != "t":      # a branch other than "^Copyright"
        return True
    rest = text[m.end():].lstrip(" \t:.,-")
    return not rest[:1].islower() or _COPYRIGHT.search(text, m.end()) is not None


def _link_suffix(text: str) -> bool:
    """``_LINK_SUFFIX.search(text)``, scanning only the end of the text when it can.

    A match ends the text and is at most 26 characters long, unless it is
    "more" followed by nothing but spaces and marks: so unless the last
    characters are all non-word ones, the match starts in the last 30.
    """
    pos = max(0, len(text) - 30)
    if _LINK_SUFFIX.search(text, pos):
        return True
    return pos > 0 and not _WORD_CHAR.search(text, pos + 4) and \
        _LINK_SUFFIX.search(text) is not None


def _ends_sentence(text: str) -> bool:
    """True when the line closes like a sentence (not an abbreviation or ellipsis)."""
    t = text.rstrip()
    core = t.rstrip(_CLOSERS)
    if core[-1:] not in (".", "!", "?", "\u2026") or core.endswith(("...", "\u2026")):
        return False
    # An abbreviation match ends the text and is at most 5 characters long (or ends
    # in two "X." pairs), so it starts in the last 10: no need to scan the rest.
    return not (t.endswith(".") and _ABBREV_END.search(t, max(0, len(t) - 10)))


@dataclass
class Verdict:
    """What the classifier decided about one paragraph (``features`` explain the score)."""

    para: Paragraph
    kind: str = ""
    score: float = 0.0
    why: str = ""
    flagged: bool = False
    reasons: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class _Line:
    """Per-paragraph facts gathered in the first pass."""

    para: Paragraph
    words: list[str]
    content: list[str]          # stems of content words
    topic: list[str]            # ... less the web-page words ("share", "news")
    names: list[str]            # stems of capitalised content words after the first word
    n: int
    sentence: bool
    content_set: set[str]       # set(content); the only fact kept for long lines (see below)
    lower: list[str] = field(default_factory=list)   # the words, lower-cased
    distinct: set[str] = field(default_factory=set)  # set(lower)
    cue_kind: str = ""
    cue: float = 0.0
    cue_why: str = ""
    decisive: bool = False
    edge_only: bool = False     # the cue counts only before / after the article's body
    prose: bool = False
    dup: bool = False


class Classifier:
    """Scores every paragraph of a document; see :class:`Boilerplate` for the idea."""

    def __init__(self, *, threshold: float = 1.0, window: int = 12, max_words: int = 16,
                 weights: dict[str, float] | None = None, phrases: list[str] = (),
                 phrase_kind: str = "nav") -> None:
        self.threshold = threshold
        self.window = window
        self.max_words = max_words
        self.w = {**DEFAULT_WEIGHTS, **(weights or {})}
        self.phrases = None
        if phrases:
            from lint.patterns import compile_pattern

            self.phrases = compile_pattern("|".join(f"(?:{p})" for p in phrases), True)
        self.phrase_kind = phrase_kind
        # Lines longer than this never reach the structural features (max_words)
        # nor the spreading to neighbours (30 words): only their word sets count.
        self._detail_words = max(30, max_words)

    # -- first pass: per-line facts and wording cues -----------------------------
    def _facts(self, para: Paragraph) -> _Line:
        text = para.text
        words = _words(text)
        lowered = _lowered(words)
        distinct = set(lowered)
        _learn(distinct)
        if len(words) > self._detail_words:
            # A long line is judged on wording cues only; its words matter only as
            # part of the article's vocabulary, for which their set is enough.
            content, topic, names = [], [], []
            content_set = set(map(_CONTENT_STEM.get, distinct))
            content_set.discard(None)
        else:
            stem = _CONTENT_STEM.get
            content = [st for st in map(stem, lowered) if st is not None]
            topic = [st for st in map(_TOPIC_STEM.get, lowered) if st is not None]
            names = [stem(lw) for i, (w, lw) in enumerate(zip(words, lowered))
                     if w[0].isupper() and (i > 0 or (len(lw) > 1 and w.isupper()))
                     and lw in _CONTENT_STEM]
            content_set = set(content)
        ln = _Line(para, words, content, topic, names, len(words), _ends_sentence(text),
                   content_set, lowered, distinct)
        ln.cue_kind, ln.cue, ln.cue_why, ln.decisive = self._cue(text, ln)
        if ln.cue_kind == "link" and ln.sentence and text.rstrip(_CLOSERS).endswith("?"):
            ln.sentence = False     # a teaser's question ("Explainer: What is ...?")
        if ln.cue_why in _EDGE_ONLY:
            ln.edge_only = True
        return ln

    def _cue(self, text: str, ln: _Line) -> tuple[str, float, str, bool]:
        """The strongest wording cue of one line: (kind, weight, reason, decisive).

        A *decisive* cue is one no headline carries (a date line, "By Name", a
        copyright line, a comment header); only those may mark the first line.
        """
        n = ln.n
        strong, weak = self.w["cue"], self.w["weak_cue"]
        if self.phrases is not None:
            from lint.patterns import search

            if search(self.phrases, text):
                return self.phrase_kind, strong, "matches a listed phrase", True
        if ("pic.twitter" in text or "(@" in text) and _TWEET.search(text):
            return "nav", strong, "embedded post", True
        if n <= 1 and _END_MARK.match(text):
            return "nav", strong, "end mark", True
        if n == 0:
            return "nav", weak, "no words", False
        if n > 40:          # every cue below is for lines of 40 words or fewer
            return "", 0.0, "", False
        # The wording regexes that scan the whole line first pass a literal screen.
        folded = screen_text(text) if n <= 40 else None
        if n <= 30 and may_match(_COPYRIGHT_LITERALS, folded) and _copyright(text):
            return "copyright", strong, "copyright notice", True
        if n <= 40 and may_match(_RIGHTS_LITERALS, folded) and _RIGHTS.search(text) and \
                _SAY.isdisjoint(ln.distinct):
            return "copyright", strong, "rights notice", True
        if _POSTED_BY.search(text) and n <= 20:
            return "comments", strong, "comment header", True
        if n <= 8 and _COMMENT_CTRL.search(text):
            return "comments", strong, "comment-section control", True
        if n <= 60 and _COMMENT_RULES.match(text):
            return "comments", strong, "comment policy", True
        if n <= 40 and may_match(_COMMENT_NOTICE_LITERALS, folded) and \
                _COMMENT_NOTICE.search(text) or \
                n <= 12 and not ln.sentence and _COMMENT_VERB.search(text):
            return "comments", strong, "comment-section notice", True
        if n <= 10 and _FORM_FIELD.search(text):
            return "nav", strong, "form field", True
        if n <= 30 and may_match(_PROMO_LITERALS, folded) and _PROMO.search(text):
            addressed = (not _ADDRESS.isdisjoint(ln.distinct) or ln.lower[0] in _SIGN_UP_VERBS) \
                and _SAY.isdisjoint(ln.distinct) \
                and not _QUOTE_MARK.search(text)
            if addressed:
                return "nav", strong, "sign-up promotion", True
            notice = self._reader_notice(text, ln, folded)
            return notice if notice is not None and notice[1] >= strong else \
                ("nav", weak, "sign-up promotion", False)
        m = _LINK_PREFIX.search(text) if n <= 30 else None
        if m:
            return "link", strong, "link to another story", bool(m.group(1))
        if n <= 25 and _ARROW_LINK.search(text) and not all(
                x in _WEB_ANY or x in _STOP or not x.isalpha() for x in ln.lower):
            return "link", strong, "link to another story", False   # (not "» Most Viewed")
        if n <= 20 and _AGE_SUFFIX.search(text):
            return "related", strong, "list item with its age", False
        notice = self._reader_notice(text, ln, folded)
        if notice is not None:
            return notice
        if self._date_line(text, n):
            return "dateline", strong, "date or time stamp", True
        by = self._byline(text, ln)
        if by:
            return "byline", strong, by, by not in _NOT_DECISIVE
        if self._site_notice(text, ln):
            return "nav", strong, "site notice", True
        crumbs = self._crumbs(text, ln)
        if crumbs:
            return "nav", strong, crumbs, False
        if n <= 5 and _SOURCE_LABEL.search(text):
            return "copyright", strong, "source credit", False
        if n <= 14 and "by" in ln.distinct and not _CREDIT_WORDS.isdisjoint(ln.distinct) and \
                self._credits_only(text):
            return "copyright", strong, "photo credit", True
        if n <= 14 and may_match(_CREDIT_LITERALS, folded) and _CREDIT.search(text):
            return "copyright", weak, "photo credit", False
        if n <= 40 and _link_suffix(text):
            return "link", weak, "ends with a link", False
        return "", 0.0, "", False

    def _reader_notice(self, text: str, ln: _Line,
                       folded: str | None) -> tuple[str, float, str, bool] | None:
        """A line the page addresses to its reader: a page control or sponsor label,
        an appeal for money, a syndication note, the author's contact details, a
        call to action, a "More from ..." list header."""
        n = ln.n
        strong, weak = self.w["cue"], self.w["weak_cue"]
        if (n <= 6 or n <= 8 and not ln.sentence) and _PAGE_CONTROL.search(text):
            return "nav", strong, "page control or sponsor label", True
        if n <= 30 and not _QUOTE_MARK.search(text):
            if n <= 20 and (_SPONSOR_NOTE.search(text) or _THANKS.search(text)):
                return "nav", strong, "sponsor label or sign-off to the reader", True
            if (may_match(_PROMPT_LITERALS, folded) and _PROMPT.search(text)
                    or ln.lower[0] in _LEAD_PROMPT_WORDS and _LEAD_PROMPT.match(text) or may_match(
                    _KEYWORD_PROMPT_LITERALS, folded) and _KEYWORD_PROMPT.search(text)) and \
                    _SAY.isdisjoint(ln.distinct):
                return "nav", strong, "prompt to the reader", True
            if n <= 15 and (ln.lower[0] in _CALL_TO_ACTION or " now on " in text) and \
                    _OUR_CHANNEL.search(text) and _SAY.isdisjoint(ln.distinct):
                return "nav", strong, "call to action", True
            if n <= 20 and ln.lower[-1] in _HERE_END and _LINK_HERE.search(text) and \
                    _SAY.isdisjoint(ln.distinct):
                return "link", strong, "link to another story", True
            if may_match(_APPEAL_LITERALS, folded) and _APPEAL.search(text) and (
                    n <= 8 or not ln.sentence or not _ADDRESS.isdisjoint(ln.distinct)
                    or ln.lower[0] in _CALL_TO_ACTION):
                return "nav", strong, "appeal to the reader", True
            if may_match(_SYNDICATION_LITERALS, folded) and _SYNDICATION.search(text):
                return "copyright", strong, "syndication note", True
        if n <= 35 and not _CONTACT_WORDS.isdisjoint(ln.distinct) \
                and _CONTACT.search(text) and _SAY.isdisjoint(ln.distinct):
            return "byline", strong, "author's contact line", True
        if n <= 20 and _TEASER.search(text) and not _QUOTE_MARK.search(text) or \
                n <= 8 and "coverage" in ln.distinct and _COVERAGE_LINK.search(text):
            return "link", strong, "link to another story", False
        if n <= 20 and ln.lower[0] in _LINK_VERBS and _FULL_STORY_AT.search(text) and \
                _SAY.isdisjoint(ln.distinct):
            return "link", strong, "link to another story", True
        if n <= 40 and (ln.lower[0] in ("via", "read") or folded is None
                                                      or any(x in folded for x in _WEB_ADDRESS)) \
                and _WEB_POINTER.search(text) and _SAY.isdisjoint(ln.distinct):
            return "link", strong, "link to another page", True
        if n <= 30 and _WIDGET_LABEL.search(text):
            return "nav", strong, "page widget", True
        if _ABOUT_COMPANY.search(text):
            return "nav", strong, "press-release blurb", True
        if n <= 30 and _FOR_MORE.search(text):
            return "link", strong, "link to another story", False
        if n <= 8 and _LENGTH_NOTE.search(text):
            return "byline", strong, "reading time", True
        if n <= 30 and _STORY_CREDIT.search(text):
            return "byline", strong, "byline", True
        if n <= 60 and may_match(_HOUSE_NOTE_LITERALS, folded) and _HOUSE_NOTE.search(text):
            return "nav", strong, "editor's note or disclaimer", True
        if n <= 30 and may_match(_CONSENT_LITERALS, folded) and _CONSENT.search(text):
            return "nav", strong, "site notice", True
        if n <= 5 and ln.lower[0] in _LINK_VERBS and not _WEB_UI.isdisjoint(ln.lower[1:]) \
                and text.rstrip().endswith("."):
            return "link", strong, "link to another story", True
        if 4 <= n <= 12 and ln.lower[1] == "to" and ln.lower[0] in ("click", "tap") and \
                ln.lower[2] in _CLICK_TO:
            return "link", strong, "link to another story", True      # "Click to read the ruling."
        if n <= 12 and "link" in ln.distinct and _LABEL_LINK.match(text):
            return "link", strong, "link to another story", False     # "Video link: ..."
        if n <= 14 and ln.lower[1:2] == ["here"] and ln.lower[0] in ("click", "tap"):
            if _STORY_WORDS.isdisjoint(ln.distinct):
                return "nav", strong, "page control or sponsor label", True   # "Click here to enlarge"
            return "link", strong, "link to another story", True
        if n <= 8 and not ln.sentence and not text.rstrip().endswith(":"):
            first = ln.lower[0] if ln.lower else ""
            if first in _LINK_VERBS and not _WEB_UI.isdisjoint(ln.lower[1:]):
                return "link", strong, "link to another story", False
            if first in _CALL_TO_ACTION and (
                    not _WEB_ANY.isdisjoint(ln.lower[1:]) or not _ADDRESS.isdisjoint(ln.distinct)
                    or not _CTA_EXTRA.isdisjoint(ln.distinct)):
                return "nav", weak, "call to action", False
            if n <= 6 and _MORE_FROM.search(text):
                return "nav", strong, "list header", False
        return None

    @staticmethod
    def _credits_only(text: str) -> bool:
        """A line made only of credits, one or more "<what> by <Name>" sentences."""
        parts = [p for p in re.split(r"(?<=\.)\s+|\s+[|\u2022\u00b7;]\s+", text.strip()) if p]
        return len(parts) <= 3 and all(_CREDIT_PART.fullmatch(p) for p in parts)

    @staticmethod
    def _date_line(text: str, n: int) -> bool:
        """A line that is little more than a date or a time stamp."""
        if n > 24:
            return False
        if not _DATE.search(text):
            low = text.lower()
            if not any(x in low for x in _RELATIVE_LITERALS) or not _RELATIVE_DATE.search(text):
                return False
        residue = [r for r in _words(_TIMEZONE.sub(" ", _DATE_PART.sub(" ", text)))
                   if r.lower() not in _STOP or r.lower() == "by"]
        if len(residue) > 3:
            return False
        # "On May 5 he won." is a sentence, not a stamp; "Updated by Jo Roe at 9 a.m."
        # is a stamp (what is left is "by" and a name).
        if not _ends_sentence(text) or len(residue) < 2:
            return True
        return residue[0].lower() == "by" and all(r[0].isupper() for r in residue[1:])

    @staticmethod
    def _byline(text: str, ln: _Line) -> str:
        """'byline' for "By Name", "Section | By Name", "Name | Outlet", "Name, Outlet"."""
        n = ln.n
        if n <= 40 and _CREDITS.search(text):
            return "byline"
        if n <= 40 and _AUTHOR_IS.search(text):
            return "staff line"
        if n <= 40 and _ROLE_LABEL.match(text):
            return "byline"
        if n > 16:
            return ""
        staff = not _STAFF_VERBS.isdisjoint(ln.distinct)
        if ln.sentence:
            return "staff line" if staff and _STAFF_LINE.search(text) and \
                not re.search(r"[?!\"\u201c\u201d]", text) else ""
        m = _BY.search(text)
        if m:
            rest = _words(text[m.end():])
            caps = [r for r in rest if r[0].isupper() or r[0].isdigit() or r[0] == "@"
                    or r.lower() in _NAME_GLUE]
            if rest and len(caps) >= 0.8 * len(rest) and len(rest) <= 12:
                return "byline"
        if staff and not re.search(r"[?!\"\u201c\u201d]", text) and _STAFF_LINE.search(text):
            return "staff credit line"      # no full stop: a credit, not a sentence
        if n > 12 or re.search(r"[:?!\"\u201c\u201d]", text):
            return ""
        alpha = [x for x in ln.words if x[0].isalpha()]
        if not alpha or any(x[0].islower() and x.lower() not in _NAME_GLUE for x in alpha):
            return ""
        parts = [p for p in re.split(r"\s*(?:[|,\u2022\u00b7]|\s[-\u2013\u2014]\s)\s*",
                                     text.strip()) if p]
        if 2 <= len(parts) <= 4 and all(len(_words(p)) <= 6 for p in parts) and \
                sum(1 for p in parts if p.rstrip(".")[-1:].isdigit()) < 2:   # a score: "Kenya 2, Uganda 1"
            if any(x.lower().rstrip(".") in _OUTLET for x in _words(parts[-1])):
                return "byline or source line"
            # "Name | Outlet", "Name, Outlet": Title-Case segments; at the page edge.
            if re.search(r"\s[|\u2022\u00b7]\s|,", text) and n <= 8 and \
                    len(_words(parts[-1])) <= 4 and len(_words(parts[0])) <= 4 and \
                    not re.search(r"[\u2018\u2019']\W|\W[\u2018\u2019']", text):
                if n <= 6 and all(len(_words(p)) <= 3 for p in parts):
                    return "byline or source label"   # too short for a headline
                return "source line"
        if len(parts) == 1 and n <= 4 and alpha[-1].lower() in _STAFF:
            return "staff credit"
        return ""

    @staticmethod
    def _site_notice(text: str, ln: _Line) -> bool:
        """A notice of the site to its reader: cookies, JavaScript, paywall, app, sharing.

        It addresses the reader ("you", "we", "please", or an imperative first
        word), is mostly web-page words (one of them a telling one, or two page
        words), and is not reported speech (no quotation marks, no "said").
        """
        n = ln.n
        if n > 40 or n < 2 or re.search(r"[\"\u201c\u201d?]", text) or \
                text.rstrip().endswith(":"):
            return False        # reported speech, a question, a lead-in
        lower = ln.lower
        if _WEB_PAGE.isdisjoint(ln.distinct):
            return False
        starts = [lower[0]] + [m.group(1).lower() for m in _SENTENCE_START.finditer(text)]
        if not (any(x in _IMPERATIVE for x in starts) or any(x in _ADDRESS for x in lower)) \
                or any(x in _SAY for x in lower):
            return False
        content = [x for x in lower if x not in _STOP and x not in _ADDRESS
                   and any(c.isalpha() for c in x)]
        if not content:
            return False
        strong = sum(1 for x in content if x in _WEB_STRONG)
        ui = sum(1 for x in content if x in _WEB_UI)
        web = strong + sum(1 for x in content if x in _WEB_WEAK)
        platforms = sum(1 for x in content if x in _PLATFORMS)
        if platforms >= 3 and not ln.sentence:
            return True
        if strong >= 1:
            return web >= 0.5 * len(content) or strong >= 2 and web >= 3
        # Page words alone: only a prompt (no full stop), never a sentence of prose.
        return ui >= 2 and web >= 0.5 * len(content) and not ln.sentence

    @staticmethod
    def _crumbs(text: str, ln: _Line) -> str:
        """A breadcrumb trail ("Home / World / Asia"), a tag list ("Topics: A | B | C")
        or a run of share buttons ("Share on Facebook Share on Twitter ...")."""
        n = ln.n
        if n > 25 or ln.sentence:
            return ""
        if not _CRUMB_CHARS.search(text):
            return "share buttons" if Classifier._share_run(ln) else ""
        parts = _CRUMB_SPLIT.split(text.strip())
        if n <= 16 and len(parts) >= 3 and all(1 <= len(_words(p)) <= 4 for p in parts):
            return "breadcrumb trail"
        m = _TAG_LINE.match(text)
        if m:
            items = [x for x in _TAG_SPLIT.split(m.group(2).strip()) if x]
            label = [x for x in _lowered(_words(m.group(1))) if x not in _STOP]
            if len(items) >= 2 and all(len(_words(x)) <= 4 for x in items) and \
                    (any(x in _WEB_STRONG or x in _WEB_WEAK for x in label)
                     or re.search(r"\s[|\u2022\u00b7]\s", m.group(2))):
                return "tag list"
        return "share buttons" if Classifier._share_run(ln) else ""

    @staticmethod
    def _share_run(ln: _Line) -> bool:
        """Three or more platform names among little but page words."""
        if _PLATFORMS.isdisjoint(ln.distinct):
            return False
        lower = ln.lower
        return sum(1 for x in lower if x in _PLATFORMS) >= 3 and \
            sum(1 for x in lower if x in _WEB_PAGE or x in _STOP) >= 0.8 * ln.n

    # -- second pass: structure ----------------------------------------------------
    def classify(self, doc: Document) -> list[Verdict]:
        """A verdict for every paragraph of ``doc``, in order."""
        lines = [self._facts(p) for p in doc.paragraphs]
        if not lines:
            return []
        thr = self.threshold
        self._mark_repeats(lines, paragraph_norms(doc), paragraph_norm_tokens(doc))
        # Prose: the article's own paragraphs; their words are "the article".
        for ln in lines:
            ln.prose = ln.cue < thr and ((ln.n >= 12 and ln.sentence) or ln.n >= 20)
        # The article's vocabulary: in how many prose paragraphs each word occurs.
        # A word counts as the article's when it occurs in two of them (one, for
        # short articles), so that a stray teaser or inserted paragraph does not
        # make its words "the article's".
        vocab: Counter[str] = Counter()
        for ln in lines:
            if ln.prose:
                vocab.update(ln.content_set)
        n_prose = sum(1 for ln in lines if ln.prose)
        known = 2 if n_prose >= 8 else 1
        first, last = self._body_bounds(lines)
        for i, ln in enumerate(lines):
            # Cues that only the page edge makes telling ("Jane Doe, Harbour Post").
            if ln.edge_only and (first < 0 or first <= i <= last):
                ln.cue_kind, ln.cue, ln.cue_why, ln.decisive = "", 0.0, "", False
        headline = self._headline(lines, first)
        overlaps: list[float | None] = []
        novel: list[tuple[int, int]] = []
        for ln in lines:
            if ln.n > self._detail_words:     # never used for long lines
                overlaps.append(None)
                novel.append((0, 0))
                continue
            own = ln.content_set if ln.prose else set()
            count = vocab.get           # (Counter's [] calls __missing__ for new words)
            hits = sum(1 for c in ln.topic if count(c, 0) - (c in own) >= known)
            overlaps.append(hits / len(ln.topic) if ln.topic else None)
            new = sum(1 for c in set(ln.names) if count(c, 0) - (c in own) < known)
            novel.append((new, len(set(ln.names)) - new))
        subheaded = any(
            first < i < last and not ln.sentence and 2 <= ln.n <= 12 and not ln.cue
            and not ln.dup and len(ln.topic) >= 2 and len(ln.topic) == len(ln.content)
            and (overlaps[i] or 0) >= 0.5 and not ln.para.text.rstrip().endswith(":")
            for i, ln in enumerate(lines))
        out: list[Verdict] = []
        for i, ln in enumerate(lines):
            v = Verdict(ln.para, kind=ln.cue_kind)
            if ln.cue_why == "comment header" and (i < first or first < 0 and i < 3):
                v.kind, ln.cue_why = "byline", "byline"   # "Posted by X" above the story
            if ln.cue and (i != headline or ln.decisive):
                v.features["cue"] = ln.cue
                v.reasons.append(ln.cue_why)
                if ln.n > 25 and ln.sentence and ln.cue_why not in _LONG_NOTICES:
                    v.features["sentence"] = self.w["sentence"]
            if first >= 0 and i != headline and (not ln.dup or _ui_only(ln)) \
                    and not ln.prose and ln.n <= self.max_words:
                feats, kind = self._structure(lines, i, ln, overlaps[i], novel[i], first,
                                              last, subheaded)
                for f, x in feats.items():
                    if x > 0 or not (ln.decisive and ln.cue >= thr):
                        v.features[f] = v.features.get(f, 0.0) + x
                v.kind = v.kind or kind
            v.score = sum(v.features.values())
            v.flagged = v.score >= thr - _EPS and i != headline
            out.append(v)
        self._spread(lines, out, overlaps, headline, first, last)
        for v in out:
            v.kind = v.kind or "related"
            v.reasons += [_REASONS[f] for f in _REASONS if v.features.get(f, 0.0) > 0]
            v.why = v.reasons[0] if v.reasons else ""
        return out

    def _spread(self, lines: list[_Line], out: list[Verdict],
                overlaps: list[float | None], headline: int, first: int, last: int) -> None:
        """Furniture comes in runs: lend weight to short lines next to flagged ones.

        A line between two furniture lines at the page edge, or a short line
        beside one anywhere (the items under a "Related Links" label), gains
        weight unless it is plainly about the article. Two rounds let a run of
        list items under one label all be reached.
        """
        if first < 0:
            return
        for _ in range(2):
            changed = False
            for i, v in enumerate(out):
                ln = lines[i]
                if v.flagged or i == headline or ln.dup or ln.n > 30:
                    continue
                ov = overlaps[i] or 0.0
                before = i > 0 and out[i - 1].flagged and not (
                    ln.sentence and lines[i - 1].cue >= self.threshold)
                after = i + 1 < len(out) and out[i + 1].flagged and not (
                    ln.sentence and lines[i + 1].cue >= self.threshold)
                if before and after and ov < 0.34 and not first <= i <= last \
                        and "between_flagged" not in v.features:
                    v.features["between_flagged"] = self.w["between_flagged"]
                elif (before or after) and not ln.prose and ov < 0.5 \
                        and ln.n <= self.max_words and "next_to_flagged" not in v.features:
                    v.features["next_to_flagged"] = self.w["next_to_flagged"]
                else:
                    continue
                v.score = sum(v.features.values())
                if v.score >= self.threshold - _EPS:
                    v.flagged = changed = True
                    v.kind = v.kind or out[i - 1 if before else i + 1].kind
            if not changed:
                break

    @staticmethod
    def _mark_repeats(lines: list[_Line], norms: list[str],
                      tokens: list[list[str]]) -> None:
        """Repeats (and truncated copies) are the duplicate rules' business."""
        seen: Counter[str] = Counter(x for x in norms if x)
        by_start: dict[tuple[str, ...], list[str]] = {}
        for x, toks in zip(norms, tokens):
            if len(toks) >= 8:
                by_start.setdefault(tuple(toks[:4]), []).append(x)
        for ln, nx, toks in zip(lines, norms, tokens):
            cut = nx.rsplit(" ", 1)[0]          # "<headline> Share": a headline plus a button
            if nx and (seen[nx] > 1 or cut != nx and seen[cut]):
                ln.dup = True
            elif len(toks) >= 4 and any(s.startswith(nx + " ")
                                        for s in by_start.get(tuple(toks[:4]), ())):
                ln.dup = True

    def _body_bounds(self, lines: list[_Line]) -> tuple[int, int]:
        """Indexes of the first and last prose paragraph of the article body.

        The body starts at the first prose paragraph followed by another (a lone
        teaser above the story does not start it) and ends likewise. (-1, -1)
        when there is no body to speak of or the file is hard-wrapped, which
        turns structural judgement off.
        """
        idx = [i for i, ln in enumerate(lines) if ln.prose]
        if len(idx) < 2 or self._hard_wrapped(lines):
            return -1, -1
        pairs = [a for a, b in zip(idx, idx[1:]) if b == a + 1]
        first = pairs[0] if pairs else idx[0]
        last = pairs[-1] + 1 if pairs else idx[-1]
        return first, last

    def _in_run(self, lines: list[_Line], i: int) -> bool:
        """True when the nearest paragraph on either side that no wording cue has
        already judged furniture is not prose either.

        Looking past cue-judged lines keeps an inserted date line or byline from
        making the article's own short last paragraph look like part of a list.
        """
        thr = self.threshold
        j = i - 1
        while j > 0 and lines[j].cue >= thr:
            j -= 1
        if j > 0 and not lines[j].prose:
            return True
        j = i + 1
        while j < len(lines) and lines[j].cue >= thr:
            j += 1
        return j < len(lines) and not lines[j].prose

    @staticmethod
    def _hard_wrapped(lines: list[_Line]) -> bool:
        """True for a hard-wrapped file: most longer lines stop mid-sentence."""
        long = [ln for ln in lines if ln.n >= 8]
        if len(long) < 6:
            return False
        return sum(1 for ln in long if not ln.sentence) > 0.6 * len(long)

    def _headline(self, lines: list[_Line], first: int) -> int:
        """Index of the headline, which is never flagged on structure.

        The first paragraph, unless a decisive cue marks it (a date line, a
        byline); then the first later line of three or more words above the
        body that no cue marks. -1 when the article opens with prose.
        """
        thr = self.threshold
        top = first if first > 0 else 1
        for i in range(0, min(top, len(lines))):
            ln = lines[i]
            if ln.prose:
                return -1
            if i == 0 and not (ln.cue >= thr and ln.decisive):
                return 0
            if ln.cue < thr and ln.n >= 3 and not ln.dup and not _ui_only(ln):
                return i
        return -1

    def _structure(self, lines: list[_Line], i: int, ln: _Line, overlap: float | None,
                   names: tuple[int, int], first: int, last: int,
                   subheaded: bool) -> tuple[dict[str, float], str]:
        """Structural features of one short line: ({feature: weight}, kind guess)."""
        w = self.w
        text = ln.para.text.strip()
        got: dict[str, float] = {}

        def add(name: str) -> None:
            got[name] = got.get(name, 0.0) + w[name]

        lower = [x.lower().rstrip(".:") for x in ln.words]
        content = [x for x in lower if x not in _STOP and any(c.isalpha() for c in x)]
        strong = [x for x in content if x in _WEB_STRONG]
        weak = [x for x in content if x in _WEB_WEAK]
        all_web = bool(content) and len(strong) + len(weak) == len(content)
        kind = ""
        if (text.endswith(":") or text.startswith("#")) and not all_web:
            return {}, ""          # a lead-in ("He said:") or a Markdown heading
        # Words about the page itself and nothing else: a control or a list header.
        ui_only = all_web and _ui_only(ln)
        phrase = _WEB_PHRASE.search(text) is not None
        # One page word in a sentence of other things is news about the web
        # ("Subscriptions to streaming services rose"), not a page's own words.
        incidental = ln.sentence and (not phrase and 3 * (len(strong) + len(weak)) < len(content)
                                      or _QUOTE_MARK.search(text) is not None)
        if (strong or ui_only or phrase) and not incidental and \
                (ln.n <= 12 or all_web and strong):
            add("web_words")
            kind = "nav"
            if all_web and (ln.n <= 8 or strong):
                add("all_web_words")
        elif all_web and ln.n <= 4 and not ln.sentence:
            add("all_web_words")
            kind = "nav"
        add("sentence" if ln.sentence else "fragment")
        if i < first or i > last:
            if first - i <= self.window or i - last <= self.window:
                add("edge")
        else:
            add("mid_body")
            if subheaded:
                add("subheaded")
        if self._in_run(lines, i):
            add("run")
        if overlap is not None:
            if overlap == 0.0:
                add("no_overlap")
                got["no_overlap"] += w["no_overlap_per_word"] * (min(len(ln.topic), 5) - 2)
            elif overlap < 0.25:
                add("low_overlap")
            elif overlap >= 0.5:
                add("high_overlap")
        caps = [x for x in ln.words if x[0].isalpha() and x.lower() not in _STOP]
        title = len(caps) >= 2 and sum(1 for x in caps if x[0].isupper()) >= 0.8 * len(caps)
        if title:
            add("title_case")
        elif overlap is not None:
            # Capitals are names only where the line is not Title Cased throughout.
            if names[0]:
                add("novel_name")
            if names[1]:
                add("known_name")
        if (ln.n >= 6 or (ln.n >= 4 and not got.get("web_words"))) and not all_web:
            stops = sum(1 for x in lower if x in _STOP) / ln.n
            if stops < 0.15:
                add("few_stopwords")
            elif stops > 0.45:
                add("many_stopwords")
        if _LIST_MARKER.search(text) and not ln.sentence:
            # A bulleted list inside the body is content; a lone bullet is a link.
            in_list = any(0 <= j < len(lines) and _LIST_MARKER.search(lines[j].para.text)
                          for j in (i - 1, i + 1))
            if i < first or i > last or not in_list:
                add("list_marker")
        if _SEPARATOR.search(text):
            add("separator")
        return got, kind or ("related" if ln.n >= 3 else "nav")


# One classifier per configuration; its verdicts are kept per document (Document.memo)
# so that the boilerplate rules (one per kind) classify each article once, not once
# per rule.
_CLASSIFIERS: dict[tuple, Classifier] = {}


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


class Boilerplate(CheckType):
    """Flags page furniture a scraper kept: lines that belong to the web page, not the story.

    Every paragraph gets a score from two kinds of evidence and is flagged when
    the score reaches ``threshold``:

    * **wording cues**, written as general shapes rather than one site's
      phrases: a ``READ MORE:`` / ``Related:`` / ``Also Read:`` link prefix; a
      line that is little more than a date or time ("Published: Sun, November
      25, 2018", "Updated 9 June 2014, 4:30 PM"); a byline or a
      ``Section | By Name`` / ``Name | Outlet`` / ``Name, Outlet`` line, or a
      staff line without "By" ("Jane Doe is our courts reporter", "Jane Doe
      reports from Lagos"); a copyright line, rights notice ("may not be
      reproduced or redistributed") or photo credit; comment headers ("Posted
      by: Alex | <date>", "Report this comment") and comment-section notices;
      form fields ("Password:", "Email *"); site notices addressed to the
      reader in web-page words (cookies, JavaScript, paywalls, apps); breadcrumb
      trails ("Home / World / Asia"), tag lists ("Topics: A | B | C") and runs
      of share buttons; short lines of web-page words ("Printer friendly
      version", "Share this article", "Advertisement", "Listen to this
      article", a list header such as "In other news"); lines the page
      addresses to its reader: page controls and sponsor labels ("Story
      continues below advertisement", "Paid Post", "Presented by ..."), appeals
      for money or sign-up ("please consider making a contribution", "you have
      reached your limit"), consent notes ("By signing up, you agree ..."),
      syndication notes ("This article was originally published on ...",
      "Distributed by ..."), the author's contact line ("Reach him at ..."),
      reading-time notes ("4 min read"), calls to action that start with an
      imperative and name the page ("Keep reading", "Download our app"), and
      list headers ("More from our network", "You might also like");
    * **structure**: a short line with no closing full stop; standing before
      the article's first prose paragraph or after its last one (``window``
      caps how far those page edges reach); sharing few or none of its words
      with the article's prose (headlines of *other* stories share little with
      this one) or naming people and places the article never mentions; a run
      of several such lines; a list marker (``>>``, a bullet, ``1.``) or a
      separator (``|``, ``/``, ``>``, ``\u00bb``, a bullet); few stop words.
      The vocabulary is by category (page controls, sharing platforms,
      consent and access, media prompts, section names), never one site's
      strings. Cues that only the page edge makes telling (a ``Name, Outlet``
      shape with no outlet noun, a staff line that ends like a sentence)
      count only before the first / after the last prose paragraph.

    Never flagged on structure alone: the headline (the first line of three or
    more words that no cue marks and that is not all web-page words), lines
    repeating another line (the duplicate rules own those, unless the line is
    all web-page words), lines that end like sentences ("The White House did not
    respond to a request for comment."), lead-ins ending in ``:``, and
    sub-headings inside the article that share its words.

    Each flagged line gets a *kind*: ``dateline``, ``byline``, ``copyright``
    (with photo credits), ``comments``, ``link`` (a link to another story),
    ``related`` (other stories' headlines), ``nav`` (page controls, adverts,
    section names). ``kinds`` chooses which kinds a rule reports, so each kind
    can have its own rule, message and level while the article is classified
    once.

    Keys: ``kinds`` (default: all), ``threshold`` (score to flag, default 1.0;
    lower finds more and risks real text), ``window`` (paragraphs before the
    first / after the last prose paragraph that count as page edge, default
    12), ``max_words`` (longer lines are judged on wording cues only, default
    16), ``weights`` (override feature weights by name, e.g. ``{edge: 0.5}``;
    the names and defaults are DEFAULT_WEIGHTS in lint/checks/boilerplate.py),
    ``phrases`` (extra regexes, case-insensitive, that mark a line as the
    rule's first kind).

    The message's first ``%s`` is the line, the second the main reason. The
    fix deletes the line.

    Why it matters: furniture inflates word counts, pollutes summaries, search
    indexes and training text, and shows a reader that copy came off a web
    page unedited.
    """

    name = "boilerplate"
    keys = {
        "kinds": Key((list,), list(KINDS), "furniture kinds this rule reports: "
                     + ", ".join(KINDS)),
        "threshold": Key((float,), 1.0, "score at or above which a line is furniture"),
        "window": Key((int,), 12, "paragraphs before the first / after the last prose "
                      "paragraph that count as page edge"),
        "max_words": Key((int,), 16, "longer lines are judged on wording cues only"),
        "weights": Key((dict,), {}, "feature weight overrides: "
                       + ", ".join(sorted(DEFAULT_WEIGHTS))),
        "phrases": Key((list,), [], "extra regexes marking a line as the rule's first kind",
                       regex=True),
    }
    default_scope = "paragraph"

    def setup(self) -> None:
        o = self.options
        bad = [k for k in o["kinds"] if k not in KINDS]
        if bad or not o["kinds"]:
            raise ValueError(f"'kinds' must list some of: {', '.join(KINDS)}")
        unknown = [k for k in o["weights"] if k not in DEFAULT_WEIGHTS]
        if unknown:
            raise ValueError(f"unknown weight(s) {', '.join(map(str, unknown))}; known: "
                             + ", ".join(sorted(DEFAULT_WEIGHTS)))
        if any(not isinstance(v, (int, float)) or isinstance(v, bool)
               for v in o["weights"].values()):
            raise ValueError("'weights' values must be numbers")
        if o["window"] < 0 or o["max_words"] < 1:
            raise ValueError("'window' must be >= 0 and 'max_words' >= 1")
        self.kinds = frozenset(o["kinds"])
        phrase_kind = o["kinds"][0]
        self._key = (o["threshold"], o["window"], o["max_words"], _freeze(o["weights"]),
                     _freeze(o["phrases"]), phrase_kind if o["phrases"] else "")
        clf = _CLASSIFIERS.get(self._key)
        if clf is None:
            clf = _CLASSIFIERS[self._key] = Classifier(
                threshold=o["threshold"], window=o["window"], max_words=o["max_words"],
                weights=o["weights"], phrases=o["phrases"], phrase_kind=phrase_kind)
        self.classifier = clf
        self._memo_key = f"boilerplate.verdicts:{self._key!r}"

    def verdicts(self, doc: Document) -> list[Verdict]:
        """Every paragraph's verdict (cached per document and configuration)."""
        return doc.memo(self._memo_key, self.classifier.classify)

    def run(self, doc: Document) -> Iterator[Match]:
        for v in self.verdicts(doc):
            if v.flagged and v.kind in self.kinds:
                text = v.para.text
                preview = text if len(text) <= 70 else text[:67] + "..."
                yield Match(v.para.start, v.para.end, (preview, v.why), fix="")
