"""GeoNames dumps merged from a (fake, local) download server; opt-in geopy geocoders."""

from __future__ import annotations

import http.server
import io
import json
import threading
import zipfile
from typing import ClassVar

import pytest

from frontlines import gazetteer as gzm


def _dump_row(gid, name, alternates, lat, lon, fclass, fcode, dem):
    """One line of a GeoNames dump (columns: geonameid name asciiname alternatenames lat lon
    fclass fcode cc cc2 admin1-4 population elevation dem timezone modified), in Syria."""
    fields = [gid, name, name, alternates, lat, lon, fclass, fcode, "SY", "", "04", "", "", ""]
    return "\t".join([*fields, "0", "", dem, "Asia/Damascus", "2020-01-01"])


ROWS = [
    _dump_row(
        "990000001",
        "Tall Mukhayyam",
        "Tell Mukhayem,Tal Mukhayyam",
        "36.4012",
        "38.7021",
        "P",
        "PPL",
        "310",
    ),
    _dump_row("990000002", "Jabal Fakhir", "Jebel Fakhir", "35.9", "38.1", "T", "MT", "500"),
    _dump_row("990000003", "Some Hotel", "", "35.9", "38.1", "S", "HTL", "500"),
]


def _zip_bytes(cc: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"{cc}.txt", "\n".join(ROWS) + "\n")
        zf.writestr("readme.txt", "GeoNames test dump")
    return buf.getvalue()


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.endswith("/SY.zip"):
            body = _zip_bytes("SY")
            self.send_response(200)
            self.send_header("Content-Type", "application/zip")
        else:
            body = b"not found"
            self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def local_server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/export/dump"
    srv.shutdown()


@pytest.fixture()
def isolated(tmp_path, monkeypatch):
    gzm.get_gazetteer()  # the shared index, built before the environment is switched
    monkeypatch.setenv("FRONTLINES_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FRONTLINES_CACHE_DIR", str(tmp_path / "cache"))
    gzm.reset_gazetteer()
    yield tmp_path
    gzm.reset_gazetteer()


def test_gazetteer_add_downloads_merges_and_is_used_at_once(isolated, local_server):
    from frontlines.cli import main

    with pytest.raises(gzm.PlaceNotFound):  # not in the packaged gazetteer
        gzm.geocode("Tell Mukhayem", gazetteer=gzm.Gazetteer(_default_index()))
    assert main(["gazetteer", "add", "SY", "--url", local_server]) == 0
    p = gzm.geocode("Tell Mukhayem")
    assert (p.geonameid, p.source) == (990000001, "geonames-dump-SY")
    assert gzm.geocode("Jebel Fakhir").kind == "mountain"
    with pytest.raises(gzm.PlaceNotFound):  # hotels are not kept
        gzm.geocode("Some Hotel", kind="site")
    assert gzm.added_countries() == ["SY"]
    # the rest of the gazetteer is still there
    assert gzm.geocode("Azaz").geonameid == 172082


def _default_index():
    import os

    saved = {
        k: os.environ.pop(k)
        for k in ("FRONTLINES_DATA_DIR", "FRONTLINES_CACHE_DIR")
        if k in os.environ
    }
    try:
        return gzm._ensure_index()
    finally:
        os.environ.update(saved)


def test_gazetteer_add_from_local_file(isolated, tmp_path):
    import gzip

    f = tmp_path / "SY.txt"
    f.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    assert gzm.add_countries([], files=[f]) == {"SY": 3}
    stored = isolated / "data" / "geonames" / "SY.txt.gz"
    with gzip.open(stored, "rt", encoding="utf-8") as fh:
        assert fh.read().splitlines() == ROWS
    assert [r.gid for r in gzm._dump_rows(stored)] == [990000001, 990000002]  # no hotel


def test_gazetteer_add_errors(isolated, local_server, tmp_path):
    with pytest.raises(ConnectionError, match="could not download"):
        gzm.add_countries(["IQ"], base_url=local_server)
    with pytest.raises(ValueError, match="two letters"):
        gzm.add_countries(["SYR"])
    bad = tmp_path / "SY.zip"
    bad.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(ValueError, match="not a valid zip"):
        gzm.add_countries([], files=[bad])


# --------------------------------------------------------------------------- geopy backend
class _Nominatim(http.server.BaseHTTPRequestHandler):
    calls: ClassVar[list[str]] = []
    mode = "ok"

    def do_GET(self):
        type(self).calls.append(self.path)
        if type(self).mode in ("500", "429"):
            self.send_response(int(type(self).mode))
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        if type(self).mode == "slow":
            import time

            time.sleep(1.5)
        if type(self).mode == "garbage":
            body = b"{not json"
        else:
            body = json.dumps(
                [
                    {
                        "lat": "36.3855",
                        "lon": "38.86228",
                        "display_name": "Ain Issa, Raqqa, Syria",
                        "importance": 0.5,
                        "type": "town",
                        "addresstype": "town",
                        "address": {"country_code": "sy"},
                    }
                ]
            ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def nominatim():
    _Nominatim.calls = []
    _Nominatim.mode = "ok"
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    yield f"127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def test_online_geocoder_is_rate_limited_and_cached(nominatim, tmp_path):
    from frontlines.geocoders import OnlineGeocoder

    geo = OnlineGeocoder(
        "nominatim",
        domain=nominatim,
        scheme="http",
        min_delay_seconds=0.01,
        cache_path=tmp_path / "cache.json",
    )
    p = geo.geocode("Ain Issa")
    assert (round(p.lat, 4), p.country_code, p.source) == (36.3855, "SY", "online-nominatim")
    geo.geocode("Ain Issa")
    assert len(_Nominatim.calls) == 1  # second answer from the cache
    again = OnlineGeocoder(
        "nominatim", domain=nominatim, scheme="http", cache_path=tmp_path / "cache.json"
    )
    again.geocode("Ain Issa")
    assert len(_Nominatim.calls) == 1  # the cache survives on disk


@pytest.mark.parametrize("mode", ["500", "429", "garbage", "slow"])
def test_online_failures_fall_back_to_offline(nominatim, tmp_path, mode):
    from frontlines.geocoders import OnlineGeocoder

    _Nominatim.mode = mode
    geo = OnlineGeocoder(
        "nominatim",
        domain=nominatim,
        scheme="http",
        min_delay_seconds=0.01,
        max_retries=1,
        cache_path=tmp_path / "c.json",
    )
    with pytest.warns(RuntimeWarning, match="offline gazetteer"):
        p = geo.geocode("Azaz")
    assert p.geonameid == 172082
    strict = OnlineGeocoder(
        "nominatim",
        domain=nominatim,
        scheme="http",
        min_delay_seconds=0.01,
        max_retries=0,
        fallback=False,
        cache_path=tmp_path / "d.json",
    )
    with pytest.raises(ConnectionError, match="failed"):
        strict.geocode("Azaz")


def test_cache_survives_a_kill_mid_write(nominatim, tmp_path, monkeypatch):
    from frontlines import geocoders

    path = tmp_path / "cache.json"
    geo = geocoders.OnlineGeocoder(
        "nominatim", domain=nominatim, scheme="http", min_delay_seconds=0.01, cache_path=path
    )
    geo.geocode("Ain Issa")
    before = path.read_bytes()

    def dies(obj, fh, **kw):
        fh.write('{"half": ')
        raise KeyboardInterrupt("killed mid-write")

    monkeypatch.setattr(geocoders.json, "dump", dies)
    with pytest.raises(KeyboardInterrupt):
        geo.geocode("Azaz, Syria")
    assert path.read_bytes() == before  # the old cache is whole
    assert not list(tmp_path.glob(".online-*"))  # and no half-written file is left behind
