"""A company's short name, written after its full name, is the company (issue 11): one
actor on the page, and its quotes under the fullest name the article uses. A short name
that may be another body's (a unit's, a state's, a founder's) keeps its own record.
Each article is written for the test; each assertion reads the published briefing."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.model import Extraction
from generator.reading.layout import parse


def extract(nlp: Language, article: str) -> Extraction:
    extraction, problems = extract_document(parse(nlp, article))
    assert problems == []
    return extraction


def actor_names(extraction: Extraction) -> list[str]:
    return [a.name for a in extraction.actors if a.type != "place"]


def speaker_of(extraction: Extraction, opening: str) -> str | None:
    found = [q.speaker for q in extraction.quotes if q.text.startswith(opening)]
    assert found, [q.text for q in extraction.quotes]
    return found[0]


PUMPS = """Kelmont Wexbridge Industries Inc said its first quarter profit
rose 12 pct on higher sales of its pumps.
    Kelmont Wexbridge said it expects sales to keep growing through
the year and that it plans to open a new plant in Ohio.
    The company earned 3.1 mln dlrs, or 41 cts a share, against
2.8 mln dlrs a year earlier, Kelmont Wexbridge said.
"""

BOTTLES = """Brantley Glass Container Corp said it would close two plants in
Ohio and lay off 600 workers.
    Brantley Glass said demand for glass bottles had fallen sharply
as brewers turned to cans.
    Brantley Glass said it would take a charge of 12 mln dlrs.
"""


def test_a_two_word_short_name_is_the_company(nlp: Language) -> None:
    """ "Kelmont Wexbridge said" after "Kelmont Wexbridge Industries Inc said": the model
    takes the short name for a person's; the page lists the company once and its
    quotes go to the full name."""
    found = extract(nlp, PUMPS)
    assert "Kelmont Wexbridge" not in actor_names(found)
    assert "Kelmont Wexbridge Industries Inc" in actor_names(found)
    assert speaker_of(found, "it expects sales") == "Kelmont Wexbridge Industries Inc"
    assert speaker_of(found, "The company earned") == "Kelmont Wexbridge Industries Inc"


def test_name_words_of_the_business_stay_one_company(nlp: Language) -> None:
    """ "Brantley Glass" of "Brantley Glass Container Corp": the words left out name what
    it makes, no unit of another company."""
    found = extract(nlp, BOTTLES)
    assert actor_names(found) == ["Brantley Glass Container Corp"]
    assert speaker_of(found, "demand for glass") == "Brantley Glass Container Corp"


UNIT = """Harwell Dunmore Bank Ltd said it would open three branches in
Singapore this year.
    Harwell Dunmore said its profit rose 14 pct in 1986 on higher
fees from its card business.
"""

ABROAD = """Torvald Marchetti Aircraft Co of Canada Ltd said it would build
a new commuter plane with a British partner.
    Torvald Marchetti said the first aircraft would be delivered in
1991 and that about 400 jobs would be created in Toronto.
"""

FOUNDER = """Jim Calloway Corp said it would sell its building unit for 80 mln
dlrs.
    Jim Calloway said the sale would let the group cut its debt.
"""


def test_a_unit_a_subsidiary_abroad_or_a_founder_keeps_its_own_name(nlp: Language) -> None:
    """The bank of a group ("Harwell Dunmore Bank Ltd") and a company's arm abroad ("of
    Canada") are not the short name's company, which may be the parent; "Jim Calloway"
    of "Jim Calloway Corp" may be the man whose name the firm bears."""
    for article, short, full, said in (
        (UNIT, "Harwell Dunmore", "Harwell Dunmore Bank Ltd", "its profit rose"),
        (ABROAD, "Torvald Marchetti", "Torvald Marchetti Aircraft Co of Canada Ltd", "the first"),
        (FOUNDER, "Jim Calloway", "Jim Calloway Corp", "the sale would"),
    ):
        found = extract(nlp, article)
        assert speaker_of(found, said) == short
        assert {short, full} <= set(actor_names(found))


TWO_BODIES = """Standard and Poor's Corp said it cut the ratings of Ardent
Valley Bancshares Inc and its lead bank, Ardent Valley Trust Co.
    Ardent Valley said its loan losses would fall this year.
"""


def test_a_short_name_two_bodies_open_with_is_neither(nlp: Language) -> None:
    """ "Ardent Valley" may be the holding company or its bank: no quote goes to either
    full name through it."""
    found = extract(nlp, TWO_BODIES)
    assert speaker_of(found, "its loan losses") not in {
        "Ardent Valley Bancshares Inc",
        "Ardent Valley Trust Co",
    }


# One definition of "the rest of the name is the same company" serves the actors' merge
# (company_short) and the speaker resolver (speakers._rest_of_one_name); these articles
# test it through the speaker a page shows.

TRADES = """Brackwell Steam Boiler Inspection and Insurance Co said it will
purchase 600,000 of its own common shares from a pension fund.
    Brackwell said it will buy the stock at 60 dlrs per share.
"""

MOTOR = """Hallam Motor Co said its Hallam Motor Credit Co on April One will
redeem 4.0 mln dlrs of its 8.70 pct debentures due April 1, 1999.
    It said the debentures are redeemable at a price of 100 pct
of the principal.
    Debentures will be selected for redemption on a pro rata
basis, Hallam said.
"""

AND_CO = """Velmont and Co said it has filed for an initial public offering
of four mln shares at an expected price of 21 to 23 dlrs a share.
    Velmont, a retailer of fine glassware, said proceeds of the
offering would be used to repay debt.
"""

BANK = """Northgate Bank of Canada said it raised its prime lending rate
to 9.75 pct from 9.25 pct, effective tomorrow.
    Northgate Bank said the rise followed higher money market rates
in Toronto.
"""

ARM_ABROAD = """Corliss Motors said its Canadian sales rose 12 pct in May.
    Corliss Motors of Canada said it would add a shift at its
Ontario plant.
    Corliss Motors said its United States sales fell 3 pct.
"""


def test_the_short_name_of_a_full_company_name_speaks_under_it(nlp: Language) -> None:
    """ "Brackwell" of "Brackwell Steam Boiler Inspection and Insurance Co" (words joined
    by "and" name the firm's trades: "Insurance" makes no unit there), "Hallam" of
    "Hallam Motor Co" (a name word and a suffix; "Hallam Motor Credit Co" is a unit),
    "Velmont" of "Velmont and Co", the bank's country in "Northgate Bank of Canada":
    the quote goes to the fullest name."""
    for article, said, full in (
        (TRADES, "it will buy", "Brackwell Steam Boiler Inspection and Insurance Co"),
        (MOTOR, "Debentures will", "Hallam Motor Co"),
        (AND_CO, "proceeds of", "Velmont and Co"),
        (BANK, "the rise followed", "Northgate Bank of Canada"),
    ):
        assert speaker_of(extract(nlp, article), said) == full


RESEARCH_FIRM = """Halvorsen Research Inc said it installed a new computer at a
laboratory in Ohio in the first quarter.
    Halvorsen said the system cost 12 mln dlrs and would be used to
model weather patterns.
"""


def test_a_research_firm_is_one_company_under_its_short_name(nlp: Language) -> None:
    """ "Halvorsen" of "Halvorsen Research Inc" is the firm itself (research firms and
    makers are named so: "Research" is no arm's word, as "Capital" of a bank's name
    is): one actor on the page, and its short name's words under the full name."""
    found = extract(nlp, RESEARCH_FIRM)
    assert speaker_of(found, "the system cost") == "Halvorsen Research Inc"
    assert [a for a in actor_names(found) if "Halvorsen" in a] == ["Halvorsen Research Inc"]


def test_a_company_arm_abroad_is_not_its_full_name(nlp: Language) -> None:
    """ "Corliss Motors of Canada" is the Canadian arm of Corliss Motors: the parent's
    own words stay the parent's."""
    found = extract(nlp, ARM_ABROAD)
    assert speaker_of(found, "its United States sales") == "Corliss Motors"


COSMETICS = """Dexter Products Inc said on Monday its full year earnings would exceed
last year's results, helped by strong sales of its cosmetics at home.
    Last year Dexter earned 158.7 mln dlrs on sales of 2.9 billion dlrs. In the
third quarter Dexter said its earnings fell 12 pct because of a price freeze in Brazil.
    "Sales at home should more than offset the freeze," said Mark Waldron, Dexter's
chairman. Peter Cole, Dexter's spokesman, said the freeze cost seven mln dlrs.
    For the nine months, Dexter's earnings were flat. Dexter also said a share
offering in Japan may be delayed. Dexter said the offering would depend on markets.
"""


def test_a_short_name_the_model_alone_calls_a_person_is_the_company(nlp: Language) -> None:
    """ "Dexter said", "Dexter's chairman" after "Dexter Products Inc": the model tags
    each lone "Dexter" a person, and nothing in the text says so (no honorific, role
    or given name): one company on the page, speaking under its full name."""
    found = extract(nlp, COSMETICS)
    assert "Dexter" not in actor_names(found)
    assert speaker_of(found, "the offering would") == "Dexter Products Inc"
    assert [a.type for a in found.actors if a.name == "Dexter Products Inc"] == ["organization"]


VATICAN = """The pope will visit Mexico next month, Vatican Radio reported on Sunday. The
Vatican said the trip would last five days. Officials at the Vatican declined to comment
on the schedule.
"""


def test_a_building_is_no_short_name_of_a_body_without_a_legal_form(nlp: Language) -> None:
    """ "the Vatican", tagged a building, beside "Vatican Radio": the building label's
    lean to a place counts as the model's only before a firm named with its legal form
    ("a spokesman for Allegheny Beverage" of "Allegheny Beverage Corp")."""
    found = extract(nlp, VATICAN)
    types = {a.name: a.type for a in found.actors}
    assert types["Vatican"] == "place"
    assert "Vatican" not in next(a for a in found.actors if a.name == "Vatican Radio").aliases
