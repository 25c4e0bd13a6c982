"""Whether a span can be a name at all (bylines, times, percentages and title words are
not): the filter before any vote.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import actor_spans
from generator.extract.actors.lexicon import HONORIFICS, PRONOUNS, TITLE_WORDS
from generator.extract.actors.names import COMPANY_FORM_WORDS
from generator.extract.actors.places import _country_initials
from generator.extract.words import word_lists, word_set

# Nouns for a kind of body after a country's initials: "a U.S. Bank" (company_words.toml)
COUNTRY_KIND_NOUNS = word_lists("company_words")["country_kind_nouns"]

# Words the model tags as organisations on their own ("Shadow Chancellor", "State").
GENERIC_WORDS = word_set(
    "state states government shadow election general budget bill act parliamentary "
    "national federal central royal county borough city council group company bank "
    "committee commission agency authority board court union party"
)


# Words the model tags as a name when they stand alone, never an actor's whole name: a
# street's abbreviation cut off its name ("Downing St"), the press as a whole ("the
# Media"). In a longer name they stay ("St Helens", "Media Player").
LONE_GENERIC_WORDS = word_set("st st. media")


BYLINE_WORDS = frozenset({"by", "photo", "photograph", "image", "credit", "reporting"})


# A number and "percent" inside a name: the model ran a name on into a share ("Clinton
# leading Trump 47.3 percent to 44.4 percent", "gave Patriot 13 percent of its reserves").
PERCENT_IN_NAME = re.compile(r"\s\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


# The word before "Time" in a time zone's name ("Eastern Standard Time").
TIME_ZONE_WORDS = actor_spans.WORDS["time_zone_words"]


#: A capital an editor put in brackets at a quotation's start ("[W]e", "[T]he"): the
#: model tags the letter and the rest of the word as a name ("W e").
_EDITED_CAPITAL = re.compile(r"\[[A-Z]\][a-z]")


def _plausible_name(name: str, span: Span) -> bool:
    """Drops junk the model tags: single letters, numbers, URLs, pronouns, common words."""
    if len(name) < 2 or not any(ch.isalpha() for ch in name):
        return False
    if not name[0].isupper() and not name[0].isdigit():
        return False
    lowered = name.casefold()
    if lowered in HONORIFICS or (lowered in PRONOUNS and not _country_initials(name)):
        return False
    if "http" in lowered or "www." in lowered or "@" in name:
        return False
    if "/" in name and name.split()[-1] not in actor_spans.WIRE_COMPANY_FORMS:
        return False  # a path or "and/or"; not a firm's form ("Novo Industri A/S")
    if sum(ch.isdigit() for ch in name) > len(name) // 2:
        return False
    if all(w.strip(".") in GENERIC_WORDS or w in TITLE_WORDS for w in lowered.split()) and not (
        _party_name(span)
    ):
        return False
    if lowered in LONE_GENERIC_WORDS:
        return False
    if _office_of_state(span):
        return False  # "Secretary of State for Culture": a post's words, no body
    if all(w in COMPANY_FORM_WORDS for w in lowered.split()):
        return False  # "the AG's complaint": a company form (or the attorney general)
    if PERCENT_IN_NAME.search(name):
        return False  # "leading Trump 47.3 percent to 44.4": a share, the model ran on
    if _bracketed_ticker(name, span):
        return False  # "Novo Industri A/S (NVO.CO)": the firm's ticker, no actor
    if _EDITED_CAPITAL.search(span.doc.text[max(0, span.start_char - 1) : span.end_char]):
        return False  # "[W]e encourage affiliated unions": an editor's capital, no name
    words = lowered.split()
    if country_kind_name(name):
        return False  # "one U.S. Bank creditor": a bank of that kind, capitalised by wire
    if len(words) >= 2 and words[-1] == "time" and words[-2] in TIME_ZONE_WORDS:
        return False  # "Eastern Standard Time": a time zone
    first = span[0]
    if (
        len(span) == 1
        and first.ent_type_ == "PERSON"
        and first.i > 0
        and first.doc[first.i - 1].lower_ in {"the", "a", "an"}
        and first.dep_ not in {"compound", "amod", "poss"}
    ):
        return False  # "the Bill": legislation, not a person
    # A real name holds a proper noun or an acronym, or is capitalised mid-sentence;
    # "Strategies" at a sentence start is a common noun the model tagged.
    if any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in span):
        return True
    first = span[0]
    prev = first.doc[first.i - 1] if first.i > 0 else None
    return not (first.is_sent_start or prev is None or prev.is_punct or prev.is_space)


def country_kind_name(name: str) -> bool:
    """Whether a name is a country's initials and a noun for a kind of body ("U.S. Bank",
    "U.S. Firms"): wire copy capitalises the word after "U.S.", so "one U.S. Bank
    creditor" reads as a name; it is a bank of that kind (`COUNTRY_KIND_NOUNS`)."""
    words = name.split()
    if len(words) != 2 or words[1].casefold() not in COUNTRY_KIND_NOUNS:
        return False
    return _country_initials(words[0].replace(".", ""))


# Titles a "of State for ..." post follows: "Secretary of State for Culture", "Minister
# of State for Trade", "Undersecretary of State for Economic Affairs" (and, read by the
# word after the hyphen, "Under-Secretary").
STATE_POST_TITLES = word_set("secretary secretaries minister ministers undersecretary")


def _office_of_state(span: Span) -> bool:
    """A name opening with "State" right after "<title> of": the rest of a minister's
    post ("Secretary of State for Constitutional Affairs"), which the model tags as a
    body."""
    doc, start = span.doc, span.start
    return (
        span[0].lower_ == "state"
        and start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_.split("-")[-1] in STATE_POST_TITLES
    )


def _party_name(span: Span) -> bool:
    """Whether the span is a party's name of generic words, each capitalised, "Party"
    last: New Zealand's "National Party", a "Reform Party". A generic run of capitals
    ("the National Office") may be any body's; a party names itself so."""
    words = [t for t in span if not t.is_punct]
    return (
        len(words) >= 2 and words[-1].lower_ == "party" and all(t.text[:1].isupper() for t in words)
    )


def _is_byline(doc: Doc, start: int) -> bool:
    """A name right after "By" or "Photo:" at the start of a line is a credit, not an actor."""
    i = start - 1
    while i >= 0 and doc[i].is_punct and doc[i].text in {":", "|", "-", "("}:
        i -= 1
    if i < 0 or doc[i].lower_ not in BYLINE_WORDS:
        return False
    return i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space


def plural_title_token(token: Token) -> bool:
    """A capitalised title in the plural before several holders' names: "Presidents
    Obama and Bush", "Senators Cruz and Rubio". The model sweeps it into the first name
    ("Presidents Obama"); it is no one's role, being shared."""
    lowered = token.lower_
    return (
        token.is_title
        and lowered.endswith("s")
        and lowered[:-1] in TITLE_WORDS
        and token.tag_ in {"NNS", "NNPS"}
    )


def _is_title_token(token: Token) -> bool:
    """An honorific or a capitalised title word ("Mr", "Dr", "President", "Minister")."""
    lowered = token.lower_
    return lowered in HONORIFICS or (
        (token.is_title or (token.is_upper and len(token) > 1)) and lowered in TITLE_WORDS
    )  # "MSP Karen Whitefield", "CEO Jane Smith"


#: A stock ticker with its exchange's code: "NVO.CO" (Copenhagen), "CAWL.L" (London).
TICKER = re.compile(r"[A-Z]{2,5}\.[A-Z]{1,2}")


def _bracketed_ticker(name: str, span: Span) -> bool:
    """Whether the name is a ticker in brackets ("Novo Industri A/S (NVO.CO)"), as wire
    copy gives a listed firm's after its name the first time it names it."""
    doc = span.doc
    return (
        TICKER.fullmatch(name) is not None
        and span.start > 0
        and doc[span.start - 1].text in {"(", "<"}
    )
