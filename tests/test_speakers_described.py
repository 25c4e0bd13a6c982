"""A speaker described by a title of standing right after a sentence about a named
person (issue 11, missing speakers): news names someone once, bare, as the subject of
the lead, then gives their office or calling instead of the name ("..., Alun Michael
has said.⏎⏎The rural affairs minister said ..."). The description is that person only
when nothing else in the article points elsewhere: another person in the sentence, a
role of their own that differs, a title naming a tie to someone else, a gender that
does not fit. Each article is written for the test; each assertion reads the published
speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

LEAD = """Parks law is clear, says minister

The new law on dogs in national parks is clear and will be enforced, Alan Greaves has said.

The rural affairs minister said it would be obvious if walkers ignored the rules.

"We will be watching closely," said a park ranger, Tom Bell.
"""


def test_title_after_a_lead_naming_one_person(nlp: Language) -> None:
    """The lead's only person, named bare; the next sentence gives his office."""
    found = speakers(nlp, LEAD)
    assert speaker_of(found, "it would be obvious") == "Alan Greaves", found


RESIGNED = """Party leader quits law firm

Duncan McAllister has resigned as a partner in an Edinburgh law firm after criticism.

The Scottish Conservative leader had insisted that his legal work did not affect his politics.
"""


def test_party_title_after_a_subject_who_did_not_speak(nlp: Language) -> None:
    """The sentence before need not be a report: its subject is the one described."""
    found = speakers(nlp, RESIGNED)
    assert speaker_of(found, "his legal work did not") == "Duncan McAllister", found


TWO = """Leaders clash over taxes

Michael Harding attacked Peter Wallace over tax plans in the Commons on Wednesday.

The Tory leader said the plans would cost families dearly.
"""


def test_two_people_before_leave_the_title_unnamed(nlp: Language) -> None:
    """Two people in the sentence before: the title may be either."""
    found = speakers(nlp, TWO)
    assert speaker_of(found, "the plans would cost") is None, found


SHADOW = """Budget row

Shadow chancellor Oliver Trent has attacked the spending plans as reckless.

The chancellor said the plans were fully costed.
"""


def test_a_shadow_title_is_not_the_office(nlp: Language) -> None:
    """A person the article gives another role (a shadow one) is not the office holder."""
    found = speakers(nlp, SHADOW)
    assert speaker_of(found, "the plans were fully") != "Oliver Trent", found


JAILED = """Man jailed for fraud

John Barker was jailed for six years at Leeds Crown Court on Friday.

The judge said the fraud had ruined the lives of many pensioners.
"""


def test_a_title_of_a_tie_to_the_case_is_someone_else(nlp: Language) -> None:
    """ "The judge" after the man jailed is the one who sentenced him."""
    found = speakers(nlp, JAILED)
    assert speaker_of(found, "the fraud had ruined") is None, found


ACTRESS = """Film wins award

Mr Robert Hale won the best director award at the festival in Berlin on Saturday.

The actress said the film had changed her career.
"""


def test_a_gendered_title_must_fit(nlp: Language) -> None:
    """ "The actress" is not the man the sentence before names."""
    found = speakers(nlp, ACTRESS)
    assert speaker_of(found, "the film had changed") is None, found


DRINK = """Minister in drink remark row

Scotland's first minister has told a group of pupils that it is fine to get drunk "once in a while".

Jack Mitchell was speaking to more than 100 pupils in Inverness about binge drinking.
"""


def test_a_lead_title_named_in_the_next_sentence(nlp: Language) -> None:
    """A lead that describes its speaker before naming anyone, then names a person in
    full as the next sentence's subject."""
    found = speakers(nlp, DRINK)
    assert speaker_of(found, "once in a while") == "Jack Mitchell", found


BIGOTS = """Minister warns fans

Scotland's justice minister has warned football fans that she will ban them from matches.

Mr Paul Grant, a Celtic supporter, said the plans were unfair.
"""


def test_a_lead_title_is_not_a_name_with_a_description_of_its_own(nlp: Language) -> None:
    """A next subject under a title or description of its own, or another gender, is
    someone else: a supporter answering the minister."""
    found = speakers(nlp, BIGOTS)
    assert speaker_of(found, "she will ban them") is None, found


SPEECH = """Dollar gains after speech

The dollar rose against the euro after the Federal Reserve head said the deficit would soon fall.

Alan Grayson, the Federal Reserve chairman, also praised plans to curb spending.
"""


def test_a_generic_head_fits_the_title_the_body_gives_its_top(nlp: Language) -> None:
    """ "the Federal Reserve head" is the Federal Reserve chairman named next."""
    found = speakers(nlp, SPEECH)
    assert speaker_of(found, "the deficit would soon fall") == "Alan Grayson", found


PENSIONS = """Energy plan for pensioners

Pensioners are being promised cheaper heating by the Liberal Democrats, as cold weather continues.

The party says the plans could save the average pensioner 100 pounds every year.

The Lib Dems would let pensioners swap their winter fuel payments for discounts on
home insulation. The Conservatives promise to keep the payments.
"""


def test_the_party_is_the_party_named_before(nlp: Language) -> None:
    """ "The party" after a party named without the word "party" in its name."""
    found = speakers(nlp, PENSIONS)
    assert speaker_of(found, "the plans could save") == "Liberal Democrats", found


WENT_ON = """Courts to put victims first

Lord Hartley said: "Victims will be at the heart of the way trials are managed."

He went on: "Giving evidence is a nerve-wracking experience, especially when you're a victim."
"""


def test_a_lead_in_the_parser_took_into_the_quotation(nlp: Language) -> None:
    """ "He went on:" before a quotation the parser read as one sentence with it."""
    found = speakers(nlp, WENT_ON)
    assert speaker_of(found, "Giving evidence is") == "Lord Hartley", found


DEPORT = """Actress to be deported

The government has ordered the deportation of model and actress Negar Rahimi after saying \
she broke visa rules.

Rahimi has had roles in music videos and films over the past two years. The distressed \
actress told reporters she was being driven straight to the airport.
"""


def test_a_calling_after_the_surname_of_someone_named_in_full(nlp: Language) -> None:
    """A calling ("the actress") may follow a surname: no one else holds it as an office."""
    found = speakers(nlp, DEPORT)
    assert speaker_of(found, "she was being driven") == "Negar Rahimi", found


BURGLAR = """Singer tackles burglar

Rock star Ozzy Harlan grabbed a burglar who broke into his home on Monday.

His wife Sharon called the police after the jewellery was taken. The star said he had \
acted on impulse.
"""


def test_a_calling_never_follows_a_bare_given_name(nlp: Language) -> None:
    """ "His wife Sharon ... The star said": a given name alone is not the surname the
    story goes on with, and the star is not she."""
    found = speakers(nlp, BURGLAR)
    assert speaker_of(found, "he had acted on impulse") == "Ozzy Harlan", found
