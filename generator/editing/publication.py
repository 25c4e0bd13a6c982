"""What the publication puts on a page that is no part of the story it tells.

- Its own name: "told Reuters", "analysts polled by Reuters", "told the BBC". The agency
  is the interviewer, as "reporters" are in "told reporters", not an actor of the story
  its own briefing tells; an editor strikes it from the list. It stays when it speaks
  (a story about the agency itself: "Reuters said its profits rose").
- Wire ticker codes in a headline ("NORTHROP <NOC> TO SPEND 70 MLN ON R AND D"): the
  reader blanks them in the body (generator.reading.layout); the title a page shows
  drops them the same way, and keeps a bracketed company name without its brackets.
- A headline all in capitals ("NATIONAL AMUSEMENTS AGAIN UPS VIACOM BID"): the page
  shows it in sentence case, each word as the body writes it (`title_case`).
- The wire's angle brackets round a company name, in the words the extractors build
  from the text rather than cut from it as a page shows it (`layout.shown_text`): a
  role ("spokesman for <Unzan Mine Development Co>"), what a figure counts ("price of
  <Delhi Australia Fund"), a key term ("Hoare Govett Ltd> London"), a speaker's words.
"""

from __future__ import annotations

import re

from generator.editing.title_case import sentence_case
from generator.model import Actor, Extraction, Quote, name_key
from generator.reading.layout import analyse, shown_text

# A ticker code the reader left, typed with a space ("Sears Plc < SEHL.L>"), and a
# wire bracket: "<" before a name's capital, ">" after a name's last letter or stop.
_STRAY_TICKER = re.compile(r"\s*<\s*[A-Z0-9]{1,6}(?:[. ][A-Z]{1,3})?\.?\s*>")
_WIRE_BRACKET = re.compile(r"<(?=[A-Z])|(?<=[\w.)])>")
_SPACES = re.compile(r"\s{2,}")


def is_publisher(actor: Actor, source: str | None, quotes: list[Quote]) -> bool:
    """Whether `actor` is the page's own publisher (`source`) and speaks no quote."""
    if not source or actor.type != "organization":
        return False
    if name_key(actor.name) != name_key(source):
        return False
    return not any(quote.speaker == actor.name for quote in quotes)


def shown_title(title: str, body: str) -> str:
    """The title as a page, a list, the feed and the JSON `title` show it: an
    all-capitals wire headline in sentence case as `body` writes its words
    (`title_case.sentence_case`), without wire ticker codes, as the body's shown text
    drops them."""
    title = sentence_case(title, body)
    if "<" not in title:
        return title
    return shown_text(analyse(title).parse_text).strip() or title


def unbracketed(text: str) -> str:
    """`text` without the wire's angle brackets round a name (and what they leave:
    doubled spaces)."""
    if "<" not in text and ">" not in text:
        return text
    text = _WIRE_BRACKET.sub("", _STRAY_TICKER.sub("", text))
    return _SPACES.sub(" ", text).strip()


def drop_wire_brackets(found: Extraction) -> None:
    """Take the wire's angle brackets out of every text a page shows that the
    extractors built themselves: roles, what figures count, key terms, and any the
    reader's blanking missed in summary sentences and quotes ("Sears Plc < SEHL.L>",
    a ticker typed with a space) (changed in place)."""
    for actor in found.actors:
        actor.roles = [unbracketed(role) for role in actor.roles]
    for figure in found.figures:
        if figure.counts:
            figure.counts = unbracketed(figure.counts)
    found.keyterms = [unbracketed(term) for term in found.keyterms]
    found.summary = [unbracketed(sentence) for sentence in found.summary]
    for quote in found.quotes:
        quote.text = unbracketed(quote.text)
        if quote.speaker_mention:
            quote.speaker_mention = unbracketed(quote.speaker_mention)
