"""Word lists for ``extract.numbers`` (data only: no logic, no regexes).

Keep lower-case; the extractor compares case-folded text. Lists that feed a regex alternation are
ordered longest first by the extractor, so their order here is free.
"""

from __future__ import annotations

#: Cardinal words below a hundred and their values.
UNITS: dict[str, int] = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Multipliers written as words; ``hundred`` multiplies within a group, the rest close a group.
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "quadrillion": 10**15, "quintillion": 10**18,
    "sextillion": 10**21, "lakh": 100_000, "crore": 10_000_000,
}  # fmt: skip
#: Indian English pluralises the scale after digits (``5 lakhs``); bare, they are vague amounts.
PLURAL_SCALES: dict[str, int] = {"lakhs": 100_000, "crores": 10_000_000}
#: Exact count words: ``a dozen`` is 12, ``a score`` 20.
COUNT_NOUNS: dict[str, int] = {"dozen": 12, "score": 20}

#: Ordinal words and their rank.
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1_000, "millionth": 1_000_000, "billionth": 1_000_000_000,
}  # fmt: skip

#: Denominators of word fractions (``two-thirds``, ``a quarter``); plural forms too.
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
}  # fmt: skip
#: Unicode vulgar fractions.
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}  # fmt: skip

#: Vague plural amounts (value null): the word, and the noun that makes ``tens of thousands``.
VAGUE_WORDS: tuple[str, ...] = (
    "dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions", "tens",
    "lakhs", "crores",
)  # fmt: skip

#: Short scales glued to or after digits (``£30m``, ``2.3bn``, ``10k``), values.
SHORT_SCALES: dict[str, int] = {
    "k": 1_000, "K": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "MM": 1_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "B": 1_000_000_000, "tn": 10**12, "trn": 10**12,
    "tr": 10**12,
}  # fmt: skip

#: Currency signs and codes written before the amount → ISO 4217 (the regex tries longest first).
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "A$": "AUD", "AU$": "AUD", "AUD": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "HK$": "HKD", "HKD": "HKD", "NZ$": "NZD",
    "NZD": "NZD", "S$": "SGD", "SGD": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "GBP": "GBP",
    "€": "EUR", "EUR": "EUR", "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "₹": "INR", "Rs": "INR", "Rs.": "INR", "INR": "INR", "₴": "UAH", "UAH": "UAH",
    "₽": "RUB", "RUB": "RUB", "CHF": "CHF", "Fr.": "CHF", "₩": "KRW", "KRW": "KRW",
    "₦": "NGN", "NGN": "NGN", "R": "ZAR", "ZAR": "ZAR", "kr": "SEK", "SEK": "SEK",
    "NOK": "NOK", "DKK": "DKK", "₺": "TRY", "TRY": "TRY", "₪": "ILS", "ILS": "ILS",
    "MXN": "MXN", "PLN": "PLN", "zł": "PLN",
}  # fmt: skip
#: Currency names written after the amount → ISO 4217, with the factor for minor units.
CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    "dollars": ("USD", 1), "dollar": ("USD", 1), "us dollars": ("USD", 1), "cents": ("USD", 0.01),
    "cent": ("USD", 0.01), "pounds": ("GBP", 1), "pound": ("GBP", 1),
    "pounds sterling": ("GBP", 1), "sterling": ("GBP", 1), "pence": ("GBP", 0.01),
    "p": ("GBP", 0.01), "euros": ("EUR", 1), "euro": ("EUR", 1), "yen": ("JPY", 1),
    "yuan": ("CNY", 1), "renminbi": ("CNY", 1), "rupees": ("INR", 1), "rupee": ("INR", 1),
    "hryvnias": ("UAH", 1), "hryvnia": ("UAH", 1), "hryvnas": ("UAH", 1),
    "roubles": ("RUB", 1), "rubles": ("RUB", 1), "rouble": ("RUB", 1), "ruble": ("RUB", 1),
    "francs": ("CHF", 1), "swiss francs": ("CHF", 1), "won": ("KRW", 1), "naira": ("NGN", 1),
    "rand": ("ZAR", 1), "shekels": ("ILS", 1), "lira": ("TRY", 1), "pesos": ("MXN", 1),
    "usd": ("USD", 1), "gbp": ("GBP", 1), "eur": ("EUR", 1),
    # Nordic and central European crowns: ``kronor``/``krona`` are Swedish, ``kroner``/``krone``
    # Norwegian unless the country is named (Danish); plain ``crowns`` is left out (``three
    # crowns`` is often regalia or dentistry), the named ones are money.
    "kronor": ("SEK", 1), "krona": ("SEK", 1), "swedish kronor": ("SEK", 1),
    "swedish crowns": ("SEK", 1), "kroner": ("NOK", 1), "krone": ("NOK", 1),
    "norwegian kroner": ("NOK", 1), "norwegian crowns": ("NOK", 1), "danish kroner": ("DKK", 1),
    "danish crowns": ("DKK", 1), "czech crowns": ("CZK", 1), "koruna": ("CZK", 1),
    "icelandic kronur": ("ISK", 1), "kronur": ("ISK", 1),
    # Dollars and pounds named by their country.
    "canadian dollars": ("CAD", 1), "australian dollars": ("AUD", 1),
    "new zealand dollars": ("NZD", 1), "hong kong dollars": ("HKD", 1),
    "singapore dollars": ("SGD", 1), "taiwan dollars": ("TWD", 1), "u.s. dollars": ("USD", 1),
    "egyptian pounds": ("EGP", 1),
    # Other currencies named in plain words (plurals as the wires write them).
    "reais": ("BRL", 1), "dirhams": ("AED", 1), "dirham": ("AED", 1), "riyals": ("SAR", 1),
    "rials": ("IRR", 1), "ringgit": ("MYR", 1), "baht": ("THB", 1), "rupiah": ("IDR", 1),
    "zlotys": ("PLN", 1), "zloty": ("PLN", 1), "forints": ("HUF", 1), "forint": ("HUF", 1),
    "shillings": ("KES", 1), "cedis": ("GHS", 1), "taka": ("BDT", 1), "dinars": ("DZD", 1),
    "leu": ("RON", 1), "lei": ("RON", 1), "tenge": ("KZT", 1),
    "yuan renminbi": ("CNY", 1), "indian rupees": ("INR", 1), "pakistani rupees": ("PKR", 1),
    "sri lankan rupees": ("LKR", 1), "philippine pesos": ("PHP", 1),
    "mexican pesos": ("MXN", 1), "argentine pesos": ("ARS", 1), "chilean pesos": ("CLP", 1),
    "colombian pesos": ("COP", 1), "swiss franc": ("CHF", 1), "franc": ("CHF", 1),
    "shekel": ("ILS", 1), "new shekels": ("ILS", 1),
}  # fmt: skip

#: Measurement units after a number → (kind, canonical unit, factor to the canonical unit).
UNITS_OF_MEASURE: dict[str, tuple[str, str, float]] = {
    # distance
    "km": ("distance", "km", 1), "kms": ("distance", "km", 1), "kilometres": ("distance", "km", 1),
    "kilometers": ("distance", "km", 1), "kilometre": ("distance", "km", 1),
    "kilometer": ("distance", "km", 1), "metres": ("distance", "m", 1),
    "meters": ("distance", "m", 1), "metre": ("distance", "m", 1), "meter": ("distance", "m", 1),
    "cm": ("distance", "cm", 1), "centimetres": ("distance", "cm", 1),
    "centimeters": ("distance", "cm", 1), "mm": ("distance", "mm", 1),
    "millimetres": ("distance", "mm", 1), "millimeters": ("distance", "mm", 1),
    "miles": ("distance", "mi", 1), "mile": ("distance", "mi", 1),
    "nautical miles": ("distance", "nmi", 1), "feet": ("distance", "ft", 1),
    "foot": ("distance", "ft", 1), "ft": ("distance", "ft", 1), "inches": ("distance", "in", 1),
    "inch": ("distance", "in", 1), "yards": ("distance", "yd", 1), "yard": ("distance", "yd", 1),
    "nanometres": ("distance", "nm", 1), "nanometers": ("distance", "nm", 1),
    # weight
    "kg": ("weight", "kg", 1), "kgs": ("weight", "kg", 1), "kilograms": ("weight", "kg", 1),
    "kilogram": ("weight", "kg", 1), "kilos": ("weight", "kg", 1), "g": ("weight", "g", 1),
    "grams": ("weight", "g", 1), "gram": ("weight", "g", 1), "mg": ("weight", "mg", 1),
    "milligrams": ("weight", "mg", 1), "tonnes": ("weight", "t", 1), "tonne": ("weight", "t", 1),
    "tons": ("weight", "t", 1), "ton": ("weight", "t", 1), "lb": ("weight", "lb", 1),
    "metric tons": ("weight", "t", 1), "metric tonnes": ("weight", "t", 1),
    "metric ton": ("weight", "t", 1),
    "lbs": ("weight", "lb", 1), "ounces": ("weight", "oz", 1), "oz": ("weight", "oz", 1),
    "stone": ("weight", "st", 1),
    # temperature
    "°c": ("temperature", "°C", 1), "°f": ("temperature", "°F", 1), "c": ("temperature", "°C", 1),
    "f": ("temperature", "°F", 1), "degrees celsius": ("temperature", "°C", 1),
    "degrees centigrade": ("temperature", "°C", 1), "degrees fahrenheit": ("temperature", "°F", 1),
    "celsius": ("temperature", "°C", 1), "fahrenheit": ("temperature", "°F", 1),
    "degrees c": ("temperature", "°C", 1), "degrees f": ("temperature", "°F", 1),
    "° c": ("temperature", "°C", 1), "° f": ("temperature", "°F", 1),
    "degrees": ("temperature", "°", 1), "°": ("temperature", "°", 1),
    # area
    "sq km": ("area", "km²", 1), "km2": ("area", "km²", 1), "km²": ("area", "km²", 1),
    "square kilometres": ("area", "km²", 1), "square kilometers": ("area", "km²", 1),
    "square miles": ("area", "mi²", 1), "sq miles": ("area", "mi²", 1),
    "square metres": ("area", "m²", 1), "square meters": ("area", "m²", 1),
    "sq m": ("area", "m²", 1), "m2": ("area", "m²", 1), "m²": ("area", "m²", 1),
    "square feet": ("area", "ft²", 1), "sq ft": ("area", "ft²", 1), "hectares": ("area", "ha", 1),
    "hectare": ("area", "ha", 1), "ha": ("area", "ha", 1), "acres": ("area", "acre", 1),
    "acre": ("area", "acre", 1),
    # volume
    "litres": ("volume", "l", 1), "liters": ("volume", "l", 1), "litre": ("volume", "l", 1),
    "liter": ("volume", "l", 1), "l": ("volume", "l", 1), "ml": ("volume", "ml", 1),
    "millilitres": ("volume", "ml", 1), "milliliters": ("volume", "ml", 1),
    "gallons": ("volume", "gal", 1), "gallon": ("volume", "gal", 1),
    "barrels": ("volume", "bbl", 1), "barrel": ("volume", "bbl", 1),
    "cubic metres": ("volume", "m³", 1), "cubic meters": ("volume", "m³", 1),
    "m3": ("volume", "m³", 1), "m³": ("volume", "m³", 1), "pints": ("volume", "pt", 1),
    "gigalitres": ("volume", "GL", 1), "gigaliters": ("volume", "GL", 1),
    "gigalitre": ("volume", "GL", 1), "gigaliter": ("volume", "GL", 1), "gl": ("volume", "GL", 1),
    "megalitres": ("volume", "ML", 1), "megaliters": ("volume", "ML", 1),
    "megalitre": ("volume", "ML", 1), "megaliter": ("volume", "ML", 1),
    # speed
    "mph": ("speed", "mph", 1), "km/h": ("speed", "km/h", 1), "kph": ("speed", "km/h", 1),
    "kmh": ("speed", "km/h", 1), "knots": ("speed", "kn", 1), "m/s": ("speed", "m/s", 1),
    "miles per hour": ("speed", "mph", 1), "miles an hour": ("speed", "mph", 1),
    "kilometres per hour": ("speed", "km/h", 1), "kilometers per hour": ("speed", "km/h", 1),
    "kilometres an hour": ("speed", "km/h", 1), "kilometers an hour": ("speed", "km/h", 1),
    "kts": ("speed", "kn", 1), "knot": ("speed", "kn", 1),
}  # fmt: skip
#: Units that are also ordinary words or letters; accepted only glued to digits (``23C``, ``5m``).
GLUED_ONLY_UNITS: frozenset[str] = frozenset({"c", "f", "g", "l", "m", "ha", "in", "gl"})
#: Words near a glued lower-case ``c`` that make it degrees (``highs of 23c``), not cents (``3c a
#: litre``); looked up in the words just before the number and the word just after it.
TEMPERATURE_CUES: frozenset[str] = frozenset(
    """
    temperature temperatures temp temps degrees heat heatwave hot hotter hottest warm warmer
    warmest cold colder coldest cool cooler high highs low lows maximum minimum max min mercury
    thermometer sizzling scorching freezing chill frost celsius
    """.split()
)
#: Currencies whose minor unit is called a cent (``3c``, ``45 cents`` take the paragraph's
#: last such currency; USD when none was named).
CENT_CURRENCIES: frozenset[str] = frozenset("USD AUD CAD NZD HKD SGD EUR ZAR".split())

#: Time units → seconds (months and years have no fixed length: value stays a count).
DURATION_UNITS: dict[str, tuple[str, int]] = {
    "seconds": ("s", 1), "second": ("s", 1), "secs": ("s", 1), "sec": ("s", 1),
    "minutes": ("s", 60), "minute": ("s", 60), "mins": ("s", 60), "min": ("s", 60),
    "hours": ("s", 3600), "hour": ("s", 3600), "hrs": ("s", 3600), "hr": ("s", 3600),
    "h": ("s", 3600), "days": ("s", 86400), "day": ("s", 86400), "weeks": ("s", 604800),
    "week": ("s", 604800), "fortnights": ("s", 1209600), "fortnight": ("s", 1209600),
    "months": ("month", 1), "month": ("month", 1), "years": ("year", 1), "year": ("year", 1),
    "yrs": ("year", 1), "decades": ("year", 10), "decade": ("year", 10),
    "centuries": ("year", 100), "century": ("year", 100),
}  # fmt: skip

#: Percent words and signs → unit. Points are not percent: they keep kind ``cardinal``.
PERCENT_WORDS: dict[str, str] = {
    "%": "%", "per cent": "%", "percent": "%", "pc": "%", "per centum": "%", "‰": "‰",
    "percentage points": "pp", "percentage point": "pp", "basis points": "bp",
    "basis point": "bp", "bp": "bp", "bps": "bp",
}  # fmt: skip

#: Approximators read to the left of a number, as reported in ``qualifier``.
QUALIFIERS: tuple[str, ...] = (
    "at least", "at most", "more than", "less than", "fewer than", "greater than",
    "no more than", "no fewer than", "no less than", "not more than", "up to", "as many as",
    "as much as", "as few as", "as little as", "about", "around", "approximately", "roughly",
    "nearly", "almost", "some", "over", "under", "close to", "upwards of", "in excess of",
    "just over", "just under", "well over", "well under", "an estimated", "estimated",
    "exactly", "precisely", "more than about", "below", "above", "circa", "a minimum of",
    "a maximum of",
)  # fmt: skip
#: Qualifiers to report as written but that say nothing about the bound (kept, not normalised).
QUALIFIER_SYNONYMS: dict[str, str] = {"an estimated": "estimated"}

#: Month and weekday names (and abbreviations) that turn an adjacent number into a date.
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)  # fmt: skip
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip
#: Words before a four-digit number that make it a year (``in 2010``, ``the 2024 election``).
YEAR_LEAD_WORDS: tuple[str, ...] = (
    "in", "since", "by", "until", "till", "from", "of", "early", "late", "mid", "during",
    "before", "after", "circa", "c.", "year", "the", "spring", "summer", "autumn", "fall",
    "winter", "fiscal", "financial", "season", "between", "through", "and", "to", "for",
)  # fmt: skip
#: Time zone abbreviations that make ``0900`` a time.
ZONES: tuple[str, ...] = (
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt",
    "pst", "pdt", "ist", "jst", "aest", "aedt", "msk", "z", "hrs", "local",
)  # fmt: skip

#: Capitalised designators before a number that make it a name or an identifier.
DESIGNATORS: tuple[str, ...] = (
    "Prop", "Proposition", "Article", "Articles", "Section", "Title", "Route", "Highway",
    "Interstate", "Flight", "Apollo", "Level", "Category", "Room", "Boeing", "Airbus",
    "iPhone", "Windows", "Galaxy", "Number", "No", "No.", "Nos", "FTSE", "S&P", "Fortune",
    "Nikkei", "Vision", "Agenda", "Chapter", "Bill", "Amendment", "Resolution", "Rule",
    "Paragraph", "Clause", "Annex", "Schedule", "Part", "Volume", "Vol", "Vol.", "Issue",
    "Episode", "Series", "Season", "Unit", "Platform", "Gate", "Terminal", "Channel", "Track",
    "Line", "Bus", "Tier", "Phase", "Stage", "Grade", "Form", "Ward", "District", "Precinct",
    "Pier", "Berth", "Block", "Lot", "Suite", "Apartment", "Apt", "Camp", "Building", "Hall",
    "Studio", "Station", "Exit", "Junction", "Lane", "Court", "Courtroom", "Table", "Figure",
    "Fig.", "Appendix", "Box", "Pod", "Hangar", "Launch", "Mission", "Model", "Mark", "Mk",
    "Type", "Version", "Patch", "Covid", "COVID", "Formula", "Class", "Division", "League",
    "Ligue", "Serie", "Bundesliga", "Championship", "Pac", "Group",
    "Pool", "Heat", "Lap", "Hole", "Court", "Match", "Game", "Week", "Round", "Day", "Zone",
    "Region", "Sector", "Area", "Battalion", "Brigade", "Regiment", "Squadron", "Corps",
    "Armoured", "Airborne", "Infantry", "Rifles", "Ordinance", "Measure",
    "Directive", "Regulation", "Act", "Code", "Ch.", "Sec.", "Art.", "Pt", "Navy", "Number", "Page", "Pages", "Gen", "Rev", "Plan", "Project",
    "Operation", "Mars", "Soyuz", "Gemini", "Voyager", "Artemis", "Starship", "Falcon",
    "Chandrayaan", "Shenzhou", "Tiangong", "Pioneer", "Luna", "Vostok", "Sputnik",
    "Local", "Locals", "Precincts", "Wards", "Units", "Levels", "Tiers", "Phases", "Stages",
    "Grades", "Categories", "Sections", "Lock", "Berths", "Gates", "Platforms", "Terminals",
)  # fmt: skip
#: Lower-case designators (``page 4``, ``room 101``) that make a number a reference.
LOWER_DESIGNATORS: tuple[str, ...] = (
    "page", "pages", "pp", "p.", "room", "flight", "route", "platform", "gate", "chapter",
    "section", "article", "clause", "paragraph", "para", "figure", "fig.", "exit", "junction",
    "no.", "ward", "episode", "apartment", "apt", "suite", "verse", "postcode", "zip",
    "extension", "ext", "category", "level", "tier", "phase", "grade", "precinct",
    # places on a road or a line: ``at milepost 162``, ``mile marker 40``, ``highway 1``
    "milepost", "mile marker", "mile post", "highway", "interstate", "pier", "berth",
)  # fmt: skip
#: Plural designators (any case) that name several things by number: every number of the list
#: after them is an identifier (``junctions 7 and 9``, ``platforms 3, 4 and 5``, ``routes 5-6``).
PLURAL_DESIGNATORS: tuple[str, ...] = (
    "junctions", "platforms", "routes", "gates", "exits", "rooms", "chapters", "sections",
    "articles", "clauses", "paragraphs", "wards", "terminals", "piers", "berths", "episodes",
    "pages", "highways", "interstates", "lines", "tracks", "flights", "buses", "stands",
)  # fmt: skip
#: Lower-case designators that also take a number word (``category two calls``, ``level four``,
#: ``phase two``); ``stage`` is left out (``at this stage two options remain``).
LOWER_WORD_DESIGNATORS: frozenset[str] = frozenset("category level phase tier grade".split())
#: Named indices and brands ending in a number (``FTSE 100``), matched as whole phrases.
NAMED_NUMBERS: tuple[str, ...] = (
    "FTSE 100", "FTSE 250", "FTSE 350", "S&P 500", "Fortune 500", "Fortune 100", "Nikkei 225",
    "Euro Stoxx 50", "Stoxx 600", "CAC 40", "DAX 40", "Russell 2000", "Nasdaq 100", "ASX 200",
    "Hang Seng", "Sensex 30", "Nifty 50", "Inc. 5000", "Catch-22", "catch-22", "Formula 1",
    "Formula One", "Formula E", "Big 10", "Big 12", "Pac-12", "Group of 7", "Group of 20",
    "Big Four", "Big Three", "Big Five", "Apollo 11", "Apollo 13", "Boeing 737", "Boeing 747",
    "Boeing 777", "Boeing 787", "Airbus A320", "Ocean's Eleven", "Secret Seven",
    "Famous Five", "Chicago Seven", "Guildford Four", "Birmingham Six", "Vision 2030",
    "Agenda 2030", "Vision 2020", "Route 66", "Area 51", "Studio 54", "Channel 4", "Channel 5",
    "Radio 4", "Radio 1", "Radio 2", "BBC One", "BBC Two", "BBC Four", "ITV1", "Five Eyes",
    "Ten Commandments", "Square Mile", "Number 10", "Number Ten", "No 10", "No. 10", "No10",
    "Downing Street", "Terminal 5", "Fifth Amendment", "First Amendment", "Second Amendment",
    "First Minister", "First Lady", "First World War", "Second World War", "World War One",
    "World War Two", "World War I", "World War II", "Third Reich", "Fifth Avenue",
    "First Nations", "Third World", "First Division", "Second Division", "Third Division",
    "Fourth Estate", "Fifth Column", "Seventh-day Adventist", "Twelfth Night",
)  # fmt: skip

#: Words that end a counted noun phrase: verbs and auxiliaries, prepositions, conjunctions,
#: determiners, pronouns, adverbs. Compared case-folded.
NOUN_STOP_WORDS: frozenset[str] = frozenset(
    """
    a an the this that these those his her its their our my your some any each every no other
    another such what which who whom whose where when while whereas if than then as so but
    and or nor yet for of in on at by to from with without into onto upon over under about
    above below across after before behind between beyond during through throughout toward
    towards until up down out off around near since via per against among amongst along
    amid despite inside outside within versus vs including like unlike plus minus
    is are was were be been being am has have had having do does did done will would shall
    should can could may might must ought not never also already still just only even ever
    too very more most less least much many few several all both either neither
    here there now then today yesterday tomorrow tonight ago later earlier again once
    it he she they we you i me him them us who that
    said says say told tells added adds according reported reports confirmed believed
    thought expected estimated feared understood known seen set due able likely
    were got get gets getting went go goes going came come comes coming took take takes
    made make makes making gave give gives found find finds left leave leaves remained
    remain remains died die dies killed kill kills injured wounded hurt hit hits struck
    sustained suffered lost lose loses won win wins fled flee flees arrived arrive
    included include includes rose rise rises fell fall falls jumped climbed dropped
    increased decreased doubled tripled surged slumped grew grow grows shrank shrink
    need needs needed want wants wanted used use uses helped help helps became become
    becomes stood stand stands ran run runs showed show shows saw see sees moved move
    began begin begins started start starts ended end ends worth old long high wide deep
    tall ahead gone apart earlier later last next first each apiece respectively
    overall total altogether combined alone together instead overnight annually apiece
    yearly daily weekly monthly hourly
    inland offshore onshore overseas abroad upstream downstream upriver downriver nationwide
    nationally locally elsewhere indoors outdoors underground overhead uphill downhill ashore
    aloft
    because unless although though whether whenever wherever lest
    """.split()
)
#: Plural nouns without a final ``s`` (rule: end on a plural noun when the value is not 1).
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    """
    people children men women police aircraft troops personnel staff crew sheep cattle fish
    feet teeth mice geese deer livestock clergy offspring data media bacteria criteria
    militia infantry youth poultry swine salmon bison moose spacecraft hovercraft
    """.split()
)
#: Superlatives and comparatives skipped between an ordinal and its noun (``second-largest city``).
SUPERLATIVE_HEADS: tuple[str, ...] = ("most", "least", "best", "worst")

#: Ordinal idioms that are not ranks (``at first``, ``first aid``); matched case-folded.
ORDINAL_IDIOMS: frozenset[str] = frozenset(
    """
    aid hand lady minister name names class-hand person gear nature thoughts impression
    impressions cousin cousins instance glance sight light fiddle string responder
    responders nations look guess hand-me-down wind opinion opinions thoughts language
    sense sight chance nature rate rates class
    """.split()
)

#: Words after ``one`` that make it an idiom, not a count (``one day``, ``one another``).
ONE_IDIOMS: frozenset[str] = frozenset(
    """
    of another day way thing point time side hand or and more less else who which that
    in by at on to another's anothers way-ticket off another's
    """.split()
)
#: Verbs whose ``from X to Y`` is a change of value, not a range (``rose from 5% to 7%``).
CHANGE_VERBS: tuple[str, ...] = (
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
    "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreasing",
    "dropped", "drop", "drops", "dropping", "climbed", "climb", "climbs", "climbing", "jumped",
    "jump", "jumps", "grew", "grow", "grows", "growing", "grown", "cut", "cuts", "cutting",
    "raised", "raise", "raises", "raising", "lowered", "lower", "lowers", "reduced", "reduce",
    "reduces", "slashed", "slumped", "surged", "soared", "plunged", "plummeted", "tumbled",
    "shrank", "shrunk", "went", "moved", "changed", "revised", "upgraded", "downgraded",
    "expanded", "doubled", "tripled", "halved", "swelled", "edged", "slipped", "declined",
    "boosted", "hiked", "up", "down",
)  # fmt: skip
#: Words before a hyphenated score that make it a result (``won 3-1``) rather than a range.
SCORE_LEAD_WORDS: tuple[str, ...] = (
    "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats",
    "beaten", "drew", "draw", "draws", "trail", "trails", "trailed", "trailing", "led", "lead",
    "leads", "leading", "score", "scoreline", "defeat", "victory", "voted", "vote", "margin",
    "thrashed", "thrashing", "edged", "routed", "crushed", "humbled", "stunned",
)  # fmt: skip
#: Words after a hyphenated score (``a 5-4 ruling``, ``a 2-0 win``).
SCORE_TAIL_WORDS: tuple[str, ...] = (
    "win", "wins", "victory", "victories", "defeat", "defeats", "loss", "losses", "draw",
    "draws", "lead", "ruling", "rulings", "decision", "decisions", "vote", "votes", "majority",
    "verdict", "scoreline", "home", "away", "thrashing", "triumph", "split", "aggregate",
)  # fmt: skip
#: Words before ``911`` / after it that make it the emergency number.
EMERGENCY_LEAD_WORDS: tuple[str, ...] = (
    "call", "calls", "called", "calling", "dial", "dials", "dialled", "dialed", "dialling",
    "dialing", "phoned", "rang", "texted", "calls to", "call to", "called to",
)  # fmt: skip
#: Words right before a bare number that make it a phone or service number, whatever its digits
#: (``dial 311``, ``the helpline 1079``, ``hotline on 988``).
PHONE_LEAD_WORDS: frozenset[str] = frozenset(
    """
    dial dials dialled dialed dialling dialing helpline helplines hotline hotlines freephone
    tel tel. telephone fax whatsapp sms
    """.split()
)
#: Call verbs: a bare number after one is a phone number unless it counts something
#: (``call 111`` vs ``called 40 witnesses``).
CALL_VERBS: frozenset[str] = frozenset(
    "call calls called calling ring rings rang ringing phone phoned phoning text texted texting".split()
)
EMERGENCY_TAIL_WORDS: tuple[str, ...] = (
    "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators",
    "system", "center", "centre", "tape", "tapes", "recording", "recordings", "line",
)  # fmt: skip
#: Nouns after a number (in a hyphen compound or straight after) that make it an age.
AGE_WORDS: tuple[str, ...] = ("year-old", "year-olds", "years-old", "yr-old", "month-old", "week-old", "day-old")  # fmt: skip
#: Plural words after a year that keep it a year (``the 2024 elections``).
YEAR_NOUNS: frozenset[str] = frozenset(
    """
    elections olympics games accounts results figures finals accords talks riots protests
    midterms polls championships playoffs awards floods wildfires bushfires
    notes bonds maturities debentures gilts treasuries securities
    """.split()  # ``its 2029 notes``: debt named by the year it falls due
)
#: Comparatives after a number are not what it counts (``40 per cent smaller``, ``two short``).
COMPARATIVES: tuple[str, ...] = tuple(
    """
    smaller larger bigger higher lower fewer greater older younger longer shorter cheaper dearer
    faster slower better worse wider narrower deeper shallower taller heavier lighter stronger
    weaker richer poorer warmer colder hotter short clear behind ahead up down
    """.split()
)
#: Hyphen words after an ordinal that modify the noun after them (``third-placed Kelburn``).
RANK_MODIFIERS: frozenset[str] = frozenset(
    "ever placed ranked seeded bottom top highest lowest time".split()
)
#: Hyphen idioms after ``one`` or ``zero`` (``one-off``, ``zero-sum``).
ONE_HYPHEN_IDIOMS: frozenset[str] = frozenset(
    "off time way sided liner on stop size third sum tolerance hours hour man woman".split()
)

#: Words before ``over`` that keep it the approximator "more than" before a span of time
#: (``waited over two hours``, ``for over 20 years``); elsewhere ``over two years`` is "during"
#: (``$12.5 million over two years``).
OVER_MORE_THAN_LEADS: frozenset[str] = frozenset(
    """
    for of after in within lasted lasting lasts last took take takes taking waited wait waits
    waiting spent spend spends spending served serve serves serving is was were are been be
    just well already ran run runs running lived live lives living worked work works working
    """.split()
)
#: Phrasal verbs with ``over`` (``handed over €41,000``): the ``over`` is not an approximator.
#: ``take over`` is phrasal unless a span of time follows (``took over two hours``).
OVER_PHRASAL_VERBS: frozenset[str] = frozenset(
    """
    hand hands handed handing turn turns turned turning sign signs signed signing pass passes
    passed passing take takes took taken taking hand-over handover
    """.split()
)
#: Words after a small bare number that make it a clock time (``at 3 in the morning``,
#: ``by 10 tonight``); matched as the text right after the number, case-folded.
CLOCK_TAILS: tuple[str, ...] = (
    " in the morning", " in the afternoon", " in the evening", " at night", " tonight",
    " this morning", " this afternoon", " this evening", " last night", " overnight",
)  # fmt: skip
#: Words before a small bare number with no counted noun that make it a clock time
#: (``waiting since 5``, ``open until 11``).
CLOCK_LEADS: frozenset[str] = frozenset("since until till".split())
#: Street and place suffixes: a capitalised number word before a capitalised word and one of
#: these names a place (``Four Mound Road``, ``Seven Oaks Lane``), not a count.
STREET_SUFFIXES: frozenset[str] = frozenset(
    """
    Road Rd Street St Lane Ln Avenue Ave Drive Dr Way Close Crescent Terrace Place Square Hill
    Bridge Park Grove Gardens Row Boulevard Blvd Highway Trail Court Station Estate Parkway
    Circle Mews Walk Rise Green Common Corner Junction Crossing Creek Falls Pike Loop
    """.split()
)
#: Verbs after ``One <noun>`` at a sentence start that make ``one`` the pronoun-like "a certain"
#: (``One resident said``, ``One user wrote``), not a count of one.
ONE_SPEAKER_VERBS: frozenset[str] = frozenset(
    "said says wrote writes told added posted commented recalled explained put".split()
)
#: Words before a bare ``7.45`` with no unit or noun that make it a clock time (UK and
#: Commonwealth style ``at 7.45``, ``from 9.30``), unless a value verb precedes them.
DOTTED_CLOCK_LEADS: frozenset[str] = frozenset("at by from until till since".split())
#: Verbs before ``at``/``from`` that make ``7.45`` a value (``shares closed at 7.45``).
DOTTED_VALUE_VERBS: frozenset[str] = frozenset(
    """
    closed stood trading traded traded opened ended finished peaked fell rose dropped climbed
    priced valued fixed set capped pegged slipped jumped eased edged rising falling up down
    """.split()
)
#: Words before a bare number with no counted noun that make it an age (``She's 78``,
#: ``turned 60``); pairs are the last two words (``he is``).
AGE_LEADS: frozenset[str] = frozenset("turned turns turning she's he's she’s he’s i'm i’m".split())
AGE_LEAD_PAIRS: frozenset[tuple[str, str]] = frozenset(
    (a, b) for a in ("she", "he", "who", "i") for b in ("is", "was", "am", "turned", "turns")
)
#: Sentence-opening words before an age with a comma and a subject pronoun after it
#: (``By 16, he was touring``, ``At 19, she left``).
AGE_CLAUSE_LEADS: frozenset[str] = frozenset("at by".split())
#: Words before ``of`` that make a bare number after them a body or air temperature
#: (``a temperature of 39``, ``a fever of 103``).
TEMPERATURE_OF_LEADS: frozenset[str] = frozenset("temperature temperatures temp fever".split())
#: Duration words that become the unit of an age when ``old`` or ``of age`` follows
#: (``81 years old``, ``six months old``), with the unit an age carries.
AGE_DURATION_UNITS: dict[str, str] = {
    "years": "year", "year": "year", "yrs": "year", "months": "month", "month": "month",
    "weeks": "week", "week": "week", "days": "day", "day": "day",
}  # fmt: skip
#: Words before a lone ordinal word that make it a place in a table (``sit second``,
#: ``finished third``); then it needs no counted noun.
RANK_LEADS: frozenset[str] = frozenset(
    """
    sit sits sat sitting lie lies lay lying finish finishes finished finishing placed came
    ranked ranks rank
    """.split()
)
#: Determiners before ``first`` that keep it an ordinal adjective (``the first elected mayor``);
#: without one, ``first`` before a verb is an adverb (``she first arrived``).
ORDINAL_DETERMINERS: frozenset[str] = frozenset(
    "the a an its his her their our my your this that whose".split()
)
#: Irregular past forms after an adverbial ``first`` (``he first came``); regular ones end in -ed.
PAST_VERBS: frozenset[str] = frozenset(
    """
    came went met saw took became began heard told said found got made gave knew wrote won
    ran felt left thought brought bought sold spoke stood sat set put read rose fell grew drew
    flew fought caught taught built sent spent lost led held kept
    """.split()
)
#: Past participles without ``-ed`` that end a noun phrase after its first word (``a 1,200-foot
#: span built in 1958``, ``a £2m house sold last year``), with the irregular ``PAST_VERBS``.
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset(
    """
    paid shown given taken written driven chosen stolen broken drawn grown thrown born borne
    dug hung shot spread burnt begun sung sunk swum worn torn sworn woken hidden ridden
    """.split()
)
#: Nouns that follow another noun in a compound although they also read as verbs (``a 35 per
#: cent pay rise``, ``a 2% rate cut``); kept after a singular word, a break after a plural.
COMPOUND_TAIL_NOUNS: frozenset[str] = frozenset("rise rises fall falls cut cuts drop".split())
#: Determiners after a first ``-ing`` word that make it a verb (``98 per cent backing the
#: walkout``), not a noun (``a 5% funding gap``).
VERB_OBJECT_DETERMINERS: frozenset[str] = frozenset(
    "the a an their its his her our this that these those my your".split()
)
#: Verbs whose particle is the ``up`` of a following ``up to`` (``put the price of a pint up to
#: £9.50``, ``prices went up to``): a move to a level, not an upper bound.
UP_PHRASAL_VERBS: frozenset[str] = frozenset(
    """
    put puts putting push pushes pushed pushing go goes going went gone move moves moved
    moving jump jumps jumped jumping shoot shoots shot climb climbs climbed edge edges edged
    creep creeps crept ramp ramps ramped bump bumps bumped hike hikes hiked
    """.split()
)
#: Words after ``a quarter`` that make it a period of time, not a fraction (``a quarter earlier``).
QUARTER_PERIOD_TAILS: frozenset[str] = frozenset(
    "earlier ago later before after previously prior".split()
)
#: Adjectives that may open a hyphen word in a counted noun (``long-term average``).
HYPHEN_ADJECTIVE_HEADS: frozenset[str] = frozenset(
    "long high wide deep old short full low tall well first last".split()
)
