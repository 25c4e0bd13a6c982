"""Extraction on a real Dask LocalCluster (one worker process): same results, same cache.

Skipped when Dask is not installed (it is an optional extra: pip install -e .[dask]).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from test_runner import records, write_articles  # noqa: E402 - tests/ is on sys.path

from generator.running.cluster import PLUGIN_NAME, ClusterError, check_workers, parse_on_cluster  # noqa: E402
from generator.running.runner import extract_articles, open_cache  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        worker_dashboard_address=None,
    ) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster: object) -> Iterator[object]:
    with distributed.Client(cluster) as connected:
        yield connected


def worker_models(client: object) -> list[dict[str, int]]:
    """{model name: id of the loaded pipeline} in each worker process."""

    def models() -> dict[str, int]:
        from generator.running.cluster import _models

        return {str(name): id(nlp) for name, nlp in _models.items()}

    return list(client.run(models).values())  # type: ignore[attr-defined]


def test_cluster_gives_the_local_results_in_order(tmp_path: Path, client: object) -> None:
    articles = write_articles(tmp_path / "content", 10)
    local = list(extract_articles(articles, None, jobs=1))
    remote = list(parse_on_cluster([a.body for a in articles], client))
    assert [extraction.to_cache() for extraction, _ in remote] == records(local)


def test_each_worker_loads_the_model_once(tmp_path: Path, client: object) -> None:
    articles = write_articles(tmp_path / "content", 3)
    list(parse_on_cluster([a.body for a in articles], client))
    before = worker_models(client)
    list(parse_on_cluster([a.body + "\n\nMore." for a in articles], client))
    assert worker_models(client) == before
    assert all(len(models) == 1 for models in before)
    plugins = client.run(lambda dask_worker: list(dask_worker.plugins))  # type: ignore[attr-defined]
    assert all(PLUGIN_NAME in names for names in plugins.values())


def test_cluster_results_fill_the_local_cache(tmp_path: Path, cluster: object) -> None:
    address = cluster.scheduler_address  # type: ignore[attr-defined]
    articles = write_articles(tmp_path / "content", 5)
    cache = open_cache(tmp_path / "cache", None)
    first = list(extract_articles(articles, cache, jobs=2, scheduler=address))
    assert not any(result.cached for result in first)
    again = list(extract_articles(articles, open_cache(tmp_path / "cache", None), jobs=1))
    assert all(result.cached for result in again)
    assert records(again) == records(first)


def test_extract_command_uses_the_cluster(tmp_path: Path, cluster: object) -> None:
    address = cluster.scheduler_address  # type: ignore[attr-defined]
    articles = write_articles(tmp_path / "content", 3)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator.cli",
            "extract",
            "--json",
            "--scheduler",
            address,
            "--cache-dir",
            str(tmp_path / "cache"),
            *[a.path for a in articles],
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=True,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["title"] for line in lines] == ["Story 0", "Story 1", "Story 2"]
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 3


def test_workers_with_another_extractor_are_refused(client: object, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Here (the client) the extractor looks changed; the workers still run the old one."""
    import generator.running.fingerprint

    monkeypatch.setattr(
        generator.running.fingerprint, "extractor_version", lambda: "not-the-workers"
    )
    with pytest.raises(ClusterError, match="extractor not-the-workers"):
        check_workers(client, None)
