"""Last checks on a speaker found for a quotation: evidence in the text that the actor
a mention was resolved to cannot be the one speaking.

Speaker resolution (speakers.py) goes from a mention ("he", "the company", "Scott
Richter") to an actor by rules that each look at a little context. Two kinds of
evidence those rules do not see say that the answer is someone else, and a wrong name
on a page costs more than no name, so the speaker is then left out:

- the words in quotation marks name the actor by a shorter form of the name: "“I've had
  more than a quiet word with Olof,” he told ...": whoever "he" is, the words are said
  to or about Olof Mellberg, not by him (a full name may be the speaker's own: "the
  Mexicans are going to end up loving Donald Trump"); "the company said it “could not
  continue to contend with legal maneuvers by ... Microsoft”": the company is not
  Microsoft. Only when the mention does not name the actor itself ("Microsoft said:
  “At Microsoft we ...”" stays). In reported speech,
  only where the reporter called the speaker by a description ("The former finance
  officer said Mr Ebbers knew ..."), not "he" or "she".
- the place taken for the speaker is where a body named right before it is based
  ("Standard Chartered PLC, London, previously reported"): the place speaks for no one.
- the mention gives the person another first name: "Scott Richter said" is never
  Steven Richter, whom the article also names (a surname met alone elsewhere may have
  been linked to the wrong one of two people who share it).
"""

from __future__ import annotations

import itertools
import re

from generator.extract.actors import NICKNAME_QUOTES
from generator.extract.given_names import (
    FEMALE_GIVEN_NAMES,
    GIVEN_NAMES,
    LISTED_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
)
from generator.extract.words import word_lists
from generator.model import Actor, Quote

_OTHER_PARTY_WORDS = word_lists("speaker_words")["other_party_words"]
# Styles before a surname that leave it one person's: not "Mrs", "Ms", which may name
# the wife or daughter of a man of that surname.
_STYLES = frozenset({"mr", "mr.", "dr", "dr.", "sir", "lord", "prof", "prof.", "professor"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "who", "which", "that", "i", "we"})
_ALL_GIVEN = GIVEN_NAMES | LISTED_GIVEN_NAMES | MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES
_WORD = re.compile(r"[\w][\w'\u2019.-]*")

#: A nickname in quotation marks between a given name and a surname: the "Bud" of
#: John "Bud" Frazier, the "LA" of Antonio "LA" Reid. It is no second given name
#: (`other_given_name`). One or two capitalised words in the quotation marks that
#: `actors._nickname_inside` and `actors._nickname_after` read in the parse, so that a
#: mention's text and the actor's record agree on what a nickname is.
_NICKNAME_QUOTE = "[" + "".join(sorted(NICKNAME_QUOTES)) + "]"
NICKNAME = re.compile(
    rf"(?<=\w)\s+{_NICKNAME_QUOTE}[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?{_NICKNAME_QUOTE}\s+(?=[A-Z])"
)


def _name_words(actor: Actor) -> set[str]:
    """Every word of the actor's name and aliases, casefolded ("o'leary", "david")."""
    return {
        w.casefold().rstrip(".")
        for name in [actor.name, *actor.aliases]
        for w in _WORD.findall(name)
        if len(w) > 1
    }


def mention_names(mention: str, actor: Actor) -> bool:
    """Whether the speaker mention holds a word of the actor's own name ("Microsoft
    said", "a Microsoft spokesman", "Mr Richter"), as opposed to a back-reference ("he",
    "the company", "the striker")."""
    words = {w.casefold().rstrip(".") for w in _WORD.findall(mention.replace("\u2019s", ""))}
    return bool(words & _name_words(actor))


def named_in_quote(
    text: str, quote: Quote, actor: Actor, spans: list[tuple[int, int, Actor]]
) -> bool:
    """Whether the words of the quotation name the actor as someone other than the one
    speaking. A person: a shorter form of the name there (a span the article's names
    were linked to, an alias of two words or more, the surname): "a quiet word with
    Olof", "Reyes was being kicked". Not the full name, which some people use of
    themselves ("the Mexicans are going to end up loving Donald Trump"). A body: a name
    of it right after a word for another party ("by", "against", "including";
    `_OTHER_PARTY_WORDS`), since a body's own statement may name it."""
    start, end = quote.start, quote.end
    said = text[start:end]
    if actor.type == "person":
        if quote.kind == "indirect" and _beside_pronoun(said):
            return False  # "he, Christie, was": the speaker, named by the reporter
        full = actor.name.casefold()
        found = [
            (s - start, e - start)
            for s, e, a in spans
            if a is actor and start <= s and e <= end and text[s:e].casefold() != full
        ]
        surname = actor.name.split()[-1:]
        names = [
            n
            for n in actor.aliases
            if n.casefold() != full and (len(n.split()) > 1 or n.split() == surname)
        ]
        found += [
            m.span()
            for n in names
            for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", said)
            if _alone(said, m.start(), m.end())
        ]
        if quote.kind == "indirect":
            # "according to Assange's lawyer, Martinez, a female British barrister
            # arrived": the speaker's own name, apposed, taken into the reported words
            found = [(s, e) for s, e in found if said[:s].strip() or said[e : e + 1] != ","]
        return bool(found)
    places = [(s - start, e - start) for s, e, a in spans if a is actor and start <= s and e <= end]
    for name in [actor.name, *actor.aliases]:
        if len(name) > 1:
            places += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", said)]
    for s, _ in places:
        before = _WORD.findall(said[:s])[-2:]
        if before and before[-1].casefold() == "the":
            before = before[:-1]
        if before and before[-1].casefold() in _OTHER_PARTY_WORDS:
            return True
    return False


def _beside_pronoun(said: str) -> bool:
    """Whether the reported words open with a pronoun set beside a name ("he,
    Christie, was the best candidate"): the reporter naming who "he" is."""
    return re.match(r"(?:he|she|they|I|we),\s+[A-Z]", said.lstrip()) is not None


def _alone(said: str, start: int, end: int) -> bool:
    """Whether the name written at [start, end) stands alone, not inside a longer name:
    "Trump International Hotel", "Ivanka Trump" hold Trump's surname but name others."""
    before = _WORD.findall(said[:start])[-1:]
    after = _WORD.findall(said[end:])[:1]
    if before and before[0].casefold() in _STYLES:
        before = []  # "Mr Trump" is Trump; "Mrs Trump" may be his wife
    glued = said[start - 1 : start] not in {" ", "\n", "\t", ""} if start else False
    return not glued and not any(w[:1].isupper() for w in before + after)


def other_given_name(mention: str, actor: Actor) -> bool:
    """Whether the mention writes the person's surname after a given name that is none
    of the person's: "Scott Richter" resolved to Steven Richter."""
    if actor.type != "person":
        return False
    own = _name_words(actor)
    surname = actor.name.split()[-1].casefold() if actor.name.split() else ""
    written = _WORD.findall(NICKNAME.sub(" ", mention))
    for before, word in itertools.pairwise(written):
        if word.casefold() != surname or before.casefold() in own:
            continue
        if before in _ALL_GIVEN:
            return True
    return False


_TICKER_TAIL = re.compile(r"(?:\s*<[^<>\n]{1,12}>)?\s*,\s*$")


def body_location(text: str, quote: Quote, spans: list[tuple[int, int, Actor]]) -> bool:
    """Whether the place taken for the speaker is where a body named just before it is
    based: "Standard Chartered PLC <STCH.L>, London, previously reported that ...": the
    place speaks for no one, and the clause's speaker is the body or one named before
    it, which the parse does not say."""
    start = quote.speaker_start
    if start is None:
        return False
    tail = _TICKER_TAIL.search(text[max(0, start - 20) : start])
    if tail is None:
        return False
    body_end = start - len(tail.group(0))
    return any(e == body_end and a.type == "organization" for _, e, a in spans)


def not_the_speaker(
    text: str, quote: Quote, actor: Actor, spans: list[tuple[int, int, Actor]]
) -> bool:
    """Whether the text says the resolved actor is not who speaks the quotation."""
    mention = quote.speaker_mention or ""
    if other_given_name(mention, actor):
        return True
    if actor.type == "place" and body_location(text, quote, spans):
        return True
    if mention_names(mention, actor):
        return False
    if quote.kind == "indirect":
        # Reported speech is the reporter's wording, which may name the speaker it
        # calls "she" in the frame ("including Murray's home state of Washington, she
        # said") or set the name beside a pronoun ("he, Christie, was the best
        # candidate"). But a reporter who calls the speaker by a description ("The
        # former finance officer said Mr Ebbers knew ...") names someone else.
        words = _WORD.findall(mention.casefold())
        if not words or (len(words) == 1 and words[0] in _PRONOUNS):
            return False
        if actor.type != "person":
            return False
    return named_in_quote(text, quote, actor, spans)
