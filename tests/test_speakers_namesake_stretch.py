"""One surname, two people (issue 11, heads28): a bare surname is the one namesake its
stretch (its paragraph or the one before) names in full, when that one is the person
the story is about; where the stretch names another namesake, or both, it is left open
(no speaker, the surname shown as written) rather than given by a default. Each
article is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

CHARITY = """Son defends father's gifts to his charity

Eric Trump said on Monday that his father had been generous to his foundation.

Records show that Donald Trump has given away only $2.8 million through his own \
foundation, and none of it to his son's charity since 2008. Trump has said he gives \
millions to charity.

Then, last week, Eric Trump called.

"My father has given me and my foundation hundreds of thousands of dollars," Trump said.
"""


def test_a_surname_after_the_other_namesake_is_left_open(nlp: Language) -> None:
    """ "Donald Trump has given ... Trump has said" in Eric Trump's story: not Eric's,
    whoever the actor merge gave the story's "Trump" to."""
    found = speakers(nlp, CHARITY)
    assert speaker_of(found, "he gives millions") is None, found


def test_a_surname_is_the_one_its_stretch_names(nlp: Language) -> None:
    found = speakers(nlp, CHARITY)
    assert speaker_of(found, "My father has given me") == "Eric Trump", found
    assert speaker_of(found, "his father had been generous") == "Eric Trump", found
