"""Speakers an editor met on Reuters briefings in session 49 (issue 11):

- "S and P said" in a story that also names Security Pacific Corp: initials joined by
  "and" stand for the one name written with that "and" (Standard and Poor's Corp), not
  for every body with those letters, which left a dozen quotes with no speaker;
- "A U.S. government trade official responsible for cocoa policy said ...⏎Martin Keller,
  an assistant U.S. trade representative, said": the lead's source is the man named
  next; the description's noun is "official", not the adjective after it;
- "A leading Swiss banker called for ... and said ...⏎... chairman Felix Lindner said":
  a source described by trade is named next with the top title of his firm; an
  official named next under another title is someone else;
- "“...,” said Paul Dawson of Merrill Lynch Government and Co Inc.": the quote is the
  man's, never "Co Inc."'s.

Articles written for these tests; no corpus text.
"""

from __future__ import annotations

from published_actors import published_types
from published_speakers import speaker_of, speakers
from spacy.language import Language

RATINGS = """Rating agency cuts four bank holding companies

Standard and Poor's Corp said it downgraded four U.S. bank holding
companies, affecting about 9.2 billion dlrs of debt securities.
    They are Harmon Trust Corp, Lakeside Financial Corp, Security
Pacific Corp and Westfield Bancorp.
    S and P said the action on Harmon and Lakeside reflected continued
exposure to troubled farm loans.
    For Security Pacific, S and P cited higher non-performing assets.
    S and P said it affirmed the ratings of Westfield's subsidiaries.
"""


def test_joined_initials_stand_for_the_name_joined_so(nlp: Language) -> None:
    found = speakers(nlp, RATINGS)
    assert speaker_of(found, "the action on Harmon") == "Standard and Poor's Corp"
    assert speaker_of(found, "it affirmed the ratings") == "Standard and Poor's Corp"
    types = published_types(nlp, RATINGS)
    assert "S and P" not in types, types  # one actor under its full name


COCOA = """U.S. official sees slow progress on cocoa pact

A U.S. government trade official responsible for cocoa policy
said prospects for a new cocoa pact remain uncertain despite
recent efforts by producers to settle their differences.
    Martin Keller, an assistant U.S. trade representative just
back from talks in Abidjan, said most producers now accept that
export quotas must be reviewed.
    "There is one country which still does not," Keller said.
"""


def test_a_lead_official_responsible_for_a_policy_is_the_man_named_next(
    nlp: Language,
) -> None:
    found = speakers(nlp, COCOA)
    assert speaker_of(found, "prospects for a new cocoa pact") == "Martin Keller"


BANKER = """Swiss banker urges stake disclosure rule

A leading Swiss banker called for compulsory ratings for all
Swiss franc bonds and said he believed anyone buying more than
five pct of a company should have to declare the stake.
    At a news conference of <Lindner Holding AG>, chairman Felix
Lindner said he believed the banks' own bodies should act before
the government stepped in.
"""

OFFICIAL = """Swiss official urges stake disclosure rule

A senior Swiss official said anyone buying more than five pct of
a company should have to declare the stake.
    At a news conference of <Lindner Holding AG>, chairman Felix
Lindner said he believed the banks' own bodies should act before
the government stepped in.
"""


def test_a_lead_banker_is_the_chairman_named_next(nlp: Language) -> None:
    assert speaker_of(speakers(nlp, BANKER), "he believed anyone buying") == "Felix Lindner"
    assert speaker_of(speakers(nlp, OFFICIAL), "anyone buying more") is None


ECONOMY = """Leading indicators point to moderate growth

A 0.4 pct rise in the index of leading indicators points to
moderate growth, economists said.
    "The report suggests more of the same: continued moderate
growth," said Paul Dawson of Merrill Lynch Government and Co
Inc. "The gain was mostly in stock prices. There was no change
in the fundamental movement of the economy."
"""


def test_a_tag_naming_a_man_of_a_firm_is_the_mans(nlp: Language) -> None:
    found = speakers(nlp, ECONOMY)
    assert speaker_of(found, "The report suggests") == "Paul Dawson"
    assert speaker_of(found, "The gain was mostly") == "Paul Dawson"


SEVENS = """Sevens squad named for Hong Kong

England have named a 12-man squad for next month's Hong Kong Sevens, with two new caps.

"The players have worked hard all season and deserve their places," said England sevens
coach Mike Friday. "We go there to win."
"""


def test_a_given_name_before_a_weekday_is_one_person(nlp: Language) -> None:
    assert published_types(nlp, SEVENS).get("Mike Friday") == "person"
    found = speakers(nlp, SEVENS)
    assert speaker_of(found, "The players have worked hard") == "Mike Friday"
    assert speaker_of(found, "We go there to win") == "Mike Friday"


CARMAKER = """Carmaker issues profits warning

Apex Motors has warned that it expects earnings this year to be lower than in 2004.

The carmaker is grappling with losses in its European business. Apex Motors said higher
healthcare costs in North America would hurt its performance in 2005.

The company is also extending the reach of Apex Motors Acceptance Corp (AMAC), which has
said it may enter the home loans market.
"""


def test_a_parent_that_speaks_first_is_not_its_finance_arm(nlp: Language) -> None:
    types = published_types(nlp, CARMAKER)
    assert types.get("Apex Motors") == "organization", types
    found = speakers(nlp, CARMAKER)
    assert speaker_of(found, "it expects earnings") == "Apex Motors"
    assert speaker_of(found, "higher healthcare costs") == "Apex Motors"
    assert speaker_of(found, "it may enter") == "Apex Motors Acceptance Corp"


RUMOURS = """Broker denies rumours of trouble

Harrow Brothers and Co is not facing severe financial problems, Peter Lane, managing
director of Harrow Brothers International, said.
    He was responding to a Reuter enquiry about rumours in London financial
markets that the firm was in financial trouble.
    "There is absolutely no truth to those rumours," he said.
"""


def test_a_rumour_the_speaker_answers_is_not_his(nlp: Language) -> None:
    found = speakers(nlp, RUMOURS)
    assert speaker_of(found, "There is absolutely no truth") == "Peter Lane"
    rumour = [text for text in found if text.startswith("the firm was in financial trouble")]
    assert all(found[text] != "Peter Lane" for text in rumour), found


NO_BREAK = """Party asked companies for donations

According to the Washington\u00a0Free Beacon, leaked documents reveal the party has asked
coal companies and insurers for donations.

"We have nothing to hide," said radio co-host Stu\u00a0Burguiere on Tuesday.
"""


def test_a_no_break_space_does_not_cut_a_name(nlp: Language) -> None:
    found = speakers(nlp, NO_BREAK)
    assert speaker_of(found, "leaked documents reveal") == "Washington Free Beacon"
    types = published_types(nlp, NO_BREAK)
    assert types.get("Stu Burguiere") == "person", types


SURROGATES = """Surrogates take to the road

"That is what he did in 2008. He is reprising that role," said former Pennsylvania Gov.
and Democratic National Committee Chairman Ed Rendell. "It is about turnout."

"We will not comment," said The White House and Press Secretary Josh Earnest.
"""


def test_two_titles_holding_a_place_and_a_body_are_one_mans(nlp: Language) -> None:
    found = speakers(nlp, SURROGATES)
    assert speaker_of(found, "That is what he did") == "Ed Rendell"
    assert speaker_of(found, "It is about turnout") == "Ed Rendell"
    assert speaker_of(found, "We will not comment") is None
