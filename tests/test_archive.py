"""The cross-article index: which actors get a page as the archive grows."""

from __future__ import annotations

from dataclasses import fields

from generator.model import Actor, Briefing, Extraction, Quote, Registry, RegistryEntry
from generator.pages.archive import build_archive


def briefing(number: int, *people: str) -> Briefing:
    actors = [Actor(name=name, type="person", mentions=1) for name in people]
    return Briefing(
        id=f"b{number}",
        path=f"content/b{number}.md",
        title=f"Briefing {number}",
        date=f"2026-01-{number:02d}",
        source=None,
        url=None,
        tags=[],
        authors=[],
        extraction=Extraction(actors=actors),
    )


ARCHIVE = [briefing(1, "Ana Ruiz", "Ben Cole"), briefing(2, "Ana Ruiz"), briefing(3, "Cy Dunn")]
REGISTRY = Registry([RegistryEntry(name="Cy Dunn", type="person")])


def test_a_small_archive_gives_every_actor_a_page() -> None:
    archive = build_archive(ARCHIVE, Registry())
    assert sorted(archive.actors) == ["Ana Ruiz", "Ben Cole", "Cy Dunn"]


def test_recurring_and_registry_actors_keep_pages_when_others_are_dropped() -> None:
    archive = build_archive(ARCHIVE, REGISTRY, actor_min_briefings=2)
    assert sorted(archive.actors) == ["Ana Ruiz", "Cy Dunn"]
    assert archive.actor_slug("Ben Cole") is None  # shown as plain text, no dead link


def test_a_large_archive_pages_only_recurring_actors_by_default() -> None:
    many = [briefing(number % 28 + 1, "Ana Ruiz") for number in range(999)]
    archive = build_archive([*many, *ARCHIVE], Registry())
    assert sorted(archive.actors) == ["Ana Ruiz"]


def with_actors(number: int, *actors: Actor) -> Briefing:
    item = briefing(number)
    item.extraction.actors = list(actors)
    return item


def test_an_actor_the_extractor_is_unsure_of_gets_no_page_and_no_filter() -> None:
    from generator.pages.render import search_filters

    unsure = Actor(name="Aberdeen", type="place", mentions=1, confidence=0.45)
    sure = Actor(name="Ana Ruiz", type="person", mentions=2)
    item = with_actors(1, sure, unsure)
    archive = build_archive([item], Registry())
    assert sorted(archive.actors) == ["Ana Ruiz"]
    assert archive.actor_slug("Aberdeen") is None  # plain text on the briefing
    assert search_filters(item, archive) == [("year", "2026"), ("person", "Ana Ruiz")]


def test_spellings_share_a_page_typed_by_most_mentions() -> None:
    archive = build_archive(
        [
            with_actors(1, Actor(name="Baltasar Garz\u00f3n", type="person", mentions=3)),
            with_actors(2, Actor(name="Baltasar Garzon", type="place", mentions=1)),
            with_actors(3, Actor(name="Baltasar Garzon", type="person", mentions=2)),
        ],
        Registry(),
    )
    assert len(archive.actors) == 1
    page = next(iter(archive.actors.values()))
    assert page.type == "person"
    assert len(page.briefings) == 3
    assert archive.actor("Baltasar Garzon") is page


def test_list_pages_show_every_metadata_field_of_a_briefing() -> None:
    """The archive keeps a lighter copy of each briefing for list pages and the feed:
    every field of the briefing but its text (with how its first line reads) and
    extraction, with the same values."""
    full = briefing(4, "Ana Ruiz")
    full.tags, full.authors, full.extra = ["ports"], ["Maya Okafor"], {"region": "North"}
    summary = build_archive([full], Registry()).briefings[0]
    text = ("body", "headline_line", "extraction")
    shared = [item.name for item in fields(Briefing) if item.name not in text]
    assert {name: getattr(summary, name) for name in shared} == {
        name: getattr(full, name) for name in shared
    }
    full.tags.append("strikes")  # the archive holds its own copy
    assert summary.tags == ["ports"]


def test_a_briefing_unsure_of_an_actor_does_not_link_to_a_page_that_omits_it() -> None:
    """The actor page lists the briefings sure of the actor; a briefing that is unsure
    (one passing mention) shows the name as plain text, not a link to a page that does
    not list it."""
    from pathlib import Path

    from generator.pages.render import make_environment, render_site

    sure = with_actors(1, Actor(name="Aberdeen", type="place", mentions=3))
    unsure = with_actors(2, Actor(name="Aberdeen", type="place", mentions=1, confidence=0.45))
    archive = build_archive([sure, unsure], Registry())
    assert [summary.id for summary, _ in archive.actors["Aberdeen"].briefings] == ["b1"]
    env = make_environment([Path(__file__).resolve().parents[1] / "templates"])
    pages = render_site(archive, env, {"name": "T", "latest": 5}, [sure, unsure])
    assert "actors/aberdeen/" in pages["briefings/b1.md"]
    assert "<b>Places:</b> Aberdeen\n" in pages["briefings/b2.md"]
    assert "actors/aberdeen" not in pages["briefings/b2.md"]


def test_a_body_named_with_and_without_its_company_ending_shares_a_page() -> None:
    archive = build_archive(
        [
            with_actors(1, Actor(name="Dean Witter Reynolds", type="organization", mentions=2)),
            with_actors(2, Actor(name="Dean Witter Reynolds Inc", type="organization", mentions=1)),
            with_actors(3, Actor(name="Federal Reserve System", type="organization", mentions=1)),
            with_actors(4, Actor(name="Federal Reserve", type="organization", mentions=3)),
        ],
        Registry(),
    )
    assert sorted(archive.actors) == ["Dean Witter Reynolds", "Federal Reserve"]
    assert archive.actor_slug("Dean Witter Reynolds Inc") == "dean-witter-reynolds"
    assert len(archive.actors["Federal Reserve"].briefings) == 2


def test_initials_share_a_page_only_where_an_article_gave_them_as_the_short_form() -> None:
    un = Actor(name="United Nations", type="organization", mentions=3, aliases=["UN"])
    archive = build_archive(
        [
            with_actors(1, un),
            with_actors(2, Actor(name="UN", type="organization", mentions=2)),
            with_actors(3, Actor(name="Bank of Canada", type="organization", mentions=2)),
            with_actors(4, Actor(name="BC", type="organization", mentions=1)),
        ],
        Registry(),
    )
    assert sorted(archive.actors) == ["BC", "Bank of Canada", "United Nations"]
    assert archive.actor_slug("UN") == "united-nations"


def test_a_short_form_of_two_different_bodies_keeps_its_own_page() -> None:
    archive = build_archive(
        [
            with_actors(1, Actor(name="Acme Corp", type="organization", mentions=1)),
            with_actors(2, Actor(name="Acme Inc", type="organization", mentions=1)),
            with_actors(3, Actor(name="Acme", type="organization", mentions=1)),
        ],
        Registry(),
    )
    assert sorted(archive.actors) == ["Acme", "Acme Corp", "Acme Inc"]


def test_bare_initials_with_a_company_ending_elsewhere_keep_their_own_page() -> None:
    archive = build_archive(
        [
            with_actors(1, Actor(name="ABC Inc", type="organization", mentions=2)),
            with_actors(2, Actor(name="ABC", type="organization", mentions=1)),
        ],
        Registry(),
    )
    assert sorted(archive.actors) == ["ABC", "ABC Inc"]


def test_a_middle_initial_shares_the_page_of_the_bare_name() -> None:
    """ "Donald J. Trump" in one article, "Donald Trump" in two: one page, under the name
    written most; "Trump" alone joins it too, and his quotes are on it. "George W. Bush"
    and "George H.W. Bush" are two people, and "George Bush" either: three pages."""
    quote = Quote(text="We will win.", speaker="Donald J. Trump", kind="direct", start=0, end=9)
    first = with_actors(1, Actor(name="Donald J. Trump", type="person", mentions=2))
    first.extraction.quotes = [quote]
    archive = build_archive(
        [
            first,
            with_actors(2, Actor(name="Donald Trump", type="person", mentions=3)),
            with_actors(3, Actor(name="Donald Trump", type="person", mentions=1)),
            with_actors(4, Actor(name="Trump", type="person", mentions=1)),
            with_actors(5, Actor(name="George W. Bush", type="person", mentions=2)),
            with_actors(6, Actor(name="George H.W. Bush", type="person", mentions=1)),
            with_actors(7, Actor(name="George Bush", type="person", mentions=1)),
        ],
        Registry(),
    )
    assert sorted(archive.actors) == [
        "Donald Trump",
        "George Bush",
        "George H.W. Bush",
        "George W. Bush",
    ]
    page = archive.actors["Donald Trump"]
    assert len(page.briefings) == 4
    assert "Donald J. Trump" in page.aliases
    assert [ref.quote.text for ref in page.quotes] == ["We will win."]
    assert archive.actor("Donald J. Trump") is page


def test_a_style_before_a_full_name_shares_the_page_of_the_bare_name() -> None:
    """ "Sir Alan Cobb" in one briefing and "Alan Cobb" in another are one page, with his
    quote; "Lord Cobb" (a style and one name) could be another Cobb and keeps its own."""
    quote = Quote(text="We will build it.", speaker="Sir Alan Cobb", kind="direct", start=0, end=9)
    first = with_actors(1, Actor(name="Sir Alan Cobb", type="person", mentions=2))
    first.extraction.quotes = [quote]
    archive = build_archive(
        [
            first,
            with_actors(2, Actor(name="Alan Cobb", type="person", mentions=3)),
            with_actors(3, Actor(name="Lord Cobb", type="person", mentions=1)),
        ],
        Registry(),
    )
    assert sorted(archive.actors) == ["Alan Cobb", "Lord Cobb"]
    page = archive.actors["Alan Cobb"]
    assert len(page.briefings) == 2
    assert "Sir Alan Cobb" in page.aliases
    assert [ref.quote.text for ref in page.quotes] == ["We will build it."]


def test_a_clipped_given_name_in_the_same_story_shares_the_page_of_the_full_name() -> None:
    """ "Len Harlow" and "Leonard E. Harlow" in two briefings that name the same bodies
    are one page. "Chris Dale" and "Christine Dale" in unrelated stories, and "Paul
    Ames" beside "Paula Ames" (another name, not a clipped one), keep their pages."""

    def person(name: str) -> Actor:
        return Actor(name=name, type="person", mentions=2)

    def org(name: str) -> Actor:
        return Actor(name=name, type="organization", mentions=1)

    story = [org("Tax Foundation"), org("Senate Finance Committee"), person("Paul Ames")]
    archive = build_archive(
        [
            with_actors(1, person("Leonard E. Harlow"), *story),
            with_actors(2, person("Len Harlow"), *story[:2], person("Paula Ames")),
            with_actors(3, person("Chris Dale"), org("Leeds United")),
            with_actors(4, person("Christine Dale"), org("Royal Opera House")),
        ],
        Registry(),
    )
    people = sorted(name for name, page in archive.actors.items() if page.type == "person")
    assert people == [
        "Chris Dale",
        "Christine Dale",
        "Leonard E. Harlow",
        "Paul Ames",
        "Paula Ames",
    ]
    assert "Len Harlow" in archive.actors["Leonard E. Harlow"].aliases


def test_a_surname_alone_is_shown_as_the_full_name_of_its_page() -> None:
    """ "President Kaplan" throughout one article ("Kaplan", role President), "Barack
    Kaplan" in another: the People list and the quotes' heading show the page's full
    name, as its link already went there. A surname of two full names in the archive
    joins no page and stays as the article writes it."""
    from pathlib import Path

    from generator.pages.render import make_environment, render_site

    full = with_actors(1, Actor(name="Barack Kaplan", type="person", mentions=3))
    alone = with_actors(2, Actor(name="Kaplan", type="person", mentions=4, roles=["President"]))
    alone.body = "We are ready."
    alone.extraction.quotes = [
        Quote(text="We are ready.", kind="direct", start=0, end=13, speaker="Kaplan")
    ]
    twice = with_actors(3, Actor(name="Ruiz", type="person", mentions=2))
    others = [
        with_actors(4, Actor(name="Ana Ruiz", type="person", mentions=2)),
        with_actors(5, Actor(name="Luis Ruiz", type="person", mentions=2)),
    ]
    briefings = [full, alone, twice, *others]
    archive = build_archive(briefings, Registry())
    env = make_environment([Path(__file__).resolve().parents[1] / "templates"])
    pages = render_site(archive, env, {"name": "T", "latest": 5}, briefings)
    page = pages["briefings/b2.md"]
    assert ">Barack Kaplan</a> (President)" in page
    assert "### [Barack Kaplan](" in page
    assert ">Ruiz</a>" in pages["briefings/b3.md"]


def test_a_body_under_a_longer_name_shares_its_page_when_its_head_is_named_in_both() -> None:
    """ "Tax Policy Hub" with its director "Leonard E. Harlow" in one story,
    "Urban-Brookings Tax Policy Hub" with "Len Harlow" in another: one body, one page. A
    short name beside a longer one with no head in common ("Democratic Party" and
    "Florida Democratic Party", both beside a candidate) keeps its page."""

    def person(name: str, *roles: str) -> Actor:
        return Actor(name=name, type="person", mentions=2, roles=list(roles))

    def org(name: str) -> Actor:
        return Actor(name=name, type="organization", mentions=2)

    story = [org("Senate Finance Committee"), org("Joint Tax Committee")]
    archive = build_archive(
        [
            with_actors(
                1,
                person("Leonard E. Harlow", "director of the Tax Policy Hub"),
                org("Tax Policy Hub"),
                *story,
            ),
            with_actors(2, person("Len Harlow"), org("Urban-Brookings Tax Policy Hub"), *story),
            with_actors(3, person("Ana Ruiz", "candidate"), org("Democratic Party")),
            with_actors(4, person("Ana Ruiz", "candidate"), org("Florida Democratic Party")),
        ],
        Registry(),
    )
    bodies = sorted(name for name, page in archive.actors.items() if page.type == "organization")
    assert "Tax Policy Hub" not in bodies or "Urban-Brookings Tax Policy Hub" not in bodies
    assert archive.actor_slug("Tax Policy Hub") == archive.actor_slug(
        "Urban-Brookings Tax Policy Hub"
    )
    assert "Democratic Party" in bodies and "Florida Democratic Party" in bodies


def test_a_surname_alone_is_shown_as_the_registry_full_name() -> None:
    """ "Councillor Raman" throughout an article, and the editors' registry knows "Priya
    Raman" (whom no article names in full): the briefing shows and links the registry's
    full name."""
    from pathlib import Path

    from generator.pages.render import make_environment, render_site

    registry = Registry([RegistryEntry(name="Priya Raman", type="person")])
    alone = with_actors(1, Actor(name="Raman", type="person", mentions=3, roles=["Councillor"]))
    archive = build_archive([alone], registry)
    assert sorted(archive.actors) == ["Priya Raman"]
    env = make_environment([Path(__file__).resolve().parents[1] / "templates"])
    pages = render_site(archive, env, {"name": "T", "latest": 5}, [alone])
    assert ">Priya Raman</a> (Councillor)" in pages["briefings/b1.md"]


def test_a_surname_of_several_people_goes_to_the_one_its_role_points_to() -> None:
    """ "President Kaplan" in one article; "Barack Kaplan" (President) named in full in
    many, his wife "Mila Kaplan" (first lady) in one: the bare surname's role points to
    him, and the briefing shows and links his name. A bare "Kaplan" whose role is hers
    in another briefing makes the surname two people's, and it stays as written; so does
    a surname of two people named as often ("Ana Ruiz", "Luis Ruiz", both senators)."""
    from pathlib import Path

    from generator.pages.render import make_environment, render_site

    def person(number: int, name: str, *roles: str) -> Briefing:
        return with_actors(number, Actor(name=name, type="person", mentions=2, roles=list(roles)))

    full = [person(n, "Barack Kaplan", "former President") for n in range(1, 6)]
    wife = person(6, "Mila Kaplan", "first lady")
    alone = person(7, "Kaplan", "President")
    ruiz = [person(8, "Ana Ruiz", "Senator"), person(9, "Luis Ruiz", "Senator")]
    bare_ruiz = person(10, "Ruiz", "Senator")
    briefings = [*full, wife, alone, *ruiz, bare_ruiz]
    archive = build_archive(briefings, Registry())
    env = make_environment([Path(__file__).resolve().parents[1] / "templates"])
    pages = render_site(archive, env, {"name": "T", "latest": 5}, briefings)
    assert ">Barack Kaplan</a> (President)" in pages["briefings/b7.md"]
    assert archive.actor_slug("Kaplan") == archive.actor_slug("Barack Kaplan")
    assert ">Ruiz</a>" in pages["briefings/b10.md"]

    hers = person(11, "Kaplan", "first lady")
    archive = build_archive([*briefings, hers], Registry())
    assert archive.actor_slug("Kaplan") != archive.actor_slug("Barack Kaplan")
