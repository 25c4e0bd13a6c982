"""Bodies named inside a speaker mention ("a Treasury Department official", "analysts at
Merrill Lynch"), bodies the model did not mark, parties and their adjectives ("the
Tories said"), and the actors made for them (`_body_actor`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from spacy.tokens import Token

from generator.extract.actors import TITLE_WORDS
from generator.extract.body_names import (
    BODY_NOUNS,
    PUBLISHED_NOUNS,
    body_named_in,
    led_body,
    owned_led_body,
    titled_part_owner,
)
from generator.extract.pronouns import (
    RELATIVE_PRONOUNS,
)
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.context import _Context, _party_of
from generator.extract.speakers.initials import _by_initials
from generator.extract.speakers.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    PARTY_ADJECTIVES,
    PARTY_NAMES,
    PREPOSITIONS,
    PRESS_EPITHETS,
    PUBLICATION_NOUNS,
    RELAY_PARTICIPLES,
    SPOKES_NOUNS,
    STATEMENT_NOUNS,
)
from generator.extract.speakers.name_text import (
    _capitalised,
    _former,
    _head_noun,
    _is_just_name,
    _words,
)
from generator.extract.words import word_lists
from generator.model import Actor, name_key

# "a statement issued on behalf of X said": who the statement was put out for
ISSUING_PARTICIPLES = word_lists("speaker_words")["issuing_participles"]
THOROUGHFARE_NOUNS = word_lists("place_kind_words")["thoroughfare_nouns"]


def _unspanned_body(ctx: _Context, mention: str, words: list[str]) -> Actor | None:
    """A description holding the name of an organisation the article names elsewhere,
    where the model did not mark the name ("the February FOMC said" after "The Federal
    Open Market Committee ..."): the name read as if it had been marked, and the usual
    rules for names in a mention decide (`_from_named`: "a Treasury Department official"
    speaks for it, "analysts at Merrill Lynch" for nobody). Only strong names (several
    words, acronyms of one body named in full; a one-word name may be a person the
    model took for a body: "chairman william adams" in lower-case copy), and only when
    one organisation is named, so that "the IMF and World Bank staff" names no one."""
    text = " " + " ".join(words) + " "
    found: dict[int, tuple[Actor, str]] = {}
    for key, actor in ctx.by_part.items():
        if actor.type != "organization":
            continue
        for name in [actor.name, *actor.aliases]:
            written = " ".join(_words(name))
            strong = len(written.split()) > 1 or (name.isupper() and name.isalpha())
            if strong and name_key(name) == key and f" {written} " in text:
                found.setdefault(id(actor), (actor, written))
    for word in mention.split():
        word = word.strip(".,;:'\"()")
        actor = _by_initials(ctx, word) if word.isupper() and word.isalpha() else None
        if actor is not None:
            found.setdefault(id(actor), (actor, word.casefold()))
    if len(found) != 1:
        return None
    actor, written = next(iter(found.values()))
    before = text[: text.index(f" {written} ")].split()
    if set(before) & (PREPOSITIONS | RELATIVE_PRONOUNS | {"and", "or", "whose"}):
        return None  # "a critic of the March FOMC": the body is not whom they speak for
    # the name as the actor spells it, so that the rules see its words as a name
    spelled = text.replace(f" {written} ", " " + " ".join(_words(actor.name)) + " ", 1)
    return _from_named([actor], spelled.split())


def _issued_for(ctx: _Context, start: int, end: int) -> Actor | None:
    """The person or body a statement was put out for: "a statement issued on behalf of
    Robert Zoellick, US Trade Representative, said", "a report released by the
    Treasury said". The mention stops before the participle; the one named after "by"
    or "on behalf of" (one actor, a person or an organisation) speaks."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS:
        return None
    for participle in root.rights:
        if participle.dep_ != "acl" or participle.lower_ not in ISSUING_PARTICIPLES:
            continue
        for named in _issued_by_names(participle):
            head = named
            while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
                head = head.head
            if any(c.dep_ == "conj" for c in head.children):
                continue  # "written by John Hilke and Philip Nelson": several authors
            # the name the head stands in, however far it runs past the head ("the
            # Institute for International Economics"), or the names before the head
            found = [a for _, _, a in ctx.spans_at(head.idx)] or ctx.actors_in(
                head.left_edge.idx, head.idx + len(head.text)
            )
            found = [a for a in found if a.type in {"person", "organization"}]
            if len(found) == 1:
                return found[0]
    return None


def _issued_by_names(participle: Token) -> Iterator[Token]:
    """The names after "by" ("released by the Treasury") or "on behalf of" ("issued on
    behalf of Robert Zoellick") hung on a participle."""
    for prep in participle.children:
        if prep.lower_ == "by" and prep.dep_ in {"agent", "prep"}:
            yield from (c for c in prep.children if c.dep_ == "pobj")
        if prep.lower_ == "on" and prep.dep_ == "prep":
            for behalf in prep.children:
                if behalf.lower_ != "behalf":
                    continue
                for of in behalf.children:
                    if of.lower_ == "of":
                        yield from (c for c in of.children if c.dep_ == "pobj")


def _body_actor(ctx: _Context, name: str, start: int, end: int) -> Actor:
    """The article's organisation of that name, or a new one for this mention (the
    model missed the name): a body speaks under its name as written."""
    known = ctx.by_name.get(name_key(name))
    if known is not None:
        return known
    if name.isalpha() and name.istitle():
        # "The Hefce report said" where the article names the Higher Education Funding
        # Council for England: an acronym written as a word is that body
        known = _by_initials(ctx, name.upper())
        if known is not None:
            return known
    actor = Actor(name, "organization", mentions=1, spans=[(start, end)])
    ctx.actors.append(actor)
    ctx.created.append(actor)
    ctx.by_name[name_key(name)] = actor
    return actor


def _unnamed_body(ctx: _Context, start: int, end: int) -> Actor | None:
    """ "The Islamic State said", "the NGO Front Line Defenders said", "according to
    the RealClearPolitics average": a body the mention names that the model missed
    (generator.extract.body_names reads the mention)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = [t.lower_ for t in span]
    if _former(words, words[-1]):
        return None  # "a former employee of X" no longer speaks for it
    name = body_named_in(span, SPOKES_NOUNS | STATEMENT_NOUNS)
    if name is None:
        return None
    if name[-1].lower_ in THOROUGHFARE_NOUNS:
        return None  # "Wall Street analysts said": a street's market, no body's voice
    known = ctx.by_name.get(name_key(name.text))
    if known is not None and known.type != "organization":
        return None  # a person or place under that name is not this body
    return _body_actor(ctx, name.text, name.start_char, name.end_char)


def _titled_part_owner(ctx: _Context, start: int, end: int, inside: list[Actor]) -> Actor | None:
    """ "The Wall Street Journal's Heard on the Street said": the organisation that owns
    the titled part (body_names.titled_part_owner), when it is the only actor named."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    owner = titled_part_owner(span) if span is not None and len(span) else None
    if owner is None or len(inside) != 1 or inside[0].type != "organization":
        return None
    org = inside[0]
    covers = any(s <= owner.start_char and owner.end_char <= e for s, e in org.spans)
    return org if covers else None


def _led_body(ctx: _Context, start: int, end: int, person: Actor) -> Actor | None:
    """ "The Clinton campaign said", "Clinton's campaign said": the campaign, not
    Clinton (body_names.led_body, owned_led_body)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for s, e in person.spans:
        if start <= s and e <= end:
            name = led_body(span, s, e, SPOKES_NOUNS)
            owned = owned_led_body(span, s, e) if name is None else None
            if owned is not None and not _quote_in_clause_of(ctx, span.root):
                return None
            if owned is not None:
                name = _owned_body_name(ctx, person, owned)
            if name is not None:
                return _body_actor(ctx, name, s, end)
    return None


_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis"})


def _quote_in_clause_of(ctx: _Context, subject: Token) -> bool:
    """Whether the quote being resolved is words the verb of `subject` reports: its
    cue is that verb or hangs on it through clauses only ("Clinton's campaign declined
    to comment, saying ..."). Not through a noun: "Cruz's campaign tweeted a video ...
    in which Trump admitted that he viewed ...", "Rubio's campaign tweeted a video that
    showed Cruz ..., saying ...": the video, and the person in it, speak; nor a noun
    the verb acts on ("tweeted a YouTube.com video"). A statement the verb issues is
    its words ("said in a statement that ..."), and so is a quotation that is a sentence
    of its own or that the verb's clause comments on ("as the campaign noted")."""
    if subject.dep_ not in _NOMINAL_SUBJECT_DEPS:
        return True  # "according to Clinton's campaign"
    verb = subject.head
    i = bisect.bisect_left(ctx.token_starts, ctx.quote[0])
    if i >= len(ctx.doc):
        return False
    token = ctx.doc[i]
    while token.head.i != token.i and ctx.in_quote(token.head.idx):
        token = token.head
    if token.head.i == token.i:
        return True  # "“...” Clinton's campaign said.": a sentence of its own
    if token.dep_ in {"dobj", "obj"} and token.pos_ in {"NOUN", "PROPN"}:
        return False  # a thing the verb acts on, not words
    top = token
    if any(t.i == top.i for t in verb.ancestors):
        return True  # "X, as Clinton's campaign noted this week, ...": a comment on it
    token, statement = token.head, False
    while token.i != verb.i:
        # "said in a statement that ...": the words of the body's statement
        statement = statement or token.lemma_.lower() in STATEMENT_NOUNS
        linked = token.dep_ in _CLAUSE_LINKS or (statement and token.dep_ in {"pobj", "prep"})
        if not linked and token.lemma_.lower() not in STATEMENT_NOUNS:
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _owned_body_name(ctx: _Context, person: Actor, name: str) -> str:
    """ "Hillary Clinton's campaign" is the "Clinton campaign" that news names after
    the surname, so that both forms are one body; under the name as written when
    another person of the article has the surname, unless the article already has the
    body under the surname ("The Clinton campaign said" before "Hillary Clinton's
    campaign said", in an article that names Bill Clinton too): one campaign, one actor."""
    surname = person.name.split()[-1]
    short = f"{surname} {name.split()[-1]}"
    namesakes = [a for a in ctx.actors if a.type == "person" and a.name.split()[-1] == surname]
    known = ctx.by_name.get(name_key(short))
    if namesakes == [person] or (known is not None and known.type == "organization"):
        return short
    return name


def _party(ctx: _Context, words: list[str], mention: str, start: int, end: int) -> Actor | None:
    """A party speaking as a body: "The Tories said", "Labour campaign chiefs say",
    "a spokesman for the Liberal Democrats". The speaker is the party under its
    canonical name (data/party_names.toml): the article's own actor of that party if it
    has one, else a new one for this mention. Never a member ("a Conservative said").
    """
    core = [w for w in words if w not in DETERMINERS]
    party = _party_of(core, mention, PARTY_NAMES)
    head = _head_noun(words)
    if party is None and head in SPOKES_NOUNS and not _former(words, head):
        at = core.index(head) if head in core else len(core)
        before, after = core[:at], core[at + 1 :]
        if after and after[0] in PREPOSITIONS:
            party = _party_of(after[1:], mention, PARTY_NAMES)
        elif not after:
            while before and not _capitalised(mention, before[-1]):
                before = before[:-1]  # "Labour campaign chiefs": the party before "campaign"
            party = _party_of(before, mention, PARTY_ADJECTIVES) or _party_of(
                before, mention, PARTY_NAMES
            )
    if party is None:
        return None
    # the article's own actor under a name of that party ("Labour", "Lib Dems"), never
    # one that holds it only as an alias ("Conservative Party Conference")
    written = PARTY_NAMES[party] | PARTY_ADJECTIVES[party]
    forms = {name_key(party), *(name_key(f.replace("_", " ")) for f in written)}
    known = [a for a in ctx.actors if name_key(a.name) in forms]
    if known:
        actor = known[0]
        return actor if actor.type == "organization" else None  # "Labour" read as a person
    pattern = "|".join(r"\s+".join(map(re.escape, f.split("_"))) for f in written)
    hit = re.search(rf"\b(?:{pattern})\b", ctx.text[start:end], re.IGNORECASE)
    span = (start + hit.start(), start + hit.end()) if hit else (start, end)
    actor = Actor(party, "organization", mentions=1, spans=[span])
    ctx.actors.append(actor)
    ctx.by_name[name_key(party)] = actor
    return actor


def _from_named(inside: list[Actor], words: list[str]) -> Actor | None:
    """A mention holding names but no person: the organisation a spokesman serves, or the
    name itself ("the Kremlin"); None for other descriptions ("the Canada-based company")."""
    head = _head_noun(_words_outside_names(words, inside))
    orgs = [a for a in inside if a.type == "organization"]
    clause = [i for i, w in enumerate(words) if w in RELATIVE_PRONOUNS | {"whose"}]
    if clause:
        # "a member of the board which regulates the Harbour Trust": a body named in a
        # relative clause is what the one described deals with, not whom they serve
        orgs = [a for a in orgs if _names_in(words[: clause[0]], a)]
    relay = [i for i, w in enumerate(words) if w in RELAY_PARTICIPLES]
    if relay:
        # "a spokesman for the regulator quoted in China Daily": the paper relays
        orgs = [a for a in orgs if _names_in(words[: relay[0]], a)]
        inside = [a for a in inside if _names_in(words[: relay[0]], a)]
        if not inside:
            return None
    if head in SPOKES_NOUNS:
        # "a Lib Dem spokesman": the body speaks, so only an organisation may; a party
        # label the model took for a person is no speaker (the mention stays)
        if _former(words, head):
            return None  # "a former UC Global employee" no longer speaks for it
        return orgs[0] if orgs else None
    if head is None or _is_just_name(words, inside):
        return (orgs or inside)[0]
    if head in ORG_NOUNS | BODY_NOUNS and len(orgs) == 1:
        before = words[: words.index(head)] if head in words else []
        own = _words(orgs[0].name)[-1:]
        if _is_just_name(before, orgs) and words[-1] == head and not set(own) & ORG_NOUNS:
            # "the Mirror newspaper", "the Liverpool Echo newspaper"; but "the Energy
            # Department agency" is an agency of the department, not the department
            return orgs[0]
    if _press_named(words, head, orgs, inside):
        return orgs[0]  # "Reuters news agency reported", "the authoritative Business Day"
    if head in PUBLISHED_NOUNS | STATEMENT_NOUNS and len(orgs) == 1 == len(inside):
        after = words[words.index(head) + 1 :] if head in words else []
        if after[:1] in (["by"], ["from"]) and _is_just_name(after[1:], orgs):
            return orgs[0]  # "a press release from Judicial Watch", "a study by X"
    published = _published_by(words, inside)
    if published is not None:
        return published
    if head in PUBLISHED_NOUNS:
        # "a Forbes article", "the RealClearPolitics average": the body named before
        # the noun publishes it
        before = words[: words.index(head)] if head in words else []
        owners = [a for a in orgs if _names_in(before, a)]
        if len(owners) == 1:
            return owners[0]
    if _title_of_body(words, head):
        return None  # "The Governor of the Central Bank of ... (UMOA)": a person
    ending = _ending_name(words, inside)
    if ending is not None:
        return ending
    return None  # "the head of Wagner": left to the description rules


def _press_named(
    words: list[str], head: str | None, orgs: list[Actor], inside: list[Actor]
) -> bool:
    """Whether a mention is a named publication or news agency under its noun, with
    nothing else but words of the press around the name (`PRESS_EPITHETS`): "Reuters
    news agency reported", "the authoritative Business Day newspaper said", "Variety
    trade magazine". The mention ends on the noun and names one body and nothing else,
    whose name is no other kind's: "a Reuters news agency photographer", "the Energy
    Department agency" and "The Communist Party newspaper" are not it."""
    if head not in PUBLICATION_NOUNS | {"agency"} or words[-1:] != [head]:
        return False
    if len(orgs) != 1 or len(inside) != 1:
        return False
    if set(_words(orgs[0].name)) & (ORG_NOUNS - PUBLICATION_NOUNS - {"agency"}):
        return False  # "The Communist Party newspaper": the party's paper, not the party
    rest = words[:-1]
    for name in (orgs[0].name, *orgs[0].aliases):
        own = _words(name)
        for i in range(len(rest) - len(own) + 1):
            others = rest[:i] + rest[i + len(own) :]
            if rest[i : i + len(own)] == own and set(others) <= DETERMINERS | PRESS_EPITHETS:
                return True
    return False


def _published_by(words: list[str], inside: list[Actor]) -> Actor | None:
    """ "a study by Credit Suisse", "a statement by ENOF": what a body published speaks
    for it. The head is the last word before "by" ("by" is no preposition that ends a
    head elsewhere: "a study by" would read "by" as the head), a noun of what is
    published; after "by" comes nothing but the name of the one organisation the mention
    holds ("a poll by CNN and ORC" names two, "a study by a Harvard professor" a person
    the model may have missed)."""
    if "by" not in words[1:]:
        return None
    at = words.index("by", 1)
    orgs = [a for a in inside if a.type == "organization"]
    if len(orgs) != 1 or len(inside) != 1 or words[at - 1] not in PUBLISHED_NOUNS | STATEMENT_NOUNS:
        return None
    return orgs[0] if _is_just_name(words[at + 1 :], orgs) else None


def _joint_voice(ctx: _Context, mention: str, words: list[str], head: str) -> bool:
    """Whether the people who speak ("staff", "officials", "a spokesman") serve two
    bodies named with "and" between them: "the March FOMC and FDIC staff", "Treasury
    and Fed officials", "a spokesman for Airbus and Boeing". The words are theirs
    together, so neither body alone is the speaker, even where the model marked only
    one of the names. Not "the chairman and chief executive" (two titles of one person,
    written lower-case), nor an "and" inside one body's name ("Standard and Poor's")."""
    at = words.index(head)
    owners = list(range(at))
    if at + 1 < len(words) and words[at + 1] in PREPOSITIONS:
        owners += list(range(at + 2, len(words)))
    for i in owners:
        if words[i] not in {"and", "&"} or i - 1 not in owners or i + 1 not in owners:
            continue
        first, second = words[i - 1], words[i + 1]
        if not (_capitalised(mention, first) and _capitalised(mention, second)):
            continue
        # a key's words as `_words` reads them ("standard and poor" of "Standard and
        # Poor's"), or as `name_key` writes them ("sachs and co" of "Sachs and Co.")
        joined = f" {first} {words[i]} {second} "
        keyed = f" {name_key(joined)} "
        if any(
            joined in f" {' '.join(_words(key))} " or keyed in f" {key} " for key in ctx.by_part
        ):
            continue  # the "and" is inside one body's name
        return True
    return False


def _title_of_body(words: list[str], head: str | None) -> bool:
    """Whether the mention is a person's title followed by the body they hold it in
    ("the governor of the central bank of ... (UMOA)", "the head of ..."): the person
    speaks, not a body named in the phrase, even one whose name ends the mention (a
    bracketed acronym). Left to the description rules, which look for who holds it."""
    if head is None or head not in TITLE_WORDS or head in ORG_NOUNS | SPOKES_NOUNS:
        return False
    at = words.index(head) if head in words else -1
    return 0 <= at < len(words) - 1 and words[at + 1] in PREPOSITIONS


def _names_in(words: list[str], actor: Actor) -> bool:
    """Whether one of the actor's names is among `words`."""
    text = " " + " ".join(words) + " "
    return any(f" {' '.join(_words(n))} " in text for n in [actor.name, *actor.aliases] if n)


def _words_outside_names(words: list[str], inside: list[Actor]) -> list[str]:
    """The mention's words without the names in it: "a Ministry of Defence spokeswoman"
    -> ["a", "spokeswoman"], so that the "of" inside the name does not end the head."""
    text = " " + " ".join(words) + " "
    for actor in inside:
        for name in sorted([actor.name, *actor.aliases], key=len, reverse=True):
            key = " " + " ".join(_words(name)) + " "
            if key.strip() and key in text:
                text = text.replace(key, " ")
                break
    return text.split()


# Prepositions of where someone is: "a Democratic strategist on Capitol Hill", "Republicans
# across the Rust Belt" name a place, not the body the speaker speaks for. A thing issued
# "on" a broadcaster is that broadcaster's ("a report on the Canadian Broadcasting Corp").
_WHERE_PREPOSITIONS = frozenset({"on", "near", "across", "around", "outside", "throughout"})


def _ending_name(words: list[str], inside: list[Actor]) -> Actor | None:
    """The organisation whose name ends the mention and heads it ("the local Arab News",
    "the Chinese firm Huawei"), not one after a preposition ("the head of Wagner", "a
    strategist on Capitol Hill")."""
    outside = _words_outside_names(words, inside)
    cut = next((i for i, w in enumerate(outside) if i and w in _WHERE_PREPOSITIONS), None)
    head = _head_noun(outside[:cut])
    issued = head in DOCUMENT_NOUNS | STATEMENT_NOUNS | PUBLISHED_NOUNS
    where = PREPOSITIONS if issued else PREPOSITIONS | _WHERE_PREPOSITIONS
    for actor in inside:
        if actor.type != "organization":
            continue
        for name in [actor.name, *actor.aliases]:
            key = _words(name)
            if not key or len(key) >= len(words) or words[-len(key) :] != key:
                continue
            rest = words[: -len(key)]
            while len(rest) > 1 and rest[-1] in DETERMINERS:
                rest = rest[:-1]  # "a chief with the New York Police Department"
            before = rest[-1]
            if set(rest) & (RELATIVE_PRONOUNS | {"whose"}):
                continue  # "the board which regulates the Farm Credit System"
            if before not in where and before not in {"and", "or", "by"}:
                return actor
    return None


_PARTY_ADJECTIVE_FORMS = frozenset(
    name_key(f.replace("_", " ")) for forms in PARTY_ADJECTIVES.values() for f in forms
)


def _party_named(actor: Actor) -> bool:
    """Whether the organisation is a party under a name or an adjective of it ("Lib
    Dem", "Tory"): never what "the watchdog" or "the company" refers back to."""
    names = {name_key(n) for n in [actor.name, *actor.aliases]}
    return _is_party(actor) or bool(names & _PARTY_ADJECTIVE_FORMS)


def _is_party(actor: Actor) -> bool:
    """Whether the organisation is a political party `PARTY_NAMES` knows, under any of
    its forms ("Liberal Democrats", "the Tories"), whose name need not hold "party"."""
    names = {name_key(n) for n in [actor.name, *actor.aliases]}
    return any(
        name_key(party) in names or names & {name_key(f.replace("_", " ")) for f in forms}
        for party, forms in PARTY_NAMES.items()
    )
