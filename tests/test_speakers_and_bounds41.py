"""Speakers and quote bounds an editor met on briefings in session 41 (issue 11: right
speakers, real quotes):

- "..., London's most senior police officer has said.⏎Sir Hugh Marsden said ...": a
  lead's source described as an officer, named in full as the next sentence's subject,
  is that person;
- a quoted fragment inside a plain report ("Mr Quinn said he had accepted the
  invitation to stand with "great honour and pride"") is shown with its clause,
  however long: alone, the words say nothing of what was said;
- "ABN-like Van Loon Groep, the Netherlands' third largest bank, ... following Deutsche
  Bank ... The bank said": the body the writer called a bank, not the one whose name
  holds the word, named in passing (and not a shareholder "in the bank");
- "a prominent Republican National Committee member who asked not to be named": one
  member speaks for himself, never as the committee;
- "Reuters news agency reported": the agency, under its noun and the press's words;
- "Nestle SA would have reported a rise ..., a senior company official said": the
  company the lead's words open on is the senior official's, past the capitals of a
  wire headline and the "told Reuters" before a later mention of it;
- "French economists, including Jean Moreau at Indosuez, agreed with the report.
  "...," he said": Moreau's, the one of the subject's people the story names, not an
  economist quoted paragraphs before;
- a reported clause shown with its quoted words ends before the occasion of the saying
  ("at a press conference on Tuesday"), and the words a participle ("adding") reports
  are shown with their own clause, not with the report before it.

Articles written for these tests; no corpus text.
"""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

THREAT = """Police chief warns of election threat

Terrorists might try to strike in the run-up to the election, London's most senior police
officer has said.

Sir Hugh Marsden said extremist groups would remember how earlier attacks had swayed
voters abroad. Other possible targets were the summit and the royal wedding, he said.

The warning comes after Prime Minister Tom Marsden defended his plans for house arrest
without trial. Writing in a Sunday newspaper, the prime minister conceded that the plans
raised hard questions for any government. But Mr Marsden insisted: "There is no greater
civil liberty than to live free from attack."
"""


def test_a_lead_officer_named_next_is_the_speaker(nlp: Language) -> None:
    found = speakers(nlp, THREAT)
    assert speaker_of(found, "Terrorists might try") == "Sir Hugh Marsden"
    assert speaker_of(found, "extremist groups would") == "Sir Hugh Marsden"


RESPECT = """Quinn to stand for Respect

The anti-war MP Harold Quinn is to stand against the sitting Labour member at the next
election.

Speaking from a cafe in east London, Mr Quinn said he had accepted the party's invitation
to stand with "great honour and pride". He said that at the next general election the
party would "turn the whole of the East End into a fortress".
"""


def test_a_quoted_fragment_in_a_plain_report_is_shown_with_its_clause(
    nlp: Language,
) -> None:
    extraction, problems = extract_document(parse(nlp, RESPECT))
    assert problems == []
    shown = {quote.text: quote.speaker for quote in extraction.quotes}
    assert shown == {
        'he had accepted the party\'s invitation to stand with "great honour and pride"': (
            "Harold Quinn"
        ),
        'at the next general election the party would "turn the whole of the East End '
        'into a fortress"': "Harold Quinn",
    }


LENDER = """Dutch bank to shed 2,000 jobs

Van Loon Groep, the Netherlands' third largest bank, is to cut 2,000 jobs as profits fall.

The cuts amount to 4% of the bank's workforce. Van Loon Groep is the third large European
lender to announce cutbacks this month, following Deutsche Bank and Commerzbank. Aegon,
the biggest shareholder in the bank, backed the plan.

The restructuring is meant to cut administrative costs. The bank said it was still on
course for a 5% rise in net income this year.
"""


def test_the_bank_is_the_body_the_writer_called_a_bank(nlp: Language) -> None:
    found = speakers(nlp, LENDER)
    assert speaker_of(found, "it was still on course") == "Van Loon Groep"


DONORS = """Donors question campaign rent

The campaign paid five times more in rent last month than in March, filings show.

"If I was a donor, I'd want answers," said a prominent Republican National Committee
member who asked not to be named.

"Most campaigns run on a much tighter budget," the committee member said.
"""


def test_one_member_is_not_the_voice_of_the_committee(nlp: Language) -> None:
    found = speakers(nlp, DONORS)
    assert speaker_of(found, "If I was a donor") is None
    assert speaker_of(found, "Most campaigns run") is None


PAYOUT = """DEUTSCHE BOERSE URGED TO PAY OUT

Another shareholder of Deutsche Boerse backed the call for a payout to shareholders,
Reuters news agency reported.
"""


def test_a_news_agency_under_its_noun_is_the_speaker(nlp: Language) -> None:
    found = speakers(nlp, PAYOUT)
    assert speaker_of(found, "Another shareholder of Deutsche Boerse") == "Reuters"


RESERVES = """NESTLE SEES RECORD YEAR

Nestle SA would have reported a rise in net profit "close to double figures" had it not
been for the fire at its Vevey plant, a senior company official said.
    The official, who declined to be identified, told Reuters Nestle had made a large
addition to reserves.
"""


def test_a_senior_company_official_speaks_for_the_company_of_the_lead(nlp: Language) -> None:
    found = speakers(nlp, RESERVES)
    assert speaker_of(found, "Nestle SA would have reported") == "Nestle SA"
    assert speaker_of(found, "Nestle had made a large addition") == "Nestle SA"


ECONOMISTS = """French industry lags, economists say

Michel Develle, an economist at Paribas, said growth would slow this year. "Investment
is weak and will stay weak," Develle said.

Outside the high technology sectors, French industrial goods were "increasingly
ill-adapted to demand" and over-priced, a recent OECD report said.

French economists, including Jean Moreau at Indosuez, agreed with the report.
"Employers wait to be told which way to go," he said.
"""


def test_he_after_a_subject_including_a_name_is_that_person(nlp: Language) -> None:
    found = speakers(nlp, ECONOMISTS)
    assert speaker_of(found, "Employers wait to be told") == "Jean Moreau"


OCCASIONS = """Actor laments film industry

Veteran actor Walter Brandt said the film culture was "in a sorry state" at a press
conference on Tuesday.

Work minister Alan Jones said it was wrong to suggest the chancellor would replace Mr
Milburn, adding they would "work as a team".
"""


def test_a_clause_shown_with_its_quoted_words_ends_where_the_report_does(
    nlp: Language,
) -> None:
    extraction, problems = extract_document(parse(nlp, OCCASIONS))
    assert problems == []
    shown = {quote.text for quote in extraction.quotes}
    assert 'the film culture was "in a sorry state"' in shown
    assert 'they would "work as a team"' in shown
    assert not any("Milburn, adding" in text for text in shown)
