"""What page furniture says: the word lists and wording regexes of the ``boilerplate`` check.

:mod:`lint.checks.boilerplate` scores each line on shape and place as well as
on wording; this module holds the wording half, so that the classifier reads
as an algorithm and the cues can be read (and extended) as a catalogue. Each
regex says in its comment what it catches; each is general English page
wording, never one site's phrase. Regexes that scan a whole line come with a
literal screen (``*_LITERALS``, see :mod:`lint.literals`) or are tried only
after a cheap test on the line's words, so the classifier stays O(lines).
"""

from __future__ import annotations

import re

from lint.literals import shipped_literals

# -- word lists (small, built in: importing wordfreq would cost more than it earns) --
STOP = frozenset("""
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
WEB_STRONG = frozenset("""
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
WEB_UI = frozenset("""
article articles story stories video videos audio listen listening watch play playing
replay pause read reading click tap scroll swipe next previous prev loading load
page pages site website web online content contents link links view views download
app apps copy caption captions transcript expand collapse close toggle zoom resize
navigation notifications
settings preferences accept menu skip top back continue min mins minute minutes
sign log register account premium member members membership unlock access
browse browsing continuing free unlimited trial subscribed photo photos picture pictures
hide enlarge fullscreen dialog dialogue reuse commented emailed explore miss posts
""".split())
#: Words common in furniture but also in prose: they support, never decide.
WEB_WEAK = WEB_UI | frozenset("""
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
STAFF_VERBS = frozenset("is was been reports reported writes wrote covers blogs tweets".split())
CRUMB_CHARS = re.compile(r"[|\u2022\u00b7/>\u00bb\u203a:]")
#: Platforms a share-button run names.
PLATFORMS = frozenset("""
facebook twitter whatsapp linkedin pinterest reddit digg stumbleupon instagram youtube
tumblr flipboard telegram messenger snapchat tiktok mastodon bluesky email e-mail sms
""".split())

WEB_PAGE = WEB_STRONG | PLATFORMS | WEB_UI
WEB_ANY = WEB_PAGE | WEB_WEAK

#: Common nouns of news outlets' names and of staff credits: a category, not a list
#: of outlets ("The Daily Courier", "Harbour News Service", "Metro Desk").
OUTLET = frozenset("""
news times post press journal herald tribune enquirer inquirer today gazette telegraph
guardian daily weekly magazine chronicle observer independent examiner mail express
mirror standard bulletin courier dispatch reporter register wire service agency
network media staff writer writers correspondent editor contributor columnist
online digital radio tv television broadcasting report reports
""".split())

#: How a feature reads in a message ("why this line was flagged").
#: Most telling first: the message names the first that applies.
REASONS = {
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
LONG_NOTICES = frozenset(("editor's note or disclaimer", "rights notice", "copyright notice",
                           "comment policy", "embedded post", "site notice",
                           "press-release blurb", "link to another page", "syndication note"))
#: Cues trusted only before the article's first / after its last prose paragraph.
EDGE_ONLY = frozenset(("source line", "staff line", "byline or source label"))
#: Cues never trusted on the first line: an export's field ("BYLINE: Jo Roe") stands
#: there only when the export put no headline first, so the line is kept as the headline.
KEEPS_HEADLINE = frozenset(("news-database export field",))
#: ... of which these are not telling enough to unseat the first line as headline.
NOT_DECISIVE = frozenset(("source line", "staff line"))
#: Lower-case words allowed inside a name or an outlet's name.
NAME_GLUE = frozenset("and of the for de da del van von der le la in at".split())
#: Last words of a staff credit ("Harbour Gazette Staff", "Metro Desk").
STAFF = frozenset("staff writer writers correspondent reporter editor contributor "
                   "desk team".split())

WORD = re.compile(r"[^\W_]+(?:[-'\u2019.][^\W_]+)*\.?")
CLOSERS = "'\"\u2019\u201d)]"         # may follow a sentence's final stop
ABBREV_END = re.compile(r"(?:\b(?![ap]\.m\.\s*$)(?:[A-Za-z]\.){2,}|\b(?:Jr|Sr|Inc|Co|Ltd|Corp|St|Dr|Mr|"
                         r"Mrs|Ms|Gov|Sen|Rep|Gen|No)\.)\s*$")
LIST_MARKER = re.compile(r"^\s*(?:[\u00bb\u203a\u2192\u2022\u00b7\u25aa\u25a0\u25ba*>-]"
                          r"|>>|\u2013|\u2014|\d{1,2}[.)])\s+\S")
SEPARATOR = re.compile(r"\s[|\u2022\u00b7/>\u00bb\u203a]\s|\s::\s|^\s*\|\s|\s\|\s*$")
#: What splits a breadcrumb trail or a tag list into its items.
CRUMB_SPLIT = re.compile(r"\s+(?:[|\u2022\u00b7/>\u00bb\u203a]|::|>>)\s+")
TAG_LINE = re.compile(r"^\W{0,3}([A-Za-z]+(?:\s[A-Za-z]+)?)\s*:\s*(\S.*)$")
TAG_SPLIT = re.compile(r"\s*[,;|\u2022\u00b7/]\s*|\s+>\s+")

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|"
            r"fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?")
DATE = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?)"
    rf"|\b{WEEKDAY},?\s+{MONTH}\b", re.I)
#: Relative stamps: "3 hrs ago", "2d ago", "Just now", "Yesterday at 10:15". (A regex
#: of their own behind a literal screen: in DATE they would double its cost.)
RELATIVE_DATE = re.compile(
    r"\b\d{1,2}\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|w|wks?|weeks?|months?|y|yrs?|years?)"
    r"\s+ago\b"
    r"|^\W*just now\W*$|\b(?:yesterday|today),? at \d{1,2}(?:[:.]\d{2})?\b", re.I)
RELATIVE_LITERALS = ("ago", "just now", "day at", "day, at")
# Everything a date line is made of; what is left over is its "residue".
DATE_PART = re.compile(
    rf"\b{MONTH}(?=\W|$)|\b{WEEKDAY}(?=\W|$)|\b\d{{1,2}}(?:st|nd|rd|th)\b"
    r"|\b\d{1,4}(?:[/.:-]\d{1,4}){0,2}(?:\b|(?=[ap]\.?m\b))|(?:\b|(?<=\d))[ap]\.?m\b\.?"
    r"|\b(?:published|posted|updated|last|modified|date|first|created|edited|filed|on|at|"
    r"time|ago|hours?|hrs?|h|mins?|minutes?|d|days?|w|wks?|weeks?|am|pm|permalink|yesterday|today|"
    r"just now)\b", re.I)
#: A list item that ends in its age: "Flood warning issued for two counties - 1h ago".
AGE_SUFFIX = re.compile(r"\s[-\u2013\u2014|\u2022\u00b7]\s*\d{1,2}\s*(?:h|hrs?|hours?|m|mins?|minutes?"
                         r"|d|days?|w|wks?|weeks?)\s+ago\W*$", re.I)
TIMEZONE = re.compile(r"\b(?:[A-Z]{1,3}[SD]?T|GMT|UTC|ET|PT|CT)\b")

LINK_WORDS = (
    r"read more|read also|also read|read next|further reading|read|see also|see more|also see|"
    r"also (?:on|from|in) [^:|\u00bb>]{1,40}|"
    r"related(?: (?:stories|story|articles?|links?|news|coverage|content|videos?|reading|"
    r"topics?|items?|posts?))?|more(?: (?:on|about|from|in)\b[^:|\u00bb>]{0,40}| news| stories)?|"
    r"watch(?: more| live| now)?|listen(?: live| now)?|click here|must read|must see|don'?t miss|recommended|"
    r"trending|next(?: story| article)?|up next|previous(?: story| article)?|prev|"
    r"full story|top stories?|latest(?: news)?|breaking|videos?|photos?|gallery|"
    r"slideshow|in pictures|sponsored|promoted|editor'?s picks?|explore|go to|visit|"
    r"explainer|opinion|analysis|editorial|fact check|live updates|podcast|full coverage|"
    r"more coverage|live blog|live coverage|previously|q ?& ?a|suggested reading|recommended reading|"
    r"full results")
#: Link prefixes no headline starts with (unlike "Watch:", "Video:", "Breaking:").
LINK_DECISIVE = (r"read more|read also|also read|read next|read(?=\s*:)|further reading|see also"
                  r"|also see|related"
                  r"(?: (?:stories|story|articles?|links?|news|coverage|content|posts?))?|"
                  r"more from [^:|\u00bb>]{1,40}|previous story|next story|must read|"
                  r"don'?t miss|recommended|full coverage|more coverage|suggested reading|"
                  r"recommended reading|you (?:may|might) also (?:like|enjoy)|in case you missed it|icymi|"
                  r"more (?:[\w-]+ )?(?:fact[- ]checks?|headlines|videos|podcasts|explainers)|"
                  r"read the (?:full |whole |complete )?(?:[\w-]+ )?(?:story|article|report|fact[- ]check"
                  r"|interview|analysis|investigation|transcript)")
LINK_PREFIX = re.compile(
    rf"^\W{{0,3}}(?:({LINK_DECISIVE})|{LINK_WORDS})\s*"
    r"(?::|\u00bb|>>|>|\||\]|(?:-{1,2}|\u2013|\u2014)(?=\s*[\"'\u2018\u201cA-Z0-9]))\s*\S", re.I)
#: A line led by an arrow is a link: "-> Inside the race to build a cheaper battery".
ARROW_LINK = re.compile(r"^\s*(?:-+>|=>|>>(?!>)|\u00bb|\u2192|\u21d2|\u27a1|\u279c|\u27a4|\u25b6|\u25ba)\s*\S")
WORD_CHAR = re.compile(r"\w")
LINK_SUFFIX = re.compile(r"(?:full (?:story|article)|read more|continue reading|more\s*\u00bb|"
                          r"click here|read the full (?:story|article))\W{0,4}$"
                          r"|\w\s*(?:\u2192|\u27a1\ufe0f?|\u279c|\u27a4)\s*$", re.I)
COPYRIGHT = re.compile(r"(?<!\u00c3)\u00a9|\(c\)\s*(?:\d{4}|[A-Z])|^\W*copyright\b|\ball rights reserved\b"
                        r"|\bcopyright (?:notice|policy|information|statement)\b", re.I)
CREDIT = re.compile(
    r"^\W{0,3}(?:photo(?:graph)?s?|images?|pictures?|credits?|illustrations?|graphics?|"
    r"file photo|video)\s*(?:by\b|:|/|courtesy\b|credit\b)|\b(?:getty images|ap photo|"
    r"afp photo|afp/getty|reuters/|shutterstock|istockphoto|courtesy of)\b"
    r"|^\W{0,3}(?:file|stock|handout|library|archive|submitted|contributed|supplied|provided) "
    r"(?:photo|image|picture|pic|footage)s?\W*$"
    r"|\((?:photo(?:graph)?|image|picture|video|pic)s?\s*(?::|/|by\b|courtesy\b)|^\W{0,3}caption\s*:",
    re.I)
#: A credit line of several "... by Name" parts: "Reporting by A in Lagos; Editing by B".
CREDITS = re.compile(r"^\W{0,3}(?:\w+ )?(?:reporting|writing|editing|research) by\b[^;]{2,60};\s*"
                      r"(?:\w+ )?(?:reporting|writing|editing|research|graphics|photos?) by\b", re.I)
#: The writer described at the page edge: "The author is a senior fellow at ...".
AUTHOR_IS = re.compile(r"^\W{0,3}the (?:author|writer|columnist|reviewer)s? (?:is|are|was|has|have"
                        r"|teaches|works|writes)\b", re.I)
BY = re.compile(r"(?:^\W{0,3}|[|\u2022\u00b7]\s*)(?:by|written by|story by|reporting by|"
                 r"(?:additional|extra|further) (?:reporting|research) by|"
                 r"(?:editing|edited|produced|research|photography|interviews?) by|"
                 r"reported by|words by|text by|compiled by)\s+(?=[A-Z@])", re.I)
#: A social-media handle after a name: "By Ben Shapiro @benshapiro".
HANDLE = re.compile(r"(?<![\w@])@\w{1,30}")
#: A staff line without "By": "Jane Doe is our science editor", "Jane Doe reports
#: from Nairobi". A name, then a copula and a newsroom role (a closed class of nouns),
#: or a reporting verb and a preposition. Only trusted at the page edge.
NAME = r"(?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]+"
STAFF_LINE = re.compile(
    rf"^\W{{0,3}}{NAME},?\s+(?:is|was|has been)\s+(?:our|the|a|an|[A-Z][\w'\u2019]*)\s+"
    r"(?:[\w'\u2019-]+\s+){0,8}?(?:editor|correspondent|reporter|writer|columnist|"
    r"journalist|contributor|critic|producer|analyst|commentator|photographer|presenter|"
    r"blogger|bureau chief|freelancer)s?\b"
    rf"|^\W{{0,3}}{NAME}\s+(?:reports|reported|writes|wrote|covers|blogs|tweets)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:from|for|on|about|at|in)\b")
#: A rights notice: "may not be reproduced, rewritten or redistributed", "without
#: prior written permission", "redistribution is prohibited".
PUBLISH = (r"(?:reproduced|republished|redistributed|rewritten|reprinted|retransmitted|"
            r"distributed|transmitted|copied|broadcast|published|sold|stored)")
RIGHTS = re.compile(
    # two or more publishing verbs: "may not be published, broadcast or redistributed"
    rf"\b(?:may|must|shall|cannot|can)\s+not\s+be\s+{PUBLISH},?\s+"
    rf"(?:(?:{PUBLISH},?|or|and|and/or|in|whole|part|any|form|way)\s+){{0,8}}?"
    rf"(?:or|and|and/or)\s+{PUBLISH}\b"
    # or one, said of this very text: "This article may not be reproduced"
    rf"|\bthis\s+(?:material|article|story|content|report|page|text|feature|site)s?\s+"
    rf"(?:may|must|shall|cannot|can)\s+not\s+be\s+{PUBLISH}\b"
    r"|\bwithout (?:the )?(?:(?:prior|express|explicit)\s+)*written (?:permission|consent)\b"
    r"|\b(?:reproduction|redistribution|republication|retransmission)\b[^.]{0,40}"
    r"\b(?:prohibited|forbidden|not permitted)\b"
    r"|\b(?:the )?property of their respective (?:owners|holders)\b"
    r"|\bcopyrighted\b[^.]{0,40}\bmay not be (?:used|reproduced|copied|published)\b"
    r"|\bno part of this (?:publication|article|site|material|content|work|page|story) may be\b"
    r"|\bis a registered trademark of\b|\bare registered trademarks of\b"
    r"|^\W{0,3}(?:market )?(?:data|quotes) (?:provided|supplied|powered) by\b"
    r"|\b(?:quotes|data|prices) (?:are |is )?delayed (?:by )?(?:at least |a minimum of |up to )?\d", re.I)
#: Readers addressed: site notices speak to "you" (or as "we") or in the imperative.
SENTENCE_START = re.compile(r"[.!]\s+([A-Za-z]+)")
ADDRESS = frozenset("you your you're you've yours we we're we've our us please".split())
IMPERATIVE = frozenset("""
share subscribe listen watch read click tap scroll sign log register download continue
accept skip enable disable allow turn update join follow try get view play upgrade
unlock become
""".split())
#: Reported speech is the story's, never the page's: a quotation mark or a speech verb.
QUOTE_MARK = re.compile("[\"\u201c\u201d]")
SAY = frozenset("said says say told according added explained".split())
POSTED_BY = re.compile(r"^\W{0,3}(?:posted|submitted|written|added)\s+by\b:?", re.I)
COMMENT_CTRL = re.compile(
    r"^\W{0,3}(?:(?:report|flag)\s+(?:this\s+)?(?:comment|post|abuse|reply)|link to this|"
    r"permalink|reply(?: to this)?|recommend(?:ed)?(?:\s*\(\d+\))?|quote this|"
    r"(?:\d+\s+)?(?:comments?|replies|responses|conversations?|discussions?)(?:\s*\(?\d+\)?)?|"
    r"(?:post|add|leave|write|submit|have)\s+(?:a |an |your |your own )?"
    r"(?:comment|reply|say|own|response|view)s?|view (?:all )?comments?|"
    r"show (?:all )?comments?|hide comments?|load more comments?|sign in to comment|"
    r"sort by (?:newest|oldest|best|top|popular|most \w+|date|votes)|"
    r"(?:view|show|see|load) \d+ (?:more )?(?:replies|comments|responses)|"
    r"be the first to comment|showing \d+\s*[-\u2013]\s*\d+ of \d[\d,]* (?:comments|replies)|"
    r"(?:flag|report|mark)(?: this)? as (?:inappropriate|spam|abusive|offensive)"
    r"|(?:start|join|view|show|hide|open|close|enter) (?:the )?"
    r"(?:discussion|conversation)|[\U0001F4AC\U0001F5E8\U0001F5E9]\s*\d[\d,.]*[km]?"
    r"|[\u25b2\u25b3\u2191]\s*\d+\s+[\u25bc\u25bd\u2193]\s*\d+|welcome to the (?:discussion|conversation))\W*$", re.I)
COMMENT_NOTICE = re.compile(
    r"\bcomments?(?: on this (?:story|article|post|page))? (?:are|will be|may be|have been|is|must be)"
    r" (?:now |temporarily |permanently )?(?:moderated|reviewed|closed|"
    r"reprinted|edited|published|disabled|pre-moderated)|\bthank you for (?:taking the time|"
    r"your (?:comments?|thoughts|feedback))|\b(?:offer|share|post) your (?:thoughts|"
    r"comments?|views|opinions?)\b|\bopportunity to (?:share|comment|discuss)\b|"
    r"\b(?:reprinted|republished) elsewhere|\bcommenting (?:guidelines|policy|rules)|"
    r"(?:^(?![\"\u201c\u2018'])\W{0,3}|(?<=[.!?]\s))(?:[\w']+ ){0,5}?join the (?:discussion|conversation)\b"
    r"|\bcomments? (?:policy|guidelines)\b"
    r"|\bnotify me (?:of|when)\b|\b(?:logged|log|signed|sign) in to (?:post|leave|add|write|"
    r"comment|reply|join)\b|\b(?:commenting|comments?) (?:is|are|has been|have been) (?:now )?"
    r"(?:not available|unavailable|turned off|switched off|disabled|closed)\b"
    r"|\b(?:conversation|discussion|thread) (?:is|are|will be|has been) (?:now )?(?:moderated|closed)\b"
    r"|\bunable to comment on (?:some|this|these|certain) (?:stories|articles|story|article)\b"
    r"|^\W{0,3}\d+ (?:responses?|comments?|replies|thoughts) (?:to|on) [\"\u201c]"
    r"|^\W{0,3}(?:comments|conversations?|discussions?) (?:are |is )?powered by\b"
    r"|\bleave (?:a|your) comments? below\b|\bin the comments below\b"
    r"|\bin the comments?(?: section)? (?:below|section)\b|\bdisqus\b"
    r"|^\W{0,3}want to (?:comment|join the (?:discussion|conversation))\?"
    r"|\bcomments? (?:section|thread)(?: (?:for|on) this (?:story|article|post))? (?:is|has been) (?:now )?"
    r"(?:closed|disabled|unavailable)\b|\bcomment(?:ing)? community\b|^\W{0,3}logged in as\b"
    r"|\bcommenting (?:on this (?:article|story|post) )?(?:has|is|has been) (?:ended|closed|disabled"
    r"|turned off)\b|\bread what others (?:are saying|have (?:said|to say)|think)\b"
    r"|\b(?:no tolerance for|(?:we|moderators) (?:will )?(?:remove|delete)) comments (?:that |which )?"
    r"(?:contain|containing|include|including)\b"
    r"|\bcomments? (?:are|is) subject to\b|\bcomments? (?:are|is) (?:provided|posted|submitted|written)"
    r" by (?:our )?(?:readers|users|members|the public)\b|\bbefore (?:commenting|posting a comment)\b"
    r"|\bthe next time I comment\b|\bthis comment (?:has been|was) (?:removed|deleted|hidden)\b"
    r"|\bwe welcome (?:\w+ ){0,2}(?:comments|feedback|debate|discussion)\b"
    r"|^\W{0,3}(?:[\w.-]+ replied to [\w.-]*[_\d][\w.-]*|[\w.-]*[_\d][\w.-]* replied to [\w.-]+)\W*$"
    r"|\bawaiting moderation\b|\bturn off your caps lock\b|\b(?:on|under|beside) each comment\b"
    r"|^\W{0,3}(?:keep it clean|don'?t threaten|be truthful|be nice|be proactive|share with us)\.\s+\S"
    r"|^\W{0,3}name \(required\)|\be-?mail\b[^.]{0,30}\bwill not be published\b"
    r"|\bopinions of (?:our )?readers\b|\bsubject to (?:the|our) (?:\w+ )?code of conduct\b"
    r"|^\W{0,3}[\w.-]*[_\d][\w.-]* wrote:\s*$"
    r"|\bcommunity (?:guidelines|standards|rules) before (?:posting|commenting)\b"
    r"|\bwe reserve the right to (?:remove|delete|edit|moderate|block|reject)\b[^.]{0,30}"
    r"\b(?:comments?|posts?|submissions?|replies)\b", re.I)
#: A comment-policy label and its rules: "Commenting Guidelines: Keep it civil ...".
COMMENT_RULES = re.compile(r"\W{0,3}(?:(?:our |the )?(?:commenting|comments?|community|discussion) "
                            r"(?:guidelines|policy|"
                            r"rules|standards)\s*:|we (?:welcome|value|encourage) (?:your |reader )?"
                            r"comments\b)", re.I)
#: A comment section's house rules anywhere in a line, however long the notice
#: runs: "Please keep comments civil and on topic.", "Personal attacks will be
#: removed.", "By commenting, you agree to our community guidelines."
COMMENT_POLICY = re.compile(
    r"\bkeep (?:your )?comments? (?:civil|clean|respectful|relevant|polite|courteous|on[- ]topic)\b"
    r"|\bpersonal attacks (?:will|may) be (?:removed|deleted)\b"
    r"|\bby (?:commenting|posting (?:a )?comments?|submitting (?:a )?comments?),? you (?:agree|accept"
    r"|acknowledge|consent)\b", re.I)
#: "Post a comment", "Read all 12 comments": furniture on a short line, news in a sentence.
COMMENT_VERB = re.compile(r"\b(?:post|leave|add|submit|read|view|show|hide|report|flag|load)"
                           r"(?: an?| your| all| this| \d+| more)? comments?\b", re.I)
FORM_FIELD = re.compile(
    r"^\W{0,3}(?:your\s+)?(?:user\s?name|password|e-?mail(?:\s+(?:address|id))?|name|"
    r"(?:first|last|full) name|subject|country|city|state|zip(?: code)?|post ?code|phone|"
    r"website|url|comments?|message|captcha|verification(?: code)?|nickname|screen name|"
    r"location)\b[^.!]{0,60}?(?:\*|:)\s*$", re.I)
PROMO = re.compile(r"\b(?:sign up|subscribe|register)\b.{0,50}\b(?:newsletters?|inbox|"
                    r"alerts?|today|now|free|here|briefings?|digest)\b|\bdelivered (?:straight |directly )?"
                    r"to your inbox\b|\b(?:get|receive) (?:our|the) (?:\w+ ){0,3}newsletter",
                    re.I)
WEB_PHRASE = re.compile(
    r"\b(?:sign (?:up|in)|log ?in|log out|follow us|click here|email this|e-mail this|"
    r"print this|share this|like this|email to a friend|send to a friend|back to top|"
    r"skip to|text size|font size|most (?:read|viewed|popular|emailed|shared|commented)|"
    r"top \d+|have your say|(?:more|latest) (?:\w+ )?(?:news|headlines|stories|videos?)"
    r"|continue reading|read more|delivered to your inbox|main story|"
    r"(?:terms|conditions) of (?:use|service)|privacy policy|contact us|about us)\b", re.I)

#: A page control or sponsor label on a short line: "Story continues below
#: advertisement", "Toggle navigation", "Paid Post", "Presented by Acme".
PAGE_CONTROL = re.compile(
    r"^\W{0,3}(?:(?:the )?(?:article|story|text|content|post|report|page) continues\b"
    r"|toggle\b|(?:paid|partner|sponsored|promoted|advertiser|branded) (?:post|content|story|"
    r"partnership|partner content|feature)\b|(?:presented|sponsored|brought to you|supported)"
    r" by\b|in partnership with\b|advertorial\b"
    r"|thanks? (?:you )?for (?:signing up|subscribing|registering|your support)\b"
    r"|gift (?:this|the|an?) (?:article|story|subscription)\b|link copied\b"
    r"|show (?:more|less|all)(?: (?:sections|stories|topics|categories|results|items|news))?\W*$"
    r"|like\s+loading\b|ad ?choices\W*$|(?:more\s*)?(?:\u2026|\.{3})\s*[)\]]\W*$"
    r"|(?:tap|click) to (?:unmute|mute|play|expand|enlarge|zoom)\b"
    r"|advertisement\W+(?:the )?(?:story|article|content) continues\b"
    r"|do not sell (?:or share )?my (?:personal )?info(?:rmation)?\b"
    r"|report (?:a |an )?(?:typo|error|correction|mistake|problem)\W*$"
    r"|(?:school )?closings (?:&|and) delays\b"
    r"|-?\d{1,3}\s*\u00b0\s*[FC]?\s+(?:mostly |partly )?(?:sunny|cloudy|clear|rain|showers|snow|fog"
    r"|overcast|fair|windy|thunderstorms?|drizzle|haze|smoke)\W*$"
    r"|(?:more|related|full|latest|complete) coverage\s*:\s*$"
    r"|(?-i:FINAL)(?:/OT)?\s+[A-Z][\w .'-]{1,30}?\s\d{1,3}\s+[A-Z][\w .'-]{1,30}?\s\d{1,3}\W*$"
    r"|(?:the )?next (?:video|story|clip) (?:starts?|starting|will start|begins?|plays?) in\b"
    r"|(?:turn on|allow|enable|get) (?:push |browser )?notifications\b|characters? (?:remaining|left)\b"
    r"|special offer\b|\d{1,3} (?:of|/) \d{1,3}\W*$|sort(?:ed)? by\s*:"
    r"|(?:next|previous|prev|enlarge(?: this)?) (?:image|photo|picture|slide)\W*$"
    r"|(?:the )?(?:video )?player is loading\b"
    r"|loading(?: video| comments)?\W*$|thanks? (?:you )?for voting\b|vote now\W*$"
    r"|(?:see|view|show) (?:the )?results\W*$|\d+ active (?:weather )?alerts?\b"
    r"|(?:weather|traffic|severe weather) alerts?\s*:|refresh (?:this page |the page )?for "
    r"(?:the latest |more |new |live )?updates\b"
    r"|\d[\d,.]*k? (?:people|readers|others) (?:are )?(?:talking|reading|viewing|watching)\b"
    r"|(?:open|view|see) (?:this|the) (?:photo|image|picture)s? in (?:the )?gallery\b"
    r"|copy(?:/paste| and paste)?\b[^.]{0,40}\bembed (?:link|code)\b"
    r"|(?:get|download) (?:the|our) (?:\w+ )?app\W*$|press play to (?:listen|hear|watch)\b"
    r"|your (?:california |state )?privacy (?:rights|choices)\W*$"
    r"|read (?:the whole thing|the rest|it all)\W*$"
    r"|(?:go|click|head|tap) (?:here|over here|there) (?:for|to read|to see) (?:the )?(?:full|whole"
    r"|complete|entire|rest of the) (?:story|article|report|piece|interview|list)\b"
    r")",
    re.I)
#: An appeal to the reader for money or sign-up: "please consider making a
#: contribution", "support independent journalism", "you have reached your limit".
APPEAL = re.compile(
    r"\b(?:mak(?:e|ing) (?:a|your) (?:\w+ )?(?:contribution|donation|gift)|donat(?:e|ing) (?:now|today"
    r"|to us|to our)|support (?:our|independent|quality|local|trusted|fact-based|public|student|nonprofit"
    r"|non-profit|community)"
    r" (?:\w+ )?(?:journalism|reporting|newsroom|journalists|media)"
    r"|become a (?:member|subscriber|supporter|patron|donor)(?: today| now| on patreon)?\W*$"
    r"|\bbecome a (?:member|subscriber|supporter|patron)\b[^.]{0,60}\bad[- ]free\b"
    r"|\bconsider becoming a (?:member|subscriber|supporter|patron|donor)\b"
    r"|\bif you value (?:\w+ ){0,2}(?:journalism|reporting|news|coverage)\b"
    r"|(?:you(?:'ve|\u2019ve| have) )?reached (?:your|the) (?:\w+ )?(?:limit|maximum) of"
    r"|(?:for|to) (?:subscribers|members) only|already a (?:subscriber|member)\b"
    r"|\b(?:only )?available (?:only )?to (?:subscribers|members|registered users)\b"
    r"|your (?:support|contribution|donation|gift|subscription|membership) (?:helps|makes|keeps|allows"
    r"|enables|funds|powers|supports|sustains)\b"
    r"|\b(?:rely|relies|depend|depends|count) on (?:readers|supporters|viewers|listeners|people)"
    r" like you\b|\bchip in (?:just )?\$\d"
    r"|\bpledge (?:just |only )?[$\u00a3\u20ac]\d|\bmember(?:ship)? drive\b"
    r"|\b(?:made possible|funded|sustained|powered|supported) by (?:readers|members|supporters|donors|listeners"
    r"|viewers|people) like you\b|\b(?:journalism|reporting|newsroom|work) needs your (?:support|help)\b"
    r"|\b(?:is|are) (?:100% )?(?:reader|listener|viewer|member)[- ](?:supported|funded|powered)\b"
    r"|\bby (?:subscribing|becoming a (?:member|subscriber|supporter)|donating),? you\b"
    r"|\bhelp us (?:keep|continue) (?:reporting|doing|bringing|producing|publishing|telling)\b"
    r"|\b(?:can(?:not|'t|\u2019t)|could(?:n't|\u2019t| not)) do (?:this|it|what we do|our work) without "
    r"(?:your|you|readers like you)\b)", re.I)
#: A note that the text is syndicated: "This article was originally published on
#: The Conversation", "Republished with permission", "published from a wire feed".
SYNDICATION = re.compile(
    r"\bthis (?:article|story|piece|post|column|report|essay|content|interview)\b[^.]{0,30}?"
    r"\b(?:originally |first )?(?:published|appeared|posted|republished|reprinted|syndicated)"
    r"\b(?! (?:a|an|the|his|her|their|its)\b)"
    r"|^\W{0,3}read the original (?:article|story|post|piece|report)\b"
    r"|\ba version of this (?:story|article|report|piece|segment|interview) (?:aired|appeared|appears|ran|runs|"
    r"was (?:broadcast|published|first))\b"
    r"|^\W{0,3}(?:republished|reprinted|reproduced|used|shared|posted) (?:here )?(?:with|by) "
    r"(?:the )?(?:kind )?(?:permission|arrangement)\b"
    r"|\b(?:published|generated|sourced) from (?:a |an )?(?:syndicated|wire|agency|news) "
    r"(?:\w+ ){0,2}feed\b|^\W{0,3}(?:distributed|syndicated|supplied) by\b"
    r"|^\W{0,3}(?:syndicated|republished|reprinted) from\b[^.]{0,60}\bwith (?:[\w'\u2019]+ ){0,2}"
    r"permission\b|^\W{0,3}(?:originally|first) (?:appeared|published|posted|ran) (?:on|in|at) (?:the )?"
    r"[A-Z][^,;]{0,60}$", re.I)
#: A feed reader's trailer: "The post Trump Blasts “Fake News” at Rally appeared
#: first on Raw Story." (The headline it quotes may hold quotation marks.)
FEED_TRAILER = re.compile(r"^\W{0,3}the post (?-i:[A-Z\"\u201c'\u2018]).{0,200}?\bappeared first on\b",
                          re.I)
#: A disclaimer the site adds to a page: a disclosure, an affiliate or opinion
#: disclaimer, a licence or terms line, a partnership credit. (Corrections, editor's
#: notes and "This story has been updated" notes are the story's own text: they
#: stay, as the story printed them.)
HOUSE_NOTE = re.compile(
    r"^\W{0,3}(?:disclosure|full disclosure|disclaimer)\s*:\s+\S"
    r"|^\W{0,3}this (?:story|article|post|report|piece|column|content|project|series|coverage) "
    r"(?:was|is) (?:produced (?:in partnership|in collaboration|with (?:support|funding))|"
    r"published in partnership|made possible by)\b"
    r"|\b(?:contains?|uses?|includes?|through|via) (?:\w+ )?affiliate links?\b"
    r"|\b(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of (?:sales|"
    r"revenue))\b|\b(?:views|opinions) expressed (?:in this|in the comments|here|are (?:the|those))\b"
    r"|\bnot responsible for the content of (?:external|third[- ]party|linked|other)\b"
    r"|\b(?:article|content|information|material|commentary|site|website|page|post|newsletter"
    r"|column|analysis)s? (?:is|are) (?:provided |intended |published )?(?:solely |only )?for "
    r"(?:general )?information(?:al)? (?:purposes )?only\b"
    r"|\b(?:does|do|is|are|should) not (?:constitute|be (?:construed|taken) as) (?:\w+ )?"
    r"(?:financial|investment|legal|medical|tax|professional) advice\b"
    r"|\bnot (?:a|an) (?:recommendation|offer|solicitation) to (?:buy|sell)\b"
    r"|\bpast performance is (?:not|no) (?:indicative|a guarantee|guarantee)\b"
    r"|\b(?:is|are) not influenced by (?:our )?(?:advertisers|sponsors|advertising)\b"
    r"|\b(?:has|have|had|with) no editorial (?:control|input|influence|say) (?:over|on|in) (?:our|this|"
    r"the|its) (?:coverage|content|journalism|reporting|story|stories|article|articles|series)\b"
    r"|\bour (?:funders|donors|sponsors|supporters|advertisers) (?:do not|don't|does not|have no)\b"
    r"|\bif you (?:spot|see|notice|find) (?:an? )?(?:error|mistake|typo|inaccuracy)\b"
    r"|^\W{0,3}(?:spotted|seen|found|noticed?) an? (?:error|mistake|typo)\?|\bread our corrections? policy\b"
    r"|\b(?:a member of|regulated by) (?:the )?(?:independent press standards organi[sz]ation|ipso"
    r"|impress|press council)\b"
    r"|\b(?:the |our )?(?:newsroom|editorial (?:staff|team|department)|journalists) (?:was|were|is|are|had) "
    r"not involved in (?:its|the|this) (?:creation|production|preparation)\b"
    r"|\blicensed under (?:a |the )?creative commons\b"
    r"|\b(?:republish|reprint|repost)\b[^.]{0,80}\bunder (?:a |the |our )?creative commons\b"
    r"|^\W{0,3}(?:our standards\s*:|fair use notice\b)|\bget additional (?:reprint )?permissions\b"
    r"|^\W{0,3}(?:by using|use of|by accessing) this (?:site|website|service|app)\b"
    r"|\bthis (?:material|content|site|website|work) is protected by (?:copyright|law)\b"
    r"|^\W{0,3}if you(?:'ve| have been| are| were)? affected by (?:the issues|any of the issues|"
    r"(?:anything in )?this (?:story|article|report))\b|^\W{0,3}if you or someone you know\b"
    r"|\bwe strive for accuracy\b|\bsee something that (?:doesn'?t|does not) look right\b"
    r"|\bha(?:s|ve) a disclosure policy\b|\b(?:ha(?:s|ve)|holds?) no (?:position|positions|financial interest)"
    r" in (?:any )?(?:of )?(?:the )?(?:stocks|shares|securities|companies) mentioned\b"
    r"|\b(?:views|opinions) expressed by\b[^.]{1,40}\bare (?:their|his|her|its) own\b"
    r"|\b(?:reflects?|represents?) (?:only )?the (?:views|opinions) of the (?:author|writer)s?,? (?:and )?"
    r"not(?: necessarily)? (?:those|the views) of\b"
    r"|\bwe(?:'ve|\u2019ve| have) updated our (?:privacy|cookie|terms)"
    r"|^\W{0,3}(?:cautionary (?:note|statement) (?:regarding|about|on) )?forward[- ]looking "
    r"(?:statements?|information)\W*$|\b(?:this|the) (?:press )?release (?:contains|includes|may "
    r"contain|may constitute)\b|\bwithin the meaning of (?:the )?(?:private securities|applicable "
    r"(?:\w+ )?securities)\b|\bmay (?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?"
    r"commission\b|^\W{0,3}materials? (?:provided|supplied) by\b|\b(?:content|letters|submissions) may be edited for "
    r"(?:style|length|clarity)\b|^\W{0,3}this (?:article|content|story|post|series|page) is part of a "
    r"(?:paid |sponsored )?(?:partnership|collaboration)\b|^\W{0,3}(?:video|content|media) "
    r"(?:is )?(?:unavailable|not available)\b|^\W{0,3}media playback is (?:unsupported|not "
    r"supported)\b|^\W{0,3}this content is (?:imported|created and maintained) (?:from|by)\b"
    r"|\b(?:all )?content (?:posted |published )?on this (?:site|website|blog) is\b"
    r"|\badheres? to the (?:[\w'\u2019]+ ){0,6}(?:code of practice|editors'? code)\b"
    r"|\baffiliate (?:marketing|partner|advertising) programs?\b|\bmay (?:get paid|be paid|earn) "
    r"(?:a )?commissions?\b|\b(?:content|material|comments) you (?:upload|submit|post)\b"
    r"|\bconstitutes? (?:your )?acceptance of (?:our|the|its)\b"
    r"|^\W{0,3}(?:photos?|images?|pictures?|videos?) (?:may be|are|is) subject to copyright\b"
    r"|\btakes? (?:sole responsibility|full responsibility) for (?:all|the) (?:content|posts)\b"
    r"|\bexpressed\b[^.]{0,60}\bdo(?:es)? not necessarily (?:reflect|represent) (?:those|the (?:views|"
    r"opinions|position|policy))\b"
    r"|\b(?:using|use|running|have) an? ad ?-?blocker\b|\bwhitelist (?:us|our (?:site|website)|this "
    r"(?:site|website))\b|\b(?:disable|turn off|pause) (?:your )?ad ?-?blocker\b"
    r"|\bprices? (?:was|were|is|are) (?:accurate|correct) (?:at|as of) the time of (?:publishing|"
    r"publication|writing)\b"
    r"|\b(?:does|do) not (?:provide|offer|give) (?:\w+ )?(?:medical|legal|financial|investment|tax|"
    r"professional) advice\b"
    r"|^\W{0,3}this (?:content|video|embed|post|tweet|media) "
    r"(?:is not|isn't|is no longer|is currently not) available\b"
    r"|^\W{0,3}this (?:article|story|content|summary|piece|translation|text) (?:was|has been|is) "
    r"[^.]{0,40}\b(?:ai|artificial intelligence|generative ai|machine translation)\b"
    r"|^\W{0,3}this (?:article|story|piece) is (?:also )?available (?:as an? |in |to )(?:\w+ )?"
    r"(?:audio|podcast|listen)"
    r"|^\W{0,3}this (?:content|article|story|feature|page) (?:was|is) (?:produced|created|written|"
    r"prepared) by (?:our|the) (?:commercial|partner|partnership|branded|brand|advertising|sponsored)"
    r" (?:content )?(?:team|studio|department|desk)\b", re.I)
HOUSE_NOTE_LITERALS = shipped_literals(HOUSE_NOTE.pattern)
#: A prompt to the reader: a tip line, a paywall meter, a share or like prompt,
#: a text-to-subscribe or promo code.
PROMPT = re.compile(
    r"^\W{0,3}(?:have|got) (?:a|any) (?:news )?(?:tips?|story ideas?|story|news tip)\b[^.]{0,20}\?"
    r"|^\W{0,3}know something we don(?:'|\u2019)?t\?|\bsend (?:it to us|us (?:a |an |your )?(?:confidential |"
    r"anonymous |news )?tips?)\b|\bwant your (?:news|story|event|photos?) (?:published|featured|"
    r"shared)\?|^\W{0,3}to (?:report|submit|suggest) (?:a |an )?(?:correction|error|typo|mistake)\b"
    r"|\byou(?:'ve|\u2019ve| have) read \d+ of (?:your )?\d+ (?:free )?(?:articles|stories)\b"
    r"|\byou have \d+ (?:free )?(?:articles?|stories) (?:left|remaining)\b"
    r"|\bunlimited (?:digital )?access (?:for|to (?:our|all|every))\b|\bcancel any ?time\b"
    r"|^\W{0,3}(?:like|liked|enjoy|enjoyed|enjoying|love|loved|loving) this (?:story|article|post|piece"
    r"|newsletter)\?|^\W{0,3}(?:like|love|enjoy|enjoying|loving) what you(?:'re|\u2019re| are) reading\?"
    r"|\bstart your (?:\d+[- ]day )?free trial\b|\byou(?:'re|\u2019re| are) reading a (?:free )?preview\b"
    r"|^\W{0,3}want more (?:stories|news|coverage|articles|updates|content) like this\b"
    r"|^\W{0,3}if you (?:enjoyed|liked|found|value|appreciated?) this (?:story|article|post|piece|"
    r"newsletter|content|work)\b|\bbuy(?:ing)? me a coffee\b"
    r"|\b(?:print|digital) subscribers (?:get|receive|can)\b|\bour (?:\w+ )?tip ?line\b"
    r"|\b(?:your|the) (?:article|story) continues (?:below|after)\b", re.I)
PROMPT_LITERALS = shipped_literals(PROMPT.pattern)
#: Prompts known by their first word (tried only when the line starts with one of
#: :data:`LEAD_PROMPT_WORDS`): a tip line, a contest, "Want more ...?", a call for
#: readers' photos, a subscription price, "Stay informed with ... updates".
LEAD_PROMPT = re.compile(
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
LEAD_PROMPT_WORDS = frozenset("send email e-mail submit enter want looking need do did have got "
                               "subscribe join sign start find stay keep".split())
#: Headlines listed on one line, numbered: "MOST POPULAR: 1. Budget passes 2. Rail
#: line extends hours 3. ..." (three numbers in a row, each before a capital).
NUMBERED_HEADLINES = re.compile(r"^\W{0,3}(?:[A-Za-z ]{1,24}:?\s*)?1[.)]\s+[A-Z0-9][^\n]{3,120}?"
                                r"\s2[.)]\s+[A-Z0-9][^\n]{3,120}?\s3[.)]\s+[A-Z0-9]")
#: A text-to-subscribe keyword or a promo code: "Text NEWS to 55512", "use code READER20".
KEYWORD_PROMPT = re.compile(r"\b(?:[Tt]ext [A-Z]{2,12} to \d{3,6}|[Uu]se (?:promo |discount )?code "
                             r"[A-Z0-9]{3,})\b")
KEYWORD_PROMPT_LITERALS = ("text ", "code ")
#: The site's own channels, after an imperative: "Download our app", "Join our channel".
OUR_CHANNEL = re.compile(r"\bour (?:free |new |daily |weekly |breaking news |whatsapp |telegram |signal |"
                          r"youtube |broadcast )?(?:apps?|newsletters?|"
                          r"channels?|podcasts?|website|site|page|feeds?|alerts|youtube channel|"
                          r"live blog|liveblog|live coverage|full coverage|coverage|(?:photo )?gallery|"
                          r"slideshow)\b|\bthe (?:[\w&'\u2019-]+ ){1,4}app\b[^.]{0,60}\b(?:your?|alerts|"
                          r"notifications|updates|(?:latest|breaking) news)\b"
                          r"|\b(?:for|on|from) (?:the )?(?:iphone|ipad|ios|android|app store|"
                          r"google play)\b"
                          r"|\b(?:on|in) (?:google|apple) news\b|\bthe free (?:[\w&'\u2019-]+ ){1,3}app\b"
                          r"|\bus on (?:facebook|twitter|instagram|youtube|tiktok|linkedin|snapchat|"
                          r"pinterest|flipboard|threads)\b"
                          r"|\b(?:is|are) now on (?:telegram|whatsapp|instagram|tiktok|threads|bluesky|"
                          r"mastodon|youtube|snapchat|facebook|twitter|linkedin|flipboard)\b", re.I)
#: A source label under a chart or a wire story: "Source: AAP".
SOURCE_LABEL = re.compile(r"^\W{0,3}(?:sources?\s*:\s*\S[^.!?]{0,40}|(?:story|image|photo|data) "
                           r"sources?\s*:\s*)$", re.I)
#: A sentence pointing at another page: "Read the full report here.", "To read the
#: ruling, click here." ("Watch the interview above" points at the story's own video.)
LINK_HERE = re.compile(
    r"^\W{0,3}(?:read|watch|listen to|see|view|find|get|follow|download|check out|browse|explore"
    r"|catch up on)"
    r"\b[^.!?]{0,80}\bhere\W{0,2}$|\bclick here\W{0,3}$", re.I)
#: The page signing off: "Thanks for reading! Subscribe for free ...".
THANKS = re.compile(r"^\W{0,3}thanks? (?:you )?(?:so much )?for reading\b", re.I)
#: Who paid for the page: "This content is sponsored by Acme Bank".
SPONSOR_NOTE = re.compile(r"^\W{0,3}this (?:content|article|story|post|series|feature|coverage|page|"
                           r"newsletter|podcast|episode|section) (?:is|was) (?:sponsored|paid for|"
                           r"brought to you|presented|underwritten) by\b", re.I)
#: How to reach the author: "Reach him at", "Follow her on", "About the author".
#: (A bare e-mail address is not enough: columns print their own.)
CONTACT = re.compile(
    r"\b(?:reach|contact|email|e-mail) (?:reporter|writer|columnist|editor|the newsroom)\b"
    r"|\b(?:reach|contact|email|e-mail|follow|message) (?:him|her|"
    r"them|the (?:author|writer|reporter))(?: securely| directly| confidentially)?(?: at| on| via)\b"
    r"|^\W{0,3}about the (?:author|writer|"
    r"reporter)s?\b", re.I)
#: A list header naming another part of the site: "More from our network",
#: "Also on ABC News", "Elsewhere on the web".
MORE_FROM = re.compile(r"^\W{0,3}(?:(?:the )?(?:more|also|elsewhere|latest|best|popular) (?:from|on|in|"
                        r"at|around|across)\b|(?:people|readers|those) who (?:read|viewed|liked|"
                        r"watched) this (?:\w+ )?also (?:read|viewed|liked|watched)\b"
                        r"|what (?:others|other readers|people|everyone) (?:are|is) (?:reading|watching)\W*$"
                        r"|more (?:by|from) (?:this|the) (?:author|writer|reporter|columnist)\W*$"
                        r"|(?:people|readers|others) also (?:read|viewed|"
                        r"liked|watched)\b|(?:other |more )?(?:stories|articles|posts|videos) you (?:may|might)"
                        r" (?:also )?(?:have missed|like|enjoy)\b"
                        r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b"
                        r"|(?:editor'?s'?|editors\u2019?|editor\u2019s|staff) picks?\W*$"
                        r"|in case you missed it\W*$|icymi\W*$)",
                        re.I)
#: A link sentence: "For more on this story, visit our live blog".
FOR_MORE = re.compile(r"^\W{0,3}for (?:more(?! than)|the latest|live updates|full coverage)\b"
                       r"[^.]{0,50}\b(?:visit|see|go to|read|click|follow|watch|head to|check"
                       r" out)\b", re.I)
#: ... pointing at the site's own page: "For live updates, follow our election night blog."
OWN_PAGE = re.compile(r"\b(?:our|this) (?:[\w-]+ ){0,3}(?:blog|live ?blog|page|feed|coverage|site|website"
                      r"|app)\b", re.I)
#: How long the article is: "1,240 words", "4 min read", "Reading time: 6 minutes".
LENGTH_NOTE = re.compile(r"^\W{0,3}(?:\d[\d,]*\s+words|\d+\s*(?:-\s*)?(?:min|mins|minutes?)"
                          r"\s+(?:read|listen)|(?:estimated )?read(?:ing)? time\b)\W*(?:\d+\s*"
                          r"(?:min|mins|minutes?)\W*)?$", re.I)
#: A field of a news-database or wire export, as text corpora keep them: LexisNexis
#: ("LENGTH: 845 words", "LOAD-DATE: March 3, 2016", "12 of 148 DOCUMENTS"), Factiva
#: ("SC WP", "WC 732 words", "Document NYTF000020160303ec3300042"), ProQuest ("Place
#: of publication: Chicago", "Subject: Elections; Voting") and wire advisories
#: ("Eds: Updates with ...", "embargoed until"). Field names are the services' own,
#: capitalised as they print them; notes the story keeps (corrections, "X contributed
#: to this report") are not fields.
EXPORT_FIELD = re.compile(
    r"(?:LENGTH|LOAD-DATE|SECTION|BYLINE|DATELINE|HIGHLIGHT|GRAPHIC|DOCUMENT-TYPE|PUBLICATION-TYPE"
    r"|JOURNAL-CODE|LANGUAGE|SERIES|ACC-NO|DISTRIBUTION|SUBJECT|GEOGRAPHIC|ORGANIZATION|PERSON"
    r"|COMPANY|TICKER|INDUSTRY|EDITION|WORD-COUNT|PUBLICATION|TYPE|URL)\s*:\s*\S"
    r"|\d+ of \d+ DOCUMENTS\s*$"
    r"|(?:LA (?:English|Spanish|French|German|Italian|Portuguese|Dutch)|SC [A-Z]{2,8}"
    r"|WC \d[\d,]* words|PD \d{1,2} [A-Z][a-z]+ \d{4}|SN [A-Z][^.!?]{0,60}"
    r"|(?:AN )?Document [A-Z]{4}\d{10,12}[a-z0-9]{5,14})\s*$"
    r"|(?:Place of publication|ISSN|Word count|Publication title|Source type|Document type"
    r"|ProQuest document ID|Document URL|Last updated|Publication date|Country of publication"
    r"|Language of publication|Publication subject|Identifier / keyword|Company / organization"
    r"|Publication year|Document feature)\s*:\s*\S|Subject\s*:\s*[^;]{1,60};"
    r"|(?:Eds|EDS|ADVISORY)\s*:\s*\S|.{0,40}\bembargoed (?:until|for release)\b")
#: A credit that says who reported: "This story was reported by Jo Roe with ...".
STORY_CREDIT = re.compile(r"^\W{0,3}this (?:story|article|report|piece) was (?:reported|written|"
                           r"produced|compiled|edited|updated) by\b"
                           r"|^\W{0,3}(?:from )?staff(?: and (?:wire|news service|agency) )? reports?\W*$",
                           re.I)
#: A list header naming the site or another outlet, with its colon: "Also on
#: HuffPost:", "More from The Hill:". (A weekday or month there is a story's own
#: list: "Also on Monday:".)
OUTLET_HEADER = re.compile(
    r"^\W{0,3}(?:also|more) (?:on|from|at) (?!(?:%s|%s)\b)(?-i:[A-Z][\w.'\u2019&-]*)"
    r"(?: (?-i:[A-Z][\w.'\u2019&-]*)){0,3}\s*:\s*$" % (WEEKDAY, MONTH), re.I)
#: A broadcaster's schedule line: "Catch Hardball weeknights at 7 PM ET on MSNBC",
#: "Watch Fox & Friends weekdays at 6 a.m. ET".
SHOW_TIME = re.compile(
    r"^\W{0,3}(?:watch|catch|tune in|don'?t miss|join us|see|listen)\b[^.!?]{0,60}\b(?:weeknights|weekdays"
    r"|weekends|nightly|every (?:night|morning|weekday|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
    r" (?:at|from) \d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:ET|EST|EDT|PT|PST|CT|MT|local time)?\b",
    re.I)
SHOW_TIME_WORDS = frozenset("watch catch tune don't don\u2019t dont join see listen".split())
#: A podcast promotion: "Check out our podcast on iTunes and Stitcher".
PODCAST_PROMO = re.compile(r"\bpodcast\b[^.!?]{0,80}\b(?:on|in|via|from) (?:itunes|apple podcasts|stitcher|"
                           r"spotify|google podcasts|soundcloud|tunein|iheartradio)\b", re.I)
#: A section label pointing at the site's coverage: "2016 ELECTION: Full Coverage".
COVERAGE_LINK = re.compile(r":\s*(?:full|complete|more|live|latest|special|continuing) coverage\W*$",
                            re.I)
#: A pointer to a web address: "For more information, visit www.acme.com", "Learn more at
#: acme.org", "Source: https://...", "Via Droidlog", "Read the study: Journal of ...".
WEB_POINTER = re.compile(
    r"(?:^\W{0,3}|[.!?]\s+)(?:for more information,? (?:please )?(?:visit|see|go to)|learn more at|find out more at|"
    r"more (?:information|info|details) (?:at|:)|(?:find|get|see|read) more (?:\w+ )?(?:coverage|stories|news)"
    r" (?:at|on)|sources?\s*:)\s*(?:https?://|www\.|[\w-]+\.(?:com|org|"
    r"net|gov|edu|co|io)\b)"
    r"|^\W{0,3}via\s+(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*){0,3}\W*$"
    r"|^\W{0,3}read the (?:full )?(?:study|report|paper|ruling|decision|filing|lawsuit|complaint|"
    r"indictment|transcript|letter|memo|text|statement)\s*(?::\s*(?-i:[A-Z])|here\b|\(pdf\))", re.I)
#: Pieces one of which a web address in :data:`WEB_POINTER` holds (its screen).
WEB_ADDRESS = ("www.", "://", ".com", ".org", ".net", ".gov", ".edu", ".co", ".io")
#: A labelled widget or promotion: "POLL: Should ...?", "Newsletter: The Weekly Dose - Sign up".
WIDGET_LABEL = re.compile(r"^\W{0,3}(?:(?:reader )?(?:poll|quiz|survey)\s*:\s*\S.*\?\W*$|(?:media|press|"
                           r"investor) (?:contacts?|inquiries|enquiries|relations)\s*:|newsletters?"
                           r"\s*[:|\u2014\u2013-]\s*\S[^.]{0,60}\b(?:sign up|subscribe)\b)", re.I)
#: The end mark of a press release or wire copy: "###", "-30-", AP's "-0-".
END_MARK = re.compile(r"^\s*(?:#\s*#\s*#|-\s*30\s*-|-\s*###\s*-|-\s*0\s*-)\s*$")
#: A tweet as an embed leaves it: "... pic.twitter.com/x - Jo Roe (@joroe) July 4, 2019".
TWEET = re.compile(rf"\bpic\.twitter\.com/\w+|\u2014\s*[^()\u2014]{{1,60}}\(@\w{{1,20}}\)\s+{MONTH}\s+"
                    r"\d{1,2},\s+\d{4}\W*$", re.I)
#: A press release's company blurb: "About Acme Mobility: Acme is a ...", "About Acme Corp".
ABOUT_COMPANY = re.compile(r"^\W{0,3}about (?-i:[A-Z])[\w&.'\u2019-]*(?:\s+(?-i:[A-Z&])[\w&.'\u2019-]*)"
                            r"{0,4}\s*(?::\s*(?-i:[A-Z])|$)", re.I)
#: A labelled link: "ESPN+ link: Watch the full replay", "Video link: ...".
LABEL_LINK = re.compile(r"\W{0,3}(?:[\w+&'\u2019-]+ )?(?:[\w+&'\u2019-]+ )?link\s*:\s*\S", re.I)
#: A newsroom role as a label: "Contributor | I write about personal finance".
ROLE_LABEL = re.compile(r"\W{0,3}(?:senior |staff |guest |contributing )?(?:contributor|columnist|"
                         r"staff writer|correspondent|writer|editor|reporter)s?\s*[|\u2022\u00b7]\s*\S",
                         re.I)
#: A pointer to the rest of a story elsewhere: "Read the full story at The Harbor Times."
#: (A capital must follow: "Watch the full interview above" is the story's own video.)
FULL_STORY_AT = re.compile(
    r"^\W{0,3}(?:(?:read|watch|listen to|see) (?:the )?(?:full|complete|whole|entire|rest of (?:the|this)|"
    r"original) (?:story|article|report|interview|piece|post|column|episode|transcript)s?|read the rest) "
    r"(?:at|on|from|via|in) (?:the )?(?:(?-i:[A-Z0-9])|www\.|https?://|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|"
    r"co|io|news|substack)\b)"
    r"|^\W{0,3}full (?:story|article|report|post|text|piece|interview|transcript) (?:here\W*$|(?:at|on"
    r"|from|via) (?:the )?(?-i:[A-Z0-9]))"
    r"|^\W{0,3}(?:see|view|browse|check out) (?:more |all |the )?(?:photos?|images?|pictures?)\b[^.]{0,50}"
    r"\bin (?:the|our) (?:photo )?gallery (?:below|above)\b", re.I)
#: One part of a line of credits only: "Photo illustration by The Ledger", "Photos by Thinkstock".
CREDIT_PART = re.compile(
    r"\W{0,3}(?:photo(?:graph)?s?|images?|pictures?|(?:photo )?illustrations?|graphics?|videos?|"
    r"design|maps?|(?:cover|top|lead|header|main) (?:photo|image|picture))\s+(?:by|courtesy of)\s+(?:the\s+)?"
    r"(?-i:[A-Z0-9@][^\s]*)(?:\s+(?:(?-i:[A-Z0-9@/&][^\s]*)|of|for|and|the|/))*\W*", re.I)
#: One part of a line of production credits only: "Produced by A and B", "Hosted by C".
#: (Reporting and editing credits, "Additional reporting by A.", are the story's own.)
STAFF_CREDIT_PART = re.compile(
    r"\W{0,3}(?:(?:produced|hosted|presented|narrated|engineered|mixed|illustrated|photographed|"
    r"designed|filmed|animated)(?: and (?:produced|hosted|presented|narrated|engineered|mixed))?"
    r"|(?:production|photography|sound design|music|animation))\s+by\s+(?:the\s+)?"
    r"(?-i:[A-Z0-9@][^\s]*)(?:\s+(?:(?-i:[A-Z0-9@/&][^\s]*)|of|for|and|the|/))*\W*", re.I)
#: Words one of which a line of production credits holds (the screen for STAFF_CREDIT_PART).
STAFF_CREDIT_WORDS = frozenset("produced hosted presented narrated engineered mixed illustrated "
                               "photographed designed filmed animated production photography "
                               "design music animation".split())
#: Words one of which a photo-credit line holds (the screen for CREDIT_PART).
CREDIT_WORDS = frozenset("photo photos photograph photographs image images picture pictures "
                          "illustration illustrations graphic graphics video videos design map "
                          "maps".split())
#: An advertising teaser in Title Case: "She Was a Famous Anchor in the '90s. See Her Now."
TEASER = re.compile(r"(?:^|[.!?]\s+)(?:See (?:Her|Him|Them|It|What|Why|How|Where|Who|the Photos|"
                     r"Photos|Pics|the List)|Here(?:'s|\u2019s| Is) (?:Why|What|How|the List)|"
                     r"You Won(?:'t|\u2019t) Believe|Take a Look|Click to See)\b[^.!?]{0,40}"
                     r"[.!?]?\W*$")
#: Consent the page asks for: "By signing up you agree to our Privacy Policy", a
#: cookie banner ("We use cookies to personalise content ...").
CONSENT = re.compile(r"\bby (?:signing up|clicking|subscribing|registering|continuing|"
                      r"submitting)\b.{0,40}\byou (?:agree|accept|consent|confirm|acknowledge)\b"
                      r"|^\W{0,3}(?:we|this (?:site|website|page)) uses? cookies\b", re.I)

#: First words of a call to action ("Get it on Google Play", "Keep reading").
CALL_TO_ACTION = frozenset("""
get keep donate support become subscribe sign join download install follow read watch add
listen click tap find visit discover explore try upgrade unlock share register check
see continue start open translate return manage take
""".split())
CTA_EXTRA = frozenset("now today here".split())
HERE_END = ("here", "here.")
#: Words that make a "Click here ..." line a link to a story rather than a control.
STORY_WORDS = frozenset("read story stories article articles report coverage more news full".split())
#: Imperatives that make a sign-up promotion speak to the reader ("Get ... Sign up free.").
SIGN_UP_VERBS = frozenset("get sign subscribe join register receive".split())
#: What "Click to ..." opens: another page ("Click to read the full lawsuit").
CLICK_TO = frozenset("read see view watch download listen hear enlarge".split())
CONTACT_WORDS = frozenset("reach contact email e-mail follow message about".split())
#: ... of which these, before a word for a page ("Read the full story here"), make a link.
LINK_VERBS = frozenset("read watch listen see click".split())
#: First words of a pointer to the rest of a story (:data:`FULL_STORY_AT`): "Full story at ...".
FULL_STORY_LEADS = LINK_VERBS | {"full"}

#: Strings one of which every match of the regex contains (see lint/literals.py):
#: a line with none of them is spared the regex. Read from the shipped table
#: (lint/data/literal_screens.json), which holds the screens of these patterns.
SCREENED = ("COPYRIGHT", "COMMENT_NOTICE", "COMMENT_POLICY", "PROMO", "CREDIT", "APPEAL",
            "SYNDICATION", "CONSENT",
            "HOUSE_NOTE", "PROMPT")
COPYRIGHT_LITERALS = shipped_literals(COPYRIGHT.pattern)
COMMENT_NOTICE_LITERALS = shipped_literals(COMMENT_NOTICE.pattern)
COMMENT_POLICY_LITERALS = shipped_literals(COMMENT_POLICY.pattern)
PROMO_LITERALS = shipped_literals(PROMO.pattern)
CREDIT_LITERALS = shipped_literals(CREDIT.pattern)
APPEAL_LITERALS = shipped_literals(APPEAL.pattern)
SYNDICATION_LITERALS = shipped_literals(SYNDICATION.pattern)
CONSENT_LITERALS = shipped_literals(CONSENT.pattern)
#: (by hand: every alternative of RIGHTS holds one of these)
RIGHTS_LITERALS = ("not be", "written", "prohibited", "forbidden", "not permitted", "respective",
                    "no part of this", "registered trademark", "provided by", "supplied by",
                    "powered by", "delayed")
