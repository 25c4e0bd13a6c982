"""More cues that a name the model tags as a person, body or place is the title of a
work (issue 11: works listed as actors), beside `works` and `performed`:

- a conjunct of a title those detectors find ("starred in Sideways and Finding
  Neverland": the second title too);
- a genre noun the model ran into the title at a sentence's start ("Comedy Meet The
  Fockers has held on to ...", tagged as a person);
- the winner of an award category only a work wins ("cartoon hit The Incredibles won
  best animated feature").

The words are data (`data/product_words.toml`: `work_award_categories`; the genre
nouns are `works.TITLE_NOUNS`). A name is dropped as `performed` drops its titles
(`span_mention` notes it with the other works).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.actors.places import KNOWN_PLACES, gazetteer
from generator.extract.actors.works import TITLE_NOUNS, WORK_NOUNS
from generator.extract.words import word_lists

_WORDS = word_lists("product_words")
WORK_AWARD_CATEGORIES = _WORDS["work_award_categories"]
RENDERING_NOUNS = _WORDS["rendering_nouns"]
AWARD_SENTENCE_WORDS = _WORDS["award_sentence_words"]

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
    return any(
        t.lemma_.lower() in AWARD_SENTENCE_WORDS or t.lower_ in AWARD_SENTENCE_WORDS
        for t in span.sent
    )


def _without_article(ent: Span) -> Span:
    """The entity without an article the model put inside it ("the Aviator")."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    return ent.doc[start : ent.end]


def _place_name(name: str) -> bool:
    """A place the gazetteer or the lexicon knows: "Hollywood", "Iraq"."""
    lowered = name.casefold()
    return lowered in KNOWN_PLACES or lowered in gazetteer()
