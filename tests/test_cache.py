"""The extraction cache on real files: round trips, keys, and bad entries never trusted."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator.model import Actor, Extraction, Figure, Quote
from generator.running.cache import ExtractionCache

MODEL = "en_core_web_sm-3.8.0+spacy-3.8.0"
BODY = 'The harbour authority said on Monday that "the new barrier will hold".'


def sample() -> Extraction:
    return Extraction(
        summary=["The harbour authority said the barrier will hold."],
        keyterms=["barrier"],
        quotes=[
            Quote(
                text="the new barrier will hold",
                kind="direct",
                start=43,
                end=68,
                cue="said",
                speaker_mention="The harbour authority",
                speaker_start=0,
                speaker_end=21,
                speaker="Harbour Authority",
            )
        ],
        figures=[
            Figure(
                text="£70,000",
                value=70000,
                unit="GBP",
                counts="cost",
                sentence="It cost £70,000.",
                start=8,
                end=15,
                score=1.5,
            )
        ],
        actors=[
            Actor(
                name="Harbour Authority",
                type="organization",
                aliases=["the authority"],
                roles=[],
                mentions=2,
                spans=[(4, 21), (30, 43)],
            )
        ],
    )


@pytest.fixture
def cache(tmp_path: Path) -> ExtractionCache:
    return ExtractionCache(tmp_path / "cache", MODEL, "extractor-1")


def test_round_trip_keeps_every_field(cache: ExtractionCache) -> None:
    key = cache.key(BODY)
    cache.put(key, sample(), ["figure extraction failed (ValueError: odd)"])
    extraction, problems = cache.get_entry(key) or (None, None)
    assert extraction == sample()
    assert problems == ["figure extraction failed (ValueError: odd)"]
    assert cache.get(key) == sample()
    assert (cache.hits, cache.misses, cache.corrupt) == (2, 0, 0)


def test_missing_entry_is_a_miss_not_corruption(cache: ExtractionCache) -> None:
    assert cache.get(cache.key(BODY)) is None
    assert (cache.hits, cache.misses, cache.corrupt) == (0, 1, 0)


def test_key_changes_with_body_model_and_extractor(tmp_path: Path) -> None:
    base = ExtractionCache(tmp_path, MODEL, "extractor-1")
    other_model = ExtractionCache(tmp_path, "en_core_web_md-3.8.0+spacy-3.8.0", "extractor-1")
    other_extractor = ExtractionCache(tmp_path, MODEL, "extractor-2")
    keys = {
        base.key(BODY),
        base.key(BODY + " "),
        other_model.key(BODY),
        other_extractor.key(BODY),
    }
    assert len(keys) == 4
    assert base.key(BODY) == ExtractionCache(tmp_path, MODEL, "extractor-1").key(BODY)


def test_entries_of_another_extractor_are_never_served(tmp_path: Path) -> None:
    old = ExtractionCache(tmp_path, MODEL, "extractor-1")
    old.put(old.key(BODY), sample())
    new = ExtractionCache(tmp_path, MODEL, "extractor-2")
    assert new.get(new.key(BODY)) is None
    assert new.stale_folders() == [old.folder]
    assert new.prune_stale() == 1
    assert not old.folder.exists()
    assert old.get(old.key(BODY)) is None


def entry_path(cache: ExtractionCache) -> Path:
    key = cache.key(BODY)
    cache.put(key, sample())
    path = cache.path(key)
    assert path.is_file()
    return path


def assert_rejected(cache: ExtractionCache, path: Path) -> None:
    """The entry is reported missing, counted corrupt and deleted, so it is rebuilt."""
    assert cache.get(cache.key(BODY)) is None
    assert cache.corrupt == 1
    assert not path.exists()
    cache.put(cache.key(BODY), sample())
    assert cache.get(cache.key(BODY)) == sample()


def test_truncated_entry_is_recomputed(cache: ExtractionCache) -> None:
    path = entry_path(cache)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert_rejected(cache, path)


def test_edited_payload_fails_its_checksum(cache: ExtractionCache) -> None:
    path = entry_path(cache)
    path.write_bytes(path.read_bytes().replace(b"Harbour Authority", b"Harbour Authorit!"))
    assert_rejected(cache, path)


def test_empty_file_is_recomputed(cache: ExtractionCache) -> None:
    path = entry_path(cache)
    path.write_bytes(b"")
    assert_rejected(cache, path)


def test_entry_stored_under_another_key_is_rejected(cache: ExtractionCache) -> None:
    other = cache.key("Another article altogether.")
    cache.put(other, sample())
    path = cache.path(cache.key(BODY))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(cache.path(other).read_bytes())
    assert_rejected(cache, path)


def test_valid_checksum_but_old_record_shape_is_rejected(cache: ExtractionCache) -> None:
    """An entry written by an older release (fields renamed) parses but must not load."""
    path = entry_path(cache)
    payload = json.dumps({"extraction": {"summary": [], "quotes": []}, "problems": []}).encode()
    header = {"format": 2, "key": cache.key(BODY), "sha256": hashlib.sha256(payload).hexdigest()}
    path.write_bytes(json.dumps(header).encode() + b"\n" + payload)
    assert_rejected(cache, path)


def test_writes_leave_no_temporary_files(cache: ExtractionCache) -> None:
    for number in range(5):
        cache.put(cache.key(f"{BODY} {number}"), sample())
    files = [path for path in cache.root.rglob("*") if path.is_file()]
    assert len(files) == 5
    assert all(path.suffix == ".json" and not path.name.startswith(".") for path in files)
