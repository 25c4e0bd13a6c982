"""A maker's product named with the maker's name ("the Microsoft Xbox", "Apple iPods"):
no actor, and no longer form of the maker, which acts on its own ("Apple has expanded
its range").
"""

from __future__ import annotations

import re

from generator.extract.actors.groups import _longest_name
from generator.extract.actors.lexicon import ORG_WORDS
from generator.extract.actors.mention import _Group
from generator.extract.actors.names import COMPANY_FORM_WORDS, _without_company_form
from generator.extract.actors.things import _shows_no_actor
from generator.model import name_key


def maker_product(maker: _Group, target: _Group, groups: list[_Group]) -> bool:
    """Whether `target` ("Microsoft Xbox") is a product `maker` ("Microsoft") makes, so
    that the maker's mentions stay apart from it instead of joining it as its short
    form.

    The maker acts or speaks on its own ("Apple has expanded", "Microsoft said"), the
    longer name never does (nor holds a role or a body's word), and the article shows
    the rest of the longer name to be a product: a product use of it ("the Xbox games
    console", "an Apple iPod family" is not enough: see `product_use`) or a name opening
    in lower case the way brands name their devices ("iPods", "iMac"). A parent and
    its division ("EMI" and "EMI Music") or a merged firm ("Sony Ericsson") show no
    product use, and stay as they were."""
    name = re.sub(r"^The ", "", _longest_name(target))
    words = name.split()
    if len(words) < 2 or name_key(words[0]) != name_key(_longest_name(maker)):
        return False
    rest = words[1:]
    if _without_company_form(name) != name or any(
        w.casefold() in ORG_WORDS | COMPANY_FORM_WORDS for w in rest
    ):
        return False  # "Sony Corp", "Ford Motor Co": the maker itself
    if not any(m.acting or m.speaks for m in maker.mentions):
        return False
    if not _shows_no_actor(target, place_cues=False):
        return False
    if rest[0][:1].islower() and rest[0][1:2].isupper():
        return True  # "Apple iPods", "Apple iMac"
    rest_name = " ".join(rest)
    return any(m.product for m in target.mentions) or any(
        m.product for g in groups for m in g.mentions if m.name == rest_name
    )
