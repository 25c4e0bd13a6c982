"""Bodies and documents that stand for their authors (issue 11, missing speakers): a
case document speaks for whoever filed it ("Harbour Freight said it sued Bolt ... The
suit alleges"; "the attorney general's complaint"), a research body for itself under
the kind of body it is ("the Tax Policy Center ... the center said"), and a state's
communique named by its capital or its people's adjective for that state ("a Baghdad
war communique said": Iraq). Unclear filers, two bodies of a kind, and a statement
named by the city of a meeting give no one. Each article is written for the test; each
assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

SUIT = """Retailer takes rival to court

Harbour Freight Inc said it sued Bolt Markets Corp in federal court on Monday.

The suit alleges that Bolt copied the designs of its stores.

Bolt declined to comment.
"""

SUED = """Chain faces franchise claims

Harbour Freight Inc said it was sued by two companies that run its franchised stores.

The suit alleges that Harbour Freight broke its franchise agreements.
"""

JOINT = """Voters go to court

The Democratic Party and the campaign of Maria Lopez will sue Pine County over the
long lines at its polling places.

The lawsuit says that voters waited as long as five hours.
"""

ATTORNEY = """State takes drug maker to court

Attorney General Maria Lopez sued Acme Pharma on Tuesday over the price of insulin.

Acme raised prices by 400% in two years, the complaint said. The attorney general's
complaint alleges that executives hid the increases from regulators.
"""


def test_a_suit_speaks_for_the_one_who_filed_it(nlp: Language) -> None:
    """ "Harbour Freight said it sued Bolt ... The suit alleges": Harbour Freight's
    words; "the complaint" and "the attorney general's complaint" after "Attorney
    General Maria Lopez sued": hers."""
    found = speakers(nlp, SUIT)
    assert speaker_of(found, "Bolt copied the designs") == "Harbour Freight Inc", found
    found = speakers(nlp, ATTORNEY)
    assert speaker_of(found, "Acme raised prices") == "Maria Lopez", found
    assert speaker_of(found, "executives hid the increases") == "Maria Lopez", found


def test_a_suit_of_unclear_filers_speaks_for_no_one(nlp: Language) -> None:
    """Sued "by two companies" the article does not name, or by a party and a campaign
    together: the suit's words are left to no one, never to the one sued or the first
    of the filers."""
    found = speakers(nlp, SUED)
    assert speaker_of(found, "Harbour Freight broke") is None, found
    found = speakers(nlp, JOINT)
    assert speaker_of(found, "voters waited") is None, found


THINK_TANK = """Tax plan favours the rich

The plan would cut taxes by $3tn, according to the Tax Policy Center, a joint project
of the Urban Institute and the Brookings Institution.

The top 1% of households would gain most, the center said.

The Cato Institute, a libertarian think tank, said the plan would spur growth. Wages
would rise, the think tank said.
"""

TWO_CENTERS = """Tax plan favours the rich

The Tax Policy Center and the Center for American Progress both examined the plan.

The top 1% of households would gain most, the center said.
"""


def test_a_research_body_speaks_under_its_kind(nlp: Language) -> None:
    """ "the center" after the Tax Policy Center, with two institutes named in its
    apposition; "the think tank" after "the Cato Institute, a libertarian think tank"."""
    found = speakers(nlp, THINK_TANK)
    assert speaker_of(found, "The top 1% of households") == "Tax Policy Center", found
    assert speaker_of(found, "Wages would rise") == "Cato Institute", found


def test_two_bodies_of_a_kind_leave_the_kind_to_no_one(nlp: Language) -> None:
    """Two centres named before "the center said": neither."""
    found = speakers(nlp, TWO_CENTERS)
    assert speaker_of(found, "The top 1% of households") is None, found


WAR = """Iraq claims gains

Iraq said today it repelled an Iranian assault near Basra.

A Baghdad war communique said Iraq had foiled a three-pronged thrust near Basra.

Iran denied the claim. An Iranian military communique said its forces had taken a
defensive line. The Paris statement said that growth in the West would slow.
"""


def test_a_states_communique_speaks_for_the_state(nlp: Language) -> None:
    """A war communique named by the capital (Baghdad: Iraq) or by the people's
    adjective (Iranian: Iran) is the state's, the state named in the article; a
    statement named by a city alone (a meeting's) is no one's."""
    found = speakers(nlp, WAR)
    assert speaker_of(found, "Iraq had foiled") == "Iraq", found
    assert speaker_of(found, "its forces had taken") == "Iran", found
    assert speaker_of(found, "growth in the West") is None, found


TOLD = """Gun auction draws anger

George Zimmerman said he would sell the gun at auction.

The Trayvon Martin Foundation did not want to address the sale, telling Fox 35 that the
organization is focused on ending gun violence.

"This election season, we are laser focused on furthering that mission," the group said.
"""


def test_the_outlet_told_is_no_other_group(nlp: Language) -> None:
    """ "The Trayvon Martin Foundation ..., telling Fox 35 that ... the group said": the
    station is only the one told, so "the group" is still the foundation."""
    found = speakers(nlp, TOLD)
    assert speaker_of(found, "This election season") == "Trayvon Martin Foundation", found


WEBSITE = """Conservatives meet

Leaders of the movement met in Washington on Monday, the Heritage Foundation said.

The group was founded in 1960, as the Heritage Foundation website notes.
"""


def test_a_bodys_website_speaks_for_the_body(nlp: Language) -> None:
    """ "as the Heritage Foundation website notes": the foundation's words, as "a
    Forbes article" is Forbes's."""
    found = speakers(nlp, WEBSITE)
    assert speaker_of(found, "The group was founded") == "Heritage Foundation", found
