"""A candidate's campaign speaking where the mention does not name the candidate (issue
11, speaker target): "his campaign said", "the campaign said" after the article has
named one campaign, "campaign aides said", and "Huckabee's campaign said" where the
model tags the name as a body. Each article is written for the test; the twins keep the
quote open where two campaigns are named or the campaign is the subject of no report.
Each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

POSSESSIVE_PRONOUN = """Wexford raises record sum

Senator Harold Wexford raised more than $30 million in the last quarter of the year.

Wexford spent heavily on television in Iowa. His campaign said he ended December with
$28 million in cash.
"""


def test_his_campaign_is_the_candidates_campaign(nlp: Language) -> None:
    found = speakers(nlp, POSSESSIVE_PRONOUN)
    assert speaker_of(found, "he ended December") == "Wexford campaign", found


BARE = """Wexford campaign weighs recount

Senator Harold Wexford lost Missouri by a few hundred votes on Tuesday.

The Wexford campaign said on Wednesday that it would look into the recount process.
Regarding the recount, the campaign said in a statement: "We will count every vote."
"""


def test_the_campaign_is_the_one_campaign_named_before(nlp: Language) -> None:
    found = speakers(nlp, BARE)
    assert speaker_of(found, "We will count") == "Wexford campaign", found


TWO_CAMPAIGNS = """Rivals weigh recount

The Wexford campaign said on Wednesday that it would look into the recount process in
Missouri. The Delacroix campaign said it would not object.

If only a few delegates are at stake, the campaign said, it may not ask for a recount.
"""


def test_the_campaign_after_two_campaigns_is_no_one(nlp: Language) -> None:
    found = speakers(nlp, TWO_CAMPAIGNS)
    assert speaker_of(found, "If only a few") is None, found


STAFF = """Wexford raises record sum

Senator Harold Wexford raised more than $30 million, the Wexford campaign said on
Saturday.

Campaign aides said the average donation was $27.
"""


def test_unnamed_campaign_staff_speak_for_the_campaign(nlp: Language) -> None:
    found = speakers(nlp, STAFF)
    assert speaker_of(found, "the average donation") == "Wexford campaign", found


NOT_A_SPEAKER = """Wexford campaign weighs recount

The Wexford campaign said on Wednesday that it would look into the recount process.

"The campaign has been ugly," Senator Lisa Moreau said.
"""


def test_the_campaign_inside_the_words_is_not_the_speaker(nlp: Language) -> None:
    found = speakers(nlp, NOT_A_SPEAKER)
    assert speaker_of(found, "The campaign has been ugly") == "Lisa Moreau", found


POSSESSIVE_FORMS = """Rivers and Wexford report their funds

Senator Tom Rivers raised $12 million in January. Rivers\u2019 campaign said it had spent
less than half of it.

Governor Harold Wexford raised $9 million. Wexford's presidential campaign said the
average donation was $31.
"""


def test_possessive_campaigns_under_the_surname(nlp: Language) -> None:
    """ "Rivers' campaign" (a typographic apostrophe) is the Rivers campaign, not a body
    named as written, and an adjective between the possessive and the noun still names
    the campaign."""
    found = speakers(nlp, POSSESSIVE_FORMS)
    assert speaker_of(found, "it had spent") == "Rivers campaign", found
    assert speaker_of(found, "the average donation") == "Wexford campaign", found


DATED = """Wexford doubles down

Senator Harold Wexford lost Missouri on Tuesday.

The Wexford campaign on Monday also doubled down on its attacks on Governor Lisa
Moreau, saying she was not ready for the job.
"""


def test_a_date_after_the_campaign_is_not_part_of_its_name(nlp: Language) -> None:
    found = speakers(nlp, DATED)
    assert speaker_of(found, "she was not ready") == "Wexford campaign", found
