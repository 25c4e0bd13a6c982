"""Titles of works that the model tags as people, bodies or places, named by more cues:
a conjunct of a title, "to star in", a part in a title the model calls a place, a
genre noun run into a title, an award only works win (articles written for these
tests; no corpus text here)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_product_actors import listed

CHART = (
    "Comedy keeps its grip on the box office\n\n"
    "Comedy Harold Meets The Parkers has held on to the number one spot at the North "
    "American box office for a third week, taking $20m over the weekend.\n\n"
    "Its star Jenna Morrow, who starred in Sideways and Finding Neverland, won praise "
    "for her role in Vera Drake last year. Her co-star Paul Denton is to star in "
    "Fingersmith next spring.\n\n"
    "At the awards in February, cartoon hit The Marvellous Wilsons won best animated "
    "feature. Denton said the chart was a surprise."
)


def test_titles_named_by_more_cues_are_not_listed(nlp: Language) -> None:
    """The second of two titles a performer starred in, the title of a part the model
    calls a place, what one is "to star in", a title after a genre noun that opens
    the sentence and the winner of an award only works win are works, not actors; the
    performers named beside them stay people."""
    actors = listed(nlp, CHART)
    titles = {
        "Finding Neverland",
        "Vera Drake",
        "Fingersmith",
        "Comedy Harold Meets The Parkers",
        "Harold Meets The Parkers",
        "Comedy Harold Meets",
        "Harold Meets",
        "Marvellous Wilsons",
        "The Marvellous Wilsons",
    }
    assert not titles & set(actors), actors
    assert actors["Jenna Morrow"].type == "person", actors  # the performers stay
    assert actors["Paul Denton"].type == "person", actors


BAND = (
    "Indie band plan spring tour\n\n"
    "Signed to the RCA record label, Hollowfield tested the water with two singles, "
    "Club Feet and KLF, which reached numbers 19 and 10.\n\n"
    "The gig closed with a rendition of Tubular Bells, singer Amy Carver said. The "
    "ceremony will also include a rendition of Across The Great Divide by Norah Jones."
)


def test_titles_announced_or_remade_are_not_listed(nlp: Language) -> None:
    """Titles after "two singles," and their conjuncts, and a work after "a rendition
    of", are works; the singers stay people."""
    actors = listed(nlp, BAND)
    titles = {"Club Feet", "KLF", "Tubular Bells", "Across The Great Divide"}
    assert not titles & set(actors), actors
    assert actors["Amy Carver"].type == "person", actors
    assert actors["Norah Jones"].type == "person", actors


NOMINEES = (
    "Film awards shortlist announced\n\n"
    "The Bafta nominees include Tom Ashby for The Grand Hotel and Jane Ruskin for "
    "Northern Lights, the academy said on Tuesday.\n\n"
    "Oscar nominees include Jamie Foxx for Ray and Kate Winslet for Little Children. "
    "Ashby said he was thrilled."
)


def test_works_nominees_are_up_for_are_not_listed(nlp: Language) -> None:
    """In a sentence about awards, the name after a person's name and "for" is the work
    the person is up for; the nominees stay people."""
    actors = listed(nlp, NOMINEES)
    assert not {"Grand Hotel", "The Grand Hotel", "Ray"} & set(actors), actors
    for person in ("Tom Ashby", "Jane Ruskin", "Jamie Foxx", "Kate Winslet"):
        assert actors[person].type == "person", actors
