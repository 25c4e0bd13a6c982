"""The subject of the sentences before a quote, for speakers the writer leaves unnamed
("Minar, ranked 158th, ... said the 20-year-old"): the nearest main clause's named
subject, hops along a chain of pronoun subjects, and the organisation a closing report
belongs to.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from generator.extract.body_names import LED_BODIES
from generator.extract.nationalities import DEMONYM_NOUNS
from generator.extract.pronouns import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
)
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.context import (
    _compatible,
    _Context,
    _in_actor,
    _in_reported_clause,
    _quote_sentences,
    _quoted_only,
)
from generator.extract.speakers.lexicon import (
    DOCUMENT_NOUNS,
    LOOKBACK_SENTENCES,
    ORG_NOUNS,
    SPOKES_NOUNS,
    STATEMENT_NOUNS,
)
from generator.extract.speakers.name_text import _head_noun, _words
from generator.extract.speech_cues import PLAIN_REPORT_CUES
from generator.model import Actor, name_key


def _previous_subject(
    ctx: _Context, start: int, reporting: bool = False, owner: bool = False
) -> Actor | None:
    """ "Minar, ranked 158th, was forced to pull out ... '...,' said the 20-year-old":
    the named subject of the nearest main clause before, outside any quote, within the
    sentence before; an age is said of a person, so never a place. `reporting`: only
    if that clause plainly reports ("Geonex said ..."), not if it is about the subject
    ("Under the order, Merrill Lynch is barred ..."). `owner`: a subject that names no
    one stands for the person it belongs to ("Campbell's relay triumph made up for
    ... The 31-year-old said": the sentence is about Campbell)."""
    i = bisect.bisect_left(ctx.token_starts, start) - 1
    here = ctx.sent_of(start)
    while i >= 0:
        token = ctx.doc[i]
        i -= 1
        if ctx.sent_of(token.idx) < here - 1 - _quote_sentences(ctx, token.idx, start):
            return None
        if not _main_clause_subject(token) and not _verbless_name_root(token):
            continue
        if ctx.in_content(token.idx) and not _attributed_aside(ctx, token):
            continue
        if reporting and token.head.lower_ not in PLAIN_REPORT_CUES:
            return None  # "said", "told", "added": "X said the office has urged" may
            # parse with "urged" as the main verb
        found = [a for s, e, a in ctx.spans if s <= token.idx < e]
        if not found:
            # "Their coach, John Smith, said", "The versatile Finnan, who ..., is" parsed
            # with "versatile" as the subject: a name in apposition is the subject
            found = [
                a
                for child in token.children
                if child.dep_ == "appos"
                for s, e, a in ctx.spans
                if s <= child.idx < e
            ][:1]
        if not found:
            # "The star of Rain Man and Tootsie said ... The 67-year-old also said": a
            # description the article resolved as the speaker of its own report
            found = [
                r.actor
                for r in ctx.reports
                if r.start <= token.idx < r.end and r.actor is not None and r.actor.type == "person"
            ][:1]
        if not found and owner:
            found = _owners(ctx, token)
        if not found and token.pos_ == "PROPN":
            # a surname the model did not tag here: the one actor whose name ends with it
            found = [a for a in ctx.actors if a.name.split()[-1].casefold() == token.lower_]
            found = found if len(found) == 1 else []
        if not found and token.head.dep_ == "conj":
            continue  # "X spent Monday ..., and he left": the main clause's X decides
        return found[0] if found and found[0].type != "place" else None
    return None


def _attributed_aside(ctx: _Context, token: Token) -> bool:
    """Whether a subject is the writer's own sentence about someone, only attributed to
    a source in an aside: "But later on Saturday, according to The Independent, Wenger
    spoke to reporters ... '...,' the Arsenal boss is quoted as saying". The sentence is
    read as reported speech, yet it is about Wenger, as any sentence of the writer's."""
    if not ctx.in_reported(token.idx):
        return False
    before = ctx.text[token.sent.start_char : token.idx].casefold()
    return "according to" in before


def _main_clause_subject(token: Token) -> bool:
    """Whether a token is the subject of a main clause: the sentence's root verb, or a
    clause coordinated with it ("The department is due to lose its authority, but
    chairman Howard Metzenbaum wants it shifted now": the nearer one is Metzenbaum)."""
    if token.dep_ not in _NOMINAL_SUBJECT_DEPS:
        return False
    verb = token.head
    if verb.dep_ == "ROOT":
        return True
    if verb.dep_ != "conj" or verb.head.dep_ != "ROOT" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    # joined by "and"/"but": "the impact manager Jose Mourinho has had" parsed as a
    # clause coordinated with no conjunction is a relative clause, not a main one
    root = verb.head
    return any(c.dep_ == "cc" and root.i < c.i < verb.i for c in [*root.children, *verb.children])


def _verbless_name_root(token: Token) -> bool:
    """Whether the small model parsed a sentence about a named person with no main verb,
    making the name its root: "But Sen. Jake Garn, the committee's top Republican,
    chastised senators ..." hangs "chastised" under "senators". The name is the
    sentence's subject all the same; its finite verb says the sentence is a clause, not
    a heading or a caption."""
    if token.dep_ != "ROOT" or token.pos_ != "PROPN":
        return False
    return any(t.tag_ in _FINITE_TAGS for t in token.subtree if t is not token)


#: Penn tags of a finite verb ("chastised", "says", "say")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _owners(ctx: _Context, token: Token) -> list[Actor]:
    """The people named as the owner of the phrase headed by `token` ("Campbell's relay
    triumph": Campbell), by a possessive or a name before the noun ("the Sanders
    campaign": Sanders's)."""
    found: list[Actor] = []
    for child in token.children:
        if child.dep_ not in {"poss", "compound"} or child.pos_ != "PROPN":
            continue
        found += [a for s, e, a in ctx.spans if s <= child.idx < e and a.type == "person"]
    return found


def _opening_owner(ctx: _Context, start: int) -> Actor | None:
    """The person whose possessive opens the writer's sentence just before `start`
    ("Campbell's relay triumph made up for ..."): what that sentence is about, whatever
    the parser made of its verb."""
    here = ctx.sent_of(start)
    sent = here - 1
    while sent >= 0 and _quoted_only(ctx, sent):
        sent -= 1
    if sent < 0 or sent < here - 1 - _quote_sentences(ctx, ctx.sent_starts[sent], start):
        return None
    i = bisect.bisect_left(ctx.token_starts, ctx.sent_starts[sent])
    while i < len(ctx.doc) and ctx.doc[i].lower_ in {"and", "but", "so", "yet"}:
        i += 1
    while i < len(ctx.doc) and ctx.doc[i].dep_ in {"compound", "flat"}:
        i += 1
    if i >= len(ctx.doc) or ctx.doc[i].dep_ != "poss" or ctx.doc[i].pos_ != "PROPN":
        return None
    found = _owners(ctx, ctx.doc[i].head)
    return found[0] if len(found) == 1 else None


CHAIN_HOPS = 2  # sentences whose subject only refers back, before the named one


def _chained_subject(ctx: _Context, start: int) -> Actor | None:
    """The named subject a chain of referring subjects goes back to: "Paula Radcliffe
    has called for ...⏎⏎The marathon world record holder believes ... “...,” the
    30-year-old told": a sentence whose main subject is "he"/"she" or a definite
    description naming no one, and which names no person, goes on with the subject
    of the sentence before it (at most `CHAIN_HOPS` such sentences). The named subject
    must fit a "he"/"she" of the chain."""
    sent = ctx.sent_of(start) - 1
    gender = ""
    for hop in range(CHAIN_HOPS + 1):
        while sent >= 0 and _quoted_only(ctx, sent):
            sent -= 1
        subject = _main_subject(ctx, sent) if sent >= 0 else None
        if subject is None:
            return None
        named = [a for s, e, a in ctx.spans if s <= subject.idx < e]
        if named:
            found = named[0]
            if hop == 0 or found.type != "person":
                return None  # the sentence just before is `_previous_subject`'s
            return found if not gender or _compatible(ctx, found, gender) else None
        if subject.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS:
            gender = gender or ("f" if subject.lower_ in FEMALE_PRONOUNS else "m")
        elif not _unnamed_description(subject):
            return None
        lo, hi = ctx.sentence_span(sent)
        if any(lo <= e.pos < hi for e in ctx.events):
            return None  # a person named in a sentence of the chain, even in what it
            # reports ("believes coach Ian Marsh was right"): the description may be theirs
        sent -= 1
    return None


def _main_subject(ctx: _Context, sent: int) -> Token | None:
    """The subject of the main verb of sentence `sent`, outside quotes."""
    for token in ctx.sentence_tokens(sent):
        main = token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT"
        if main and not ctx.in_content(token.idx):
            return token
    return None


def _unnamed_description(token: Token) -> bool:
    """Whether the subject headed by `token` is a definite description of one person
    that names no one: "the Moroccan", "The marathon world record holder"."""
    phrase = token.doc[token.left_edge.i : token.i + 1]
    if phrase[0].lower_ != "the":
        return False
    if token.lower_ in DEMONYM_NOUNS and len(phrase) == 2:
        return True  # "the Moroccan", tagged a name or not
    if token.pos_ != "NOUN" or token.tag_ != "NN" or any(t.pos_ == "PROPN" for t in phrase):
        return False
    return token.lemma_.lower() not in ORG_NOUNS | DOCUMENT_NOUNS | STATEMENT_NOUNS


def _sole_previous_subject(ctx: _Context, start: int, owner: bool = False) -> Actor | None:
    """The previous main clause's named subject (`_previous_subject`; with `owner`, or
    the person it belongs to), only when no other person is named in its sentence
    outside quotes: a description of nationality or age may be said of anyone named
    there."""
    found = _previous_subject(ctx, start, owner=owner)
    if found is None and owner:
        found = _opening_owner(ctx, start) or _chained_subject(ctx, start)
    if found is None or found.type != "person":
        return None
    sent: int | None = None
    for event in ctx.events_before(start):
        if ctx.in_content(event.pos):
            continue
        if event.actor is found:
            sent = event.sent if sent is None else sent
            continue
        if sent is None or event.sent >= sent:
            return None  # someone else named between that subject and the description
        break
    return found if sent is not None else None


def _last_subject_is_a_thing(ctx: _Context, start: int) -> bool:
    """Whether the nearest main-clause subject before `start`, outside any quote, is a
    common noun that names no actor ("the report", "the plan"): "it" is then that thing,
    not an organisation named further back."""
    return _last_thing_subject(ctx, start) is not None


def _document_subject(ctx: _Context, start: int) -> Span | None:
    """The document an "it said" at `start` stands for: the thing of
    `_last_thing_subject`, when it is a document ("A confidential 2010 report by a
    private investigator pinpointed ... “...,” it stated") in the pronoun's sentence
    or the last one of the writer's before it (a quotation's own sentences between do
    not count). Returned as the phrase up to its noun ("A confidential 2010
    report"), the article's own description of the speaker."""
    token = _last_thing_subject(ctx, start)
    if token is None or token.lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS:
        return None
    here = ctx.sent_of(start)
    if any(not _quoted_only(ctx, k) for k in range(ctx.sent_of(token.idx) + 1, here)):
        return None  # sentences of the writer's own between the two
    return ctx.doc[token.left_edge.i : token.i + 1]


def _last_thing_subject(ctx: _Context, start: int) -> Token | None:
    """The subject of `_last_subject_is_a_thing`, or None."""
    i = bisect.bisect_left(ctx.token_starts, start) - 1
    here = ctx.sent_of(start)
    while i >= 0:
        token = ctx.doc[i]
        i -= 1
        if ctx.sent_of(token.idx) < here - LOOKBACK_SENTENCES:
            return None
        if not _main_clause_subject(token) and not _verbless_name_root(token):
            continue
        if ctx.in_content(token.idx):
            continue
        if token.pos_ != "NOUN" or _in_actor(ctx, token.idx):
            return None
        if any(r.start <= token.idx < r.end for r in ctx.reports):
            return None  # "The report said: ... It said": a voice, left to the rules below
        return None if token.lemma_.lower() in ORG_NOUNS else token
    return None


def _org_subject_before(ctx: _Context, start: int) -> Actor | None:
    """ "The council said ... It said": the organisation that was the last subject.

    Looks at the sentence before the pronoun's (and the pronoun's own, before it) for an
    organisation in subject position; a person subject in between blocks it.
    """
    here = ctx.sent_of(start)
    i = bisect.bisect_left(ctx.span_starts, start) - 1
    while i >= 0:
        s, e, actor = ctx.spans[i]
        i -= 1
        if ctx.sent_of(s) < here - 1:
            break
        if ctx.in_quote(s) or not ctx.is_subject(s, e):
            continue  # a subject inside the quote is what "it" says, not who
        token = ctx.subject_token(s, e)
        reported = ctx.in_content(s) or (token is not None and _in_reported_clause(token))
        if reported and actor is not _last_reporter(ctx, start):
            return None  # "Clevite said J.P. Industries held back ... It said": a subject
            # of words another body reported is what it said, not who goes on; nor of
            # words no one was found to report ("Kinburn owns 31 pct of SHL, the company
            # said. It said": "it" is the company that spoke, not Kinburn)
        return actor if actor.type == "organization" else None
    return None


_CLOSING_REPORT = re.compile(
    r",\s+(?:the\s+)?(?P<name>[A-Z][^\W\d][\w.&'-]*(?:\s+[\w.&'-]+)*?)"
    r"(?:\s+[(<](?P<short>[A-Z][\w.&-]+)[)>])?\s+said\.\s*\Z"
)


def _closing_body_report(ctx: _Context, start: int) -> Actor | None:
    """ "The U.S. emphasis on its trade deficit is misplaced, the General Agreement on
    Tariffs and Trade (GATT) said.⏎By stressing ..., it said": the organisation whose
    name, written in full, closes the sentence just before the "it" sentence as its
    reporting clause ("..., NAME said."). Wire leads end so, and the parse of such a
    long lead often misses the clause (no report, no subject), so that the wire copy's
    "it said" that goes on was left without a speaker.

    Only when the pronoun's own sentence names no one before it outside the reported
    words, only the sentence right before the pronoun's, only a clause that is the name
    of one organisation of the article and nothing else (a determiner, a bracketed
    short form or ticker at most: "analysts at Merrill Lynch said" names other
    speakers), outside any quotation marks (the parse may have taken the whole lead for
    reported words, clause included, so the quotes' extent is no guide there)."""
    sent_start = ctx.sent_starts[ctx.sent_of(start)]
    i = bisect.bisect_left(ctx.span_starts, sent_start)
    while i < len(ctx.spans) and ctx.spans[i][0] < start:
        if not ctx.in_content(ctx.spans[i][0]):
            return None  # "The Commission ordered Bell Canada to cut rates because it
            # said ...": a body or person named in the pronoun's own sentence, outside
            # the words reported, is whom the "it" may stand for
        i += 1
    before = ctx.text[:sent_start].rstrip()
    match = _CLOSING_REPORT.search(before[-300:])
    if match is None or '"' in match.group(0):
        return None
    at = len(before) - len(before[-300:]) + match.start("name")
    if ctx.text[ctx.text.rfind("\n", 0, at) + 1 : at].count('"') % 2:
        return None  # inside a quotation still open in its paragraph
    for name in (match.group("name"), match.group("short")):
        actor = ctx.by_name.get(name_key(" ".join(name.split()))) if name else None
        if actor is not None and actor.type == "organization":
            return actor
    return None


def _last_reporter(ctx: _Context, start: int) -> Actor | None:
    """Whom the last reporting clause before `start` was resolved to, if anyone."""
    before = [r for r in ctx.reports if r.pos < start]
    return max(before, key=lambda r: r.pos).actor if before else None


def _org_subject_just_before(ctx: _Context, start: int) -> Actor | None:
    """The organisation that is the main subject of the sentence right before `start`
    ("But the Home Office defended the measures. A spokesman said"), when no other
    actor stands before it there nor between it and `start` (a spokesman "for" no one
    named speaks for the body the story has just made its subject)."""
    here = ctx.sent_of(start)
    if here == 0:
        return None
    begin = ctx.sent_starts[here - 1]
    i = bisect.bisect_left(ctx.span_starts, begin)
    inside = [
        (s, e, actor)
        for s, e, actor in ctx.spans[i:]
        if s < start and not ctx.in_content(s) and actor.type != "place"
    ]
    if not inside:
        return None
    s, e, actor = inside[0]
    if actor.type != "organization" or not ctx.is_subject(s, e, True):
        return None
    return actor if all(other is actor for _, _, other in inside) else None


def _previous_org_report(ctx: _Context, start: int, voice: bool = True) -> Actor | None:
    """The organisation whose reporting clause is the nearest before `start`, if clear.

    "The NAO said ... The report said ... It said ...": "it" and "the report" continue
    the body that spoke last. Only within a few sentences and the same stretch of
    reports: a person's reporting clause in between, or another organisation as the
    subject of a sentence in between, leaves it open (a subject inside a reported
    clause, "concern that the Treasury had not reviewed the charges", does not).
    """
    here = ctx.sent_of(start)
    report = ctx.last_report(start)
    if report is None:
        return None
    if report.actor is None or report.actor.type != "organization":
        return None
    if not voice and _head_noun(_words(report.mention)) in SPOKES_NOUNS:
        # "A BBC spokeswoman said ... The report said": a spokeswoman publishes no
        # report; it is the one the article is about, whoever issued it
        return None
    if not voice and report.actor.name.split()[-1].casefold() in LED_BODIES:
        return None  # "her campaign sought ... the report, which concluded": a campaign
        # publishes no report; an inquiry's report is about it
    if report.sent < here - LOOKBACK_SENTENCES:
        return None
    i = bisect.bisect_left(ctx.span_starts, report.end)
    while i < len(ctx.spans) and ctx.spans[i][0] < start:
        s, e, actor = ctx.spans[i]
        i += 1
        if actor is not report.actor and actor.type != "place" and ctx.is_subject(s, e, True):
            return None
    return report.actor
