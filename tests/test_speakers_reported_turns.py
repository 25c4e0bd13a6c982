"""A "she said" after the story turns to another woman (issue 11: wrong speakers).

"Sucher said ... Aides say Ivanka Trump also advises her father ... “...,” she said": the
reported speech names the woman the story goes on about, so the quote is not the
professor's quoted before. And a person's full name the model mislabels once (a product)
is still her mention there, else that turn is invisible. "The candidate said" after a
host asked a governor about his path is not the host's. A surname a "he" goes on from is
a person, never the short form of "the Trump Train". Articles written for these tests.
"""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language
from spacy.tokens import Span

from generator.extract import extract_document
from generator.extract.actors.collect import _collect_mentions
from generator.reading.layout import parse

TURN = """Designer defends leave policy

"Leaders who are serious about their values know their partners," said Helen Marsh, a
business school professor who studies ethics.

In addition to paid leave, aides say Clara Voss also advises her father on equal pay and
child care.

"Women are paid equally for the work that we do," she said at the convention.
"""

SAME = """Professor backs leave policy

"Leaders who are serious about their values know their partners," said Helen Marsh, a
business school professor who studies ethics.

Aides say the policy is under review.

"Women are paid equally for the work that we do," she said.
"""


def test_she_after_a_turn_to_another_woman_is_not_the_last_speaker(nlp: Language) -> None:
    found = speakers(nlp, TURN)
    assert speaker_of(found, "Leaders who are serious") == "Helen Marsh"
    assert speaker_of(found, "Women are paid equally") != "Helen Marsh"


def test_she_goes_on_with_the_last_speaker_when_no_one_else_is_reported(
    nlp: Language,
) -> None:
    found = speakers(nlp, SAME)
    assert speaker_of(found, "Women are paid equally") == "Helen Marsh"


def test_a_full_name_mislabelled_once_is_still_a_mention(nlp: Language) -> None:
    """The model's label for the second "Clara Voss" is a product's: the mention is
    kept, as a person's, beside the first."""
    doc = nlp("Clara Voss said the plan was overdue. Aides say Clara Voss advises her father.")
    second = [i for i, t in enumerate(doc) if t.text == "Clara"][1]
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, second, second + 2, label="PRODUCT"),
    ]
    names = [m.name for m in _collect_mentions(doc, None)]
    assert names.count("Clara Voss") == 2


def test_a_name_inside_a_longer_name_is_no_mention(nlp: Language) -> None:
    doc = nlp("Clara Voss said the plan was overdue. The Clara Voss Foundation gave money.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    names = [m.name for m in _collect_mentions(doc, None)]
    assert names.count("Clara Voss") == 1


CANDIDATE = """Governor bets on open convention

Ohio Gov. Tom Reardon received an enthusiastic reception Friday afternoon at the
conservative convention.

At the convention, radio host Greg Hollins asked Reardon, who is currently fourth in the
delegate count, to lay out his path to becoming the party's nominee in July.

The candidate said he does not believe any of his rivals will secure the delegates needed
to clinch the nomination.
"""


def test_a_governor_asked_is_a_candidate_the_description_may_mean(nlp: Language) -> None:
    """ "The candidate said" after "host Greg Hollins asked Reardon ...": a governor runs
    too, so the host the sentence is about is not the only one "the candidate" may
    mean."""
    found = speakers(nlp, CANDIDATE)
    assert speaker_of(found, "he does not believe") != "Greg Hollins"


TRAIN = """The case for the outsider

For those of you not yet on the Trump Train, I know you don't want to vote for the other
side, but the pundits have been trying to convince you that Trump's a complete fraud.

It's odd. When Trump launched his campaign by talking about the wall, his critics were
furious.

He bases this claim on a remark Trump made as a businessman four years ago in which he
repeated the official party line.

To wit, Trump told Newsmax that the governor "had a crazy policy which was maniacal,"
adding, "He lost all of the votes."

It is strange that Trump would denounce the policy. So is Trump lying about his
signature issue?
"""


def test_a_surname_a_pronoun_goes_on_from_is_no_short_form_of_a_body(nlp: Language) -> None:
    """ "Trump" (a "he" goes on from it) is not "the Trump Train" the model calls a
    body: a person of his own, and the speaker of his words."""
    extraction, _ = extract_document(parse(nlp, TRAIN))
    types = {actor.name: actor.type for actor in extraction.actors}
    assert types.get("Trump") == "person"
    found = speakers(nlp, TRAIN)
    assert speaker_of(found, "had a crazy policy") == "Trump"
