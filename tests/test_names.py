"""One name normaliser: the registry, actor merging, speaker lookup, corrections and the
archive agree.

Issue 12 item 4 found four versions that disagreed (the registry missed "Pentagon" for
"The Pentagon", which actor merging treated as one name). Every consumer now goes through
`generator.model.name_key`; this table of hard cases holds them together, key by key and
through real extraction (registry lookup and merging within an article) and a real
archive (merging across articles).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_archive import briefing

from generator.editing.corrections import _find_actor
from generator.extract.actors import canonical_name, extract_actors
from generator.extract.actors.names import _key as actor_key
from generator.model import Actor, Registry, RegistryEntry, name_key
from generator.model import name_key as speaker_key
from generator.pages.archive import build_archive

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


def archive_pages(a: str, b: str) -> list[str]:
    """The actor pages of an archive of two briefings, one naming `a`, one `b`."""
    archive = build_archive([briefing(1, a), briefing(2, b)], Registry())
    return [page.name for page in archive.actors.values()]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_name_match_everywhere(a: str, b: str) -> None:
    assert agree(a, b) == dict.fromkeys(agree(a, b), True)
    assert agree(b, a) == dict.fromkeys(agree(b, a), True)
    assert len(archive_pages(a, b)) == 1  # one actor page for both briefings


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


# (registry name, the article's spelling, type): one spelling per hard case.
REGISTERED = [
    ("Pentagon", "The Pentagon", "organization"),  # article
    ("Baltasar Garzon", "Baltasar Garzón", "person"),  # accent
    ("JK Rowling", "J. K. Rowling", "person"),  # initials
    ("Al Aynsley Green", "Al Aynsley-Green", "person"),  # hyphen
    ("Sandra Day O'Connor", "Sandra Day O\u2019Connor", "person"),  # curly apostrophe
]
ARTICLE = (
    "The Pentagon said on Monday that the plan was sound. Judge Baltasar Garzón opened an "
    "inquiry in Madrid. The author J. K. Rowling gave money to the charity. Sir Al "
    "Aynsley-Green, the children's commissioner, welcomed the report. Justice Sandra Day "
    "O\u2019Connor retired in 2006."
)


def test_extraction_files_each_spelling_under_its_registry_name(nlp: Language) -> None:
    registry = Registry([RegistryEntry(name, kind) for name, _, kind in REGISTERED])  # type: ignore[arg-type]
    actors = {actor.name: actor for actor in extract_actors(nlp(ARTICLE), registry)}
    for name, spelling, kind in REGISTERED:
        assert actors[name].type == kind
        assert spelling not in actors or spelling == name


def test_extraction_merges_two_spellings_in_one_article(nlp: Language) -> None:
    text = (
        "Judge Baltasar Garzón opened an inquiry in Madrid. Baltasar Garzon said the case "
        "was strong. The author J. K. Rowling gave money to the charity. JK Rowling said "
        "she was glad. Sir Al Aynsley-Green welcomed the report. Al Aynsley Green said more "
        "was needed."
    )
    people = [actor for actor in extract_actors(nlp(text)) if actor.type == "person"]
    assert sorted(name_key(actor.name) for actor in people) == [
        "al aynsley green",
        "baltasar garzon",
        "jk rowling",
    ]
    assert all(actor.mentions == 2 for actor in people)


def test_a_place_is_named_by_its_alias_table_however_the_article_spaces_it(
    nlp: Language,
) -> None:
    """The place aliases ("U.S." -> "United States") are looked up by the same key."""
    text = "Officials in the U. S. said the talks would resume in Geneva on Monday."
    places = {actor.name for actor in extract_actors(nlp(text)) if actor.type == "place"}
    assert places == {"United States", "Geneva"}
