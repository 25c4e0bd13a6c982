"""Bodies and names written inside the speaker mention (issue 11, "right speakers"): a
body the model missed but the mention's grammar names ("the NGO Safe Lines Watch said",
"The Holloway campaign said", "the most recent PollTrack average"), the paper behind a
titled column ("The Daily Courier's Money Matters said"), and a name typed with a space
after its apostrophe ("Rory O' Neill"), over a multi-paragraph quotation written the BBC
way. Generic mentions keep no speaker. Each article is written for the test; each
assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

RAIDS = """Charities fear surveillance

Police raided the offices of six charities in Hebron on Monday, and the mayor, Jane
Holloway, defended the raids.

The Holloway campaign said the raids were lawful.

Six of the activists had their phones hacked, the NGO Safe Lines Watch said.

Support for Ms Holloway fell to 31%, according to the most recent PollTrack average of local polls.

A doctor from Safe Lines Watch said the clinics were closed. The Smiths said they were
shocked. Officials said the raids would go on.
"""


def test_a_body_named_inside_the_mention_speaks(nlp: Language) -> None:
    """The campaign a person leads, a body named after a noun that describes it, and the
    publisher of a poll average speak under their own names."""
    found = speakers(nlp, RAIDS)
    assert speaker_of(found, "the raids were lawful") == "Holloway campaign", found
    assert speaker_of(found, "Six of the activists") == "Safe Lines Watch", found
    assert speaker_of(found, "Support for Ms Holloway") == "PollTrack", found


def test_people_and_generic_sources_stay_as_they_are(nlp: Language) -> None:
    """ "A doctor from Safe Lines Watch" is the doctor, "The Smiths" a family, and
    "Officials" nobody named: no body is made their speaker."""
    found = speakers(nlp, RAIDS)
    assert speaker_of(found, "the clinics were closed") is None, found
    assert speaker_of(found, "they were shocked") is None, found
    assert speaker_of(found, "the raids would go on") is None, found


def test_the_body_is_an_actor_of_the_page(nlp: Language) -> None:
    """A body that speaks is listed with the article's actors, as an organisation."""
    extraction, _ = extract_document(parse(nlp, RAIDS))
    types = {actor.name: actor.type for actor in extraction.actors}
    assert types.get("Holloway campaign") == "organization", types
    assert types.get("Safe Lines Watch") == "organization", types


COLUMN = """Shares climb again

Shares in London rose for a third day on Tuesday.

"The mood has turned," said the Vox Populi (Voice of the People) column.
"""


def test_a_column_is_no_body(nlp: Language) -> None:
    """ "said the Vox Populi (...) column": the column's name is not a body's."""
    found = speakers(nlp, COLUMN)
    assert speaker_of(found, "The mood has turned") is None, found


SAFETY = """Safety reps 'save lives'

Workplaces with union safety representatives have half the injury rate of others, a study
says.

Rory O' Neill, editor of the magazine that ran the study, said: "Safety reps save lives.
"Deaths at work rose last year. "It would be a mistake to ignore this."
"""


def test_a_name_with_a_space_after_its_apostrophe(nlp: Language) -> None:
    """ "Rory O' Neill ... said:" followed by quoted paragraphs that each reopen the
    quotation: every part is his, under his name as it is spelt."""
    found = speakers(nlp, SAFETY)
    assert speaker_of(found, "Safety reps save lives") == "Rory O'Neill", found
    assert speaker_of(found, "Deaths at work rose") == "Rory O'Neill", found
    assert speaker_of(found, "It would be a mistake") == "Rory O'Neill", found


AIRBAGS = """Carmaker to offer airbags

DETROIT, March 3 - General Motors Corp will offer airbags on more of its cars next year.

GM said the airbags would be optional on its smaller models. A GM spokesman said prices
had not been set.
"""


def test_an_acronym_is_the_body_of_those_initials(nlp: Language) -> None:
    """ "GM said" in an article that names General Motors Corp: the company suffix is no
    part of the initials."""
    found = speakers(nlp, AIRBAGS)
    assert speaker_of(found, "the airbags would be optional") == "General Motors Corp", found


PARADE = """Planes fly protest over parade

Crowds lined the streets for the parade on Friday morning, and the Daily Ledger reported
that six small planes wrote messages in the sky.

"Vote for anyone else," read one. "Go home," was another.
"""


def test_a_quotation_with_a_tag_of_its_own_is_not_the_reporters(nlp: Language) -> None:
    """ "“Vote for anyone else,” read one.": the words are a message's, not those of the
    paper that reported the planes in the sentence before."""
    found = speakers(nlp, PARADE)
    assert speaker_of(found, "Vote for anyone else") is None, found


VIRUS = """Virus spreads by email

A new virus is spreading fast through office email, security experts say.

Danish anti-virus firm K-Guard said it had seen thousands of copies. The Northern Ledger
newspaper said the virus had hit its own offices. A press release from the Cyber Safety
Alliance said users should not open attachments.

A former employee of K-Guard said the firm was slow.
"""


def test_bodies_described_around_their_names(nlp: Language) -> None:
    """A firm named after what it is, a paper named before the noun "newspaper" (not
    the firm named the sentence before), and the body a press release comes from; a
    former employee no longer speaks for the firm."""
    found = speakers(nlp, VIRUS)
    assert speaker_of(found, "it had seen thousands") == "K-Guard", found
    assert speaker_of(found, "the virus had hit") == "Northern Ledger", found
    assert speaker_of(found, "users should not open") == "Cyber Safety Alliance", found
    assert speaker_of(found, "the firm was slow") is None, found


MARKETS = """Shares rise again

Shares rose again on Wall Street on Tuesday.

The Chicago Times Market Watch column said the first hour of trading was becoming more
important. Indeed, the column said most of the gain came in that hour.
"""


def test_a_papers_column_speaks_for_the_paper(nlp: Language) -> None:
    """ "The Chicago Times Market Watch column said": the paper speaks, under its own
    name; the column's title is no part of it."""
    found = speakers(nlp, MARKETS)
    assert speaker_of(found, "the first hour of trading") == "Chicago Times", found
    assert speaker_of(found, "most of the gain") == "Chicago Times", found


LAWSUIT = """Sprinter sues coach

Anna Reyes has filed a lawsuit for defamation against her former coach, Victor Hale,
following his claims about her training.

Hale made the claims in a television interview last month. Her lawsuit, filed in a
federal court in Denver, said the sprinter had passed a lie detector test and that she
"has never taken any banned substance in her career".
"""


def test_a_possessive_pronoun_opening_a_sentence_is_no_body(nlp: Language) -> None:
    """ "Her lawsuit ... said": the capital of "Her" only opens the sentence. The lawsuit
    is hers, not a body's called "Her", so no organisation "Her" speaks or is listed."""
    found = speakers(nlp, LAWSUIT)
    assert speaker_of(found, "has never taken any banned substance") != "Her", found
    extraction, _ = extract_document(parse(nlp, LAWSUIT))
    assert "Her" not in {actor.name for actor in extraction.actors}
