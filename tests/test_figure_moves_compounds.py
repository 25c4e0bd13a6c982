"""What a key figure counts when its own words say too little (issue 11, "figures that
say what they count"): a move set against another ("after a 2.1 pct rise in May") and a
count before an unhyphenated compound ("a 40 member board"), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from key_figures import counts
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "Farm lending by regional banks rose by 4.2 pct in the year to May from "
            "April's 3.7 pct rise, the central bank said.",
            "3.7 pct",
            "rise in farm lending",
        ),
        (
            "Retail credit in Norland rose 310 mln crowns in March after a revised rise "
            "of 95 mln crowns in February, the ministry said.",
            "95 mln crowns",
            "rise in retail credit in February",
        ),
    ],
)
def test_a_bare_move_takes_what_moved_from_the_move_it_is_set_against(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "April's 3.7 pct rise" is a rise in what the sentence says rose, not "rise"."""
    assert counts(nlp, text, written) == said


def test_a_bare_move_of_another_owner_keeps_its_own_words(nlp: Language) -> None:
    """Two things moved in the sentence: a move owned by one takes that one's name, and a
    move owned by neither takes none ("rises of 3.25 pct and 6.5 pct respectively")."""
    text = (
        "Among metals, copper rose 2.5 pct after a 6.1 pct January increase, and zinc "
        "was up four pct in February after an 8.0 pct increase in January."
    )
    assert counts(nlp, text, "6.1 pct") == "January increase in copper"
    assert counts(nlp, text, "8.0 pct") == "increase"  # copper or zinc: not said


def test_a_bare_move_with_its_own_in_phrase_keeps_it(nlp: Language) -> None:
    """ "a drop of 11 pct in Dutch sales" is no drop in what else the sentence says rose."""
    text = "Velmar car exports jumped over 30 pct compared to a drop of 11 pct in Dutch sales."
    assert counts(nlp, text, "11 pct") != "drop in Velmar car exports"


def test_a_move_named_with_its_thing_is_left_alone(nlp: Language) -> None:
    """ "a 12 percent plunge in Halvern's share price" says what plunged already."""
    text = "With a 12 percent plunge in Halvern's share price on Monday, the pressure grew."
    assert counts(nlp, text, "12 percent") == "plunge in Halvern's share price"


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "The board of the 2 million member federation met in Leeds.",
            "2 million",
            "members (federation)",
        ),
        (
            "Petrolia said the site is the first of a six well program in the basin.",
            "six",
            "wells (program)",
        ),
        ("Orvan Air will order a 300 seat plane from the maker.", "300", "seats (plane)"),
    ],
)
def test_a_count_before_a_compound_counts_its_first_noun(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "a six well program" is six wells, not six "well program"."""
    assert counts(nlp, text, written) == said


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        ("There are 500 steel workers at the Tarrow plant.", "500", "steel workers"),
        ("The 40 oil companies in the group cut output.", "40", "oil companies"),
    ],
)
def test_a_count_before_a_plural_compound_counts_its_head(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "500 steel workers" are workers: a plural head is what the number counts."""
    assert counts(nlp, text, written) == said


def test_a_share_of_things_says_what_they_do(nlp: Language) -> None:
    """ "70% of local shops were no worse off": those that were, not all local shops; a
    predicate the words read would cut short is left out."""
    text = "A survey found that 70% of local shops were no worse off after the floods."
    assert counts(nlp, text, "70%") == "local shops that were no worse off after the floods"
    text = (
        "About 58 percent of regional lenders with large books fund repairs at full or "
        "partial cost, according to a 2014 study."
    )
    assert counts(nlp, text, "58 percent") == "regional lenders"


def test_a_noun_whose_copula_opens_a_clause_owns_nothing(nlp: Language) -> None:
    """ "Their goal is to sell 500,000 cars": the cars are not the goal's."""
    text = "Carvell executives said their goal is to sell 500,000 cars equipped with airbags."
    assert counts(nlp, text, "500,000") == "cars equipped"


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "In the branch poll, 1,204 workers said they wanted to strike, while 87 members "
            "favoured talks.",
            "1,204",
            "workers who said they wanted to strike",
        ),
        (
            "Add the 41,310 people who voted for Ms Orlay in the spring, and the gap closes.",
            "41,310",
            "people who voted for Ms Orlay",
        ),
    ],
)
def test_a_count_of_people_says_what_they_do(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "1,204 workers said they wanted to strike": those workers, not all workers."""
    assert counts(nlp, text, written) == said


def test_a_clause_that_does_not_fit_whole_is_left_out(nlp: Language) -> None:
    """ "people who came out in 2008 for ..." would end on a dangling "out" once the year
    is cut; "dock workers at Eastport began" has a phrase between the people and
    their verb. Both keep the bare noun."""
    text = "It is down from the 436,219 people who came out in 2008 for the two of them."
    assert counts(nlp, text, "436,219") == "people"
    text = "About 2,400 dock workers at Eastport began a strike on Monday."
    assert counts(nlp, text, "2,400") == "dock workers"


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "The Harbour Trust has joined a legal dispute between four local fishermen and "
            "the port.",
            "four",
            "local fishermen",
        ),
        (
            "Posted grain prices in 45 northern counties have been changed.",
            "45",
            "northern counties",
        ),
    ],
)
def test_a_subject_beside_the_counted_thing_owns_none_of_it(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "a dispute between four fishermen and the port": not the Trust's fishermen; "prices
    in 45 counties": the counties are not the prices'."""
    assert counts(nlp, text, written) == said


def test_a_sum_given_or_contributed_says_so(nlp: Language) -> None:
    """ "A developer contributed $5m": what was contributed, by whom, not "developer"."""
    text = "A Tallis-based developer with wide interests contributed as much as $5 million."
    assert counts(nlp, text, "$5 million") == "contributed (Tallis-based developer)"
    text = "The Orme trust will give $2m to the school."
    assert counts(nlp, text, "$2m") == "gift (Orme trust)"


def test_a_share_of_party_voters_says_what_they_said(nlp: Language) -> None:
    """ "41 percent of Republicans said they ...": party members are a surveyed group, and
    what a share said of something else is told when it is short enough to say whole."""
    text = "In the Corran poll, 41 percent of Republicans said they were unhappy with the race."
    assert counts(nlp, text, "41 percent") == "Republicans who said they were unhappy with the race"
    text = "About 45 percent of voters said the economy would grow faster."
    assert counts(nlp, text, "45 percent") == "voters who said the economy would grow faster"
