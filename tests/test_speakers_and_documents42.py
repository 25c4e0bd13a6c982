"""Speakers an editor met on briefings in session 42 (issue 11: right speakers):

- "An official newspaper said", "One major Dutch bank said", after the story named a
  paper or a bank: a body the article does not name, never the one it named before;
  "<Halvorsen Acquisition Corp>, a company formed by ..., said" is still the one named;
- "an official at a leading U.S. Bank", "one U.S. Bank creditor": wire copy capitalises
  the word after "U.S.", which does not make a bank of that kind a bank of that name;
- "the Tower Commission report", "The Association's latest report", "Mr Kok's report":
  a document whose own words name its author speaks for the author, even before the
  author has spoken, and whatever an earlier "his report" left open, and so is the
  "it" that goes on with it; "its Amazon summary" is the book's summary on Amazon,
  never Amazon's words;
- "Mr Sands' book suggests": a person's book speaks for its author;
- "according to a study released by the Institute for Regional Economics": the body
  named after "by", however far its name runs past its head word;
- "..., says a report.⏎Researchers at Halden Analytics found ...": a lead's unnamed
  report is the body the next sentence names as its author, and never a body that only
  answers it;
- "Three Labour MPs, John Harcourt, Mary Ellery and Tom Brampton, said": a list of
  names after a description is several speakers, never the first one named;
- "held its hearing in the hopes that the party will endorse ...": a hope under "in"
  says why someone acts, and is no report;
- "a senior Halvorsen Bank employee told Reuters": one employee speaks for himself, as
  one member does, never as the bank;
- "Amro bank argues that ...": the body the capitalised word names, not the bank named
  before.

Articles written for these tests; no corpus text.
"""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

SUGAR = """China slows price reform

The People's Daily said in a major article this week that price changes should come only
in small steps.

Sugar is an example. An official newspaper said earlier this year that more than 40 pct
of the country's sugar mills were losing money.

The Netherlands Bank bought dollars in quiet trading, dealers said. One major Dutch bank
said it bought 15 mln dlrs for the central bank. Another bank said it had been asked by
the Netherlands Bank to say it was in the market.
"""


def test_an_indefinite_body_is_not_the_one_named_before(nlp: Language) -> None:
    found = speakers(nlp, SUGAR)
    assert speaker_of(found, "price changes should come") == "People's Daily"
    assert speaker_of(found, "more than 40 pct") is None
    assert speaker_of(found, "it bought 15 mln") is None
    assert speaker_of(found, "it had been asked") is None


TENDER = """<Halvorsen Acquisition Corp>, a company formed by investor Carl Lindqvist, said
it has started a tender offer for all shares of Marlow Resorts Inc at 28 dlrs each.
"""


def test_a_description_set_after_a_name_is_that_body(nlp: Language) -> None:
    found = speakers(nlp, TENDER)
    assert speaker_of(found, "it has started a tender") == "Halvorsen Acquisition Corp"


NOTES = """Floating rate notes slump in London

Prices of floating rate notes fell sharply in London today, dealers said.

"There have been a series of crises in this market," a senior official at a U.S. Bank
said. One trader at a major U.S. Bank said the Bank of England had called market makers
to ask about their positions.

A Barclays spokesman said the bank was not selling its holdings.

"It has been two months since we first saw signs of trouble," the spokesman for one U.S.
Bank creditor said. The U.S. Bank spokesman said foreign banks were now more in the dark.
"""


def test_a_bank_of_a_kind_is_no_named_bank(nlp: Language) -> None:
    found = speakers(nlp, NOTES)
    assert speaker_of(found, "There have been a series") is None
    assert speaker_of(found, "the Bank of England had called") is None
    assert speaker_of(found, "the bank was not selling") == "Barclays"
    assert speaker_of(found, "It has been two months") is None
    assert speaker_of(found, "foreign banks were now") is None


TOWER = """Regan faces criticism over arms sales

White House chief of staff Donald Regan has come under fire since the release of the
Tower Commission report.

"Their obligation was to give the president their full support," the report said.
"""

BANKS = """Bank profits rise after devaluation

Bank profits rose in 1986, the head of the Association of Private Banks told Reuters.
The Association's latest report on the performance of the country's 112 banks shows
that overall profits rose to 495 billion rupiah. Profits of the foreign banks fell, the
report said.
"""


def test_a_report_its_own_words_name_speaks_for_its_author(nlp: Language) -> None:
    found = speakers(nlp, TOWER)
    assert speaker_of(found, "Their obligation was") == "Tower Commission"
    found = speakers(nlp, BANKS)
    assert speaker_of(found, "Profits of the foreign banks") == "Association of Private Banks"


LISBON = """Kok warns on Lisbon targets

The report, out on Wednesday, is by the former Dutch prime minister Wim Kok. Lisbon risks
failure, his report said.

As Mr Kok's report noted: "The ink had scarcely dried on the agreement before the market
bubble burst." That is why the Kok report recommends that the targets be cut to 14. It
also recommends that the Commission publish a league table of the member states.

In a book published this week, the lawyer Philippe Sands says the minister warned the
cabinet. Mr Sands' book suggests the advice was written by two aides.
"""


def test_a_persons_report_or_book_speaks_for_its_author(nlp: Language) -> None:
    found = speakers(nlp, LISBON)
    assert speaker_of(found, "The ink had scarcely dried") == "Wim Kok"
    assert speaker_of(found, "the Commission publish a league table") == "Wim Kok"
    assert speaker_of(found, "the advice was written") == "Philippe Sands"


CLINTON = """Trump meets author of Clinton book

Donald Trump met the author of a new book on Hillary Clinton, the campaign said. The book
comes out in June, and its Amazon summary says it "draws a deeply troubling portrait" of
the former secretary of state.
"""


def test_a_summary_on_a_shop_is_not_the_shops_words(nlp: Language) -> None:
    found = speakers(nlp, CLINTON)
    assert speaker_of(found, "draws a deeply troubling") != "Amazon"


PACT = """A free trade pact between Norway and Iceland could spur the economies of both
sides substantially, according to a study released by the Institute for Regional
Economics.
"""


def test_a_study_released_by_a_body_is_its_words(nlp: Language) -> None:
    found = speakers(nlp, PACT)
    assert speaker_of(found, "A free trade pact") == "Institute for Regional Economics"


MUSIC = """Commuters 'want music, not video'

Commuters want music rather than films on the move, says a report.

Only 13% of Europeans want to watch video while travelling, researchers at Halden
Analytics said. The firm said gadget makers should make sure music sounds as good as
possible.
"""

SCHOOLS = """Schools 'failing poorer pupils'

Pupils from poorer homes are falling further behind their classmates, a report says.

The Department for Schools said it would study the findings carefully.
"""


def test_a_leads_report_is_the_body_the_next_sentence_names_as_its_author(
    nlp: Language,
) -> None:
    found = speakers(nlp, MUSIC)
    assert speaker_of(found, "Commuters want music") == "Halden Analytics"
    found = speakers(nlp, SCHOOLS)
    assert speaker_of(found, "it would study the findings") == "Department for Schools"
    assert speaker_of(found, "Pupils from poorer homes") is None


RAIL = """MPs attack rail plans

The rail plans will cost passengers dearly, campaigners say.

Three Labour MPs, John Harcourt, Mary Ellery and Tom Brampton, said the plans would close
rural lines. The Department for Transport said no decision had been taken.
"""


def test_a_list_of_names_after_a_description_is_no_one_speaker(nlp: Language) -> None:
    found = speakers(nlp, RAIL)
    assert speaker_of(found, "the plans would close") is None
    assert speaker_of(found, "no decision had been taken") == "Department for Transport"


WAGE = """Unions press for higher wage

The platform committee held its hearing on Wednesday in the hopes that the party will
endorse a national minimum wage. Buyers held back from the market in the hope that
prices would ease further.

Union leader Maria Costa said the party would back the plan in full.
"""


def test_a_hope_under_in_is_no_report(nlp: Language) -> None:
    extraction, problems = extract_document(parse(nlp, WAGE))
    assert problems == []
    shown = {quote.text: quote.speaker for quote in extraction.quotes}
    assert shown == {"the party would back the plan in full": "Maria Costa"}


STAFF = """Bank staff angry at sale

Halvorsen Bank said on Monday it had agreed to sell its South African unit to a local
group.

"We are seriously considering legal action," a senior Halvorsen Bank employee told
Reuters. "There has been no consultation with the staff," he added.
"""


def test_one_employee_speaks_for_himself(nlp: Language) -> None:
    found = speakers(nlp, STAFF)
    assert speaker_of(found, "it had agreed to sell") == "Halvorsen Bank"
    assert speaker_of(found, "We are seriously considering") is None
    assert speaker_of(found, "There has been no consultation") is None


RATES = """Dutch banks split on rates

Dutch interest rates are too high, Marlow economist Pieter Vos said. Marlow expects the
central bank to cut its rates next month.

Unlike Marlow, Bremer Bank NV says rates will stay where they are. Marlow bank argues
that the real interest rate will rise further because inflation is falling.
"""


def test_a_banks_own_name_before_its_noun_names_it(nlp: Language) -> None:
    found = speakers(nlp, RATES)
    assert speaker_of(found, "rates will stay where") == "Bremer Bank NV"
    assert speaker_of(found, "the real interest rate will rise") == "Marlow"
