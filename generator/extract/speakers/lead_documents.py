"""A lead's unnamed document, named in the next sentence: "Consumers want music rather
than movies on the move, says a report.⏎Research from Halden Analytics suggests ...",
"..., according to a survey.⏎A study by the Marlow Institute found ...".

News opens on a finding and its source's kind ("a report", "a new study") and names
the source in the next sentence, in a clause that says the research is theirs. An editor
reads the lead as that body's words, as the annotations do for a report's words. The
lead keeps no speaker unless the next sentence's report is given to one organisation
by a mention that holds both its name and a word of research ("Research from X", "X
research", "researchers at X", "analysts X", "the report by X"): a body that only
answers the report ("The government said it would study the findings") never takes it.
"""

from __future__ import annotations

from generator.extract.speakers.bodies import _names_in
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import INDEFINITES
from generator.extract.speakers.name_text import _words
from generator.extract.words import word_lists
from generator.model import Quote, name_key

_WORDS = word_lists("speaker_words")
# The heads of a lead's unnamed source ("a report", "a new study"), the words that may
# stand between the article and the head, and the words that make the body the next
# mention names the research's author.
LEAD_DOCUMENT_NOUNS = _WORDS["lead_document_nouns"]
LEAD_DOCUMENT_MODIFIERS = _WORDS["lead_document_modifiers"]
RESEARCH_WORDS = _WORDS["research_words"]


def lead_document_sources(ctx: _Context, ordered: list[Quote]) -> None:
    """Gives the article's first quotation, when a lead's unnamed document is its source,
    the organisation the next sentence's report names as that document's author (see
    the module docstring)."""
    if len(ordered) < 2:
        return
    lead, after = ordered[0], ordered[1]
    if lead.speaker is not None or lead.speaker_start is None or after.speaker is None:
        return
    if not _unnamed_document(lead.speaker_mention or ""):
        return
    if after.speaker_start is None or after.speaker_mention is None:
        return
    if ctx.sent_of(after.speaker_start) != ctx.sent_of(lead.speaker_start) + 1:
        return
    actor = ctx.by_name.get(name_key(after.speaker))
    if actor is None or actor.type != "organization":
        return
    words = _words(after.speaker_mention)
    if set(words) & RESEARCH_WORDS and _names_in(words, actor):
        lead.speaker = after.speaker


def _unnamed_document(mention: str) -> bool:
    """ "a report", "a new study": an indefinite document of research, nothing more."""
    words = _words(mention)
    if len(words) < 2 or words[0] not in INDEFINITES:
        return False
    return words[-1] in LEAD_DOCUMENT_NOUNS and set(words[1:-1]) <= LEAD_DOCUMENT_MODIFIERS
