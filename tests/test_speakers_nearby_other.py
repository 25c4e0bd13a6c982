"""A quotation with no tag of its own is not lent the speaker of the sentence beside it
when the article says otherwise (issue 11: no quotation given to the wrong person): its
own sentence names someone else before the words ("When Vance finally wrapped up —
“...” —"), or the verb of speech after it sits in an "as" clause that vouches for its
own sentence only ("And as Ruth Menard pointed out, ..."). The quotation is kept
without a speaker. Each article is written for the test; each assertion reads the
published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

WRAPPED = """Convention closes

"We are here for the party, not for one man," said delegate Carl Hobson, who wore a \
cowboy hat. He said the week had been long.

When Vance finally wrapped up — "I will fight for you, and I will win for you!" — the \
balloons came down on the crowd.
"""


def test_a_sentence_about_another_person_does_not_borrow_the_speaker(nlp: Language) -> None:
    """The words Vance closed with are not the delegate's, whom the sentence before
    quoted: they stay, with no speaker."""
    found = speakers(nlp, WRAPPED)
    assert speaker_of(found, "I will fight for you") is None, found
    assert speaker_of(found, "We are here for the party") == "Carl Hobson", found


AS_CLAUSE = """Clinic closures in Texas

Dana Whitfield also spoke about the case before the court on Tuesday.
"Roe is the law of the land. But it is not a right if you cannot reach a clinic."
And as Ruth Menard pointed out, new laws have a real impact on women far from the capital.
"""


def test_an_as_clause_after_the_words_does_not_name_their_speaker(nlp: Language) -> None:
    """ "as Ruth Menard pointed out, new laws ...": Menard's point is the rest of her
    sentence, not the quotation before it."""
    found = speakers(nlp, AS_CLAUSE)
    assert speaker_of(found, "Roe is the law of the land") != "Ruth Menard", found
