"""A bare title right after another person's report: "Stephen T. McClellan of Merrill
Lynch Research said ... But the analyst said": the article gave "analyst" as a role to
another person paragraphs before ("E.F. Hutton analyst Terence Quinn"), yet the reader
takes "the analyst" for the man just quoted, whose calling the article never said. Two
people may be meant, so the title is given to neither: the rule that found the role's
holder is overruled when the speaker of the last reporting clause, in the sentence
before or the same one, is another person whose roles do not rule the title out, and
the holder is not named since that clause's sentence began.
"""

from __future__ import annotations

from generator.extract.actors import TITLE_WORDS
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import FORMER_WORDS
from generator.extract.speakers.offices import _role_words
from generator.model import Actor


def nearer_speaker_may_be(ctx: _Context, start: int, words: list[str], found: Actor) -> bool:
    """Whether "the TITLE" at `start`, resolved to the person `found`, may rather be the
    person of the reporting clause just before it (untitled, or holding that title)."""
    if len(words) != 2 or words[0] != "the" or words[1] not in TITLE_WORDS:
        return False
    if found.type != "person":
        return False
    report = ctx.last_report(start)
    if report is None or report.actor is None or report.actor is found:
        return False
    if report.actor.type != "person" or report.sent < ctx.sent_of(start) - 1:
        return False
    since = ctx.sent_starts[report.sent]
    if any(actor is found for s, _, actor in ctx.spans if since <= s < start):
        return False  # "Priebus has pushed back on Trump's accusations ... The chairman
        # said": the holder is named as near as the other speaker
    roles = [_role_words(r) for r in report.actor.roles]
    # "Hana Brook, the former mayor of Dunmore": a title held no longer is not "the mayor"
    current = [r for r in roles if not FORMER_WORDS & set(r)]
    return not roles or any(words[1] in r for r in current)
