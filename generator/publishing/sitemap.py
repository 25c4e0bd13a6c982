"""One sitemap, the gzipped one: `sitemap.xml.gz` without `sitemap.xml` beside it.

MkDocs writes the sitemap twice, `sitemap.xml` and the same bytes gzipped as
`sitemap.xml.gz`. On a news archive the plain one grows by one `<url>` line per page
(~106 B per article on the Reuters sample, issue 14); the gzipped one is a twentieth of
that. A search engine reads either, from where it is submitted (Search Console) or
named in robots.txt (which a project site on github.io cannot place at the domain root
anyway), and the sitemaps protocol allows gzip. No page, feed or document of the site
links to the plain file, so it is left out of the published site.

Material's JavaScript reads `sitemap.xml` for three features only: instant navigation
(`navigation.instant` and its previews, where the sitemap says which links are the
site's own), the version selector (`extra.version`) and alternate languages
(`extra.alternate`). A site that turns one of them on keeps the plain file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SITEMAP = "sitemap.xml"
GZIPPED = SITEMAP + ".gz"


def reads_plain_sitemap(config: Any) -> bool:
    """Whether the theme's JavaScript fetches `sitemap.xml` on this site."""
    features = config["theme"].get("features") or []
    extra = config.get("extra") or {}
    return (
        any(str(feature).startswith("navigation.instant") for feature in features)
        or bool(extra.get("version"))
        or bool(extra.get("alternate"))
    )


def keep_one_sitemap(site: Path, config: Any) -> None:
    """Remove the plain sitemap MkDocs wrote into `site` (the build's own output folder)
    when the gzipped one is there and no theme feature reads the plain one."""
    plain = site / SITEMAP
    if (site / GZIPPED).is_file() and plain.is_file() and not reads_plain_sitemap(config):
        plain.unlink()
