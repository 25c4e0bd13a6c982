"""`_Context`: the lookups over one article built once (mention index, names, sentences,
genders, reports remembered so far), with the small predicates on it that nearly every
rule needs (`_compatible`, `_in_actor`, `_quoted_only`). Everything above imports it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from generator.extract.actor_spans import (
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    WIRE_COMPANY_FORMS,
    surname,
)
from generator.extract.actors import FEMALE_HONORIFICS, MALE_HONORIFICS
from generator.extract.pronouns import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
)
from generator.extract.punctuation import DOUBLE_QUOTES
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.lexicon import (
    FEMALE_ROLE_WORDS,
    MALE_ROLE_WORDS,
    PARTY_ADJECTIVES,
    PARTY_NAMES,
)
from generator.extract.speakers.name_text import (
    _capitalised,
    _sentence_starts,
    _strip_name,
    _words,
)
from generator.extract.speakers.stretch import bare_surname, stretch_namesake
from generator.extract.speech_cues import _is_reporting
from generator.extract.words import word_set
from generator.model import Actor, Quote, name_key
from generator.reading.layout import doc_text

# Titles in "-man" that wire copy gives women too ("FERC Chairman Martha Hesse ... she
# said"): weak evidence of a man (see `_title_male`).
GENERIC_MALE_TITLES = word_set("spokesman chairman businessman congressman")


SUB_UNIT_WORDS = COMPANY_WORDS["arm_words"]


# The longest an actor's mention runs, in characters: where `_Context.spans_at` stops.
LONGEST_NAME = 200


@dataclass
class _Report:
    """A reporting clause met so far: where its speaker is written, and who it was.

    "he said / he added" refers to the subject of the nearest earlier reporting clause,
    which may be an unnamed description ("the prime minister's official spokesman"):
    then the pronoun's quote keeps that description, not the nearest name.
    """

    pos: int
    sent: int
    actor: Actor | None
    mention: str
    start: int
    end: int
    gender: str | None  # of an unresolved description ("spokeswoman" -> "f")


@dataclass
class _Event:
    """A mention of a person before a pronoun: where, who, and how salient."""

    pos: int
    actor: Actor
    sent: int
    subject: bool
    background: bool = False  # subject inside an adverbial clause ("after viewers
    # watched Bush slug it out")
    owner: bool = False  # owns what the sentence names in passing ("a draw against Sir

    # Alex Ferguson's side")


class _SpanIndex:
    """Character spans, which may overlap, indexed to tell whether a position lies in
    any of them without walking them all: sorted by start, with the furthest end reached
    so far beside each, so the walk back from a position stops once nothing before can
    reach it."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach: list[int] = []
        furthest = 0
        for _, e in self.spans:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def covers(self, pos: int) -> bool:
        """Whether `pos` lies in one of the spans."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.reach[i] > pos:
            s, e = self.spans[i]
            if s <= pos < e:
                return True
            i -= 1
        return False


class _Context:
    """Lookups over one article built once: mention index, names, sentences, genders."""

    def __init__(self, doc: Doc, actors: list[Actor]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.actors = actors
        self._advcl_above: dict[int, bool] = {}  # `_under_advcl`, by token
        self.spans: list[tuple[int, int, Actor]] = sorted(
            ((s, e, a) for a in actors for s, e in a.spans), key=lambda t: (t[0], t[1])
        )
        self.span_starts = [s for s, _, _ in self.spans]
        self.by_name: dict[str, Actor] = {}
        self.by_last: dict[str, list[Actor]] = {}
        # Names that may stand for an actor inside a longer phrase: a one-word alias
        # ("European", kept from "European Anti-Fraud Office") is too weak for that.
        self.by_part: dict[str, Actor] = {}
        for actor in actors:
            for name in [actor.name, *actor.aliases]:
                self.by_name.setdefault(name_key(name), actor)
                if name == actor.name or len(name.split()) > 1 or name.isupper():
                    self.by_part.setdefault(name_key(name), actor)
            if actor.type == "person":
                self.by_last.setdefault(name_key(surname(actor.name)), []).append(actor)
        # "Barclays said" where the model merged "Barclays" into Barclays Capital: the
        # mention speaks as the parent body it names (see `_as_written`)
        self.written: dict[str, Actor] = {}
        self.spans = [(s, e, self._as_written(s, e, a)) for s, e, a in self.spans]
        self.sent_starts = _sentence_starts(doc, self.text)
        self.token_starts = [t.idx for t in doc]
        self.gender = {id(a): _gender(self.text, a) for a in actors}
        # men only by a title in "-man" ("FERC Chairman Martha Hesse"): see `_title_male`
        self.title_male = {
            id(a)
            for a in actors
            if self.gender[id(a)] == "m" and _gender(self.text, a, generic=False) is None
        }
        # "Eric Trump called. '...,' Trump said": a bare surname two people share is the
        # one its stretch names in full, whoever the actor merge gave it to
        stretched = [(s, e, a, self._in_stretch(s, e, a)) for s, e, a in self.spans]
        self.spans = [(s, e, found or a) for s, e, a, found in stretched]
        # where the stretch leaves it open, neither of the two: a pronoun that goes back
        # to it finds no one (pronouns._past_open_namesake)
        self.open_namesakes = {s for s, _, _, found in stretched if found is None}
        self.events: list[_Event] = [
            _Event(
                s,
                a,
                self.sent_of(s),
                self.is_subject(s, e),
                self.is_background_subject(s, e),
                _passing_owner(self, s, e),
            )
            for s, e, a in self.spans
            if a.type == "person"
        ]
        self.event_pos = [e.pos for e in self.events]  # kept in step with events
        self.reports: list[_Report] = []  # in text order of their speaker mentions
        self.quote: tuple[int, int] = (0, 0)  # the quote being resolved
        self.contents: list[tuple[int, int]] = []  # every quote's text, sorted
        self._contents = _SpanIndex([])  # `in_content`
        self._reported = _SpanIndex([])  # reported speech only, no quotation: `in_reported`
        self._paraphrase = _SpanIndex([])  # `in_paraphrase`
        self.mentions: list[tuple[int, int]] = []  # every located speaker mention
        self.created: list[Actor] = []  # bodies made for a speaker mention (see resolve_speakers)

    def _as_written(self, start: int, end: int, actor: Actor) -> Actor:
        """The body a mention names as written, when the model merged a parent's bare
        name into one of its arms ("Barclays said" into Barclays Capital): the parent,
        as an actor of its own name (made here, kept only if a quote ends up naming it)."""
        return self.parent_named(self.text[start:end], actor, (start, end))

    def parent_named(
        self, mention: str, actor: Actor, span: tuple[int, int] | None = None
    ) -> Actor:
        """`actor`, or the parent body `mention` names by a bare part of its name (see
        `_as_written`); `span` is where the mention stands, if known."""
        if actor.type != "organization":
            return actor
        party = _party_of(_words(_strip_name(mention)), mention, PARTY_NAMES)
        own = _party_of(_words(actor.name), actor.name, PARTY_NAMES) or _party_of(
            _words(actor.name), actor.name, PARTY_ADJECTIVES
        )
        if party is not None and own is None and name_key(party) != name_key(actor.name):
            # "Labour" merged into "Stevenage Labour Party", a local party the article
            # names once: the party itself speaks
            return self._made(party, span, actor)
        written = _strip_name(mention).split()
        full = actor.name.split()
        if not written or len(written) >= len(full) or not written[0][:1].isupper():
            return actor
        if [w.casefold() for w in full[: len(written)]] != [w.casefold() for w in written]:
            return actor
        rest = [w.casefold() for w in full[len(written) :]]
        merged = "and" in rest[1:] or "&" in rest[1:]
        arm = all(w in SUB_UNIT_WORDS or _company_suffix(w) for w in rest) and bool(
            set(rest) & SUB_UNIT_WORDS
        )  # "Chase" of "Chase Capital Markets Inc": the arm's suffix is no word of its own
        if not merged and not arm:
            return actor  # "Goldman" of Goldman Sachs: one body under a short name
        # (a name joined from two, "BBC Three and News": "a BBC spokeswoman" is the BBC;
        # "Procter and Gamble", where "and" comes right after the part, stays one body)
        return self._made(" ".join(written), span, actor)

    def _made(self, name: str, span: tuple[int, int] | None, merged: Actor | None = None) -> Actor:
        """The body of that name: the article's actor, or one made for the mention (an
        alias of the actor the mention was merged into is no such actor)."""
        known = self.by_name.get(name_key(name))
        if known is not None and known is not merged:
            return known
        made = self.written.get(name_key(name))
        if made is None:
            made = self.written[name_key(name)] = Actor(name, "organization", mentions=1)
        if span is not None:
            made.spans.append(span)
        return made

    def in_content(self, pos: int) -> bool:
        """Whether `pos` lies in the text of any quote (what was said, not who said it)."""
        return self._contents.covers(pos)

    def set_contents(self, quotes: list[Quote]) -> None:
        """Index every quote's text for `in_content`, and reported speech for
        `in_reported`."""
        self.contents = sorted((q.start, q.end) for q in quotes)
        self._contents = _SpanIndex(self.contents)
        self._reported = _SpanIndex([(q.start, q.end) for q in quotes if q.kind == "indirect"])
        paraphrase = [
            span for q in quotes if q.kind == "partial" for span in _paraphrase(self.text, q)
        ]
        self._paraphrase = _SpanIndex(sorted(paraphrase))

    def in_paraphrase(self, pos: int) -> bool:
        """Whether `pos` lies in the writer's words of a reported clause shown with the
        words it quotes ('the meeting was "a private visit"'), outside the marks."""
        return self._paraphrase.covers(pos)

    def in_reported(self, pos: int) -> bool:
        """Whether `pos` lies in reported speech ("aides say Ivanka Trump advises her
        father"): the writer's paraphrase, whose subject the story goes on about."""
        return self._reported.covers(pos)

    def in_quote(self, pos: int) -> bool:
        """Whether `pos` lies in the quote being resolved."""
        return self.quote[0] <= pos < self.quote[1]

    def sent_of(self, pos: int) -> int:
        """Index of the sentence holding character `pos`."""
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def events_before(self, pos: int) -> Iterator[_Event]:
        """The person mentions before character `pos`, nearest first: the walk back every
        pronoun and description makes to find whom it stands for."""
        i = bisect.bisect_left(self.event_pos, pos) - 1
        while i >= 0:
            yield self.events[i]
            i -= 1

    def events_between(self, begin: int, end: int) -> Iterator[_Event]:
        """The person mentions from character `begin` up to `end`, in text order."""
        i = bisect.bisect_left(self.event_pos, begin)
        while i < len(self.events) and self.events[i].pos < end:
            yield self.events[i]
            i += 1

    def sentence_span(self, sent: int) -> tuple[int, int]:
        """Where sentence `sent` starts and ends in the text."""
        starts = self.sent_starts
        return starts[sent], starts[sent + 1] if sent + 1 < len(starts) else len(self.text)

    def sentence_tokens(self, sent: int) -> Iterator[Token]:
        """The tokens of sentence `sent`, in order."""
        start, end = self.sentence_span(sent)
        i = bisect.bisect_left(self.token_starts, start)
        while i < len(self.doc) and self.doc[i].idx < end:
            yield self.doc[i]
            i += 1

    def is_subject(self, start: int, end: int, main: bool = False) -> bool:
        """Whether the mention at [start, end) is the subject of its clause (with `main`,
        of its sentence's main verb)."""
        token = self.subject_token(start, end)
        if token is None:
            return False
        return not main or token.head.i == token.sent.root.i

    def subject_token(self, start: int, end: int) -> Token | None:
        """The token through which the mention at [start, end) is a clause's subject
        ("Aviation analyst Nick Van den Brul": the title it is compounded into), if it
        is one."""
        token = self.name_head(max(start, end - 1))
        if token is None:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and span.root.dep_ in _NOMINAL_SUBJECT_DEPS:
            token = span.root  # "The Office for Budget Responsibility": "Office" heads it
        if _described_subject_name(token):
            token = token.head
        return token if token.dep_ in _NOMINAL_SUBJECT_DEPS else None

    def name_head(self, pos: int) -> Token | None:
        """The word the token at `pos` hangs from as part of a name or a compound: the
        head its "compound" and "flat" links lead up to (the name's head word, or the
        title it is compounded into, as in "Aviation analyst Nick Van den Brul"), whose
        dependency tells the mention's role in its clause (`subject_token`,
        `gender._object_of_preposition`, `reports._said_of_by_pronoun`). None before the
        first token."""
        i = bisect.bisect_right(self.token_starts, pos) - 1
        if i < 0 or i >= len(self.doc):
            return None
        token = self.doc[i]
        while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
            token = token.head
        return token

    def is_background_subject(self, start: int, end: int) -> bool:
        """Whether the mention is the subject of a clause inside an adverbial clause
        ("... comes four months after viewers watched Bush slug it out"): background to
        the sentence, not the person it is about, so no antecedent for a later "he"."""
        token = self.subject_token(start, end)
        if token is None:
            return False
        return self._under_advcl(token.head)

    def _under_advcl(self, verb: Token) -> bool:
        """Whether `verb` or a head above it (the root left out) is an adverbial clause.

        Remembered for every token on the way up: in a run-on "sentence" thousands of
        tokens deep, a walk per mention grew with the square of its length."""
        known = self._advcl_above
        path = []
        while verb.i not in known and verb.head.i != verb.i and verb.dep_ != "advcl":
            path.append(verb.i)
            verb = verb.head
        if verb.i in known:
            found = known[verb.i]
        else:
            found = verb.dep_ == "advcl" and verb.head.i != verb.i
            known[verb.i] = found
        for i in path:
            known[i] = found
        return found

    def _in_stretch(self, start: int, end: int, actor: Actor) -> Actor | None:
        """The person a bare surname at [start, end) stands for when people share it:
        the one namesake its stretch names in full (`stretch.stretch_namesake`), among
        those of the sex an honorific before it gives ("Ms. Khan"); None when the
        stretch leaves it open, else the actor it was given."""
        if actor.type != "person" or not bare_surname(self.text, start, end, actor):
            return actor
        namesakes = self.by_last.get(name_key(surname(actor.name)), [])
        before = self.text[max(0, start - 8) : start].split()
        title = before[-1].casefold() if before else ""
        sex = "m" if title in MALE_HONORIFICS else "f" if title in FEMALE_HONORIFICS else None
        if sex is not None:
            namesakes = [a for a in namesakes if self.gender.get(id(a)) in {None, sex}]
        decides, found = stretch_namesake(self.text, namesakes, start, _headline_end(self))
        return found if decides else actor

    def last_report(self, start: int) -> _Report | None:
        """The last reporting clause remembered before `start` (of `reports`, whose
        speaker mention stands before it), or None: the clause a description or a
        report's words after it may go back to."""
        return next((r for r in reversed(self.reports) if r.pos < start), None)

    def spans_at(self, pos: int) -> list[tuple[int, int, Actor]]:
        """The actor mentions that hold character `pos`, in the order they start. No name
        runs over `LONGEST_NAME` characters, so the search back stops there."""
        found = []
        i = bisect.bisect_right(self.span_starts, pos) - 1
        while i >= 0 and self.spans[i][0] > pos - LONGEST_NAME:
            if pos < self.spans[i][1]:
                found.append(self.spans[i])
            i -= 1
        return found[::-1]

    def actors_in(self, start: int, end: int) -> list[Actor]:
        """Actors with a mention inside [start, end), in order of appearance."""
        found: list[Actor] = []
        i = bisect.bisect_left(self.span_starts, start)
        while i < len(self.spans) and self.spans[i][0] < end:
            _, e, actor = self.spans[i]
            if e <= end and actor not in found:
                found.append(actor)
            i += 1
        return found


def _described_subject_name(token: Token) -> bool:
    """Whether a person's name is in apposition to the description that is its clause's
    subject ("But Wenger's Bayern counterpart Felix Magath was in no mood ...", the name
    parsed as hanging on "counterpart"): the name is the subject, as the description is.
    Only a common noun before the name, never another name ("Smith, Jones said")."""
    head = token.head
    return (
        token.dep_ == "appos"
        and token.ent_type_ == "PERSON"
        and head.pos_ == "NOUN"
        and head.i < token.i
        and head.dep_ in _NOMINAL_SUBJECT_DEPS
    )


def _names(quote: Quote, actor: Actor) -> bool:
    """Whether the quote's speaker mention is the actor's own name (or an alias)."""
    mention = name_key(quote.speaker_mention or "")
    return bool(mention) and mention in {name_key(n) for n in [actor.name, *actor.aliases]}


def _anchor(quote: Quote) -> int:
    """Where the quote's speaker is mentioned, or the quote itself when not located."""
    if quote.speaker_start is not None:
        return quote.speaker_start
    return quote.start


def _possessive(ctx: _Context, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is a possessive ("Mr Mallon's claim"): the
    owner of a reported claim, not a subject of the sentence it stands in."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    after = ctx.doc[span.end] if span.end < len(ctx.doc) else None
    return span.root.dep_ == "poss" or (after is not None and after.dep_ == "case")


def _passing_owner(ctx: _Context, start: int, end: int) -> bool:
    """Whether the mention owns something named in passing ("a draw against Sir Alex
    Ferguson's side"), not the subject of its sentence ("Adelson's political activities
    were guided by ...", a sentence about Adelson)."""
    if not _possessive(ctx, start, end):
        return False
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return span.root.head.dep_ not in _NOMINAL_SUBJECT_DEPS


def _party_of(words: list[str], mention: str, lists: dict[str, frozenset[str]]) -> str | None:
    """The canonical party name whose form in `lists` the words are, written with
    capitals in the mention ("Labour costs" is no party, "the Greens" is)."""
    if not words or not all(_capitalised(mention, w) for w in words):
        return None
    form = "_".join(words)
    return next((name for name, forms in lists.items() if form in forms), None)


def _quote_sentences(ctx: _Context, pos: int, start: int) -> int:
    """How many sentences between `pos` and `start` are quoted text."""
    return sum(
        1
        for sent in range(ctx.sent_of(pos), ctx.sent_of(start))
        if ctx.in_content(ctx.sent_starts[sent] + 1)
    )


def _company_suffix(word: str) -> bool:
    """Whether a word is a company suffix, English ("Co", "Inc") or one of the foreign
    forms wire copy writes ("AG", "SpA", "NV"; as written, so "Spa" of a town is none)."""
    return word.casefold() in COMPANY_SUFFIXES or word in WIRE_COMPANY_FORMS


def _quoted_only(ctx: _Context, sent: int) -> bool:
    """Whether every word of a sentence is quoted: "Mr Straw said: “He is clever.⏎“He
    lacks strategy.” The Foreign Secretary told the BBC": the speaker's own sentences go
    on with his report, so the description after them is still next to it."""
    start, end = ctx.sentence_span(sent)
    return all(ctx.in_content(i) for i in range(start, end) if ctx.text[i].isalpha())


def _headline_end(ctx: _Context) -> int:
    """Where the body starts: after a first line that is a headline (no closing stop)."""
    first = ctx.text.split("\n", 1)[0].rstrip()
    return len(first) if first and first[-1] not in '.!?"”' else 0


def _in_reported_clause(token: Token) -> bool:
    """Whether `token` stands in the complement of a reporting verb ("said that the
    first minister should know"): part of what is reported."""
    verb = token.head
    while verb.head.i != verb.i:
        if verb.dep_ in {"ccomp", "xcomp"} and _is_reporting(verb.head, direct=False):
            return True
        verb = verb.head
    return False


def _in_actor(ctx: _Context, pos: int) -> bool:
    """Whether character `pos` lies in a mention of any actor."""
    return bool(ctx.spans_at(pos))


def _pronoun_subject(ctx: _Context, sent: int, gender: str) -> bool:
    """Whether sentence `sent` has a "he"/"she" of that gender as a subject."""
    words = FEMALE_PRONOUNS if gender == "f" else MALE_PRONOUNS
    return any(
        token.lower_ in words and token.dep_ in _NOMINAL_SUBJECT_DEPS
        for token in ctx.sentence_tokens(sent)
    )


def _compatible(ctx: _Context, actor: Actor, gender: str) -> bool:
    """Whether "he"/"she" can refer to `actor`, given what the article says about gender."""
    known = ctx.gender.get(id(actor))
    return known is None or known == gender


def _gender(text: str, actor: Actor, generic: bool = True) -> str | None:
    """Gender "m"/"f" from honorifics before the name ("Mr", "Mrs") or gendered role nouns;
    "x" when both "Mr" and "Mrs" stand before its mentions (two people under one name).
    `generic`: whether a title in "-man" (`GENERIC_MALE_TITLES`) votes; wire copy
    writes "Chairman" of a woman it then calls "she" (see `_title_male`)."""
    if actor.type != "person":
        return None
    votes = {"m": 0, "f": 0}
    for start, _ in actor.spans:
        before = text[max(0, start - 6) : start].split()
        word = before[-1].casefold() if before else ""
        if word in MALE_HONORIFICS:
            votes["m"] += 1
        elif word in FEMALE_HONORIFICS:
            votes["f"] += 1
    if votes["m"] and votes["f"]:
        return "x"  # "Mr Howard" and "Mrs Howard" merged: neither "he" nor "she" is safe
    for role in actor.roles:
        words = set(_words(role))
        votes["f"] += len(words & FEMALE_ROLE_WORDS)
        votes["m"] += len(
            words & (MALE_ROLE_WORDS if generic else MALE_ROLE_WORDS - GENERIC_MALE_TITLES)
        )
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


def _paraphrase(text: str, quote: Quote) -> list[tuple[int, int]]:
    """The writer's words of a reported clause shown with the words it quotes ('the
    meeting was "a private visit"'): the stretches of the quote outside its quotation
    marks, reported speech as an indirect quote is; none for a bare fragment."""
    marks = [i for i in range(quote.start, quote.end) if text[i] in DOUBLE_QUOTES]
    if not marks:
        return []
    edges = [quote.start, *marks, quote.end]
    outside = list(zip(edges[::2], edges[1::2], strict=False))
    return [(a, b) for a, b in outside if text[a:b].strip(' \t\n"\u201c\u201d')]
