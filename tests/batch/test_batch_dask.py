"""A Dask cluster runs the batch through its concurrent.futures executor (optional extra `dask`)."""
from __future__ import annotations

import pytest

from extractor.batch.runner import run_batch
from fakes import FakeWorker, write_letter

distributed = pytest.importorskip("distributed", reason="dask is an optional extra: pip install 'recmap[dask]'")


def test_local_dask_cluster_as_executor(tmp_path):
    src = tmp_path / "in"
    for i in range(4):
        write_letter(src / f"l{i}.txt", f"2020-0{i + 1}-01", [f"concern: finding number {i} about supervision"])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
            distributed.Client(cl) as client:
        s = run_batch(src, tmp_path / "out", FakeWorker(), version="dask", executor=client.get_executor())
    assert s.processed == 4 and s.failed == 0
    assert sorted(r.letter_date for r in s.results) == ["2020-01-01", "2020-02-01", "2020-03-01", "2020-04-01"]
    assert len(list((tmp_path / "out" / "letters").glob("*.json"))) == 4
