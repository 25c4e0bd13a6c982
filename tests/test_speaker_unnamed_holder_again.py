"""A definite description after an unnamed holder of the title is that unnamed voice
again, not the named person the roles alone would give it to (issue: briefings an
editor can publish unedited). Articles written for these tests; no corpus text."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

VILLAGE = (
    "Farmland shrinks\n"
    "    Li Mingfang, an official in a village near the city, said the farms were "
    "shrinking.\n"
    '    "We lost land to a new railway line," Li said.\n'
    "    Grain output fell for a third year in the province.\n"
    "    Prices in the shops have not moved for years.\n"
    "    An official of the city government said the county could approve little new "
    "building.\n"
    "    Farmers want higher prices for their grain.\n"
    "    The city official said prices must be reformed over the long term."
)

NAMED_ONLY = (
    "Farmland shrinks\n"
    "    Li Mingfang, an official in a village near the city, said the farms were "
    "shrinking.\n"
    "    Grain output fell for a third year in the province.\n"
    "    The official said prices must be reformed over the long term."
)


def test_city_official_after_an_unnamed_one_is_not_the_village_official(
    nlp: Language,
) -> None:
    found = speakers(nlp, VILLAGE)
    assert speaker_of(found, "the county could approve") is None, found
    assert speaker_of(found, "prices must be reformed") is None, found


def test_official_with_no_unnamed_one_between_is_still_the_named_one(
    nlp: Language,
) -> None:
    found = speakers(nlp, NAMED_ONLY)
    assert speaker_of(found, "prices must be reformed") == "Li Mingfang", found
