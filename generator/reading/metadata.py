"""The article metadata schema: which fields exist, what they may hold, and errors with lines.

YAML is parsed twice on purpose: once as a node tree (to know the line and column of
every key, so that an error points at the exact place an editor must fix) and once into
plain Python values with the safe loader (no object construction, ever).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.diagnostics import ContentError, Diagnostic

KNOWN_FIELDS: tuple[str, ...] = (
    "title",
    "date",
    "source",
    "url",
    "authors",
    "tags",
    "lang",
    "summary",
    "corrections",
    "slug",
)
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CORRECTION_KEYS: tuple[str, ...] = ("speakers", "drop_actors", "rename_actors")


@dataclass
class SpeakerCorrection:
    """`quote` is any fragment of the quotation text; its speaker becomes `speaker`."""

    quote: str
    speaker: str | None


@dataclass
class Corrections:
    """Per-article fixes an editor makes in front matter, applied after extraction."""

    speakers: list[SpeakerCorrection] = field(default_factory=list)
    drop_actors: list[str] = field(default_factory=list)
    rename_actors: dict[str, str] = field(default_factory=dict)


@dataclass
class Metadata:
    """Validated front matter. `extra` keeps unknown fields so templates can use them."""

    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    lang: str = "en"
    summary: list[str] = field(default_factory=list)
    corrections: Corrections = field(default_factory=Corrections)
    slug: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


MAX_YAML_ITEMS = 10_000  # values in one article's metadata; front matter holds dozens
# Control characters (YAML's "\x02" escapes make them easy to write) and lone surrogates
# ("\ud800" cannot be written to a UTF-8 page at all), and U+FFFE and U+FFFF ("\uFFFE":
# no characters, which XML, and so the feed, cannot hold): removed from every metadata text.
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def load_yaml_mapping(
    text: str, path: str, line_offset: int = 0
) -> tuple[dict[str, Any], dict[str, tuple[int, int]]]:
    """Parse YAML that must be a mapping; return values and each key's (line, column).

    `line_offset` shifts reported lines, for front matter that starts below line 1.
    Raises ContentError (with line and column) for invalid YAML or a non-mapping. Only
    the safe loader is used: a `!!python/...` tag is an error, never an object. Values
    the safe loader accepts but cannot build (`date: 2023-02-30`, `!!int abc`), nesting
    deep enough to exhaust the stack, and alias "bombs" that expand to millions of
    values are reported the same way instead of crashing or stalling the build.
    """
    try:
        node, values = _compose_and_construct(text)
    except yaml.YAMLError as exc:
        raise ContentError(yaml_diagnostic(exc, path, line_offset)) from None
    except RecursionError:
        raise ContentError(
            Diagnostic(path, "invalid YAML: nested too deeply", line=1 + line_offset)
        ) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise ContentError(
            Diagnostic(path, f"invalid YAML value: {exc}", line=1 + line_offset)
        ) from None
    if values is None:
        return {}, {}
    if not isinstance(values, dict) or not isinstance(node, yaml.MappingNode):
        line = node.start_mark.line + 1 + line_offset if node is not None else None
        kind = type(values).__name__
        raise ContentError(
            Diagnostic(
                path,
                f"metadata must be a mapping of `field: value` lines, not a {kind}",
                line=line,
                column=1,
            )
        )
    if not _within_budget(values, MAX_YAML_ITEMS):
        raise ContentError(
            Diagnostic(
                path,
                f"metadata holds more than {MAX_YAML_ITEMS:,} values once YAML aliases are "
                "expanded (or refers to itself); front matter needs a few dozen",
                line=1 + line_offset,
            )
        )
    positions: dict[str, tuple[int, int]] = {}
    for key_node, _value_node in node.value:
        key = str(key_node.value)
        if key in positions:
            line = key_node.start_mark.line + 1 + line_offset
            first = positions[key][0]
            raise ContentError(
                Diagnostic(
                    path,
                    f"field `{key}` is given twice (first on line {first}); keep one",
                    line=line,
                    column=key_node.start_mark.column + 1,
                )
            )
        positions[key] = (
            key_node.start_mark.line + 1 + line_offset,
            key_node.start_mark.column + 1,
        )
    return {str(key): _clean(value) for key, value in values.items()}, positions


# libyaml's loader when PyYAML was built with it: the same safe constructor, several times
# faster at reading front matter (19,043 Reuters articles: most of the read stage).
FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _compose_and_construct(text: str) -> tuple[Any, Any]:
    """The document's node tree (for key positions) and its values, from one parse.

    The C loader is tried first. Whatever it does not accept is parsed again by the
    pure-Python safe loader, whose errors are the ones reported (they name the place
    and what the parser was in the middle of, and deep nesting ends in RecursionError
    rather than the C parser's own nesting limit), so a bad file gets the same message
    with or without libyaml.
    """
    if FAST_LOADER is not None:
        try:
            return _load(FAST_LOADER, text)
        except Exception:  # any failure: the Python loader says what it is
            pass
    return _load(yaml.SafeLoader, text)


def _load(loader_class: Any, text: str) -> tuple[Any, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def yaml_diagnostic(exc: yaml.YAMLError, path: str, line_offset: int) -> Diagnostic:
    """The error at the place the parser stopped, plus what it was in the middle of."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    message = f"invalid YAML: {problem}"
    context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and context_mark is not None and context_mark is not mark:
        message += f" ({context} that starts on line {context_mark.line + 1 + line_offset})"
    line = mark.line + 1 + line_offset if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    return Diagnostic(path, message, line=line, column=column)


def _within_budget(value: Any, budget: int) -> bool:
    """Whether `value` holds at most `budget` values, counting shared ones each time.

    Walking stops as soon as the budget is spent, so a self-referencing list or a
    billion-laughs structure is detected in microseconds, not expanded.
    """
    stack, seen = [value], 0
    while stack:
        item = stack.pop()
        seen += 1
        if seen > budget:
            return False
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


def _clean(value: Any) -> Any:
    """`value` with unprintable characters removed from every string in it."""
    if isinstance(value, str):
        return UNPRINTABLE.sub("", value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {_clean(key): _clean(item) for key, item in value.items()}
    return value


class _Validator:
    """Collects field errors with positions; keeps validating to report them all."""

    def __init__(self, path: str, positions: dict[str, tuple[int, int]]) -> None:
        self.path = path
        self.positions = positions
        self.diagnostics: list[Diagnostic] = []

    def report(self, key: str, message: str, severity: str = "error") -> None:
        line, column = self.positions.get(key, (None, None))
        self.diagnostics.append(
            Diagnostic(self.path, message, severity=severity, line=line, column=column)  # type: ignore[arg-type]
        )

    def text(self, values: dict[str, Any], key: str) -> str | None:
        value = values.get(key)
        if value is None:
            return None
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            text = " ".join(str(value).split())
            return text or None
        self.report(key, f"`{key}` must be text, got {_describe(value)}")
        return None

    def text_list(self, values: dict[str, Any], key: str) -> list[str]:
        value = values.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.report(
                key,
                f"`{key}` must be a list (e.g. `{key}: [one, two]`), got {_describe(value)}",
            )
            return []
        items: list[str] = []
        for item in value:
            if isinstance(item, str | int | float) and not isinstance(item, bool):
                text = " ".join(str(item).split())
                if text and text not in items:
                    items.append(text)
            else:
                self.report(key, f"every item of `{key}` must be text, got {_describe(item)}")
        return items

    def date(self, values: dict[str, Any], key: str) -> dt.date | None:
        value = values.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                pass
        self.report(key, f"`{key}` must be an ISO date like 2023-03-07, got {value!r}")
        return None

    def url(self, values: dict[str, Any], key: str) -> str | None:
        url = self.text(values, key)
        if url is None:
            return None
        if not re.match(r"^https?://[^\s/$.?#][^\s]*$", url, flags=re.IGNORECASE):
            self.report(key, f"`{key}` must be an http(s) address, got {url!r}")
            return None
        return url


def validate_metadata(
    values: dict[str, Any],
    positions: dict[str, tuple[int, int]],
    path: str,
    extra_fields: frozenset[str] = frozenset(),
) -> tuple[Metadata, list[Diagnostic]]:
    """Turn raw YAML values into Metadata; return it with every problem found.

    `extra_fields` are the site's own fields (declared in mkdocs.yml): kept for the
    templates without the unknown-field warning, so that --strict accepts them.
    """
    check = _Validator(path, positions)
    meta = Metadata(
        title=check.text(values, "title"),
        date=check.date(values, "date"),
        source=check.text(values, "source"),
        url=check.url(values, "url"),
        authors=_authors(check, values),
        tags=check.text_list(values, "tags"),
        lang=(check.text(values, "lang") or "en").lower(),
        summary=_summary(check, values),
        corrections=_corrections(check, values.get("corrections")),
        slug=_slug(check, values),
    )
    for key, value in values.items():
        if key in KNOWN_FIELDS:
            continue
        meta.extra[key] = value
        if key in extra_fields:
            continue
        # 0.8: catches `titel`, `tag`, `authorz`, `sumary`; not `subtitle` for `title`.
        close = difflib.get_close_matches(key, KNOWN_FIELDS, n=1, cutoff=0.8)
        hint = f"; did you mean `{close[0]}`?" if close else " (kept for templates)"
        check.report(key, f"unknown field `{key}`{hint}", severity="warning")
    return meta, check.diagnostics


def _authors(check: _Validator, values: dict[str, Any]) -> list[str]:
    if isinstance(values.get("authors"), str):
        return [values["authors"].strip()] if values["authors"].strip() else []
    return check.text_list(values, "authors")


def _summary(check: _Validator, values: dict[str, Any]) -> list[str]:
    if isinstance(values.get("summary"), list):
        return check.text_list(values, "summary")
    text = check.text(values, "summary")
    return [text] if text else []


def _slug(check: _Validator, values: dict[str, Any]) -> str | None:
    slug = check.text(values, "slug")
    if slug is not None and not SLUG_PATTERN.match(slug):
        check.report(
            "slug",
            f"`slug` may hold only lower-case letters, digits and single hyphens, got {slug!r}",
        )
        return None
    return slug


def _corrections(check: _Validator, raw: Any) -> Corrections:
    corrections = Corrections()
    if raw is None:
        return corrections
    if not isinstance(raw, dict):
        check.report(
            "corrections",
            "`corrections` must be a mapping with keys " + ", ".join(CORRECTION_KEYS),
        )
        return corrections
    for key in raw:
        if key not in CORRECTION_KEYS:
            check.report(
                "corrections",
                f"unknown key `corrections.{key}`; allowed: " + ", ".join(CORRECTION_KEYS),
            )
    for item in raw.get("speakers") or []:
        if (
            isinstance(item, dict)
            and isinstance(item.get("quote"), str)
            and item["quote"].strip()
            and (item.get("speaker") is None or isinstance(item.get("speaker"), str))
        ):
            corrections.speakers.append(SpeakerCorrection(item["quote"].strip(), item["speaker"]))
        else:
            check.report(
                "corrections",
                "each `corrections.speakers` item needs `quote: <words from the quote>` and "
                f"`speaker: <name or null>`, got {item!r}",
            )
    drops = raw.get("drop_actors") or []
    if isinstance(drops, list) and all(isinstance(name, str) for name in drops):
        corrections.drop_actors = [name.strip() for name in drops]
    else:
        check.report("corrections", "`corrections.drop_actors` must be a list of names")
    renames = raw.get("rename_actors") or {}
    if isinstance(renames, dict) and all(
        isinstance(old, str) and isinstance(new, str) for old, new in renames.items()
    ):
        corrections.rename_actors = {old.strip(): new.strip() for old, new in renames.items()}
    else:
        check.report(
            "corrections", "`corrections.rename_actors` must map names to names (`Old: New`)"
        )
    return corrections


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return f"a boolean ({value})"
    return f"{type(value).__name__} {value!r}"
