"""The fixed frames held as data (generator/extract/data/quote_frames.json).

Each frame is a spaCy DependencyMatcher pattern in a data file: the file must load and
build a matcher, and each frame, in sentences written for these tests, must still give
its quotation and its speaker (and nothing where the frame is not there).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher

from generator.extract.quote_frames import FRAME_PATTERNS, TOKEN_FRAME_PATTERNS, frame_patterns
from generator.extract.quotes import extract_quotes, published
from generator.extract.words import DATA
from generator.model import Quote

#: What the rules read from each frame's match: every pattern of the frame names them.
NODES = {
    "according_to": {"anchor", "source"},
    "in_words_of": {"anchor", "source"},
    "seen_as": {"anchor", "object", "as"},
    "in_poll": {"anchor", "source"},
    "relayed_as": {"anchor", "source"},
    "quotes_source": {"anchor", "source"},
    "document_issued": {"anchor", "host"},
    "called_for": {"anchor", "clause", "for"},
}


def test_frames_load_from_the_data_file_and_build_a_matcher(nlp: Language) -> None:
    record = json.loads((DATA / "quote_frames.json").read_text(encoding="utf-8"))
    assert set(record["frames"]) == set(NODES)
    assert frame_patterns() == FRAME_PATTERNS
    matcher = DependencyMatcher(nlp.vocab, validate=True)
    for name, patterns in FRAME_PATTERNS.items():
        assert record["frames"][name]["why"], f"{name}: say why the frame names a source"
        for pattern in patterns:
            ids = [node["RIGHT_ID"] for node in pattern]
            assert ids[0] == "anchor", name
            assert NODES[name] <= set(ids), name
        matcher.add(name, patterns)
    assert len(matcher) == len(NODES)
    tokens = Matcher(nlp.vocab, validate=True)
    for name, patterns in TOKEN_FRAME_PATTERNS.items():
        assert record["token_frames"][name]["why"], name
        tokens.add(name, patterns)
    assert set(TOKEN_FRAME_PATTERNS) == {"label", "title"}


def heard(nlp: Language, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(text, kind, speaker mention, rule) of every published quotation of `text`."""
    quotes: list[Quote] = [q for q in extract_quotes(nlp(text)) if published(q)]
    return [(q.text, q.kind, q.speaker_mention, q.rule) for q in quotes]


FRAMES = [
    (
        "According to the mayor, “the bridge will reopen in May after the repairs.”",
        ("the bridge will reopen in May after the repairs.", "direct", "the mayor"),
        "direct.according_to",
    ),
    (
        "The bridge will reopen in May, according to the city engineer Maria Olsen.",
        ("The bridge will reopen in May", "indirect", "the city engineer Maria Olsen"),
        "indirect.according_to",
    ),
    (
        "In the words of the auditor, “the accounts were a mess from start to finish.”",
        ("the accounts were a mess from start to finish.", "direct", "the auditor"),
        "direct.in_words_of",
    ),
    (
        "In Mr Okafor's words, “the harbour has never been busier than this year.”",
        ("the harbour has never been busier than this year.", "direct", "Mr Okafor"),
        "direct.in_words_of",
    ),
    (
        "Many farmers see the new levy as a threat to their livelihoods.",
        ("the new levy as a threat to their livelihoods", "indirect", "Many farmers"),
        "indirect.seen_as",
    ),
    (
        "The union regards the offer as an insult to its members.",
        ("the offer as an insult to its members", "indirect", "The union"),
        "indirect.seen_as",
    ),
    (
        # a poll's clause with no figure; one that only gives its numbers is a result,
        # kept off the pages (test_quote_asides, poll_results)
        "In a poll released on Sunday, most voters trusted the governor more than his rival.",
        ("most voters trusted the governor more than his rival", "indirect", "a poll"),
        "indirect.in_poll",
    ),
    (
        "The newspaper quoted the minister as saying: “The talks have failed completely.”",
        ("The talks have failed completely.", "direct", "the minister"),
        "direct.speech_verb",
    ),
    (
        "The agency cited a senior official as saying: “The border will stay closed.”",
        ("The border will stay closed.", "direct", "a senior official"),
        "direct.speech_verb",
    ),
    (
        "The Herald quotes the harbour master: “We have never seen so many ships in a week.”",
        ("We have never seen so many ships in a week.", "direct", "the harbour master"),
        "direct.speech_verb",
    ),
    (
        "The ministry issued a statement saying: “The port will reopen on Friday.”",
        ("The port will reopen on Friday.", "direct", "The ministry"),
        "direct.speech_verb",
    ),
]


@pytest.mark.parametrize(("text", "expected", "rule"), FRAMES)
def test_each_frame_gives_its_quote_and_speaker(
    nlp: Language, text: str, expected: tuple[str, str, str], rule: str
) -> None:
    assert heard(nlp, text) == [(*expected, rule)]


@pytest.mark.parametrize(
    "text",
    [
        "Critics saw the minister in Brussels on Monday.",  # "see" without "as"
        "The governor is far ahead in the polls this week.",  # no one poll
        "The report cites rising costs and a shortage of nurses.",  # evidence, not a source
    ],
)
def test_no_frame_no_quote(nlp: Language, text: str) -> None:
    assert heard(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister attacked the so-called “one-euro jobs” in her speech.",
        "The mayor said critics mocked what he called a “world-class tram”.",
        "The mayor said the scheme, known as “the jobs bridge”, ends in March.",
        "The council said the plan, which it calls “clean streets”, starts in June.",
        "Officials said the plan, dubbed “the harbour deal”, was signed on Tuesday.",
    ],
)
def test_a_quoted_label_is_no_quote(nlp: Language, text: str) -> None:
    """The token frame "label": quoted words introduced as a name stay off the page;
    shown at most inside the clause someone reported ("the plan, dubbed '...', was
    signed"), never alone."""
    label = text.split("\u201c")[1].split("\u201d")[0]
    quotes = extract_quotes(nlp(text))
    held = [q for q in quotes if q.text.strip("\u201c\u201d") == label]
    assert all(q.rule == "direct.label" for q in held), quotes
    shown = [q.text for q in quotes if published(q)]
    assert not any(q.strip("\u201c\u201d") == label for q in shown), shown


def test_editing_a_frame_changes_the_extractor_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cached articles are extracted again when a frame changes, as when code does."""
    import shutil

    from generator.running import fingerprint

    package = tmp_path / "extract"
    shutil.copytree(fingerprint.EXTRACT_PACKAGE, package)
    monkeypatch.setattr(fingerprint, "EXTRACT_PACKAGE", package)
    before = fingerprint.extractor_version()
    frames = package / "data" / "quote_frames.json"
    record = json.loads(frames.read_text(encoding="utf-8"))
    del record["frames"]["seen_as"]
    frames.write_text(json.dumps(record), encoding="utf-8")
    assert fingerprint.extractor_version() != before
