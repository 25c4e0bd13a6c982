"""Peak memory of the Pagefind indexing process, on the pages of a built site.

The issue-14 build peaked at 2.8 GB, in Pagefind. This feeds the indexed pages of an
existing site (those with `data-pagefind-body`, in path order) to a Pagefind service
exactly as `briefings build` does (generator/publishing/search.py), writes the index into a
temporary folder, and reads the service's peak resident memory (VmHWM) from /proc just
before it exits. `--pages N` takes the first N pages, so that runs at two or three sizes
show how the peak grows with the archive (extrapolate to 19,043, do not run it).

Usage:
    python benchmarks/pagefind_memory.py SITE [--pages 500 1000 2000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.publishing.search import SearchIndex, should_index  # noqa: E402


def peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident set) of a live process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(pages: list[tuple[str, str]]) -> tuple[float, float, int]:
    """(peak MB, seconds, bytes of HTML given) for indexing `pages` and writing the index."""
    started = time.perf_counter()
    given = 0
    with tempfile.TemporaryDirectory() as out, SearchIndex() as index:
        for uri, html in pages:
            index.add_page(uri, html)
            given += len(html.encode("utf-8"))
        index.write(Path(out) / "pagefind")
        peak = peak_rss_mb(index._process.pid)
    return peak, time.perf_counter() - started, given


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--pages", type=int, nargs="+", default=[0], help="0: all")
    args = parser.parse_args()
    found = []
    for path in sorted(args.site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        if should_index(html):
            found.append((path.relative_to(args.site).as_posix(), html))
    print(f"{len(found):,} indexed pages in {args.site}")
    print(f"{'pages':>7} {'HTML MB':>8} {'peak RSS MB':>12} {'KB/page':>8} {'seconds':>8}")
    for count in args.pages:
        chosen = found[:count] if count else found
        peak, seconds, given = measure(chosen)
        print(
            f"{len(chosen):>7,} {given / 1e6:>8.1f} {peak:>12.0f} "
            f"{peak * 1024 / len(chosen):>8.1f} {seconds:>8.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
