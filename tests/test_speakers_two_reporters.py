"""A participle of speech ("adding", "saying") that the parser hangs on a reported
clause is not given to that clause's subject when the reporter is another person (issue
11: no quotation given to the wrong person): "Vance told Newsmax that Mitt Romney “had a
crazy policy ...,” adding, “He lost ...”" adds Vance's words, not Romney's. Each article
is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

ADDING = """Vance on the race

To wit, Gordon Vance told Newsmax that Mitt Romney “had a crazy policy of \
self-deportation which was maniacal,” adding, “He lost all of the Latino vote … he lost \
everybody who is inspired to come into this country.”
"""


def test_a_participle_hung_on_a_reported_clause_is_not_its_subjects(nlp: Language) -> None:
    """ "adding, “He lost ...”" is not Romney's: Romney is who Vance talks about."""
    found = speakers(nlp, ADDING)
    assert speaker_of(found, "He lost all of the Latino vote") != "Mitt Romney", found


SAYING = """Activists press candidate

Alongside calls for action, even a top GOP strategist said Clinton will have to choose \
whose side she's on, saying, “At some point, she's going to have to pick.”
"""


def test_a_strategists_participle_is_not_the_candidates(nlp: Language) -> None:
    """The strategist says what Clinton will have to do; "saying, “...”" is not hers."""
    found = speakers(nlp, SAYING)
    assert speaker_of(found, "At some point") != "Clinton", found
