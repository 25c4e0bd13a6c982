"""Documents filed in a case, speaking for whoever filed them: "Acme Corp said it sued
Bolt Inc ... The suit alleges that ...", "The NLRB issued a complaint against the firm
... the complaint asserts", "a civil complaint by the SEC ... The complaint said". The
article names who filed the document a few sentences before its words (the headline
left out); the one filer found there speaks, never when two filers or an unclear one
("shareholders filed a complaint", "it was sued by two companies") stand in that stretch.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from generator.extract.pronouns import SECOND_PERSON_PRONOUNS, SUBJECT_PRONOUNS
from generator.extract.speakers.context import _Context, _headline_end
from generator.extract.speakers.lexicon import LOOKBACK_SENTENCES
from generator.extract.words import word_lists
from generator.model import Actor

_WORDS = word_lists("speaker_words")
FILED_DOCUMENT_NOUNS = _WORDS["filed_document_nouns"]
FILING_VERBS = _WORDS["filing_verbs"]
SUING_VERBS = _WORDS["suing_verbs"]

# subjects that stand for the one who said the clause the filing is reported in: "Acme
# said it sued Bolt" filed for Acme
_REPORTED_PRONOUNS = SUBJECT_PRONOUNS - SECOND_PERSON_PRONOUNS - {"i"}
_INDEFINITE = frozenset({"a", "an"})


def _document_author(ctx: _Context, start: int, head: str) -> Actor | None:
    """The one who filed the case document a mention such as "the suit" or "the
    complaint" (head `head`, one of FILED_DOCUMENT_NOUNS) stands for: the sole filer
    the article names in the mention's sentence up to it or in the LOOKBACK_SENTENCES
    before. Every filing there counts: one whose filer is no single person or body the
    article knows (several, a group, none) leaves the document's words to no one."""
    if head not in FILED_DOCUMENT_NOUNS:
        return None
    here = ctx.sent_of(start)
    # the headline's "State sues drug maker" is the story's filing told in headlinese
    begin = max(ctx.sent_starts[max(0, here - LOOKBACK_SENTENCES)], _headline_end(ctx))
    i = bisect.bisect_left(ctx.token_starts, begin)
    authors: list[Actor] = []
    while i < len(ctx.doc) and ctx.doc[i].idx < start:
        token = ctx.doc[i]
        i += 1
        if ctx.in_content(token.idx) and not _reported_filing(token):
            continue
        filer = _filer(token)
        if filer is False:
            continue  # no filing here
        actor = _actor_of(ctx, filer) if filer is not None else None
        if actor is None:
            return None  # a filing by no one the article names clearly
        if actor not in authors:
            authors.append(actor)
    return authors[0] if len(authors) == 1 else None


def _reported_filing(token: Token) -> bool:
    """Whether a token inside reported words is still the writer's account of a filing
    ("Acme said it sued Bolt": the suing is what Acme reports, and is Acme's)."""
    return token.lemma_.lower() in SUING_VERBS | FILING_VERBS | FILED_DOCUMENT_NOUNS


def _filer(token: Token) -> Token | bool | None:
    """Who files, if `token` reports a filing: the subject of "sue" ("Acme sued Bolt")
    or the agent of its passive ("was sued by Bolt"); the subject of a filing verb whose
    object is a filed document ("filed a suit"), the agent of a participle after one
    ("a suit filed by Bolt") or the body after "by" ("a complaint by the SEC"). None
    when the token reports a filing whose filer is not said; False when it reports
    none (a definite "the suit" that only refers back)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in SUING_VERBS:
        return _subject_or_agent(token)
    if token.pos_ not in {"NOUN", "PROPN"} or lemma not in FILED_DOCUMENT_NOUNS:
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
        if child.dep_ == "acl" and child.lemma_.lower() in FILING_VERBS:
            agent = _agent(child)
            if agent is not None:
                return agent
    verb = token.head
    if token.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in FILING_VERBS:
        return _subject_or_agent(verb)
    if token.dep_ == "nsubjpass" and verb.lemma_.lower() in FILING_VERBS:
        return _agent(verb)
    if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children):
        return None  # "a class action complaint" filed by whom the verb does not say
    return False


def _subject_or_agent(verb: Token) -> Token | None:
    """The active subject of `verb`, or the agent of its passive; a pronoun subject of
    a reported clause ("Acme said it sued Bolt") is the reporting clause's subject."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return _agent(verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        if verb.dep_ == "xcomp":  # "Acme plans to sue Bolt"
            return _subject_or_agent(verb.head)
        return None
    subject = subjects[0]
    if subject.lower_ in _REPORTED_PRONOUNS and verb.dep_ == "ccomp":
        said = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return said[0] if said and said[0].lower_ not in _REPORTED_PRONOUNS else None
    return subject


def _agent(verb: Token) -> Token | None:
    """The one named after "by" on a passive verb or participle."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def _actor_of(ctx: _Context, token: Token) -> Actor | None:
    """The one person or body the phrase headed by `token` names, without what hangs
    after it ("Allegheny International, which agreed to merge with First Boston"); none
    for several joined by "and" ("the party and the Clinton campaign")."""
    if any(c.dep_ == "conj" for c in token.children):
        return None
    begin, end = token.left_edge.idx, token.idx + len(token.text)
    found = [a for a in ctx.actors_in(begin, end) if a.type in {"person", "organization"}]
    if not found:
        # "ChemLawn also said it began litigation": a name the model left unmarked here,
        # whose reporting clause was resolved to a speaker
        found = [
            r.actor
            for r in ctx.reports
            if r.actor is not None and r.start <= token.idx < r.end and r.end <= end
        ]
    return found[0] if len(found) == 1 and found[0].type in {"person", "organization"} else None
