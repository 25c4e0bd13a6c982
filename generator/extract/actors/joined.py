"""Entities the model split or joined wrongly: "AT & T", "Procter & Gamble", surnames with
particles, a body named after two places.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract import actor_spans
from generator.extract.actors.lexicon import (
    _NOT_NAME_START,
    FIRMS_AT_AND_KEY,
    MINISTRY_NOUNS,
    ORG_INTRO_NOUNS,
    ORG_WORDS,
)
from generator.extract.actors.names import COMPANY_SUFFIXES, _company_suffix
from generator.extract.actors.places import KNOWN_PLACES, gazetteer
from generator.extract.actors.vocabulary import SURNAME_PARTICLES, _common_words
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES


def _joined_entities(doc: Doc) -> list[Span]:
    """The model's entities, with two kinds of cut names made whole again.

    A given name the model left out or called a nationality, right before a surname
    it tagged ("Adrian" + "Mutu"; a listed given name only before a surname it tagged
    as a person): the person's full name. An organisation's name cut
    at "for the" / "of the" after an organisation word ("United Nations Office" + "for
    the" + "Coordination of Humanitarian Affairs"): one body.
    """
    ents = list(doc.ents)
    out: list[Span] = []
    firms_at_and: list[list[str]] = []  # the words of names made whole at their "and"
    doc.user_data[FIRMS_AT_AND_KEY] = set()
    i = 0
    while i < len(ents):
        ent = actor_spans.trimmed_at_break(doc, _through_particles(doc, ents[i]))
        ent = actor_spans.cut_name_start(doc, ent, _common_words(), _NOT_NAME_START)
        ent = actor_spans.foreign_body_before(doc, ent)
        if out and ent.start <= out[-1].start and out[-1].end <= ent.end:
            out.pop()  # "Banco" tagged alone before "do Brasil": one name
        run_on = actor_spans.through_portuguese_particle(doc, ent)
        if run_on is not None and _known_whole(run_on):
            ent = run_on
        joined = actor_spans.joined_at_portuguese_particle(doc, out[-1], ent) if out else None
        if joined is not None and _known_whole(joined):
            out.pop()  # "Mato Grosso" + "do" + "Sul"; "Banco" + "do" + "Brasil"
            ent = joined
        if out and out[-1].start == ent.start and out[-1].end < ent.end:
            out.pop()  # "Kentish" tagged alone before "Town": one name
        if out and ent.start < out[-1].end:  # swept into the name before: "Vijver"
            i += 1
            continue
        firm_end = actor_spans.firm_suffix_after(doc, ent, _company_suffix)
        if firm_end > ent.end:  # "Harcourt Brace" + "Jovanovich Inc"
            ent = Span(doc, ent.start, firm_end, label="ORG")
        firm_start = actor_spans.firm_start_before_and(doc, ent, COMPANY_SUFFIXES, _NOT_NAME_START)
        if firm_start < ent.start and (not out or out[-1].end <= firm_start):
            ent = Span(doc, firm_start, ent.end, label="ORG")  # "Cable" + "and Wireless Plc"
            doc.user_data[FIRMS_AT_AND_KEY].add((ent.start, ent.end))
        if ent.label_ == "ORG" and actor_spans.firm_with_and(ent, COMPANY_SUFFIXES):
            firms_at_and.append(ent.text.split())  # "Cable and Wireless Plc", whole
        if ent.label_ in {"PERSON", "ORG", "GPE"} and len(ent) <= 2 and ent.start > 0:
            given = doc[ent.start - 1]
            if (
                (
                    given.text in GIVEN_NAMES
                    or (given.text in LISTED_GIVEN_NAMES and ent.label_ == "PERSON")
                )
                and given.pos_ == "PROPN"
                and given.ent_type_ in {"", "NORP"}
                and given.head.i in range(ent.start, ent.end)
                and given.dep_ in {"compound", "amod", "nmod"}
                and (not out or out[-1].end <= given.i or out[-1].start == given.i)
            ):
                if out and out[-1].end == given.i + 1 and out[-1].start == given.i:
                    out.pop()  # the given name tagged alone as a nationality
                ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        after = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ == "NORP"
            and len(ent) == 1
            and ent.text in GIVEN_NAMES
            and after is not None
            and after.pos_ == "PROPN"
            and after.is_title
            and after.ent_type_ == ""
            and ent[0].head.i == after.i
        ):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")  # "Adrian" + "Mutu"
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == "ORG"
            and nxt.label_ == "ORG"
            and ent[-1].lower_ in ORG_WORDS
            and ent.end < nxt.start  # a name the rules above extended may reach nxt
            and doc[ent.end].lower_ in {"for", "of"}
            and all(t.lower_ == "the" for t in doc[ent.end + 1 : nxt.start])
            and nxt.start - ent.end <= 2
            and nxt[-1].is_title
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        if nxt is not None and actor_spans.firm_continues(
            doc, ent, nxt, COMPANY_SUFFIXES, _common_words()
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "... and Production Inc."
            i += 2
            continue
        if nxt is not None and (
            actor_spans.one_firm_at_and(
                doc, ent, nxt, COMPANY_SUFFIXES, MINISTRY_NOUNS, _common_words()
            )
            or actor_spans.short_form_at_and(doc, ent, nxt, firms_at_and)
        ):
            joined = Span(doc, ent.start, nxt.end, label="ORG")
            out.append(joined)  # "Cable and Wireless Plc", then "Cable and Wireless"
            firms_at_and.append(joined.text.split())
            doc.user_data[FIRMS_AT_AND_KEY].add((joined.start, joined.end))
            i += 2
            continue
        if nxt is not None and actor_spans.foreign_firm_continues(doc, ent, nxt, _company_suffix):
            start = ent.start + (ent[0].lower_ in ORG_INTRO_NOUNS and len(ent) > 1)
            out.append(Span(doc, start, nxt.end, label="ORG"))  # "Bank" + "fuer" + "... AG"
            i += 2
            continue
        if nxt is not None and actor_spans.campus_continues(doc, ent, nxt):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "... at Chapel Hill"
            i += 2
            continue
        if nxt is not None and _body_of_two_places(doc, ent, nxt):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "... of England and Wales"
            i += 2
            continue
        out.append(ent)
        i += 1
    return out


# A surname opening with O' or D' and a capital, either apostrophe: "O\u2019Leary", "D'Amato".
APOSTROPHE_SURNAME = re.compile(r"[OD]['\u2019][A-Z][a-z]+")


def _through_particles(doc: Doc, ent: Span) -> Span:
    """A person's name the model cut after a surname's particle ("Walter van" of
    "Walter van der Vijver"), run on to the capitalised word after the particles; or
    cut before an O'/D' surname it left untagged ("Ann" of "Ann O\u2019Leary")."""
    if (
        ent.label_ == "PERSON"
        and ent.end < len(doc)
        and ent[-1].whitespace_
        and doc[ent.end].ent_iob_ == "O"
        and APOSTROPHE_SURNAME.fullmatch(doc[ent.end].text)
    ):
        return Span(doc, ent.start, ent.end + 1, label="PERSON")
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].text not in SURNAME_PARTICLES:
        return ent
    j = ent.end
    while j < len(doc) and doc[j].text in SURNAME_PARTICLES:
        j += 1
    if j < len(doc) and doc[j].is_title and doc[j].is_alpha:
        return Span(doc, ent.start, j + 1, label="PERSON")
    return ent


def _known_whole(joined: Span) -> bool:
    """Whether `joined`, a name run across a Portuguese particle, is a body's (its head
    noun says so: "Banco do Brasil") or a place the gazetteer holds ("Mato Grosso do
    Sul"); other runs ("Matto Grosso do Sul", "Mato Grosso do Sul: 15 pct Mato Grosso"
    in a table) stay as the model cut them."""
    return (
        joined[0].lower_ in actor_spans.FOREIGN_BODY_HEADS or joined.text.casefold() in gazetteer()
    )


def _body_of_two_places(doc: Doc, ent: Span, nxt: Span) -> bool:
    """ "the Police Federation of England and Wales", "the Law Society of England and
    Wales": a body's name ending "of" and a known place, cut by the model before "and"
    and a second known place that ends the phrase."""
    after = doc[nxt.end] if nxt.end < len(doc) else None
    return (
        ent.label_ == "ORG"
        and nxt.label_ in {"GPE", "LOC"}
        and len(ent) >= 4
        and ent[-2].lower_ == "of"
        and ent[-3].lower_ in ORG_WORDS
        and ent[-1].lower_ in KNOWN_PLACES
        and nxt.start == ent.end + 1
        and doc[ent.end].lower_ == "and"
        and len(nxt) == 1
        and nxt[0].lower_ in KNOWN_PLACES
        and (after is None or after.is_punct or after.pos_ in {"VERB", "AUX"})
    )
