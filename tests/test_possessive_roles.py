# ruff: noqa: RUF001, RUF002 - a curly apostrophe is the subject here
"""A name ending in "s" with a bare apostrophe glued to it owns the noun after it
("Sanders’ son, Tywanza"): the noun is the son's, no role of Sanders', so it does not
make her a man whom "she" cannot be (generator.extract.actors.roles)."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

TEXT = (
    "PHILADELPHIA — Mary Sanders and Polly Sheppard, two of the three people who survived "
    "a shooting at a church in Charleston, made a call for unity on Wednesday.\n\n"
    "Dylann Crane is accused of killing nine people inside the church in June 2015, "
    "including Sanders’ son, 26-year-old Tywanza. Sanders called her fallen son her hero "
    "before explaining why she forgave Crane.\n\n"
    "“Hate destroys those who harbor it,” she said on stage at the convention.\n"
)


def test_possessive_noun_is_no_role_of_the_owner(nlp: Language) -> None:
    extraction, _ = extract_document(parse(nlp, TEXT))
    sanders = next(a for a in extraction.actors if a.name == "Mary Sanders")
    assert "son" not in sanders.roles
    [quote] = [q for q in extraction.quotes if q.kind == "direct"]
    assert quote.speaker == "Mary Sanders"  # not the man accused of the killing
