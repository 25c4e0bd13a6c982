"""Speakers described by their body's generic head ("the Arsenal boss", "the UAW
chief") or by how long they have held a title ("the two-term president"), after the
article has given one person that body's top title (issue 11). Twins: where another
person of the same body is named, or the title names an office nobody was given, the
description stays unresolved. Each article is written for the test."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

CLUB = """Wenger hits back at rival

Arsenal manager Arsene Wenger {and}has hit back at Chelsea manager Jose Mourinho after
the weekend's bitter draw at Highbury.

Mourinho had accused the Gunners of diving in the second half. "They should be
ashamed," he said.

But later on Saturday Wenger spoke to a smaller group of reporters and expanded on his
reaction. "I have no diplomatic relations with him," the Arsenal boss said.

The clubs meet again in the FA Cup next month.
"""


def test_club_boss_is_the_clubs_manager(nlp: Language) -> None:
    """ "the Arsenal boss" after "Wenger spoke ...": the one person the article made
    Arsenal's manager."""
    found = speakers(nlp, CLUB.replace("{and}", ""))
    assert speaker_of(found, "I have no diplomatic relations") == "Arsene Wenger", found


def test_club_boss_with_two_club_officials_stays_unresolved(nlp: Language) -> None:
    """With Arsenal's vice-chairman named too, "the Arsenal boss" may be either."""
    article = CLUB.replace("{and}has", "and Arsenal vice-chairman David Dein have")
    found = speakers(nlp, article)
    assert speaker_of(found, "I have no diplomatic relations") is None, found


UNION = """Union ready for war with carmakers

{title} Owen Bieber was loudly cheered by 3,000 delegates in Detroit yesterday when he
declared that the union is ready to go to war against the big car makers.

"It takes two to make peace, but only one to make war," the UAW chief said.

The union's talks with Ford open next month.
"""


def test_union_chief_is_its_president(nlp: Language) -> None:
    found = speakers(nlp, UNION.format(title="UAW President"))
    assert speaker_of(found, "It takes two to make peace") == "Owen Bieber", found


def test_chief_of_a_body_nobody_was_tied_to_stays_unresolved(nlp: Language) -> None:
    """ "Union president Owen Bieber" is not given the UAW by name: "the UAW chief" is
    left unresolved rather than guessed."""
    found = speakers(nlp, UNION.format(title="Union president"))
    assert speaker_of(found, "It takes two to make peace") is None, found


def test_two_term_president_is_the_president(nlp: Language) -> None:
    article = """Obama to vouch for Clinton

US President Barack Obama will tell the Democratic convention on Wednesday that Hillary
Clinton is ready to lead the country.

Obama, speaking in Philadelphia, will make the case that Clinton is uniquely qualified.
"Nothing truly prepares you for the demands of the Oval Office," the two-term president
will say.
"""
    found = speakers(nlp, article)
    assert speaker_of(found, "Nothing truly prepares you") == "Barack Obama", found


def test_office_after_a_surname_stays_unresolved(nlp: Language) -> None:
    """ "Mr Okafor said ... the home secretary said": an office nobody in the article was
    given is someone else's."""
    article = """Ministers split over prisons

Tory MP Daniel Okafor has attacked plans to build three new prisons in the north.

Mr Okafor said the money would be better spent on probation. "We cannot build our way
out of this," the home secretary said.
"""
    found = speakers(nlp, article)
    assert speaker_of(found, "We cannot build our way") is None, found


SENATE = """Senator urges rate cut

Senate Finance Committee Chairman Lloyd Bentsen (D-Tex.) called on major industrial
countries to cut interest rates.

{between}

Bentsen predicted Congress would agree on a budget that would raise new revenues. The
{described} said a series of excise taxes would be considered.
"""
DARMAN = "Deputy Treasury Secretary Richard Darman said the dollar had not fallen enough."


def test_state_senator_is_the_lawmaker_tagged_with_that_state(nlp: Language) -> None:
    """ "Lloyd Bentsen (D-Tex.) ... The Texas senator said": the party-state tag says
    whose state it is."""
    found = speakers(nlp, SENATE.format(between=DARMAN, described="Texas senator"))
    assert speaker_of(found, "a series of excise taxes") == "Lloyd Bentsen", found


def test_state_or_party_the_tag_does_not_give_stays_unresolved(nlp: Language) -> None:
    """ "the Ohio Democrat", "the Texas Republican" after a Texas Democrat: someone else."""
    for described in ("Ohio Democrat", "Texas Republican"):
        found = speakers(nlp, SENATE.format(between=DARMAN, described=described))
        assert speaker_of(found, "a series of excise taxes") is None, (described, found)


def test_two_lawmakers_of_the_state_leave_the_state_senator_unresolved(
    nlp: Language,
) -> None:
    between = "Senator Phil Gramm (R-Tex.) said the dollar had not fallen enough."
    found = speakers(nlp, SENATE.format(between=between, described="Texas senator"))
    assert speaker_of(found, "a series of excise taxes") is None, found


def test_former_club_boss_is_not_the_clubs_manager(nlp: Language) -> None:
    """ "the former Arsenal boss" is someone who no longer holds it, not Wenger."""
    article = CLUB.replace("{and}", "").replace("the Arsenal boss", "the former Arsenal boss")
    found = speakers(nlp, article)
    assert speaker_of(found, "I have no diplomatic relations") is None, found
