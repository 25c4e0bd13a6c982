"""Quoted words that name a thing inside the writer's noun phrase, however long.

"Shops were hit by a "rent, rip and return" practice", "its "buy now, pay later" plan":
the quotation marks set off a term, a slogan or a practice's name that stands where an
adjective would, between the noun's determiner and the noun. Nobody is reported to say
it; shown under "Who said what" it reads as a statement (editor's blind review, session
33, non-quotes). `direct_quotes._premodifier` takes the short ones by their parse; a
longer term is often parsed as a clause of its own ("rip" a verb, "buy now" a subject),
so here the evidence is what an editor sees: the determiner before the opening mark
belongs to the noun right after the closing mark.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: The most words such a term runs to: a list of three verbs, a slogan of two clauses.
MAX_TERM_WORDS = 6
_DETERMINERS = frozenset({"DT", "PRP$", "WP$"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def term_in_noun_phrase(quote: Span) -> bool:
    """Whether quoted words stand between a determiner and its noun: "a "rent, rip and
    return" practice", "its "buy now, pay later" plan", "the "shock and awe" campaign"."""
    words = [t for t in quote if t.is_alpha or t.like_num]
    if not words or len(words) > MAX_TERM_WORDS:
        return False
    before, after = _word_before(quote), _word_after(quote)
    if before is None or after is None or after.tag_ not in _NOUN_TAGS:
        return False
    if before.tag_ not in _DETERMINERS or before.lower_ in _DEMONSTRATIVES:
        return False  # "said that "...", "this "...": a pronoun may open a quotation
    return before.head.i == after.i or any(t.head.i == after.i for t in quote)


#: Determiners that may be pronouns of their own before a quotation.
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those", "all", "both", "each"})


def _word_before(quote: Span) -> Token | None:
    """The word before the opening mark."""
    doc = quote.doc
    i = quote.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return doc[i] if i >= 0 else None


def _word_after(quote: Span) -> Token | None:
    """The word right after the closing mark, None when punctuation comes first."""
    doc = quote.doc
    i = quote.end
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
        i += 1
    if i >= len(doc) or doc[i].is_punct:
        return None
    return doc[i]
