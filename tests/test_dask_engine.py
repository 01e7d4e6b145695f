"""The Dask engine: the same records as the local engine, on a local Dask cluster."""

from __future__ import annotations

import pytest

from batch_corpus import output_bytes, write_corpus
from pipeline import dask_engine
from pipeline.ingest import RawInput
from pipeline.runner import run
from pipeline.schema import Source

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("dask") / "in", 20, seed=5)


@pytest.fixture(scope="module")
def local_bytes(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    run([corpus], out, workers=1)
    return output_bytes(out)


def test_dask_engine_on_a_local_cluster_writes_the_local_engine_bytes(corpus, local_bytes, tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                                  dashboard_address=None) as cluster:  # tasks and results cross TCP, pickled
        summary = run([corpus], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, timeout=60)
    assert (summary.n_records, summary.n_errors) == (20, 2)
    assert output_bytes(tmp_path / "dask") == local_bytes


def test_dask_engine_without_scheduler_starts_and_closes_its_own_cluster(corpus, local_bytes, tmp_path):
    summary = run([corpus], tmp_path / "dask", engine="dask", workers=1)
    assert (summary.n_records, summary.n_errors) == (20, 2)
    assert output_bytes(tmp_path / "dask") == local_bytes


class _FailingFuture:
    def result(self):
        raise RuntimeError("worker lost")


class _Client:
    """Stands in for a distributed.Client whose batch task fails; single documents run here."""

    def __init__(self):
        self.batches: list[list[str]] = []

    def submit(self, fn, batch, timeout, pure=False):
        self.batches.append([raw.doc_id for raw in batch])
        if batch[0].doc_id == "killer" or len(batch) > 1:
            return _FailingFuture()
        return _Done(fn(batch, timeout))


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def test_dask_engine_failed_batch_is_retried_one_document_at_a_time():
    raws = [RawInput(doc_id, Source(path=doc_id), "text", data="Hội nghị tổng kết năm 2021.", ordinal=i)
            for i, doc_id in enumerate(["a", "killer", "b"])]
    client = _Client()
    out = dask_engine._result(client, raws, _FailingFuture(), timeout=10)
    assert [o[0] for o in out] == [0, 1, 2]
    assert [o[1] for o in out] == ["record", "error", "record"]
    assert "Dask task failed" in out[1][2]
    assert client.batches == [["a"], ["killer"], ["b"]]
