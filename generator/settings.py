"""Project settings, read from `mkdocs.yml` so that a site has one configuration file.

The briefings options sit under the `briefings` plugin entry:

    plugins:
      - search
      - briefings:
          content_dir: content
          templates_dir: templates
          cache_dir: .cache/briefings
          latest: 20
          extra_fields: [region]   # the site's own front matter fields, for templates
          actor_min_briefings: 0   # briefings needed for an actor page; 0 = automatic
          allow_empty: false       # may a build replace a site of briefings by an empty one
          article_text: full       # full | excerpt | none: how much article text to publish
          published_json: briefing # briefing | month | none: how the extraction JSON is published
          jobs: 0                  # worker processes for parsing; 0 = all cores
          extraction_budget: 60    # seconds of extraction per article; 0 = no limit

Paths are relative to the folder holding `mkdocs.yml`. `cache_dir` also keeps each
article's last good extraction, which a build publishes when the article's extraction
fails (an extractor raised, or it ran over `extraction_budget`) and its text is the same
(generator/running/fallback.py); `cache_dir: null` keeps none.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config import config_options
from mkdocs.config.base import Config, ValidationError
from mkdocs.exceptions import ConfigurationError
from mkdocs.utils.yaml import yaml_load

# The templates shipped with briefings, behind a site's own templates folder. Declared
# here, not in render.py, so that reading the configuration imports no renderer.
BUNDLED_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


class _Checked(config_options.BaseConfigOption[Any]):
    """An option whose error names what was given and what is allowed.

    MkDocs' own `Type` says "Expected type: <class 'int'> but received: <class 'str'>",
    which names neither the value nor its limits.
    """

    def __init__(self, allowed: str, default: Any) -> None:
        super().__init__()
        self.allowed, self.default = allowed, default

    def run_validation(self, value: object) -> Any:
        if not self.accepts(value):
            raise ValidationError(f"got {value!r}; allowed: {self.allowed}")
        return value

    def accepts(self, value: object) -> bool:
        raise NotImplementedError


class Whole(_Checked):
    def __init__(self, minimum: int, default: int) -> None:
        super().__init__(f"a whole number, {minimum} or more", default)
        self.minimum = minimum

    def accepts(self, value: object) -> bool:
        return type(value) is int and value >= self.minimum


class Folder(_Checked):
    def __init__(self, default: str | None, optional: bool = False) -> None:
        allowed = "a folder path relative to mkdocs.yml"
        super().__init__(allowed + (", or null for none" if optional else ""), default)
        self.optional = optional

    def validate(self, value: object) -> Any:
        return None if value is None and self.optional else super().validate(value)

    def accepts(self, value: object) -> bool:
        return isinstance(value, str) and value.strip() != "" and "\0" not in value


class Names(_Checked):
    def __init__(self) -> None:
        super().__init__("a list of field names", [])

    def accepts(self, value: object) -> bool:
        return isinstance(value, list) and all(isinstance(item, str) and item for item in value)


class Switch(_Checked):
    def __init__(self, default: bool) -> None:
        super().__init__("true or false", default)

    def accepts(self, value: object) -> bool:
        return isinstance(value, bool)


class OneOf(_Checked):
    def __init__(self, choices: tuple[str, ...], default: str) -> None:
        super().__init__("one of " + ", ".join(choices), default)
        self.choices = choices

    def accepts(self, value: object) -> bool:
        return value in self.choices


ARTICLE_TEXT = ("full", "excerpt", "none")
# How the extraction JSON is published (generator/pages/render.py, `published_json`):
# `briefing`, one `data/<slug>.json` per briefing, linked from its page; `month`, one
# gzip JSON Lines file per month, `data/<yyyy-mm>.jsonl.gz` (about 2.3 KB less per
# article: a large archive stays further from GitHub Pages' 1 GB); `none`, no JSON.
PUBLISHED_JSON = ("briefing", "month", "none")
# Seconds of extraction one article may take (generator/running/budget.py). A news
# article takes well under a second, the longest of 400 BBC articles about one; a
# minute is far beyond any real article on a loaded CI machine, and short enough that
# a hostile one (a CSV pasted as an article) cannot stall a build. An article over it
# is published with its last good extraction of the same text, if cache_dir has one.
EXTRACTION_BUDGET = 60


class BriefingsOptions(Config):
    """The options of the `briefings` plugin: declared once, validated by MkDocs' Config.

    `mkdocs build` validates them as the plugin's config; `briefings build` validates
    the same entry of mkdocs.yml through `load_settings`, so a typo fails alike in both.
    """

    content_dir = Folder("content")
    templates_dir = Folder("templates")
    cache_dir = Folder(".cache/briefings", optional=True)
    latest = Whole(1, default=20)
    extra_fields = Names()
    actor_min_briefings = Whole(0, default=0)
    jobs = Whole(0, default=0)  # worker processes; 0 = every core this process may use
    extraction_budget = Whole(0, default=EXTRACTION_BUDGET)  # seconds per article; 0 = none
    allow_empty = Switch(False)
    article_text = OneOf(ARTICLE_TEXT, default="full")
    published_json = OneOf(PUBLISHED_JSON, default="briefing")

    def _validate(self) -> tuple[list[Any], list[Any]]:
        """MkDocs' checks, with an unknown option an error (and the nearest name) instead
        of a warning: a misspelt `lates: 5` must not be silently ignored."""
        failed, warnings = super()._validate()
        names = [name for name, _ in self._schema]
        for key in sorted(set(self.keys()) - self._schema_keys, key=str):
            near = difflib.get_close_matches(str(key), names, n=1)
            hint = f"did you mean '{near[0]}'? " if near else ""
            message = f"unknown option; {hint}allowed: {', '.join(names)}"
            failed.append((key, ValidationError(message)))
        warnings = [(key, message) for key, message in warnings if key in self._schema_keys]
        return failed, warnings


class SettingsError(Exception):
    """mkdocs.yml is missing or unusable; the message says what to fix."""


@dataclass(frozen=True)
class Settings:
    """Where everything lives, resolved to absolute paths, and the plugin's options.

    Built once per build (by `briefings build` from mkdocs.yml, or by the plugin from
    MkDocs' configuration) and handed down; frozen, so no stage can change another's.
    `docs_dir` holds the site's own pages only: generated pages never go to disk.
    """

    config_file: Path
    project_dir: Path
    content_dir: Path
    templates_dirs: tuple[Path, ...]
    cache_dir: Path | None
    docs_dir: Path
    site_dir: Path
    site_name: str
    site_url: str | None
    latest: int
    extra_fields: frozenset[str] = frozenset()
    actor_min_briefings: int = 0
    allow_empty: bool = False
    article_text: str = "full"
    published_json: str = "briefing"
    jobs: int = 0  # worker processes for parsing; 0 = every core this process may use
    extraction_budget: int = EXTRACTION_BUDGET  # seconds per article; 0 = no limit

    def site_context(self) -> dict[str, Any]:
        """What templates see as `site`."""
        return {
            "name": self.site_name,
            "url": self.site_url,
            "latest": self.latest,
            "article_text": self.article_text,
            "published_json": self.published_json,
        }


def load_settings(config_file: Path | str = "mkdocs.yml") -> Settings:
    """Settings from `config_file`, with defaults for everything optional."""
    path = Path(config_file).resolve()
    if not path.is_file():
        raise SettingsError(
            f"{config_file}: no such file. Run briefings in the folder that holds mkdocs.yml, "
            "or pass --config-file."
        )
    try:
        with path.open(encoding="utf-8") as stream:
            raw = yaml_load(stream) or {}
    except Exception as exc:  # mkdocs raises its own ConfigurationError subclasses
        raise SettingsError(f"{config_file}: {exc}") from exc
    if not isinstance(raw, dict):
        raise SettingsError(
            f"{config_file}: expected settings such as `site_name: ...`, one per line; "
            f"got {type(raw).__name__} {_short(raw)}"
        )
    options = _validated_options(raw.get("plugins"), path, config_file)
    root = path.parent
    site_url = raw.get("site_url") or None
    if isinstance(site_url, str) and not site_url.endswith("/"):
        site_url += "/"  # as MkDocs reads it (a folder URL), so both readings agree
    site_url = encoded_url_setting(site_url)  # as inert.py hands it to MkDocs
    return make_settings(
        path,
        options,
        docs_dir=root / _mkdocs_folder(raw, "docs_dir", "docs", config_file),
        site_dir=root / _mkdocs_folder(raw, "site_dir", "site", config_file),
        site_name=str(raw.get("site_name", "Briefings")),
        site_url=site_url,
    )


# What could end the attribute or tag a URL setting is printed in (quotes, angle
# brackets, spaces, controls) and what a URL never holds raw: percent-encoded. Letters
# of any script are kept, so that an international domain stays readable.
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f\"'<>`\\{}|^]")


def encoded_url_setting(url: Any) -> Any:
    """A URL setting (site_url, repo_url) with what could end the attribute or tag it is
    printed in percent-encoded; anything else unchanged."""
    if not isinstance(url, str):
        return url
    return _URL_UNSAFE.sub(lambda found: f"%{ord(found.group()):02X}", url)


def settings_from_config(config: Any, options: BriefingsOptions) -> Settings:
    """Settings from MkDocs' own validated configuration and the plugin's options.

    This is what the plugin builds on, under `mkdocs build`, `mkdocs serve` and
    `briefings build` alike: nothing is read from mkdocs.yml a second time.
    """
    return make_settings(
        Path(config.config_file_path).resolve(),
        options,
        docs_dir=Path(config.docs_dir),
        site_dir=Path(config.site_dir),
        site_name=str(config.site_name),
        site_url=encoded_url_setting(config.site_url or None),  # as `load_settings` and inert.py
    )


def make_settings(
    path: Path,
    options: BriefingsOptions,
    *,
    docs_dir: Path,
    site_dir: Path,
    site_name: str,
    site_url: str | None,
) -> Settings:
    """The frozen settings of a site whose configuration file is `path`."""
    root = path.parent
    templates = root / str(options["templates_dir"])
    templates_dirs = (
        (templates,) if templates == BUNDLED_TEMPLATES else (templates, BUNDLED_TEMPLATES)
    )
    cache = options.get("cache_dir")
    return Settings(
        config_file=path,
        project_dir=root,
        content_dir=root / str(options["content_dir"]),
        templates_dirs=templates_dirs,
        cache_dir=root / str(cache) if cache else None,
        docs_dir=docs_dir,
        site_dir=site_dir,
        site_name=site_name,
        site_url=site_url,
        latest=options["latest"],
        extra_fields=frozenset(options["extra_fields"]),
        actor_min_briefings=options["actor_min_briefings"],
        allow_empty=options["allow_empty"],
        article_text=options["article_text"],
        published_json=options["published_json"],
        jobs=options["jobs"],
        extraction_budget=options["extraction_budget"],
    )


def _short(value: object) -> str:
    """A value as shown in a one-line error, cut short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _mkdocs_folder(raw: dict[str, Any], key: str, default: str, shown: Path | str) -> str:
    """MkDocs' `docs_dir` or `site_dir` as MkDocs reads it: null is the default.

    The build checks the folders it computes here (and replaces site_dir), and MkDocs
    reads from or builds into the ones it reads itself, so the two must agree:
    `site_dir: ~` is MkDocs' `site`, not a folder named `None`, and a value that is not
    a path is refused.
    """
    value = raw.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise SettingsError(f"{shown}: {key}: got {value!r}; allowed: a folder path")
    return value


def _validated_options(plugins: Any, path: Path, shown: Path | str) -> BriefingsOptions:
    """The briefings plugin's options from mkdocs.yml, checked as MkDocs checks them."""
    options = BriefingsOptions(config_file_path=str(path))
    try:
        given = _plugin_options(plugins)
    except ValueError as exc:
        raise SettingsError(f"{shown}: plugins: {exc}") from None
    if isinstance(given, dict):
        enabled = given.pop("enabled", True)  # MkDocs' own switch for every plugin
        if not isinstance(enabled, bool):
            raise SettingsError(
                f"{shown}: plugins > briefings > enabled: got {enabled!r}; allowed: true or false"
            )
    try:
        options.load_dict(given)
    except ConfigurationError as exc:
        raise SettingsError(f"{shown}: plugins > briefings: {exc}") from None
    failed, _warnings = options.validate()
    if failed:
        key, error = failed[0]
        raise SettingsError(f"{shown}: plugins > briefings > {key}: {error}")
    return options


def _plugin_options(plugins: Any) -> Any:
    """The options given to the `briefings` plugin in a mkdocs.yml plugins list.

    Raises ValueError for an entry MkDocs would misread: the plugin listed twice (both
    copies would build into one site), or options beside `briefings:` instead of
    indented under it (MkDocs says only "Invalid Plugins configuration").
    """
    if isinstance(plugins, dict):
        return _copy(plugins.get("briefings"))
    entries = [
        item
        for item in (plugins if isinstance(plugins, list) else [])
        if item == "briefings" or (isinstance(item, dict) and "briefings" in item)
    ]
    if len(entries) > 1:
        raise ValueError(f"briefings is listed {len(entries)} times; keep one entry")
    if not entries or entries[0] == "briefings":
        return {}
    beside = [str(key) for key in entries[0] if key != "briefings"]
    if beside:
        raise ValueError(
            f"{', '.join(beside)} stands beside `- briefings:` in one list item; indent the "
            "briefings options under `briefings:`"
        )
    return _copy(entries[0]["briefings"])


def _copy(options: Any) -> Any:
    """A copy of a mapping of options (MkDocs reports anything else), {} for none."""
    return dict(options) if isinstance(options, dict) else {} if options is None else options
