"""A quotation whose own sentence says who spoke it keeps that speaker (issue 11, wrong
speakers): a report inside an "after" clause or a preposition's clause is its
speaker's, not the main clause's ("After Marsh said ... “...,” Delaney said:"; "under
what Mr. Okafor called “...”, the club charged"); a verb whose own words are another
quotation does not take the one beside it ("a clip that Judge Hale called
“distasteful,” Santini expressed a desire to “...”"). Each article is written for the
test; each assertion reads the speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

AFTER_CLAUSE = """Court row

Justice Henry Marsh drew criticism this week. After Marsh said that students who did
not qualify for elite colleges might do better at "slower-track schools," Governor Paul
Delaney said: "I don't like what he said, no, I don't like what he said."
"""


def test_a_report_inside_an_after_clause_is_its_own_speakers(nlp: Language) -> None:
    """The quoted "slower-track schools" are Marsh's words, not Delaney's."""
    found = speakers(nlp, AFTER_CLAUSE)
    assert speaker_of(found, "students who did not qualify") == "Henry Marsh", found
    assert speaker_of(found, "I don't like what he said") == "Paul Delaney", found


WHAT_HE_CALLED = """Golf clubs struggle

Oliver Okafor, a consultant to golf clubs, said many courses had closed. In 2009, under
what Mr. Okafor called ''the old membership model,'' the Harbour Point Country Club,
a private course north of here, charged a $100,000 initiation fee.
"""


def test_what_someone_called_is_their_words_not_the_main_clauses(nlp: Language) -> None:
    found = speakers(nlp, WHAT_HE_CALLED)
    assert speaker_of(found, "the old membership model") == "Oliver Okafor", found


OWN_QUOTATION = """Militia leader in court

In the hearing, prosecutors played recordings of the broadcasts. And, in a clip that
U.S. District Judge Michael Hale called "distasteful," Santini expressed a desire to
"try, convict and shoot the governor."
"""


def test_a_verb_with_a_quotation_of_its_own_does_not_speak_the_next(nlp: Language) -> None:
    """The judge's word is "distasteful"; the words Santini wished are not the judge's."""
    found = speakers(nlp, OWN_QUOTATION)
    assert speaker_of(found, "try, convict") != "Michael Hale", found
