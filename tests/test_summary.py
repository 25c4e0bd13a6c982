# ruff: noqa: E501 - the test article keeps one paragraph per line, as editors paste it
"""Summary sentences and key terms, on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.summary import extract_keyterms, extract_summary, summary_length

ARTICLE = """Harbour town votes to ban cars from its old quarter

Councillors in Port Ellis voted on Monday to close the old quarter to cars from next spring, after a two-year trial cut air pollution in its narrow streets by a third.

The decision, passed by 19 votes to 6, makes Port Ellis the first town in the county to ban private cars from its historic centre.

"People told us they wanted their streets back," said Mayor Carla Benn. "This is what they asked for."

Shopkeepers had feared the trial would drive customers away, but the Port Ellis Traders' Association said footfall rose by 12% during the second year.

Residents with disabilities will keep permits to drive in, and delivery vans will be allowed before 10am.

The county council said it would study the results before deciding whether other towns should follow.

Opponents said the ban would push traffic into the surrounding residential roads. Councillor Dev Shah said the town had not done enough to improve buses.

The ban will be reviewed after three years.
"""


def test_summary_is_three_to_five_whole_sentences_in_article_order(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    summary = extract_summary(doc)
    assert 3 <= len(summary) <= 5
    positions = [ARTICLE.find(sentence[:40]) for sentence in summary]
    assert all(position >= 0 for position in positions), "summary must quote the article"
    assert positions == sorted(positions)


def test_summary_leads_with_the_story_not_the_headline(nlp: Language) -> None:
    summary = extract_summary(nlp(ARTICLE))
    assert summary[0].startswith("Councillors in Port Ellis voted on Monday")
    assert not any("Harbour town votes" in sentence for sentence in summary)


def test_summary_prefers_narrative_over_quotations(nlp: Language) -> None:
    summary = extract_summary(nlp(ARTICLE))
    assert not any(sentence.startswith('"') for sentence in summary)


def test_summary_of_a_text_without_full_sentences_still_says_something(nlp: Language) -> None:
    assert extract_summary(nlp("Storm warning for the coast")) == ["Storm warning for the coast"]
    assert extract_summary(nlp("")) == []


def test_summary_grows_with_the_article() -> None:
    assert [summary_length(n) for n in (5, 20, 60)] == [3, 4, 5]


def test_keyterms_are_varied_and_free_of_figure_fragments(nlp: Language) -> None:
    terms = extract_keyterms(nlp(ARTICLE))
    assert 3 <= len(terms) <= 8
    assert "Port Ellis" in terms
    assert not any(term[0].isdigit() or term.startswith(("m ", "bn ")) for term in terms)
    lowered = [set(term.lower().split()) for term in terms]
    for index, words in enumerate(lowered):
        for other in lowered[index + 1 :]:
            assert len(words & other) / min(len(words), len(other)) < 0.5, terms


def test_keyterms_keep_hyphenated_compounds_whole_and_skip_dates(nlp: Language) -> None:
    text = (
        "Rail workers began a 72-hour strike on Monday. The 72-hour strike closed most "
        "lines. Union leaders said the 72-hour strike would be followed by an anti-war "
        "protest. The anti-war protest drew thousands. Rail managers said the strike cost "
        "millions. Rail workers want higher pay and rail managers refuse."
    )
    terms = extract_keyterms(nlp(text))
    assert "anti-war protest" in terms
    assert not {"hour strike", "war protest", "Monday"} & set(terms)
