"""Peak memory of search indexing, on the pages of a built site: one index or shards.

The issue-14 build peaked at 2.8 GB, in Pagefind. This feeds the indexed pages of an
existing site (those with `data-pagefind-body`, in path order) to the indexer exactly
as `briefings build` does, writes the index into a temporary folder, and reports the
peak resident memory:

- `single`: one Pagefind service for every page (generator/publishing/search.py, the
  way sites were indexed before shards): its peak (VmHWM from /proc, read just before
  it exits).
- `sharded`: the shards by date of generator/publishing/shards.py, fed shard after
  shard as the build feeds them: the peak of the sum of all live Pagefind processes,
  sampled every 50 ms, and the largest single process's VmHWM.

`--pages N` takes the first N pages, so that runs at two or three sizes show how the
peak grows with the archive (extrapolate to 19,043, do not run it).

Usage:
    python benchmarks/pagefind_memory.py SITE [--pages 500 1000 2000] [--mode sharded]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.publishing.search import SearchIndex, should_index  # noqa: E402
from generator.publishing.shards import ShardedIndex  # noqa: E402

SORT_DATE = re.compile(r'data-pagefind-sort="date"[^>]*>\s*([^<\s]+)')


def peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident set) of a live process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class TreeSampler:
    """The peak sum of the resident memory of this process's Pagefind children, and
    the largest VmHWM any of them reached (read while they live)."""

    def __init__(self) -> None:
        self.peak_sum = 0.0
        self.largest = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.05):
            total = 0.0
            for child in me.children(recursive=True):
                try:
                    total += child.memory_info().rss / 2**20
                    self.largest = max(self.largest, peak_rss_mb(child.pid))
                except (psutil.Error, OSError):
                    continue
            self.peak_sum = max(self.peak_sum, total)


def measure_single(pages: list[tuple[str, str]]) -> tuple[float, float]:
    """(peak MB, seconds) for one Pagefind index of `pages`."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as out, SearchIndex() as index:
        for uri, html in pages:
            index.add_page(uri, html)
        index.write(Path(out) / "pagefind")
        peak = peak_rss_mb(index._process.pid)
    return peak, time.perf_counter() - started


def measure_sharded(pages: list[tuple[str, str]]) -> tuple[float, float, float, int]:
    """(peak MB of all Pagefind processes together, largest one's MB, seconds, shards)."""
    started = time.perf_counter()
    dates = {uri: _date(html) for uri, html in pages}
    html_of = dict(pages)
    with tempfile.TemporaryDirectory() as out, TreeSampler() as sampler:
        output = Path(out) / "site" / "pagefind"
        output.parent.mkdir()
        with ShardedIndex(Path(out) / "none" / "pagefind", output) as index:
            order = index.plan([(uri, dates[uri]) for uri, _ in pages])
            for uri in order:
                index.add_page(uri, html_of[uri])
            index.start_writing(index.previous, output)
            index.finish_writing(index.previous, output)
        shards = 1 + sum(1 for _ in (output.parent / "pagefind-shards").glob("*"))
    return sampler.peak_sum, sampler.largest, time.perf_counter() - started, shards


def _date(html: str) -> str | None:
    match = SORT_DATE.search(html)
    return match.group(1) if match else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--pages", type=int, nargs="+", default=[0], help="0: all")
    parser.add_argument("--mode", choices=["single", "sharded", "both"], default="both")
    args = parser.parse_args()
    found = []
    for path in sorted(args.site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        if should_index(html):
            found.append((path.relative_to(args.site).as_posix(), html))
    print(f"{len(found):,} indexed pages in {args.site}")
    print(
        f"{'pages':>7} {'HTML MB':>8} {'mode':>8} {'peak MB':>8} {'largest':>8} "
        f"{'KB/page':>8} {'shards':>6} {'seconds':>8}"
    )
    for count in args.pages:
        chosen = found[:count] if count else found
        given = sum(len(html.encode("utf-8")) for _, html in chosen) / 1e6
        if args.mode in ("single", "both"):
            peak, seconds = measure_single(chosen)
            print(
                f"{len(chosen):>7,} {given:>8.1f} {'single':>8} {peak:>8.0f} {peak:>8.0f} "
                f"{peak * 1024 / len(chosen):>8.1f} {1:>6} {seconds:>8.1f}"
            )
        if args.mode in ("sharded", "both"):
            peak, largest, seconds, shards = measure_sharded(chosen)
            print(
                f"{len(chosen):>7,} {given:>8.1f} {'sharded':>8} {peak:>8.0f} {largest:>8.0f} "
                f"{peak * 1024 / len(chosen):>8.1f} {shards:>6} {seconds:>8.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
