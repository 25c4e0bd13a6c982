"""One name normaliser: the registry, actor merging, speaker lookup and corrections agree.

Issue 12 item 4 found four versions that disagreed (the registry missed "Pentagon" for
"The Pentagon", which actor merging treated as one name). Every consumer now goes through
`generator.model.name_key`; this table of hard cases holds them together.
"""

from __future__ import annotations

import pytest

from generator.corrections import _find_actor
from generator.extract.actors import _key as actor_key
from generator.extract.actors import canonical_name
from generator.extract.speakers import _norm as speaker_key
from generator.model import Actor, Registry, RegistryEntry, name_key

SAME = [
    ("The Pentagon", "Pentagon"),  # articles
    ("the Kremlin", "Kremlin"),
    ("Blair's", "Blair"),  # possessives, straight and curly
    ("Blair\u2019s", "Blair"),
    ("Jones'", "Jones"),
    ("Baltasar Garz\u00f3n", "Baltasar Garzon"),  # accents
    ("No\u00eblia P\u00e1ez", "Noelia Paez"),
    ("Al Aynsley-Green", "Al Aynsley Green"),  # hyphens and dashes
    ("Mark Lewis\u2013Francis", "Mark Lewis-Francis"),
    ("J. K. Rowling", "JK Rowling"),  # initials
    ("J.K. Rowling", "JK Rowling"),
    ("George H.W. Bush", "George H. W. Bush"),
    ("U.S.", "US"),
    ("sandra  day o\u2019connor", "Sandra Day O'Connor"),  # case, spacing, apostrophes
]
DIFFERENT = [
    ("Lord Butler", "Butler"),  # a style is part of the name
    ("Prince Charles", "Charles"),
    ("Tony Blair", "Blair"),  # surnames are merged by the extractor, not the key
    ("Theresa May", "Theresa"),
    ("Thebes", "Thebe"),  # "the" only as a word
]


def agree(a: str, b: str) -> dict[str, bool]:
    """Does each consumer treat `a` and `b` as the same name?"""
    return {
        "name_key": name_key(a) == name_key(b),
        "registry": Registry([RegistryEntry(name=a, type="person")]).lookup(b) is not None,
        "actors": actor_key(a) == actor_key(b),
        "speakers": speaker_key(a) == speaker_key(b),
        "corrections": _find_actor([Actor(name=a, type="person")], b) is not None,
    }


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_name_match_everywhere(a: str, b: str) -> None:
    assert agree(a, b) == dict.fromkeys(agree(a, b), True)
    assert agree(b, a) == dict.fromkeys(agree(b, a), True)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_match_nowhere(a: str, b: str) -> None:
    assert agree(a, b) == dict.fromkeys(agree(a, b), False)


@pytest.mark.parametrize(
    ("forms", "canonical"),
    [
        (["Butler", "Lord Butler", "Lord Butler's", "Robin Butler"], "Lord Butler"),
        (["Charles", "Prince Charles"], "Prince Charles"),
        (["Mr Blair", "Tony Blair", "Blair's"], "Tony Blair"),
        (["Sir Menzies Campbell", "Menzies Campbell", "Sir Menzies"], "Sir Menzies Campbell"),
        (["the Pentagon", "Pentagon"], "Pentagon"),
        (["Ato (Boldon)"], "Ato Boldon"),
    ],
)
def test_canonical_name_is_the_fullest_form_with_its_style(
    forms: list[str], canonical: str
) -> None:
    """The rule actors and speakers share (issue 11): what a page shows for a person."""
    assert canonical_name(forms) == canonical
