"""Actors and speakers an editor met on Reuters briefings in session 47 (issue 11):

- "its auditor, Brandt, Lowery, Mitchell and Co,", "analyst at Carver, Dunning and Pell
  Inc": a partnership named by its founders, set off by commas, is one firm; the page
  listed "Brandt" and "Lowery" as people and "Mitchell and Co" as the firm. A list
  ("between Halvex and Boland, Jefferies and Co", "banks like Halvard, Ostrow Partners,
  Kessel & Company"), a day ("on Thursday, Bear, Stearns") and a town ("In Boston,
  Adams and Co said") stay apart, and "Analyst Joan Ferris of
  Tomlin, Greaves and Co said" is one woman of that firm, not a list of speakers;
- "Minero Andes Comercial (Minanco), the government's minerals marketing arm": a name
  whose first syllables make the short form in brackets is a body's, however much it
  looks like a person's, and the short form is the same body;
- "the International Monetary Fund ... Fund aid ... breaking with the Fund": a body's
  head word alone is the one body named with it, no actor of its own;
- "Tai Kung Sun, a Hong Kong daily with close Peking links, said": a daily, whatever
  follows the word, is a body, and so is the "it" that goes on with it;
- "the official Workers' Daily": "official" before a name is the state's adjective, no
  person's title, and "The daily said" refers back to that paper, but "the provincial
  daily" after only the Farmers Daily is another paper;
- "The association said ... Under current law there is no limit ... The group said":
  the body that spoke two sentences back, with no one named since;
- "according to a study by Lam ... his study said ... it added": a document a person is
  named as the author of speaks for that person;
- "a government report said ... The report of the Public Sector Review Committee ...
  the report said": a document of a kind of body is the one body the article names as
  its author; "a survey by Halden Research Ltd and two universities" and "a World Bank
  and U.N. Sponsored survey" are several authors', no one's.

- "the EC not only ignored Maravia's request ... but proposed a levy", "did not suspend
  payments because it wanted to but because it lacked reserves": the "but" half of a
  report that denies the first is the same report; cut before it, the report says the
  opposite.

Articles written for these tests; no corpus text.
"""

from __future__ import annotations

from published_actors import published_types
from published_speakers import speaker_of, speakers
from spacy.language import Language

AUDITOR = """Auditor withdraws approval of Halvex accounts

Halvex Corp said its auditor, Brandt, Lowery, Mitchell and Co, withdrew its approval of
the company's 1986 financial statements.

"We regret the decision," said Elliott Sharma, analyst at Carver, Dunning and Pell Inc.
Analyst Joan Ferris of Tomlin, Greaves and Co said the shares could fall further.

Under an agreement between Halvex and Boland, Jefferies and Co would hold the shares
until June. The shares rose on Thursday, Bear, Stearns and Co said. Boutique banks like
Halvard, Ostrow Partners, Kessel & Company advise on most large mergers.
"""


def test_a_partnership_named_by_its_founders_is_one_firm(nlp: Language) -> None:
    types = published_types(nlp, AUDITOR)
    for firm in (
        "Brandt, Lowery, Mitchell and Co",
        "Carver, Dunning and Pell Inc.",
        "Tomlin, Greaves and Co",
        "Jefferies and Co",
        "Bear, Stearns and Co",
    ):
        assert types.get(firm) == "organization", types
    for part in ("Brandt", "Lowery", "Mitchell and Co", "Carver", "Tomlin", "Greaves and Co"):
        assert part not in types
    assert not any(name.startswith(("Boland", "Thursday")) for name in types)
    assert not any(name.endswith("Kessel & Company") and "," in name for name in types)


def test_a_partner_of_a_firm_is_one_speaker(nlp: Language) -> None:
    found = speakers(nlp, AUDITOR)
    assert speaker_of(found, "the shares could fall further") == "Joan Ferris"


BROKERS = """Brokers see gains

In Boston, Adams and Co said the shares would rise.
"""


def test_a_town_before_a_firm_is_no_founder(nlp: Language) -> None:
    types = published_types(nlp, BROKERS)
    assert types.get("Boston") == "place"
    assert "Boston, Adams and Co" not in types


METALS = """Peru halts metal exports

He said Minero Andes Comercial (Minanco), the government's minerals marketing arm, would
halt exports of refined metals. Last Tuesday, the government instructed Minanco, which
handles all Peru's exports, to stop sales.
"""


def test_a_name_its_bracketed_syllables_abbreviate_is_a_body(nlp: Language) -> None:
    types = published_types(nlp, METALS)
    assert types.get("Minero Andes Comercial") == "organization", types
    assert "Minanco" not in types


LOAN = """Maravia keeps IMF talks going

Maravia urged that its central bank should be involved in all negotiations with the
International Monetary Fund, Finance Minister Paul Okana said. He said the bank's
participation in future credit talks with the IMF would promote a greater coherence in
Fund aid granted to the region.

"Maravia never envisaged breaking with the Fund," he said.
"""


def test_a_bodys_head_word_alone_is_that_body(nlp: Language) -> None:
    types = published_types(nlp, LOAN)
    assert types.get("International Monetary Fund") == "organization"
    assert "Fund" not in types


DROUGHT = """Drought hits Chinese farms

Tai Kung Sun, a Hong Kong daily with close Peking links, said the drought is the worst in
over 20 years. Rice planting is threatened in eight provinces, it added.

The reforms were criticised by the official Workers' Daily in a major article this week.
The daily said price increases had been taking place too quickly in recent years. "In
future, price changes should be only in small steps," it said.

Sugar output fell sharply last year, the Farmers Daily said. The Yunnan 1986/87 sugar
harvest was a record 521,500 tonnes, the provincial daily said.
"""


def test_a_daily_is_a_body_and_its_it_goes_on(nlp: Language) -> None:
    types = published_types(nlp, DROUGHT)
    assert types.get("Tai Kung Sun") == "organization"
    assert types.get("Workers' Daily") == "organization"
    found = speakers(nlp, DROUGHT)
    assert speaker_of(found, "Rice planting is threatened") == "Tai Kung Sun"
    assert speaker_of(found, "price increases had been") == "Workers' Daily"
    assert speaker_of(found, "In future, price changes") == "Workers' Daily"
    assert speaker_of(found, "Sugar output fell") == "Farmers Daily"
    assert speaker_of(found, "The Yunnan 1986/87 sugar harvest") is None


CURBS = """Dealers back insider trading curbs

The Securities Dealers Association backed a variety of restraints on insider trading and
asked Congress to define insider trading in law. The association said all purchases
exceeding 20 pct of a company's voting stock should be made only through a tender offer.
Under current law there is no limit on open market purchases. The group said all tender
offers should remain open for at least 30 calendar days.
"""


def test_the_group_that_spoke_two_sentences_back(nlp: Language) -> None:
    found = speakers(nlp, CURBS)
    assert speaker_of(found, "all tender offers should") == "Securities Dealers Association"


FARMS = """Farm reform key to Japan's growth

Basic reform of Japan's protected farm sector is a key to shifting the economy away from
exports, securities analysts said. "In economic terms, reform would be a plus," said
Christopher Lam of brokerage firm Hallam and Co.

Spending on food accounts for about one quarter of the average household's budget,
according to a study by Lam. Reducing these prices could increase household spending
power by five pct, his study said. The money could be spent on products which would boost
domestic growth, it added.
"""


def test_a_study_by_a_person_speaks_for_its_author(nlp: Language) -> None:
    found = speakers(nlp, FARMS)
    assert speaker_of(found, "Spending on food accounts") == "Christopher Lam"
    assert speaker_of(found, "Reducing these prices") == "Christopher Lam"
    assert speaker_of(found, "The money could be spent") == "Christopher Lam"
    assert speaker_of(found, "Basic reform of Japan") is None


DIVESTMENT = """Divestment plan outlined for Maravia

The Maravia government should reduce its stake in state-owned companies like Maravia
Airways Ltd to around 30 pct over the next decade, a government report said. The report of
the Public Sector Review Committee also recommended the flotation of as many
government-linked companies as possible. The government owns or backs 608 companies under
three holding companies, the report said.

Online sales surged 25% over the holiday season, according to a survey by Halden
Research Ltd and two universities. Spending rose fastest on clothes, the survey said.

The World Bank lent 20 billion dlrs in 1980-84. By the year 2000, only 10 developing
nations will still be exporting timber, a World Bank and U.N. Sponsored survey said. Only
100 mln dlrs went to forestry projects, it said.
"""


def test_a_report_of_a_kind_of_body_is_the_one_named_its_author(nlp: Language) -> None:
    found = speakers(nlp, DIVESTMENT)
    assert speaker_of(found, "The government owns or backs") == "Public Sector Review Committee"
    assert speaker_of(found, "The Maravia government should") is None


def test_a_survey_by_several_bodies_is_no_ones(nlp: Language) -> None:
    found = speakers(nlp, DIVESTMENT)
    assert speaker_of(found, "Online sales surged") is None
    assert speaker_of(found, "Spending rose fastest") is None
    assert speaker_of(found, "By the year 2000") is None
    assert speaker_of(found, "Only 100 mln dlrs") is None


LEVY = """Maravia attacks levy plan

Maravia Trade Secretary Jose Alvaro told world trade ministers the plan was unfair. He said
the EC not only ignored Maravia's request for lower tariffs on coconut oil but proposed a
levy on vegetable oils and fats.

Central bank president Luis Ortega said Maravia did not suspend payments because it
wanted to but because it lacked reserves.
"""


def test_a_report_runs_on_over_the_but_that_completes_it(nlp: Language) -> None:
    found = speakers(nlp, LEVY)
    assert (
        "the EC not only ignored Maravia's request for lower tariffs on coconut oil but"
        " proposed a levy on vegetable oils and fats"
    ) in found
    assert (
        "Maravia did not suspend payments because it wanted to but because it lacked reserves"
    ) in found
