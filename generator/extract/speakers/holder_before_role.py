"""A speaker written as a name run into its own role: "Yutaka Hashimoto general
manager of Nippon Life Insurance Co told a conference that ...". The parser makes the
role the subject and hangs the name on it as a modifier; the role names its body after
"of" or "at" (`actors.role_holders`), so the name before it is the one who speaks.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.actors.role_holders import role_held_at_body
from generator.model import Actor


def holder_before_own_role(span: Span, people: list[Actor]) -> Actor | None:
    """The person whose name opens the mention and modifies its head, a role held at a
    named body, or None."""
    root = span.root
    if root.pos_ != "NOUN" or not role_held_at_body(root):
        return None
    modifiers = [t for t in root.lefts if t.dep_ in {"compound", "nmod"} and t.pos_ == "PROPN"]
    if not modifiers or modifiers[0].left_edge.i != span.start:
        return None  # "Kenji" hangs on "Moriyama", which hangs on the role
    words = [t for m in modifiers for t in m.subtree]
    named = [a for a in people if any(s <= t.idx < e for s, e in a.spans for t in words)]
    return named[0] if len(named) == 1 else None
