"""Geodesic regions on the WGS84 ellipsoid: rings, discs, sectors, wedges, corridors.

Every distance and bearing goes through ``pyproj.Geod``; buffers of lines are made in a local
azimuthal equidistant projection centred on the feature, in metres — never in degrees. Polygons
that cross the antimeridian are split into parts, and polygons that enclose a pole are closed
through it, so that shapely's planar predicates on (lon, lat) stay right.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry

GEOD = Geod(ellps="WGS84")

__all__ = [
    "GEOD",
    "corridor",
    "destination",
    "distance_km",
    "point_distance_km",
    "sector",
]


def destination(lon: float, lat: float, bearing_deg: float, dist_km: float) -> tuple[float, float]:
    """(lon, lat) reached from a point along a bearing over a geodesic distance."""
    x, y, _ = GEOD.fwd(lon, lat, bearing_deg, dist_km * 1000.0)
    return float(x), float(y)


def distance_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Geodesic distance in km."""
    return float(GEOD.inv(lon1, lat1, lon2, lat2)[2]) / 1000.0


def _arc(lon, lat, r_km, az_from, az_to, step=3.0):
    n = max(3, int(abs(az_to - az_from) / step) + 1)
    az = np.linspace(az_from, az_to, n)
    x, y, _ = GEOD.fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, r_km * 1000.0))
    return list(zip(np.asarray(x), np.asarray(y), strict=True))


def _radial(lon, lat, az, r0_km, r1_km, n=8):
    d = np.linspace(r0_km, r1_km, n) * 1000.0
    x, y, _ = GEOD.fwd(np.full(n, lon), np.full(n, lat), np.full(n, az), d)
    return list(zip(np.asarray(x), np.asarray(y), strict=True))


def _unwrap(pts: list[tuple[float, float]], lon0: float) -> list[tuple[float, float]]:
    lons = np.unwrap(np.radians([p[0] for p in pts]))
    lons = np.degrees(lons)
    # keep the ring near the anchor's longitude
    shift = 360.0 * np.round((lons[0] - lon0) / 360.0)
    return list(zip((lons - shift).tolist(), [p[1] for p in pts], strict=True))


def _ring_polygon(pts: list[tuple[float, float]], lon0: float) -> Polygon:
    """Polygon of a closed ring of (lon, lat) points, closed through a pole if it encloses one."""
    if pts[0] != pts[-1]:
        pts = [*pts, pts[0]]
    pts = _unwrap(pts, lon0)
    dl = pts[-1][0] - pts[0][0]
    if abs(dl) > 180.0:  # the ring winds around a pole: close it through the pole
        pole = 90.0 if np.mean([p[1] for p in pts]) > 0 else -90.0
        pts = [*pts, (pts[-1][0], pole), (pts[0][0], pole), pts[0]]
    return _polygonal(shapely.make_valid(Polygon(pts)))


def _polygonal(g: BaseGeometry) -> BaseGeometry:
    """The polygons of a geometry (make_valid can add stray lines or points)."""
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    polys = [p for p in getattr(g, "geoms", []) if p.geom_type in ("Polygon", "MultiPolygon")]
    flat = [q for p in polys for q in getattr(p, "geoms", [p])]
    if not flat:
        return Polygon()
    return flat[0] if len(flat) == 1 else MultiPolygon(flat)


def _wrap(geom: BaseGeometry) -> BaseGeometry:
    """Fold a geometry with longitudes beyond ±180 back into the usual range, split at ±180."""
    minx, _, maxx, _ = geom.bounds
    if minx >= -180.0 and maxx <= 180.0:
        return geom
    parts = []
    for k in range(-2, 3):
        window = box(-180.0 + 360.0 * k, -90.0, 180.0 + 360.0 * k, 90.0)
        piece = geom.intersection(window)
        if not piece.is_empty:
            parts.append(shapely.affinity.translate(piece, xoff=-360.0 * k))
    polys = [
        p
        for g in parts
        for p in (getattr(g, "geoms", None) or [g])
        if p.geom_type == "Polygon" and not p.is_empty
    ]
    if not polys:
        return Polygon()
    return _polygonal(shapely.make_valid(MultiPolygon(polys))) if len(polys) > 1 else polys[0]


def sector(
    lon: float,
    lat: float,
    r_min_km: float,
    r_max_km: float,
    bearing_deg: float | None = None,
    spread_deg: float | None = None,
) -> BaseGeometry:
    """The region between two geodesic circles, optionally only within bearing ± spread.

    ``r_min_km == 0`` and no bearing gives a disc; a bearing gives a ring sector (or a wedge when
    ``r_min_km == 0``). Longitudes are kept in -180..180 (split at the antimeridian).
    """
    if not (np.isfinite(lon) and np.isfinite(lat)) or not -90 <= lat <= 90:
        raise ValueError(f"anchor ({lat}, {lon}) is not a point on the globe")
    r_min_km = max(0.0, float(r_min_km))
    r_max_km = float(r_max_km)
    if r_max_km <= r_min_km:
        raise ValueError(f"outer radius {r_max_km} km must exceed inner radius {r_min_km} km")
    if bearing_deg is None or spread_deg is None or spread_deg >= 180.0:
        outer = _ring_polygon(_arc(lon, lat, r_max_km, 0.0, 360.0), lon)
        if r_min_km > 0:
            inner = _ring_polygon(_arc(lon, lat, r_min_km, 0.0, 360.0), lon)
            outer = outer.difference(inner)
        return _wrap(_polygonal(shapely.make_valid(outer)))
    a0, a1 = bearing_deg - spread_deg, bearing_deg + spread_deg
    if r_min_km > 0:
        pts = _arc(lon, lat, r_max_km, a0, a1) + _radial(lon, lat, a1, r_max_km, r_min_km)
        pts += _arc(lon, lat, r_min_km, a1, a0) + _radial(lon, lat, a0, r_min_km, r_max_km)
    else:
        pts = [(lon, lat), *_radial(lon, lat, a0, 0.0, r_max_km)[1:]]
        pts += _arc(lon, lat, r_max_km, a0, a1) + _radial(lon, lat, a1, r_max_km, 0.0)[:-1]
    return _wrap(_ring_polygon(pts, lon))


def _local(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    """Transformers to and from an azimuthal equidistant projection centred near (lon, lat)."""
    return _local_cached(round(float(lon), 2), round(float(lat), 2))


@lru_cache(maxsize=256)
def _local_cached(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    return projection_pair(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +ellps=WGS84")


def projection_pair(proj: str) -> tuple[Transformer, Transformer]:
    """Transformers from (lon, lat) degrees on WGS 84 to a projection's metres and back.

    Written as PROJ pipelines: built in a fraction of a millisecond, where going through two
    ``CRS`` objects looks both up in PROJ's database (some 25 ms a pair).
    """
    deg = "+step +proj=unitconvert +xy_in=deg +xy_out=rad"
    rad = "+step +proj=unitconvert +xy_in=rad +xy_out=deg"
    return (
        Transformer.from_pipeline(f"+proj=pipeline {deg} +step {proj}"),
        Transformer.from_pipeline(f"+proj=pipeline +step +inv {proj} {rad}"),
    )


def corridor(line: BaseGeometry, width_km: float) -> BaseGeometry:
    """All points within ``width_km`` of a (lon, lat) line, buffered in metres."""
    c = line.centroid
    fwd, inv = _local(c.x, c.y)
    local = shapely.transform(line, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    buf = local.buffer(width_km * 1000.0, quad_segs=16)
    back = shapely.transform(buf, lambda xy: np.column_stack(inv.transform(xy[:, 0], xy[:, 1])))
    return _wrap(_polygonal(shapely.make_valid(back)))


def geodesic_line(lon1: float, lat1: float, lon2: float, lat2: float, n: int = 32):
    """A densified geodesic between two points, as a LineString."""
    pts = GEOD.npts(lon1, lat1, lon2, lat2, max(0, n - 2))
    return shapely.LineString([(lon1, lat1), *pts, (lon2, lat2)])


def point_distance_km(geom: BaseGeometry, lon: float, lat: float) -> float:
    """Geodesic distance from a point to a region (0 inside), measured in a local projection."""
    if geom.is_empty:
        return float("nan")
    if geom.contains(shapely.Point(lon, lat)):
        return 0.0
    fwd, _ = _local(lon, lat)
    local = shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    return float(local.distance(shapely.Point(0.0, 0.0))) / 1000.0


def snap_to_line(line: BaseGeometry, lon: float, lat: float) -> tuple[float, float]:
    """The point of a line nearest a point (in a local projection)."""
    fwd, inv = _local(lon, lat)
    local = shapely.transform(line, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    p = local.interpolate(local.project(shapely.Point(0.0, 0.0)))
    x, y = inv.transform(p.x, p.y)
    return float(x), float(y)
