"""The command line: the README's main job, errors and exit codes."""

from __future__ import annotations

import subprocess
import sys

import pyogrio


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "frontlines.cli", *args], capture_output=True, text=True, timeout=300
    )


def test_map_on_the_seeds_writes_html_and_geopackage(tmp_path):
    r = run(
        "map",
        "seeds/",
        "-o",
        str(tmp_path / "map.html"),
        "--gpkg",
        str(tmp_path / "m.gpkg"),
        "--no-progress",
    )
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "Places mentioned" in html and "leaflet" in html.lower()
    layers = {name for name, _ in pyogrio.list_layers(tmp_path / "m.gpkg")}
    assert {"mentions", "claims", "events", "control", "zones"} <= layers


def test_parse_writes_geojson_and_csv(tmp_path):
    assert run("parse", "seeds/", "-o", str(tmp_path / "out"), "--no-progress").returncode == 0
    assert (tmp_path / "out" / "mentions.geojson").is_file()
    assert run("parse", "seeds/", "-o", str(tmp_path / "m.csv"), "--no-progress").returncode == 0
    assert "lat" in (tmp_path / "m.csv").read_text(encoding="utf-8").splitlines()[0]


def test_geocode_and_errors():
    r = run("geocode", "Ain Issa")
    assert r.returncode == 0 and "172134" in r.stdout
    r = run("geocode", "Qqqxyzzy Qqq")
    assert r.returncode == 4 and "no place called" in r.stderr
    r = run("map", "no/such/file.txt", "-o", "x.html", "--no-progress")
    assert r.returncode == 3 and "does not exist" in r.stderr
    r = run("parse", "seeds/", "-o", "out.docx", "--no-progress")
    assert r.returncode == 2 and "cannot write" in r.stderr


def test_help_explains_itself():
    r = run("--help")
    assert r.returncode == 0 and "frontlines map seeds/" in r.stdout
