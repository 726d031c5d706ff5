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
    result = json.loads(r.stdout.strip().splitlines()[-1])
    return rep, result["layers"], result["project"]


EXPECTED_TEMPORAL = {
    "mentions": (1, "published", ""),
    "claims": (1, "published", ""),
    "claim_estimates": (1, "published", ""),
    "events": (2, "date_start", "date_end"),
    "advances": (2, "date_start", "date_end"),
    "control": (2, "valid_from", "valid_to"),
}


def test_every_layer_is_valid_with_its_rows_and_crs(qgis_view):
    rep, view, _ = qgis_view
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
    _, view, _ = qgis_view
    for name, v in view.items():
        assert v["renderer_on_load"] == "categorizedSymbol", name  # not the single-symbol default
        assert v["default_style"], (name, v["style_message"])
        assert v["categories"] >= 2, name


def test_dated_layers_are_time_enabled_with_datetime_fields(qgis_view):
    _, view, _ = qgis_view
    for name, (mode, start, end) in EXPECTED_TEMPORAL.items():
        v = view[name]
        assert v["temporal"], name  # after loadDefaultStyle(): see the project test
        assert (v["mode"], v["start"], v["end"]) == (mode, start, end), name
        assert v["fields"][start] == "DateTime", name
        if end:
            assert v["fields"][end] == "DateTime", name


def test_the_qgis_project_opens_every_layer_styled_and_time_enabled(qgis_view):
    """QGIS 3.22 switches a layer's temporal settings off when it opens a GeoPackage layer (the
    OGR provider has no temporal capabilities); the project written next to it keeps them on,
    with no call but opening the project."""
    _, view, project = qgis_view
    assert project["read"]
    assert set(project["layers"]) == set(view)
    for name, v in project["layers"].items():
        assert v["valid"] and v["count"] == view[name]["count"], name
        assert v["crs"] == "EPSG:4326" and v["renderer"] == "categorizedSymbol", name
    for name, (mode, start, end) in EXPECTED_TEMPORAL.items():
        v = project["layers"][name]
        assert v["temporal"], name
        assert (v["mode"], v["start"], v["end"]) == (mode, start, end), name
    begin, end = project["range"]
    assert begin.startswith("2014-01-01") and end >= "2017-10-14"
    assert project["visible"]["events"] and not project["visible"]["zones"]
