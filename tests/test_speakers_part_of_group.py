"""A part of a group as speaker (issue 11, a quote given to the wrong person): "some
Republican leaders said", "Several Opec members said", "Some in the 'Bernie or Bust'
crowd argued" are some members speaking, neither the body (the party, Opec) nor a person
named inside the phrase. The quotation keeps no speaker. A phrase that names its member
in apposition ("One of the bidders, steel group LNM, said", "One of the mill's managers,
David Redvers, said") still gives that member.
Each article is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

MEMBERS = """Party splits over trade deal

The Republican Party has backed the trade deal in a vote on Tuesday. But some Republican
leaders said the deal would cost factory jobs in their states.

Several Opec members said they would not cut output next month, despite the fall in
prices. Opec is due to meet in Vienna.
"""


def test_some_members_are_not_their_party_or_body(nlp: Language) -> None:
    found = speakers(nlp, MEMBERS)
    assert speaker_of(found, "the deal would cost factory jobs") is None, found
    assert speaker_of(found, "they would not cut output") is None, found


CROWD = """Sanders backers split

Senator Bernie Sanders endorsed Hillary Clinton on Tuesday in New Hampshire. Some in the
"Bernie or Bust" crowd argued that the senator had given up too soon.
"""


def test_a_part_of_a_crowd_named_after_a_person_is_not_that_person(nlp: Language) -> None:
    found = speakers(nlp, CROWD)
    assert speaker_of(found, "the senator had given up") is None, found


NAMED_MEMBER = """Steel bid fails

Arcelor won the auction for the steel mill on Monday. One of the jilted bidders,
Netherlands-based group LNM, said it would not appeal against the decision.

One of the mill's managers, David Redvers, said the workers were relieved.
"""


def test_a_part_that_names_its_member_keeps_the_member(nlp: Language) -> None:
    found = speakers(nlp, NAMED_MEMBER)
    assert speaker_of(found, "it would not appeal") == "LNM", found
    assert speaker_of(found, "the workers were relieved") == "David Redvers", found
