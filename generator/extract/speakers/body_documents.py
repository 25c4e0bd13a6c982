"""A body's paper as the speaker: "The Bank of England proposed ... outlined in a
consultative paper ..., the Bank said ... the paper said", "A confidential executive
summary of a draft Bank report ... The summary said". Wire copy goes on quoting a
body's report, proposal or summary by the document's noun, and an editor reads its
words as the body's, as the annotations do for "The report said" after the National
Audit Office spoke.

The document must be the body's by what the article says of it, not by nearness: every
earlier mention of the noun is read for who wrote it (an owner, "by" or "from" a body,
a name word in front of it, "a summary of a draft Bank report", the body whose report
or main clause the noun stands in), and the mention is given a speaker only when those
name one body, which the article has quoted, and nothing in them names another author
("a government report", "a study by economists") or none it knows ("a Salomon
report"). A body the article has not quoted is the author all the same where the
document's own words name it whole, as "by" does: "the Tower Commission report", "The
Association's latest report", "Mr Kok's report" (and then an earlier "his report" does
not leave it open), and so is a person named so ("according to a study by Chew ... his
study said"). A document of a kind of body ("a government report") is the one body the
article names as its author ("The report of the Public Sector Divestment Committee"),
and several named together ("a survey by X, Y and Z") are no one's. "The paper" may be
a newspaper: never where the article names one.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.actors.lexicon import HONORIFICS
from generator.extract.speaker_checks import paper_as_document
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import ORG_NOUNS
from generator.extract.speech_cues import _is_reporting
from generator.extract.words import word_lists
from generator.model import Actor, name_key

BODY_DOCUMENT_NOUNS = word_lists("speaker_words")["body_document_nouns"]
# Verbs whose subject is the author of the document they take ("The Bank published a
# paper", "The Bank amended its plans in the paper")
ISSUING_VERBS = word_lists("speaker_words")["document_issuing_verbs"]
# Words that make a document several authors' ("a joint statement")
SHARED_MODIFIERS = word_lists("speaker_words")["shared_document_modifiers"]

# Dependencies of a word that stands as a noun ("The circular said")
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "ROOT"})
# Determiners that leave a document's author to the rest of the text
_OPEN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its"})
# Prepositions that bring in a document's author ("a study by Harlow", "a paper from")
_AUTHOR_PREPOSITIONS = frozenset({"by", "from"})
# Named-entity labels of a name word that says whose a document is ("a Harlow report",
# "the British paper")
_OWNER_LABELS = frozenset({"ORG", "NORP", "GPE", "PERSON", "FAC", "LOC"})


class _Ties:
    """The authors an article ties a document to, and whether it names one it does not
    know ("a study by economists", "a Salomon report") or several ("a joint statement")."""

    def __init__(self) -> None:
        self.authors: dict[int, Actor] = {}
        self.foreign = False
        self.by_name = False  # a body named as the author ("by X", "X issued it")
        self.owned_by_pronoun = False  # "his study": whose, the earlier mentions say
        self.of_a_kind = False  # "a government report": a body of a kind, none named

    def add(self, actor: Actor | None) -> None:
        """An author found: an actor, or None for one the article does not name."""
        if actor is None:
            self.foreign = True
        else:
            self.authors[id(actor)] = actor

    def named_one(self) -> Actor | None:
        """The one author the article names as such ("by X", "the Kok report"), if the
        ties hold one author and name it."""
        if not self.by_name or len(self.authors) != 1:
            return None
        return next(iter(self.authors.values()))


def body_document_voice(ctx: _Context, start: int, end: int) -> Actor | None:
    """The body whose document a speaker mention at [start, end) names ("the paper",
    "the summary", "the Bank's proposal"), or the person the article names as its
    author ("a study by Chew"), or None when the article does not tie that document to
    exactly one body that has spoken or is named as its author."""
    if _object_of_another(ctx, start, end):
        return None
    found = _mention_ties(ctx, start, end, named_author=True)
    if found is None:
        return None
    noun, ties = found
    if ties.foreign or len(ties.authors) != 1:
        return None
    body = next(iter(ties.authors.values()))
    if body.type != "organization" and not (body.type == "person" and ties.by_name):
        return None  # a place's paper, or a person's the article does not name as its
        # author ("according to a study by Chew ... his study said" is Chew's)
    if body.type == "person" and not body.listed:
        return None  # a name the actor rules doubt ("Price" of "Paying the Price report")
    if not ties.by_name and not any(r.actor is body and r.pos < start for r in ctx.reports):
        return None  # a body the article has not quoted, nor named as the author ("the
        # report by telecoms giant BT"): its paper may be cited by anyone
    if noun == "paper" and not paper_as_document(ctx.text):
        return None  # "the paper" may be a newspaper, unless the article brought in a
        # document so ("a consultative paper") and names no newspaper
    return body


def _object_of_another(ctx: _Context, start: int, end: int) -> bool:
    """Whether the document is the object of a clause with a subject of its own: in
    "Plus.net also backed the proposals saying “...”" the parser hangs "saying" on
    "the proposals", but a document someone backs, rejects or reads does not speak
    there; the clause's subject does. (A document issued, "X released a statement
    saying", is its issuer's: `statement_issuer`, tried first.)"""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ != "dobj":
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in span.root.head.children)


def tied_to_another(ctx: _Context, start: int, end: int, actor: Actor) -> bool:
    """Whether the document a speaker mention names ("The report said") is one the
    article gave another author than `actor` ("A report by economists at Bray
    University said ... Harlow Motors said ... The report said"): not the words of the
    body that spoke last."""
    found = _mention_ties(ctx, start, end)
    if found is None:
        return False
    _, ties = found
    return ties.foreign or any(author is not actor for author in ties.authors.values())


def _mention_ties(
    ctx: _Context, start: int, end: int, named_author: bool = False
) -> tuple[str, _Ties] | None:
    """For a definite mention of a document ("the paper", "the Bank's summary"), its
    noun and whom the article ties it to (its own words and every earlier mention of
    the noun); None for any other mention. With `named_author`, an indefinite one too
    when its own words name its author ("A survey by Mediametrie said"), which is no
    tie for `tied_to_another` ("A Baghdad war communique" is Iraq's, as the state's
    documents are: `speakers.state_documents`)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    noun = head.lemma_.lower()
    if noun not in BODY_DOCUMENT_NOUNS or not _nominal(head):
        return None
    owner = [t for t in head.children if t.dep_ == "poss"]
    ties = _Ties()
    _modifier_ties(ctx, head, ties)
    definite = span[0].lower_ == "the" or bool(owner)
    if ties.named_one() is not None and not ties.foreign and (definite or named_author):
        return noun, ties  # "Mr Kok's report", "the Kok report", "A survey by Mediametrie":
        # its own words name the author, whatever an earlier "his report" left open
    if not definite:
        return None  # "a report said": some report, not the one the article tied
    for token in ctx.doc[: span.start]:
        if token.lemma_.lower() != noun or not _nominal(token) or token.i == 0:
            continue
        if _actor_at(ctx, token) is None:  # not "the BBC's World Business Report"
            _document_ties(ctx, token, ties)
    named = ties.named_one()
    if ties.owned_by_pronoun and (named is None or named.type != "person"):
        ties.foreign = True  # "his paper" of no one person the article named its author
    if ties.of_a_kind and named is None:
        ties.foreign = True  # "a government report" the article names no author of;
        # "The report of the Public Sector Divestment Committee" names it
    return noun, ties


def _document_ties(ctx: _Context, token: Token, ties: _Ties) -> None:
    """Who an earlier mention of the document's noun says wrote it: its own words, then
    the body whose reported words were set out in it ("The rules were outlined in a
    consultative paper, the Bank said"), that said something in it ("the Inland
    Revenue said in a post-budget statement") or that issued it ("The Bank published a
    paper"). A body that only speaks of it ("ZCCM declined to comment on the report")
    is no author."""
    _modifier_ties(ctx, token, ties)
    held_in = token.dep_ == "pobj" and token.head.lower_ == "in"
    if ctx.in_content(token.idx) and held_in:
        sent = ctx.sent_of(token.idx)
        for report in ctx.reports:
            if report.sent == sent and report.actor is not None:
                ties.add(report.actor)
        return
    verb = token.head.head if held_in else token.head
    said_in = held_in and _is_reporting(verb, direct=False)  # "X said in a statement"
    if verb.pos_ != "VERB" or not (said_in or verb.lemma_.lower() in ISSUING_VERBS):
        return
    if not held_in and token.dep_ != "dobj":
        return
    for child in verb.children:
        if child.dep_ == "nsubj":
            several = any(t.dep_ == "conj" for t in child.children)
            author = None if several else _subject_actor(ctx, child)
            ties.add(author)  # "X and Y said in a statement": a joint paper, no one body's
            if author is not None and not said_in:
                ties.by_name = True  # "The Agency has issued a circular": its issuer


def _modifier_ties(ctx: _Context, token: Token, ties: _Ties) -> None:
    """The authors a document's own words name: an owner ("the Bank's summary"), a name
    or a body's noun in front ("a Bank report", "a government report"), "by"/"from" a
    body, and through "of" the document it sums up ("a summary of a Bank report")."""
    for child in token.children:
        if child.lower_ in SHARED_MODIFIERS:
            ties.foreign = True  # "a joint statement": several authors
        elif child.dep_ == "det" and child.lower_ not in _OPEN_DETERMINERS:
            ties.foreign = True  # "their report", "his paper", read as determiners
        elif child.dep_ == "poss":
            if child.pos_ != "PRON":
                _add_named_owner(ctx, child, token, ties)
            elif child.lower_ in {"his", "her"}:
                ties.owned_by_pronoun = True  # one person's: the one named its author
            elif child.lower_ != "its":
                ties.foreign = True  # "their report": several authors
        elif child.dep_ in {"compound", "amod", "nmod"} and _names_an_owner(child):
            if child.is_lower and _named_beside(token, child):
                continue  # "the Broadcast magazine survey": the noun says what Broadcast is
            if child.is_lower and _author_named(ctx, child) is None:
                ties.of_a_kind = True  # "a government report": the article may name it
                continue
            if _listed_with_others(ctx, child):
                ties.foreign = True  # "a World Bank and U.N. Sponsored survey": several
                continue
            _add_named_owner(ctx, child, token, ties)
        elif child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPOSITIONS:
            objects = [t for t in child.children if t.dep_ == "pobj"]
            several = bool(objects) and _listed_with_others(ctx, objects[0])
            author = _author_in(ctx, objects[0]) if objects and not several else None
            ties.add(author)  # "a survey by Goldman Sachs & Co, Harris Interactive and
            # Neilsen": several authors, no one body's
            ties.by_name = ties.by_name or author is not None
        elif child.dep_ == "prep" and child.lower_ == "of":
            for obj in (t for t in child.children if t.dep_ == "pobj"):
                if obj.lemma_.lower() in BODY_DOCUMENT_NOUNS:
                    _modifier_ties(ctx, obj, ties)  # "a summary of a draft Bank report"
                elif obj.pos_ == "PROPN" or _actor_at(ctx, obj) is not None:
                    _add_named_owner(ctx, obj, token, ties)  # "the annual report of Metal
                    # Marketing Corporation"


def _add_named_owner(ctx: _Context, token: Token, document: Token, ties: _Ties) -> None:
    """The author a word of the document's own phrase names: an owner ("The
    Association's latest report"), a name in front ("the Tower Commission report") or
    after "of". Where the word stands in a whole mention of the actor, the article names
    the author there, as "by" does, so its report speaks for it even before the body
    has spoken; a word found only inside some body's name ("a Bank report") does not,
    nor a name cut from a longer one ("The Forum for the Future report": "Future"), nor
    one after an owner ("its Amazon summary": the book's, on Amazon)."""
    mention = _mention_at(ctx, token)
    ties.add(mention[2] if mention else _author_named(ctx, token))
    if mention is None:
        return
    begin = mention[0]
    before = [t for t in document.subtree if t.i < document.i and t.idx < begin]
    whole = all(
        t.dep_ == "det" or (t.pos_ == "ADJ" and t.is_lower) or t.lower_ in HONORIFICS
        for t in before
    )  # "the Tower Commission report", "a confidential World Bank report", "Mr Kok's"
    held = document.head if document.dep_ == "pobj" else document
    in_name = held.dep_ == "prep" and held.head.pos_ == "PROPN"  # "Forum for the Future"
    ties.by_name = ties.by_name or (whole and not in_name)


def _named_beside(document: Token, noun: Token) -> bool:
    """Whether a body's noun in front of a document stands beside a name that also
    modifies it ("the Broadcast magazine survey"): the noun describes that name, no
    other owner."""
    return any(
        c.i != noun.i and c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"
        for c in document.children
    )


def _names_an_owner(token: Token) -> bool:
    """Whether a word in front of a document's noun says whose it is: a name ("Bank",
    "Harlow"), a people's or place's adjective, or a body's noun ("government")."""
    if token.pos_ == "PROPN" or token.ent_type_ in _OWNER_LABELS:
        return True
    return token.lower_ in ORG_NOUNS


def _author_named(ctx: _Context, token: Token) -> Actor | None:
    """The actor a word naming a document's author stands in, or the one organisation
    whose name holds that word ("Bank" of the World Bank), or None."""
    actor = _actor_at(ctx, token)
    if actor is not None:
        return actor
    word = token.lower_
    holders = {
        id(a): a
        for a in ctx.actors
        if a.type == "organization"
        and any(word in name_key(n).split() for n in [a.name, *a.aliases])
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _author_in(ctx: _Context, token: Token) -> Actor | None:
    """The one actor named in the phrase a word heads ("by telecoms giant BT": BT), or
    the actor `_author_named` finds for the word itself."""
    first, last = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    named = {id(a): a for s, e, a in ctx.spans if first <= s and e <= last}
    if len(named) == 1:
        return next(iter(named.values()))
    return None if named else _author_named(ctx, token)


def _listed_with_others(ctx: _Context, token: Token) -> bool:
    """Whether the name a word stands in is joined to another ("by Goldman Sachs & Co,
    Harris Interactive and ..."): a conjunct outside the name's own mention."""
    own = ctx.spans_at(token.idx)
    return any(
        c.dep_ == "conj" and not any(s <= c.idx < e for s, e, _ in own) for c in token.children
    )


def _nominal(token: Token) -> bool:
    """Whether the word is used as a noun: tagged one, or an adjective the parse puts
    where a noun stands ("issued a circular", "The circular said")."""
    if token.pos_ == "NOUN":
        return True
    return token.pos_ == "ADJ" and token.dep_ in _NOUN_DEPS


def _subject_actor(ctx: _Context, token: Token) -> Actor | None:
    """The actor a verb's subject names, or the one its reporting clause was resolved to
    ("the company said in a statement": the company the rules found)."""
    for report in ctx.reports:
        if report.start <= token.idx < report.end:
            return report.actor
    return _actor_at(ctx, token)


def _actor_at(ctx: _Context, token: Token) -> Actor | None:
    """The actor whose mention holds the token, or None."""
    mention = _mention_at(ctx, token)
    return mention[2] if mention else None


def _mention_at(ctx: _Context, token: Token) -> tuple[int, int, Actor] | None:
    """The first actor mention that holds the token, or None."""
    spans = ctx.spans_at(token.idx)
    return spans[0] if spans else None
