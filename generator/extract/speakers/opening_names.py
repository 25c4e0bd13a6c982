"""A name that opens a sentence of the writer's, which the parser failed to make its
subject, is still whom the sentence is about.

"Trump, when asked about his own contradictions or factual errors, often steam-rolls
through the questions, ... For example: “...,” he told CNN": the small model reads
"steam-rolls" as a noun and leaves "Trump" the root of the sentence, so no subject
stood between Carson's earlier report and the "he", which went back to Carson. A
person's name that starts the sentence, followed by a comma and outside any quotation,
is the sentence's subject in all but the parse.
"""

from __future__ import annotations

from generator.extract.speakers.context import _Context, _Event

#: How the parser hangs a sentence-opening name it did not take for a subject.
_STRANDED_DEPS = frozenset({"ROOT", "dep", "npadvmod", "nmod"})


def stranded_opening_name(ctx: _Context, event: _Event) -> bool:
    """Whether the event's mention opens its sentence, is followed by a comma, and the
    parser hung it as the root or loosely, not as any clause's subject or object."""
    if event.owner or ctx.in_content(event.pos):
        return False
    token = ctx.name_head(event.pos)
    if token is None or token.dep_ not in _STRANDED_DEPS or token.pos_ != "PROPN":
        return False
    first = token.sent[0]
    while first.is_space and first.i < token.i:
        first = token.doc[first.i + 1]
    if first.idx != event.pos:
        return False
    after = token.i + 1
    return after < len(token.doc) and token.doc[after].text == ","
