"""The seeds' GeoPackage opened in real QGIS (Debian's python3-qgis, headless)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

import frontlines as fl

QGIS_PYTHON = "/usr/bin/python3"
CHECK = Path(__file__).with_name("qgis_check.py")


def _have_qgis() -> bool:
    if not os.path.exists(QGIS_PYTHON):
        return False
    r = subprocess.run([QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True)
    return r.returncode == 0


@pytest.fixture(scope="module")
def qgis_view(tmp_path_factory):
    if not _have_qgis():
        if os.environ.get("CI"):
            pytest.fail("CI must install python3-qgis (see .ci/run)")
        pytest.skip("QGIS (Debian python3-qgis) is not installed here")
    rep = fl.parse_many("seeds/")
    path = tmp_path_factory.mktemp("qgis") / "seeds.gpkg"
    rep.to_gpkg(path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": "/tmp"}
    env.pop("PYTHONPATH", None)
    r = subprocess.run(
        [QGIS_PYTHON, str(CHECK), str(path)], capture_output=True, text=True, env=env, timeout=300
    )
    assert r.stdout.strip(), r.stderr[-2000:]
    return rep, json.loads(r.stdout.strip().splitlines()[-1])


EXPECTED_TEMPORAL = {
    "mentions": (1, "published", ""),
    "claims": (1, "published", ""),
    "claim_estimates": (1, "published", ""),
    "events": (2, "date_start", "date_end"),
    "advances": (2, "date_start", "date_end"),
    "control": (2, "valid_from", "valid_to"),
}


def test_every_layer_is_valid_with_its_rows_and_crs(qgis_view):
    rep, view = qgis_view
    assert set(view) == set(rep.table_names())
    counts = {
        "mentions": len(rep.mentions),
        "claims": len(rep.claims),
        "claim_estimates": len(rep.claims),
        "events": len(rep.events),
        "advances": len(rep.advances),
        "control": len(rep.timeline()),
        "zones": len(rep.zones()),
        "frontlines": len(rep.frontlines()),
    }
    for name, v in view.items():
        assert v["valid"], name
        assert v["count"] == counts[name], (name, v["count"], counts[name])
        assert v["crs"] == "EPSG:4326", name


def test_default_styles_are_applied(qgis_view):
    _, view = qgis_view
    for name, v in view.items():
        assert v["renderer_on_load"] == "categorizedSymbol", name  # not the single-symbol default
        assert v["default_style"], (name, v["style_message"])
        assert v["categories"] >= 2, name


def test_dated_layers_are_time_enabled_with_datetime_fields(qgis_view):
    _, view = qgis_view
    for name, (mode, start, end) in EXPECTED_TEMPORAL.items():
        v = view[name]
        assert v["temporal"], name
        assert (v["mode"], v["start"], v["end"]) == (mode, start, end), name
        assert v["fields"][start] == "DateTime", name
        if end:
            assert v["fields"][end] == "DateTime", name
