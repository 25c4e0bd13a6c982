"""Datelines, agency tags and section labels at the front of a sentence.

"SEOUL, Aug. 20 (Yonhap) --", "WASHINGTON (CNN) —", "MANCHESTER, N.H. —": the wire's
place and date, not the story. A summary sentence, a figure's context and the lead
the briefing shows are cut after them; this module says how long the front is.
"""

from __future__ import annotations

import re

from generator.extract.punctuation import DASH_CHARACTERS
from generator.extract.words import word_set

# A dateline, an agency tag or both, then a dash: "SEOUL, Aug. 20 (Yonhap) --",
# "WASHINGTON (CNN) —", "(CNN) --", "LONDON, March 3 -", "KYIV, Ukraine (AP) —", and a
# date alone before an agency, as wires resold without the place give it: "Aug 27 (Reuters) -".
PLACE = r"[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}"
# The state or country after the place: "CHICO, Calif.", "DES MOINES, Iowa", and the
# postal-style abbreviations of American papers, "MANCHESTER, N.H.", "MYRTLE BEACH, S.C.".
REGION = r",\s*(?:[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?|(?:[A-Z]\.){2,3})"
MONTH_DAY = r"[A-Z][a-z]{2,8}\.?\s\d{1,2}"
DATE = rf",\s*{MONTH_DAY}"
AGENCY = r"\([A-Z][\w.&'/-]*(?:\s[A-Z][\w.&'/-]*){0,3}\)"
DASH = f"(?:--|[{DASH_CHARACTERS}]|-)"  # "WASHINGTON \u2015 ": HuffPost's bar too
DATELINE = re.compile(
    rf"^\s*(?:(?P<place>{PLACE})(?:{REGION})?(?P<date>{DATE})?\s*|{MONTH_DAY}\s+(?=\())?"
    rf"(?P<agency>{AGENCY})?\s*(?P<dash>{DASH})\s+(?=\S)"
)


def dateline_length(text: str) -> int:
    """How many characters of `text` (a story's opening) are its dateline, or 0."""
    match = DATELINE.match(text)
    if match is None or not (match.group("place") or match.group("agency")):
        return 0
    if match.group("dash") == "-" and not (match.group("date") or match.group("agency")):
        return 0  # "US - China talks": a single hyphen needs a date or an agency
    return match.end()


# A dateline a story's lead may give with a single hyphen: one word of four capitals or
# more ("MIAMI - ", "BEIJING - "), or a place in capitals with its state or country
# ("CHICO, Calif. - ", "RYE, N.H. - "), then a capitalised word; "US - China talks" is
# none.
LEAD_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Z'.\-]{{3,}}(?:\s[A-Z][A-Z'.\-]+)?|{PLACE}{REGION})"
    r"\s+-\s+(?=[A-Z\"\u201c])"
)


def lead_dateline_length(text: str) -> int:
    """How many characters of a lead's `text` are its dateline, a single hyphen's too."""
    match = LEAD_DATELINE.match(text)
    return dateline_length(text) or (match.end() if match else 0)


def strip_dateline(text: str, lead: bool = False) -> str:
    length = (lead_dateline_length(text) if lead else dateline_length(text)) or (
        _section_label_length(text)
    )
    if not length:
        return text
    rest = text[length:]
    return rest[:1].upper() + rest[1:] if rest else text


# A wire column's section label before a dash: "In the newspapers -- The Wall Street
# Journal said ...", "Elsewhere -- ...". It heads a part of the column, not the sentence.
SECTION_LABEL = re.compile(r"^([A-Z][a-z]+)(?:\s+[a-z]+){0,3}\s+(?:--|\u2014)\s+(?=[A-Z\"\u201c])")
LABEL_OPENERS = word_set("in on at from elsewhere among across around")


def _section_label_length(text: str) -> int:
    """How many characters of `text` are a section label (`SECTION_LABEL`), or 0."""
    match = SECTION_LABEL.match(text)
    return match.end() if match and match.group(1).lower() in LABEL_OPENERS else 0
