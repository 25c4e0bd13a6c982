"""More cues that a name the model tags as a person, body or place is the title of a
work (issue 11: works listed as actors), beside `works` and `performed`:

- a conjunct of a title those detectors find ("starred in Sideways and Finding
  Neverland": the second title too);
- a genre noun the model ran into the title at a sentence's start ("Comedy Meet The
  Fockers has held on to ...", tagged as a person);
- the winner of an award category only a work wins ("cartoon hit The Incredibles won
  best animated feature");
- a nominee the model ran into the work's title ("Shane Meadows for Dead Man's Shoes",
  one entity): the person alone;
- what the makers of works are up for an award for ("the directors of Shameless,
  Hustle and Bodies are all nominated");
- a name owned by a person named in full, in a sentence about a film, a book or a
  drama ("Mike Leigh's Vera Drake is among the nominees for best British film").

The words are data (`data/product_words.toml`: `work_award_categories`; the genre
nouns are `works.TITLE_NOUNS`). A name is dropped as `performed` drops its titles
(`span_mention` notes it with the other works).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.actors.names import _given_name_led_full, list_head
from generator.extract.actors.works import (
    TITLE_NOUNS,
    WORK_NOUNS,
    _place_name,
    modifies_next_noun,
)
from generator.extract.words import word_lists

_WORDS = word_lists("product_words")
WORK_AWARD_CATEGORIES = _WORDS["work_award_categories"]
RENDERING_NOUNS = _WORDS["rendering_nouns"]
AWARD_SENTENCE_WORDS = _WORDS["award_sentence_words"]
MAKER_NOUNS = _WORDS["maker_nouns"]
NOMINEE_VERBS = _WORDS["nominee_verbs"]

# Genre nouns that open a title's sentence ("Comedy Meet The Fockers"); "single" and
# "book" open people's phrases too ("Single mother ...", "Book publisher ...").
_GENRE_OPENERS = TITLE_NOUNS - {"single", "book"}

# The words a conjunct may follow: "X and Y", "X, Y", "X or Y", "X and the Y".
_CONJUNCTIONS = frozenset({"and", "or", ",", "&"})

# What opens the titles a plural noun for works announces: "two singles, X and Y".
_LIST_OPENERS = frozenset({",", "-", "\u2013", ":"})

# Nouns for works by their success, beside `works.WORK_NOUNS`: "two hits - X and Y".
_HIT_NOUNS = frozenset({"hit"})

# The forms of "win" before an award: "won best picture", "scooped best film".
_WIN_FORMS = frozenset({"won", "wins", "scooped", "scoops", "took"})


# The auxiliaries of a passive "named best": "was named best TV comedy show".
_NAMED_AUXILIARIES = frozenset({"was", "is", "been", "were", "are"})


def conjunct_of_work(span: Span, is_work: Callable[[Span, str], bool]) -> bool:
    """The name is joined by "and"/"or"/a comma to a name `is_work` calls a title:
    "for his role in Sideways and Finding Neverland", "starred in Ray and Collateral".
    The name must follow the conjunction directly (after "the" at most): in "the film
    Ray and its star Jamie Foxx" the performer comes after a noun of her own and stays.
    A known place stays."""
    if _place_name(span.text):
        return False
    root = span.root
    if root.dep_ != "conj":
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0 or doc[i].lower_ not in _CONJUNCTIONS:
        return False
    head = root.head
    for ent in doc.ents:
        if ent.start <= head.i < ent.end and ent.end <= span.start:
            first = _without_article(ent)
            return len(first) > 0 and is_work(first, ent.label_)
    return False


def genre_opens_title(span: Span, label: str) -> bool:
    """A name the model reads as a person that opens a sentence with a genre noun
    run into it or right before it: "Comedy Meet The Fockers has held on to the number
    one spot", "Comedy Fat Albert - co-written by Bill Cosby - moved down". A person's
    name does not open with "Comedy", "Film" or "Drama"."""
    if label != "PERSON":
        return False
    doc = span.doc
    genre = span[0] if span[0].lower_ in _GENRE_OPENERS else None
    if genre is None and span.start > 0 and doc[span.start - 1].lower_ in _GENRE_OPENERS:
        genre = doc[span.start - 1]  # the model left "Comedy" out of the name
    if genre is None or not _opens_sentence(genre) or not genre.text[:1].isupper():
        return False
    title = [t for t in span if t.i > genre.i]
    return len(title) >= 2 and all(t.text[:1].isupper() for t in title[:2])


def won_work_award(span: Span, label: str) -> bool:
    """A name the model does not call a person, followed by "won best" (or "was named
    best") and an award category only works win, within three words: "The Incredibles
    won best animated feature", "Million Dollar Baby won best picture", "suburban
    series Desperate Housewives named best TV comedy show". People win "best actor", bands
    "best album" (not in the list). Read on the words, not the parse, which often
    makes "hit" or "won" a noun there. A known place stays."""
    if label == "PERSON" or _place_name(span.text):
        return False
    doc = span.doc
    i = span.end
    if i + 1 < len(doc) and doc[i].lower_ in _NAMED_AUXILIARIES and doc[i + 1].lower_ == "named":
        i += 1  # "SpongeBob SquarePants was named best animated TV show"
    if (
        i + 2 >= len(doc)
        or doc[i].lower_ not in _WIN_FORMS | {"named"}
        or doc[i + 1].lower_ != "best"
    ):
        return False
    return any(t.lower_ in WORK_AWARD_CATEGORIES for t in doc[i + 2 : min(i + 5, len(doc))])


def _opens_sentence(token: Token) -> bool:
    """The token opens its sentence or its paragraph."""
    return token.is_sent_start or token.i == 0 or token.doc[token.i - 1].is_space


def made_from_work(span: Span, label: str) -> bool:
    """A name the model does not call a person, right after a noun of a work made of
    another and its "of" or "to" (after "the" at most): "a rendition of Whole Lotta
    Shakin' Goin' On", "a sequel to The Mask of Zorro". The name must end its phrase:
    in "an adaptation of Lemony Snicket novels" it names the author. A known place
    stays."""
    if label == "PERSON" or _place_name(span.text):
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ in {"NOUN", "PROPN"}:
        return False  # "the film adaptation of Lemony Snicket novels": the author's
    return (
        i >= 1
        and doc[i].lower_ in {"of", "to"}
        and doc[i - 1].lower_ in RENDERING_NOUNS
        and doc[i - 1].pos_ == "NOUN"
    )


def named_after_works(span: Span) -> bool:
    """The first of the titles a plural noun for works announces after a comma, a dash
    or a colon: "two singles, Club Foot and LSF, which reached ...", "a further two
    hits - Processed Beats and Cutt Off" (the others follow as its conjuncts). The
    name hangs on the noun as its apposition or conjunct; a clause's subject after
    the comma ("After two albums, Oasis split") hangs elsewhere and stays."""
    if _place_name(span.text):
        return False
    root = span.root
    if root.dep_ not in {"appos", "conj"}:
        return False
    noun = root.head
    doc = span.doc
    left = root.left_edge.i
    return (
        left == span.start
        and left >= 2
        and doc[left - 1].text in _LIST_OPENERS
        and doc[left - 2].i == noun.i
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and noun.lower_ != noun.lemma_.lower()  # plural: "singles", "hits"
        and noun.lemma_.lower() in WORK_NOUNS | _HIT_NOUNS
    )


def up_for_award_with(span: Span) -> bool:
    """A name right after a person's name and "for", in a sentence about awards: the
    work the person is up for or won with ("Mike Leigh is up for best director for
    Vera Drake, alongside Martin Scorsese for The Aviator, Michael Mann for
    Collateral", "Charlize Theron for Monster"). "Best supporting actress for Cate
    Blanchett" names the winner after an award, not after a person, and stays; so
    does a known place ("Smith for Britain")."""
    if _place_name(span.text):
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "for" or doc[i - 1].ent_type_ != "PERSON":
        return False
    if modifies_next_noun(span):
        return False  # "behind Ted Cruz for the GOP presidential nomination": a party's
    return _award_sentence(span)


def nominee_before_title(ent: Span) -> Span | None:
    """The person of an entity the model ran from a nominee into the work, at "for", in
    a sentence about awards: "Mike Leigh will compete with Shane Meadows for Dead Man's
    Shoes" (one entity "Shane Meadows for Dead Man") is Shane Meadows, as the entities
    "Bill Condon" and "Kinsey" of "Bill Condon for Kinsey" are a person and a title
    (`up_for_award_with`). The part before "for" must be a full name that opens with a
    given name; a body's name holding "for" ("Institute for Fiscal Studies") does not,
    and the sentence must name a prize: a campaign's committee ("Ted Cruz for
    President") comes with a "nominee" in politics."""
    doc = ent.doc
    cut = next((t.i for t in ent[2:-1] if t.lower_ == "for"), None)
    if cut is None:
        return None
    person = doc[ent.start : cut]
    if len(person) > 3 or not all(t.is_title for t in person):
        return None
    if not _given_name_led_full(person.text) or not _award_sentence(ent, prizes_only=True):
        return None
    return Span(doc, ent.start, cut, label="PERSON")


def makers_nominated_for(span: Span) -> bool:
    """A name (or a list of them) after a plural noun for the makers of works and "of",
    in a sentence about awards: "the directors of Shameless, Hustle and Bodies are all
    nominated for the television prize", "The directors of Omagh and Sex Traffic are
    among the nominees" (`maker_nouns`, `nominee_verbs`, `award_sentence_words`). The
    makers are the subject of the verb of being up for it: "wrote the authors of the
    Growth and Opportunity Project" beside a party's "nominee" names a report's
    authors. A body's directors are written so too, but not as nominees; the singular
    ("the director of Amnesty won a prize") is left out. A known place stays."""
    if _place_name(span.text):
        return False
    node = list_head(span.root)
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    noun = node.head.head
    if not (
        noun.pos_ == "NOUN"
        and noun.is_lower
        and noun.lower_ != noun.lemma_.lower()  # "directors": one maker per work
        and noun.lemma_.lower() in MAKER_NOUNS
        # the makers are up for it: "are nominated", not "wrote the authors of"
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and noun.head.lemma_.lower() in NOMINEE_VERBS
    ):
        return False
    return _award_sentence(span)


# The words of award sentences that politics uses too ("the party's nominee").
_NOMINATION_WORDS = frozenset({"nominate", "nomination", "nominee"})


def _award_sentence(span: Span, prizes_only: bool = False) -> bool:
    """The name's sentence speaks of awards: "nominated", "nominees", "prize".
    `prizes_only`: of a prize, not of a nomination alone, which a campaign's
    committee ("Ted Cruz for President") has beside its "nominee" too."""
    words = AWARD_SENTENCE_WORDS - _NOMINATION_WORDS if prizes_only else AWARD_SENTENCE_WORDS
    return any(t.lemma_.lower() in words or t.lower_ in words for t in span.sent)


# The possessive endings between a maker's name and the work: "Leigh's", "Waters'".
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


def owned_title(span: Span, label: str) -> bool:
    """A name the model calls a person (or a body, when it opens with a given name),
    right after a person named in full and a possessive, in a sentence with a noun for
    a title ("film", "drama", "album", `works.TITLE_NOUNS`): the maker's work, "Mike
    Leigh's Vera Drake is among the nominees for best British film", "Julie Burchill's
    Sugar Rush - a teenage drama". News names a person's people with a noun between
    ("Blair's wife Cherie"); the sentence's title noun keeps out sport's and politics'
    "Ferguson's Wayne Rooney". Only this mention is dropped: the name written elsewhere
    as a person stays one. A known place stays."""
    if _place_name(span.text):
        return False
    if label != "PERSON" and not (label == "ORG" and _given_name_led_full(span.text)):
        return False  # "Vera Drake" tagged a body; not "Rupert Murdoch's News Corp"
    doc = span.doc
    i = span.start - 1
    if i < 2 or doc[i].lower_ not in _POSSESSIVES:
        return False
    owner = doc[i - 1]  # the model may hold the possessive in the name: "Mike Leigh's"
    if owner.ent_type_ != "PERSON" or owner.ent_iob_ != "I":
        return False  # a full name ends there: "Mike Leigh", not "Leigh" nor a firm
    return any(
        t.is_lower and t.pos_ in {"NOUN", "ADJ"} and t.lemma_.lower() in TITLE_NOUNS
        for t in span.sent
        if not span.start <= t.i < span.end
    )


def _without_article(ent: Span) -> Span:
    """The entity without an article the model put inside it ("the Aviator")."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    return ent.doc[start : ent.end]
