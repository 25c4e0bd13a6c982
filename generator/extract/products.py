"""Product evidence for names: a name used for a thing people buy, install or use.

The model tags product and brand names as organisations or places ("a 2.6ghz Intel
Celeron chip", "the SIM card number", "Windows XP home edition"), and so does it with
public programmes and laws ("Medicare beneficiaries", "repeal Obamacare"). Such a name is no
actor of the story when the article only ever uses it for the thing: `product_use`
reads one mention, and the actor extractor drops a name most of whose mentions are
product uses and none of which shows an actor (acting, speaking, a role).

The words are data (`data/product_words.toml`), general English nouns and verbs.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.punctuation import OPENING_QUOTES
from generator.extract.words import word_lists

_WORDS = word_lists("product_words")
PRODUCT_NOUNS = _WORDS["product_nouns"]
SINGULAR_PRODUCT_NOUNS = _WORDS["singular_product_nouns"]
USE_VERBS = _WORDS["use_verbs"]
NAMING_VERBS = _WORDS["naming_verbs"]
RUNNING_NOUNS = _WORDS["running_nouns"]
KIND_OF_NOUNS = _WORDS["kind_of_nouns"]
NAMED_KIND_NOUNS = _WORDS["named_kind_nouns"]
PROGRAMME_NOUNS = _WORDS["programme_nouns"]
PROGRAMME_VERBS = _WORDS["programme_verbs"]

# How far a product noun may stand after the name: "Samsung smart TVs", "the Windows
# XP home edition", "the SIM card number" (lower-case words of one noun phrase).
MAX_WORDS_BETWEEN = 2


def product_noun(token: Token) -> bool:
    """A common noun for a made or used thing ("chip", "TVs", "edition", "account" but
    not "accounts")."""
    return (
        token.lower_ in PRODUCT_NOUNS
        or token.lemma_.lower() in PRODUCT_NOUNS
        or token.lower_ in SINGULAR_PRODUCT_NOUNS
        or token.lower_ in PROGRAMME_NOUNS  # "Medicare beneficiaries": a programme's
    )


def _phrase_word(token: Token) -> bool:
    """A word that may stand inside a noun phrase between a name and its head noun."""
    return (token.is_lower or product_noun(token)) and token.pos_ in {"NOUN", "ADJ", "PROPN"}


def product_use(span: Span) -> bool:
    """The mention `span` names a product: it modifies a product noun of its own noun
    phrase ("an Intel Celeron chip", "the SIM card number", "Samsung smart TVs"), or it
    is the direct object of a verb of installing ("installed GarageBand").

    Read from the words after the name rather than from the parse alone: the parser
    often hangs a product noun on the wrong word of a long compound. A possessive or
    a hyphen after the name ends it ("Intel's chips" names the maker, which acts).
    """
    doc = span.doc
    i = span.end
    phrase: list[Token] = []
    while i < len(doc) and len(phrase) <= MAX_WORDS_BETWEEN and _phrase_word(doc[i]):
        phrase.append(doc[i])
        i += 1
    # the last word of the run heads the phrase: "the SIM card number", but not "Nokia
    # phone sales" (the maker's business)
    if (
        phrase
        and product_noun(phrase[-1])
        and phrase[-1].pos_ in {"NOUN", "PROPN"}
        and not (i < len(doc) and doc[i].like_num)  # "the Chelsea number 10": a shirt
        and not (i < len(doc) and doc[i].lower_ == "of" and phrase[-1].lemma_.lower() == "code")
    ):  # "the FA code of conduct": a body's rules
        return True
    if _named_product(span) or _run_on_machine(span) or _kind_of_product(span):
        return True
    root = span.root
    return (
        root.dep_ == "dobj"
        and root.head.pos_ == "VERB"
        and root.head.lemma_.lower() in USE_VERBS | PROGRAMME_VERBS  # "repeal Obamacare"
    )


def _named_product(span: Span) -> bool:
    """The name a product noun is given: "CCTV cameras dubbed 'Hebron Smart City'" (the
    whole quoted name, or its last words where the model split off a place), "Intel's
    new chips, codenamed Prescott", "a technology called Visual Radio"."""
    doc = span.doc
    i = span.start - 1
    for _ in range(3):  # "Hebron" of "Hebron Smart City", split off as a place
        if i >= 0 and doc[i].is_title and doc[i].text not in OPENING_QUOTES:
            i -= 1
    if i >= 0 and doc[i].text in OPENING_QUOTES:
        i -= 1
    if i < 1 or doc[i].lower_ not in NAMING_VERBS or doc[i].tag_ not in {"VBN", "VBD"}:
        return False
    noun = doc[i - 2] if doc[i - 1].text == "," and i >= 2 else doc[i - 1]  # "chips, codenamed"
    return (product_noun(noun) or noun.lower_ in NAMED_KIND_NOUNS) and noun.pos_ == "NOUN"


def _run_on_machine(span: Span) -> bool:
    """Software a machine runs: "machines running Windows 2000", "users running Windows
    XP", "computers running Microsoft Windows 95" (the name is the object of "running"
    that describes a machine, a product or its users)."""
    root = span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() != "run" or verb.tag_ != "VBG":
        return False
    noun = verb.head
    return verb.dep_ in {"acl", "relcl"} and (product_noun(noun) or noun.lower_ in RUNNING_NOUNS)


def _kind_of_product(span: Span) -> bool:
    """The name after a noun for a product's kinds: "new versions of Windows", "the new
    strains of Cabir" (the name is the object of "of" right after the noun)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return (
        i >= 1
        and doc[i].lower_ == "of"
        and doc[i - 1].lower_ in KIND_OF_NOUNS
        and doc[i - 1].pos_ == "NOUN"
    )
