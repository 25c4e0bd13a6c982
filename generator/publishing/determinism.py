"""Making the published site byte-identical for identical content.

The pages themselves are deterministic (sorted inputs, no timestamps). What is not:

- Pagefind (1.5) writes each filter index (actor, tag, source, year...) in the order of
  a Rust hash map, which is seeded at random: the same site gets differently ordered
  filter files, hence different file names, a different metadata file and a different
  `pagefind-entry.json` on every build (upstream: Pagefind/pagefind#638, fragments were
  fixed in 1.3, filters were not). CI then re-uploads the search index on every run
  and a reviewer cannot tell a real change from noise. `normalise_site` rewrites those
  files with their entries sorted, names them by a hash of their content, and points
  the metadata and entry files at the new names.
- gzip members carry a modification time: every `.gz` is rewritten with mtime 0.

The one date MkDocs publishes on purpose, `<lastmod>` in sitemap.xml, the build date on
every entry, is left out of the sitemap (templates/theme/sitemap.xml, issue 14), so a
rebuild on another day is byte-identical too.

Pagefind's files are gzip-compressed CBOR after a `pagefind_dcd` signature. The small
CBOR codec below handles what they hold; any file it does not understand exactly
(decoding and re-encoding must give back the same bytes) is left untouched, so the
worst case is the old, non-deterministic but working index, never a broken one.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PAGEFIND_FOLDER = "pagefind"
SIGNATURE = b"pagefind_dcd"


class UnsupportedCBOR(ValueError):
    """A CBOR feature the codec does not handle; the file is left as it is."""


@dataclass(frozen=True)
class CBORMap:
    """A CBOR map, kept as ordered pairs so that re-encoding gives the same bytes."""

    pairs: tuple[tuple[Any, Any], ...]


@dataclass(frozen=True)
class CBORFloat:
    """A float kept as its encoded bytes (width matters for byte-identical output)."""

    raw: bytes


def cbor_decode(data: bytes) -> Any:
    """Decode one CBOR item that fills `data` exactly."""
    value, end = _decode(data, 0)
    if end != len(data):
        raise UnsupportedCBOR(f"{len(data) - end} trailing bytes")
    return value


def _decode(data: bytes, pos: int) -> tuple[Any, int]:
    if pos >= len(data):
        raise UnsupportedCBOR("truncated")
    head = data[pos]
    major, info = head >> 5, head & 0x1F
    pos += 1
    if major == 7:
        simple = {20: False, 21: True, 22: None}
        if info in simple:
            return simple[info], pos
        widths = {25: 2, 26: 4, 27: 8}
        if info in widths:
            end = pos + widths[info]
            return CBORFloat(data[pos - 1 : end]), end
        raise UnsupportedCBOR(f"simple value {info}")
    if info < 24:
        argument = info
    elif info in (24, 25, 26, 27):
        width = 1 << (info - 24)
        if pos + width > len(data):
            raise UnsupportedCBOR("truncated")
        argument = int.from_bytes(data[pos : pos + width], "big")
        pos += width
    else:
        raise UnsupportedCBOR(f"additional information {info} (indefinite length)")
    if major == 0:
        return argument, pos
    if major == 1:
        return -1 - argument, pos
    if major in (2, 3):
        end = pos + argument
        if end > len(data):
            raise UnsupportedCBOR("truncated")
        chunk = data[pos:end]
        return (bytes(chunk) if major == 2 else chunk.decode("utf-8")), end
    if major == 4:
        items = []
        for _ in range(argument):
            item, pos = _decode(data, pos)
            items.append(item)
        return items, pos
    if major == 5:
        pairs = []
        for _ in range(argument):
            key, pos = _decode(data, pos)
            value, pos = _decode(data, pos)
            pairs.append((key, value))
        return CBORMap(tuple(pairs)), pos
    raise UnsupportedCBOR(f"major type {major}")


def cbor_encode(value: Any) -> bytes:
    """Encode with the shortest heads and definite lengths (what serde_cbor writes)."""
    if value is False or value is True or value is None:
        return bytes([0xF4 if value is False else 0xF5 if value is True else 0xF6])
    if isinstance(value, CBORFloat):
        return value.raw
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        encoded = value.encode("utf-8")
        return _head(3, len(encoded)) + encoded
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(cbor_encode(item) for item in value)
    if isinstance(value, CBORMap):
        body = b"".join(cbor_encode(k) + cbor_encode(v) for k, v in value.pairs)
        return _head(5, len(value.pairs)) + body
    raise UnsupportedCBOR(f"cannot encode {type(value).__name__}")


def _head(major: int, argument: int) -> bytes:
    if argument < 24:
        return bytes([major << 5 | argument])
    for info, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if argument < 1 << (8 * struct.calcsize(fmt)):
            return bytes([major << 5 | info]) + struct.pack(fmt, argument)
    raise UnsupportedCBOR("integer too large")


def read_pagefind(path: Path) -> Any:
    """The CBOR value in a Pagefind file, checked to re-encode to the very same bytes."""
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise UnsupportedCBOR(f"{path.name}: no {SIGNATURE.decode()} signature")
    value = cbor_decode(raw[len(SIGNATURE) :])
    if cbor_encode(value) != raw[len(SIGNATURE) :]:
        raise UnsupportedCBOR(f"{path.name}: does not round-trip")
    return value


def pagefind_bytes(value: Any) -> tuple[bytes, str]:
    """A Pagefind file's bytes (gzip with mtime 0) and a hash of its content."""
    raw = SIGNATURE + cbor_encode(value)
    return gzip.compress(raw, compresslevel=9, mtime=0), hashlib.sha256(raw).hexdigest()


def normalise_site(site: Path) -> list[str]:
    """Make the built site in `site` byte-identical across builds; return what was done.

    Called on the staged site after MkDocs and Pagefind, before it is swapped in.
    Never raises for a format it does not know: it reports and leaves files alone.
    """
    notes = normalise_pagefind(site / PAGEFIND_FOLDER)
    for path in sorted(site.rglob("*.gz")):
        try:
            original = path.read_bytes()
            fixed = gzip.compress(gzip.decompress(original), compresslevel=9, mtime=0)
            if fixed != original:
                path.write_bytes(fixed)
                notes.append(f"{path.relative_to(site)}: gzip timestamp cleared")
        except (OSError, EOFError) as exc:
            notes.append(f"{path.relative_to(site)} left as built ({exc})")
    return notes


def normalise_pagefind(folder: Path) -> list[str]:
    """Make one Pagefind index folder (the site's, or a shard of it) byte-identical
    across builds; never raises for a format it does not know."""
    entry = folder / "pagefind-entry.json"
    if not entry.is_file():
        return []
    try:
        return _normalise_pagefind(entry)
    except (UnsupportedCBOR, OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        return [f"Pagefind index {folder.name} left as built ({exc})"]


def _normalise_pagefind(entry: Path) -> list[str]:
    """Sort every filter index, rename it by content, and update meta and entry files."""
    folder = entry.parent
    manifest = json.loads(entry.read_text(encoding="utf-8"))
    notes: list[str] = []
    for language, info in sorted(manifest["languages"].items()):
        meta_path = folder / f"pagefind.{info['hash']}.pf_meta"
        meta = read_pagefind(meta_path)
        renames: dict[str, str] = {}
        for slot, field in enumerate(meta):
            if _is_filter_list(field, folder):
                meta[slot] = sorted(
                    [name, _rewrite_filter(folder, old, renames)] for name, old in field
                )
        data, digest = pagefind_bytes(meta)
        new_hash = _renamed(info["hash"], digest)
        new_meta = folder / f"pagefind.{new_hash}.pf_meta"
        new_meta.write_bytes(data)
        if new_meta != meta_path:
            meta_path.unlink()
        info["hash"] = new_hash
        notes.append(f"Pagefind {language}: {len(renames)} filter indexes sorted")
    entry.write_text(
        json.dumps(manifest, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    return notes


def _is_filter_list(field: Any, folder: Path) -> bool:
    """Whether a metadata field is the list of [filter name, filter file hash] pairs."""
    return (
        isinstance(field, list)
        and bool(field)
        and all(
            isinstance(item, list)
            and len(item) == 2
            and all(isinstance(part, str) for part in item)
            and (folder / "filter" / f"{item[1]}.pf_filter").is_file()
            for item in field
        )
    )


def _rewrite_filter(folder: Path, old: str, renames: dict[str, str]) -> str:
    """Sort one filter file's values (and their page lists); return its new hash name."""
    path = folder / "filter" / f"{old}.pf_filter"
    name, values = read_pagefind(path)
    if not isinstance(values, list) or not all(
        isinstance(item, list) and len(item) == 2 and isinstance(item[1], list) for item in values
    ):
        raise UnsupportedCBOR(f"{path.name}: unexpected filter layout")
    ordered = sorted(([value, sorted(pages)] for value, pages in values), key=_sort_key)
    data, digest = pagefind_bytes([name, ordered])
    new = _renamed(old, digest)
    (folder / "filter" / f"{new}.pf_filter").write_bytes(data)
    if new != old:
        path.unlink()
    renames[old] = new
    return new


def _sort_key(item: list[Any]) -> tuple[str, str]:
    return (type(item[0]).__name__, str(item[0]))


def _renamed(old: str, digest: str) -> str:
    """`en_1c798ec` -> `en_` plus as many hex digits of `digest` as the old name had."""
    prefix, _, suffix = old.rpartition("_")
    return f"{prefix}_{digest[: len(suffix)]}"
