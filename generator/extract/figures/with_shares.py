""" "won 44 percent of the vote, with Labour taking 30 percent": a figure in a "with"
clause is its subject's part of what the figure before it counts.

The parser reads the "with" clause's subject as the figure's agent ("30 percent |
Labour", no key figure: Labour is whose it is, not what). The clause sets the figure
beside the one before it, of the same unit, in the same sentence: it counts the same
thing, and the "with" clause's subject is whose it is ("share of vote (Labour)").
"""

from __future__ import annotations

import itertools
import re

from generator.extract.figures.ranking import _kind
from generator.model import Figure

# ", with Labour taking ", ", with the Greens on ": the words between the figure before
# and this one end with "with", the subject the agent rule read, and a participle or
# "on"/"at" (a clause that has no verb of its own).
_WITH_GAP_RE = r",\s+with\s+(?:the\s+)?{subject}\s+(?:\w+ing|on|at)\s+(?:just\s+|only\s+)?$"


def share_with_clauses(figures: list[Figure], text: str) -> None:
    """Gives each agent-read figure of a "with" clause what the figure before it counts,
    with the clause's subject as its owner."""
    ordered = sorted(figures, key=lambda f: f.start)
    for before, figure in itertools.pairwise(ordered):
        if not figure.rule.endswith("/agent") or not figure.counts or not before.counts:
            continue
        if before.sentence != figure.sentence or before.unit != figure.unit:
            continue
        if _kind(before) != _kind(figure) or before.rule.endswith(("/agent", "/sentence-topic")):
            continue
        subject = figure.counts
        gap = text[before.end : figure.start]
        if not re.search(_WITH_GAP_RE.format(subject=re.escape(subject)), gap):
            continue
        base = before.counts.split(" (")[0]
        figure.counts = f"{base} ({subject})"
        figure.rule = f"{figure.rule.split('/')[0]}/with-share"
        figure.key = before.key
