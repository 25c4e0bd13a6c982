"""US political news describes the person it has just written about by state and office
or party ("Sen. Dana Whitfield ... The Oregon senator told reporters", "the Idaho
Republican said"); a title abbreviation ("Sen.", "Gov.") holds the office it stands for.
Counted on PolNeAR train (issue 11); each article here is written for the test, and each
has a twin where the description may be someone else and stays unresolved. Each
assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

SENATOR = """Whitfield pushes for a vote on the water bill

Sen. Dana Whitfield said on Tuesday that she would force a vote on the water bill before
the summer recess, setting up a clash with the party's leaders.

The Oregon senator told reporters that the bill "has waited long enough" and that the
farmers of her state could not wait another season.
"""


def test_state_and_office_after_the_senators_report_is_the_senator(nlp: Language) -> None:
    found = speakers(nlp, SENATOR)
    assert speaker_of(found, "has waited long enough") == "Dana Whitfield", found


PARTY = """Budget talks stall in the House

Rep. Carl Mendoza spent Monday meeting with the budget committee's staff, and he left
the room without a deal.

The Idaho Republican said the spending plan "does nothing for rural districts" and that
he would vote against it.
"""


def test_state_and_party_after_the_subject_is_that_lawmaker(nlp: Language) -> None:
    found = speakers(nlp, PARTY)
    assert speaker_of(found, "does nothing for rural districts") == "Carl Mendoza", found


OTHER_BETWEEN = """Budget talks stall in the House

Rep. Carl Mendoza spent Monday attacking Rep. Helen Strand over the spending plan.

The Idaho Republican said the spending plan "does nothing for rural districts" and that
the House should start again.
"""


def test_another_lawmaker_named_in_between_leaves_it_unresolved(nlp: Language) -> None:
    """Either of them may be the Idaho Republican: no speaker rather than a guess."""
    found = speakers(nlp, OTHER_BETWEEN)
    assert speaker_of(found, "does nothing for rural districts") is None, found


TAGGED_ELSEWHERE = """Budget talks stall in the House

Rep. Carl Mendoza spent Monday meeting with the budget committee's staff, alongside Rep.
Helen Strand, R-Idaho.

The Idaho Republican said the spending plan "does nothing for rural districts" and that
the House should start again.
"""


def test_the_state_tied_to_someone_else_is_not_the_subjects(nlp: Language) -> None:
    """The article ties Idaho to Strand: the description is not Mendoza."""
    found = speakers(nlp, TAGGED_ELSEWHERE)
    assert speaker_of(found, "does nothing for rural districts") != "Carl Mendoza", found


NAMESAKES = """Former president campaigns for his wife

Hillary Clinton spent the day in Ohio with her daughter, Chelsea Clinton, while Bill
Clinton drew a crowd of retirees at a diner in Dover on Friday.

"She is the best change-maker I have ever known," Mr. Clinton said, to applause.

Later, in Columbus, Mrs. Clinton said the campaign "is about the families who keep
this country running."
"""


def test_an_honorific_picks_the_namesake_of_that_sex(nlp: Language) -> None:
    """The given names say which Clinton is "Mr."; two women are "Mrs." Clinton."""
    found = speakers(nlp, NAMESAKES)
    assert speaker_of(found, "She is the best change-maker") == "Bill Clinton", found
    assert speaker_of(found, "is about the families") is None, found


SAME_SEX_NAMESAKES = """A father's story on the trail

Ted Cruz spent the day in Iowa, and his father, Rafael Cruz, spoke at a church in
Ames on Sunday.

"He was raised to love this country," Mr. Cruz said, to applause.
"""


def test_namesakes_of_one_sex_leave_the_honorific_unresolved(nlp: Language) -> None:
    found = speakers(nlp, SAME_SEX_NAMESAKES)
    assert speaker_of(found, "He was raised to love this country") is None, found


ADMIRAL = """Navy chief defends patrols near disputed reefs

Admiral Walter Greene, the commander of the Pacific fleet, has spent the spring defending
the patrols near the disputed reefs against their critics in Congress.

Asked about the risk of a clash, the admiral chuckled and set down his coffee.

"It is good that my voice is low," he said.
"""

ADMIRAL_AND_A_MAN = """Navy chief defends patrols near disputed reefs

Admiral Walter Greene, the commander of the Pacific fleet, has spent the spring defending
the patrols near the disputed reefs against their critics in Congress.

Asked about the risk of a clash, the admiral chuckled. The man beside him, a retired
fisherman from the coast, shook his head.

"It is good that my voice is low," he said.
"""


def test_he_after_a_title_the_article_gave_one_person_is_that_person(nlp: Language) -> None:
    found = speakers(nlp, ADMIRAL)
    assert speaker_of(found, "It is good that my voice is low") == "Walter Greene", found


def test_a_person_subject_after_the_title_stops_the_walk(nlp: Language) -> None:
    """ "The man beside him" may be the "he": no speaker rather than the admiral."""
    found = speakers(nlp, ADMIRAL_AND_A_MAN)
    assert speaker_of(found, "It is good that my voice is low") is None, found


CAPTAIN = """Veterans weigh the candidates

Many veterans at the rally in Tampa said they had not yet made up their minds.

"None of them understand what a deployment does to a family," said Army Capt. \
Daniel Reyes, a veteran of two tours.
"""

SPOKESMAN = """Pentagon rejects bombing plan

The plan drew rebukes from the Pentagon on Monday.

"We are already at war with them," said Pentagon spokesman Navy Capt. Paul \
Brown. "Nothing changes."
"""


def test_a_name_cut_at_a_title_abbreviation_is_the_person_after_it(nlp: Language) -> None:
    """The model tags "Army Capt", "Navy Capt" as names: the speaker is the person."""
    found = speakers(nlp, CAPTAIN)
    assert speaker_of(found, "None of them understand") == "Daniel Reyes", found
    found = speakers(nlp, SPOKESMAN)
    assert speaker_of(found, "We are already at war") == "Paul Brown", found


AS_FOR = """Rivals soften their attacks before the debate

Sen. Dana Whitfield told supporters in Miami that a contested convention would be a
disaster. "We need to respect the will of the voters," the Oregon senator said.

As for Carl Mendoza, he said he is not worried. "I am going to have the delegates,"
he said.
"""


def test_as_for_a_person_the_he_after_it_is_that_person(nlp: Language) -> None:
    """Not the senator who spoke just before: the sentence opens on Mendoza."""
    found = speakers(nlp, AS_FOR)
    assert speaker_of(found, "I am going to have the delegates") == "Carl Mendoza", found
