"""Extraction on a Dask distributed cluster: the same chunks, sent further away.

`briefings build --scheduler tcp://HOST:8786` (and `briefings extract`) parse the
articles missing from the cache on the cluster instead of local worker processes.
Everything else stays local: the client reads content, checks the cache, cuts the
misses into the same balanced chunks as the local runner and writes every result
into its own cache folder, so the cluster needs no shared disk and a later build (local
or distributed) reuses what it parsed.

Each worker process loads the model once: a `ModelPlugin` loads it when the worker
starts (and on workers that join later), and `_worker_model` keeps one copy per process
for tasks that run before the plugin or without it. Workers need this package and the
model installed (the same environment as the client); run them with one thread each
(`dask worker --nthreads 1`): spaCy parsing holds the GIL, so more threads per process
only add memory, while more processes add speed.

Dask is optional: `pip install -e .[dask]`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from generator.model import Extraction
from generator.running.chunks import Body

if TYPE_CHECKING:
    from spacy.language import Language

PLUGIN_NAME = "briefings-model"
CONNECT_TIMEOUT = "30s"

_models: dict[str | None, Language] = {}
_models_lock = threading.Lock()


class ClusterError(RuntimeError):
    """--scheduler cannot be used: Dask is not installed or the scheduler is unreachable."""


def _worker_model(model: str | None) -> Language:
    """The model in this worker process, loaded on first use and kept for every task."""
    with _models_lock:
        nlp = _models.get(model)
        if nlp is None:
            from generator.running.nlp import load_model

            nlp = _models[model] = load_model(model)
        return nlp


def __getattr__(name: str) -> Any:
    """`ModelPlugin`, made on first use: Dask (optional, and a second to import) is
    imported only by a build that uses a cluster, not by every build that imports this
    module for ClusterError. Pickled by name, so workers make it the same way."""
    if name != "ModelPlugin":
        raise AttributeError(name)
    plugin = globals()["ModelPlugin"] = _model_plugin_class()
    return plugin


def _model_plugin_class() -> type:
    try:  # Dask is optional: without it this module still imports, and connect() explains
        from distributed import WorkerPlugin
    except ImportError:  # pragma: no cover - exercised only without the extra
        WorkerPlugin = object

    class ModelPlugin(WorkerPlugin):  # type: ignore[misc,valid-type]
        """A Dask WorkerPlugin that loads the model as each worker starts.

        Registered by name, so registering it again (another build against the same
        cluster) replaces it instead of loading a second copy.
        """

        name = PLUGIN_NAME

        def __init__(self, model: str | None) -> None:
            super().__init__()
            self.model = model

        def setup(self, worker: Any) -> None:
            _worker_model(self.model)

        def teardown(self, worker: Any) -> None:
            """Nothing to release: the model goes with the worker process."""

    ModelPlugin.__module__ = __name__
    ModelPlugin.__qualname__ = "ModelPlugin"
    return ModelPlugin


def extract_chunk(
    bodies: Sequence[str | Body], model: str | None, budget: float = 0
) -> list[tuple[Extraction, list[str]]]:
    """Parse and extract one chunk on a worker; returns plain records, never Docs.

    The per-article `budget` holds in the worker's task thread as in a local worker."""
    from generator.running.chunks import extract_stream

    return list(extract_stream(_worker_model(model), bodies, budget))


def worker_versions(model: str | None) -> tuple[str, str]:
    """(model identity, extractor version) as this process would key the cache."""
    from generator.running.fingerprint import extractor_version
    from generator.running.nlp import model_identity

    return model_identity(model), extractor_version()


def check_workers(client: Any, model: str | None) -> None:
    """Refuse a cluster whose workers run another model or extractor than this client.

    The client keys the cache with its own versions; a worker with another model or an
    older checkout would put its results under keys that claim otherwise.
    """
    expected = worker_versions(model)
    found = client.run(worker_versions, model)
    wrong = {address: versions for address, versions in found.items() if versions != expected}
    if wrong:
        details = "; ".join(
            f"{address}: model {m}, extractor {e}" for address, (m, e) in wrong.items()
        )
        raise ClusterError(
            f"Dask workers differ from this machine (model {expected[0]}, extractor "
            f"{expected[1]}): {details}. Install the same briefings and model on every worker."
        )


def connect(scheduler: str) -> Any:
    """A Dask client for `scheduler` (tcp://HOST:8786), with a clear error without Dask."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise ClusterError(
            "--scheduler needs Dask: pip install 'briefings[dask]' "
            "(or pip install 'dask[distributed]>=2024.1')"
        ) from exc
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc


def parse_on_cluster(
    bodies: Sequence[str | Body], scheduler: str | Any, model: str | None = None, budget: float = 0
) -> Iterator[tuple[Extraction, list[str]]]:
    """Extractions of `bodies`, in order, parsed on the cluster at `scheduler`.

    `scheduler` is an address or an already connected `distributed.Client` (tests and
    notebooks pass one). Chunks are submitted a few per worker thread ahead of the one
    being consumed, so the client holds a bounded number of results whatever the size
    of the archive.
    """
    from generator.running.chunks import balanced_chunks, ordered_window

    if not bodies:
        return
    owned = isinstance(scheduler, str)
    client = connect(scheduler) if owned else scheduler
    try:
        check_workers(client, model)
        client.register_plugin(__getattr__("ModelPlugin")(model), name=PLUGIN_NAME)
        threads = max(1, sum(client.nthreads().values()))
        chunks = balanced_chunks(bodies, threads)

        def submit(function: Any, chunk: list[str | Body]) -> Any:
            return client.submit(function, chunk, model, budget, pure=False)

        for results in ordered_window(submit, extract_chunk, chunks, threads):
            yield from results
    finally:
        if owned:
            client.close()
