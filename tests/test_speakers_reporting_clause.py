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


COORDINATED = """Rivals attack the president

Senator Tom Garrick accuses Obama of "leading from behind" and Dale Harlow says he's \
"losing the war on terrorism," part of a verbal lashing they have given the president.
"""


def test_a_second_report_joined_by_and_keeps_its_own_speaker(nlp: Language) -> None:
    """ "Garrick accuses Obama of “...” and Harlow says he's “losing the war”": Harlow's
    words, not Garrick's, whose verb the parser makes the head of Harlow's "says"."""
    found = speakers(nlp, COORDINATED)
    assert speaker_of(found, "losing the war") == "Dale Harlow", found


WARNING = """Island runs short of cash

It is not clear how long her particular brand of magic can continue. Puerto Rico has \
been warning that it is running out of cash, and Ms. Acosta said the "extraordinary \
measures" she had been using to produce cash so far were unsustainable.
"""


def test_a_name_after_and_said_is_not_the_first_clause_subject(nlp: Language) -> None:
    """ "Puerto Rico has been warning that ..., and Ms. Acosta said the “extraordinary
    measures” ... were unsustainable": Acosta's words, not the island's."""
    found = speakers(nlp, WARNING)
    assert speaker_of(found, 'the "extraordinary') == "Acosta", found
