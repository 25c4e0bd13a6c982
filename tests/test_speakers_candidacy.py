"""Descriptions US political news gives a person or a campaign instead of the name
(issue 11, missing speakers named by a description): "Clinton acknowledged ... The
Democratic presidential nominee explained" (a word for a candidacy, said of the
article's main person just named as the subject) and "Clinton's campaign said" (the
body the person leads, as "the Clinton campaign" is). Counted on PolNeAR train; each
article here is written for the test, each with a twin where the description may be
someone else or the words are not the campaign's, and the quote stays unattributed.
Each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

NOMINEE = """Ellison explains remarks on trade

Margaret Ellison on Friday tried to clarify her remarks about trade, a subject that has
dogged her campaign for months.

Ellison acknowledged that she had misspoken when she said that the trade pact had been
signed.

The Democratic presidential nominee explained that she had meant "the first draft of the
pact" and not the final text.
"""


def test_the_nominee_is_the_main_person_just_named(nlp: Language) -> None:
    """Ellison is the subject of the sentence before and the person the story is about."""
    found = speakers(nlp, NOMINEE)
    assert speaker_of(found, "the first draft") == "Margaret Ellison", found


RIVALS = """Ellison explains remarks on trade

Margaret Ellison on Friday tried to clarify her remarks about trade, a subject that has
dogged her campaign for months.

Ellison acknowledged that she had misspoken when she said that Paula Brandt had signed
the trade pact.

The presidential nominee explained that she had meant "the first draft of the pact" and
not the final text.
"""


def test_another_person_named_before_leaves_the_nominee_open(nlp: Language) -> None:
    """Brandt, given no office, may be a nominee as well."""
    found = speakers(nlp, RIVALS)
    assert speaker_of(found, "the first draft") is None, found


MAYOR = """Wendell calls for patrols near stadium

Tom Wendell on Thursday called for more police patrols near the stadium. Wendell said
the city had been too slow. Wendell spoke at a rally.

Wendell asked Mayor Rita Osei to restore the unit. Osei disbanded the unit in April.

"There is trouble like nobody has ever seen," the Republican presidential candidate said
in a radio interview.
"""


def test_the_subject_before_who_holds_an_office_is_no_candidate(nlp: Language) -> None:
    """Osei, the subject just before, is the mayor and no main person: left open."""
    found = speakers(nlp, MAYOR)
    assert speaker_of(found, "There is trouble") is None, found


CAMPAIGN = """Okafor shifts staff to the early states

Martin Okafor's campaign said it would move staff from its Baltimore headquarters to
the early states.
"""


def test_a_persons_campaign_is_the_campaign(nlp: Language) -> None:
    """ "Okafor's campaign said": the Okafor campaign speaks, not Okafor."""
    found = speakers(nlp, CAMPAIGN)
    assert speaker_of(found, "it would move staff") == "Okafor campaign", found


VIDEO = """Okafor goes on the offensive

Martin Okafor's campaign tweeted a video that showed Tom Wendell talking about the farm
bill, saying that the subsidies would end within a year.
"""


def test_words_in_the_campaigns_video_are_not_the_campaigns(nlp: Language) -> None:
    """Wendell says it in the video the campaign sent: not the campaign's words."""
    found = speakers(nlp, VIDEO)
    assert speaker_of(found, "the subsidies would end") is None, found


AUDIENCE = """Ellison meets the archbishop

ROME - Margaret Ellison met privately with Pope Leo on Saturday, a detour
from the campaign.

The Democratic presidential candidate said the meeting was "a private visit, not an
endorsement of anyone."

"He is a man of peace," Ellison said. Ellison flew home on Sunday.
"""


def test_a_title_written_with_the_name_rules_that_person_out(nlp: Language) -> None:
    """ "Pope Leo", the title written as part of the name, holds an office no candidate
    holds: the candidate is Ellison, the subject of the sentence before."""
    found = speakers(nlp, AUDIENCE)
    assert speaker_of(found, "a private visit") == "Margaret Ellison", found


RIVAL_MET = AUDIENCE.replace("Pope Leo", "Tomas Varga")


def test_a_person_written_without_a_title_still_leaves_it_open(nlp: Language) -> None:
    """The same article with plain "Tomas Varga": he may be a candidate too."""
    found = speakers(nlp, RIVAL_MET)
    assert speaker_of(found, "a private visit") is None, found


OTHER_PARTY = """Ellison answers critics on trade

Republican front-runner Margaret Ellison on Friday tried to clarify her remarks about
trade. Ellison said she had misspoken. Ellison spoke in Iowa.

Ellison acknowledged that she had misspoken about the pact.

The Democratic presidential candidate explained that she had meant "the first draft of
the pact" and not the final text.
"""


def test_a_person_of_the_other_party_is_not_the_candidate(nlp: Language) -> None:
    """Ellison is the Republican front-runner: "the Democratic presidential candidate" is
    someone else, left open."""
    found = speakers(nlp, OTHER_PARTY)
    assert speaker_of(found, "the first draft") is None, found


SAME_PARTY = OTHER_PARTY.replace("The Democratic", "The Republican")


def test_a_person_of_that_party_is_the_candidate(nlp: Language) -> None:
    """The twin: "the Republican presidential candidate" is Ellison."""
    found = speakers(nlp, SAME_PARTY)
    assert speaker_of(found, "the first draft") == "Margaret Ellison", found
