"""Many articles: local processes and Dask give the single-process results, in order."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import frontlines as fl

SENTENCES = [
    ("IS seized Palmyra on Wednesday.", "2015-05-21"),
    ("Kurdish forces recaptured Kobani on Monday.", "2015-01-27"),
    ("The SDF captured Manbij on Friday, 20 km south of Jarablus.", "2016-08-13"),
    ("Russian warplanes bombed Aleppo since Tuesday.", "2016-10-01"),
    ("Syrian government forces retook Palmyra from IS on Sunday.", "2016-03-28"),
]


def _items():
    return [
        *SENTENCES * 4,
        "seeds/000_1bf4404fc41ad2f7.txt",
        b"\x00\x01 binary",
        "seeds/002_c30f20c2c1f5e0b0.txt",
        "no/such/file.txt",
    ]


def _same(a, b):
    for name in ("mentions", "claims", "events"):
        x = getattr(a, name).drop(columns="geometry").reset_index(drop=True)
        y = getattr(b, name).drop(columns="geometry").reset_index(drop=True)
        pd.testing.assert_frame_equal(
            x.drop(columns=[c for c in x if str(x[c].dtype) == "geometry"]),
            y.drop(columns=[c for c in y if str(y[c].dtype) == "geometry"]),
        )
        assert list(getattr(a, name).geometry.to_wkt()) == list(getattr(b, name).geometry.to_wkt())
    assert [x.article_id for x in a.articles] == [x.article_id for x in b.articles]
    assert a.errors == b.errors


@pytest.fixture(scope="module")
def serial():
    return fl.parse_many(_items(), workers=1, chunk_size=3)


def test_bad_items_are_reported_and_good_ones_kept(serial):
    assert len(serial.articles) == 22
    assert [e["item"] for e in serial.errors] == ["item 21", "no/such/file.txt"]
    assert "binary" in serial.errors[0]["error"]


def test_two_local_workers_equal_one(serial):
    _same(fl.parse_many(_items(), workers=2, chunk_size=3), serial)


def test_output_is_written_per_chunk_and_a_rerun_resumes(serial, tmp_path):
    import pyogrio

    out = tmp_path / "run"
    first = fl.parse_many(_items(), workers=2, chunk_size=5, output=out)
    _same(first, serial)
    parts = sorted(p.name for p in out.glob("part-*.gpkg"))
    assert parts == [f"part-{k:05d}.gpkg" for k in range(5)]
    layers = {name for name, _ in pyogrio.list_layers(out / parts[0])}
    assert {"mentions", "events"} <= layers
    lines = (out / "manifest.jsonl").read_text().splitlines()
    # a crash cut the last line and lost its chunk: the rerun reads only that one again
    (out / "manifest.jsonl").write_text("\n".join(lines[:-1]) + '\n{"chunk": 4, "lab')
    again = fl.parse_many(_items(), workers=1, chunk_size=5, output=out)
    _same(again, serial)
    chunks = [
        json.loads(x)["chunk"]
        for x in (out / "manifest.jsonl").read_text().splitlines()
        if x.startswith("{") and x.endswith("}")
    ]
    assert sorted(chunks) == [0, 1, 2, 3, 4]


def test_dask_on_a_local_cluster_equals_one_process(serial):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        res = fl.parse_many(_items(), engine="dask", client=client, chunk_size=3)
    _same(res, serial)


def test_bad_options_are_named():
    with pytest.raises(ValueError, match="workers"):
        fl.parse_many([], workers=0)
    with pytest.raises(ValueError, match="engine"):
        fl.parse_many(["x"], engine="spark")
