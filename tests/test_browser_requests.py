"""A page load fetches nothing it does not need, and nothing from another host.

Material fetches the sitemap.xml beside every `<link rel="alternate">` it finds. With
the feed's link written that way, every page load downloaded the whole sitemap (290 KB
at 2,000 briefings) and, in a local preview, called the host named in `site_url`.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest
from test_browser import LAPTOP, PHONE, base_url, browser, open_page  # noqa: F401
from test_site import BuiltSite, built_site  # noqa: F401 - the session fixture

PAGES = ("", "briefings/port-strike/", "actors/ruth-adeyemi/", "archive/", "tags/")


@pytest.mark.parametrize("path", PAGES)
def test_a_page_load_requests_only_its_own_site_and_no_sitemap(
    browser: object,  # noqa: F811
    base_url: str,  # noqa: F811
    path: str,
) -> None:
    page = open_page(browser, LAPTOP)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{base_url}{path}", wait_until="networkidle")
    own_host = urlsplit(base_url).netloc
    assert requested, "the page made no request at all"
    assert [url for url in requested if urlsplit(url).netloc != own_host] == []
    assert [url for url in requested if url.endswith("sitemap.xml")] == []
    assert page.errors == []


def test_the_feed_is_still_discoverable(
    browser: object,  # noqa: F811
    base_url: str,  # noqa: F811
) -> None:
    """A feed reader finds the Atom feed from any page, and it is this site's feed."""
    page = open_page(browser, PHONE)
    page.goto(f"{base_url}briefings/port-strike/")
    links = page.evaluate(
        """() => [...document.querySelectorAll('link')]
            .filter(l => l.relList.contains('alternate')
                      && l.type === 'application/atom+xml')
            .map(l => l.getAttribute('href'))"""
    )
    assert len(links) == 1
    feed = urljoin(page.url, links[0])
    assert feed == f"{base_url}feed.xml"
    response = page.request.get(feed)
    assert response.ok and b"<feed" in response.body()
