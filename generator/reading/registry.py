"""Loading `content/actors.yml`, the actor registry editors curate.

Format: a list of entries, each a mapping with `name` (required), `type` (person,
organization or place), `aliases`, `roles` and `description`. A broken entry is
reported with its line and skipped; the rest of the registry still applies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args

import yaml

from generator.diagnostics import ContentError, Diagnostic
from generator.model import ActorType, Registry, RegistryEntry
from generator.reading.content import display_path, leaves, outside_link, read_text
from generator.reading.metadata import UNPRINTABLE, yaml_diagnostic

ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)
ENTRY_KEYS: tuple[str, ...] = ("name", "type", "aliases", "roles", "description")
MAX_REGISTRY_BYTES = 50_000_000  # one site-wide file: thousands of actors, not one article


def load_registry(path: Path, root: Path | None = None) -> tuple[Registry, list[Diagnostic]]:
    """The registry at `path` (empty when the file does not exist), and its problems.

    With `root` (the content folder), a registry that links outside it is not read.
    """
    if not path.exists():
        return Registry(), []
    if root is not None and leaves(path, root):
        return Registry(), [outside_link(path)]
    shown = display_path(path)
    try:
        text, diagnostics = read_text(path, max_bytes=MAX_REGISTRY_BYTES)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        values = yaml.safe_load(text)
    except ContentError as exc:
        return Registry(), [exc.diagnostic]
    except yaml.YAMLError as exc:
        return Registry(), [yaml_diagnostic(exc, shown, 0)]
    except RecursionError:
        return Registry(), [Diagnostic(shown, "invalid YAML: nested too deeply", line=1)]
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. `2023-02-30`, `!!int x`
        return Registry(), [Diagnostic(shown, f"invalid YAML value: {exc}", line=1)]
    if values is None:
        return Registry(), diagnostics
    if not isinstance(values, list) or not isinstance(node, yaml.SequenceNode):
        return Registry(), [
            *diagnostics,
            Diagnostic(shown, "actors.yml must be a list of entries (`- name: ...`)", line=1),
        ]
    entries: list[RegistryEntry] = []
    for raw, item_node in zip(values, node.value, strict=True):
        line = item_node.start_mark.line + 1
        entry, problem = _entry(raw)
        if problem:
            diagnostics.append(Diagnostic(shown, problem, line=line, column=1))
        if entry is not None:
            entries.append(entry)
    return Registry(entries), diagnostics


def _entry(raw: Any) -> tuple[RegistryEntry | None, str | None]:
    """One validated entry, or None with the reason it was skipped."""
    if not isinstance(raw, dict):
        return None, "each actor must be a mapping with at least `name:` and `type:`"
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        return None, "actor entry needs a `name`"
    kind = raw.get("type", "person")
    if kind not in ACTOR_TYPES:
        return None, f"actor {name!r}: `type` must be one of {', '.join(ACTOR_TYPES)}, got {kind!r}"
    unknown = [key for key in raw if key not in ENTRY_KEYS]
    if unknown:
        return None, f"actor {name!r}: unknown keys {unknown}; allowed: {', '.join(ENTRY_KEYS)}"
    lists: dict[str, list[str]] = {}
    for key in ("aliases", "roles"):
        value = raw.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return None, f"actor {name!r}: `{key}` must be a list of text"
        lists[key] = [_text(item) for item in value if _text(item)]
    description = raw.get("description")
    if description is not None and not isinstance(description, str):
        return None, f"actor {name!r}: `description` must be text"
    if not _text(name):
        return None, "actor entry needs a `name`"
    entry = RegistryEntry(
        name=_text(name),
        type=kind,
        aliases=lists["aliases"],
        roles=lists["roles"],
        description=UNPRINTABLE.sub("", description).strip() if description else None,
    )
    return entry, None


def _text(value: str) -> str:
    """One line of printable text: control characters removed, whitespace collapsed."""
    return " ".join(UNPRINTABLE.sub("", value).split())
