"""The heading "Who said what" shows over a quote is a speaker: an actor, or the
article's own words for one, never a word that names no one (issue 11). Found on a
breadth sample of PolNeAR train, BBC and Reuters articles: "Who", "Which", "What",
"Another", "Me", "-" shown as speakers, "Capitol Hill" for "Republicans on Capitol
Hill"; "Obama Speech" as a body is a reviewer's. The articles here are written for the
tests; each assertion reads the published quote and the heading a page gives it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.extract.speakers import settle_mentions
from generator.model import Quote
from generator.pages.render import unresolved_mention
from generator.reading.layout import parse

RELATIVES = """Senate panel seats stay open

Sen. Patrick Leahy said he would welcome a new member on the committee.

But the appointment was being resisted by Midwestern Democrats, who feel southern \
states are adequately represented. Alan Berger, a gynecologist from Englewood, New \
Jersey, who said he knew the family, took issue with the plan.

Leahy has since apologized for what happened: "I should have called them first."
"""

FROM_PLACE = """Farm aid bill advances

Sen. Patrick Leahy said the bill would pass this week.

John Hale, a farmer from Englewood, New Jersey, who said the aid came too late, took \
issue with the plan.
"""

FUNCTION_WORDS = """Readers react online

"Trump is very cute with a big mouth," one user wrote. Another said he hoped the \
candidate would win: "That way I can watch the comedy for several years."
"""


PLACES = """Democrats worry about the race

Senator Maria Lopez spoke in Ohio on Monday.

Republicans on Capitol Hill said the plan would fail. A Democratic strategist on \
Capitol Hill said the party was worried about turnout.

"We need more volunteers," said Lopez.
"""


SPEECH = """Obama Speech Draws Fire From Republicans

President Barack Obama spoke in Denver on Monday about the economy.

The Obama Speech said the country must change course on energy. Republicans were \
unimpressed.
"""


def headings(nlp: Language, article: str) -> dict[str, str | None]:
    """Each published quotation's text and the heading its page shows over it: the
    speaker's name, the article's words for the speaker, or None (Unattributed)."""
    extraction, problems = extract_document(parse(nlp, article))
    assert problems == []
    return {q.text: _heading(q) for q in extraction.quotes}


def _heading(quote: Quote) -> str | None:
    return quote.speaker or unresolved_mention(quote)


def heading_of(found: dict[str, str | None], opening: str) -> str | None:
    matches = [text for text in found if text.startswith(opening)]
    assert matches, found
    return found[matches[0]]


def test_a_relative_pronoun_shows_the_words_it_stands_for(nlp: Language) -> None:
    found = headings(nlp, RELATIVES)
    assert heading_of(found, "southern states are") == "Midwestern Democrats", found


def test_no_relative_pronoun_nor_place_is_a_heading(nlp: Language) -> None:
    found = headings(nlp, RELATIVES)
    shown = {(h or "").casefold() for h in found.values()}
    assert not shown & {"who", "which", "that", "what", "new jersey"}, found


def test_a_relative_clause_hung_on_a_place_shows_who_is_from_there(nlp: Language) -> None:
    found = headings(nlp, FROM_PLACE)
    assert heading_of(found, "the aid came too late") == "A farmer from Englewood, New Jersey"


def test_a_lone_function_word_is_no_heading(nlp: Language) -> None:
    found = headings(nlp, FUNCTION_WORDS)
    assert heading_of(found, "That way I can watch") is None, found


def test_a_place_where_the_speaker_is_is_not_the_speaker(nlp: Language) -> None:
    found = headings(nlp, PLACES)
    assert heading_of(found, "the plan would fail") == "Republicans on Capitol Hill", found
    assert heading_of(found, "the party was worried") == "A Democratic strategist on Capitol Hill"


def test_a_speech_named_like_a_body_speaks_for_its_author(nlp: Language) -> None:
    found = headings(nlp, SPEECH)
    assert heading_of(found, "the country must change course") == "Barack Obama", found


def test_a_mark_or_a_possessive_ending_is_no_heading(nlp: Language) -> None:
    """A mention cut to a word and a dash ("Public ―", the horizontal bar) or to a
    possessive ending ("'s") by a parse names no one: nothing is shown for it. The
    quotes are built by hand on a parsed text, as the resolver hands them over."""
    text = (
        'In Public \u2015 Trump boasted about it: "That makes me smart." '
        "Clinton's said the plan was good."
    )
    doc = nlp(text)
    bar, ending = text.index("Public"), text.index("'s")
    quotes = [
        Quote(
            "That makes me smart.",
            "direct",
            text.index("That"),
            text.index("smart.") + 6,
            speaker_mention="Public \u2015",
            speaker_start=bar,
            speaker_end=bar + 8,
        ),
        Quote(
            "the plan was good",
            "indirect",
            text.index("the plan"),
            text.index("good") + 4,
            speaker_mention="'s",
            speaker_start=ending,
            speaker_end=ending + 2,
        ),
    ]
    assert [_heading(q) for q in settle_mentions(doc, quotes)] == [None, None]
