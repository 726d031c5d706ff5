"""Packaged outlines: countries (Natural Earth 1:50m) and first-level divisions (1:10m)."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache

import numpy as np
import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from . import _geodesy as geo
from ._resources import data_path

__all__ = [
    "admin1_bbox",
    "admin1_shape",
    "border_zone",
    "countries",
    "country_shape",
    "part_of",
]


@lru_cache(maxsize=1)
def countries() -> dict[str, BaseGeometry]:
    """Country outlines by ISO 3166-1 alpha-2 code (EPSG:4326)."""
    with gzip.open(data_path("countries.geojson.gz"), "rt", encoding="utf-8") as fh:
        fc = json.load(fh)
    out: dict[str, BaseGeometry] = {}
    for f in fc["features"]:
        iso = f["properties"].get("iso")
        if iso:
            g = _valid(shape(f["geometry"]))
            out[iso] = out[iso].union(g) if iso in out else g
    return out


def country_shape(iso: str) -> BaseGeometry | None:
    return countries().get(iso.upper())


def part_of(whole: BaseGeometry | None, bearing: float | None) -> BaseGeometry | None:
    """The part of a country or a division that a compass word names ("northern Mali",
    "eastern Aleppo province": ``bearing`` 0, 90), as a share of its mainland's extent: the
    45 % toward a side (north, east, south, west), the quarter toward a corner (northeast …),
    the middle third both ways when ``bearing`` is None ("central Mali"). Islands in that
    share count; None without an outline."""
    if whole is None or whole.is_empty:
        return None
    mainland = max(getattr(whole, "geoms", [whole]), key=lambda g: g.area)
    x0, y0, x1, y1 = mainland.bounds
    w, h = x1 - x0, y1 - y0
    if bearing is None:
        cut = shapely.box(x0 + w / 3, y0 + h / 3, x1 - w / 3, y1 - h / 3)
    else:
        k = round((bearing % 360.0) / 45.0) % 8  # (north-northeast is toward the north)
        dx = (0, 1, 1, 1, 0, -1, -1, -1)[k]
        dy = (1, 1, 0, -1, -1, -1, 0, 1)[k]
        share = 0.55 if dx == 0 or dy == 0 else 0.5  # (of the extent, cut off the far side)
        xa, xb = (x0, x1) if dx == 0 else (x0 + w * share, x1) if dx > 0 else (x0, x1 - w * share)
        ya, yb = (y0, y1) if dy == 0 else (y0 + h * share, y1) if dy > 0 else (y0, y1 - h * share)
        cut = shapely.box(xa, ya, xb, yb)
    part = geo._polygonal(shapely.make_valid(whole.intersection(cut)))
    return None if part is None or part.is_empty else part


def border_zone(iso_a: str, iso_b: str, width_km: float) -> BaseGeometry | None:
    """The strip of country B within ``width_km`` of its border with country A (None when they
    share no border or an outline is missing)."""
    a, b = country_shape(iso_a), country_shape(iso_b)
    if a is None or b is None:
        return None
    c = b.centroid
    fwd, inv = geo._local(c.x, c.y)

    def project(g, tr):
        return shapely.transform(g, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))

    la, lb = project(a, fwd), project(b, fwd)
    shared = la.boundary.intersection(lb.buffer(2000.0))
    if shared.is_empty:
        return None
    zone = shared.buffer(width_km * 1000.0).intersection(lb)
    return geo._polygonal(shapely.make_valid(project(zone, inv)))


@lru_cache(maxsize=1)
def _admin1_features() -> dict[int, dict]:
    with gzip.open(data_path("admin1_shapes.geojson.gz"), "rt", encoding="utf-8") as fh:
        fc = json.load(fh)
    return {int(f["properties"]["geonameid"]): f["geometry"] for f in fc["features"]}


@lru_cache(maxsize=4096)
def _admin1_outline(geonameid: int) -> BaseGeometry | None:
    """One division's outline, built when first asked for (all of them take a second)."""
    g = _admin1_features().get(geonameid)
    return None if g is None else _valid(shape(g))


def _valid(g: BaseGeometry) -> BaseGeometry:
    """A valid polygonal version of a shape rounded for storage."""
    if g.is_valid:
        return g
    try:
        return shapely.make_valid(g, method="structure", keep_collapsed=False)
    except shapely.errors.GEOSException:
        return g.buffer(0)  # zero-width rebuild of the rings, no distance involved


def admin1_shape(geonameid: int) -> BaseGeometry | None:
    """Outline of a first-level division by GeoNames id, if shipped."""
    return _admin1_outline(int(geonameid))


@lru_cache(maxsize=1)
def _admin1_boxes() -> dict[int, tuple[float, float, float, float]]:
    import csv

    with open(data_path("admin1.tsv"), encoding="utf-8") as fh:
        return {
            int(r["geonameid"]): (
                float(r["minx"]),
                float(r["miny"]),
                float(r["maxx"]),
                float(r["maxy"]),
            )
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            if r["minx"]
        }


def admin1_bbox(geonameid: int) -> BaseGeometry | None:
    """Bounding box of a first-level division (of its towns when no outline is shipped)."""
    b = _admin1_boxes().get(int(geonameid))
    return shapely.box(*b) if b else None
