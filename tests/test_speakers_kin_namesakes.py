"""One surname, several people (issue 11, surname30): a relative the article introduces
as such ("his older brother, Walter") is not who "Mr. Hargreave said" means in the
story of the one whose relative they are, and an honorific rules out the namesakes of
the other sex. Where the relative is named in full right before, the surname is left
open. Each article is written for the test; each assertion reads the published
speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

BROTHERS = """For a builder, lessons from a brother

Mr. Hargreave seldom speaks of his older brother, Walter, who died in 1990.

Daniel Hargreave, the developer, met his older brother, Walter, for dinner in 1975.

The painful case of Walter Hargreave, eight years older and once the heir to the \
family business, is seldom told.

Walter was a pilot who loved to fly and joked with his friends at the table.

The family had hoped he would run the business.

Walter, as he was known, "never really loved the business," Mr. Hargreave said. \
"My father put a lot of pressure on him."

The business grew fast in the years that followed.

"I watched him, and I learned from him," Mr. Hargreave said.
"""


def test_a_surname_is_not_the_relative_introduced_as_such(nlp: Language) -> None:
    """Walter, "his older brother", is not "Mr. Hargreave" in Daniel's story."""
    found = speakers(nlp, BROTHERS)
    assert speaker_of(found, "never really loved") == "Daniel Hargreave", found
    assert speaker_of(found, "I watched him") == "Daniel Hargreave", found


FATHER_AT_HAND = """Senator recalls his father's flight

Senator Paul Ostrander spoke about his family on Tuesday.

His father, Miguel Ostrander, fled the island in 1957 with $100 sewn into his coat. \
"He viewed it as a rejection of his heritage," Mr. Ostrander said.
"""


def test_a_relative_named_in_full_right_before_leaves_the_surname_open(
    nlp: Language,
) -> None:
    """The father is named in full in the sentence before: either may speak."""
    found = speakers(nlp, FATHER_AT_HAND)
    assert speaker_of(found, "He viewed it") is None, found


SPEAKER = """Former Speaker calls for new post in the Lords

Former Commons Speaker Betty Boothroyd has said the House of Lords needs its own \
Speaker.

Baroness Boothroyd said reforms had been made without a clear plan. "Now we have to \
make the best of it," she said.

The government wants to abolish the post of lord chancellor.

Lady Boothroyd said it was unacceptable for one minister to hold both roles.
"""


def test_a_title_and_surname_is_the_one_given_named_person_of_that_sex(
    nlp: Language,
) -> None:
    """ "Lady Boothroyd", which the actor merge left apart from "Betty Boothroyd" and
    "Baroness Boothroyd", is Betty Boothroyd, the one person of the surname with a given
    name."""
    found = speakers(nlp, SPEAKER)
    assert speaker_of(found, "it was unacceptable") == "Betty Boothroyd", found
