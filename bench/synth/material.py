"""Hand-written inserted material for the proxy held-out benchmark.

Everything here was written for this project in the styles of sites that do
NOT appear in the development set (British, Australian, Indian, tech, sports
and local-news sites). None of it is copied from the benchmark. Keys of
``FURNITURE`` mirror the dev boilerplate subtypes so the scorer's
``--by-subtype`` table lines up with the dev table.

Placeholders: ``{name}`` a made-up reporter, ``{day}`` a weekday, ``{date}``
a date, ``{time}`` a clock time, ``{handle}`` a social handle, ``{year}``.
"""

from __future__ import annotations

FURNITURE: dict[str, list[str]] = {
    "byline_meta": [
        "By {name}, Political Correspondent",
        "By {name} and {name2}",
        "{name}, Chief Reporter",
        "Words: {name} | Pictures: {name2}",
        "{name} is our Westminster editor",
        "Reporting by {name}; Editing by {name2}",
        "{name} | Senior Technology Writer",
        "Written by {name} for The Courier Weekly",
        "Topics: Politics | Elections | World",
        "Tags: budget, parliament, treasury",
        "Filed under: Cricket, Sport, Top Stories",
        "Last modified on {day} {date} {time} GMT",
        "First published on {day} {date} {time} AEDT",
        "Updated: {date}, {time} IST",
        "Reading time: 4 min",
        "{name} reports from Mumbai",
        "Additional reporting by {name}",
    ],
    "dateline": [
        "Published {time} {day}, {date}",
        "{day} {date} | {time} BST",
        "Posted on {date} at {time}",
        "{date} - updated {time}",
        "Last updated at {time} on {date}",
        "Published: {time}, {date} | Updated: {time2}, {date}",
    ],
    "copyright": [
        "© {year} Example Media Group Ltd",
        "Copyright {year} Harbourside Newspapers Pty Ltd. All rights reserved.",
        "© Crown copyright {year}",
        "All content © {year} The Daily Lantern unless otherwise stated",
        "Image copyright Getty Images",
        "Image caption The minister arrived shortly after nine",
        "Photo: Reuters",
        "Photograph: Alamy Stock Photo",
        "Picture: AAP Image/Mick Tsikas",
        "Credit: PTI",
        "(Photo by {name}/AFP via Getty Images)",
        "This material may not be published, broadcast, rewritten or redistributed.",
    ],
    "generic": [
        "Sign up to our daily newsletter",
        "Subscribe for unlimited access",
        "Skip to navigation",
        "Skip to main content",
        "Share on Facebook Share on Twitter Share via Email",
        "Share this article",
        "Follow @{handle} on Twitter",
        "Follow us on Instagram and YouTube",
        "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
        "Accept all cookies",
        "Enable JavaScript to view this content",
        "Download our app for breaking news alerts",
        "Get the latest headlines delivered to your inbox",
        "Support independent journalism - become a member today",
        "You have reached your limit of free articles this month",
        "Print this page",
        "Click here to enlarge",
        "Watch: the moment the ferry docked",
        "Scroll down for video",
        "Listen to this article",
        "Loading...",
    ],
    "comments": [
        "Our comments policy",
        "Comments are closed on this article",
        "Have your say in the comments below",
        "Join the conversation",
        "{handle} wrote at {time}: absolute rubbish, as usual",
        "Reply | Recommend (12) | Report abuse",
        "Show 48 comments",
        "Comments (27)",
        "Sort by: Newest | Oldest | Most liked",
        "Log in or register to post comments",
    ],
    "read_more": [
        "Read more: Council approves new bus lanes after heated meeting",
        "See also: Why your energy bill is going up again this winter",
        "MORE: Five things we learned from the derby",
        "Related: The quiet fight over the town's last library",
        "Also read | Monsoon arrives early in Kerala, says weather office",
        "Don't miss: The best budget phones of the year, tested",
        "READ NEXT: Ministers split over airport expansion",
        "Recommended: How a village school beat the odds",
    ],
    "related": [
        "Most Read",
        "Most Viewed",
        "Trending Now",
        "More from this section",
        "You may also like",
        "More on this story",
        "Around the web",
        "Sponsored content",
        "Top Stories",
        "In other news",
    ],
    "nav": [
        "Home | News | Sport | Business | Opinion | Lifestyle",
        "News > UK > Politics",
        "Home / India / Maharashtra",
        "Sport | Football | Premier League",
        "Previous article Next article",
        "Back to top",
        "More stories",
    ],
}

# Lists of short "related story" headlines, inserted as consecutive lines
# (subtype "related" in dev: lines that look like headlines of other stories).
RELATED_HEADLINES: list[str] = [
    "Flood warnings issued for three northern rivers",
    "Teenager rescued after night trapped on cliff ledge",
    "Rail fares to rise by four per cent in January",
    "Star striker signs new five-year contract",
    "Chipmaker shares slide after profit warning",
    "Heatwave set to break records across the south",
    "Pensioner's garden wins county flower prize",
    "Tech giant fined over data breach",
    "Local bakery celebrates 100 years on the high street",
    "Opposition leader calls for snap inquiry",
    "New smartphone review: bigger battery, same old design",
    "Bushfire crews battle blaze near state border",
    "Test squad named for winter tour",
    "Hospital waiting lists reach new high",
    "Why the housing market is cooling, explained",
    "Five-star hotel plan rejected by planners",
]

REPORTERS: list[str] = [
    "Harriet Ashdown", "Rohan Mehta", "Siobhan Kelly", "Tom Whitlock", "Priya Raman",
    "Callum Fraser", "Aisha Okafor", "Liam Brennan", "Meera Pillai", "Jack Thornton",
]
HANDLES: list[str] = ["dailylantern", "harbournews", "techpulse_uk", "citydesk", "kerala_times_live"]
DAYS: list[str] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DATES: list[str] = ["3 Mar 2020", "14 Nov 2019", "27 Jun 2018", "9 Feb 2021", "30 Sep 2017"]
TIMES: list[str] = ["10.14", "07.52", "18.30", "22.05", "13.41"]

# Short paragraphs on unrelated subjects (sport, weather, markets, local news),
# for the offtopic "news_paragraph" subtype.
OFFTOPIC_PARAGRAPHS: list[str] = [
    "The visitors doubled their lead five minutes after the break when the winger cut inside and curled a shot beyond the goalkeeper's outstretched hand.",
    "Showers will spread from the west through the afternoon, turning heavy at times over high ground, with highs of 14C and a fresh southwesterly breeze.",
    "The benchmark index closed 0.8 per cent higher, led by mining stocks, while the dollar slipped against the yen after weaker factory data.",
    "Needing 212 to win, the hosts collapsed to 98 for six before a stubborn partnership between the wicketkeeper and the No 8 dragged them back into the contest.",
    "Gold prices edged up to their highest level in three weeks as investors sought safety ahead of the central bank's rate decision on Thursday.",
    "Residents of Mill Lane have been told to expect road closures for up to six weeks while the water board replaces a section of Victorian pipe.",
    "Frost is likely in sheltered rural spots overnight, with temperatures falling to minus two before a bright but chilly start tomorrow.",
    "The new handset ships with a 6.1-inch screen, a faster processor and a camera the company says performs far better in low light.",
    "She finished the marathon in two hours 21 minutes, shaving almost a minute off her personal best despite a stiff headwind over the final ten kilometres.",
    "Crude oil futures fell for a third straight session after inventories rose more than analysts had expected.",
    "The annual village fete returns on Saturday with a dog show, a tug-of-war and the traditional cake competition judged by the parish council chair.",
    "The second-seeded pair saved three match points before taking the tie-break 9-7 to reach their first grand slam semi-final.",
    "Pollen counts are expected to be very high across the region this weekend, and hay fever sufferers are advised to keep windows closed.",
    "The start-up raised $40 million in its latest funding round, valuing the company at roughly half a billion dollars.",
    "The home side's coach said the injury to his captain was not as bad as first feared and that he could return within a fortnight.",
]

# Tails appended to a repeated headline (duplicate "headline_suffix").
HEADLINE_TAILS: list[str] = ["Posted", "Video", "Photos", "Gallery", "Watch", "Updated", "- Live"]
# Ellipsis marks ending a teaser excerpt (duplicate "teaser").
TEASER_ENDS: list[str] = ["…", "...", " [...]", " (more)", " Continue reading"]
