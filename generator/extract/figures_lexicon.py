"""Word lists for the figure extractor: number words, scales, currencies, units, and the
context words its rules look for. The one lexicon of `figures_scan` and `figures`.

Kept apart from the matching code so that an editor (or a reviewer) can read and extend
the vocabulary without touching the grammar. Every surface form maps to a short
normalised unit: ISO 4217 codes for money, "%" for percentages, common symbols for
units of measure. Lookups are case-insensitive unless a list says otherwise.
"""

from __future__ import annotations

import re

from generator.extract.words import word_lists, word_set

CALENDAR = word_lists("calendar")

# --- number words ---------------------------------------------------------------

UNITS_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Multipliers that may follow a numeral or a number word ("1.5 mln", "two million").
SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "mln": 1_000_000,
    "mn": 1_000_000,
    "mill": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "billions": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
    "dozen": 12,
}
# Scales that are only a multiplier next to money ("$639m", "$1.5b"); elsewhere "m" is
# metres and "b" is bytes or a letter.
MONEY_ONLY_SCALES: dict[str, int] = {"m": 1_000_000, "b": 1_000_000_000, "bil": 1_000_000_000}

# Vague magnitudes: "dozens of people" -> a range of one order of magnitude.
VAGUE_WORDS: dict[str, int] = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
}

FRACTION_WORDS: dict[str, float] = {
    "half": 0.5,
    "halves": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fourth": 0.25,
    "fourths": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
    "tenths": 0.1,
}
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅕": 0.2,
    "⅛": 0.125,
}

# --- currencies -----------------------------------------------------------------

# Written before the number: symbols and codes. Longest first when compiled.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD",
    "US $": "USD",
    "U.S. $": "USD",
    "U.S.$": "USD",
    "$US": "USD",
    "USD": "USD",
    "$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "$A": "AUD",
    "AUD": "AUD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "HK$": "HKD",
    "HK $": "HKD",
    "HKD": "HKD",
    "S$": "SGD",
    "SGD": "SGD",
    "£": "GBP",
    "GBP": "GBP",
    "PS": "GBP",  # "£" after ASCII folding (unidecode) in scraped text
    "€": "EUR",
    "EUR": "EUR",
    "¥": "JPY",
    "Y=": "JPY",  # Reuters yen quotes
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "INR": "INR",
    "RM": "MYR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₦": "NGN",
    "CHF": "CHF",
    "SFr": "CHF",
    "R$": "BRL",
}
# Written after the number (and its scale word).
CURRENCY_SUFFIXES: dict[str, str] = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "us dlrs": "USD",
    "u.s. dlrs": "USD",
    "american dollars": "USD",
    "canadian dollars": "CAD",
    "canadian dlrs": "CAD",
    "australian dollars": "AUD",
    "australian dlrs": "AUD",
    "new zealand dollars": "NZD",
    "n.z. dlrs": "NZD",
    "nz dollars": "NZD",
    "hong kong dollars": "HKD",
    "hk dollars": "HKD",
    "h.k. dlrs": "HKD",
    "singapore dollars": "SGD",
    "singapore dlrs": "SGD",
    "taiwan dollars": "TWD",
    "taiwan dlrs": "TWD",
    "usd": "USD",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "stg": "GBP",
    "gbp": "GBP",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "yen": "JPY",
    "jpy": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "swiss francs": "CHF",
    "french francs": "FRF",
    "belgian francs": "BEF",
    "chf": "CHF",
    "marks": "DEM",
    "deutsche marks": "DEM",
    "d-marks": "DEM",
    "guilders": "NLG",
    "lire": "ITL",
    "pesetas": "ESP",
    "danish crowns": "DKK",
    "danish kroner": "DKK",
    "swedish crowns": "SEK",
    "swedish kronor": "SEK",
    "norwegian crowns": "NOK",
    "norwegian kroner": "NOK",
    "czech crowns": "CZK",
    "kronor": "SEK",
    "shekels": "ILS",
    "shekel": "ILS",
    "ringgit": "MYR",
    "rand": "ZAR",
    "roubles": "RUB",
    "rubles": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "zlotys": "PLN",
    "zloty": "PLN",
    "baht": "THB",
    "rupiah": "IDR",
    "naira": "NGN",
    "taka": "BDT",
    "dirhams": "AED",
    "kuna": "HRK",
    "bitcoins": "BTC",
    # Currencies of wire copy from before the euro and of smaller markets, each named
    # by one country only (Reuters: "13 mln markka", "46.864 Ecus per 100 kilos",
    # "rose six Australs per tonne"): without them the sum reads as a count of
    # "markka" with no unit.
    "markka": "FIM",
    "markkaa": "FIM",
    "finnish markka": "FIM",
    "ecus": "XEU",
    "ecu": "XEU",
    "european currency units": "XEU",
    "sdrs": "XDR",
    "sdr": "XDR",
    "punts": "IEP",
    "irish punts": "IEP",
    "schillings": "ATS",
    "austrian schillings": "ATS",
    "bolivars": "VEB",
    "guilder": "NLG",
    "forints": "HUF",
    "cruzados": "BRC",
    "australs": "ARA",
    "drachmas": "GRD",
    "peseta": "ESP",
    "sucres": "ECS",
    "intis": "PEI",
}
# Currency words several countries share. A figure in one of them takes the country
# written with it ("Qatari riyals"), else the article's country: the one such country
# the text names most (an adjective or a name), else no code at all. A Qatari story's
# "riyals" published as SAR (the Saudi riyal) tells a reader the wrong money (issue 11).
# Family -> {country word as written, lowercased -> ISO 4217 code}.
SHARED_CURRENCIES: dict[str, dict[str, str]] = {
    "riyal": {
        "saudi": "SAR",
        "saudi arabia": "SAR",
        "saudi arabian": "SAR",
        "qatar": "QAR",
        "qatari": "QAR",
        "oman": "OMR",
        "omani": "OMR",
        "yemen": "YER",
        "yemeni": "YER",
    },
    "rial": {
        "iran": "IRR",
        "iranian": "IRR",
        "oman": "OMR",
        "omani": "OMR",
        "yemen": "YER",
        "yemeni": "YER",
        "saudi": "SAR",
        "saudi arabia": "SAR",
        "qatar": "QAR",
        "qatari": "QAR",
    },
    "dinar": {
        "kuwait": "KWD",
        "kuwaiti": "KWD",
        "iraq": "IQD",
        "iraqi": "IQD",
        "jordan": "JOD",
        "jordanian": "JOD",
        "bahrain": "BHD",
        "bahraini": "BHD",
        "libya": "LYD",
        "libyan": "LYD",
        "tunisia": "TND",
        "tunisian": "TND",
        "algeria": "DZD",
        "algerian": "DZD",
        "serbia": "RSD",
        "serbian": "RSD",
    },
    "peso": {
        "mexico": "MXN",
        "mexican": "MXN",
        "philippines": "PHP",
        "philippine": "PHP",
        "argentina": "ARS",
        "argentine": "ARS",
        "argentinian": "ARS",
        "chile": "CLP",
        "chilean": "CLP",
        "colombia": "COP",
        "colombian": "COP",
        "cuba": "CUP",
        "cuban": "CUP",
        "uruguay": "UYU",
        "uruguayan": "UYU",
        "bolivia": "BOB",
        "bolivian": "BOB",
        "dominican": "DOP",
        "dominican republic": "DOP",
    },
    "rupee": {
        "india": "INR",
        "indian": "INR",
        "pakistan": "PKR",
        "pakistani": "PKR",
        "sri lanka": "LKR",
        "sri lankan": "LKR",
        "nepal": "NPR",
        "nepalese": "NPR",
        "mauritius": "MUR",
        "mauritian": "MUR",
        "seychelles": "SCR",
    },
    "crown": {
        "sweden": "SEK",
        "swedish": "SEK",
        "denmark": "DKK",
        "danish": "DKK",
        "norway": "NOK",
        "norwegian": "NOK",
        "czech": "CZK",
        "czech republic": "CZK",
        "slovak": "SKK",
        "slovakia": "SKK",
        "iceland": "ISK",
        "icelandic": "ISK",
        "estonia": "EEK",
        "estonian": "EEK",
    },
    "krone": {"denmark": "DKK", "danish": "DKK", "norway": "NOK", "norwegian": "NOK"},
    "franc": {
        "france": "FRF",
        "french": "FRF",
        "switzerland": "CHF",
        "swiss": "CHF",
        "belgium": "BEF",
        "belgian": "BEF",
        "luxembourg": "LUF",
    },
    "lira": {
        "turkey": "TRY",
        "turkish": "TRY",
        "italy": "ITL",
        "italian": "ITL",
        "malta": "MTL",
        "maltese": "MTL",
        "lebanon": "LBP",
        "lebanese": "LBP",
        "syria": "SYP",
        "syrian": "SYP",
    },
    "shilling": {
        "kenya": "KES",
        "kenyan": "KES",
        "uganda": "UGX",
        "ugandan": "UGX",
        "tanzania": "TZS",
        "tanzanian": "TZS",
        "somalia": "SOS",
        "somali": "SOS",
    },
    "escudo": {
        "portugal": "PTE",
        "portuguese": "PTE",
        "chile": "CLP",
        "chilean": "CLP",
        "cape verde": "CVE",
    },
    "kwacha": {"zambia": "ZMK", "zambian": "ZMK", "malawi": "MWK", "malawian": "MWK"},
    # Dollars are US dollars unless the text tells them apart (see figures_scan).
    "dollar": {
        "canada": "CAD",
        "canadian": "CAD",
        "australia": "AUD",
        "australian": "AUD",
        "new zealand": "NZD",
        "hong kong": "HKD",
        "singapore": "SGD",
        "taiwan": "TWD",
        "u.s.": "USD",
        "us": "USD",
        "american": "USD",
    },
}
# How each family is written after a number, with no country: written form -> family.
SHARED_CURRENCY_WORDS: dict[str, str] = {
    "riyals": "riyal",
    "riyal": "riyal",
    "rials": "rial",
    "rial": "rial",
    "dinars": "dinar",
    "dinar": "dinar",
    "pesos": "peso",
    "peso": "peso",
    "rupees": "rupee",
    "rupee": "rupee",
    "crowns": "crown",
    "kroner": "krone",
    "krone": "krone",
    "francs": "franc",
    "franc": "franc",
    "lira": "lira",
    "liras": "lira",
    "dollars": "dollar",
    "dollar": "dollar",
    "dlrs": "dollar",
    "dlr": "dollar",
    "shillings": "shilling",
    "shilling": "shilling",
    "escudos": "escudo",
    "kwacha": "kwacha",
}
# Written with its country ("Qatari riyals", "U.S. dlr"): the code is known at once.
for _word, _family in SHARED_CURRENCY_WORDS.items():
    for _country, _code in SHARED_CURRENCIES[_family].items():
        CURRENCY_SUFFIXES.setdefault(f"{_country} {_word}", _code)
# A shared word alone: resolved against the article by figures_scan ("?riyal").
CURRENCY_SUFFIXES.update({w: f"?{f}" for w, f in SHARED_CURRENCY_WORDS.items()})

# "won" is a currency only after a scale word ("50 billion won"), never after a bare
# number ("they won").
# "mark" likewise ("a 300 mln mark loan"), never after a bare number ("the 77 U.S.
# mark", "the 2400 mark": a level).
CURRENCY_AFTER_SCALE_ONLY: dict[str, str] = {"won": "KRW", "mark": "DEM"}
# Minor units keep their value as written; the unit says what it is.
MINOR_CURRENCY: dict[str, str] = {
    "cents": "cents",
    "cent": "cents",
    "cts": "cents",
    "ct": "cents",
    "pence": "pence",
    "p": "pence",
    "sen": "sen",
}

# --- percentages and units of measure -------------------------------------------

PERCENT_SUFFIXES: dict[str, str] = {
    "%": "%",
    "per cent": "%",
    "percent": "%",
    "pct": "%",
    "pc": "%",
    "percentage points": "pp",
    "percentage point": "pp",
    "basis points": "bp",
    "basis point": "bp",
    "bps": "bp",
    "bp": "bp",
}

# Units that may be written glued to the number ("10km", "640bhp") or after a space.
MEASURE_UNITS: dict[str, str] = {
    # length
    "km": "km",
    "kms": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "m": "m",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "cm": "cm",
    "centimetres": "cm",
    "centimeters": "cm",
    "mm": "mm",
    "millimetres": "mm",
    "millimeters": "mm",
    "millimetre": "mm",
    "millimeter": "mm",
    "nm": "nm",
    "nanometres": "nm",
    "nanometers": "nm",
    "nanometre": "nm",
    "nanometer": "nm",
    "μm": "μm",
    "µm": "μm",
    "microns": "μm",
    "micrometres": "μm",
    "nautical miles": "nmi",
    "miles": "miles",
    "mile": "miles",
    "mi": "miles",
    "ft": "ft",
    "feet": "ft",
    "foot": "ft",
    "inches": "in",
    "inch": "in",
    "″": "in",
    "yards": "yd",
    "yard": "yd",
    "yds": "yd",
    # area
    "square kilometres": "sq km",
    "square kilometers": "sq km",
    "sq km": "sq km",
    "km2": "sq km",
    "km²": "sq km",
    "square miles": "sq miles",
    "square mile": "sq miles",
    "sq miles": "sq miles",
    "square metres": "sq m",
    "square meters": "sq m",
    "sq m": "sq m",
    "sqm": "sq m",
    "m2": "sq m",
    "m²": "sq m",
    "square feet": "sq ft",
    "square foot": "sq ft",
    "sq ft": "sq ft",
    "acres": "acres",
    "acre": "acres",
    "hectares": "ha",
    "hectare": "ha",
    "ha": "ha",
    # volume
    "cubic feet": "cu ft",
    "cubic metres": "cu m",
    "cubic meters": "cu m",
    "litres": "l",
    "liters": "l",
    "litre": "l",
    "liter": "l",
    "ml": "ml",
    "millilitres": "ml",
    "gallons": "gallons",
    "gallon": "gallons",
    "barrels per day": "barrels/day",
    "barrels a day": "barrels/day",
    "barrel-a-day": "barrels/day",
    "barrels-a-day": "barrels/day",
    "bpd": "barrels/day",
    "b/d": "barrels/day",
    "barrels": "barrels",
    "barrel": "barrels",
    "bbl": "barrels",
    "bushels": "bushels",
    "bales": "bales",
    # mass
    "kg": "kg",
    "kgs": "kg",
    "kilograms": "kg",
    "kilogrammes": "kg",
    "kilogram": "kg",
    "kilos": "kg",
    "g": "g",
    "grams": "g",
    "grammes": "g",
    "gram": "g",
    "mg": "mg",
    "milligrams": "mg",
    "lb": "lb",
    "lbs": "lb",
    "pounds": "lb",
    "pound": "lb",
    "troy ounces": "oz",
    "ounces": "oz",
    "ounce": "oz",
    "oz": "oz",
    "metric tonnes": "tonnes",
    "metric tons": "tonnes",
    "tonnes": "tonnes",
    "tonne": "tonnes",
    "short tons": "tons",
    "tons": "tons",
    "ton": "tons",
    "carats": "carats",
    # speed
    "mph": "mph",
    "miles per hour": "mph",
    "miles an hour": "mph",
    "km/h": "km/h",
    "km/hr": "km/h",
    "kmh": "km/h",
    "kph": "km/h",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "kilometres an hour": "km/h",
    "knots": "knots",
    "mpg": "mpg",
    "miles per gallon": "mpg",
    "rpm": "rpm",
    # temperature and angle
    "°c": "°C",
    "ºc": "°C",
    "degrees celsius": "°C",
    "degrees centigrade": "°C",
    "degrees c": "°C",
    "celsius": "°C",
    "c": "°C",
    "°f": "°F",
    "f": "°F",
    "degrees fahrenheit": "°F",
    "degrees f": "°F",
    "fahrenheit": "°F",
    "degrees": "degrees",
    "degree": "degrees",
    "°": "degrees",
    # energy, power, electricity
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    "kilowatt hours": "kWh",
    "kilowatt-hours": "kWh",
    "w": "W",
    "watts": "W",
    "kw": "kW",
    "kilowatts": "kW",
    "mw": "MW",
    "megawatts": "MW",
    "gw": "GW",
    "gigawatts": "GW",
    "mah": "mAh",
    "volts": "V",
    "v": "V",
    "kv": "kV",
    "hp": "hp",
    "horsepower": "hp",
    "bhp": "bhp",
    "nm torque": "Nm",
    "lb-ft": "lb-ft",
    "pound-feet": "lb-ft",
    "calories": "kcal",
    "kcal": "kcal",
    # computing, signal, sound
    "hz": "Hz",
    "khz": "kHz",
    "mhz": "MHz",
    "ghz": "GHz",
    "kb": "KB",
    "mb": "MB",
    "gb": "GB",
    "tb": "TB",
    "mbps": "Mbps",
    "gbps": "Gbps",
    "megapixels": "MP",
    "megapixel": "MP",
    "megabytes": "MB",
    "megabyte": "MB",
    "gigabytes": "GB",
    "gigabyte": "GB",
    "terabytes": "TB",
    "terabyte": "TB",
    "decibels": "dB",
    "db": "dB",
    "ppm": "ppm",
    "ppb": "ppb",
    "gpa": "GPa",
    "gigapascals": "GPa",
    # time (durations)
    "years": "years",
    "year": "years",
    "yrs": "years",
    "months": "months",
    "month": "months",
    "mths": "months",
    "weeks": "weeks",
    "week": "weeks",
    "days": "days",
    "day": "days",
    "hours": "hours",
    "hour": "hours",
    "hrs": "hours",
    "minutes": "minutes",
    "minute": "minutes",
    "mins": "minutes",
    "min": "minutes",
    "seconds": "seconds",
    "second": "seconds",
    "secs": "seconds",
    # scores and multiples
    "points": "points",
    "point": "points",
    "pts": "points",
    "times": "times",
}
# What may follow a unit word that makes it an ordinary word ("second-hand"): a regex
# matched right after the unit.
NOT_A_UNIT_AFTER: dict[str, str] = {"second": r"[\s-]hand"}
# Units that are too ambiguous to read after a space (only glued: "37m", "5W", "45g").
GLUED_ONLY_UNITS: frozenset[str] = frozenset(
    {"m", "g", "w", "v", "nm", "mi", "db", "kb", "mb", "c", "f"}
)
# Glued units read only in capitals ("12C" is Celsius; "12c" may be cents).
UPPER_ONLY_UNITS: frozenset[str] = frozenset({"c", "f"})
# Glued units that a capital makes a name: "3G" and "5G" are phone networks, not grams.
NAME_IF_CAPITAL_UNITS: frozenset[str] = frozenset({"g"})
# Unit forms that are case-sensitive when glued (so "5M" is not read as metres).
DURATION_UNITS: frozenset[str] = frozenset(
    {"years", "months", "weeks", "days", "hours", "minutes", "seconds"}
)

# Denominators of rates: "$58 per barrel", "$3,500 a month", "12 cts a share".
RATE_NOUNS: dict[str, str] = {
    "share": "share",
    "shr": "share",
    "barrel": "barrel",
    "bbl": "barrel",
    "ounce": "oz",
    "oz": "oz",
    "tonne": "tonne",
    "ton": "ton",
    "gallon": "gallon",
    "litre": "litre",
    "liter": "litre",
    "kilo": "kg",
    "kg": "kg",
    "pound": "lb",
    "lb": "lb",
    "gram": "g",
    "bushel": "bushel",
    "head": "head",
    "person": "person",
    "night": "night",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "annum": "year",
    "hour": "hour",
    "square foot": "sq ft",
    "sq ft": "sq ft",
    "square metre": "sq m",
    "square meter": "sq m",
    "sq m": "sq m",
    "mmbtu": "MMBtu",
    "kwh": "kWh",
    "mwh": "MWh",
    "unit": "unit",
    "vehicle": "vehicle",
    "car": "car",
    "passenger": "passenger",
}


# --- context words --------------------------------------------------------------

MONTHS: frozenset[str] = CALENDAR["month_names"] | CALENDAR["month_abbreviations"]
WEEKDAYS: frozenset[str] = CALENDAR["weekdays"]
# Lowercase words allowed glued before a number with a hyphen ("once-70,000").
HYPHEN_PREFIXES: frozenset[str] = word_set(
    "once some nearly about around almost over sub minus mid more less just "
    "roughly approximately near"
)
# Lowercase names glued with a hyphen to a number ("covid-19" in lowercased text).
NAME_PREFIXES: frozenset[str] = word_set("covid sars mers mh ta f su mig last top under")
STREET_WORDS: frozenset[str] = word_set(
    "street st road rd avenue ave lane way drive boulevard blvd place square close "
    "crescent terrace court gardens park highway"
)

# Words after "a year", "a month" that make it a point in time, not a rate: "profit of
# $4m a year earlier" is last year's profit, not $4m per year.
TIME_AGO_WORDS: frozenset[str] = word_set("earlier ago before previously prior later back")
# Nouns before "of" that say how much, not what is counted ("in excess of $234,000",
# "to the tune of £5m", "in the region of 40%").
APPROXIMATING_NOUNS: frozenset[str] = word_set(
    "excess tune region order neighbourhood upwards average"
)
# Words before a bare number that make it a person's age ("aged 45").
AGE_BEFORE_WORDS: frozenset[str] = word_set("aged")
# One person named by a common noun, whose age an apposition gives ("the prince, 20,").
AGE_HOLDER_NOUNS: frozenset[str] = word_set(
    "man woman boy girl teenager teen child baby son daughter father mother husband wife "
    "brother sister prince princess king queen actor actress singer player striker "
    "goalkeeper midfielder defender driver rider boxer student pupil victim suspect "
    "defendant officer soldier pensioner grandmother grandfather owner chef"
)
# Possessive names that a number completes into an index's name ("Standard and Poor's
# 500 futures"): the number names the index, it counts nothing.
NUMBERED_NAME_POSSESSORS: frozenset[str] = word_set("poor's poor\u2019s")
# Words after "100 percent" that make it a manner of speaking ("100 percent sure").
FULL_PERCENT_IDIOM_WORDS: frozenset[str] = word_set(
    "sure certain accurate right wrong behind committed confident correct true honest "
    "clear convinced supportive fit focused serious genuine"
)
# Approximations after a number that come before the counted noun ("30 or so pastors").
APPROX_AFTER: frozenset[str] = word_set("so more less fewer")
# Nouns whose plural is written like the singular: after a number they still count.
SAME_PLURAL_NOUNS: frozenset[str] = word_set(
    "staff crew personnel police cattle livestock head aircraft sheep deer fish species "
    "series offspring militia infantry artillery clergy youth strong workforce"
)
# Singular nouns after a number that name a level it marks ("the 2400 mark", "the
# 2400 area"), not a model: the number stays a figure.
LEVEL_NOUNS: frozenset[str] = word_set(
    "mark level area barrier threshold line point region zone vicinity figure ceiling floor"
)
# Words that never say what a figure counts on their own: a time or a period ("the 793
# mln stg of February 1986", "15 dlrs per barrel in calendar 1987"). A figure whose
# "what it counts" is only such words tells the reader when, not what.
TIME_ONLY_WORDS: frozenset[str] = (MONTHS - {"may"}) | word_set(  # "may" is a verb too
    "calendar fiscal year years month "
    "months week weeks day days quarter quarters qtr period season today yesterday "
    "first second third fourth last next previous same this that the a"
)
# Nouns of where or how a sum was dealt, not what it is: after "in" they name no
# concept ("rose 3.50 dlrs to 74.50 dlrs in active trading", "raised 50 mln guilders
# in the market", "15 dlrs per barrel in calendar 1987", "up 2 billion in real terms").
SETTING_NOUNS: frozenset[str] = word_set(
    "trading market markets session sessions dealings calendar terms"
)
# Nouns a glued "m" after a bare number measures in metres, not millions ("400m hurdles").
METRE_NOUNS: frozenset[str] = word_set("waves metres meters feet yards miles hurdles")

# --- words the parse-side rules look for (figures.py) ---

# Things an editor cares most about when counted.
PEOPLE_NOUNS: frozenset[str] = word_set(
    "people person dead death deaths killed casualty casualties victim victims soldier "
    "soldiers troops civilian civilians child children worker workers employee employees "
    "job jobs refugee refugees patient patients case cases resident residents inhabitant "
    "inhabitants voter voters user users customer customers student students migrant "
    "migrants prisoner prisoners passenger passengers fan fans member members staff "
    "household households family families adult adults pensioner pensioners officer "
    "officers police fighter fighters injured wounded homes house houses"
)
# Titles written with a full stop before a name ("Rep. Dan Glickman"): no sentence end.
# Case-sensitive, as written: "Rep", not "rep".
TITLE_ABBREVIATIONS: frozenset[str] = word_set(
    "Mr Mrs Ms Dr Rep Sen Gov Gen Lt Col Sgt Capt Cmdr Adm Prof Rev St Messrs"
)
# Groups of people a survey gives a share of ("14% of people aged 18 to 34", "39% of
# voters who backed Labour"): the words after them say which people they are.
SURVEYED_NOUNS: frozenset[str] = word_set(
    "people adults voters respondents men women children pupils students workers "
    "employees consumers customers households parents teenagers pensioners those "
    "britons americans graduates users"
)
# People whose age limit a bare number after "under" or "over" gives ("children under
# 18", "people over 65", "voters aged over 60"): an age group, not a count.
AGE_LIMITED_NOUNS: frozenset[str] = SURVEYED_NOUNS | word_set(
    "kids youngsters young girls boys anyone everyone patients drivers players"
)
# Verbs by which a share of people says what it does ("14% said they never vote").
SURVEY_VERBS: frozenset[str] = word_set("say tell admit claim believe think report")
# Nouns that never say what a figure counts: time words and grammar.
# Nouns for people or bodies that act: as the subject of a figure's clause they say who
# paid, voted or asked ("lawmakers voted to raise it to $8.70"), not what it measures.
AGENT_NOUNS: frozenset[str] = PEOPLE_NOUNS | word_set(
    "lawmakers legislators officials ministers government governments authorities regulators "
    "analysts economists investors traders dealers brokers banks lenders bankers firms "
    "companies company firm group executives managers directors shareholders owners buyers "
    "sellers parties party leaders critics campaigners unions plaintiff plaintiffs defendant "
    "defendants athlete athletes player players champion winner runner rider driver old"
)
# People named by their office: as a figure's subject they say whose share or sum it is
# ("the Ohio governor earned 51 percent"), not what it measures. Unlike AGENT_NOUNS they
# name no owner of a count ("the 40 traders" are not the mayor's).
TITLE_NOUNS: frozenset[str] = word_set(
    "governor governors senator senators candidate candidates president minister mayor "
    "chancellor secretary chairman chairwoman spokesman spokeswoman nominee rival rivals "
    "challenger incumbent congressman congresswoman lawmaker premier"
)  # "old": "the 19-year-old cleared 1.80m", a person
NOT_COUNTED: frozenset[str] = WEEKDAYS | word_set(
    "year years month months week weeks day days today yesterday tomorrow time times "
    "quarter half season hour hours minute minutes "
    "morning afternoon evening night dimension dimensions figure figures "
    "way ways qtr qtrs mth mths yr yrs"
)
GENERIC_SUBJECTS: frozenset[str] = word_set(
    "share shares price prices value values cost costs stock stocks rate rates number "
    "level index stake proportion percentage share"
)
# Nouns of holdings that take "in" for what is held ("shares in Manchester United").
HOLDING_NOUNS: frozenset[str] = word_set("share shares stake stakes stock stocks holding holdings")
PRONOUNS: frozenset[str] = word_set(
    "it he she they we i you this that these those which who one none neither each both all"
)
YEAR_PREPS: frozenset[str] = word_set(
    "in since by until till of from to between and during before after year fiscal season "
    "early late mid around circa c. through"
)
# Lowercase words before a number that make it a label, not a quantity ("category 4").
LABEL_WORDS: frozenset[str] = word_set(
    "top category level grade phase stage article section chapter clause room gate platform "
    "route flight channel tier division game week day round series model version number "
    "page item lot unit zone block terminal district ward type class size seed no"
)
MOVE_WORDS: frozenset[str] = word_set(
    "up down by + - rose fell gained lost added climbed slipped jumped was were"
)
# Nouns of a change: alone they say a figure moved, not what moved ("a 20% rise"); the
# "in" phrase after them says it ("a 20% rise in pre-tax profits").
CHANGE_NOUNS: frozenset[str] = word_set(
    "rise rises increase increases fall falls drop drops decline declines gain gains jump "
    "jumps cut cuts reduction reductions growth slump surge climb dip hike hikes"
)
# Verbs (lemmas) and adverbs of a move up or down: a percentage they take directly or
# after "by" ("prices rose 15.1%", "increased by 1.1%", "was up two pct") is the size of
# the move, not the level of what moved; "rose to 5.2%" gives a level and is not one.
RISE_WORDS: frozenset[str] = word_set(
    "rise increase climb jump soar surge gain grow advance rally improve firm strengthen "
    "rebound accelerate expand up"
)
FALL_WORDS: frozenset[str] = word_set(
    "fall drop decline slip slump plunge tumble dip ease lose shed weaken decrease "
    "retreat shrink sink slide contract down"
)
# Nouns a duration is the news of, when the lead gives it with them ("a jail term of 20
# years", "a three-year contract", "a grounding for three months"). A duration of
# anything else is background ("a two-year study", "a 10-year career").
TERM_NOUNS: frozenset[str] = word_set(
    "sentence sentences term terms jail prison imprisonment custody detention ban bans "
    "suspension contract contracts deal deals lease agreement moratorium freeze extension "
    "grounding curfew exile strike stoppage closure shutdown blockade ceasefire truce "
    "tenure mandate licence license franchise concession"
)
# Verbs that put a value on their object ("the bid values the club at £800m", "valued
# the first part of its offer at 4.3 billion dlrs"): the amount measures the object.
# A forecast or a target puts a value on its object the same way, and in the passive on
# its subject ("sales are projected at 3.1 mln troy ounces", "plantings were forecast at
# 627,000 ha", "output was set at 900,000 tonnes"): without them such a lead figure was
# read from the sentence's first noun phrase and left out of the key figures.
VALUING_VERBS: frozenset[str] = word_set(
    "value price estimate put peg assess forecast project set fix expect target budget"
)
# Verbs of a market move in the past tense: "fell 15.6 to 1,855.7" gives a change and
# the level reached, not a range from 15.6 to 1,855.7.
MOVE_VERBS: frozenset[str] = word_set(
    "rose fell gained lost added shed climbed slipped jumped dropped eased firmed declined "
    "advanced slumped surged soared plunged tumbled rallied retreated edged dipped improved "
    "weakened strengthened increased decreased grew adding gaining losing rising falling "
    "climbing dropping shedding up down"
)
# Verbs that put their subject at a level ("the index ended the day at 2406", "the
# stock closed at 120", "output peaked at 2,000 tonnes"): a count or measure after them
# is the subject's.
LEVEL_VERBS: frozenset[str] = word_set(
    "end close open finish settle trade stand peak bottom remain stay stick hover sit"
)
# Heads of a rate: "annual house price inflation is up 13.8%" gives the rate, not the
# size of a move in it, so no "rise in" is put before it.
RATE_HEADS: frozenset[str] = word_set(
    "inflation rate rates yield yields unemployment interest share ratio margin margins"
)
# Verbs by which someone acts with money: "the utility earned $245m" is what was earned,
# by the utility ("earned (utility)"). Another verb with a money object ("agreed a $168m
# settlement", "would go up to $8") gives no such reading.
TRANSACTION_VERBS: frozenset[str] = word_set(
    "earn pay spend raise save invest borrow lend lose owe seek receive sell buy charge "
    "award offer bid win donate collect fine sue claim demand cut provide"
)
# Verbs whose object is money whatever it is written as: a bare "1.6 billion" they take
# is a sum ("agreed to cut 1.6 billion from the farm budget"). Not "sell" or "buy".
SPENDING_VERBS: frozenset[str] = word_set("spend pay save borrow lend owe invest cut seek donate")
# Verbs of comparing: "compared that new cost with the £500m ..." sets the sum against
# the noun before "with"; the sum is not that noun's.
COMPARING_VERBS: frozenset[str] = word_set("compare contrast")
# Verbs of asking: a sum after "for" is what is asked ("the island state is asking for
# $320m": "asking for (island state)"), not the subject's own figure.
ASKING_VERBS: frozenset[str] = word_set("ask call appeal apply press push lobby bid")
# Nouns of asking or ordering: a sum after "for" is what they ask ("demand for 746
# billion pesetas", "a bid for $5bn", "a claim for 20 mln dlrs").
ASKING_NOUNS: frozenset[str] = word_set(
    "demand demands bid bids offer offers claim claims request requests "
    "contract contracts tender tenders appeal appeals application applications"
)
# Transaction verbs that also tell a market move ("shares lost 12 cts"): with a subject
# that is not a price, the amount is a loss, and the briefing says so.
LOSING_VERBS: frozenset[str] = word_set("lose")
# Subjects whose "lost 12 cts" is a price move, not a loss: currencies, commodities,
# securities and markets.
MARKET_MOVERS: frozenset[str] = word_set(
    "dollar dollars yen sterling pound euro mark franc currency gold silver platinum "
    "copper oil crude gasoline wheat corn soybeans sugar coffee cocoa cotton futures "
    "contract contracts bond bonds note notes bill bills treasury treasuries issue "
    "market markets index dow average barrel ounce"
)
# Nouns for amounts of money: a figure described by one is money, even without currency.
MONEY_NOUNS: frozenset[str] = word_set(
    "debt debts profit profits sales revenue revenues loss losses income deficit surplus "
    "budget spending investment turnover earnings reserves assets capital dividend price "
    "prices cost costs fee fees salary wages wage fine"
)
# Nouns of a sporting event a distance names ("the 60m title", "the 1500m final"): the
# distance is part of the event's name, not a figure.
EVENT_NOUNS: frozenset[str] = word_set(
    "title titles crown champion champions championship final finals heat heats race "
    "races record hurdles relay freestyle backstroke breaststroke butterfly medley sprint "
    "event events medal gold silver bronze"
)
# Nouns after a score written as a range ("a 1-2 defeat", "a 2-3 aggregate loss").
RESULT_NOUNS: frozenset[str] = word_set(
    "win wins victory victories defeat defeats draw draws tie ties loss losses lead "
    "scoreline thrashing drubbing aggregate home away triumph success reverse"
)
# A distance that places something ("100 kilometres south of the capital"): where, not
# how much.
DIRECTION_WORDS: frozenset[str] = word_set(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west away inland offshore"
)
# Verbs whose subject is what a money object measures ("the plant will cost $4bn",
# "sales topped $2bn"). With any other verb the subject is who pays, earns or asks
# ("the utility earned $245m"): an owner, not what the amount is.
MEASURING_VERBS: frozenset[str] = word_set(
    "cost total top reach exceed hit equal fetch amount rise fall climb jump drop gain lose "
    "increase decrease grow shrink surge slump soar plunge slip slide dip tumble double "
    "triple halve value worth bring generate yield return average represent make shed ease "
    "firm edge advance decline dip slip"
)
# Words that pick a count out of a set the story already has ("the first five games",
# "all three airports", "the other two"): the count is not news in itself.
SELECTION_WORDS: frozenset[str] = word_set("first next last all other remaining top final")
MONTH_LIKE: frozenset[str] = CALENDAR["month_abbreviations"] | {"may"}
NOT_NAMES: frozenset[str] = word_set(
    "the a an it he she they we i in on at by but and or so as on while"
)
NOT_HOSTS: frozenset[str] = word_set(
    "total sum amount number average majority minority lot lots couple group groups set "
    "maximum minimum handful range series list one each all some any most none part parts "
    "portion share half rest bulk percent per cent proportion fraction"
)
APPROX: frozenset[str] = word_set(
    "about around nearly almost roughly some just only over under more less than up to at "
    "least most estimated approximately an a"
)
COPULAS: frozenset[str] = word_set(
    "is was are were be been being stands stood stand totalled totaled"
)
UNIT_ONLY: frozenset[str] = word_set(
    "pct percent per cent % mln bln billion million dlrs dlr stg cts"
)
# Verbs whose subject's cost a sum is ("machines that cost only £399": the cost of the
# machines, not machines).
COST_VERBS: frozenset[str] = word_set("cost")
# A work a sum is taken by ("The movie took $28.5m", "the biopic came third with
# $7.6m"): the sum is the work's takings, not the work (a box office table that reads
# "$28.5m: movie" says nothing of what the money is).
WORK_NOUNS: frozenset[str] = word_set(
    "film films movie movies biopic sequel comedy drama thriller documentary musical "
    "blockbuster animation cartoon epic remake"
)
TAKING_VERBS: frozenset[str] = word_set("take gross earn make")
PLACING_VERBS: frozenset[str] = word_set("come finish open debut")
# Nouns that give an amount as a whole ("earned a total of $13bn", "paid a sum of $5m"):
# what was earned or paid says what the amount is, not the noun.
SUM_NOUNS: frozenset[str] = word_set("total sum amount tally")
# Nouns that place a figure on a scale, not what it measures ("in the range of 4.25-4.50
# dlrs", "a maximum of 14Mbps", "the peak of 43%", "the £1.5bn mark", "third position
# with 54%"): on their own they tell an editor nothing, and "range" or "second place" in
# a key-figures table reads as what the figure counts. `figures._frame_host` looks for
# the thing the frame is of (the earnings in that range, the bid up to that mark).
FRAME_NOUNS: frozenset[str] = word_set(
    "range maximum minimum peak high low mark barrier threshold ceiling floor level "
    "position place spot"
)
# Words that may stand before a frame noun without saying what it is of ("a new high",
# "the all-time peak", "third place"): the phrase is still only the frame.
FRAME_MODIFIERS: frozenset[str] = word_set(
    "a an the its their his her new all-time record upper lower top bottom first second "
    "third fourth fifth sixth seventh eighth ninth tenth last final overall lofty"
)
# Track and swimming race distances in metres: "the 1500m", "the women's 10,000m" with
# no noun after name a race, not a length ("decision: 10,000m" misread the event).
RACE_METRES: frozenset[float] = frozenset(
    {50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0}
)
# An owner in brackets says whose a figure is: a name, a body, a thing. An act or a
# process ("firm orders (move)", "new planes (delivery)", "stake (purchase)") owns
# nothing, and reads as a wrong owner. Only nouns listed: an ending such as "-tion" also
# took "Donor nations", "online petition" and "consultation", which do own their figures
# (held-out breadth, session 13).
OWNERLESS_NOUNS: frozenset[str] = word_set(
    "move moves delivery deliveries purchase tender policy policies expectations restrictions split"
)
# Common nouns for a body or a role that owns what its clause counts ("jobs (company)",
# "homicides (city)", "judges (court)"), when a clause's subject is not a name. Any other
# common noun as a subject is a cause, a survey, a share of people or a thing ("pupils
# (Previous initiatives)", "categories (Winners)", "margin (Black voters)"): an editor
# strikes such an owner, so it is left out (fresh breadth text, session 13).
OWNER_NOUNS: frozenset[str] = word_set(
    "company companies firm firms group groups bank banks lender lenders government "
    "governments ministry council city cities state states country countries nation nations "
    "court committee board agency authority authorities party parties team club campaign "
    "union unions university school hospital charity foundation fund petition airline "
    "carrier carmaker maker manufacturer retailer insurer broadcaster network studio label "
    "giant operator utility exchange creditor creditors coalition region province town "
    "village island county district plant plants factory factories mill mills mine mines store "
    "stores industry industries sector sectors "
    "newspaper website site film album band singer player champion side striker defender "
    "midfielder"
)
# Verbs by which a subject acts on a figure that is someone else's: a rater reviews or
# downgrades a firm's debt, a body blocks a package, a survey interviews pupils.
NOT_OWNING_VERBS: frozenset[str] = word_set(
    "rate review downgrade upgrade affirm block reject oppose veto sue interview survey poll "
    "monitor measure estimate retrace criticise criticize question"
)
# Verbs by which a subject holds or yields what its object counts ("a squad that
# contained 17 players", "the thriller has sold 17 million copies", "the field has
# produced 1 million barrels"): the subject owns the figure, whatever noun it is.
HAVING_VERBS: frozenset[str] = word_set(
    "have contain include employ own hold number boast produce sell earn "
    "generate record score net win gross cost extend stretch span weigh"
)
# Verbs with a particle or preposition that make a verb of having: "the tablet comes with
# a 5 W charger", "a defense that gave up 517 rushing yards".
HAVING_PHRASES: frozenset[tuple[str, str]] = frozenset({("come", "with"), ("give", "up")})
# Subjects that frame another quantity and own nothing: "An average of 81 percent of
# Democrats approve" is not the average's, "The number of workers stagnated as a 50,000
# increase ..." not the number's.
FRAME_SUBJECTS: frozenset[str] = word_set("number average level proportion percentage majority")
# Words that open a noun phrase of a quantity, not a name: "fewer Democrats".
QUANTIFYING_WORDS: frozenset[str] = word_set("fewer more less many few several most some all")
# Label words that make a name with a number even as a sentence's first word ("Number
# 10 said", Downing Street); other label words there may open a count ("Top 10 ...").
NAME_LABELS: frozenset[str] = frozenset({"Number", "No"})
# Nouns that stand for things named elsewhere ("two Palestinians were shot; three others
# died"): as what a figure counts they say nothing, and the figure is better unsaid.
EMPTY_HEADS: frozenset[str] = word_set("others ones rest")
# Verbs that move their object, which then does what their infinitive says ("helped
# push the average up 15 points to end the day at 2406": the average ended at 2406).
# With any other verb the infinitive tells a purpose ("spent 1.1 billion dlrs to buy
# seven plants"), or its subject is not whose the figure is ("asked shareholders to
# approve three mln shares" are the company's shares, not the shareholders').
OBJECT_CONTROL_VERBS: frozenset[str] = word_set("push drive send lift pull")
# Verbs of owning part of a company: "they own 29% of United" is a stake in United.
OWNING_VERBS: frozenset[str] = word_set(
    "own hold buy acquire sell control take have build raise increase reduce cut sell seek "
    "bid offer purchase retain keep dispose"
)

# --- words around a number in the text (figures_scan.py) ---

ONE_BAD_NEXT: frozenset[str] = word_set(
    "of another or point day time thing way hand side more after by last"
)
ONE_BAD_PREV: frozenset[str] = word_set(
    "no any each the this that which same last only right wrong big new old little other a no-one "
    "number"
)
SCORE_NEXT: frozenset[str] = word_set(
    "win victory defeat lead draw loss scoreline down up home away at in on with after "
    "and to the a against for"
)

UNIT_WORD_RE = re.compile(r"[A-Za-z]")

# --- wire results tables ("Shr loss 53 cts vs profit 55 cts", `figures_table`) ---

# Abbreviations of a row label, spelt out in what the figure counts ("Oper net" ->
# "operating net", "Revs" -> "revenues").
TABLE_ABBREVIATIONS: dict[str, str] = {
    "oper": "operating",
    "avg": "average",
    "revs": "revenues",
    "rev": "revenue",
    "shrs": "shares",
    "mths": "months",
    "qtr": "quarter",
    "yr": "year",
    "dil": "diluted",
    "prim": "primary",
    "extraord": "extraordinary",
    "pretax": "pre-tax",
    "div": "dividend",
}
# A label with one of these words gives a sum per share ("Shr", "Oper shr", "Share" in
# British tables); one with a word of `TABLE_COUNT_WORDS` counts shares or things, so
# its row is never money, whatever the table's currency ("Avg shrs 45.0 mln").
TABLE_PER_SHARE_WORDS: frozenset[str] = word_set("shr share")
TABLE_COUNT_WORDS: frozenset[str] = word_set(
    "shrs shares employees workers units vehicles cars tonnes ounces barrels contracts "
    "lots subscribers accounts stores branches"
)
# The sign a value carries in a results row ("Net loss 3,865,000 vs profit 4,040,000").
TABLE_SIGNS: frozenset[str] = word_set("loss profit")
# Words that make a line prose, not a results row ("Fiscal 1987 nonrecurring income items
# totaled 4,322,342 vs 1,393,187"; "Net excludes tax credit 2,540,000 dlrs vs ...").
TABLE_NOT_LABEL_WORDS: frozenset[str] = word_set(
    "includes include included excludes exclude excluded totaled totalled totals total "
    "was were is are rose fell reflects reflect compared against vs"
)
# Words of a period that a table's first row may carry before its label ("Year to
# end-December Shr 76.7p vs 67.7p").
TABLE_PERIOD_WORDS: frozenset[str] = word_set(
    "year years months mths month quarter qtr half week weeks to end ended ending"
)
# The items a note under a results table names before a sum, with no "of" ("Net includes
# gain 5,360,000 dlrs", "excludes tax credit 2,540,000 dlrs vs credit reversal ..."),
# and the words that introduce them there. `figures_table.note_item`.
NOTE_ITEM_NOUNS: frozenset[str] = word_set(
    "gain gains loss losses charge charges credit credits provision provisions writedown "
    "writedowns write-down write-downs writeoff writeoffs write-off write-offs reversal "
    "benefit benefits profit profits"
)
NOTE_ITEM_INTRODUCERS: frozenset[str] = word_set(
    "includes include included including excludes exclude excluded excluding vs and"
)
