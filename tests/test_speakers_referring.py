"""Speakers named earlier and then described instead of named again (issue 11): an age
after a sentence that opens with the person's possessive ("Dale's relay win ... The
31-year-old said"), words for a person that name no office ("the world champion",
"the Newport-based athlete", "the Holland international", "the ex-Wallaby"), and a
"he" after a title the article gave its speaker with "as" ("his first speech as CIA
director ... The CIA director made no secret ... he said"). Each has a twin where the
text does not make the person clear, which must stay unattributed. Each article is
written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

RELAY = """Dale hails relay gold

Gary Dale and his team-mates were given medals at a ceremony in Cardiff on Monday.

Dale's relay triumph made up for his disappointing displays in the individual events,
when he failed to reach the final. The 31-year-old, who won silver in Sydney, said that
a hamstring injury had stopped him from running at his best.
"""

RELAY_RIVAL = """Dale hails relay gold

Gary Dale and his team-mates were given medals at a ceremony in Cardiff on Monday.

Dale's relay triumph came at the expense of American sprinter Tom Marsh, who had won
the individual title. The 31-year-old, who won silver in Sydney, said that a hamstring
injury had stopped him from running at his best.
"""


def test_an_age_after_a_sentence_about_the_persons_own_triumph(nlp: Language) -> None:
    """The sentence before opens with Dale's possessive and names no one else: "the
    31-year-old" is Dale."""
    found = speakers(nlp, RELAY)
    assert speaker_of(found, "a hamstring injury") == "Gary Dale", found


def test_an_age_after_a_sentence_that_names_two_people_stays_unnamed(nlp: Language) -> None:
    """Dale's triumph over Marsh: "the 31-year-old" may be either of them."""
    found = speakers(nlp, RELAY_RIVAL)
    assert speaker_of(found, "a hamstring injury") is None, found


SPRINT = """Collins to race in Birmingham

World 100m champion Kim Collins will run in the 60m at the indoor grand prix next month.

Collins ran in Birmingham at the 2003 indoor championships. "I'm looking forward to
racing against such a strong field," he said. "The crowd here was great to me last
time." The world champion says he is in good shape. "The British sprinters will want to
win at home, and I know they are in form."
"""

SPRINT_BEATEN = """Collins beaten in Birmingham

Kim Collins was beaten in the 60m at the indoor grand prix on Saturday.

Jason Gardener won the race ahead of Kim Collins. "I was lucky to get the start I
wanted," said the world champion.
"""


def test_the_world_champion_right_after_his_report(nlp: Language) -> None:
    """ "he said" (Collins) and his own quoted sentence, then "The world champion says":
    Collins again, and the quotation after it too."""
    found = speakers(nlp, SPRINT)
    assert speaker_of(found, "he is in good shape") == "Kim Collins", found
    assert speaker_of(found, "The British sprinters") == "Kim Collins", found


def test_the_world_champion_after_a_race_of_two_stays_unnamed(nlp: Language) -> None:
    """Gardener won ahead of Collins: either may be the champion."""
    found = speakers(nlp, SPRINT_BEATEN)
    assert speaker_of(found, "I was lucky") is None, found


HONOURS = """Relay team honoured

The Olympic relay team were made MBEs in the New Year Honours.

Mark Peters agreed the honour capped off what had been a difficult year for the
sprinter. "I think the award matters because the people closest to me know my
journey," said the Newport-based athlete.
"""

WINGER = """Boro cruise into last 16

Middlesbrough beat Lazio 2-0 to reach the last 16 of the Uefa Cup.

"We did not expect it to be that one-sided," said winger Boudewijn Zenden. "We pressed
them well." The Holland international said Boro are confident of going further.
"""


def test_the_athlete_after_the_one_person_the_sentence_is_about(nlp: Language) -> None:
    found = speakers(nlp, HONOURS)
    assert speaker_of(found, "I think the award matters") == "Mark Peters", found


def test_the_international_right_after_his_report(nlp: Language) -> None:
    found = speakers(nlp, WINGER)
    assert speaker_of(found, "Boro are confident") == "Boudewijn Zenden", found


RUGBY = """Campese mocks England

Former Australia wing David Campese has criticised England's rugby team.

"They are acting like they are the only team that has ever lost," said Campese. But he
blamed "a lack of talent" for the team's poor results. England face Italy on 12 March.
And the ex-Wallaby added: "If England lost that, they would be in turmoil."
"""

RUGBY_COACH = """Campese mocks England

Former Australia wing David Campese has criticised England's rugby team.

"They are acting like they are the only team that has ever lost," said Campese. But he
blamed "a lack of talent" for the team's poor results. England coach Andy Robinson
watched the match with Jonny Wilkinson. And the ex-Wallaby added: "If England lost
that, they would be in turmoil."
"""


def test_a_nationality_goes_on_past_a_sentence_that_names_no_one(nlp: Language) -> None:
    """ "England face Italy" brings no one else in: "the ex-Wallaby" is still Campese."""
    found = speakers(nlp, RUGBY)
    assert speaker_of(found, "If England lost that") == "David Campese", found


def test_a_nationality_after_a_sentence_about_someone_else_stays_unnamed(
    nlp: Language,
) -> None:
    """A sentence about Robinson and Wilkinson between: the description may be any of
    the three now."""
    found = speakers(nlp, RUGBY_COACH)
    assert speaker_of(found, "If England lost that") is None, found


SPEECH = """Director attacks leak site

Mark Dorsey's first public speech as CIA director was one of the angriest an agency
chief has given.

Dorsey declared, "They do not share our values. They want to do us harm."

The CIA director made no secret of his target. "It is time to call out the site for what
it is," he said from the podium.
"""

SPEECH_UNTIED = """Director attacks leak site

Mark Dorsey's first public speech as a senator was one of the angriest a lawmaker
has given.

Dorsey declared, "They do not share our values. They want to do us harm."

The CIA director made no secret of his target. "It is time to call out the site for what
it is," he said from the podium.
"""


def test_he_after_the_title_the_article_gave_the_speaker_with_as(nlp: Language) -> None:
    """ "his speech as CIA director": the CIA director is Dorsey, and so is "he"."""
    found = speakers(nlp, SPEECH)
    assert speaker_of(found, "It is time to call out") == "Mark Dorsey", found


def test_he_after_a_title_given_to_no_one_stays_unnamed(nlp: Language) -> None:
    """Dorsey is a senator here: the CIA director is someone else, and so is "he"."""
    found = speakers(nlp, SPEECH_UNTIED)
    assert speaker_of(found, "It is time to call out") is None, found


DOPING = """Hart wants drug cheats punished

Sarah Hart has called for athletes found guilty of doping to be treated as criminals.

The marathon world record holder believes more needs to be done to rid the sport of
suspicion. "Doping is a criminal offence and should be treated as such," the 30-year-old
told a Sunday newspaper.
"""

DOPING_COACH = """Hart wants drug cheats punished

Sarah Hart has called for athletes found guilty of doping to be treated as criminals.

The marathon world record holder believes coach Ian Marsh was right to speak out.
"Doping is a criminal offence and should be treated as such," the 30-year-old told a
Sunday newspaper.
"""


def test_an_age_goes_back_through_a_description_to_the_name(nlp: Language) -> None:
    """Hart, then "the marathon world record holder" (her, naming no one), then "the
    30-year-old": the chain of subjects goes back to Hart."""
    found = speakers(nlp, DOPING)
    assert speaker_of(found, "Doping is a criminal offence") == "Sarah Hart", found


def test_an_age_after_a_sentence_that_names_someone_else_stays_unnamed(
    nlp: Language,
) -> None:
    """The sentence between names Marsh: "the 30-year-old" may be him."""
    found = speakers(nlp, DOPING_COACH)
    assert speaker_of(found, "Doping is a criminal offence") is None, found


CROSS_COUNTRY = """Hill may miss world trials

Distance runner Mary Hill may miss the world cross-country trials in March.

British team member Anna Wood said the squad would understand if Hill stayed away.
"It would be great to have Mary with us," said the European cross-country champion.
"But running is an individual sport in the end."
"""

CROSS_COUNTRY_OTHER = """Hill may miss world trials

Distance runner Mary Hill may miss the world cross-country trials in March.

British team member Anna Wood said the squad would understand if Hill stayed away.
"It would be great to have Mary with us," said the other cross-country champion.
"But running is an individual sport in the end."
"""


def test_a_champion_described_by_the_kind_of_title_is_the_one_just_quoted(
    nlp: Language,
) -> None:
    """ "said the European cross-country champion" right after Anna Wood's reported
    words, no one else the subject since: a lower-case word before "champion" only says
    what kind of champion she is, so the words are Wood's."""
    found = speakers(nlp, CROSS_COUNTRY)
    assert speaker_of(found, "It would be great") == "Anna Wood", found


def test_the_other_champion_is_not_the_one_just_quoted(nlp: Language) -> None:
    """ "said the other cross-country champion": someone else than Wood, unnamed."""
    found = speakers(nlp, CROSS_COUNTRY_OTHER)
    assert speaker_of(found, "It would be great") is None, found
