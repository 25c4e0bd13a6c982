"""Only real quotes, whole (issue 11): a quotation split by its speech tag is shown as
one quote with both parts; a report does not stop at the full stop of "U.S." (wire
copy)."""

from __future__ import annotations

import json

from spacy.language import Language

from generator.extract import extract_document
from generator.model import Extraction, _given
from generator.reading.layout import parse

COURT = "\n\n".join(
    [
        "Court hears hospital staffing case",
        "The solicitor general, Maria Okafor, defended the policy before the court on Tuesday.",
        '"Because the hospital service," she said, "like the fire brigade, relies on a steady '
        'supply of trained staff, the programme matters to every town."',
        'Judge Peter Lund was not convinced. "So," he said, "you accept that the numbers have '
        'fallen?"',
        '"In the 1990s, towns trained their own nurses," Okafor said, "But today, most are '
        'hired from abroad."',
        '"We are not asking for a new rule," Okafor told the judge, arguing that the policy '
        'reaches "far beyond the hospitals in this case, to every clinic in the county."',
    ]
)

WIRE = """GRAIN FIRM SEES HIGHER EXPORTS

    Harvest Grain Co said its exports rose 12 pct in the
quarter. Chairman Tom Reilly said the company is "stronger
than at any time in its 80-year history."
    A spokesman said a fall in the price of barley "is a
concern to us."
    Reilly said the U.S.
government is still studying the new rules. He said the
company will now work with U.S.
farmers to help them meet the rules.
"""


def quotes(nlp: Language, article: str) -> list[dict[str, object]]:
    extraction, problems = extract_document(parse(nlp, article))
    assert problems == []
    return [quote.to_json() for quote in extraction.quotes]


def test_a_split_quotation_is_one_quote_with_both_parts(nlp: Language) -> None:
    found = quotes(nlp, COURT)
    texts = [q["text"] for q in found]
    whole = (
        "Because the hospital service, like the fire brigade, relies on a steady supply of "
        "trained staff, the programme matters to every town."
    )
    assert whole in texts, texts
    assert "Because the hospital service" not in texts, texts
    assert not any(str(t).startswith(("like the fire", "you accept")) for t in texts), texts
    assert "So, you accept that the numbers have fallen?" in texts, texts
    quote = next(q for q in found if q["text"] == whole)
    assert quote["speaker"] == "Maria Okafor"
    parts = quote["parts"]
    assert isinstance(parts, list) and len(parts) == 2
    assert (quote["start"], quote["end"]) == (parts[0][0], parts[-1][1])
    # each part is the words inside its marks; the tag between them is in neither
    assert [COURT[s:e] for s, e in parts] == [
        "Because the hospital service,",
        "like the fire brigade, relies on a steady supply of trained staff, the programme "
        "matters to every town.",
    ]


def test_two_sentences_around_a_tag_stay_two_quotes(nlp: Language) -> None:
    """Nor is a fragment the writer leads into after the tag joined to the quotation
    before it ("..., arguing that the policy reaches "far beyond ...")."""
    texts = [q["text"] for q in quotes(nlp, COURT)]
    assert not any("new rule, far beyond" in str(t) for t in texts), texts
    assert "In the 1990s, towns trained their own nurses" in texts, texts
    assert "But today, most are hired from abroad." in texts, texts


def test_parts_survive_the_cache_and_only_split_quotes_have_them(nlp: Language) -> None:
    """The cached extraction gives the parts back; a quote in one piece has no `parts`
    in the published JSON (a null field is left out)."""
    extraction, _ = extract_document(parse(nlp, COURT))
    again = Extraction.from_cache(json.loads(json.dumps(extraction.to_cache())))
    published = [_given(quote.to_json()) for quote in again.quotes]
    assert [q.to_json() for q in again.quotes] == [q.to_json() for q in extraction.quotes]
    with_parts = [q for q in published if "parts" in q]
    assert len(with_parts) == 2, published
    assert all("parts" not in q for q in published if str(q["text"]).startswith("In the 1990s"))


def test_a_report_runs_over_the_full_stop_of_us(nlp: Language) -> None:
    texts = [q["text"] for q in quotes(nlp, WIRE)]
    assert "the U.S. government is still studying the new rules" in texts, texts
    assert "the company will now work with U.S. farmers to help them meet the rules" in texts, texts


RELAY = """MINISTRY SAYS FIRST QUARTER RESULTS POOR

    The Polish government said industrial results achieved in
the first quarter of the year were disappointing, the official
news agency PAP said.
    Officials said the plan could raise more than 20 billion zlotys
over the next five years according to the minister's projections.
"""


def test_a_report_passed_on_before_its_tag_is_the_inner_content(nlp: Language) -> None:
    """ "[The government said X], PAP said": what PAP passed on is X, even where the
    parser stopped the inner report at a line wrap before its verb."""
    found = {q["text"]: q["speaker"] for q in quotes(nlp, RELAY)}
    inner = "industrial results achieved in the first quarter of the year were disappointing"
    assert inner in found, found
    assert not any(str(t).startswith("The Polish government said") for t in found), found


def test_according_to_over_a_tag_is_not_a_second_quote(nlp: Language) -> None:
    """ "Officials said X according to Y": X is shown once, not a second time as
    "Officials said X" under "according to"."""
    texts = [str(q["text"]) for q in quotes(nlp, RELAY)]
    assert not any(t.startswith("Officials said") for t in texts), texts
    assert sum("could raise more than 20 billion zlotys" in t for t in texts) == 1, texts


HEARING = """Lawyers clash at extradition hearing

After the hearing began, according to Assange's lawyer, Martinez, a female British barrister arrived and demanded permission to observe.

According to police, Smith, 45, was arrested at the scene on Monday.
"""  # noqa: E501


def test_the_name_of_an_according_to_source_is_not_the_reported_subject(
    nlp: Language,
) -> None:
    """ "according to X's lawyer, Martinez, a barrister arrived": Martinez is the
    lawyer; what was reported is that a barrister arrived. An apposition closed by its
    comma ("Smith, 45, was arrested") leaves the name in the report."""
    texts = [str(q["text"]) for q in quotes(nlp, HEARING)]
    assert "a female British barrister arrived and demanded permission to observe" in texts
    assert not any(t.startswith("Martinez") for t in texts), texts
    assert any(t.startswith("Smith, 45, was arrested") for t in texts), texts


def test_a_split_quotation_is_served_from_the_cache(nlp: Language, tmp_path) -> None:
    """An article with a split quotation is parsed once: its cache entry reads back to
    the same extraction (a `parts` list that failed the cache's type check made every
    build parse the article again, so no build of such a site was 'nothing changed')."""
    from generator.running.cache import ExtractionCache

    extraction, problems = extract_document(parse(nlp, COURT))
    assert problems == [] and any(quote.parts for quote in extraction.quotes)
    cache = ExtractionCache(tmp_path, "model", "extractor")
    key = cache.key(COURT)
    cache.put(key, extraction, [])
    assert cache.get(key) == extraction
    assert cache.corrupt == 0
