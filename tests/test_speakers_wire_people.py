"""Person speakers in wire copy (issue 11): classes found on fresh Reuters text, each
written here as a hard-wrapped wire story of our own, with a twin where the text does
make one person the speaker. Two speakers joined by "and" ("Agriculture Secretary ...
and Trade Representative ... said they favor") are no one person, whatever the parse
makes the subject; a "he" after "said one arbitrager" is that unnamed arbitrager's, not
the words of someone named earlier; a "he" after "A World Bank statement said" goes
back past the statement to the person before it; "the union official" is the one
person the story gave that role; "The Governor of the Central Bank of ... (UMOA)" is
a person, never the bracketed body; the wire's angle brackets round a company ("<Morgan
Stanley & Co> Managing Director ...") make no second speaker; a name the parser hung
on the opening phrase ("In testimony ... hearing, Brent Beesley, president of ...,
said") is the verb's subject. Each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

TWO_SECRETARIES = """Cabinet split on export aid

The House farm committee said it will propose a larger export
subsidy program next week.
    Responding to the plan, Agriculture Secretary Mark Dolan and
Trade Representative Ellen Marsh said they favor a targeted use of
the program instead of a broad one which they termed too costly.
    Dolan said the department already values the subsidies at market
prices.
"""

ONE_SECRETARY = """Cabinet split on export aid

The House farm committee said it will propose a larger export
subsidy program next week.
    Responding to the plan, Agriculture Secretary Mark Dolan said
they favor a targeted use of the program instead of a broad one
which they termed too costly.
    Dolan said the department already values the subsidies at market
prices.
"""

PERSON_AND_FIRM = """Hale Foods bid raised

Hale Foods Co stock rose three points on a sweetened offer.
    Peter Hale, Hale vice chairman, and Birchwood Capital Inc said
they sent a letter to the Hale board stating they were prepared to
pay more than 150 dlrs per share.
    The company said the proposal would be put to its directors.
"""

PERSON_OF_FIRM = """Hale Foods bid raised

Hale Foods Co stock rose three points on a sweetened offer.
    Peter Hale, vice chairman of Hale Foods, said he sent a letter
to the board stating he was prepared to pay more than 150 dlrs per
share.
    The company said the proposal would be put to its directors.
"""

ONE_ARBITRAGER = """Arbitragers wary of Hale stock

Arbitragers said the stock of Hale Foods Co is a risky buy.
    Investor Carl Bremer last week told regulators he may bid for
the company.
    "I could see it go for 175 dlrs," said one arbitrager, but he
speculated it would not be taken over for more than 160 dlrs.
    Another speculated that Bremer might bid, but he said the
investor would not want to run the company.
"""

NAMED_ARBITRAGER = """Arbitragers wary of Hale stock

Arbitragers said the stock of Hale Foods Co is a risky buy.
    Investor Carl Bremer last week told regulators he may bid for
the company.
    "I could see it go for 175 dlrs," said arbitrager Tom Reese, but
he speculated it would not be taken over for more than 160 dlrs.
"""

STATEMENT_THEN_HE = """Morocco expects more aid

Morocco is likely to get extra aid this year, Finance Minister Omar
Haddad said.
    Haddad said most of the aid had already been secured.
    A World Bank statement said donors noted an improvement in the
economy.
    He told Reuters the new development plan could need further aid
of 700 mln dlrs.
"""

UNION_OFFICIAL = """Seamen's strike halts ships

Striking seamen held pay talks with the Labour Minister today,
union officials said.
    Jorge Silva, a senior official of the National Seamen's Union,
told Reuters he was optimistic the talks would end the stoppage.
    Seamen are seeking a pay rise of 275 pct.
    The union official said the strike had halted 158 vessels.
"""

TWO_UNION_OFFICIALS = """Seamen's strike halts ships

Striking seamen held pay talks with the Labour Minister today,
union officials said.
    Jorge Silva, a senior official of the National Seamen's Union,
told Reuters he was optimistic the talks would end the stoppage.
    Paulo Costa, another official of the National Seamen's Union,
said the pay claim would not be cut.
    The union official said the strike had halted 158 vessels.
"""

GOVERNOR_LEAD = """Central bank wants IMF role

The Governor of the Central Bank of West African CFA franc zone countries (UMOA) today
urged that the bank should be involved in all negotiations with the
International Monetary Fund but said the zone's member countries were
not thinking of leaving the fund.
    Amadou Diallo told reporters after a meeting of finance ministers
that the bank's part in the talks would make Fund aid more coherent.
"""

GOVERNOR_UNNAMED = """Central bank wants IMF role

The Governor of the Central Bank of West African CFA franc zone countries (UMOA) today
urged that the bank should be involved in all negotiations with the
International Monetary Fund but said the zone's member countries were
not thinking of leaving the fund.
    Finance ministers of the region met here for one day.
"""

BRACKETED_FIRM = """Texaco says bond would force bankruptcy

Texaco Inc said a ruling forcing it to post a large bond would force
the company into bankruptcy.
    In a separate affidavit, <Morgan Stanley & Co> Managing
Director Donald Brennan also said Texaco would be forced into
bankruptcy if the bond exceeded one billion dlrs.
"""


def test_two_secretaries_joined_by_and_are_no_one_speaker(nlp: Language) -> None:
    """ "Agriculture Secretary Mark Dolan and Trade Representative Ellen Marsh said
    they favor": both of them; never Ellen Marsh, the name nearest the verb."""
    found = speakers(nlp, TWO_SECRETARIES)
    assert speaker_of(found, "they favor a targeted use") is None, found
    assert speaker_of(found, "the department already values") == "Mark Dolan", found


def test_one_secretary_is_the_speaker(nlp: Language) -> None:
    found = speakers(nlp, ONE_SECRETARY)
    assert speaker_of(found, "they favor a targeted use") == "Mark Dolan", found


def test_a_person_and_a_firm_joined_by_and_are_no_one_speaker(nlp: Language) -> None:
    """ "Peter Hale, Hale vice chairman, and Birchwood Capital Inc said": the company's
    name ends with a suffix ("Inc"), yet it is a second speaker, not part of a name."""
    found = speakers(nlp, PERSON_AND_FIRM)
    assert speaker_of(found, "they sent a letter") is None, found


def test_a_person_with_his_firm_in_apposition_is_the_speaker(nlp: Language) -> None:
    found = speakers(nlp, PERSON_OF_FIRM)
    assert speaker_of(found, "he sent a letter") == "Peter Hale", found


def test_he_after_one_arbitrager_is_no_one_named(nlp: Language) -> None:
    """ "..., said one arbitrager, but he speculated": the arbitrager, unnamed; not Carl
    Bremer, the person named before. The same after "Another speculated ..., but he"."""
    found = speakers(nlp, ONE_ARBITRAGER)
    assert speaker_of(found, "it would not be taken over") is None, found
    # "Another" names no one on a page: that report is left out (speakers.headings)
    investor = [text for text in found if text.startswith("the investor would not want")]
    assert all(found[text] is None for text in investor), found


def test_he_after_a_named_arbitrager_is_his(nlp: Language) -> None:
    found = speakers(nlp, NAMED_ARBITRAGER)
    assert speaker_of(found, "it would not be taken over") == "Tom Reese", found


def test_he_after_a_statement_is_not_the_body_that_issued_it(nlp: Language) -> None:
    """ "A World Bank statement said ... He told Reuters": a statement is no "he"; the
    minister, the person who spoke before it, goes on."""
    found = speakers(nlp, STATEMENT_THEN_HE)
    assert speaker_of(found, "the new development plan") == "Omar Haddad", found


def test_the_union_official_is_the_one_named_with_that_role(nlp: Language) -> None:
    """ "Jorge Silva, a senior official of the National Seamen's Union, ... The union
    official said": Silva, under his full name, not the union."""
    found = speakers(nlp, UNION_OFFICIAL)
    assert speaker_of(found, "the strike had halted") == "Jorge Silva", found


def test_the_union_official_among_two_named_officials_is_neither(nlp: Language) -> None:
    """Two officials of the union named: the description picks neither person."""
    found = speakers(nlp, TWO_UNION_OFFICIALS)
    assert speaker_of(found, "the strike had halted") not in {"Jorge Silva", "Paulo Costa"}


def test_a_governor_of_a_bracketed_body_is_the_person_named_next(nlp: Language) -> None:
    """ "The Governor of the Central Bank of ... (UMOA) today urged ... but said": the
    governor, named as the next sentence's subject; never UMOA, the acronym ending the
    mention."""
    found = speakers(nlp, GOVERNOR_LEAD)
    assert speaker_of(found, "the zone's member countries") == "Amadou Diallo", found


def test_an_unnamed_governor_is_not_the_bracketed_body(nlp: Language) -> None:
    found = speakers(nlp, GOVERNOR_UNNAMED)
    assert speaker_of(found, "the zone's member countries") is None, found


def test_a_wire_bracketed_firm_before_a_title_is_no_second_speaker(nlp: Language) -> None:
    """ "<Morgan Stanley & Co> Managing Director Donald Brennan also said": one man."""
    found = speakers(nlp, BRACKETED_FIRM)
    assert speaker_of(found, "Texaco would be forced") == "Donald Brennan", found


TESTIMONY = """Farm lender asks for Treasury credit

The financially troubled Farm Credit System today formally asked that
the Treasury provide a line of credit to the system.
    In testimony prepared for delivery to a Senate agriculture
subcommittee hearing, Brent Beesley, president of the Farm Credit
Corp, said "In order to avoid the need for continued appropriations,
the system should have a line of credit from the Treasury."
"""

TESTIMONY_HEARD = """Farm lender asks for Treasury credit

The financially troubled Farm Credit System today formally asked that
the Treasury provide a line of credit to the system.
    At a Senate agriculture subcommittee hearing chaired by Senator
Ann Boyd, the panel's head, officials said "In order to avoid the need
for continued appropriations, the system should have a line of credit."
"""


def test_a_name_hung_on_the_opening_phrase_is_the_verbs_subject(nlp: Language) -> None:
    """ "In testimony prepared for ... hearing, Brent Beesley, president of the Farm
    Credit Corp, said "..."": parsed as an apposition of "hearing", Beesley is still
    who said it, not the body of the sentence before."""
    found = speakers(nlp, TESTIMONY)
    assert speaker_of(found, "In order to avoid") == "Brent Beesley", found


def test_a_name_in_the_opening_phrase_is_not_a_subject_the_verb_has(nlp: Language) -> None:
    found = speakers(nlp, TESTIMONY_HEARD)
    assert speaker_of(found, "In order to avoid") != "Ann Boyd", found


QUOTED_AS_SAYING = """Bonn confident on currencies

U.S. Treasury Secretary James Baker met West German Finance Minister
Gerhard Stoltenberg in Frankfurt on Monday, a Bonn Finance Ministry
spokesman said.
    After the meeting the spokesman quoted Stoltenberg as saying he
was confident that currencies could be stabilised at current levels.
"""

QUOTED_OBJECT = """Bonn confident on currencies

U.S. Treasury Secretary James Baker met West German Finance Minister
Gerhard Stoltenberg in Frankfurt on Monday, a Bonn Finance Ministry
spokesman said.
    After the meeting the spokesman quoted figures showing that
currencies had been stable at current levels for a month.
"""


def test_quoted_as_saying_is_the_quoted_persons_report(nlp: Language) -> None:
    """ "the spokesman quoted Stoltenberg as saying he was confident ...": shown, as
    Stoltenberg's; not hidden inside the object of "quoted", not the spokesman's."""
    found = speakers(nlp, QUOTED_AS_SAYING)
    assert speaker_of(found, "he was confident") == "Gerhard Stoltenberg", found


def test_quoted_figures_are_no_report_of_anyones(nlp: Language) -> None:
    found = speakers(nlp, QUOTED_OBJECT)
    assert not [text for text in found if text.startswith("figures")], found


BOARD_MEMBER = """Farm lenders need aid

The Farm Credit System will need three billion dlrs in federal aid
over the next three years, a member of the board of the System's
regulatory agency said.
    Jim Billington, member of the three-person board of directors of
the Farm Credit Administration, said he would ask the board to vote
on the aid.
"""

BOARD_MEMBER_OTHER = """Farm lenders need aid

The Farm Credit System will need three billion dlrs in federal aid
over the next three years, a member of the board of the System's
regulatory agency said.
    Jim Billington, a farmer from Iowa, said he would ask Congress to
vote on the aid.
"""

TWO_TITLES = """Exxon sees higher oil prices

World governments should prepare for a significant increase in the
price of oil, Exxon Corp <XON> director and senior vice-president
Donald McIvor said.
    It appears ever more likely that new discoveries elsewhere will not
change this fact, he said.
"""


def test_a_lead_source_named_next_with_the_same_noun_is_that_person(nlp: Language) -> None:
    """ "..., a member of the board of the System's regulatory agency said. Jim
    Billington, member of the three-person board ..., said": Billington, the fullest
    name; not the System the description mentions."""
    found = speakers(nlp, BOARD_MEMBER)
    assert speaker_of(found, "The Farm Credit System will need") == "Jim Billington", found


def test_a_lead_source_is_not_the_next_person_described_otherwise(nlp: Language) -> None:
    found = speakers(nlp, BOARD_MEMBER_OTHER)
    assert speaker_of(found, "The Farm Credit System will need") != "Jim Billington", found


def test_two_titles_of_one_man_behind_a_wire_ticker(nlp: Language) -> None:
    """ "Exxon Corp <XON> director and senior vice-president Donald McIvor said": one
    man with two titles; the second opens with a modifier and holds a hyphen."""
    found = speakers(nlp, TWO_TITLES)
    assert speaker_of(found, "World governments should prepare") == "Donald McIvor", found
    assert speaker_of(found, "It appears ever more likely") == "Donald McIvor", found


CLOSE_TO = """Privatisation pays off debt

The French privatisation program has earned the State about 52
billion francs to date, the Finance Ministry said.
    Sources close to Finance Minister Edouard Balladur said the
revenues would be used in priority to pay off public debt.
"""

MINISTER_HIMSELF = """Privatisation pays off debt

The French privatisation program has earned the State about 52
billion francs to date, the Finance Ministry said.
    Finance Minister Edouard Balladur said the revenues would be used
in priority to pay off public debt.
"""


def test_sources_close_to_a_minister_are_not_the_minister(nlp: Language) -> None:
    """ "Sources close to Finance Minister Edouard Balladur said": their words, not
    Balladur's."""
    found = speakers(nlp, CLOSE_TO)
    assert speaker_of(found, "the revenues would be used") is None, found


def test_the_minister_himself_is_the_speaker(nlp: Language) -> None:
    found = speakers(nlp, MINISTER_HIMSELF)
    assert speaker_of(found, "the revenues would be used") == "Edouard Balladur", found
