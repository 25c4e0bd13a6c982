"""Numbers that are no key figure (an age after "was", a number word in a name) and
figures read as counting a word that is not theirs (a clause's subject, a person), on
sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.figures import extract_figures
from generator.model import Figure


def key_figures(nlp: Language, text: str) -> dict[str, Figure]:
    """Each key figure as written -> the figure."""
    return {f.text: f for f in extract_figures(nlp(text))}


def test_a_persons_age_after_was_is_no_figure(nlp: Language) -> None:
    text = "The court heard the accused had threatened the girl - who was 14 at the time."
    assert "14" not in key_figures(nlp, text)


def test_a_count_after_was_stays(nlp: Language) -> None:
    text = "The death toll was 14, the regional governor said on Monday."
    assert key_figures(nlp, text)["14"].counts == "death toll"


def test_a_capitalised_number_word_before_a_name_is_a_name(nlp: Language) -> None:
    text = "Wales won their opening two matches in the 2006 Six Nations under Mike Ruddock."
    assert "Six" not in key_figures(nlp, text)


def test_a_sum_before_a_clause_subject_does_not_count_it(nlp: Language) -> None:
    text = (
        "Dutch firms had won just 21 mln dlrs worth of contracts, compared with the "
        "1.2 billion dlrs Holland had hoped to secure."
    )
    got = key_figures(nlp, text)
    figure = got.get("1.2 billion dlrs")
    assert figure is None or figure.counts != "Holland"


def test_a_person_subject_is_not_what_a_share_measures(nlp: Language) -> None:
    text = "A local expert forecast a drop in rice acreage in 1988 of up to 12 pct in Hunan."
    figure = key_figures(nlp, text).get("12 pct")
    assert figure is None or "expert" not in (figure.counts or "")


def test_a_share_set_beside_a_part_of_a_whole_says_nothing_of_it(nlp: Language) -> None:
    """ "17% | small number" tells the reader nothing the figure is of."""
    text = "A small number, 17%, said they would not miss the service if it closed."
    figure = key_figures(nlp, text).get("17%")
    assert figure is None or figure.counts != "small number"


def test_a_unit_joined_to_the_next_clauses_subject_counts_nothing(nlp: Language) -> None:
    text = "But chemical sector output fell eight pct and textile production declined six pct."
    got = key_figures(nlp, text)
    for written in ("eight pct", "six pct"):
        figure = got.get(written)
        assert figure is None or "and" not in (figure.counts or "").split()


def test_numbers_listed_after_a_label_word_are_labels(nlp: Language) -> None:
    text = "Only a third of pupils at Key Stages 1, 3 and 4 and two-fifths of pupils met it."
    got = key_figures(nlp, text)
    assert "4" not in got and "3" not in got


def test_a_price_each_after_the_items_is_not_the_subjects(nlp: Language) -> None:
    text = (
        "The merger will be partly paid for by the issue of six mln shares at 3.20 dlrs "
        "each and two mln options to the Harlow Group."
    )
    figure = key_figures(nlp, text).get("3.20 dlrs")
    assert figure is None or figure.counts != "merger"


def test_a_price_each_of_the_subject_stays_its_own(nlp: Language) -> None:
    text = "The tickets for the final were priced at 45 dlrs each."
    assert key_figures(nlp, text)["45 dlrs"].counts == "tickets"


def test_a_verb_the_parser_made_a_subject_describes_nothing(nlp: Language) -> None:
    text = (
        "Dealers saw selling of the mark for dollars, which some estimated would run to a "
        "modest 300 mln guilders, in line with last week."
    )
    figure = extract_figures(nlp(text), minor=True)
    assert all(f.counts != "estimated" for f in figure)
