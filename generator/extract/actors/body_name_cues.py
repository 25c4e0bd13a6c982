"""Words written right beside a name that make it a body's, not a person's (issue:
mistyped actors): the acronym of its initials, or "of", a country and a legal form.

"Union Pacific said it will enter a partnership with Petroles de Venezuela, PDVSA",
"the official Kenya News Agency KNA said": wire copy gives a body's initials right
after its name. The model called "Petroles de Venezuela" a person, and took "Kenya
News Agency" for a title before the person "KNA". People are not written with their
initials beside their name, so a name whose initials (its small words' too: "PdV")
open the acronym next to it, and an acronym that the initials of the capitalised words
before it open, name a body. A name opening with a given name is left alone ("John F.
Kennedy, JFK").

"Gold Fields of South Africa Ltd said": the model tags the first words as a person's
name; "of", a place and a legal form make the whole a firm's (`of_place_firm`).

"Diamond Shamrock said it would spin off its refining and marketing operations",
"Rabobank Nederland said in its latest economic bulletin": a name that reports of
itself as "it" and "its" is a body's (`reports_as_itself`). A person's report may say
"it" of something else ("Smith said it was too early"), so only "it" as the reported
clause's subject with "its" in the same clause counts, not "it is" or "it was", and
a name that opens with a given name is left alone ("Grant Samuel", "Laura Ashley").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actors.lexicon import REPORTING_LEMMAS
from generator.extract.actors.names import _company_suffix, _given_name_led_full
from generator.extract.actors.places import _known_place

# The fewest letters an acronym and the initials it is checked against share.
MIN_INITIALS = 2

# The most capitalised words read before an acronym: "Kenya News Agency KNA".
MAX_NAME_WORDS = 6


def _acronym_token(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token) >= MIN_INITIALS


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


def acronym_after_name(doc: Doc, span: Span) -> bool:
    """The name is followed by a comma and an acronym its initials open, the acronym
    closing the phrase: "Petroles de Venezuela, PDVSA, to own"."""
    i = span.end
    if len(span) < 2 or i + 1 >= len(doc) or doc[i].text != ",":
        return False
    acronym = doc[i + 1]
    closes = i + 2 >= len(doc) or doc[i + 2].is_punct or doc[i + 2].is_lower
    initials = _initials([t.text for t in span])
    return (
        _acronym_token(acronym)
        and closes
        and len(initials) >= MIN_INITIALS
        and acronym.text.startswith(initials)
        and not _given_name_led_full(span.text)
    )


def acronym_of_words_before(doc: Doc, span: Span) -> bool:
    """The name is an acronym that the initials of the capitalised words right before
    it open: "the official Kenya News Agency KNA said"."""
    if len(span) != 1 or not _acronym_token(span[0]):
        return False
    words: list[str] = []
    i = span.start - 1
    while i >= 0 and len(words) < MAX_NAME_WORDS and doc[i].is_title:
        words.insert(0, doc[i].text)
        i -= 1
    for size in range(len(words), MIN_INITIALS - 1, -1):
        initials = _initials(words[-size:])
        if span.text == initials or (span.text.startswith(initials) and size >= 3):
            return True
    return False


def of_place_firm(doc: Doc, span: Span) -> bool:
    """The name is followed by "of", a place the lexicon knows and a legal form: "Gold
    Fields of South Africa Ltd said", a firm of that country. A person's style of a
    place has no legal form after it ("Lord Owen of Plymouth"), and a person "of" a
    firm names the firm, no place, before its form ("Alan Hargreaves of Hoare Govett
    Asia Ltd": `person_of_body`)."""
    i = span.end
    if i + 2 >= len(doc) or doc[i].lower_ != "of":
        return False
    for size in range(1, MAX_PLACE_WORDS + 1):
        form = i + 1 + size
        if form >= len(doc):
            return False
        place = doc[i + 1 : form]
        if all(t.is_title for t in place) and _known_place(place.text):
            return _company_suffix(doc[form].text)
    return False


# The most words of the place between "of" and the legal form: "South Africa".
MAX_PLACE_WORDS = 3


def reports_as_itself(span: Span) -> bool:
    """Whether the name is the subject of a reporting verb whose words call it "it" and
    "its": "said in its latest bulletin", "said it would spin off its refining arm",
    "added that it had enough cash to fund its operations" (see the module docstring)."""
    if _given_name_led_full(span.text):
        return False
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in REPORTING_LEMMAS:
        return False
    for child in verb.children:
        if child.i < verb.i:
            continue
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(_owned_by_it(t) for t in child.children if t.dep_ == "pobj")
        ):
            return True  # "said in its latest bulletin"
        if child.dep_ == "ccomp" and child.lemma_ != "be":
            subject = [t for t in child.children if t.dep_ == "nsubj"]
            if [t.lower_ for t in subject] == ["it"] and any(
                t.lower_ == "its" and t.dep_ == "poss" for t in child.subtree
            ):
                return True  # "said it would spin off its refining arm"
    return False


def _owned_by_it(noun: Token) -> bool:
    """Whether "its" owns the noun: "its latest bulletin"."""
    return any(c.lower_ == "its" and c.dep_ == "poss" for c in noun.children)
