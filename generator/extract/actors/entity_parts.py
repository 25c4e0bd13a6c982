"""An entity span that holds several names ("Smith and Jones", "Kenya's Odinga"): the
parts, each to be a mention of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract import actor_spans
from generator.extract.actors.body_then_person import body_then_person
from generator.extract.actors.cut_bodies import (
    institution_and_place,
    listed_place_before_firm,
    owned_body,
)
from generator.extract.actors.joined import _written_only_before
from generator.extract.actors.lexicon import _NOT_NAME_START, FIRMS_AT_AND_KEY, ORG_WORDS
from generator.extract.actors.names import COMPANY_SUFFIXES, _given_name_led_full, _party_words
from generator.extract.actors.office_holders import person_after_office_field
from generator.extract.actors.owned_places import place_and_its_division
from generator.extract.actors.person_of_body import person_of_body
from generator.extract.actors.places import _country_name, _known_place, gazetteer
from generator.extract.actors.vocabulary import _common_word, _common_words, reports
from generator.extract.actors.work_cues import nominee_before_title
from generator.extract.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from generator.reading.layout import doc_text

LIST_SPLIT_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC"})


PLACE_SPLIT_WORDS = frozenset({"in", "at", "near", "outside"})


# Words between two sides of a fixture: no one name holds them.
MATCH_SPLIT_WORDS = frozenset({"v", "v.", "vs", "vs.", "or"})


def _entity_parts(doc: Doc, ent: Span) -> list[Span]:
    """The names an entity span holds: one, or several when the model swept a list
    ("Nottinghamshire, Derbyshire, Leicestershire") or a located place ("Golden Temple
    in Amritsar") into one. Organisation names keep their "and"s ("Marks and Spencer"),
    and their commas unless each part is one word or an organisation's name on its own
    ("Medical School, University of London")."""
    dash = next((t.i for t in ent[1:-1] if t.text in {"-", "--"}), None)
    if dash is not None and _story_dateline_head(doc, ent, dash):
        # "ROME - Bernie Sanders": the story's place, then the name the model ran it into;
        # its label was the whole span's, so a given name and a surname make a person
        rest = doc[dash + 1 : ent.end]
        words = rest.text.split()
        person = _given_name_led_full(rest.text) or (
            2 <= len(words) <= 3 and words[0] in MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES
        )
        return [
            Span(doc, ent.start, dash, label="GPE"),
            Span(doc, dash + 1, ent.end, label="PERSON" if person else ent.label_),
        ]
    nominee = nominee_before_title(ent)
    if nominee is not None:  # "Shane Meadows for Dead Man's Shoes": a nominee, then the work
        return [nominee]
    person = _person_inside(doc, ent)
    if person is not None:  # "at GDC Mr Allard, who heads": two names, the second a person
        return [Span(doc, ent.start, person.start, label=ent.label_), person]
    country = _country_after_person(doc, ent)
    if country is not None:  # "Manaspas Xuto of Thailand": the person, then the country
        return [Span(doc, ent.start, country.start - 1, label="PERSON"), country]
    person_and_body = person_of_body(doc, ent)
    if person_and_body is not None:  # "Hargreaves of Hoare Govett": the analyst, his firm
        return person_and_body
    holder = person_after_office_field(doc, ent)
    if holder is not None:  # "Secretary of" + "Agriculture Richard Lyng": the man
        return holder
    employee = body_then_person(doc, ent)
    if employee is not None:  # "Credit Suisse Paul Hofer": the bank, then its manager
        return employee
    if owned_body(doc, ent):
        return [ent]  # "University of Chicago's Graduate Business School": one body
    located = institution_and_place(doc, ent, ORG_WORDS, _place_name)
    if located is not None:
        return located  # "Hofstra University on Long Island": the body, then its place
    listed = listed_place_before_firm(doc, ent, COMPANY_SUFFIXES, _place_name, _common_word)
    if listed is not None:
        return listed  # "Florida and" + "Virginia Kroger Co": the place, then the firm
    divided = place_and_its_division(doc, ent, _place_name)
    if divided is not None:
        return divided  # "Reno's Washoe County": the city, then its county
    glued = actor_spans.glued_parts(doc, ent, _party_words(), _known_place)
    if glued is None:
        glued = actor_spans.possessive_parts(
            doc, ent, _person_name_words, ORG_WORDS, _common_words(), _owner_speaks_alone
        )
    if glued is None and (ent.start, ent.end) in doc.user_data.get(FIRMS_AT_AND_KEY, ()):
        return [ent]  # "Cable and Wireless", made whole at its "and"
    if glued is None:
        glued = actor_spans.coordinated_names(
            doc, ent, ORG_WORDS, COMPANY_SUFFIXES, _common_words(), _person_name_words
        )
    if glued is not None:
        return glued
    if len(ent) < 3 or ent.label_ not in {*LIST_SPLIT_LABELS, "ORG"}:
        return [ent]
    if _body_name_with_and(doc, ent):
        return [ent]  # "the Center for Strategic and International Studies": one body
    # "Vladimir V. Putin": a capital between a person's names is a middle initial
    sides = [
        t.i
        for t in ent[1:-1]
        if t.lower_ in MATCH_SPLIT_WORDS and not (ent.label_ == "PERSON" and t.is_title)
    ]
    if sides:  # "Everton v Sunderland", "Hartlepool or Boston": fixtures, two sides
        cuts = sides
    elif ent.label_ == "ORG":
        cuts = [t.i for t in ent[1:-1] if t.text in {",", ";"}]
    else:
        cuts = [
            t.i
            for t in ent[1:-1]
            if t.text in {",", ";"}
            or t.lower_ == "and"
            or (ent.label_ != "PERSON" and t.lower_ in PLACE_SPLIT_WORDS)
        ]
    if not cuts:
        return [ent]
    parts: list[Span] = []
    start = ent.start
    for cut in [*cuts, ent.end]:
        if cut > start:
            parts.append(Span(doc, start, cut, label=ent.label_))
        start = cut + 1
    if not all(any(t.pos_ == "PROPN" for t in part) for part in parts):
        return [ent]  # "the Department of Trade and Industry": one name after all
    if ent.label_ == "ORG" and len(parts) == 2 and _person_named_elsewhere(doc, ent, parts[0]):
        # "a meeting with Nakasone, Kyodo News Service said": the person, then the body
        return [Span(doc, parts[0].start, parts[0].end, label="PERSON"), parts[1]]
    if (
        ent.label_ == "ORG"
        and not sides
        and not all(len(p) == 1 for p in parts)
        and not all(any(t.lower_ in ORG_WORDS for t in p) for p in parts)
    ):
        return [ent]  # "Department for Environment, Food and Rural Affairs"
    return parts


def _person_named_elsewhere(doc: Doc, ent: Span, part: Span) -> bool:
    """Whether the words before an organisation's comma are a person the model tags
    elsewhere in the article, by that name or as its surname ("Yasuhiro Nakasone" for
    "Nakasone, Kyodo News Service"): a name a body's name does not open."""
    if not 1 <= len(part) <= 2 or not all(t.is_title for t in part):
        return False
    words = [t.text for t in part]
    for other in doc.ents:
        if other.label_ != "PERSON" or ent.start <= other.start < ent.end:
            continue
        if [t.text for t in other[-len(words) :]] == words:
            return True
    return False


def _place_name(name: str) -> bool:
    """A country, a place the lexicon knows, or one of the gazetteer's."""
    return _known_place(name) or name.casefold() in gazetteer()


def _body_name_with_and(doc: Doc, ent: Span) -> bool:
    """Whether a span the model tagged a facility is one body's name holding "and": "the
    Center for Strategic and International Studies", "the National Grain and Feed
    Association". Cut at its "and" as a list of buildings is, the body showed as two
    actors, neither its name ("Center for Strategic", "International Studies").

    One "and", no comma; the name opens with a body's word and its "for" or "of"
    ("Center for"), or ends with a body's word ("Association") after a first part that
    does not ("National Grain"); no "the" opens the second part (a list names each
    place with its own: "the Pentagon and the World Trade Center"), and the article
    never writes the first part without the rest ("the Pentagon" named alone is a
    place of its own)."""
    if ent.label_ != "FAC":
        return False
    words = list(ent[1:] if ent[0].lower_ == "the" else ent)
    while words and words[-1].lower_ in {"'s", "\u2019s", "'", "\u2019"}:
        words.pop()  # "the National Grain and Feed Association's annual meeting"
    ands = [i for i, t in enumerate(words) if t.lower_ == "and"]
    if len(ands) != 1 or any(t.text in {",", ";"} for t in words):
        return False
    cut = ands[0]
    if not 0 < cut < len(words) - 1 or words[cut + 1].lower_ == "the":
        return False
    opens_body = words[0].lower_ in ORG_WORDS and words[1].lower_ in {"for", "of"}
    ends_body = words[-1].lower_ in ORG_WORDS and words[cut - 1].lower_ not in ORG_WORDS
    if not (opens_body or ends_body):
        return False
    head = doc[words[0].i : words[cut].i].text
    tail = doc[words[cut + 1].i : words[-1].i + 1].text
    return _written_only_before(doc_text(doc), head, tail)


# What ends a possessive after a name: "'s", or an apostrophe alone ("Reuters'").
_POSSESSIVE_ENDINGS = actor_spans.POSSESSIVE_MARKS | actor_spans.BARE_POSSESSIVE_MARKS


def _owner_speaks_alone(doc: Doc, owner: Span, ent: Span) -> bool:
    """Whether a possessive's owner is written alone outside the entity as the subject
    of a reporting verb ("Macrovision said the new technology will work"), a name the
    model tagged nowhere else: a body of its own, not part of the name it owns."""
    words = [t.text for t in owner]
    for token in doc:
        if ent.start <= token.i < ent.end or token.text != words[-1]:
            continue
        first = token.i - len(words) + 1
        if first < 0 or [t.text for t in doc[first : token.i + 1]] != words:
            continue
        after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
        if after in _POSSESSIVE_ENDINGS:
            continue  # "Lloyd's said": the possessive is part of the name that speaks
        if reports(token):
            return True
    return False


def _person_name_words(words: list[str]) -> bool:
    """Words that make a person's full name: a given name first ("Maria Bartiromo")."""
    return _given_name_led_full(" ".join(words))


def _country_after_person(doc: Doc, ent: Span) -> Span | None:
    """The country a person's span runs on into after "of": "Manaspas Xuto of Thailand"
    (the delegate's country, said the way wire copy introduces a chairman). Only after a
    name of two words or more with no title in it, and only a country: "Prince Michael
    of Kent" and "Lord Owen of Plymouth" keep their style."""
    if ent.label_ != "PERSON" or len(ent) < 4:
        return None
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or of - ent.start < 2 or of + 1 >= ent.end:
        return None
    name = doc[ent.start : of]
    if not all(t.is_title for t in name) or any(t.lower_ in _NOT_NAME_START for t in name):
        return None
    country = Span(doc, of + 1, ent.end, label="GPE")
    return country if _country_name(country.text) else None


# Honorifics that never stand inside a name: one there opens a second name, a person's.
INNER_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})


def _person_inside(doc: Doc, ent: Span) -> Span | None:
    """The person's name an entity swept in after another name at an honorific ("GDC
    Mr Allard": the model ran a conference's name into the man speaking there), or None."""
    for t in ent[1:-1]:
        if t.lower_ in INNER_HONORIFICS and t.is_title and doc[t.i + 1].is_title:
            return Span(doc, t.i, ent.end, label="PERSON")
    return None


def _in_link_line(text: str, start: int) -> bool:
    """Whether `start` is on a "Read more: <headline>" line, a link to another story."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start : line_start + 12].casefold()
    return head.startswith(("read more", "related:", "see also", "watch:", "read:"))


def _story_dateline_head(doc: Doc, ent: Span, dash: int) -> bool:
    """Whether the span opens with a story's dateline that the model ran into the name
    after it: "ROME - Bernie Sanders met privately with Pope Francis" at a paragraph's
    start, the place in capitals before a dash spaced on both sides. The name is what
    follows the dash; left whole, the span was no name at all and the person's one full
    mention was lost."""
    head = doc[ent.start : dash]
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    return (
        not text[line_start : ent.start_char].strip()
        and sum(c.isalpha() for c in head.text) >= 3
        and head.text.isupper()
        and bool(doc[dash - 1].whitespace_)
        and bool(doc[dash].whitespace_)
        and doc[dash + 1].is_title
    )
