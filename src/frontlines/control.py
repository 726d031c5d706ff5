"""Control over time: who holds which place, fused from many reports.

Evidence per place comes from three sources, ranked when they disagree on a date
(``data/lexicons/control.yaml``):

* changes — asserted captures, recaptures and losses (events);
* contested — fighting or a siege inside the place;
* implied — "retook X from IS" means IS held X before;
* states — descriptions as of the article's date: "the IS-held city", "the group's stronghold
  of Fallujah", "Mosul, the jihadists' de-facto capital".

Claimed or expected captures never change the holder; they are listed as ``conflicting``. A
description never overrides a change read from the same article (it may be an epithet of the
past). Later reports win over earlier ones, and on one date the higher rank wins.

Modelled areas (:func:`zones`) tessellate around places with a known holder in an equal-area
projection, clip to country outlines, and dissolve by holder; frontlines are where zones of
different holders meet, international borders excluded. Every modelled row says so
(``method``, ``modelled=True``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import shapely

from . import _geodesy as geo
from ._resources import load_lexicon
from .actors import ActorMention
from .article import Article
from .geoparse import Mention

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["Evidence", "find_holdings"]

CONTESTED = "contested"
LOCAL = ("city", "site", "admin2", "admin3")  # places one side can hold


@dataclass(slots=True)
class Evidence:
    """One piece of evidence about who holds a place on a date."""

    geonameid: int
    name: str
    lon: float
    lat: float
    date: pd.Timestamp
    holder: str
    kind: str  # change | contested | implied | state | claim
    rank: float
    article_id: str
    published: pd.Timestamp | None
    sentence: str
    confidence: float
    until: pd.Timestamp | None = None
    notes: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)
def _lex_cached(_key: int) -> dict[str, Any]:
    return load_lexicon("control")


def _lex() -> dict[str, Any]:
    return _lex_cached(id(load_lexicon("control")))


def _alt(words) -> str:
    return "|".join(
        r"\s+".join(map(re.escape, str(w).split())) for w in sorted(words, key=len, reverse=True)
    )


# --------------------------------------------------------------------------- reading
def find_holdings(
    article: Article, mentions: list[Mention], actors: list[ActorMention]
) -> list[dict[str, Any]]:
    """Statements of who holds a place, read around its mentions (as of the article's date)."""
    if article.published is None:
        return []
    lx = _lex()
    text = article.text
    held = re.compile(rf"([\w'’]+)-(?:{_alt(lx['held_suffixes'])})\b", re.IGNORECASE)
    poss = re.compile(rf"\b(?:{_alt(lx['possessions'])})\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
    poss_inner = re.compile(rf"\b(?:{_alt(lx['possessions'])})\b", re.IGNORECASE)
    held_by = re.compile(rf"^\W{{0,3}}\s*(?:{_alt(lx['held_by'])})\s+", re.IGNORECASE)
    out = []
    for m in mentions:
        if m.metonymic or m.demonym or m.place.kind not in LOCAL:
            continue
        s0, s1 = article.sentences[m.sentence]
        before = text[max(s0, m.start - 60) : m.start]
        holder = None
        how = ""
        # "the IS-held city" (inside an anaphor) or "IS-held Raqqa"
        span = text[m.start : m.end] if m.anaphoric else before[-25:]
        h = held.search(span)
        if h is not None:
            holder = _actor_at(
                actors,
                (m.start if m.anaphoric else m.start - len(span)) + h.start(1),
                m.start + (len(span) if m.anaphoric else 0),
            )
            how = h.group()
        if holder is None and poss.search(before):
            # "the IS de facto capital of Raqqa", "group's stronghold of Fallujah"
            holder = _actor_at(actors, m.start - len(before), m.start)
            how = poss.search(before).group().strip()
        if holder is None and m.anaphoric and poss_inner.search(m.text):
            holder = _actor_at(actors, m.start, m.end)  # "the jihadists' de-facto capital"
            how = m.text
        if holder is None:
            after = text[m.end : min(s1, m.end + 40)]
            hb = held_by.match(after)
            if hb is not None:
                holder = _actor_at(actors, m.end + hb.end(), m.end + hb.end() + 30, first=True)
                how = hb.group().strip()
        if holder is None:
            continue
        out.append(_holding(article, m, holder, how))
    seen = {(r["geonameid"], r["holder"]) for r in out}
    for m, holder, how in _controlled(article, mentions, actors, lx):
        if (m.place.geonameid, holder) not in seen:
            seen.add((m.place.geonameid, holder))
            out.append(_holding(article, m, holder, how))
    return out


def _holding(article: Article, m: Mention, holder: str, how: str) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "geonameid": m.place.geonameid,
        "name": m.place.name,
        "lon": m.lon,
        "lat": m.lat,
        "holder": holder,
        "how": how,
        "date": pd.Timestamp(article.published),
        "published": pd.Timestamp(article.published),
        "sentence": article.sentence_text(m.sentence),
        "confidence": round(0.6 * m.confidence + 0.2, 3),
    }


@lru_cache(maxsize=4)
def _control_res(_key: int) -> tuple[re.Pattern, ...]:
    lx = _lex()
    return (
        re.compile(rf"(?<![\w-])(?:{_alt(lx['control_verbs'])})(?![\w-])", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{_alt(lx['control_negations'])})\s+(?:\w+\s+)?$", re.I),
        re.compile(rf"[;:]|(?<![\w-])(?:{_alt(lx['control_clause_ends'])})(?![\w-])", re.I),
        re.compile(rf"(?<![\w-])(?:{_alt(lx['control_not_held'])})\s+(?:the\s+)?$", re.I),
        re.compile(
            rf"(?:\s+|,|\band\b|[A-Z][\w'’.-]*|(?i:\b(?:{_alt(lx['control_gap_words'])})\b))*"
        ),
    )


def _controlled(
    article: Article, mentions: list[Mention], actors: list[ActorMention], lx: dict[str, Any]
) -> list[tuple[Mention, str, str]]:
    """("RSF controls Nyala and Geneina": who holds each of the places after the verb)."""
    verb, negation, clause_end, not_held, gap = _control_res(id(lx))
    text = article.text
    out = []
    for v in verb.finditer(text):
        s0, s1 = article.sentences[article.sentence_of(v.start())]
        subject = [
            a for a in actors if s0 <= a.start and a.end <= v.start() and v.start() - a.end <= 40
        ]
        if not subject or clause_end.search(text, subject[-1].end, v.start()):
            continue
        if negation.search(text, max(s0, v.start() - 25), v.start()):
            continue  # "no longer controls", "seeks to control"
        end = s1
        stop = clause_end.search(text, v.end(), s1)
        if stop:
            end = stop.start()
        nxt = [a for a in actors if v.end() <= a.start < end]
        if nxt:
            end = nxt[0].start  # "… and the army holds El Fasher": the next actor's
        prev = v.end()
        for m in mentions:
            if not (prev <= m.start < end):
                continue
            if not gap.fullmatch(text, prev, m.start):
                break  # "hold talks in Geneva": not a list of held places
            prev = m.end
            if m.metonymic or m.demonym or m.place.kind not in LOCAL:
                continue
            if not_held.search(text, max(v.end(), m.start - 25), m.start):
                continue
            out.append((m, subject[-1].actor, text[v.start() : v.end()]))
    return out


def _actor_at(actors: list[ActorMention], lo: int, hi: int, *, first: bool = False) -> str | None:
    inside = [a for a in actors if lo <= a.start and a.end <= hi + 2]
    if not inside:
        return None
    return (inside[0] if first else inside[-1]).actor


# --------------------------------------------------------------------------- evidence
def gather(
    events: pd.DataFrame, holdings: pd.DataFrame, articles: dict[str, Article]
) -> list[Evidence]:
    """All evidence about holders, from the events and holdings tables of a report."""
    lx = _lex()
    rank = lx["rank"]
    cont_types = set(lx["contested_types"])
    inside = set(lx["inside_relations"])
    fallback = set(lx.get("fallback_relations") or [])
    ev: list[Evidence] = []
    # who took each place in each report: a withdrawal told beside it is the same change
    taken: dict[tuple[str, int], list[tuple[pd.Timestamp, str]]] = {}
    for r in events.itertuples():
        if (
            r.action in ("capture", "retake")
            and r.place_kind in LOCAL
            and isinstance(r.actor, str)
            and r.modality == "asserted"
            and r.geonameid is not None
            and not pd.isna(r.geonameid)
            and not pd.isna(r.date_start)
        ):
            taken.setdefault((r.article_id, int(r.geonameid)), []).append((r.date_start, r.actor))
    window = pd.Timedelta(days=int(lx["same_change_days"]))
    for r in events.itertuples():
        gid = r.geonameid
        if gid is None or pd.isna(gid) or pd.isna(r.date_start) or r.place_kind not in LOCAL:
            continue
        gid = int(gid)
        pub = articles[r.article_id].published
        pub = pd.Timestamp(pub) if pub else None
        pt = r.geometry if r.geometry.geom_type == "Point" else shapely.Point(r.geometry.coords[-1])
        common = {
            "geonameid": gid,
            "name": r.place_name or r.place,
            "lon": pt.x,
            "lat": pt.y,
            "article_id": r.article_id,
            "published": pub,
            "sentence": r.sentence,
            "confidence": float(r.confidence),
        }
        actor = r.actor if isinstance(r.actor, str) else None
        target = r.target_actor if isinstance(r.target_actor, str) else None
        asserted = r.modality == "asserted"
        day_before = r.date_start - pd.Timedelta(days=1)

        def add(date, holder, kind, common=common, **extra):
            ev.append(
                Evidence(
                    date=date, holder=holder, kind=kind, rank=rank.get(kind, 0), **common, **extra
                )
            )

        if r.action in ("capture", "retake") and actor:
            if asserted:
                add(r.date_start, actor, "change")
                if target:
                    add(day_before, target, "implied")  # "retook X from IS": IS held X before
            else:
                add(r.date_start, actor, "claim", notes=[f"{r.modality}: {r.trigger}"])
        elif r.action == "transfer" and asserted and target:
            # "Wagner handed over Kidal to the Malian army": the army holds it from then
            add(r.date_start, target, "change")
            if actor:
                add(day_before, actor, "implied")
        elif r.action == "retreat" and asserted and actor and r.place_relation in fallback:
            # "Congolese troops retreated towards Uvira": where they fell back to is theirs
            add(r.date_start, actor, "implied")
        elif r.action == "retreat" and asserted and actor:
            if any(
                who != actor and abs(when - r.date_start) <= window
                for when, who in taken.get((r.article_id, gid), ())
            ):
                continue  # "Ukraine took Sudzha … Russian forces retreated": the same change
            # "IS withdrew from Manbij": IS held it before; who holds it after is told by the
            # report of who took it (if any), so the loss alone ranks below a capture
            add(day_before, actor, "implied")
            if target:
                add(r.date_start, target, "change")
            else:
                add(r.date_start, CONTESTED, "contested", until=r.date_end)
        elif r.event_type in cont_types and asserted and r.place_relation in inside:
            when = r.date_start
            if r.time_precision >= 3 and pub is not None:
                when = min(r.date_end, pub)  # "in 2017": as of the report, not from January
            add(
                when,
                CONTESTED,
                "contested",
                until=r.date_end + pd.Timedelta(days=int(lx["contested_days"])),
            )
    for h in holdings.itertuples() if len(holdings) else []:
        ev.append(
            Evidence(
                geonameid=int(h.geonameid),
                name=h.name,
                lon=h.lon,
                lat=h.lat,
                date=h.date,
                holder=h.holder,
                kind="state",
                rank=rank["state"],
                article_id=h.article_id,
                published=h.published,
                sentence=h.sentence,
                confidence=float(h.confidence),
                notes=[h.how],
            )
        )
    return ev


# --------------------------------------------------------------------------- timeline
def timeline(evidence: list[Evidence]) -> pd.DataFrame:
    """Intervals of control per place: ``valid_from`` (NaT: not known when it began) …
    ``valid_to`` (NaT: still so at the last report)."""
    rows = []
    by_place: dict[int, list[Evidence]] = {}
    for e in evidence:
        by_place.setdefault(e.geonameid, []).append(e)
    for gid, items in by_place.items():
        facts = [e for e in items if e.kind != "claim"]
        claims = [e for e in items if e.kind == "claim"]
        # on one date the highest rank wins, then the latest report
        facts.sort(key=lambda e: (e.date, e.rank, e.published or pd.Timestamp.min, e.confidence))
        intervals: list[dict[str, Any]] = []
        cur: dict[str, Any] | None = None
        change_articles: dict[str, pd.Timestamp] = {}
        for e in facts:
            if (
                e.kind == "state"
                and cur is not None
                and cur["holder"] != e.holder
                and (e.article_id in change_articles and change_articles[e.article_id] <= e.date)
            ):
                cur["conflicting"].append(
                    _cite(e, "description from the same report as a change; the change wins")
                )
                continue
            if e.kind == "change":
                change_articles[e.article_id] = e.date
            if cur is not None and e.date == cur["valid_from"] and e.rank < cur["rank"]:
                cur["conflicting"].append(_cite(e, "outranked on the same date"))
                continue
            if cur is not None and cur["holder"] == e.holder:
                cur["sources"].append(_cite(e))
                cur["confidence"] = max(cur["confidence"], e.confidence)
                cur["rank"] = max(cur["rank"], e.rank)
                continue
            if cur is not None:
                if e.date == cur["valid_from"]:
                    # the higher-ranked (or later-reported) evidence of the day takes the
                    # interval; what it replaces stays visible as conflicting
                    cur["conflicting"] += [
                        f"{s} [replaced on the same date]" for s in cur["sources"]
                    ]
                    cur.update(
                        holder=e.holder, rank=e.rank, confidence=e.confidence, sources=[_cite(e)]
                    )
                    continue
                cur["valid_to"] = e.date
                intervals.append(cur)
            cur = {
                "geonameid": gid,
                "name": e.name,
                "lon": e.lon,
                "lat": e.lat,
                "holder": e.holder,
                "valid_from": pd.NaT if e.kind == "implied" and not intervals else e.date,
                "valid_to": pd.NaT,
                "rank": e.rank,
                "confidence": e.confidence,
                "sources": [_cite(e)],
                "conflicting": [],
            }
            if e.kind == "contested" and e.until is not None:
                cur["contested_until"] = e.until
        if cur is not None:
            intervals.append(cur)
        for c in claims:
            for iv in intervals:
                if covers(iv["valid_from"], iv["valid_to"], c.date):
                    iv["conflicting"].append(_cite(c, "claimed or expected, not confirmed"))
        for iv in intervals:
            iv.pop("rank", None)
            iv.pop("contested_until", None)
            rows.append(iv)
    df = pd.DataFrame(
        rows,
        columns=[
            "geonameid",
            "name",
            "lon",
            "lat",
            "holder",
            "valid_from",
            "valid_to",
            "confidence",
            "sources",
            "conflicting",
        ],
    )
    if len(df):
        df = df.sort_values(["name", "valid_from"], na_position="first", kind="stable")
    return df.reset_index(drop=True)


def covers(valid_from: Any, valid_to: Any, when: Any) -> Any:
    """Whether the interval [valid_from, valid_to) holds on ``when`` (a missing end is open).
    Scalars or aligned Series alike."""
    return (pd.isna(valid_from) | (valid_from <= when)) & (pd.isna(valid_to) | (when < valid_to))


def _cite(e: Evidence, why: str = "") -> str:
    s = f"{e.article_id}: {e.holder} ({e.kind}) — {e.sentence.strip()}"
    return f"{s} [{why}]" if why else s


def control_at(tl: pd.DataFrame, at: Any) -> pd.DataFrame:
    """One row per place: the interval of the timeline that holds on date ``at``."""
    at = pd.Timestamp(at)
    if not len(tl):
        return tl.assign(
            since=pd.Series(dtype="datetime64[ns]"), until=pd.Series(dtype="datetime64[ns]")
        )
    out = tl[covers(tl.valid_from, tl.valid_to, at)].copy()
    out["since"] = out.valid_from
    out["until"] = out.valid_to
    return out.drop(columns=["valid_from", "valid_to"]).reset_index(drop=True)


# --------------------------------------------------------------------------- zones
@lru_cache(maxsize=32)
def _equal_area(lon0: float, lat0: float):
    """Transformers to and from a Lambert azimuthal equal-area projection centred on a point."""
    return geo.projection_pair(f"+proj=laea +lat_0={lat0} +lon_0={lon0} +ellps=WGS84")


@lru_cache(maxsize=32)
def _land(isos: tuple[str, ...], lon0: float, lat0: float) -> tuple[Any, Any]:
    """The countries' union in the projection, and a 1 km band along its edge (where a zone's
    edge is a country's edge, not a frontline). Cached: zone snapshots share them."""
    from ._shapes import countries

    fwd, _inv = _equal_area(lon0, lat0)
    cshapes = countries()
    # an outline may self-touch once projected (Russia's, far from the centre): made valid
    land = shapely.union_all(shapely.make_valid([_project(cshapes[i], fwd) for i in isos]))
    borders = land.boundary.buffer(1000.0)
    shapely.prepare(borders)
    return land, borders


def _project(g, tr):
    return shapely.transform(g, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))


@dataclass
class _Tessellation:
    holders: dict[str, Any]  # holder -> projected geometry
    places: dict[str, int]
    land: Any  # projected union of the countries
    borders: Any  # a 1 km band along the land's edge
    inverse: Any  # transformer back to lon/lat


def tessellate(ctrl: pd.DataFrame, *, reach_km: float | None = None) -> _Tessellation | None:
    """Voronoi cells of the held places (equal-area projection), clipped to their countries and
    dissolved by holder; with ``reach_km``, each holder's area also stays within that geodesic
    distance of one of its places (what lies farther from every report is left unassigned)."""
    from ._shapes import countries

    if ctrl is None or not len(ctrl):
        return None
    pts = ctrl[["lon", "lat"]].to_numpy(dtype=float)
    cshapes = countries()
    isos = list(cshapes)
    tree = shapely.STRtree([cshapes[i] for i in isos])
    hit = tree.query(shapely.points(pts), predicate="within")[1]
    inside = [isos[i] for i in sorted(set(hit.tolist()))]
    if not inside:
        return None
    # centre rounded to 1 degree: snapshots of one war share the projection and the land
    lon0, lat0 = (round(float(v)) for v in np.mean(pts, axis=0))
    fwd, inv = _equal_area(lon0, lat0)
    land, borders = _land(tuple(inside), lon0, lat0)
    ppts = np.column_stack(fwd.transform(pts[:, 0], pts[:, 1]))
    uniq, idx = np.unique(np.round(ppts, 1), axis=0, return_index=True)
    holders = ctrl.holder.to_numpy()[idx]
    if len(uniq) == 1:
        cells = [(land, holders[0])]
    else:
        vor = shapely.voronoi_polygons(shapely.MultiPoint(uniq), extend_to=land.envelope.buffer(1))
        polys = shapely.get_parts(vor)
        cell_i, point_i = shapely.STRtree(shapely.points(uniq)).query(polys, predicate="contains")
        first = np.unique(cell_i, return_index=True)[1]  # one place per cell
        cells = [(polys[c], holders[p]) for c, p in zip(cell_i[first], point_i[first], strict=True)]
    if reach_km is not None and not (np.isfinite(reach_km) and reach_km > 0):
        raise ValueError(f"reach_km must be a positive number of kilometres; got {reach_km!r}")
    geoms: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for holder in sorted(set(holders)):
        mine = [c for c, h in cells if h == holder]
        g = shapely.make_valid(shapely.coverage_union_all(mine).intersection(land))
        if reach_km is not None:
            near = [
                _project(geo.sector(lon, lat, 0.0, reach_km), fwd)
                for (lon, lat), h in zip(pts, ctrl.holder.to_numpy(), strict=True)
                if h == holder
            ]
            g = shapely.make_valid(g.intersection(shapely.union_all(near)))
        if not g.is_empty and g.area > 0:
            geoms[holder] = g
            counts[holder] = int((holders == holder).sum())
    return _Tessellation(geoms, counts, land, borders, inv)


def zones(
    ctrl: pd.DataFrame,
    *,
    method: str = "voronoi",
    tess: _Tessellation | None = None,
    reach_km: float | None = None,
) -> gpd.GeoDataFrame:
    """Modelled control areas: Voronoi cells (equal-area projection) of places with a known
    holder, clipped to the countries they lie in, dissolved by holder."""
    import geopandas as gpd

    if method != "voronoi":
        raise ValueError(f"unknown zone method {method!r}; available: 'voronoi'")
    t = tess if tess is not None else tessellate(ctrl, reach_km=reach_km)
    cols = ["holder", "places", "area_km2", "method", "modelled"]
    if t is None or not t.holders:
        return gpd.GeoDataFrame({c: [] for c in cols}, geometry=[], crs="EPSG:4326")
    rows = [
        {
            "holder": h,
            "places": t.places[h],
            "area_km2": round(g.area / 1e6, 1),
            "method": method,
            "modelled": True,
            "geometry": shapely.make_valid(_project(g, t.inverse)),
        }
        for h, g in t.holders.items()
    ]
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def frontlines(
    ctrl: pd.DataFrame, *, method: str = "voronoi", tess: _Tessellation | None = None
) -> gpd.GeoDataFrame:
    """Lines where modelled zones of different holders meet, international borders excluded."""
    import geopandas as gpd

    cols = ["side_a", "side_b", "length_km", "method", "modelled"]
    t = tess if tess is not None else tessellate(ctrl)
    if t is None or len(t.holders) < 2:
        return gpd.GeoDataFrame({c: [] for c in cols}, geometry=[], crs="EPSG:4326")
    names = sorted(t.holders)
    for g in t.holders.values():
        shapely.prepare(g)
    rows = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if not t.holders[a].intersects(t.holders[b]):
                continue
            line = t.holders[a].boundary.intersection(t.holders[b].boundary)
            merged = _off_borders(line, t.borders)
            if merged is None:
                continue
            rows.append(
                {
                    "side_a": a,
                    "side_b": b,
                    "length_km": round(merged.length / 1000, 1),
                    "method": method,
                    "modelled": True,
                    "geometry": _project(merged, t.inverse),
                }
            )
    if not rows:
        return gpd.GeoDataFrame({c: [] for c in cols}, geometry=[], crs="EPSG:4326")
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def _off_borders(line: Any, borders: Any) -> Any:
    """The segments of a shared zone edge that do not run along a country's edge (their
    midpoint is outside the 1 km band), merged into lines; None if nothing is left."""
    parts = shapely.get_parts(shapely.get_parts(line))  # collections, then multi-parts
    parts = parts[shapely.get_type_id(parts) == 1]  # LineStrings
    if not len(parts):
        return None
    coords, index = shapely.get_coordinates(parts, return_index=True)
    same = index[:-1] == index[1:]  # consecutive vertices of one part
    a, b = coords[:-1][same], coords[1:][same]
    mid = (a + b) / 2.0
    keep = ~shapely.contains_xy(borders, mid[:, 0], mid[:, 1]) & np.any(a != b, axis=1)
    if not keep.any():
        return None
    segments = shapely.linestrings(np.stack([a[keep], b[keep]], axis=1))
    merged = shapely.line_merge(shapely.union_all(segments))
    return None if merged.is_empty or merged.length == 0 else merged


def land_area_km2(ctrl: pd.DataFrame) -> float:
    """Area of the countries the controlled places lie in (what zones tessellate)."""
    t = tessellate(ctrl)
    return 0.0 if t is None else t.land.area / 1e6


def changes(start_ctrl: pd.DataFrame, end_ctrl: pd.DataFrame) -> pd.DataFrame:
    """Places whose holder differs between two dates: who gained, who lost."""
    a = start_ctrl.set_index("geonameid") if len(start_ctrl) else pd.DataFrame()
    b = end_ctrl.set_index("geonameid") if len(end_ctrl) else pd.DataFrame()
    rows = []
    for gid in sorted(set(a.index) | set(b.index)) if len(a) or len(b) else []:
        h0 = a.holder.get(gid) if len(a) and gid in a.index else None
        h1 = b.holder.get(gid) if len(b) and gid in b.index else None
        if h0 == h1 or h1 is None:
            continue
        src = b.loc[gid] if len(b) and gid in b.index else a.loc[gid]
        rows.append(
            {
                "geonameid": int(gid),
                "name": src["name"],
                "lon": src["lon"],
                "lat": src["lat"],
                "lost_by": h0,
                "gained_by": h1,
                "since": b.since.get(gid) if len(b) else pd.NaT,
                "sources": src["sources"],
            }
        )
    return pd.DataFrame(
        rows,
        columns=["geonameid", "name", "lon", "lat", "lost_by", "gained_by", "since", "sources"],
    )
