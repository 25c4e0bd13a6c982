"""Dashes as the extractors read them: every dash of the punctuation lexicon
(generator/extract/punctuation.py) sets off an aside, a dateline or a new clause, the
horizontal bar (U+2015) that HuffPost writes as much as the em dash; and what a dash
sets off does not change who spoke (issue 11). Articles written for the tests."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

BAR = """Senate fight over the budget

WASHINGTON \u2015 Senate Democrats on Tuesday rejected the spending plan.

Senator Mary Landers \u2015 who has fought the plan for months \u2015 said the bill
would hurt working families.
"""


def test_a_horizontal_bar_is_a_dash(nlp: Language) -> None:
    """ "Senator Mary Landers ― who has fought the plan ― said": the bar sets off an
    aside as an em dash does; the parser, which has never seen one, took the bar for the
    subject of "said" and the page showed "―" as the speaker. The parse text gives it
    the em dash, one character for one: every offset still points into the body."""
    article = parse(nlp, BAR)
    extraction, problems = extract_document(article)
    assert problems == []
    [quote] = [q for q in extraction.quotes if q.text.startswith("the bill would hurt")]
    assert quote.speaker == "Mary Landers", quote
    assert quote.speaker_mention != "\u2015", quote
    assert " ".join(BAR[quote.start : quote.end].split()) == quote.text


LIKE = """Former officials back Clinton

WASHINGTON \u2014 A retired senator from Ohio endorsed Hillary Clinton on Monday.

Other well-known Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft
\u2014 three former cabinet officials \u2014 have also said they are supporting Clinton.
"""


def test_people_named_after_like_are_examples_not_the_speaker(nlp: Language) -> None:
    """ "Other well-known Republicans, like A, B and C, have said": the names after
    "like" are examples of the group; the first of them is not the one who spoke."""
    found = speakers(nlp, LIKE)
    assert speaker_of(found, "they are supporting Clinton") is None, found


GERUND = """Teachout runs on money

Zephyr Teachout is running for Congress in New York against John Faso.

Her rival is backed by the donor Paul Singer. So highlighting Singer isn\u2019t just an
attempt to dismiss Faso as a tool of big money interests \u2014 it also draws attention
to Teachout\u2019s strongest issue.
"""


def test_a_clause_after_a_lone_dash_lends_no_speaker(nlp: Language) -> None:
    """ "So highlighting Singer isn't just an attempt ... — it also draws attention":
    the parser hangs "highlighting" on "draws", but the clause after the dash is a
    sentence of its own; the writer's narration is no report of "it"."""
    found = speakers(nlp, GERUND)
    assert not [text for text in found if text.startswith("Singer isn")], found


CONDITION = """Program grows

WASHINGTON \u2014 The program began in 2014.

But as families continue to arrive, the administration is planning to widen the program
to let parents and siblings enter the country as well \u2014 as long as they come with
children already approved, officials announced.
"""


def test_a_condition_after_a_dash_stays_in_the_report(nlp: Language) -> None:
    """ "..., the administration is planning to let parents enter as well — as long as
    they come with children already approved, officials announced": the parser hangs
    the condition on "announced"; it is what the officials announced all the same."""
    found = speakers(nlp, CONDITION)
    [text] = [text for text in found if "widen the program" in text]
    assert text.endswith("as long as they come with children already approved"), text
