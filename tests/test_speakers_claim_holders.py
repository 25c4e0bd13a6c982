"""Who holds a claim noun with no owner (issue 11, a quote given to the wrong person):
"Burton sacked two managers after allegations that they had broken the rules", "the
Commerce Department began investigating complaints that steel was dumped" and "faces
trial on charges that he oversaw the fraud" give the claim to no one named: the
allegations, complaints and charges are others'. The subject holds it where it voices
it: "made the argument that". Each article is written for the test; each assertion
reads the published speakers (a claim left to no one may not be shown at all)."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

OTHERS = """Aircraft maker sacks managers

Burton Aircraft sacked two senior managers in March after allegations that they had
broken the company's hiring rules.

The Commerce Department began investigating complaints that foreign makers had dumped
steel tubes on the American market.

Former Burton chief executive Peter Walsh is to face trial this month on criminal
charges that he oversaw the fraud.
"""


def _speakers_of(found: dict[str, str | None], opening: str) -> set[str | None]:
    """The speakers shown for the quotations opening with `opening` (none shown: empty)."""
    return {speaker for text, speaker in found.items() if text.startswith(opening)}


def test_a_claim_the_subject_only_meets_is_not_its_own(nlp: Language) -> None:
    found = speakers(nlp, OTHERS)
    assert _speakers_of(found, "they had broken") <= {None}, found
    assert _speakers_of(found, "foreign makers had dumped") <= {None}, found
    assert _speakers_of(found, "he oversaw the fraud") <= {None}, found


VOICED = """Governor attacks rival

Governor Chris Hale made the argument that the new budget would hurt schools in every
county of the state, at a rally in Trenton on Monday.
"""


def test_a_claim_the_subject_voices_is_its_own(nlp: Language) -> None:
    found = speakers(nlp, VOICED)
    assert speaker_of(found, "the new budget would hurt") == "Chris Hale", found
