"""The sentence a figure is shown in, without a transcript's speaker label.

A figure's context is its sentence as written. In an interview transcript a turn opens
with its speaker's label ("CLINTON: I feel a great deal of sympathy for the families of
the four brave Americans ..."), which the sentence splitter keeps as the sentence's
first words: the page showed the label as if it were part of what was said (issue 11).
`transcript.transcript_labels` knows where the labels are; the context starts at the
answer.
"""

from __future__ import annotations

import bisect
import re

from generator.model import Figure

# What stands between a label and what its speaker says: the colon and spaces.
_LABEL_END_RE = re.compile(r"\s*:\s*")


def drop_speaker_labels(figures: list[Figure], labels: list[tuple[int, int]], text: str) -> None:
    """Start each figure's sentence after the speaker label its turn opens with.

    The sentence splitter may also glue the turn before to the label ("Senator, will it
    pass?\n\nMILLER: The bill gives ..."): that question is another speaker's, so the
    context starts after the label wherever it stands in the sentence.
    """
    if not labels:
        return
    starts = [start for start, _ in labels]
    for figure in figures:
        i = bisect.bisect_right(starts, figure.start) - 1
        if i < 0 or not figure.sentence:
            continue
        label_start, label_end = labels[i]
        after = _LABEL_END_RE.match(text, label_end)
        if after is None or after.end() > figure.start:
            continue
        label = text[label_start : after.end()].rstrip()
        at = figure.sentence.rfind(label)
        if at < 0:
            continue  # a later sentence of the turn: no label in it
        answer = figure.sentence[at + len(label) :].lstrip()
        if answer:  # the turn before the label is another speaker's: not this context
            figure.sentence = answer
