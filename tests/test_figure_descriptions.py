"""What a key figure counts, as an editor would write it (issue 11, "figures that say what
they count"): the head noun with what restricts it, never a word that misleads, and a
range kept whole; on sentences written for these tests."""

from __future__ import annotations

import pytest
from key_figures import counts, key_figure
from spacy.language import Language

from generator.extract.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("Halden Foods expects sales of $412m-436m this year.", "$412m-436m", 412e6, 436e6),
        ("Orlen Mills sees revenue of 80m-95m euros in 2027.", "80m-95m euros", 80e6, 95e6),
        ("The fund wants to raise £2.5bn to 3bn from investors.", "£2.5bn to 3bn", 2.5e9, 3e9),
    ],
)
def test_a_range_with_its_currency_written_once_keeps_both_ends(
    nlp: Language, text: str, written: str, low: float, high: float
) -> None:
    """ "$412m-436m": the high end is money too, not 436 metres, and reaches `value_max`."""
    found = key_figure(nlp, text, written)
    assert (found.value, found.value_max) == (low, high)


def test_a_share_below_half_is_no_majority(nlp: Language) -> None:
    """ "A majority of members, 44 percent, ...": a share of half or less is left without a
    description rather than called a majority; more than half keeps it."""
    assert (
        key_figure(nlp, "A majority of members, 44 percent, backed the plan.", "44 percent").counts
        is None
    )
    said = key_figure(
        nlp, "A majority of members, 58 percent, backed the plan.", "58 percent"
    ).counts
    assert said is not None and "majority" in said


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        ("The Kessler poll has a margin of error of 3.9 points.", "3.9 points", "margin of error"),
        (
            "The Kessler poll has a margin of error of plus or minus 3.9 percentage points.",
            "3.9 percentage points",
            "margin of error",
        ),
        ("Economists see a rate of inflation of 2.7% next year.", "2.7%", "rate of inflation"),
        (
            "Sales at the catalogue arm rose 11.2% in the year.",
            "11.2%",
            "rise in sales at the catalogue arm",
        ),
    ],
)
def test_the_noun_keeps_what_restricts_it(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "margin of error", not "error"; the arm's sales, not all sales."""
    assert key_figure(nlp, text, written).counts == said


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "A Kessler poll shows Varga with a 6-point lead over Dorn, but she trails Dorn by "
            "about 12 points among older voters.",
            "12 points",
            "lead of Dorn",
        ),
        (
            "By March, Mr Dorn was winning farmers by 31 points in the poll.",
            "31 points",
            "margin among farmers",
        ),
        (
            "Ms Varga defeated Mr Dorn by 9 points in the primary.",
            "9 points",
            "margin over Mr Dorn",
        ),
    ],
)
def test_a_margin_says_whose_lead_it_is(nlp: Language, text: str, written: str, said: str) -> None:
    """A rival trailed has the lead; a group won is no rival beaten."""
    assert key_figure(nlp, text, written).counts == said


def test_a_scaled_count_hyphenated_to_a_noun_counts_that_noun(nlp: Language) -> None:
    """ "the 1.4 mln-member union": members of the union, not "mln-member union"."""
    text = "The 1.4 mln-member union voted to strike on Monday."
    assert key_figure(nlp, text, "1.4 mln").counts == "members (union)"


def test_people_who_said_they_do_something_are_picked_out_by_it(nlp: Language) -> None:
    """ "Seven of 10 voters said they planned to watch the debate": those voters."""
    text = "In the Kessler poll, seven of 10 voters said they planned to watch the debate."
    assert key_figure(nlp, text, "seven of 10").counts == "voters who planned to watch the debate"


def test_a_share_in_a_with_clause_is_its_subjects_part_of_the_same_thing(nlp: Language) -> None:
    """ "won 44 percent of the vote, with Labour taking 30 percent": Labour's share of the
    vote, not "Labour"; the share after "and" names no subject the parse read, and stays
    unexplained."""
    text = (
        "The Greens won 41 percent of the vote in Dunmore, with Labour taking 33 percent "
        "and the Liberals 19 percent."
    )
    assert key_figure(nlp, text, "33 percent").counts == "share of vote (Labour)"


def test_a_hyphenated_modifier_stays_with_its_noun(nlp: Language) -> None:
    """ "Like-for-like sales growth was 0.5%": the like-for-like growth, not all sales
    growth, even where the parser breaks the hyphenated word at a sentence's start."""
    text = "Like-for-like sales growth was 0.7% at the Dunmore chain, the retailer said."
    assert key_figure(nlp, text, "0.7%").counts == "Like-for-like sales growth"


def test_an_adverb_of_in_and_a_noun_names_nothing_counted(nlp: Language) -> None:
    """ "from 25 cts a share in part on the expectation ...": "in part" says why, the
    figure is the dividend it was raised from."""
    text = (
        "Meanwhile, the company said it raised its quarterly dividend to 28 cts a share from "
        "25 cts a share in part on the expectation that its tax rate under the new tax law "
        "will result in greater cash flow."
    )
    assert key_figure(nlp, text, "25 cts a share").counts == "quarterly dividend"


def test_a_unit_finished_by_its_of_phrase_counts_the_subject(nlp: Language) -> None:
    """ "511 mln barrels of oil equivalent": the unit is barrels of oil equivalent, what
    they count is the reserves that fell to them."""
    text = (
        "Orlen Petroleum said its worldwide proved reserves fell to 511 mln barrels of oil "
        "equivalent at the end of 1986 from 555 mln barrels."
    )
    assert key_figure(nlp, text, "511 mln barrels").counts == "worldwide proved reserves"


def test_a_time_after_a_fare_is_no_description(nlp: Language) -> None:
    """ "fares will be 399 dlrs midweek in June": "midweek" says when the fare applies;
    the fares are what the sum is."""
    text = (
        "The cheapest fares on the route will be 399 dlrs midweek in June and 459 dlrs "
        "midweek in August."
    )
    assert key_figure(nlp, text, "459 dlrs").counts == "cheapest fares"


def test_per_annum_is_no_description(nlp: Language) -> None:
    """ "$20 billion per annum (£11bn) is needed": "annum" makes the sum a yearly one (its
    unit says so); neither sum is a count of "annum"."""
    text = "About $20 billion per annum (£11bn) is needed to pay for the new roads, he said."
    assert all(f.counts != "annum" for f in extract_figures(nlp(text)))


@pytest.mark.parametrize(
    ("text", "written", "wrong"),
    [
        (
            "The bonds will be convertible into common stock at 12.50 dlrs a share.",
            "12.50 dlrs a share",
            "bonds",
        ),
        (
            "The warrants can be exercised at 7.25 dlrs a share until June 1990.",
            "7.25 dlrs a share",
            "warrants",
        ),
    ],
)
def test_a_term_after_at_is_not_the_subjects_level(
    nlp: Language, text: str, written: str, wrong: str
) -> None:
    """ "convertible into common stock at 12.50 dlrs a share", "can be exercised at 7.25
    dlrs a share": the price of the stock they turn into; the subject is not what it
    measures, and with nothing else to say what it is the sum stays unexplained."""
    found = [f for f in extract_figures(nlp(text)) if f.text == written]
    assert all(f.counts != wrong for f in found)


def test_a_two_word_nationality_keeps_its_first_word(nlp: Language) -> None:
    """ "the South Korean economy": "Korean economy" names another country's (and "South
    African" is not "African")."""
    text = "The bank expects the South Korean economy to grow by 3.8% in 2027."
    assert "South Korean economy" in (key_figure(nlp, text, "3.8%").counts or "")


def test_a_bodys_name_before_the_noun_is_not_taken_as_its_adjective(nlp: Language) -> None:
    """ "told the Supreme Soviet industrial output should rise": the parser runs the
    body's name into the noun; a body's two words are no two-word adjective."""
    text = (
        "Planning chief Nikolai Talyzin told the Supreme Soviet industrial output should "
        "rise by 4.5 pct in 1988, up from a planned 4.4 pct in 1987."
    )
    assert "Supreme" not in (key_figure(nlp, text, "4.5 pct").counts or "")


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "The accord lets Peru keep almost all of its current 30 pct share of the tin "
            "market, Bolivia 17 pct, Chile nine pct and Ghana six pct.",
            "17 pct",
            "share (Bolivia)",
        ),
        (
            "The Lindell Co shipped 5,000 tonnes of wheat, Norway 3,000 tonnes of barley, "
            "Chile 2,500 wheat and the U.K. 1,800 wheat.",
            "1,800",
            "wheat (U.K.)",
        ),
        (
            "Denmark took 400 tonnes of pork, Sweden 300 tonnes and Finland 250 tonnes.",
            "250 tonnes",
            "pork (Finland)",
        ),
    ],
)
def test_a_gapped_list_item_is_its_named_holders(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "Peru keeps its 30 pct share, Bolivia 17 pct": the list leaves out the verb and
    the noun; each later figure is the name before it's part of what the first counts,
    not the first holder's, nor what the clause's subject is ("plan")."""
    found = [f for f in extract_figures(nlp(text), minor=True) if f.text == written]
    assert [f.counts for f in found] == [said]


def test_a_month_before_a_figure_is_no_holder(nlp: Language) -> None:
    """ "rose 5 pct in March, April 3 pct": a time, not whose the figure is."""
    text = "Sales at the Orrin chain rose 5 pct in March, April 3 pct and May 2 pct."
    found = extract_figures(nlp(text), minor=True)
    assert not any("(April)" in (f.counts or "") for f in found)


def test_an_agent_after_by_is_not_what_the_sum_of_is(nlp: Language) -> None:
    """ "estimates by the ministry of 300 to 600 mln dlrs": the sum is the estimates',
    the ministry made them; a thing after "by" ("followed by sales of ...") keeps its sum."""
    text = "Costs vary widely, ranging from estimates by the treasury of 300 to 600 mln dlrs."
    assert counts(nlp, text, "300 to 600 mln dlrs") == "estimates"
    told = "That will be followed on Monday by quarterly sales of 6.5 billion dlrs of notes."
    assert counts(nlp, told, "6.5 billion dlrs") != "estimates"


@pytest.mark.parametrize(
    ("text", "written", "wrong"),
    [
        (
            "Lenders will be able to advance up to two mln dlrs in the form of a short-term note.",
            "two mln dlrs",
            "form",
        ),
        (
            "Last year the fund lent the equivalent of 40 pct of its 1985 assets.",
            "40 pct",
            "equivalent",
        ),
    ],
)
def test_a_word_of_how_a_sum_is_given_is_not_what_it_counts(
    nlp: Language, text: str, written: str, wrong: str
) -> None:
    """ "in the form of a note", "the equivalent of 40 pct": a manner and a stand-in, no
    thing counted."""
    found = [f for f in extract_figures(nlp(text), minor=True) if f.text == written]
    assert found and all(wrong not in (f.counts or "") for f in found)


def test_a_yardstick_with_capitals_is_no_company_to_hold_a_stake_in(nlp: Language) -> None:
    """ "raise exports to 20 pct of Gross National Product": a measure of the economy
    written with capitals is no company; the share is the exports'."""
    text = "The ministry wants to raise exports to 20 pct of Gross National Product."
    said = counts(nlp, text, "20 pct") or ""
    assert "stake" not in said and said.startswith("exports as share of")


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "Harlow Industries Inc paid about three billion dlrs for Benton Chemicals last year.",
            "three billion dlrs",
            "price of Benton Chemicals",
        ),
        ("Bremner Corp paid 40 mln dlrs for the Ohio plant.", "40 mln dlrs", "price of Ohio plant"),
    ],
)
def test_a_sum_paid_for_a_thing_is_its_price(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "paid three billion dlrs for Benton Chemicals": the price of what was bought, as
    "bought Benton for three billion dlrs" reads; not "paid (Harlow)"."""
    assert counts(nlp, text, written) == said


def test_a_sum_paid_for_a_time_or_person_is_no_price(nlp: Language) -> None:
    """ "paid 5 mln dlrs for the year": a time is no thing bought."""
    assert "price" not in (
        counts(nlp, "The Orrin firm paid 5 mln dlrs for the year.", "5 mln dlrs") or ""
    )


def test_a_year_before_the_noun_of_a_share_is_skipped(nlp: Language) -> None:
    """ "40 pct of its 1985 assets": the assets, dated; the year left the share with no
    noun, and the clause's subject was shown ("fund")."""
    said = counts(nlp, "The Kerr fund lent 40 pct of its 1985 assets.", "40 pct")
    assert said is not None and said.startswith("assets")


def test_a_count_inside_the_subject_of_an_outlook_is_told(nlp: Language) -> None:
    """ "The sale of four units ... is expected to raise": the units are a fact the
    subject tells, not what is expected ("sale of units expected")."""
    text = "The sale of four Orrin units is expected to raise nearly 25 mln dlrs in cash."
    assert "expected" not in (counts(nlp, text, "four") or "")


def test_an_expected_load_keeps_its_noun_first(nlp: Language) -> None:
    """ "is expected to load 15,000 tonnes of maize": "maize expected", as "bags
    expected" reads; "expected maize" is no noun phrase."""
    text = "Another vessel is expected to load 15,000 tonnes of maize for Egypt."
    assert counts(nlp, text, "15,000 tonnes") == "maize expected"


def test_a_sum_worth_of_a_measure_is_its_value(nlp: Language) -> None:
    """ "60,000 tonnes worth some 25 mln ringgit": the value of the tonnes, not a count
    of "tonnes" (nor the subject that holds them)."""
    text = "The Orrin co-operative may withhold up to 60,000 tonnes worth some 25 mln ringgit."
    said = counts(nlp, text, "25 mln ringgit")
    assert said is not None and said.startswith("value")


def test_worth_of_a_possessed_thing_is_the_thing(nlp: Language) -> None:
    """ "2.6 billion francs worth of the treasury's new tap stock": worth of the stock,
    never the possessor alone ("treasury"), and "worth" is nothing counted."""
    text = "The Vane bank sold 2.6 billion francs worth of the treasury's new tap stock."
    assert (counts(nlp, text, "2.6 billion francs") or "").endswith("stock")
    bare = "The Vane bank also sold 2.1 billion worth of 7.5 pct 2001 stock on Monday."
    found = [f for f in extract_figures(nlp(bare), minor=True) if f.text == "2.1 billion"]
    assert found and all("worth" not in (f.counts or "") for f in found)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("They hailed the ruling, which sent Orrin shares up 3.5% on Monday.", "3.5%"),
        ("Heavy selling on the market took Orrin shares down a further 28p to 310.", "28p"),
    ],
)
def test_a_move_a_verb_sends_a_thing_is_the_things(nlp: Language, text: str, written: str) -> None:
    """ "sent Orrin shares up 3.5%", "took Orrin shares down a further 28p": the shares
    moved, not what sent them ("rise in ruling", "Heavy selling"), however the parser
    hangs "up" or "down" (on the verb, as a particle, or on the shares)."""
    assert "Orrin shares" in (counts(nlp, text, written) or "")


def test_a_list_of_holders_is_no_one_holder(nlp: Language) -> None:
    """ "The Alder mill, Chalk Ltd and Fenn Co account for 80 pct": all three's share, not
    the one the parser hangs the list on; a name with "and" in it stays the owner."""
    listed = "The Alder mill, Chalk Ltd and Fenn Co account for 80 pct of world jute exports."
    assert counts(nlp, listed, "80 pct") == "world jute exports"
    named = "Standard and Poor's Corp cut 600 mln dlrs of debt."
    assert "Standard and Poor's Corp" in (counts(nlp, named, "600 mln dlrs") or "")


def test_a_unit_is_no_host_of_a_count(nlp: Language) -> None:
    """ "one pct of the 40 billion checks written": "pct" is a share of them, not a noun
    they are "of" (it read "of checks written")."""
    text = (
        "The Orrin bank said fewer than one pct of the more than 40 billion checks written "
        "each year in Ohio are returned unpaid."
    )
    assert counts(nlp, text, "40 billion") == "checks written"


def test_a_level_whose_host_is_a_unit_says_nothing(nlp: Language) -> None:
    """ "above the April, 1986, level of 373.9 billion dlrs": the frame word's host is the
    unit; "dlrs" is no description."""
    text = (
        "April spending on Orrin roads was 10.2 billion dlrs, or 2.7 pct, above the April, "
        "1986, level of 373.9 billion dlrs."
    )
    found = [f for f in extract_figures(nlp(text), minor=True) if f.text == "373.9 billion dlrs"]
    assert found and all(f.counts != "dlrs" for f in found)


def test_a_possessive_name_opening_the_sentence_keeps_its_capital(nlp: Language) -> None:
    """ "Spain's exports grew at a rate of 8.3 pct": the name is "Spain", written with
    "'s"; only a common noun that opens the sentence loses its capital ("spain's")."""
    text = "Norway's exports grew at an annualised rate of 8.3 pct in January."
    assert "Norway's" in (counts(nlp, text, "8.3 pct") or "")


@pytest.mark.parametrize(
    "text",
    [
        "The Orrin unit will raise prices of 1987 models an average of three pct on the base car.",
        "The Orrin unit will raise prices by an average of three pct.",
    ],
)
def test_an_average_change_is_the_objects(nlp: Language, text: str) -> None:
    """ "will raise prices an average of three pct": the rise in prices, not the unit that
    raises them ("an average of" hid the verb's object)."""
    assert counts(nlp, text, "three pct") == "rise in prices"


def test_a_sum_against_a_noun_is_the_noun_befores(nlp: Language) -> None:
    """ "a charge against earnings of 177 mln dlrs": the charge's sum, not "earnings"."""
    text = "Orrin said this will result in a charge against earnings of 177 mln dlrs after taxes."
    assert counts(nlp, text, "177 mln dlrs") == "charge"


def test_the_earlier_side_of_a_new_level_is_the_previous_one(nlp: Language) -> None:
    """ "new prices are 23,910 dlrs for the base car, up from 22,995 dlrs": the 22,995 dlrs
    is what the price was, not one of the new prices."""
    text = "The Orrin firm said new prices are 23,910 dlrs for the base car, up from 22,995 dlrs."
    assert counts(nlp, text, "22,995 dlrs") == "previous prices"
    assert counts(nlp, text, "23,910 dlrs") == "new prices"


def test_a_load_is_the_cargo_of_what_carries_it(nlp: Language) -> None:
    """ "Four barges are loading 32,000 tonnes": the tonnes are cargo, the barges carry
    it; "barges" alone read as what the tonnes measure."""
    text = "Four barges are currently loading 32,000 tonnes at the Orrin quay."
    assert counts(nlp, text, "32,000 tonnes") == "cargo (barges)"


def _said(nlp: Language, text: str, written: str) -> list[str | None]:
    """What every figure written as `written` is said to count (none when it is dropped)."""
    return [f.counts for f in extract_figures(nlp(text)) if f.text == written]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "In the Orrin poll, 40 pct of firms expected more orders while 45 pct forecast "
            "demand would stay flat.",
            "45 pct",
        ),
        (
            "In the Orrin poll, 45 pct forecast demand would stay flat and nine pct expected "
            "sales to fall.",
            "nine pct",
        ),
        ("Seven pct predicted wages will rise, against five pct a month earlier.", "Seven pct"),
        ("Seven pct predicted wages will rise, against five pct a month earlier.", "five pct"),
    ],
)
def test_a_share_of_those_asked_is_not_what_they_spoke_of(
    nlp: Language, text: str, written: str
) -> None:
    """ "45 pct forecast demand would stay flat": the parser reads "forecast demand" as one
    noun, but the 45 pct are firms asked; "forecast demand" was shown."""
    assert all(said is None for said in _said(nlp, text, written))


def test_a_share_with_its_own_determiner_keeps_the_verb_word(nlp: Language) -> None:
    """ "a 3 pct expected rise in sales" is one noun phrase: the expected rise."""
    text = "Orrin analysts see a 3 pct expected rise in sales this year."
    said = counts(nlp, text, "3 pct")
    assert said is not None and said.startswith("expected rise in sales")


def test_a_total_the_figure_is_says_nothing(nlp: Language) -> None:
    """ "A total of 61% said ...": the subject "total" is the figure itself, no description."""
    assert all(
        said is None for said in _said(nlp, "A total of 61% said they backed the mayor.", "61%")
    )


def test_a_phrase_cut_inside_a_bracket_or_a_word_is_no_description(nlp: Language) -> None:
    """ "the (cost of a) tonne of sugar" read "cost of a"; "a pre-tax operating loss" read
    "-tax operating loss": a cut phrase is dropped, a cut word made whole."""
    text = '"Maybe the (cost of a) tonne of sugar will fall below 200, perhaps 195 dlrs," he said.'
    assert all(said is None for said in _said(nlp, text, "195 dlrs"))
    text = "The Orrin unit had a pre-tax operating loss of 12.4 mln dlrs in 1986."
    assert counts(nlp, text, "12.4 mln dlrs") == "pre-tax operating loss"


def test_a_sum_of_a_possessors_thing_is_the_things(nlp: Language) -> None:
    """ "40 mln dlrs of the group's 300 mln dlr bond issue": the issue's, not "group"."""
    text = "The Orrin fund will buy back 40 mln dlrs of the group's 300 mln dlr bond issue."
    assert counts(nlp, text, "40 mln dlrs") == "bond issue"


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        ("Dealers will bid for 200 mln dlrs of 20-year bonds rated AA.", "200 mln dlrs", "bonds"),
        (
            "The average yield for 40 mln dlrs of 91-day Orrin bills sold this week was 6.2 pct.",
            "40 mln dlrs",
            "Orrin bills sold",
        ),
    ],
)
def test_a_sum_of_things_written_with_a_figure_is_the_things(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "200 mln dlrs of 20-year bonds": the bonds, though their phrase opens on a figure;
    the verb ("bid for (Dealers)") or the subject ("average yield") was shown."""
    assert (counts(nlp, text, written) or "").startswith(said)


def test_a_level_after_a_change_noun_with_no_thing_is_not_the_change(nlp: Language) -> None:
    """ "received a reduction, to 500,000 dlrs from 1.2 mln dlrs, of its guarantee": the
    sums are the guarantee's levels, not the size of a "reduction"."""
    text = (
        "The Orrin firm received a reduction, to 500,000 dlrs from 1.2 mln dlrs, "
        "of its loan guarantee."
    )
    assert "reduction" not in _said(nlp, text, "500,000 dlrs")
    assert "reduction" not in _said(nlp, text, "1.2 mln dlrs")


def test_an_ing_word_inside_a_compound_does_not_cut_it(nlp: Language) -> None:
    """ "a three to four pct increase in long distance calling volumes": the volumes rise,
    not "long distance" (the parser tags "calling" a verb)."""
    text = "Orrin is projecting a three to four pct increase in long distance calling volumes."
    said = counts(nlp, text, "three to four pct") or ""
    assert "increase in long distance calling volumes" in said


def test_a_bare_level_of_a_priced_move_is_a_price(nlp: Language) -> None:
    """ "Barley rose seven Australs per tonne to 125": 125 is Australs a tonne, not a
    count of barley (grain reports give the unit once)."""
    text = "Orrin barley for feed rose seven Australs per tonne to 125."
    found = [f for f in extract_figures(nlp(text), minor=True) if f.text == "125"]
    assert found and found[0].unit == "ARA/tonne"


def test_a_price_that_lost_to_a_level_is_no_loss(nlp: Language) -> None:
    """ "Orrin Estates lost 25 cents to 20.15 dlrs": a share price fell; neither sum is
    the company's loss ("loss (Orrin Estates)" was shown for both)."""
    text = "Orrin Estates lost 25 cents to 20.15 dlrs yesterday."
    for written in ("25 cents", "20.15 dlrs"):
        assert not any(s and s.startswith("loss") for s in _said(nlp, text, written))
    assert counts(nlp, "Orrin Mining lost 15 mln dlrs in 1986.", "15 mln dlrs") == (
        "loss (Orrin Mining)"
    )


def test_a_sum_one_amount_exceeds_another_by_is_the_excess(nlp: Language) -> None:
    """ "income will exceed expenditure by 1.3 billion francs": the excess of income over
    expenditure, not a change of "expenditure"."""
    text = "The Orrin plan calls for income to exceed expenditure by 1.3 billion francs."
    assert counts(nlp, text, "1.3 billion francs") == "excess of income over expenditure"
    text = "Exports outstripped imports by 2.1 billion dlrs in March."
    assert counts(nlp, text, "2.1 billion dlrs") == "excess of exports over imports"


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        ("Orrin shares sell at a price/earnings ratio of 14.", "14", "price/earnings ratio"),
        ("First half net profit rose to 12 mln dlrs.", "12 mln dlrs", "First half net profit"),
    ],
)
def test_a_phrase_keeps_its_slashed_word_and_its_ordinal(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "a price/earnings ratio of 14" read "earnings ratio", "First half net profit" read
    "half net profit": the phrase was cut at the slash and before the ordinal."""
    assert counts(nlp, text, written) == said


def test_a_wire_move_verb_after_us_is_a_verb_for_figures(nlp: Language) -> None:
    """ "Exports to the U.S. Rose 6.1 pct": Reuters capitalises a word after "U.S.", spaCy
    read "Rose" as a name and the move as a count of "Exports"; the parse text lowers it."""
    from generator.reading.layout import analyse

    text = analyse("Harlow's exports to the U.S. Rose 6.1 pct to 210,000.").parse_text
    found = [f for f in extract_figures(nlp(text)) if f.text == "6.1 pct"]
    assert found and found[0].counts == "rise in Harlow's exports"


def test_a_name_a_preposition_takes_is_no_mover(nlp: Language) -> None:
    """ "those to Canada rose 9.4 pct": the exports to Canada rose, not Canada."""
    text = (
        "Harlow's exports to Peru rose 6.1 pct to 21,000 and those to Canada rose 9.4 pct "
        "to 88,500."
    )
    for written in ("9.4 pct", "88,500"):
        assert all(f.counts != "Canada" for f in extract_figures(nlp(text)) if f.text == written)


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "March imports amounted to 2.29 billion dlrs compared to 2.27 billion dlrs in "
            "February and 2.02 billion dlrs in March 1986.",
            "2.27 billion dlrs",
            "imports in February",
        ),
        (
            "March imports amounted to 2.29 billion dlrs compared to 2.27 billion dlrs in "
            "February and 2.02 billion dlrs in March 1986.",
            "2.02 billion dlrs",
            "imports in March 1986",
        ),
        (
            "For 1986 Harlow had net income of 8.3 mln dlrs, or 1.17 dlrs per share, vs 5.9 "
            "mln dlrs, or 83 cts per share in 1985.",
            "5.9 mln dlrs",
            "net income in 1985",
        ),
    ],
)
def test_a_compared_figure_says_its_own_time_only(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "March imports ... 2.27 billion dlrs in February" read "March imports in February"
    (the story's month kept beside the figure's), and a sum restated with a time ("5.9 mln
    dlrs, or 83 cts per share in 1985") read as this year's."""
    assert counts(nlp, text, written) == said


def test_a_period_keeps_its_length_in_a_description(nlp: Language) -> None:
    """ "nine month earnings of 14.9 mln dlrs" read "month earnings": the number word
    that says how long the period is was cut off the phrase."""
    text = "Today Harlow reported six month earnings of 4.9 mln dlrs."
    assert counts(nlp, text, "4.9 mln dlrs") == "six month earnings"


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "Customs figures show the stocks at 2.4 billion dlrs at end-1986.",
            "2.4 billion dlrs",
            "stocks",
        ),
        (
            "The central bank issued growth figures showing Chile's economy expanded 3.2% in 2004.",
            "3.2%",
            "rise in Chile's economy",
        ),
    ],
)
def test_a_record_that_shows_a_figure_is_no_thing_counted(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "Official figures show the reserves at 10.5 billion dlrs" read "Official figures":
    what the figures show is what the sum counts."""
    assert counts(nlp, text, written) == said


def test_a_thing_worth_a_sum_has_a_value_not_a_worth(nlp: Language) -> None:
    """ "The deal is now worth 1.16 billion dlrs" read "deal's worth": a person or a body
    has a worth, a deal or a plan a value."""
    assert counts(nlp, "The merger is now worth 2.6 billion dlrs.", "2.6 billion dlrs") == (
        "value of merger"
    )
    assert counts(nlp, "Harlow Corp is worth 3 billion dlrs.", "3 billion dlrs") == (
        "Harlow Corp's worth"
    )


def test_pfennigs_are_money(nlp: Language) -> None:
    """ "fell 20 pfennigs" read as a count of "pfennigs": the mark's hundredth is money,
    as cents and pence are."""
    found = key_figure(
        nlp, "Orrin shares fell 20 pfennigs to 310 marks in Frankfurt.", "20 pfennigs"
    )
    assert found.unit == "pfennigs" and "pfennigs" not in (found.counts or "")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Voytko said selling pressure could become severe at the 35 dlr level.", "35 dlr"),
        ("Analysts believe the Orrin shares merit purchase at the 26 dlr level.", "26 dlr"),
    ],
)
def test_a_level_a_clause_is_true_at_is_no_noun_of_it(
    nlp: Language, text: str, written: str
) -> None:
    """ "at the 26 dlr level" read "merit purchase", "selling pressure": the price is where
    the clause holds, not what its noun measures (a figure left without a description)."""
    assert all(
        f.counts is None for f in extract_figures(nlp(text), minor=True) if f.text == written
    )
    assert counts(nlp, "Orrin stock traded at the 35 dlr level.", "35 dlr") == "Orrin stock"


def test_a_code_letter_of_a_market_table_is_no_description(nlp: Language) -> None:
    """ "Apr/Sep 8/10 P": a table's code letter read as what 8/10 counts."""
    text = "Soy meal (dlrs per tonne)\n\nApr/Sep 8/10 P\n\nMay/Sep 7/8 P\n"
    assert not [f for f in extract_figures(nlp(text)) if f.counts in ("P", "PB")]


def test_a_second_level_of_a_list_is_no_move(nlp: Language) -> None:
    """ "advance to 215 mln dlrs in 1988 and 220 mln dlrs in 1989": the parser made 220 mln
    dlrs the verb's object, and it read "expected rise in spending"."""
    text = "It said costs are expected to advance to 115 mln dlrs in 1988 and 120 mln dlrs in 1989."
    assert counts(nlp, text, "120 mln dlrs") == "expected costs in 1989"


def test_a_move_after_a_listed_item_is_the_items(nlp: Language) -> None:
    """ "comprised 1.20 mln cars, down 0.8 pct, 649,587 trucks, down 11.7 pct": the 11.7 pct
    is the fall in trucks, not in the subject's exports."""
    text = (
        "Orrin Motor Corp said its exports fell 5.5 pct to 1.87 mln, and comprised 1.20 mln "
        "cars, down 0.8 pct from a year earlier, 649,587 trucks, down 11.7 pct, and 14,797 "
        "buses, down 48.2 pct."
    )
    assert counts(nlp, text, "11.7 pct") == "fall in trucks"
    assert counts(nlp, text, "48.2 pct") == "fall in buses"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The negotiators agreed to cut 1.6 billion dlrs from the budget in 1989 and 2.45 "
            "billion in 1990, for a total of 5.3 billion in saving.",
            "5.3 billion",
        ),
        (
            "Mothers are entitled to 90% of average pay for six weeks, followed by £112.80 a "
            "week until the baby is six months old.",
            "£112.80 a week",
        ),
    ],
)
def test_people_who_act_are_no_thing_counted(nlp: Language, text: str, written: str) -> None:
    """ "5.3 billion | negotiators", "£102.80 a week | New mothers": the people of the
    clause's subject say who, not what the sum is (`agent_nouns`)."""
    found = [f for f in extract_figures(nlp(text), minor=True) if f.text == written]
    assert found and not any(f.key for f in found)  # whose, at best: no key figure


def test_a_change_in_compliance_is_no_change_of_compliance(nlp: Language) -> None:
    """ "the 4.3 pct reduction in compliance with the act" read "reduction in compliance":
    "in compliance with" says why, as "in the form of" says how (`preposition_nouns`)."""
    text = "Only the cash part will be subject to the 3.7 pct reduction in compliance with the act."
    assert counts(nlp, text, "3.7 pct") == "reduction"


def test_a_gapped_list_of_people_gives_each_sum_its_people(nlp: Language) -> None:
    """ "corn producers will receive about 515 mln dlrs and sorghum producers about 85 mln
    dlrs" read 85 mln dlrs "income (corn producers)": the later item's people are its
    holders."""
    text = (
        "It said corn producers will receive about 515 mln dlrs and rye producers about 65 "
        "mln dlrs."
    )
    assert counts(nlp, text, "65 mln dlrs") == "income (rye producers)"


def test_a_figure_in_a_fronted_nouns_clause_is_not_the_subjects(nlp: Language) -> None:
    """ "In order to lift the tariffs imposed on 300 mln dlrs worth of Japanese exports, the
    U.S. needs proof" read "Japanese exports (U.S.)"; a fronted clause of the subject's own
    act keeps it ("After buying a 20 pct stake in Orrin, Harlow Corp raised it")."""
    text = (
        "In order to lift the duties imposed on 400 mln dlrs worth of Korean exports last "
        "Friday, the U.S. needs proof that the pact works."
    )
    assert counts(nlp, text, "400 mln dlrs") == "Korean exports"
    text = "After buying a 20 pct stake in Orrin last year, Harlow Corp raised it to 30 pct."
    assert counts(nlp, text, "20 pct") == "stake (Harlow Corp)"
