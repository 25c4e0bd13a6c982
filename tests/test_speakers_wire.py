"""Speakers in wire copy (issue 11): a company or a body opens the story by name
("Harlow Instruments Inc said ...") and goes on speaking as "the company", "it" or "the
spokesman" many sentences later, past other companies the reports name ("The companies
in the settlement are ..."), and speaks "in a statement". Each assertion reads the
published speaker; each rule has a twin where another speaker stands between, which
must not give the quote to the company named first."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

SETTLEMENT = """Harlow Instruments settles chip patent dispute

Harlow Instruments Inc said the trade court approved its settlement of a patent dispute
with a number of Asian chip makers. According to the settlement, Harlow will receive
royalty payments of about 120 mln dlrs through 1990.
The company said the payments will make a major contribution to first quarter income.
It also said the agreements provide for further royalties depending on production.
The companies in the settlement are Kato Electric Ltd, Minami Corp and Sendai Corp.
The company said the dispute is still continuing with Oda Ltd and Bell Semiconductor
Corp. The company said the judge decided to end the case against Bell Semiconductor,
but Harlow will appeal.
"""

SETTLEMENT_ANALYSTS = """Harlow Instruments settles chip patent dispute

Harlow Instruments Inc said the trade court approved its settlement of a patent dispute
with a number of Asian chip makers. The companies in the settlement are Kato Electric
Ltd, Minami Corp and Sendai Corp. A spokesman for Sendai Corp said the royalties were
fair. The company said the dispute is still continuing with Oda Ltd.
"""


def test_the_company_goes_on_speaking_past_the_companies_named(nlp: Language) -> None:
    """ "The company said" after the list of other companies is still Harlow's."""
    found = speakers(nlp, SETTLEMENT)
    assert speaker_of(found, "the payments will make") == "Harlow Instruments Inc", found
    assert speaker_of(found, "the agreements provide") == "Harlow Instruments Inc", found
    assert speaker_of(found, "the judge decided") == "Harlow Instruments Inc", found


def test_another_companys_spokesman_between_breaks_the_chain(nlp: Language) -> None:
    """A spokesman for Sendai spoke last: "the company" is not Harlow."""
    found = speakers(nlp, SETTLEMENT_ANALYSTS)
    assert speaker_of(found, "the dispute is still") != "Harlow Instruments Inc", found


STATEMENT = """Brandt Mines defers interest payments

Brandt Mines Ltd said it is deferring about three mln dlrs of interest payments due
March 31. The company said it is negotiating with lenders for concessions.
Brandt Mines Ltd in a statement said it planned to continue payments to its suppliers
while the restructuring is negotiated.
"""


def test_in_a_statement_is_no_part_of_the_speaker(nlp: Language) -> None:
    """ "Brandt Mines Ltd in a statement said": Brandt Mines speaks."""
    found = speakers(nlp, STATEMENT)
    assert speaker_of(found, "it planned to continue") == "Brandt Mines Ltd", found


SPOKESMAN = """Norfolk Airways in talks with regional carrier

Norfolk Airways is discussing marketing cooperation with regional carrier Tarn Air
but it is not seeking a stake in the airline, a Norfolk Airways spokesman said.
Tarn Air has a network of 20 routes in the south. It lost money last year.
Its shares fell sharply on Monday. The carrier has 40 aircraft.
Its fleet is among the oldest in the country.
The spokesman said Tarn Air's network could feed Norfolk's long-haul flights.
"""

SPOKESMAN_CHAIRMAN = """Norfolk Airways in talks with regional carrier

Norfolk Airways is discussing marketing cooperation with regional carrier Tarn Air
but it is not seeking a stake in the airline, a Norfolk Airways spokesman said.
Tarn Air has a network of 20 routes in the south. It lost money last year.
Tarn Air chairman Peter Lund said the talks were at an early stage.
Its shares fell sharply on Monday. The carrier has 40 aircraft.
Its fleet is among the oldest in the country.
The spokesman said Tarn Air's network could feed long-haul flights.
"""


def test_the_spokesman_is_the_one_introduced_however_far_back(nlp: Language) -> None:
    """ "a Norfolk Airways spokesman said ... The spokesman said", five sentences on."""
    found = speakers(nlp, SPOKESMAN)
    assert speaker_of(found, "Tarn Air's network") == "Norfolk Airways", found


def test_a_person_speaking_between_leaves_the_spokesman_open(nlp: Language) -> None:
    """Tarn Air's chairman spoke in between: whose spokesman is no longer clear."""
    found = speakers(nlp, SPOKESMAN_CHAIRMAN)
    assert speaker_of(found, "Tarn Air's network") != "Norfolk Airways", found


CORPORATION = """Power utility meets targets without foreign loans

The Northern Electricity Supply Commission said it met its budget targets in 1986
without foreign finance. It plans to raise 2.2 billion rand in local markets.
"The borrowing programme is well within the capacity of the financial markets," the
corporation said.
"""


def test_the_corporation_is_the_body_that_spoke(nlp: Language) -> None:
    """ "the corporation said" continues the commission named in the lead."""
    found = speakers(nlp, CORPORATION)
    assert (
        speaker_of(found, "The borrowing programme") == "Northern Electricity Supply Commission"
    ), found


ORDERS = """Harlow Steel reports satisfactory year

Harlow Steel AG said it had a satisfactory 1986 despite a fall in group sales.
Orders received by the machinery sector rose by four mln marks, Harlow said.
The group's orders in hand amounted to 9.1 billion marks at the end of the year.
Orders received by the steel sector last year decreased by three pct, it said.
"""

ORDERS_REPORT = """Harlow Steel reports satisfactory year

Harlow Steel AG said it had a satisfactory 1986 despite a fall in group sales.
Orders received by the machinery sector rose by four mln marks, Harlow said.
A confidential survey by the works council reached other conclusions.
Orders received by the steel sector last year decreased by three pct, it said.
"""


def test_it_said_after_a_thing_that_cannot_speak_is_the_company(nlp: Language) -> None:
    """Orders say nothing: "it said" is Harlow Steel, which wire copy goes on quoting."""
    found = speakers(nlp, ORDERS)
    assert speaker_of(found, "Orders received by the steel") == "Harlow Steel AG", found


def test_it_said_after_a_document_is_not_the_company(nlp: Language) -> None:
    """A survey was the last subject: "it said" may be the survey, not Harlow Steel."""
    found = speakers(nlp, ORDERS_REPORT)
    assert speaker_of(found, "Orders received by the steel") != "Harlow Steel AG", found


TAGGED_COMPANY = """Gordon to bid for Pagecorp

<Gordon Investment Corp> said it plans to make an offer to acquire all of Pagecorp
Inc's class A and Class B shares for 9.25 dlrs cash per share.
"""


def test_a_company_in_a_wire_tag_is_the_speaker(nlp: Language) -> None:
    """ "<Gordon Investment Corp> said": the company inside the brackets speaks."""
    found = speakers(nlp, TAGGED_COMPANY)
    assert speaker_of(found, "it plans to make an offer") == "Gordon Investment Corp", found


JOINED_TITLE = """Ecuador to export crude through Colombia

Ecuador will use a new pipeline link with Colombia to export crude oil for the next
five years, Colombian mines and energy minister Guillermo Perry said.
Ecuador mines and energy minister Javier Espinosa said Ecuador planned to pump 35 mln
barrels through the link.
"""

JOINED_PEOPLE = """Farm aid plan welcomed

The farmers and agriculture minister Jan Keller said the aid plan would help.
"""


def test_a_title_joined_by_and_is_the_persons_after_it(nlp: Language) -> None:
    """ "Colombian mines and energy minister Guillermo Perry said": Perry, though the
    parser made "Colombian mines" the subject."""
    found = speakers(nlp, JOINED_TITLE)
    assert speaker_of(found, "Ecuador will use") == "Guillermo Perry", found
    assert speaker_of(found, "Ecuador planned") == "Javier Espinosa", found


def test_people_joined_to_a_minister_are_not_the_minister(nlp: Language) -> None:
    """ "The farmers and agriculture minister Jan Keller said": two speakers."""
    found = speakers(nlp, JOINED_PEOPLE)
    assert speaker_of(found, "the aid plan") != "Jan Keller", found


QUOTED_AS_SAYING = """Harlow withdraws share issue

Harlow Holdings Ltd said it will withdraw its bonus issue of "B" shares. But the
Harlow statement quoted chairman Simon Kestrel as saying: "We continue to believe that
the issue would benefit shareholders."
"""


def test_a_statement_quoting_someone_as_saying_gives_his_words(nlp: Language) -> None:
    """ "the Harlow statement quoted chairman Simon Kestrel as saying:": Kestrel's."""
    found = speakers(nlp, QUOTED_AS_SAYING)
    assert speaker_of(found, "We continue to believe") == "Simon Kestrel", found


GOVERNMENT_BETWEEN = """Seoul plans spending boost

The economy will grow 5 pct next year, the finance ministry said. "Our primary worry
is the government's overly optimistic view," consultancy Harcast said in a report.
As part of its spending plans, the government said it will ask firms to roll over
mortgage loans. It also pledged to look at ways of helping families on low incomes.
"""


def test_an_unnamed_body_speaking_between_ends_the_chain(nlp: Language) -> None:
    """ "the government said ... It also pledged": never the consultancy quoted before."""
    found = speakers(nlp, GOVERNMENT_BETWEEN)
    pledged = [text for text in found if text.startswith("to look at ways")]
    assert not pledged or found[pledged[0]] != "Harcast", found
