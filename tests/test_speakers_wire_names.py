"""Organisation speakers of wire copy under the fullest name the article gives them
(issue 11: the annotators' canonical speaker is the fullest form the article uses), and
"the paper" only ever a paper. Each article is written for the test, hard-wrapped and
indented the Reuters way; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

PAPER = """Savings rules eased

Savers in all provinces can now open foreign currency
accounts at the Bank of China, the official Shenzhen Economic
Zone Daily said.
    Previously only residents of two provinces could do this.
The paper also said the minimum deposit had been cut to 50 yuan
from 150 yuan.
    Bank of China branches on the coast also accept deposits in
Singapore dollars, the paper said.
"""


def test_the_paper_is_the_paper_never_the_bank(nlp: Language) -> None:
    """ "The paper said" after "at the Bank of China, the official ... Daily said" is the
    daily, however the model types its name, and a bank that opens the words is no
    paper either."""
    found = speakers(nlp, PAPER)
    daily = "Shenzhen Economic Zone Daily"
    assert speaker_of(found, "the minimum deposit had been cut") == daily, found
    assert speaker_of(found, "Bank of China branches") == daily, found


BANK_ONLY = """Deposit rates cut

The Bank of Hunan cut its deposit rates by half a point
from Monday.
    The paper said the cut would help farmers borrow.
"""


def test_the_paper_with_no_paper_named_is_no_one(nlp: Language) -> None:
    """No publication named: "the paper" is not the one bank the story is about."""
    found = speakers(nlp, BANK_ONLY)
    assert speaker_of(found, "the cut would help") is None, found


BRACKETED = """Consultancy buys U.S. firm

Public Relations consultancy <Shandwick Plc> said it had agreed
to buy the Los Angeles-based <Harper and Lowe Inc>, which
specialises in the film industry.
    A total of three mln dlrs is payable on completion.
"""


def test_description_before_a_bracketed_company_is_that_company(nlp: Language) -> None:
    """ "Public Relations consultancy <Shandwick Plc> said": the company in the wire's
    brackets speaks, never "Public Relations"."""
    found = speakers(nlp, BRACKETED)
    assert speaker_of(found, "it had agreed to buy") == "Shandwick Plc", found


LILLY = """Drug trial planned

Eli Lilly and Co said it would begin a new trial of its heart
drug next month.
    Lilly said the trial would include 2,000 patients in ten
countries.
"""


def test_a_company_by_the_last_word_of_its_name(nlp: Language) -> None:
    """ "Lilly said" after "Eli Lilly and Co said": the company under its full name."""
    found = speakers(nlp, LILLY)
    assert speaker_of(found, "the trial would include") == "Eli Lilly and Co", found


USDA = """Corn estimate raised

The U.S. Agriculture Department raised its estimate of the
corn crop to 8.2 billion bushels.
    USDA officials said the increase reflected higher yields in
Iowa and Illinois.
"""


def test_an_acronym_of_a_department_named_field_first(nlp: Language) -> None:
    """ "USDA officials said" after "The U.S. Agriculture Department": the department
    under the name the article gives it (the Department of Agriculture, field first)."""
    found = speakers(nlp, USDA)
    assert speaker_of(found, "the increase reflected") == "U.S. Agriculture Department", found


MINISTRY = """Tax evasion talks

The Dutch Finance Ministry said it is discussing with foreign
fiscal authorities ways to combat evasion of tax on interest.
    Ministry figures indicated that about 20 pct of such income
was not declared.
"""


def test_a_bare_body_noun_is_the_body_named_before(nlp: Language) -> None:
    """ "Ministry figures indicated" after "The Dutch Finance Ministry said": the one
    ministry under its full name, never "Ministry"."""
    found = speakers(nlp, MINISTRY)
    assert speaker_of(found, "about 20 pct") == "Dutch Finance Ministry", found


FIRESTONE = """Tire maker chief to stay

Firestone Tire and Rubber Co said its chairman John Nevin agreed
to stay on as chief executive until a successor is found.
    Firestone said Nevin would then serve as a consultant to the
company.
"""

ROYAL = """Bank profit falls

Royal Bank of Canada said its first quarter profit fell to 212
mln dlrs from 228 mln dlrs a year earlier.
    The decline largely reflects lower interest income from
Brazil, Royal Bank said.
"""

UNIT = """Bond unit expands

Chase Capital Markets Inc said it would open a bond trading
desk in Tokyo next month.
    Chase said its bank would lend 50 mln dlrs to the unit.
"""


def test_a_company_by_the_opening_of_its_full_name(nlp: Language) -> None:
    """ "Firestone said" after "Firestone Tire and Rubber Co said", "Royal Bank said"
    after "Royal Bank of Canada said" (the model taking "Royal Bank" for a person):
    the company under its full name."""
    found = speakers(nlp, FIRESTONE)
    assert speaker_of(found, "Nevin would then serve") == "Firestone Tire and Rubber Co", found
    found = speakers(nlp, ROYAL)
    assert speaker_of(found, "The decline largely") == "Royal Bank of Canada", found


def test_a_unit_is_not_its_parent_s_full_name(nlp: Language) -> None:
    """ "Chase said" after "Chase Capital Markets Inc said": the parent may speak of
    its unit; the unit's name is never the parent's."""
    found = speakers(nlp, UNIT)
    assert speaker_of(found, "its bank would lend") != "Chase Capital Markets Inc", found


THEME_PARK = """Theme park deal signed

Walt Disney Co said it signed an agreement with the French
government to build a theme park near Paris.
    Disney said the park is expected to attract ten mln visitors
a year.
    In Florida, Disney also operates two parks.
    The company said the French park would open in 1992.
"""


def test_the_company_after_the_short_name_as_subject(nlp: Language) -> None:
    """ "Disney said" after "Walt Disney Co said" is the company under its full name, and
    "Disney also operates ... The company said" goes on naming it: "Disney" as the
    subject in between is the same company, not another one that "the company" could
    be."""
    found = speakers(nlp, THEME_PARK)
    assert speaker_of(found, "the park is expected") == "Walt Disney Co", found
    assert speaker_of(found, "the French park would open") == "Walt Disney Co", found


AUDIT = """Parts maker sues buyer

Clevite Industries Inc said it sued Harlan Industries Inc to
collect money owed for its engine parts division.
    Clevite said Harlan Industries held back part of the price at
the time of the sale. It said a preliminary audit showed Harlan
owed Clevite 14 mln dlrs.
"""


def test_it_after_another_body_s_reported_words_is_the_reporter(nlp: Language) -> None:
    """ "Clevite said Harlan Industries held back ... It said": Harlan is what Clevite
    reported, not who goes on speaking."""
    found = speakers(nlp, AUDIT)
    assert speaker_of(found, "a preliminary audit") == "Clevite Industries Inc", found
