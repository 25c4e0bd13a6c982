"""A "he said" in wire copy after a common word the wire capitalised by its place
(issue 11, "he said" in Reuters copy): "Trade had been liberalised" opens a sentence,
"U.K. Ones" follows an abbreviation that Reuters-21578 treats as a sentence's end. The
parser reads such a word as a name, which stood between the "he" and the person who had
been speaking as a new person on the scene. Each article is written for the test,
hard-wrapped and indented the Reuters way; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

OPENING = """Ruritania sees smaller deficit

Ruritania expects its current account deficit to narrow to
900 mln dlrs this year, planning director Carl Hemmings said.
    Hemmings said exports had grown by 11 pct last year.
    He said the reform of the economy, begun in 1983, was still
under way. Commerce had been freed and a floating exchange rate
introduced, but he acknowledged there was more to be done on the
budget.
"""


def test_a_capitalised_sentence_opening_is_no_new_person(nlp: Language) -> None:
    """ "Commerce had been freed ..., but he acknowledged": "Commerce" is a word, not
    someone between Hemmings and his "he"."""
    found = speakers(nlp, OPENING)
    assert speaker_of(found, "there was more to be done") == "Carl Hemmings", found


AFTER_ABBREVIATION = """Exchange expects more growth

Turnover at the Northern Futures Exchange will keep rising in
the coming months, exchange chief executive Daniel Marsh said.
    Marsh said volume in bond futures rose 40 pct in March.
    Marsh said the exchange offered many contracts so that at
least one would be volatile enough to attract trading. The
calm of U.S. Markets, and U.K. Ones being changeable, might
alter completely in coming months.
    A further boost to volume should come with new yen bond
futures, he added.
"""


def test_a_word_capitalised_after_an_abbreviation_is_no_new_person(nlp: Language) -> None:
    """ "U.K. Ones being changeable, might alter": Reuters capitalises the word after
    "U.K."; it is no one the "he added" could mean instead of Marsh."""
    found = speakers(nlp, AFTER_ABBREVIATION)
    assert speaker_of(found, "A further boost to volume") == "Daniel Marsh", found


MISSED_NAME = """Envoy backs talks

Foreign minister Anna Berg said the talks would resume in May.
    Berg said both sides had agreed on an agenda.
    Envoy Peter Mason met the delegations in Geneva last week.
Mason praised the agenda, and he said the talks could end by June.
"""


def test_a_new_person_opening_a_sentence_still_takes_the_he(nlp: Language) -> None:
    """ "Mason praised the agenda, and he said": a surname opening its sentence is the
    person the article introduced ("Envoy Peter Mason"), not a word capitalised by its
    place; the "he" is his, never Berg's. (A guard: passes before the change too.)"""
    found = speakers(nlp, MISSED_NAME)
    assert speaker_of(found, "the talks could end by June") == "Peter Mason", found


def test_a_plural_opening_a_sentence_is_looked_up_by_its_singular() -> None:
    """ "Salaries will go up ...", "Taxes on petrol are ...": a plural in -ies or -es
    is the dictionary noun it is the plural of, so the capital it opens its sentence
    with makes no new person on the scene (the parser may read it as a name)."""
    from generator.extract.actors.vocabulary import dictionary_words
    from generator.extract.speakers.reports import _singular_forms

    nouns = dictionary_words().get("noun", frozenset())
    assert "salary" in _singular_forms("salaries") & nouns
    assert "tax" in _singular_forms("taxes") & nouns
    assert _singular_forms("orders") & nouns == {"order"}
    assert "hay" not in _singular_forms("hayes")  # a surname, not hay
