"""Surnames and given names completed from the full names the article gives, so that a
later "Austin" joins "Lloyd Austin".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actors.lexicon import HONORIFICS, TITLE_WORDS
from generator.extract.actors.vocabulary import _common_word
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.model import Actor


def _add_surname_mentions(doc: Doc, actors: list[Actor]) -> None:
    """Counts surname mentions of people the model did not tag ("Goemans said")."""
    by_word: dict[str, Actor] = {}
    ambiguous: set[str] = set()
    for actor in actors:
        if actor.type != "person" or len(actor.name.split()) < 2:
            continue
        word = actor.name.split()[-1]
        if word in by_word and by_word[word] is not actor:
            ambiguous.add(word)
        by_word[word] = actor
    if not by_word:
        return
    taken = {i for a in actors for s, e in a.spans for i in range(s, e)}
    for token in doc:
        actor = by_word.get(token.text)
        if actor is None or token.text in ambiguous or token.idx in taken:
            continue
        if token.pos_ != "PROPN" and not token.is_title:
            continue
        _add_mention(actor, token.idx, token.text, taken)
    for word, actor in by_word.items():
        if word not in ambiguous and "-" in word:
            for start, written in _particle_surnames(doc.text, word):
                if start not in taken:
                    _add_mention(actor, start, written, taken)
    for actor in actors:
        actor.spans.sort()
        actor.mentions = len(actor.spans)


def _add_mention(actor: Actor, start: int, written: str, taken: set[int]) -> None:
    """Count a surname written at `start` as a mention of `actor`."""
    actor.spans.append((start, start + len(written)))
    taken.update(range(start, start + len(written)))
    if written not in actor.aliases:
        actor.aliases.append(written)


def _particle_surnames(text: str, word: str) -> list[tuple[int, str]]:
    """Where a hyphenated surname stands alone in `text`, its particle capitalised or
    not: "Al-Awlaki" of "Anwar al-Awlaki", at a sentence's start ("Footage of Al-Awlaki
    again appears"). The parser splits such a word at its hyphen, so no one token holds
    it, and the person went unnamed there: a "he says" after it went to the one named
    before."""
    first = re.escape(word[0].lower()) + re.escape(word[0].upper())
    pattern = re.compile(rf"(?<![\w-])[{first}]{re.escape(word[1:])}(?![\w-])")
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


def _take_only_full_form(actor: Actor, full: set[str], taken: set[str]) -> None:
    """Renames an actor to the one full form of its name the article gives (the old
    name becomes its first alias); none or several forms, or a form another actor
    already holds, leave it as it is."""
    if len(full) != 1:
        return
    name = next(iter(full))
    if name in taken:
        return
    actor.aliases = [actor.name, *[a for a in actor.aliases if a != actor.name]]
    actor.name = name
    taken.add(name)


def _complete_surnames(doc: Doc, actors: list[Actor]) -> None:
    """Names a person known only by a surname with the full name the article gives
    once, untagged by the model ("an interview conducted by Aitor Martinez, a lawyer";
    then "Martinez said" throughout).

    The word before the surname must be a capitalised proper noun inside a sentence,
    no English word (or a known given name), no title and no part of another name or
    entity; the word before it must not be capitalised (no longer name or phrase). One
    full form only: two different ones leave the surname alone.
    """
    taken = {a.name for a in actors}
    # Where each word stands, found in one pass: a pass per actor grew with the square
    # of the article (more words, more actors), minutes on a long run-on paste.
    at: dict[str, list[int]] = {}
    for token in doc:
        if token.i >= 2:
            at.setdefault(token.text, []).append(token.i)
    for actor in actors:
        if actor.type != "person" or " " in actor.name or not actor.name[:1].isupper():
            continue
        full: set[str] = set()
        for i in at.get(actor.name, ()):
            given, before = doc[i - 1], doc[i - 2]
            if (
                given.pos_ == "PROPN"
                and given.is_title
                and given.is_alpha
                and not given.is_sent_start
                and not given.ent_type_
                and given.whitespace_ == " "
                and (given.text in GIVEN_NAMES or not _common_word(given.lower_))
                and given.lower_ not in TITLE_WORDS
                and given.lower_ not in HONORIFICS
                and not (before.is_title or before.is_upper or before.text in {"-", "&"})
            ):
                full.add(f"{given.text} {actor.name}")
        _take_only_full_form(actor, full, taken)


def _complete_given_names(doc: Doc, actors: list[Actor]) -> None:
    """Names a person the model tagged by the given name alone with the surname written
    right after it ("Scott Richter, the man behind ...", where the model took "Scott").

    The next word must be a capitalised proper noun of no entity, no English word, no
    title, followed by no further capitalised word (no longer name or phrase). One full
    form only: two different ones leave the given name alone.
    """
    taken = {a.name for a in actors}
    for actor in actors:
        if actor.type != "person" or " " in actor.name or actor.name not in GIVEN_NAMES:
            continue
        full: set[str] = set()
        for start, end in actor.spans:
            span = doc.char_span(start, end)
            if span is None or span.end + 1 >= len(doc) or span.text != actor.name:
                continue
            surname, after = doc[span.end], doc[span.end + 1]
            if (
                surname.pos_ == "PROPN"
                and surname.is_title
                and surname.is_alpha
                and not surname.ent_type_
                and span[-1].whitespace_ == " "
                and not _common_word(surname.lower_)
                and surname.text not in GIVEN_NAMES
                and surname.lower_ not in TITLE_WORDS
                and not (after.is_title or after.is_upper)
            ):
                full.add(f"{actor.name} {surname.text}")
        _take_only_full_form(actor, full, taken)


def _complete_tagged_surnames(doc: Doc, actors: list[Actor]) -> None:
    """Names a person the actor list shows by the surname alone with the full name the
    model tagged as a person once or more, where that mention was lost to another actor
    or to no actor ("The author of the book, Mitchell Zuckoff, said", parsed as the
    book's title; "Ted Cruz" swallowed by a longer name), so that the bare "Zuckoff" of
    every later "Zuckoff said" is shown and quoted as "Mitchell Zuckoff".

    `_complete_surnames` takes only words the model left untagged; here the model's own
    PERSON entity of exactly two words, given name and surname, is the evidence, with
    the given name a known one (`GIVEN_NAMES`, `LISTED_GIVEN_NAMES`), so a sentence's
    first word may open it. One full form only, held by no other actor ("Hillary
    Clinton" and "Chelsea Clinton" beside a bare "Clinton" leave it alone), and no other
    person's surname (a bare "Clinton" beside "Hillary Rodham Clinton" may be hers)."""
    taken = {a.name for a in actors}
    # a surname another person is named in full by is that person's or contested
    surnames = {a.name.split()[-1] for a in actors if a.type == "person" and " " in a.name}
    bare = {
        a.name: a
        for a in actors
        if a.type == "person"
        and " " not in a.name
        and a.name[:1].isupper()
        and a.name not in surnames
    }
    if not bare:
        return
    full: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) != 2:
            continue
        given, surname = ent[0], ent[1]
        if (
            surname.text in bare
            and given.is_title
            and given.is_alpha
            and given.whitespace_ == " "
            and (given.text in GIVEN_NAMES or given.text in LISTED_GIVEN_NAMES)
        ):
            full.setdefault(surname.text, set()).add(f"{given.text} {surname.text}")
    for surname, forms in full.items():
        _take_only_full_form(bare[surname], forms, taken)
