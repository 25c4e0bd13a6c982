"""Shared helpers for the build benchmarks: throw-away sites, timed commands, sizes.

The benchmarks build sites from the shared corpus in a temporary folder, never in the
repository (corpus text must not be committed). A benchmark site uses the project's
own mkdocs.yml with its paths redirected, so it measures what users get; the "bare"
configuration is the same file without the briefings plugin, so `mkdocs build` with it
is exactly the publisher's share of the work on the same generated pages.

Commands run as subprocesses under `/usr/bin/time -v`, so each timing includes
interpreter start-up and imports (what CI pays) and each comes with its peak resident
memory. `time -v` reports the largest single process; for worker pools the process
tree is sampled as well (needs psutil, which Dask brings; skipped without): its summed
proportional set size (PSS, /proc/PID/smaps_rollup), which counts a page shared by n
processes as 1/n in each, so a child forked from a large build (its pages shared until
it execs) is not counted twice as summed RSS counts it, and a child of `vfork` (which
borrows its parent's very address space until it execs) is counted once (kcmp(2)); the
summed RSS and the largest single RSS are kept beside it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("BRIEFINGS_CORPUS", REPO.parent / "shared" / "corpus"))
VENV_BIN = Path(sys.executable).parent


@dataclass
class Run:
    """One timed command: wall seconds, peak RSS of its largest process (/usr/bin/time),
    and the sampled peaks of its tree: summed RSS (`tree_peak_mb`, which counts a page
    shared by a forked child twice), summed PSS (`tree_pss_mb`, which does not), and the
    largest RSS of one process seen (`largest_rss_mb`). The last two default to None so
    that a series recorded before them still loads."""

    command: list[str]
    seconds: float
    peak_mb: float
    tree_peak_mb: float | None
    returncode: int
    stderr: str
    tree_pss_mb: float | None = None
    largest_rss_mb: float | None = None

    def describe(self) -> str:
        tree = ""
        if self.tree_pss_mb:
            tree = f", process tree PSS {self.tree_pss_mb:.0f} MB"
        if self.tree_peak_mb:
            tree += f", tree RSS summed {self.tree_peak_mb:.0f} MB"
        return f"{self.seconds:.2f} s, peak RSS {self.peak_mb:.0f} MB{tree}"


def project_config(bare: bool = False, **briefings: Any) -> dict[str, Any]:
    """The repository's mkdocs.yml as data, the briefings plugin dropped when `bare`."""
    from mkdocs.utils.yaml import yaml_load

    with (REPO / "mkdocs.yml").open(encoding="utf-8") as stream:
        config = yaml_load(stream)
    plugins = []
    for item in config.get("plugins") or []:
        name = next(iter(item)) if isinstance(item, dict) else item
        if name == "briefings":
            if bare:
                continue
            options = dict(item["briefings"] or {}) if isinstance(item, dict) else {}
            options.update(briefings)
            item = {"briefings": options}
        plugins.append(item)
    config["plugins"] = plugins
    theme = config.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):  # relative to mkdocs.yml
        theme["custom_dir"] = str(REPO / theme["custom_dir"])
    return config


def make_site(root: Path, content_dir: Path, cache_dir: Path) -> tuple[Path, Path]:
    """Write `mkdocs.yml` (briefings) and `bare.yml` (MkDocs alone) for a site in `root`.

    The briefings build keeps its generated pages in memory; the bare build reads them
    from `root/build/docs`, written by `write_generated_pages` before it runs. Each
    writes its own site folder, so that the bare build never disturbs the briefings site.
    """
    root.mkdir(parents=True, exist_ok=True)
    full = project_config(
        content_dir=str(content_dir),
        templates_dir=str(REPO / "templates"),
        cache_dir=str(cache_dir),
    )
    full.update(docs_dir="pages", site_dir="site")
    bare = project_config(bare=True)
    bare.update(docs_dir="build/docs", site_dir="bare-site")
    config, bare_config = root / "mkdocs.yml", root / "bare.yml"
    config.write_text(yaml.safe_dump(full, sort_keys=False), encoding="utf-8")
    bare_config.write_text(yaml.safe_dump(bare, sort_keys=False), encoding="utf-8")
    return config, bare_config


def write_generated_pages(config: Path) -> Path:
    """Write the pages a briefings build of `config` generates (in memory) into
    `build/docs` beside it, for the bare `mkdocs build`; its extraction cache is used."""
    import shutil

    sys.path.insert(0, str(REPO))
    from generator.publishing.build import generate
    from generator.settings import load_settings

    _, pages = generate(load_settings(config), quiet=True)
    folder = config.parent / "build" / "docs"
    shutil.rmtree(folder, ignore_errors=True)
    for name, data in pages.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run `command` under /usr/bin/time -v; raise with its stderr if it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(
        ["/usr/bin/time", "-v", *command],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    sampler = _TreeSampler(process.pid)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    sampler.stop()
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    run = Run(
        command=command,
        seconds=seconds,
        peak_mb=int(match.group(1)) / 1024 if match else float("nan"),
        tree_peak_mb=sampler.peak_mb,
        returncode=process.returncode,
        stderr=stderr,
        tree_pss_mb=sampler.pss_peak_mb,
        largest_rss_mb=sampler.largest_mb,
    )
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return run


def pss_bytes(pid: int) -> int | None:
    """Proportional set size of a live process in bytes: its private pages plus, for
    each page it shares with n processes, 1/n of it (`Pss:` of /proc/PID/smaps_rollup,
    Linux 4.14+). Summed over a tree, a shared page counts once. None when the process
    is gone or the file cannot be read."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


@dataclass
class TreeMemory:
    """One sample of a process tree: RSS summed, PSS summed, the largest single RSS."""

    rss: int
    pss: int
    largest_rss: int


_KCMP = {"x86_64": 312, "aarch64": 272}  # kcmp(2)'s system call number
_KCMP_VM = 1  # KCMP_VM: do two processes share one address space? (0 compares files)


def same_memory(first: int, second: int) -> bool:
    """Whether two live processes share one address space (kcmp(2), KCMP_VM): a child
    of `vfork` does until it execs (`subprocess` starts Pagefind so), and then it shows
    its parent's RSS and PSS as its own. False when unknown (no kcmp, not permitted)."""
    import ctypes
    import platform

    number = _KCMP.get(platform.machine())
    if number is None:
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.syscall(number, first, second, _KCMP_VM, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def tree_memory(pid: int) -> TreeMemory | None:
    """Sample the tree of `pid` (itself and every descendant) once; None without
    psutil or once `pid` is gone. A process that ends while sampled counts 0, and one
    sharing the address space of a process already counted (a child of `vfork` before
    it execs: the same RSS, down to the page) counts once in the PSS sum."""
    try:
        import psutil
    except ImportError:
        return None
    try:
        root = psutil.Process(pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.Error:
        return None
    rss, pss, largest = 0, 0, 0
    counted: dict[int, list[int]] = {}  # RSS: the processes counted with it
    for proc in tree:
        try:
            resident = proc.memory_info().rss
        except psutil.Error:
            continue
        rss += resident
        largest = max(largest, resident)
        twins = counted.setdefault(resident, [])
        if any(same_memory(proc.pid, twin) for twin in twins):
            continue
        twins.append(proc.pid)
        proportional = pss_bytes(proc.pid)
        pss += resident if proportional is None else proportional
    return TreeMemory(rss, pss, largest)


class _TreeSampler(threading.Thread):
    """Samples a process tree every 0.2 s (`tree_memory`) and keeps the peak of each
    measure; the peaks may come from different samples."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak: int | None = None
        self.pss_peak: int | None = None
        self.largest: int | None = None
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            sample = tree_memory(self.pid)
            if sample is not None:
                self.peak = max(self.peak or 0, sample.rss)
                self.pss_peak = max(self.pss_peak or 0, sample.pss)
                self.largest = max(self.largest or 0, sample.largest_rss)
            self._halt.wait(0.2)

    def stop(self) -> None:
        self._halt.set()
        self.join()

    @property
    def peak_mb(self) -> float | None:
        return self.peak / 2**20 if self.peak else None

    @property
    def pss_peak_mb(self) -> float | None:
        return self.pss_peak / 2**20 if self.pss_peak else None

    @property
    def largest_mb(self) -> float | None:
        return self.largest / 2**20 if self.largest else None


def briefings_command(*args: str) -> list[str]:
    return [str(VENV_BIN / "briefings"), *args]


def mkdocs_command(*args: str) -> list[str]:
    return [str(VENV_BIN / "mkdocs"), *args]


def folder_size_mb(folder: Path) -> float:
    """Disk usage as `du -sk` reports it (blocks, not bytes: what a Pages limit counts)."""
    output = subprocess.run(["du", "-sk", str(folder)], capture_output=True, text=True, check=True)
    return int(output.stdout.split()[0]) / 1024


def file_count(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*") if path.is_file())


def stage_lines(stderr: str) -> list[str]:
    """The `timing:` lines a build prints when BRIEFINGS_TIMINGS is set."""
    return [line for line in stderr.splitlines() if line.startswith("timing:")]


def stage_timings_main(argv: list[str]) -> int:
    """`python benchmarks/common.py stages CONFIG JOBS`: one build, time per stage.

    Runs `briefings build` (the plugin generates, then MkDocs publishes), with each stage
    function wrapped in a timer, and prints `timing: STAGE SECONDS` lines to stderr.
    Extraction is a generator consumed while briefings are assembled, so its share is
    the time spent inside its `next()`.
    """
    import collections
    import functools
    from collections.abc import Callable, Iterator

    sys.path.insert(0, str(REPO))
    started = time.perf_counter()
    import generator.publishing.build as build
    from generator.settings import load_settings

    totals: dict[str, float] = collections.defaultdict(float)
    cpu: dict[str, float] = collections.defaultdict(float)  # this process only, not workers
    totals["import"] = time.perf_counter() - started
    cpu["import"] = time.process_time()

    def timer(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            begin, begin_cpu = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                totals[stage] += time.perf_counter() - begin
                cpu[stage] += time.process_time() - begin_cpu

        return wrapper

    def timed_iterator(stage: str, function: Callable[..., Iterator[Any]]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
            iterator = iter(function(*args, **kwargs))
            while True:
                begin, begin_cpu = time.perf_counter(), time.process_time()
                try:
                    item = next(iterator)
                except StopIteration:
                    item = StopIteration
                totals[stage] += time.perf_counter() - begin
                cpu[stage] += time.process_time() - begin_cpu
                if item is StopIteration:
                    return
                yield item

        return wrapper

    build.load_registry = timer("read", build.load_registry)
    build.load_content = timer("read", build.load_content)
    build.open_cache = timer("extract", build.open_cache)
    build.extract_articles = timed_iterator("extract", build.extract_articles)
    build.build_briefing = timer("briefings", build.build_briefing)
    build.ArchiveBuilder.add = timer("archive", build.ArchiveBuilder.add)
    build.ArchiveBuilder.finish = timer("archive", build.ArchiveBuilder.finish)
    build.BriefingSpool.add = timer("spool", build.BriefingSpool.add)
    # Pages are rendered one at a time: rendering is the time spent in the page iterator
    # (reading briefings back from the spool included); they stay in memory.
    build.render_pages = timed_iterator("render", build.render_pages)
    try:
        from mkdocs.contrib.search import SearchPlugin

        for hook in ("on_page_context", "on_post_build"):
            setattr(SearchPlugin, hook, timer("search index", getattr(SearchPlugin, hook)))
    except ImportError:
        pass
    # The search index step: Pagefind indexes pages while MkDocs builds them (in its own
    # process), so this is the part left after MkDocs, writing the index.
    import mkdocs.commands.build as mkdocs_build

    from generator.cli import main as briefings
    from generator.publishing.shards import ShardedIndex

    ShardedIndex.finish_writing = timer("search index", ShardedIndex.finish_writing)
    # The plugin generates the pages inside MkDocs' build (its on_pre_build). Only the
    # report is kept: a reference to the pages here would keep every page's Markdown
    # alive to the end of the build whatever the plugin and MkDocs do, and measure a
    # bigger process than `briefings build`.
    reports: list[Any] = []
    timed_generate = timer("generate", build.generate)

    def generate(*args: Any, **kwargs: Any) -> Any:
        report, pages = timed_generate(*args, **kwargs)
        reports.append(report)
        return report, pages

    build.generate = generate
    mkdocs_build.build = timer("mkdocs (total)", mkdocs_build.build)

    settings = load_settings(argv[0])
    status = briefings(["build", "-f", str(settings.config_file), "-j", argv[1], *argv[2:]])
    if status:
        raise SystemExit(status)
    # A build with nothing changed stops before generating (generator/publishing/unchanged.py).
    summary = reports[0].summary() if reports else "nothing changed, nothing generated"
    for table in (totals, cpu):
        table["mkdocs (total)"] -= table["generate"]
    totals["total"] = time.perf_counter() - started
    cpu["total"] = time.process_time()
    for table in (totals, cpu):
        table["mkdocs (without search)"] = table["mkdocs (total)"] - table["search index"]
    print(f"report: {summary}", file=sys.stderr)
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"memory: main {own:.0f} MB, largest child {children:.0f} MB", file=sys.stderr)
    for stage, seconds in totals.items():
        print(f"timing: {stage} {seconds:.2f} {cpu[stage]:.2f}", file=sys.stderr)
    return 0


def memory_line(stderr: str) -> str:
    """`main N MB, largest child M MB` from a stages run: /usr/bin/time's peak is the
    largest process of the tree, which for a big site is Pagefind, not the build."""
    return next(
        (
            line.removeprefix("memory: ")
            for line in stderr.splitlines()
            if line.startswith("memory:")
        ),
        "",
    )


def parse_stage_lines(stderr: str) -> dict[str, tuple[float, float]]:
    """{stage: (wall seconds, CPU seconds of the main process)} from a stages run.

    CPU time is what to compare across runs on a busy machine: other benchmarks
    stretch the wall time, not the work done (the search index runs in a child
    process, so its CPU time is not counted here).
    """
    found: dict[str, tuple[float, float]] = {}
    for line in stage_lines(stderr):
        stage, wall, cpu = line.removeprefix("timing: ").rsplit(" ", 2)
        found[stage] = (float(wall), float(cpu))
    return found


def stages_command(config: Path, jobs: int, *build_args: str) -> list[str]:
    """The stages run of `briefings build -f CONFIG -j JOBS BUILD_ARGS...`."""
    command = [sys.executable, str(Path(__file__).resolve()), "stages", str(config), str(jobs)]
    return [*command, *build_args]


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "stages":
        sys.exit(stage_timings_main(sys.argv[2:]))
    sys.exit("usage: python benchmarks/common.py stages CONFIG JOBS [BUILD OPTIONS...]")
