"""What the publication puts on a page that is no part of the story it tells.

- Its own name: "told Reuters", "analysts polled by Reuters", "told the BBC". The agency
  is the interviewer, as "reporters" are in "told reporters", not an actor of the story
  its own briefing tells; an editor strikes it from the list. It stays when it speaks
  (a story about the agency itself: "Reuters said its profits rose").
- Wire ticker codes in a headline ("NORTHROP <NOC> TO SPEND 70 MLN ON R AND D"): the
  reader blanks them in the body (generator.reading.layout); the title a page shows
  drops them the same way, and keeps a bracketed company name without its brackets.
"""

from __future__ import annotations

from generator.model import Actor, Quote, name_key
from generator.reading.layout import analyse, shown_text


def is_publisher(actor: Actor, source: str | None, quotes: list[Quote]) -> bool:
    """Whether `actor` is the page's own publisher (`source`) and speaks no quote."""
    if not source or actor.type != "organization":
        return False
    if name_key(actor.name) != name_key(source):
        return False
    return not any(quote.speaker == actor.name for quote in quotes)


def shown_title(title: str) -> str:
    """The title without wire ticker codes, as the body's shown text drops them."""
    if "<" not in title:
        return title
    return shown_text(analyse(title).parse_text).strip() or title
