"""Only real reports, whole (issue 11, non-quotes and bounds): a supposition put to the
reader, a pose ("casting himself as ..."), the writer's inference about a mind ("the
story suggests the council understands ..."), a clause with a question adverb's gap ("how
experts say ...") or an elided one ("as Mr Lane claims it will") is no one's statement
and stays off "Who said what"; a report runs on over a conjoined verb of saying used
of a sum ("but would eventually add $84bn") and starts after an aside naming another
who said the same ("argued, as did the campaign itself, that ...") and keeps the
condition that opens its sentence before the tag ("Unless the vote passes, Mr Lane
warned, ...")."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.extract.quotes import published
from generator.reading.layout import parse

ARTICLE = """Riverton weighs its new bridge toll

The budget office said the toll would depress revenue in the early years of the decade
but would eventually add $84 billion to the city's accounts.

Say Riverton demanded that the county pay for the new bridge across the river.

Mr Reed cast his ballot for the mayor as a show of support.

Mayor Ann Kay has been casting herself as a champion of the small trader for months.

The guide looks at how experts say the new toll would shape trade in the coming years.

Minnesota is a state where Mr Dale says he can win if turnout is strong.

The toll story suggests the council understands the risks of the new bridge.

The county will not pay for the bridge, as Mr Lane claims it will.

Unless the vote passes, Mr Lane warned, the old bridge will close in the spring.

Councillor Tom Reed argued, as did the campaign itself, that the new bridge would bring
jobs to the town.
"""


def shown(nlp: Language) -> list[str]:
    extraction, problems = extract_document(parse(nlp, ARTICLE))
    assert problems == []
    return [quote.text for quote in extraction.quotes if published(quote)]


def test_a_report_runs_on_over_a_sum_it_adds(nlp: Language) -> None:
    texts = shown(nlp)
    assert (
        "the toll would depress revenue in the early years of the decade but would "
        "eventually add $84 billion to the city's accounts"
    ) in texts, texts


def test_a_report_keeps_the_condition_before_its_tag(nlp: Language) -> None:
    """ "Unless the vote passes, Mr Lane warned, the old bridge will close": the claim
    holds only on its condition; the tag between them is left out of the words."""
    texts = shown(nlp)
    assert "Unless the vote passes, the old bridge will close in the spring" in texts, texts


def test_a_report_after_a_place_adverb_is_shown(nlp: Language) -> None:
    """ "where Mr Dale says he can win": the place is the writer's, the claim is whole."""
    assert "he can win if turnout is strong" in shown(nlp)


def test_a_report_starts_after_an_aside_naming_another_who_said_it(nlp: Language) -> None:
    texts = shown(nlp)
    assert "the new bridge would bring jobs to the town" in texts, texts
    assert not any(text.startswith("as did") for text in texts), texts


def test_no_report_from_a_supposition_or_a_pose(nlp: Language) -> None:
    texts = shown(nlp)
    assert not any("pay for the new bridge across" in text for text in texts), texts
    assert not any("champion of the small trader" in text for text in texts), texts
    assert not any("show of support" in text for text in texts), texts  # a vote


def test_no_report_from_the_writers_inference_about_a_mind(nlp: Language) -> None:
    """ "The toll story suggests the council understands ...": no one said it."""
    assert not any("understands the risks" in text for text in shown(nlp))


def test_no_report_from_a_clause_with_a_gap_or_an_elided_verb(nlp: Language) -> None:
    texts = shown(nlp)
    assert not any("would shape trade" in text for text in texts), texts
    assert "it will" not in texts, texts
