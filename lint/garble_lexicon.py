"""Closed word classes used by the garble detectors.

English function words form small, closed classes whose neighbours are tightly
constrained: an article is never followed by an auxiliary ("the has"), a
preposition is not followed by "of" ("from of"), a sentence never ends on an
article ("... and the."). Spinners and careless extraction break exactly these
constraints, and listing the classes by hand is cheaper and more predictable
than a statistical model. Every list here is general English, not tuned to any
article.
"""

from __future__ import annotations

ARTICLES = frozenset({"the", "a", "an"})

#: Finite auxiliaries and their negations: never the head of a noun phrase,
#: so never right after an article. ("will", "can", "may", "might", "must" are
#: left out: they are nouns too.)
FINITE_AUX = frozenset("""
is are was were has have had does did am isn't aren't wasn't weren't hasn't haven't
hadn't doesn't didn't don't won't wouldn't can't couldn't shouldn't mustn't would should
could
""".split())

#: Verb forms that are never nouns or adjectives in running text.
VERB_ONLY = frozenset("""
goes says seems seemed became becomes began begins told tells gave gives took came
comes went knew wants wanted
""".split())

#: Prepositions that are never nouns or adjectives ("the in" is impossible;
#: "the past", "the like", "the inside" are fine, so those are absent).
PURE_PREPOSITIONS = frozenset("""
in at for by among between during against without within toward towards across
upon despite via amid amongst throughout
""".split())

#: Words an article cannot directly precede (besides the sets above).
NOT_AFTER_ARTICLE = frozenset("""
the a an also of to and or nor than he she they we him them his their its our my your
whose whom which who if because although though unless whether into onto from with
that been
""".split()) | FINITE_AUX | VERB_ONLY | PURE_PREPOSITIONS

#: Modals come before "be" ("will be") and "has"/"have"/"had" before "been";
#: in the other order ("be will", "been has") the two words were swapped.
#: ("been is" is not: "what it could have been is ...").
MODALS = frozenset("will would can could should must may might shall".split())

#: Closed-class words that never take a clitic "'s" ("this's", "which's",
#: "them's"): the "'s" belongs to a word that was moved or dropped.
NO_CLITIC = frozenset("""
this these those which whose his him them its our their your whom
""".split())

#: Subject pronouns: after one of these an article or "to" means a word is missing,
#: unless an auxiliary before the pronoun makes it a question ("is she a ...").
SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})
AUX_BEFORE_SUBJECT = frozenset("""
is are was were am do does did has have had will would can could should shall may might
must isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't won't
wouldn't can't couldn't shouldn't than as whom
""".split())

#: Adjectives that only stand before their noun ("the former president"), so never
#: straight before an article or possessive ("bring former the president's party").
ATTRIBUTIVE_ONLY = frozenset("""
former fellow erstwhile onetime longtime so-called would-be
""".split())
DETERMINERS_AFTER_NOTHING = frozenset({"the", "a", "an", "his", "her", "their"})

#: Prepositions that cannot be followed directly by "of".
NOT_BEFORE_OF = frozenset("""
the a an from in to at with by for on into onto upon about of over under through
""".split())

#: Words that cannot end a sentence ("... wind and sun and." / "... per.").
NO_SENTENCE_END = frozenset("""
the a an and or nor per than whose its your our their my
""".split())

#: Lower-case forms that are country abbreviations whatever the context.
ALWAYS_COUNTRY = frozenset({"uk", "usa"})

#: Nouns and adjectives that follow a country used as a modifier ("US troops").
#: After the pronoun "us" they are almost impossible ("told us officials" is the
#: rare exception, handled through VERBS_BEFORE_US).
COUNTRY_MODIFIED = frozenset("""
government governments official officials troops forces force military army navy
soldiers marines senate senator senators congress congressman congresswoman
representative representatives house history policy policies economy economic
president presidency presidential election elections embassy ambassador ambassadors
citizen citizens citizenship dollar dollars court courts department administration
intelligence authorities authority agency agencies companies company firms firm
market markets stocks treasury attorney attorneys officer officers allies ally
diplomat diplomats diplomatic border borders territory territories law laws
lawmakers politics political politicians leaders leader interests interest
sanctions trade airstrikes strikes bases base command commander commanders
district judicial judge judges supreme federal state constitution capitol
secretary envoy negotiators sources media public population census visa visas
banks bank regulators mission missions consulate navy's army's intervention
""".split())

#: Verbs after which "us" may be an indirect object before a noun phrase
#: ("they gave us directions", "he told us officials were ...").
VERBS_BEFORE_US = frozenset("""
told tell tells telling gave give gives giving show showed shows showing sent send
sends offer offered offers bring brought brings owe owes owed teach taught teaches
get got gets let lets make made makes call called calls
""".split())

#: Words whose doubling is correct English ("had had", "that that", "her her").
LEGIT_DOUBLES = frozenset("""
had that her you no so very really many much bye ha go yeah yes oh well
now far more long blah tut tsk knock chop boo dum la na pom tom
""".split())

#: Capitalised function words that open sentences but are never part of a
#: name: "lowercase Word When she ..." mid-sentence means a sentence was cut
#: and run into the next. "The" and "A" are absent (titles: "told The Times").
OPENERS = frozenset("""
He She They We It When While If But Instead However Last Meanwhile Although
Because Still Yet After Before Since Then There This That These Those Uh Um
Asked Earlier Later For
""".split())

#: More closed-class words (conjunctions, prepositions, quantifiers,
#: question words, possessives) that open sentences: capitalised mid-sentence
#: after a lower-case word and before another, they start a new sentence too.
#: ("I", "No", "Her", "Who" are left out: numerals, votes, titles, a band.)
OPENERS_CLOSED = OPENERS | frozenset("""
And Or Nor So Now Here Where What Why How Which In On At Of To From With By As
Despite During Among Without Within Through Until Unless Whether Once Though Even
The Its His Their Our My Some Many Most Few Several Both Each Every Any Only Also Just
Not Such Did Does Do Is Was Are Were Has Have Had Would Could Should Can Will
""".split()) - {"Will", "Can"}

#: Abbreviated titles before a name (with or without the full stop), and titles
#: spelled out: "Mr. Rubio", "Sen. Ted Cruz", "Chief Williams".
HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Sgt", "Capt", "Col",
              "Prof", "Rev")
WORD_TITLES = ("Chief", "Judge", "Coach", "Detective", "Officer")
#: A regex piece: an abbreviated title with its full stop ("Mr.", "Sen.").
HONORIFIC_ABBREV = "(?:" + "|".join(HONORIFICS) + r")\."

#: Days and months, capitalised: times, never names or parts of a repeated name.
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
CALENDAR = WEEKDAYS | frozenset("""
January February March April May June July August September October November December
""".split())

#: Plural nouns for groups of people that open news sentences ("Officials said",
#: "Residents were told"); no name is spelled like one, so one capitalised
#: after a lower-case word and before another starts a new sentence too.
ROLE_NOUNS = frozenset("""
Officials Police People Experts Students Residents Authorities Critics Analysts Investigators
Officers Administrators Commissioners Doctors Scientists Researchers Voters Teachers Parents
Workers Organisers Organizers Lawmakers Protesters Witnesses Firefighters Prosecutors
Supporters Opponents Visitors Passengers Councillors Engineers Economists Farmers Locals
Shoppers Employees Troops Soldiers Rescuers Survivors Relatives Neighbours Neighbors Patients
Nurses Jurors Diplomats Activists Campaigners Executives Investors Advocates Regulators
Lawyers Attorneys Legislators Consumers Customers Drivers Tenants Landlords Retailers Donors
Negotiators Hackers Migrants Refugees Immigrants Veterans
""".split())
#: Plural nouns that open economic news sentences ("Prices rose", "Exports
#: fell"): capitalised mid-sentence before a lower-case word they start one.
MARKET_NOUNS = frozenset(
    "Prices Exports Imports Sales Shares Stocks Profits Revenues Wages Yields".split())

#: Sentence adverbs that open a sentence followed by a comma ("Indeed, ...");
#: the subject comes next, so a finite verb there means it was deleted.
SENTENCE_ADVERBS = frozenset("""
Indeed Soon Later Still Then Now Recently Instead However Meanwhile Also Eventually
Finally Initially Ultimately Previously Yesterday Today Earlier Afterward Afterwards
Moreover Nevertheless Nonetheless Thus Therefore Ironically Notably Similarly Likewise
Separately Specifically Originally Already Currently Historically Traditionally Once
Overall Unfortunately Fortunately Surprisingly Clearly Obviously Apparently
""".split())

#: Words after which a capitalised word begins a name or title ("the Senate",
#: "his Excellency", "Department of State"), not a new sentence.
BEFORE_NAMES = frozenset("""
the a an this that these those his her their its our my your whose of
""".split())

#: Speech verbs: a quotation joined to the next by a name and no verb is cut.
SPEECH_VERBS = frozenset("""
said says say told tells asked asks added adds wrote writes explained explains
continued continues noted notes replied replies insisted insists argued argues
recalled recalls declared declares stated states tweeted tweets according
warned warns joked jokes quipped quips acknowledged acknowledges conceded concedes
""".split())

#: Lower-case particles of names ("de Blasio", "van Dyke", "al-Hakim").
NAME_PARTICLES = frozenset("""
de da del della di du dos das van von der den la le bin ben al el ibn
""".split())
#: Lower-case words that may open a sentence ("iPhone", "eBay", particles of names).
LOWER_OPENERS = NAME_PARTICLES | frozenset("e ex www".split())

#: Words that open a sentence of transcribed speech in lower case without any
#: word having been lost ("Let's go back. what was she doing?").
SPOKEN_OPENERS = frozenset("""
what who why how where when which well yes no oh ok okay so yeah um uh wow hey please
thanks and but or
""".split())
