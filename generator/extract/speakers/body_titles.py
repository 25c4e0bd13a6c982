""" "The Royal Trust president said", "the Dean Witter economist noted": a title after
a body's name is the person the article has tied to that body under a name ("<Royal
Trustco Ltd> is pursuing ..., president Michael Cornelissen said", "said William
Sullivan of Dean Witter"). Wire copy varies a name so, paragraphs after the person
spoke, with other voices between: the rules that read a description as the last
speaker's other name (`descriptions._varied_reference`) have lost the chain by then.

Only when the words before the title name one organisation of the article, exactly one
person named before is tied to it, and the roles the article gave that person hold
no other title. A person is tied to a body by "of" ("William Sullivan of Dean Witter"),
by the body's name right before a title and the name ("Dean Witter economist William
Sullivan"), or by being named in a sentence of the writer's that names no other body
and no other person.
"""

from __future__ import annotations

import re

from generator.extract.actors import TITLE_WORDS
from generator.extract.speakers.context import _Context
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.offices import _role_words
from generator.model import Actor

# Between a person's name and the body's: "William Sullivan of Dean Witter"
_OF = re.compile(r",?\s+(?:of|at|from)\s+(?:the\s+)?")
# Between the body's name and the person's: "Dean Witter economist William Sullivan"
_TITLE_BETWEEN = re.compile(r"(?:'s)?(?:\s+[a-z][a-z-]*){1,3}\s+")


def body_title_holder(
    ctx: _Context, start: int, words: list[str], head: str, mention: str
) -> Actor | None:
    """The one person tied to the body a definite description names before its title
    ("the royal trust president"), or None. The body's words must be written as a name
    is, capitalised (`mention` as written): "The lord chancellor" names no House of
    Lords."""
    if words[:1] != ["the"] or head not in words:
        return None
    modifiers = words[1 : words.index(head)]
    if not _capitalised_before(mention, head, len(modifiers)):
        return None
    body = _body_named(ctx, modifiers)
    if body is None:
        return None
    tied = [
        actor
        for actor in ctx.actors
        if actor.type == "person"
        and actor.listed
        and any(e <= start for _, e in actor.spans)
        and _tied(ctx, actor, body, start)
    ]
    if len(tied) != 1:
        return None
    person = tied[0]
    role_words = {w for role in person.roles for w in _role_words(role)}
    if role_words & TITLE_WORDS and head not in role_words:
        return None  # "chairman John Reed" is not "the Citicorp economist"
    return person


def _capitalised_before(mention: str, head: str, count: int) -> bool:
    """Whether the `count` words before the title `head` in the mention as written all
    open with a capital ("The Royal Trust president", not "The lord chancellor")."""
    written = mention.split()
    lowered = [w.casefold().strip(".,") for w in written]
    if head not in lowered or count == 0:
        return False
    at = lowered.index(head)
    before = written[max(0, at - count) : at]
    return len(before) == count and all(w[:1].isupper() for w in before)


def _body_named(ctx: _Context, modifiers: list[str]) -> Actor | None:
    """The one organisation whose name opens with the modifiers, the last one as a
    word's start ("royal trust": Royal Trustco Ltd; "dean witter": Dean Witter Reynolds
    Inc); failing that, the one another name the article gives opens with them."""
    if not modifiers:
        return None
    bodies = [a for a in ctx.actors if a.type == "organization"]
    for names in (lambda a: [a.name], lambda a: a.aliases):
        found = [a for a in bodies if any(_opens_with(n, modifiers) for n in names(a))]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _opens_with(name: str, modifiers: list[str]) -> bool:
    """Whether a name's words open with `modifiers`, the last as a word's start."""
    named = [w.casefold() for w in _words(name)]
    if len(named) < len(modifiers):
        return False
    last = named[len(modifiers) - 1]
    return named[: len(modifiers) - 1] == modifiers[:-1] and last.startswith(modifiers[-1])


def _tied(ctx: _Context, person: Actor, body: Actor, before: int) -> bool:
    """Whether the article ties `person` to `body` before `before` (see the module)."""
    for s, e in person.spans:
        if e > before:
            continue
        for bs, be in body.spans:
            if bs >= e and _OF.fullmatch(ctx.text[e:bs]):
                return True
            if be <= s and _TITLE_BETWEEN.fullmatch(ctx.text[be:s]):
                return True
        sent = ctx.sent_of(s)
        begin, end = ctx.sentence_span(sent)
        others = [
            a
            for a in ctx.actors_in(begin, end)
            if a is not person and a.type in {"person", "organization"}
        ]
        if others == [body] and not ctx.in_content(s):
            return True
    return False
