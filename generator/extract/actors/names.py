"""Name forms shared by every step: the grouping key (`_key`), the bare and canonical
name, a company's suffix and legal form, party names, initials.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from spacy.tokens import Span, Token

from generator.extract import actor_spans
from generator.extract.actors.lexicon import HONORIFICS, PARTY_WORDS, STYLE_TITLES
from generator.extract.actors.places import place_aliases, state_of_abbreviation, state_of_place
from generator.extract.actors.vocabulary import _common_word
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.extract.words import word_lists, word_set
from generator.model import name_key


def _company_suffix(word: str) -> bool:
    """A company suffix as written, capitalised: "Inc", "Ltd", "Corp", "SpA", "AG" (not
    the noun of "the UC Global company")."""
    return word[:1].isupper() and (
        word.lower() in COMPANY_SUFFIXES or word in actor_spans.WIRE_COMPANY_FORMS
    )


# The last words of a firm's name: "Ltd", "Inc", "Corp" (data/company_words.toml).
COMPANY_SUFFIXES = actor_spans.COMPANY_SUFFIXES


def ends_in_legal_form(name: str) -> bool:
    """Whether a name of two words or more ends in a firm's legal form as wire copy
    writes it: "Benetton SpA", "Novo Industri A/S"."""
    words = name.split()
    return len(words) >= 2 and words[-1] in actor_spans.WIRE_COMPANY_FORMS


# Parties by canonical name, with the forms news writes them in as a noun ("the
# Tories") and as a modifier ("a Tory spokesman"); the same data the speaker resolver
# reads (generator/extract/speakers/).
PARTY_NAMES = word_lists("party_names")


PARTY_ADJECTIVES = word_lists("party_adjectives")


@cache
def _party_words() -> frozenset[str]:
    """One-word forms of the parties' names and adjectives: "labour", "tory", "snp"."""
    forms = [*PARTY_NAMES.values(), *PARTY_ADJECTIVES.values()]
    return frozenset(f for group in forms for f in group if "_" not in f)


@cache
def _party_name_words() -> frozenset[str]:
    """One-word names of parties (data/party_names.toml): "Labour", "Tories", "SNP".
    The model tags "Labour claims" as a person; no person is called so."""
    return frozenset(f for forms in PARTY_NAMES.values() for f in forms if "_" not in f)


def _party_named(name: str) -> str | None:
    """The canonical name of the party `name` is a name of ("Labour", "the Tories",
    "Lib Dems" -> "Labour Party", "Conservative Party", "Liberal Democrats"), or None.

    One party, one actor page across the archive, under the name its speakers get
    (data/party_names.toml): an article that writes only "Labour" must not make a
    "Labour" page beside the "Labour Party" of the next one. The article's own form
    stays an alias."""
    words = [w.casefold() for w in bare_name(name).split()]
    form = "_".join(words[1:] if words[:1] == ["the"] else words)
    return next((party for party, forms in PARTY_NAMES.items() if form in forms), None)


def _party_form(span: Span) -> str | None:
    """The canonical party whose modifier form the words are ("Tory", "Lib Dem")."""
    form = "_".join(t.lower_ for t in span)
    return next((p for p, forms in PARTY_ADJECTIVES.items() if form in forms), None)


INITIAL = re.compile(r"[A-Z]\.?")


def _middle_initial_name(name: str) -> bool:
    """ "Channing D. Phillips", "Lawrence H. Summers": a capitalised word, one initial
    with its stop, and a capitalised word that is no English word, as news writes a
    person's full name. (A firm so named, "Arthur D. Little", is mostly written with its
    legal form or a body's noun, which outweigh this.)"""
    parts = name.split()
    return (
        len(parts) == 3
        and parts[0][:1].isupper()
        and parts[0][1:].islower()
        and len(parts[1]) == 2
        and parts[1][0].isupper()
        and parts[1][1] == "."
        and parts[2][:1].isupper()
        and not parts[2].isupper()
        and not _common_word(parts[2].casefold())
    )


def _initial_and_surname(name: str) -> bool:
    """ "M Bortolami", "S. Parisse": one initial and a capitalised word that is no
    English word, as team sheets and bylines write people."""
    parts = name.split()
    return (
        len(parts) == 2
        and INITIAL.fullmatch(parts[0]) is not None
        and parts[1][:1].isupper()
        and not parts[1].isupper()
        and not _common_word(parts[1].casefold())
    )


def _clean_name(text: str) -> str:
    """Normalise whitespace and apostrophes ("O' Neill" -> "O'Neill"); strip a
    trailing possessive."""
    text = re.sub(r"[()\[\]<>]", " ", text)  # "Ato (Boldon)", wire copy's "<Bond Corp>"
    text = " ".join(text.split())
    # "Donald Trump\u2018s": an opening mark typed for the apostrophe is a possessive too
    text = re.sub(r"(?:['\u2019\u2018]s|['\u2019])$", "", text).strip()
    return _SPACED_APOSTROPHE.sub(r"\1\2", text)  # "Rory O' Neill" is Rory O'Neill


#: An Irish or Norman surname's prefix typed with a space after its apostrophe.
_SPACED_APOSTROPHE = re.compile(r"\b([OD])(['\u2019]) (?=[A-Z])")


def _given_name_led_full(name: str) -> bool:
    """A full name opening with a given name: "Tony Blair", "Sophie Dahl".

    A given name the corpus shows with surnames (`GIVEN_NAMES`) before up to three
    capitalised words; a listed one (`LISTED_GIVEN_NAMES`, weaker evidence) only before
    one or two words written in capitals and small letters, the last ending in a letter
    ("Sophie Dahl", not "Mercedes-Benz SLK" or "Harley Davidson 2").
    """
    parts = name.split()
    if 2 <= len(parts) <= 4 and parts[0] in GIVEN_NAMES:
        return all(p[:1].isupper() for p in parts)
    return (
        2 <= len(parts) <= 3
        and parts[0] in LISTED_GIVEN_NAMES
        and all(p[:1].isupper() and not p.isupper() and p[-1].isalpha() for p in parts[1:])
    )


def list_head(token: Token) -> Token:
    """The first item of the list a name is a later item of ("Hustle" of "Shameless,
    Hustle and Bodies" -> "Shameless"), whose head tells what the whole list hangs on;
    the token itself when it is no conjunct. At most eight links up: a parse never
    chains a real list further, and a cycle must not loop."""
    node = token
    for _ in range(8):
        if node.dep_ != "conj" or node.head is node:
            break
        node = node.head
    return node


def _instance_preposition(prep: Token) -> bool:
    """ "such as", "like", "including": what follows are instances of the noun before."""
    if prep.lower_ == "as":
        return prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
    return prep.lower_ in {"like", "including"}


def _key(name: str) -> str:
    """Grouping key: the shared name key, with the common aliases of a few places, the
    US states written in AP abbreviations ("Calif." is "California") or after "State
    of" ("State of Virginia" is Virginia) and a street's
    abbreviation ("Downing St" is "Downing Street"); a party's name
    of party words only in the singular ("Lib Dems" is "Lib Dem")."""
    key = name_key(name)
    alias = place_aliases().get(key) or state_of_abbreviation(name) or state_of_place(name)
    words = key.split()
    if len(words) >= 2 and words[-1] == "st" and name.split()[-1][:1] == "S":
        return " ".join([*words[:-1], "street"])  # "Downing St" is "Downing Street"
    if alias:
        return name_key(alias)
    if len(words) >= 2 and all(w in PARTY_WORDS for w in words):
        last = words[-1]
        words[-1] = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
        return " ".join(words)
    return key


def bare_name(mention: str) -> str:
    """A name as written, without what is not part of the name: a leading article,
    "Mr"/"Mrs"/"Dr"-type honorifics (styles such as "Lord" stay), a possessive ending,
    brackets and extra spaces. "Mr Blair's" -> "Blair"; "Lord Butler's" -> "Lord Butler".
    """
    words = _clean_name(mention).split()
    while len(words) > 1 and (
        words[0].casefold() in {"the", "a", "an"}
        or (words[0].casefold() in HONORIFICS and words[0].casefold() not in STYLE_TITLES)
    ):
        words = words[1:]
    return " ".join(words)


def canonical_name(forms: list[str]) -> str:
    """The name to show for one actor, from the forms an article uses for it.

    The one rule of issue 11 for actors and speakers alike (the speaker resolver uses it
    so that speakers equal actor names): the fullest form, then the most used, then the
    longest, then the first. Styles that are part of how a person is known stay ("Lord
    Butler" seven times wins over "Robin Butler" once; "Prince Charles" over "Charles").
    Forms are compared as `bare_name` gives them. Raises ValueError on no forms.
    """
    names = [bare_name(form) for form in forms]
    names = [name for name in names if name]
    if not names:
        raise ValueError("canonical_name needs at least one form")
    return _fullest(names)


def _fullest(names: list[str]) -> str:
    """The fullest of bare names: most words, then most used, longest, first."""
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}  # where each name first stands (names.index, once)
    for number, name in enumerate(names):
        counts[name] += 1
        first.setdefault(name, number)
    return max(
        names,
        key=lambda n: (len(n.split()), counts[n], len(n), not n.isupper(), -first[n]),
    )


def _is_styled(name: str) -> bool:
    """ "Lord Butler", "Prince Charles": a style and one name."""
    words = name.split()
    return len(words) == 2 and words[0].casefold() in STYLE_TITLES


# Words of a company's legal or trading form, which its short name leaves out:
# "Gulf States Utilities Co" is "Gulf States" on second mention.
COMPANY_FORM_WORDS = word_set(
    """
    inc inc. corp corp. corporation co co. ltd ltd. plc llc llp ag sa gmbh nv n.v. company
    companies holdings group industries utilities utility bancorp
    """
)


def _without_company_form(name: str) -> str:
    """The name with its trailing company-form words removed ("Gulf States Utilities Co"),
    and the "and" before them ("Jardine Matheson and Co Ltd": "Jardine Matheson")."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(",") in COMPANY_FORM_WORDS:
        words.pop()
        if len(words) > 2 and words[-1] in {"and", "&"}:
            words.pop()
    return " ".join(words)
