"""Descriptions a person cannot be (issue 11: no quotation given to the wrong person):
one of a person's advisers is not that person, "the Republican nominee" is not one the
article calls a Democrat, "the former governor" not one it never calls former. The
quotation keeps the article's words. Each article is written for the test; each
assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

ADVISER = """Harlow stumps in Ohio on tax plan

Dale Harlow told voters in Ohio on Tuesday that his plan would cut taxes for every family.
"We will bring the jobs back," Harlow said.

The plan would cost about $2 trillion over ten years, one of Harlow's advisers said.
"""


def test_an_adviser_of_a_person_is_not_that_person(nlp: Language) -> None:
    """ "one of Harlow's advisers said": the adviser speaks, not Dale Harlow."""
    found = speakers(nlp, ADVISER)
    assert speaker_of(found, "The plan would cost") != "Dale Harlow", found
    assert speaker_of(found, "We will bring the jobs back") == "Dale Harlow", found


NOMINEE = """Tensions rise after debate

Democratic nominee Margaret Ellison spoke in Denver on Monday, a day after the debate.
Ellison said she would win Ohio.

"She did not even mention my name," the Republican nominee said at a rally in Ohio.
"""


def test_a_party_description_is_not_a_person_of_the_other_party(nlp: Language) -> None:
    """ "the Republican nominee said" is not Margaret Ellison, whom the article calls
    the Democratic nominee."""
    found = speakers(nlp, NOMINEE)
    assert speaker_of(found, "She did not even mention") != "Margaret Ellison", found


FORMER = """Brothers on the trail

Governor Tom Garrick campaigned in Iowa on Friday with his brother Ray Garrick, who left
office in 2008. Tom Garrick told the crowd he would cut taxes.

"I have never seen a race like this," the former governor said.
"""


def test_a_former_office_is_not_a_sitting_holder(nlp: Language) -> None:
    """ "the former governor said" is not Tom Garrick, a sitting governor the article
    never calls former."""
    found = speakers(nlp, FORMER)
    assert speaker_of(found, "I have never seen a race") != "Tom Garrick", found


LAWYERS = """Senator faces inquiry over donations

Senator Ruth Calloway was questioned on Monday about donations to her campaign.
"I have done nothing wrong," Calloway said.

Attorneys for Calloway said the inquiry would find no fault with the donations.
"""


def test_lawyers_for_a_person_are_not_that_person(nlp: Language) -> None:
    """ "Attorneys for Calloway said": her lawyers speak, not Ruth Calloway."""
    found = speakers(nlp, LAWYERS)
    assert speaker_of(found, "the inquiry would find no fault") != "Ruth Calloway", found
    assert speaker_of(found, "I have done nothing wrong") == "Ruth Calloway", found


COUPLE = """Parents of fallen soldier answer critics

The parents, Bakhtiar and Rukhsana Hakimi, spoke at the convention on Thursday.

Mr. Hakimi said on Sunday that the candidate had never sacrificed anything for his country.

Ms. Hakimi said she had not spoken because she could not talk about her son, Jawed Hakimi, \
without tears. She continued: "Every mother in this country would understand."
"""


def test_mr_and_ms_of_one_surname_are_not_guessed(nlp: Language) -> None:
    """ "Mr. Hakimi said" and "Ms. Hakimi said", where the article writes both
    honorifics before the surname and names its Hakimis by given names that tell no
    sex: "Mr." is not the mother, "Ms." and "She" not "her son, Jawed Hakimi"."""
    found = speakers(nlp, COUPLE)
    assert speaker_of(found, "the candidate had never") != "Rukhsana Hakimi", found
    assert speaker_of(found, "she had not spoken") != "Jawed Hakimi", found
    assert speaker_of(found, "Every mother in this country") != "Jawed Hakimi", found


INTERVIEW = """Senator claims the surge

"Let's go back six months and look at where we were in the polls," Sen. Dale Harlow said \
in an interview with CNN's Janet Price aired Monday.

"Who would be the strongest candidate?" Price asked.

"That would be me, yes. I think that's probably right," the senator said.
"""


def test_the_senator_is_not_the_interviewer(nlp: Language) -> None:
    """ "the senator said" after the interviewer's question is not CNN's Janet Price,
    whom the article never calls a senator, while it calls Dale Harlow one."""
    found = speakers(nlp, INTERVIEW)
    assert speaker_of(found, "That would be me") != "Janet Price", found
