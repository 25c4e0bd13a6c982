"""A newspaper named before its noun, and "it" that goes on quoting it: "The official
Economic Information newspaper said ... The paper put output at 4.82 mln ... '...,' it
said". Wire copy names a paper by its title and the word for it ("the Times
newspaper", "the official Farm Economy newspaper"), then quotes it by "the paper" and
"it"; the description rules read such a mention for its head noun and find no body
whose name holds "newspaper", so the paper's words were left without a speaker.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.speaker_checks import _called_a_publication
from generator.extract.speakers.chains import _last_thing_subject
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import DETERMINERS, PUBLICATION_NOUNS
from generator.model import Actor


def named_publication(ctx: _Context, start: int, end: int) -> Actor | None:
    """ "The official Economic Information newspaper": the one organisation the mention
    names right before its last word, a publication's noun, with nothing before the name
    but a determiner and words in lower case ("official", "state-run")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[-1].lower_ not in PUBLICATION_NOUNS:
        return None
    inside = [(s, e, a) for s, e, a in ctx.spans if start <= s and e <= span[-1].idx]
    if len(inside) != 1 or inside[0][2].type != "organization":
        return None
    s, e, actor = inside[0]
    if ctx.text[e : span[-1].idx].strip():
        return None  # "the Harlow Times' Sunday paper": more than the name before the noun
    before = [t for t in span if t.idx < s]
    if any(not _plain_word(t.text) for t in before if t.lower_ not in DETERMINERS):
        return None  # "the Chinese Economic Information newspaper" names more
    return actor


def publication_it(ctx: _Context, start: int) -> Actor | None:
    """ "The paper put output at 4.82 mln ... '...,' it said": the publication "the
    paper" stands for, when the last subject of the writer's before the pronoun is that
    bare description, the article names one publication (`_called_a_publication`), and
    that publication has spoken before."""
    thing = _last_thing_subject(ctx, start)
    if thing is None or thing.lower_ not in PUBLICATION_NOUNS:
        return None
    phrase: Span = ctx.doc[thing.left_edge.i : thing.i + 1]
    if [t.lower_ for t in phrase] != ["the", thing.lower_]:
        return None
    papers = [
        a for a in ctx.actors if a.type == "organization" and _called_a_publication(ctx.text, a)
    ]
    if len(papers) != 1:
        return None
    paper = papers[0]
    return paper if any(r.actor is paper and r.pos < start for r in ctx.reports) else None


def _plain_word(word: str) -> bool:
    """Whether a word is in lower case (hyphens allowed): a description, not a name."""
    return word.replace("-", "").isalpha() and word.islower()
