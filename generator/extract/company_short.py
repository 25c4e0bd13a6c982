"""A company's short name is the company (issue 11).

Wire copy names a company in full once, then by its first words: "Kelmont Wexbridge
Industries Inc said ... Kelmont Wexbridge said". The small model often takes a
two-word short name for a person's, so the page lists two actors for one company
(one of them a "person"), and the quotes under the short name go to a speaker the
annotators would not name: the canonical speaker is the fullest name the article uses.

Many short names are joined to their company while the actors are grouped
(`actors._merge_org_short_forms`) or by the speaker resolver (`speakers._short_company`);
this step, run on the finished records, joins the ones (of one to three words) they
leave apart, when the short name can only be that company:

- it is the opening words of the company's full name, which ends with a company suffix
  ("Inc", "Corp", "PLC") and is written before the short name;
- the words the full name adds are name words and company endings ("Wexbridge
  Industries Inc", "Glass Container Corp"), never a word that makes a unit of another
  company ("American Express Bank Ltd" is not American Express; "Ford Motor Credit
  Co" is not Ford Motor), a place ("Kelmont Canada Ltd") or a lower-case joiner ("De
  Havilland Aircraft Co of Canada Ltd");
- no other actor's name opens with the short name ("Texas American" beside "Texas
  American Bancshares Inc" and "Texas American Bank NV" is either; "Kansas" beside
  "Kansas City" is a state too);
- a short name the model took for a person's has two words or more, no role, and
  does not open with a given name: the "person" may be the founder whose name the
  company bears ("Jim Walter" of "Jim Walter Corp", "Martha Stewart" of "Martha
  Stewart Living Omnimedia Inc"), and a founder's words must stay his.

The words behind the rules are data: `data/company_words.toml`.
"""

from __future__ import annotations

import re

from generator.extract.actor_spans import (
    COMPANY_WORDS,
    WIRE_COMPANY_FORMS,
    inside_name,
    merge_actors,
    mistyped_name,
)
from generator.extract.actors import KNOWN_PLACES, common_words, gazetteer
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.words import word_lists
from generator.model import Actor, Quote

ARM_WORDS = COMPANY_WORDS["arm_words"]
UNIT_WORDS = ARM_WORDS | COMPANY_WORDS["unit_words"]
# the company forms casefolded, a final dot left out ("Inc." -> "inc", "S.A." -> "s.a")
COMPANY_SUFFIXES = frozenset(form.casefold().rstrip(".") for form in WIRE_COMPANY_FORMS)
NAME_ENDINGS = COMPANY_WORDS["name_endings"]
# "Sons", "Partners", "Company": words that close a firm's name (also after "and")
FIRM_CLOSING_WORDS = COMPANY_WORDS["firm_closing_words"]
JOINERS = word_lists("function_words")["pair_joiners"]
# a short name of more words than this is no wire copy's short form
MAX_SHORT_WORDS = 3


def _words(name: str) -> list[str]:
    """The words of a name, without a possessive ending or a leading "The"."""
    words = re.sub(r"['\u2019]s?$", "", name).split()
    return words[1:] if words[:1] == ["The"] else words


def _suffix(word: str) -> bool:
    """Whether a word is a company's legal form ("Inc", "Corp.", "PLC", "AG")."""
    return word.casefold().rstrip(".") in COMPANY_SUFFIXES


def _place_word(word: str) -> bool:
    """Whether a word names a place ("Canada", "Europe"): a company's unit there."""
    folded = word.casefold()
    return folded in KNOWN_PLACES or folded in gazetteer()


def _name_word(word: str, units: frozenset[str] = UNIT_WORDS) -> bool:
    """Whether a word the full name adds may belong to the company's own name: a
    capitalised word that is no unit's word ("Bank", "Securities") and no place."""
    if word.casefold() in units or _place_word(word):
        return False
    return word[:1].isupper() or word[:1].isdigit()


def _ending(word: str) -> bool:
    """Whether a word only says that its name is a company's: a legal form ("Inc"), an
    ending ("Industries", "Group") or a firm's closing word ("Sons", "Partners")."""
    return _suffix(word) or word.casefold() in NAME_ENDINGS | FIRM_CLOSING_WORDS


def rest_of_company_name(rest: list[str], short: list[str]) -> bool:
    """Whether the words a company's full name adds to its short name (`short`, both as
    written) leave it the same company. The one definition for this module's merge and
    the speaker resolver (`speakers._rest_of_one_name`):

    - endings only, also after "and" or "&": "International Inc", "Group", "Cos Ltd",
      "& Co" (Morgan Stanley), "and Co" (Eli Lilly);
    - name words, endings and inner joiners closed by a company suffix: "Wexbridge
      Industries Inc", "Glass Container Corp", "Tire and Rubber Co" (Firestone); words
      joined by "and" name the firm's trades, so that only an arm's word ("Capital")
      makes a unit there ("Hartford" of "Hartford Steam Boiler Inspection and
      Insurance Co");
    - "of" and a place after a short name that ends in the kind of body it is: "Royal
      Bank" of "Royal Bank of Canada".

    Not a unit's words ("Bank Ltd" of "American Express Bank Ltd"), a place that makes
    a unit abroad ("Co of Canada Ltd", "General Motors" of "General Motors of Canada"),
    a second company after a suffix and "and" ("Thomson Co Inc and Obion Co Inc"), or
    name words after a joiner that opens the rest ("Pacific Gas" of "Pacific Gas and
    Electric Co" is left apart: this rule cannot tell it from two bodies)."""
    if not rest:
        return False
    opened = rest[1:] if rest[0] in JOINERS else rest
    if opened and all(_ending(word) for word in opened):
        return True
    if len(rest) == 2 and rest[0] == "of" and short and short[-1].casefold() in UNIT_WORDS:
        return _place_word(rest[1])
    if not _suffix(rest[-1]):
        return False
    units = ARM_WORDS if any(word in JOINERS for word in rest[1:-1]) else UNIT_WORDS
    for i, word in enumerate(rest):
        if _ending(word):
            continue
        if word in JOINERS and 0 < i < len(rest) - 1 and not _suffix(rest[i - 1]):
            continue  # not "Co Inc and Obion Co Inc": two companies
        if not _name_word(word, units):
            return False
    return True


def _plain_mentions(actor: Actor, text: str) -> bool:
    """Whether every mention of the actor is its bare name or a word of it, written
    inside the name right there: no "Mr", no surname on its own ("Glass" is kept as a
    mention of a "person" named "Anchor Glass" where the text says "Anchor Glass"), or
    the name mistyped ("Bexford Sigal" of "Bexford Signal", `mistyped_name`)."""
    return all(
        inside_name(text, span, actor.name)
        or mistyped_name(text[span[0] : span[1]], actor.name, common_words())
        for span in actor.spans
    )


def full_company_of(short: Actor, actors: list[Actor], text: str) -> Actor | None:
    """The one company whose full name `short` is the opening of, under the rules in
    this module's docstring; None when there is none or the short name may be another
    body's or a person's."""
    words = _words(short.name)
    if not words or len(words) > MAX_SHORT_WORDS or short.type == "place" or not short.spans:
        return None
    if short.type == "person" and (short.roles or len(words) < 2 or words[0] in GIVEN_NAMES):
        return None  # "Martha Stewart" of "Martha Stewart Living Omnimedia Inc", "Jim
        # Walter" of "Jim Walter Corp": a founder may speak too, and his words stay his
    if not _plain_mentions(short, text):
        return None
    opening = [
        other
        for other in actors
        if other is not short and _words(other.name)[: len(words)] == words
    ]
    if len(opening) != 1:
        return None
    full = opening[0]
    rest = _words(full.name)[len(words) :]
    if full.type != "organization" or not full.spans or not rest_of_company_name(rest, words):
        return None
    if min(full.spans)[0] > min(short.spans)[0]:
        return None  # wire copy names the company in full first
    return full


def merge_company_short_names(actors: list[Actor], quotes: list[Quote], text: str) -> list[Actor]:
    """Each short name of a company joins the company's actor (its mentions, roles and
    aliases), and its quotes are the company's, under the full name."""
    return merge_actors(
        actors, quotes, lambda short, kept: full_company_of(short, kept, text), as_alias=True
    )
