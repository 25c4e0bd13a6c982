"""Descriptions resolved to the body the article names with them (issue 11, "resolve
descriptions ... to the person the article names with them, by apposition or an
earlier mention; otherwise keep the description"): "the agency" after "the Qantara news
agency, QNA,", and "the company" of a wire story whose company is the one body it names
by a legal name, when what comes between names only bodies of another kind (a
legislature, an administration, a hotel). Each article is written for the test,
hard-wrapped and indented the Reuters way; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

AGENCY = """Council rejects ruler's removal

The Federal Council of Qantara has rejected the removal of the
governor of Wadi Sur, the Qantara news agency, QNA, reported.
    The country was plunged into a crisis yesterday after the
Wadi Sur Assembly said the governor had resigned.
    The Federal Council met in emergency session under the
chairmanship of President Karim Haddad, QNA said.
    It decided to ignore all statements issued from Wadi Sur and
would continue meeting until the issue was resolved, the agency
added.
"""


def test_the_agency_is_the_body_named_as_the_news_agency(nlp: Language) -> None:
    """ "the Qantara news agency, QNA, reported ... QNA said ... the agency added", with
    another body quoted in between: the words before the name introduce it, not the
    place named before them."""
    found = speakers(nlp, AGENCY)
    assert speaker_of(found, "It decided to ignore all statements") == "QNA", found


TWO_AGENCIES = """Council rejects ruler's removal

The Federal Council of Qantara has rejected the removal of the
governor of the province of Wadi Sur, the Qantara news agency,
QNA, reported.
    The Federal Council met in emergency session, the Sur news
agency, SNA, said.
    Officials met again on Sunday.
    It decided to ignore all statements issued from Wadi Sur, the
agency added.
"""


def test_two_agencies_leave_the_agency_open(nlp: Language) -> None:
    """With a second body named as a news agency, "the agency" may be either: the
    description stays the mention, no name is given."""
    found = speakers(nlp, TWO_AGENCIES)
    assert speaker_of(found, "It decided to ignore all statements") is None, found


CONTRACT = """Builder wins army contract

Harlow Builders Corp said a joint venture it leads has
received a 517 mln dlr construction contract from the Army.
    Harlow Builders said the contract is the largest Army
construction in the state since 1945.
    Congress has authorized and appropriated 610 mln dlrs for
the project, the company said.
    Work on the site is expected to begin later this month, the
company said.
"""


def test_a_legislature_in_the_words_is_no_other_company(nlp: Language) -> None:
    """ "Congress has authorized ..., the company said": Congress, never named by a
    company's legal name, cannot be "the company"; the company the story quotes is."""
    found = speakers(nlp, CONTRACT)
    assert speaker_of(found, "Congress has authorized") == "Harlow Builders Corp", found


RIVAL = """Builder wins army contract

Harlow Builders Corp said a joint venture it leads has
received a 517 mln dlr construction contract from the Army.
    Harlow Builders said the contract is the largest Army
construction in the state since 1945.
    Brenton Steel Inc will supply the steel for the project, the
company said.
"""


def test_a_company_in_the_words_leaves_the_company_open(nlp: Language) -> None:
    """ "Brenton Steel Inc will supply the steel ..., the company said": another company
    named by its legal name may be the one meant; no speaker rather than a wrong one."""
    found = speakers(nlp, RIVAL)
    assert speaker_of(found, "Brenton Steel Inc will supply") is None, found


RATING = """Rating agency cuts Harlow debt

Kestrel Ratings Inc said it downgraded 200 mln dlrs of
long-term debt of Harlow Valve Corp.
    Cut were Harlow's senior debt to Ba-2 from Baa-3 and its
commercial paper to Not-Prime from Prime-3.
    Kestrel cited the company's overall losses.
    The agency also said it believes future profits in the valve
business will be limited by intense competition.
"""


def test_a_rating_agency_named_by_its_legal_name_is_the_agency(nlp: Language) -> None:
    """ "Kestrel Ratings Inc said it downgraded ... The agency also said": in a story
    that names no public body, the agency is the company whose reports it carries."""
    found = speakers(nlp, RATING)
    assert speaker_of(found, "it believes future profits") == "Kestrel Ratings Inc", found


FINED = """Regulator fines Harlow

Harlow Valve Corp said it was fined two mln dlrs by the Food
and Drug Administration for labelling violations.
    The agency said the violations took place in 1985.
"""


def test_an_agency_named_in_the_words_is_no_company(nlp: Language) -> None:
    """ "Harlow Valve Corp said it was fined ... by the Food and Drug Administration. The
    agency said": the public body named, not the company that spoke before it."""
    found = speakers(nlp, FINED)
    assert speaker_of(found, "the violations took place") != "Harlow Valve Corp", found


FRONT = """Iran reports heavy fighting

The Supreme Defence Council said Iranian troops repulsed heavy
Iraqi counter-attacks on the northern war front.
    The Iranian news agency IRNA, received in London, said the
troops continued their advance through the mountains.
    One battalion of the 25th Division's Third Brigade thrown
into counter-attacks today suffered 70 pct losses, the agency
added.
"""


def test_a_body_the_words_are_about_does_not_stand_between(nlp: Language) -> None:
    """ "The Iranian news agency IRNA ... said ... One battalion of the 25th Division's
    Third Brigade suffered 70 pct losses, the agency added": the brigade is what the
    agency reports on, no body that speaks; the agency is still IRNA."""
    found = speakers(nlp, FRONT)
    assert speaker_of(found, "One battalion of the 25th Division") == "IRNA", found


DRUG = """Drug maker sets up distribution

<Harlow Pharma Co> said it has set up a distribution system to
make sure the patients in most need get its new drug.
    At a press conference here, Paul Dreyer, the product manager
for the drug, said physicians must apply for each patient.
    The application will list several items. Doctors will hear
within one week if a patient meets the criteria.
    On Friday, the Food and Drug Administration approved the drug
for wide clinical use. The drug is not a cure, but it does
prolong the lives of some patients.
    The company said it only has enough supply of the drug to treat
15,000 patients.
"""


def test_the_company_is_never_an_administration(nlp: Language) -> None:
    """ "the Food and Drug Administration approved the drug ... The company said": the
    body the sentence before is about is no company, so it is not "the company"."""
    found = speakers(nlp, DRUG)
    assert speaker_of(found, "it only has enough supply") != "Food and Drug Administration"


SENTENCED = """Brokers sentenced for insider trading

A former stock broker and an investor who pleaded guilty to
insider trading were sentenced by the federal court today.
    Morton Shaw drew a two month jail sentence and a 25,000 dlr
fine.
    The defendants gained about 160,000 dlrs in their scheme,
according to U.S. Attorney Ruth W. Galloway.
    The prosecutor also said Shaw attempted to conceal his
trading by lying in testimony before the Securities and Exchange
Commission.
"""


def test_the_prosecutor_is_the_us_attorney(nlp: Language) -> None:
    """ "according to U.S. Attorney Ruth W. Galloway. The prosecutor also said": a U.S.
    Attorney is a prosecutor, and the one person of that kind the article names."""
    found = speakers(nlp, SENTENCED)
    assert speaker_of(found, "Shaw attempted to conceal") == "Ruth W. Galloway", found


DEFENDED = """Brokers sentenced for insider trading

A former stock broker and an investor who pleaded guilty to
insider trading were sentenced by the federal court today.
    Morton Shaw drew a two month jail sentence and a 25,000 dlr
fine.
    The defendants gained about 160,000 dlrs in their scheme,
according to U.S. Attorney Ruth W. Galloway. Defense
attorney Tom Reyes said his client would appeal.
    The prosecutor also said Shaw attempted to conceal his
trading by lying in testimony before the Securities and Exchange
Commission.
"""


def test_the_prosecutor_is_not_reached_across_another_person(nlp: Language) -> None:
    """With the defense attorney named after the U.S. Attorney, "the prosecutor" is not
    reached back across him: no speaker rather than a guess."""
    found = speakers(nlp, DEFENDED)
    assert speaker_of(found, "Shaw attempted to conceal") is None, found


OWN_COMPANY = """Comic wins jungle show

Comic Joe Harland won the Harbour TV jungle show on Monday night.
The finale drew 9.8 million viewers, Harbour TV said.

Harland has been flooded with offers of work, according to his management company.
"""


def test_a_persons_own_company_is_not_the_body_named_last(nlp: Language) -> None:
    """ "according to his management company": his own, not the broadcaster the article
    named last; the description stays the mention, with no speaker."""
    found = speakers(nlp, OWN_COMPANY)
    assert speaker_of(found, "Harland has been flooded") is None, found
