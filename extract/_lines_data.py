"""Word lists for the line readers (timestamps, bylines, captions): data only, no logic.

Patterns in ``timestamps``, ``bylines`` and ``captions`` are built from these lists with ``regex``
named lists (``\\L<name>``), which escape the items and try the longest first. Keep the zone
alternation and ``FIXED_ZONES``/``NAMED_ZONES`` in sync: every zone token a pattern accepts must
resolve here (or be listed in ``AMBIGUOUS_ZONES``).
"""

from __future__ import annotations

# --- dates -----------------------------------------------------------------------------------

#: Month spellings (lower case) → month number. Abbreviations take an optional full stop in the
#: patterns (``Dec.``, ``Sept.``).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: Weekday spellings (lower case), full and abbreviated.
WEEKDAYS: tuple[str, ...] = tuple(
    """
    monday mon tuesday tues tue wednesday wed thursday thurs thur thu friday fri saturday sat
    sunday sun
    """.split()
)

#: Words before a stamp that say what it stamps (``Updated 5 June 2025, 04:20 BST``).
STAMP_LABELS: tuple[str, ...] = (
    "Last updated",
    "First published on",
    "First published",
    "Published on",
    "Published",
    "Updated on",
    "Updated",
    "Posted on",
    "Posted",
    "Last modified",
    "Modified",
)

#: Number words a relative stamp may use (``nine hours ago``, ``an hour ago``).
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
}  # fmt: skip

#: Relative units (lower case) → (seconds, months) per unit; month-based units use calendar
#: arithmetic, so ``eight months ago`` lands on the same day of the month.
RELATIVE_UNITS: dict[str, tuple[int, int]] = {
    "s": (1, 0), "sec": (1, 0), "secs": (1, 0), "second": (1, 0), "seconds": (1, 0),
    "m": (60, 0), "min": (60, 0), "mins": (60, 0), "minute": (60, 0), "minutes": (60, 0),
    "h": (3600, 0), "hr": (3600, 0), "hrs": (3600, 0), "hour": (3600, 0), "hours": (3600, 0),
    "d": (86400, 0), "day": (86400, 0), "days": (86400, 0),
    "w": (604800, 0), "wk": (604800, 0), "wks": (604800, 0), "week": (604800, 0),
    "weeks": (604800, 0),
    "mo": (0, 1), "mos": (0, 1), "month": (0, 1), "months": (0, 1),
    "y": (0, 12), "yr": (0, 12), "yrs": (0, 12), "year": (0, 12), "years": (0, 12),
    "decade": (0, 120), "decades": (0, 120),
}  # fmt: skip

# --- zones (entries-and-bylines.md §8) -------------------------------------------------------

#: Abbreviations and spelled zones with one fixed offset, in minutes east of UTC.
FIXED_ZONES: dict[str, int] = {
    "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "Greenwich Mean Time": 0, "Coordinated Universal Time": 0,
    "BST": 60, "British Summer Time": 60,
    "WET": 0, "WEST": 60,
    "CET": 60, "CEST": 120, "Central European Time": 60, "Central European Summer Time": 120,
    "EET": 120, "EEST": 180, "Eastern European Time": 120, "Eastern European Summer Time": 180,
    "MSK": 180, "Moscow time": 180,
    "EST": -300, "EDT": -240, "Eastern Standard Time": -300, "Eastern Daylight Time": -240,
    "CST": -360, "CDT": -300, "Central Standard Time": -360, "Central Daylight Time": -300,
    "MST": -420, "MDT": -360, "Mountain Standard Time": -420, "Mountain Daylight Time": -360,
    "PST": -480, "PDT": -420, "Pacific Standard Time": -480, "Pacific Daylight Time": -420,
    "AKST": -540, "AKDT": -480, "HST": -600,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480,
    "AEST": 600, "AEDT": 660, "ACST": 570, "ACDT": 630, "NZST": 720, "NZDT": 780,
    "SAST": 120, "WAT": 60, "EAT": 180, "PKT": 300,
}  # fmt: skip

#: Tokens whose offset depends on the date (daylight saving): resolved with ``dateutil.tz.gettz``.
NAMED_ZONES: dict[str, str] = {
    "ET": "America/New_York", "Eastern Time": "America/New_York", "Eastern": "America/New_York",
    "CT": "America/Chicago", "Central Time": "America/Chicago",
    "MT": "America/Denver", "Mountain Time": "America/Denver",
    "PT": "America/Los_Angeles", "Pacific Time": "America/Los_Angeles",
    "UK": "Europe/London", "UK time": "Europe/London", "London time": "Europe/London",
    "Paris time": "Europe/Paris", "Brussels time": "Europe/Brussels",
    "Berlin time": "Europe/Berlin", "Kyiv time": "Europe/Kyiv", "Kiev time": "Europe/Kyiv",
    "Jerusalem time": "Asia/Jerusalem", "Israel time": "Asia/Jerusalem",
    "Washington time": "America/New_York", "New York time": "America/New_York",
    "Sydney time": "Australia/Sydney", "Hong Kong time": "Asia/Hong_Kong",
    "Beijing time": "Asia/Shanghai", "Tokyo time": "Asia/Tokyo", "Delhi time": "Asia/Kolkata",
}  # fmt: skip

#: Tokens that name more than one zone: never guessed (``IST`` is India, Ireland or Israel).
AMBIGUOUS_ZONES: frozenset[str] = frozenset({"IST", "local", "local time"})

#: Every zone token a stamp may carry, for the ``\L<zones>`` list in the stamp patterns.
ZONE_TOKENS: tuple[str, ...] = (
    *FIXED_ZONES,
    *(k for k in NAMED_ZONES if not k.endswith(" time") and k != "Eastern"),
    "IST",
)

# --- bylines ---------------------------------------------------------------------------------

#: Byline prefixes; each must be followed by white space (or ``:``) and a capital.
BYLINE_PREFIXES: tuple[str, ...] = (
    "Live reporting from",
    "Live reporting by",
    "Live updates from",
    "Live updates by",
    "Reporting by",
    "Reported by",
    "Written by",
    "Words by",
    "Edited by",
    "Compiled by",
    "Posted by",
    "By",
    "BY",
    "by",
    "From",
)

#: Role heads: a role is up to three modifiers plus one of these (``Europe correspondent``).
ROLE_HEADS: tuple[str, ...] = (
    "correspondent", "editor", "reporter", "writer", "producer", "columnist", "chief",
    "analyst", "presenter", "contributor", "journalist", "commentator", "critic", "blogger",
    "photographer", "reporters", "correspondents", "editors", "writers", "staff writer",
    "bureau chief", "news editor", "host", "anchor",
)  # fmt: skip

#: Words that may modify a role head in a glued or unseparated byline
#: (``David CornockParliamentary correspondent``, ``Libby Brooks Scotland correspondent``).
ROLE_MODIFIERS: frozenset[str] = frozenset(
    """
    chief senior deputy associate assistant executive managing contributing special staff live
    political parliamentary diplomatic security defence defense foreign home international global
    world business economics economy financial finance technology tech science health education
    environment climate legal courts crime transport media culture arts sports sport royal
    religious affairs investigations investigative data digital breaking news political north south
    east west middle central europe european america american us uk africa asia middle-east
    scotland wales ireland england london washington moscow brussels beijing china russia ukraine
    correspondent editor reporter
    """.split()
)

#: News organisations and agencies: never persons. Longest first is handled by ``\L<orgs>``.
ORGANISATIONS: tuple[str, ...] = (
    "Reuters", "Associated Press", "The Associated Press", "AP", "AFP", "Agence France-Presse",
    "Agence France Presse", "PA", "PA Media", "Press Association", "PA Wire", "EPA", "EPA-EFE",
    "Getty", "Getty Images", "Bloomberg", "Bloomberg News", "Xinhua", "Anadolu",
    "Anadolu Agency", "Dow Jones", "UPI", "United Press International", "Kyodo", "Yonhap",
    "Tass", "TASS", "Interfax", "Ukrinform", "DPA", "dpa", "ANSA", "EFE", "Canadian Press",
    "The Canadian Press", "AAP", "Australian Associated Press",
    "CNN", "CNN Wire", "BBC", "BBC News", "BBC News Magazine", "BBC Sport", "Sky News", "ITV News",
    "Channel 4 News", "NBC News", "ABC News", "CBS News", "Fox News", "NPR", "Al Jazeera",
    "France 24", "Euronews", "Deutsche Welle", "DW", "RFE/RL", "Radio Free Europe",
    "The Guardian", "Guardian", "The Observer", "The Independent", "Independent", "The Times",
    "The Sunday Times", "The Telegraph", "Telegraph", "Financial Times", "The Economist",
    "Daily Mail", "Mail Online", "MailOnline", "The Sun", "Daily Mirror", "Mirror", "Evening Standard",
    "i news", "inews", "The New York Times", "New York Times", "The Washington Post",
    "Washington Post", "The Wall Street Journal", "Wall Street Journal", "USA Today",
    "Los Angeles Times", "Politico", "Axios", "The Hill", "Middle East Eye",
    "The Kyiv Independent", "Kyiv Independent", "The Moscow Times", "Haaretz", "The Times of Israel",
)  # fmt: skip

#: Words after an organisation that keep the line an organisation byline (``CNN staff``,
#: ``Guardian staff and agencies``).
STAFF_WORDS: tuple[str, ...] = (
    "staff and agencies",
    "staff and wires",
    "staff reporters",
    "staff reporter",
    "staff writers",
    "staff writer",
    "and agencies",
    "with agencies",
    "wire services",
    "newsroom",
    "reporters",
    "staff",
)

#: Lower-case name particles allowed between capitalised name tokens.
NAME_PARTICLES: frozenset[str] = frozenset(
    "de del della der den di da das dos du van von al el bin bint ibn la le ter ten st y".split()
)

#: Suffixes that stay attached to a name (``Martin Luther King Jr.``).
NAME_SUFFIXES: frozenset[str] = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})

#: Capitalised words that are never part of a person's name in a byline: chrome, time words,
#: headline words and function words (``Email The Author``, ``Hours Ago Devin Coldewey``).
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    the a an and or of in on at to for with from by as is are was were be been has have had will
    would can could should may might must not no yes it its this that these those he she they we
    you i my our your his her their who what when where why how all any some more most new news
    live latest breaking update updates updated key points point summary pinned posted post posts
    share copy link view email author authors contact follow subscribe sign read watch listen
    video photo photos image images picture gallery advertisement sponsored opinion analysis
    comment comments home menu search today yesterday tomorrow now ago hours hour minutes minute
    seconds days day weeks week months month years year am pm gmt bst utc edt est cet
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    says said say tells told warns warned calls called visit visits urges urged plans killed
    dies died attack attacks war peace talks deal president minister prime government police
    army court state states city country world election party leader leaders officials
    ukraine russia israel gaza china america britain europe
    staff agencies correspondent editor reporter writer
    mr mrs ms dr sir lord lady dame
    """.split()
)

# --- captions (§6) ---------------------------------------------------------------------------

#: Labels that open a caption or credit (``Photograph: X/Reuters``, ``Pic: AP``).
CAPTION_LABELS: tuple[str, ...] = (
    "Photograph",
    "Photographs",
    "Photo",
    "Photos",
    "Pic",
    "Picture",
    "Pictures",
    "Image",
    "Images",
    "Illustration",
    "Credit",
    "Source",
    "Image source",
    "Photo credit",
)

#: Photo agencies and credit words that make a trailing parenthesis a credit.
PHOTO_AGENCIES: tuple[str, ...] = (
    "AFP", "Getty", "Getty Images", "Reuters", "REUTERS", "AP", "AP Photo", "Associated Press",
    "ASSOCIATED PRESS", "PA", "PA Wire", "PA Media", "PA Images", "EPA", "EPA-EFE", "Alamy",
    "Shutterstock", "Rex", "Rex Features", "Bloomberg", "Anadolu", "Anadolu Agency", "Xinhua",
    "SOPA Images", "LightRocket", "NurPhoto", "Sipa", "Sipa USA", "Zuma", "ZUMA Press",
    "Agence France-Presse", "The New York Times", "Washington Post", "Handout", "handout",
    "Pool", "POOL", "File", "Supplied", "Courtesy", "TASS", "Sputnik", "Kremlin", "via Reuters",
    "AFP via Getty Images", "Getty Images for", "Photo by", "Photo:", "Photograph:", "Image:",
)  # fmt: skip

#: Agency names written before a slash in a credit tail (``REUTERS/Mohammed Salem``).
SLASH_AGENCIES: tuple[str, ...] = (
    "REUTERS", "Reuters", "AFP", "EPA", "EPA-EFE", "AP", "AP Photo", "ASSOCIATED PRESS",
    "Getty Images", "Getty", "PA", "Xinhua", "Anadolu", "Bloomberg", "ANADOLU AGENCY",
)  # fmt: skip
