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
          article_text: full       # full | excerpt | none: how much article text to publish

Paths are relative to the folder holding `mkdocs.yml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.utils.yaml import yaml_load

from generator.render import BUNDLED_TEMPLATES

DEFAULTS: dict[str, Any] = {
    "content_dir": "content",
    "templates_dir": "templates",
    "cache_dir": ".cache/briefings",
    "latest": 20,
    "extra_fields": [],
    "actor_min_briefings": 0,
    "article_text": "full",
}
ARTICLE_TEXT = ("full", "excerpt", "none")


class SettingsError(Exception):
    """mkdocs.yml is missing or unusable; the message says what to fix."""


@dataclass(frozen=True)
class Settings:
    """Where everything lives, resolved to absolute paths."""

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
    article_text: str = "full"

    def site_context(self) -> dict[str, Any]:
        """What templates see as `site`."""
        return {
            "name": self.site_name,
            "url": self.site_url,
            "latest": self.latest,
            "article_text": self.article_text,
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
    options = {**DEFAULTS, **_plugin_options(raw.get("plugins"))}
    root = path.parent
    templates = root / str(options["templates_dir"])
    templates_dirs = (
        (templates,) if templates == BUNDLED_TEMPLATES else (templates, BUNDLED_TEMPLATES)
    )
    cache = options.get("cache_dir")
    if options["article_text"] not in ARTICLE_TEXT:
        raise SettingsError(
            f"{config_file}: `article_text` must be one of {', '.join(ARTICLE_TEXT)}, "
            f"got {options['article_text']!r}"
        )
    return Settings(
        config_file=path,
        project_dir=root,
        content_dir=root / str(options["content_dir"]),
        templates_dirs=templates_dirs,
        cache_dir=root / str(cache) if cache else None,
        docs_dir=root / str(raw.get("docs_dir", "docs")),
        site_dir=root / str(raw.get("site_dir", "site")),
        site_name=str(raw.get("site_name", "Briefings")),
        site_url=raw.get("site_url") or None,
        latest=int(options["latest"]),
        extra_fields=frozenset(str(name) for name in options["extra_fields"] or []),
        actor_min_briefings=int(options["actor_min_briefings"] or 0),
        article_text=str(options["article_text"]),
    )


def _plugin_options(plugins: Any) -> dict[str, Any]:
    """The options given to the `briefings` plugin in a mkdocs.yml plugins list."""
    if isinstance(plugins, dict):
        return dict(plugins.get("briefings") or {})
    for item in plugins or []:
        if isinstance(item, dict) and "briefings" in item:
            return dict(item["briefings"] or {})
    return {}
