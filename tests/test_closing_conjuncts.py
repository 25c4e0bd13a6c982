"""A wire lead's closing speech tag that the parser read as one more verb of the lead
("... could put a damper on the market and push trading to Manila, Luis Ferrer, senior
vice president of Banco Norte, told reporters."): the lead is the speaker's report, not
nobody's words. Articles written for these tests; no corpus text."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

TITLE = "Silver tax may hurt Osaka trade\n\n"
LEAD = (
    "A proposed sales tax on silver deals could put a damper on the Osaka market and "
    "push trading to Manila, {tag}.\n"
    "    Ferrer said the volume of trades outside the country rose by 20 pct.\n"
)


def test_lead_closed_by_name_and_title_is_the_speakers_report(nlp: Language) -> None:
    found = speakers(
        nlp,
        TITLE
        + LEAD.format(tag="Luis Ferrer, senior vice president of Banco Norte, told reporters"),
    )
    assert speaker_of(found, "A proposed sales tax on silver deals") == "Luis Ferrer", found
    lead = next(text for text in found if text.startswith("A proposed sales tax"))
    assert lead.endswith("push trading to Manila"), lead  # not the speaker, not the tag


def test_lead_closed_by_title_and_name_is_the_speakers_report(nlp: Language) -> None:
    found = speakers(
        nlp,
        TITLE
        + LEAD.format(
            tag="senior vice president of Banco Norte Luis Ferrer told a press conference"
        ),
    )
    assert speaker_of(found, "A proposed sales tax on silver deals") == "Luis Ferrer", found


def test_a_second_clause_after_and_is_not_a_closing_tag(nlp: Language) -> None:
    """ "..., and Ferrer told reporters": his own act, told by the writer, not a tag of
    the lead: the lead is no one's report."""
    found = speakers(
        nlp,
        TITLE + "The ministry put a new tax on silver deals last week and trading moved to "
        "Manila, and Luis Ferrer told reporters.\n"
        "    Ferrer said the volume of trades outside the country rose by 20 pct.\n",
    )
    assert not any(text.startswith("The ministry put") for text in found), found


def test_lead_whose_last_phrase_the_parser_read_with_the_tag(nlp: Language) -> None:
    """ "... after registering gains in the first two months of the year, managing board
    chairman Carl Haas said": the parser makes "after ... Haas said" one adverbial clause
    of the lead's verb; the lead is still the chairman's report, and so is the "he said"
    after it."""
    found = speakers(
        nlp,
        "Carmaker expects higher German market share in 1987\n\n"
        "Vollmer AG <VOLG.F>\n"
        "expects to increase its market share in West Germany in the\n"
        "full year 1987 after registering gains in the first two months\n"
        "of the year, managing board chairman Carl Haas said.\n"
        "    He said the company would not raise prices this year.\n",
    )
    assert speaker_of(found, "Vollmer AG expects") == "Carl Haas", found
    assert speaker_of(found, "the company would not raise") == "Carl Haas", found
