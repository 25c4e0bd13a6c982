"""The words a page shows for a speaker no actor was resolved for (issue 11).

A briefing shows a quote whose speaker is not matched to an actor under the article's
own words for the speaker ("the prime minister's official spokesman"). Those words must
name someone: never a relative pronoun ("Who" of "an architect, who said"), a lone
function word ("Another", "Me", "Several"), a possessive ending or a mark with no word.
`settle_mentions` runs on the quotes a page shows, once every quote is resolved, so no
rule reads the rewritten words and no quote comes in that was left out. A relative
pronoun becomes the noun phrase it stands for when that phrase names a person, a body
or a document ("Midwestern Democrats, who feel ..." shows "Midwestern Democrats"); any
other mention that names no one is dropped: the quote is shown unattributed, or left
out where `published` wants a source (reported speech), which costs an editor less than
a word that names no one. Personal
pronouns stay as written ("he", "they"): the page already hides them, and the JSON
keeps the mention as written for them. `document_author` is the resolver's: a body the
model made of a person's name and a speech ("Obama Speech") is no speaker's heading.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actors.lexicon import ORG_WORDS
from generator.extract.actors.vocabulary import dictionary_words
from generator.extract.pronouns import CLAUSE_PRONOUNS
from generator.extract.punctuation import DASH_CHARACTERS, DOUBLE_QUOTES
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import (
    _PERSONAL_SUBJECTS,
    DOCUMENT_NOUNS,
    MASTHEAD_WORDS,
    ORG_NOUNS,
    PUBLICATION_NOUNS,
    SPOKES_NOUNS,
    STATEMENT_NOUNS,
    thing_noun,
)
from generator.extract.speakers.mention import antecedent_phrase
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.reports import PEOPLE_WORDS
from generator.extract.words import word_lists
from generator.model import Actor, Quote

# Pronouns kept as written: the page hides them (pages/render.BARE_MENTIONS) and a
# reader of the JSON sees the words of the attribution ("he", "it").
_KEPT_PRONOUNS = _PERSONAL_SUBJECTS | {"it"}

# Nouns that name who may speak: people, bodies and their voices, and what they issue.
_SPEAKING_NOUNS = (
    PEOPLE_WORDS | SPOKES_NOUNS | ORG_NOUNS | DOCUMENT_NOUNS | STATEMENT_NOUNS | PUBLICATION_NOUNS
)

# Parts of speech of a word that names no one on its own: "Another said", "Let me just
# say", "Their fear is", "several told POLITICO", "Enough". Not a number: "47% say"
# names the share of a poll's respondents.
_FUNCTION_POS = frozenset(
    {"PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "ADV", "AUX", "INTJ", "ADJ", "PUNCT", "SYM"}
)

_SPEAKER_WORDS = word_lists("speaker_words")
# Groups, places and institutions that speak as a body: "the campaign", "the city"
_SPEAKING_GROUPS = (
    _SPEAKER_WORDS["speaking_groups"]
    | _SPEAKER_WORDS["epithet_nouns"]
    | _SPEAKER_WORDS["named_kind_nouns"]
    | _SPEAKER_WORDS["body_kind_nouns"]
    | ORG_WORDS
)
# What speaks for whoever issued it: "the book claims", "new guidelines say"
_WRITTEN_KINDS = (
    _SPEAKER_WORDS["written_kinds"]
    | _SPEAKER_WORDS["filed_document_nouns"]
    | _SPEAKER_WORDS["published_measures"]
    | word_lists("quote_words")["evidence_nouns"]
)
_PERSON_ENDINGS = tuple(sorted(_SPEAKER_WORDS["person_endings"]))
_THING_ENDINGS = tuple(sorted(_SPEAKER_WORDS["thing_endings"]))

# Entities that may speak; a place, a date or a number the parser hung a relative
# clause on ("a gynecologist from Englewood, New Jersey, who said") is no one.
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})

# Marks a heading never opens or ends with: the dashes of the punctuation lexicon and
# the hyphens, the double quotation marks and the opening single one (not the marks
# that also write an apostrophe: "'s", a curly one), list marks, wire copy's angle brackets.
_EDGE_MARKS = (
    " \t\n,;:-\u2010\u2011\u2012" + DASH_CHARACTERS + "".join(sorted(DOUBLE_QUOTES)) + "\u2018<>"
)

# The longest antecedent shown as a heading, in words: a longer one is a clause.
_MAX_WORDS = 12


def settle_mentions(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """The article's words for each unresolved speaker of `quotes` (those a page shows),
    as a page may show them: a relative pronoun replaced by what it stands for, a
    mention that names no one dropped, marks at its edges trimmed. The mention's offsets
    stay where the attribution's words are. Returns `quotes`; the caller asks
    `published` again, since an indirect quote left with no words for its source is no
    longer shown."""
    said = [(q.start, q.end) for q in quotes]
    for quote in quotes:
        if quote.speaker is None and quote.speaker_mention:
            quote.speaker_mention = _shown_words(doc, said, quote)
    return quotes


def _shown_words(doc: Doc, said: list[tuple[int, int]], quote: Quote) -> str | None:
    """The mention a page may show for an unresolved quote, or None."""
    mention = (quote.speaker_mention or "").strip(_EDGE_MARKS)
    if not _words(mention):
        return None  # "-", "'s": a mark or a possessive ending, no word
    located = _located(doc, quote, mention)
    if mention.casefold() in CLAUSE_PRONOUNS:
        return _antecedent_words(said, located)
    if mention.casefold() in _KEPT_PRONOUNS:
        return quote.speaker_mention
    words = [t for t in located if not t.is_punct] if located is not None else []
    if len(words) == 1 and words[0].pos_ in _FUNCTION_POS:
        return None  # "Another said", "Let me just say", "several told POLITICO"
    if located is not None and _names_thing(located):
        return None  # "His eyes said", "the move gave him ...": a thing speaks for no one
    return mention


def _located(doc: Doc, quote: Quote, mention: str) -> Span | None:
    """The tokens of the mention where the attribution writes it, when the mention is
    still the text at its offsets (a "they" given a group's words is not)."""
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.text.strip(_EDGE_MARKS) != mention:
        return None
    return span


def _antecedent_words(said: list[tuple[int, int]], located: Span | None) -> str | None:
    """The noun phrase a relative pronoun stands for ("Former Obama operatives, who
    see ..."), when it names a person, a body or a document; None for a thing, a
    place, a date, a number or a pronoun ("those who", "some who")."""
    if located is None or len(located) != 1:
        return None
    span = antecedent_phrase(located[0])
    if span is not None:
        span = _past_place(span, located[0])
    if span is not None:
        span = _coordination(span, located[0])
    if span is None or len(span) > _MAX_WORDS or not _can_name_speaker(span.root):
        return None
    if any(s <= t.idx < e for t in span for s, e in said):
        return None  # inside a quotation: the speaker's own words, not the writer's
    shown = span.text.strip(_EDGE_MARKS)
    if any(mark in shown for mark in DOUBLE_QUOTES):
        return None  # 'the "Dear Walter" letters': a title cut by the parse, no heading
    return shown if _words(shown) else None


def _past_place(span: Span, pronoun: Token) -> Span:
    """The one described, where the parser hung the relative clause on the place that
    ends their description: "farmers in Boise, Idaho, who agreed", "a gynecologist from
    Englewood, New Jersey, who said" are the farmers and the gynecologist, with where
    they are from. Only a place named in a prepositional phrase of a noun, up to the
    relative pronoun."""
    root = span.root
    if root.ent_type_ not in _PLACE_ENTITIES:
        return span
    while root.dep_ in {"appos", "conj", "compound"} and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return span
    described = root.head.head
    if described.pos_ not in {"NOUN", "PROPN"} or described.i >= root.i:
        return span
    return span.doc[described.left_edge.i : pronoun.i]


def _coordination(span: Span, pronoun: Token) -> Span | None:
    """The whole of a coordinated antecedent ("Democrats and Republicans in Congress who
    agree", "some analysts and activists, who pointed out"): the relative clause is all
    of theirs, and its first noun alone names half of them. None where the antecedent
    is itself a later conjunct ("liberals who ..., conservatives who ... and unions who
    said": whose clause it is the parse may not tell) or a conjunct names no one."""
    root = span.root
    if root.dep_ == "conj":
        return None
    conjuncts = [c for c in root.conjuncts if c.i > root.i and c.i < pronoun.i]
    if not conjuncts:
        return span
    if not all(_can_name_speaker(c) for c in conjuncts):
        return None
    end = min(max(c.right_edge.i for c in conjuncts) + 1, pronoun.i)
    return span.doc[span.start : end]


def _names_thing(span: Span) -> bool:
    """Whether a mention is a thing, not someone who may speak: its head a common noun
    of the dictionary, written in lower case, that names no person, body, voice or
    document of the speaker lexicons nor a group or place that speaks as a body
    (`speaking_groups`), and has no ending of one who does something ("-er", "-ist",
    "-ian": `person_endings`) unless it ends as an abstract noun ("-ment", "-tion"),
    nor a kind of writing that speaks for whoever issued it (`written_kinds`). "His
    eyes", "the trip", "the move", "an ambitious goal" are things; "the neurosurgeon",
    "the campaign", "the report", "the book" may speak. A coordinated head ("the
    move and his aides") is a thing only with every conjunct one."""
    root = span.root
    return all(_thing_noun(t) for t in [root, *root.conjuncts] if span.start <= t.i < span.end)


def _thing_noun(token: Token) -> bool:
    """Whether one noun is a thing by `_names_thing`'s tests: a thing of
    `lexicon.thing_noun` that passes them."""
    if not thing_noun(token) or not token.is_alpha:
        return False
    if token.text != token.lower_ and not token.is_sent_start:
        return False  # "D'Souza": a name the parser took for a noun
    forms = {token.lower_, token.lemma_.lower()}
    if forms & (_SPEAKING_NOUNS | _SPEAKING_GROUPS | _WRITTEN_KINDS):
        return False
    if not forms & dictionary_words().get("noun", frozenset()):
        return False  # a word the dictionary does not know may be anyone
    if any(_of_someone(c) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        return False  # "a handful of Democrats", "the share of Republicans": people
    lemma = token.lemma_.lower()
    if lemma.endswith(_THING_ENDINGS):
        return True
    return not any(form.endswith(_PERSON_ENDINGS) for form in forms)


def _of_someone(preposition: Token) -> bool:
    """Whether an "of" phrase names people or a body ("a handful of Democrats", "the
    share of Republicans"): then the noun before it counts them, and is no thing."""
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in _SPEAKING_ENTITIES or not _thing_noun(c))
        for c in preposition.children
    )


def _can_name_speaker(root: Token) -> bool:
    """Whether the head of a noun phrase names someone who may speak: a person, a body
    or a group by name, or a noun of people, of a body or its voice, or of what they
    issue."""
    if root.pos_ not in {"NOUN", "PROPN"}:
        return False
    if root.ent_type_:
        return root.ent_type_ in _SPEAKING_ENTITIES
    return root.lemma_.lower() in _SPEAKING_NOUNS or root.lower_ in _SPEAKING_NOUNS


def document_author(ctx: _Context, actor: Actor) -> Actor | None:
    """The speaker for a body the model made of a person's name and what they issued:
    "Obama Speech", "Clinton Memo" (a headline's capitals) are no organisation but a
    speech and a memo, which speak for the one person of the article so named; with no
    such person, or two, no one. Any other actor is returned as it is.

    Only a name of two words or more that ends with a statement noun ("speech", "memo",
    "letter", `STATEMENT_NOUNS`) and not with a publication's masthead word ("The
    Washington Post"), the words before it the whole name or the surname of a person
    of the article."""
    words = _words(actor.name)
    if actor.type == "person" or len(words) < 2 or words[-1] not in STATEMENT_NOUNS:
        return actor
    if words[-1] in MASTHEAD_WORDS:
        return actor
    named = words[:-1]
    people = [
        a for a in ctx.actors if a.type == "person" and _words(a.name)[-len(named) :] == named
    ]
    return people[0] if len(people) == 1 else None if _names_person(ctx, named) else actor


def _names_person(ctx: _Context, named: list[str]) -> bool:
    """Whether the words are a person's name to the article: a person of its actors has
    it as their name or surname, or the model tagged it a person somewhere."""
    if any(a.type == "person" and _words(a.name)[-len(named) :] == named for a in ctx.actors):
        return True
    return any(
        e.label_ == "PERSON" and _words(e.text)[-len(named) :] == named for e in ctx.doc.ents
    )
