"""Pieces of one organisation's name that the model made actors of their own go into it.

The model cuts long wire names ("Systems and Computer Technology Corp" into "Systems and
Computer" and "Computer Technology Corp"); the speaker resolver names the body in full.
A page should list the body once, and a quote given to a piece is the body's.
"""

from __future__ import annotations

from generator.extract.actor_spans import absorb_cut_pieces
from generator.model import Actor, Quote

TEXT = (
    "Harbour and Tidewater Shipping Corp said it would buy two ferries.\n"
    "    Harbour and Tidewater Shipping Corp said the ferries would cost 40 mln dlrs.\n"
    "    Tidewater said on Monday it had talked to Harbour Board officials.\n"
)


def span(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return at, at + len(name)


def test_pieces_written_only_inside_the_full_name_join_it_and_their_quotes_follow() -> None:
    whole = "Harbour and Tidewater Shipping Corp"
    body = Actor(whole, "organization", mentions=1, spans=[span(TEXT, whole)])
    cut = Actor(
        "Tidewater Shipping Corp",
        "organization",
        mentions=2,
        spans=[span(TEXT, "Tidewater Shipping Corp", n) for n in (0, 1)],
    )
    inside = Actor(
        "Shipping Corp", "organization", mentions=1, spans=[span(TEXT, "Shipping Corp", 1)]
    )
    place = Actor(
        "Harbour", "place", mentions=3, spans=[span(TEXT, "Harbour", n) for n in (0, 1, 2)]
    )
    quote = Quote(
        text="the ferries would cost 40 mln dlrs",
        kind="indirect",
        start=TEXT.index("the ferries"),
        end=TEXT.index(" dlrs") + 5,
        speaker="Tidewater Shipping Corp",
    )
    kept = absorb_cut_pieces([body, cut, inside, place], [quote], TEXT)
    # "Harbour" is also written outside the name ("Harbour Board officials"): it stays
    assert [a.name for a in kept] == [whole, "Harbour"]
    assert quote.speaker == whole
    assert body.mentions == 2
    assert "Tidewater Shipping Corp" not in body.aliases


def test_a_piece_written_on_its_own_keeps_its_actor() -> None:
    whole = "Harbour and Tidewater Shipping Corp"
    body = Actor(whole, "organization", mentions=2, spans=[span(TEXT, whole, n) for n in (0, 1)])
    short = Actor(
        "Tidewater",
        "organization",
        mentions=3,
        spans=[span(TEXT, "Tidewater", n) for n in (0, 1, 2)],
    )
    assert absorb_cut_pieces([body, short], [], TEXT) == [body, short]


def test_a_word_inside_another_word_is_no_piece() -> None:
    text = "Northbridge Capital Group said it agreed.\n"
    body = Actor("Northbridge Capital Group", "organization", mentions=1, spans=[(0, 25)])
    bridge = Actor("bridge", "organization", mentions=1, spans=[(5, 11)])
    assert absorb_cut_pieces([body, bridge], [], text) == [body, bridge]
