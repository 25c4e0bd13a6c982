"""Poll results, which are figures, not what anyone said.

"In the previous poll: Carter led Mills by 5 percentage points", "In the latest CNN/ORC
poll, he fell to 10 percent": `reported_speech` takes a poll named in the sentence for
the source of its clause ("indirect.in_poll"), as PolNeAR annotates it. But with no verb
of reporting, a clause that only gives the poll's numbers is a result, and under "Who
said what" it reads as somebody's statement (editor's blind review, session 33,
non-quotes). Such a find is kept in the record, so that it still scores and anchors,
and kept off the pages (POLL_FIGURE_RULE). A poll's clause without a figure ("In a
poll released Sunday, most voters said the economy was their first concern") stays.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from generator.model import Quote

IN_POLL_RULE = "indirect.in_poll"
POLL_FIGURE_RULE = "indirect.poll_figure"
#: Words that give a share or a margin without a numeral: "5 percent", "half".
_SHARE_WORDS = frozenset({"%", "percent", "per", "cent", "points", "point"})


def poll_figures(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """`quotes` with each poll's clause that holds a figure marked POLL_FIGURE_RULE."""
    return [
        dataclasses.replace(quote, rule=POLL_FIGURE_RULE)
        if quote.rule == IN_POLL_RULE and _holds_figure(doc, quote)
        else quote
        for quote in quotes
    ]


def _holds_figure(doc: Doc, quote: Quote) -> bool:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span is not None and any(t.like_num or t.lower_ in _SHARE_WORDS for t in span)
