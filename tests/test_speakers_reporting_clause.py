"""The reporting clause's own speaker (issue 11: no quotation given to the wrong
person): a speech verb in a clause opened by "after"/"when" that follows the
quotation's own tag, and a denied speech verb ("cannot say"), do not take the
quotation from the one who said it. Each article is written for the test; each
assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

AFTER = """Debate fact check

"I never said that. I never said that," Trump said, after CNBC's Janet Price said the \
billionaire front-runner had derisively referred to Sen. Marco Rubio (R-Fla.) as the \
"personal senator" of Facebook mogul Mark Zuckerberg.
"""


def test_a_speech_verb_after_after_does_not_take_the_tag(nlp: Language) -> None:
    """ "“...,” Trump said, after CNBC's Janet Price said ...": Trump's words, not the
    moderator's, whose "said" the parser makes the root that the quotation hangs on."""
    found = speakers(nlp, AFTER)
    assert speaker_of(found, "I never said that") == "Trump", found


DENIED = """Campaign chief faults FBI director

Former campaign manager Dale Harlow faulted FBI Director Tom Garrick on Wednesday. Garrick \
cannot say that "from his perspective," Harlow added, saying it should be "up to the \
prosecutor to move forward or not."
"""


def test_a_denied_speech_verb_speaks_no_quotation(nlp: Language) -> None:
    """ "Garrick cannot say that ... Harlow added, saying it should be “...”": Harlow's
    words, not those of Garrick, who is said not to say anything."""
    found = speakers(nlp, DENIED)
    assert speaker_of(found, "up to the prosecutor") == "Dale Harlow", found
