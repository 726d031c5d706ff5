"""The Report: articles read into tables, and the entry points ``parse`` and ``parse_many``."""

from __future__ import annotations

import csv
import datetime as dt
import glob
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .actors import Actors, find_actors, load_actors
from .article import (
    ARTICLE_SUFFIXES,
    EXPORT_SUFFIXES,
    Article,
    _to_date,
    is_record_header,
    read_article,
    record_text,
)
from .claims import claim_records, find_claims, without_doubtful
from .control import find_holdings
from .events import _COMPOUND, event_records, find_events
from .gazetteer import Gazetteer, get_gazetteer
from .geoparse import across_border, drop_doubtful, find_mentions, mention_records, names_forces

if TYPE_CHECKING:
    import folium
    import geopandas as gpd

__all__ = ["Report", "parse", "parse_many"]

MENTION_COLUMNS = [
    "article_id",
    "published",
    "mention_id",
    "start",
    "end",
    "text",
    "sentence",
    "sentence_id",
    "name",
    "geonameid",
    "feature_code",
    "kind",
    "country_code",
    "admin1",
    "population",
    "geo_precision",
    "confidence",
    "metonymic",
    "anaphoric",
    "demonym",
    "dateline",
    "antecedent",
    "qualifier",
    "candidates",
]
CLAIM_COLUMNS = [
    "article_id",
    "published",
    "claim_id",
    "start",
    "end",
    "text",
    "sentence",
    "sentence_id",
    "subject",
    "subject_kind",
    "subject_geonameid",
    "anchor",
    "anchor_name",
    "anchor_geonameid",
    "anchor2_geonameid",
    "relation",
    "distance_km",
    "distance_min_km",
    "distance_max_km",
    "bearing_deg",
    "bearing_spread_deg",
    "qualifier",
    "check_km",
    "consistent",
    "notes",
]
EVENT_COLUMNS = [
    "article_id",
    "event_id",
    "start",
    "end",
    "trigger",
    "sentence",
    "sentence_id",
    "actor",
    "actor_text",
    "target_actor",
    "action",
    "event_type",
    "modality",
    "fatalities",
    "place",
    "place_relation",
    "place_kind",
    "place_name",
    "geonameid",
    "origin",
    "origin_geonameid",
    "date_start",
    "date_end",
    "time_precision",
    "date_source",
    "geo_precision",
    "confidence",
]
TABLES = (
    "mentions",
    "claims",
    "claim_estimates",
    "events",
    "advances",
    "control",
    "zones",
    "frontlines",
)


@dataclass
class Report:
    """What was read from one or more articles.

    Tables are GeoDataFrames in EPSG:4326, built on first access; every row carries the article
    id, the character span in the article's clean text and the sentence it came from.

    Attributes
    ----------
    articles : list of Article
    errors : list of dict
        Inputs that could not be read (``item``, ``error``), kept instead of aborting.
    """

    articles: list[Article] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    _records: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    # ---------------------------------------------------------------- article metadata
    @property
    def article(self) -> Article:
        """The article, when the report holds exactly one."""
        if len(self.articles) != 1:
            raise AttributeError(
                f"this report holds {len(self.articles)} articles; use report.articles"
            )
        return self.articles[0]

    @property
    def text(self) -> str:
        """Clean text of the article (the spans index it)."""
        return self.article.text

    @property
    def title(self) -> str | None:
        return self.article.title

    @property
    def published(self) -> dt.date | None:
        return self.article.published

    @property
    def article_id(self) -> str:
        return self.article.article_id

    def article_by_id(self, article_id: str) -> Article:
        """One article of the report by id."""
        for a in self.articles:
            if a.article_id == article_id:
                return a
        raise KeyError(f"no article {article_id!r} in this report")

    def text_of(self, article_id: str) -> str:
        """Clean text of one article (its mentions' spans index it)."""
        return self.article_by_id(article_id).text

    # ---------------------------------------------------------------- tables
    @staticmethod
    def table_names() -> tuple[str, ...]:
        return TABLES

    def _table(self, name: str, columns: list[str]) -> gpd.GeoDataFrame:
        if name not in self._cache:
            self._cache[name] = _frame(self._records.get(name, []), columns)
        return self._cache[name]

    @property
    def mentions(self) -> gpd.GeoDataFrame:
        """Every toponym occurrence, resolved: one row per mention (anaphors included)."""
        return self._table("mentions", MENTION_COLUMNS)

    @property
    def claims(self) -> gpd.GeoDataFrame:
        """Distance and direction claims: ``geometry`` is the region the claim allows,
        ``estimate`` the best point in it (a second geometry column)."""
        if "claims" not in self._cache:
            self._cache["claims"] = _claims_frame(self._records.get("claims", []))
        return self._cache["claims"]

    @property
    def events(self) -> gpd.GeoDataFrame:
        """Events: who did what where and when. Geometry: the place (a Point), or for advances
        read with an origin, the LineString from origin to target."""
        if "events" not in self._cache:
            self._cache["events"] = _events_frame(self._records.get("events", []), lines=True)
        return self._cache["events"]

    @property
    def advances(self) -> gpd.GeoDataFrame:
        """Advances and retreats with an origin and a target, as LineStrings (origin → target)."""
        ev = self.events
        return ev[ev.geometry.geom_type == "LineString"].reset_index(drop=True)

    def events_points(self) -> gpd.GeoDataFrame:
        """The events table with every event as a Point at its place (for point-only formats)."""
        return _events_frame(self._records.get("events", []), lines=False)

    # ---------------------------------------------------------------- control
    @property
    def holdings(self) -> gpd.GeoDataFrame:
        """Descriptions of who holds a place ("the IS-held city"), as of each article's date."""
        import geopandas as gpd
        import pandas as pd

        recs = self._records.get("holdings", [])
        df = (
            pd.DataFrame.from_records(recs)
            if recs
            else pd.DataFrame(
                columns=[
                    "article_id",
                    "geonameid",
                    "name",
                    "lon",
                    "lat",
                    "holder",
                    "how",
                    "date",
                    "published",
                    "sentence",
                    "confidence",
                ]
            )
        )
        return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df.lon, df.lat), crs="EPSG:4326")

    def _timeline_df(self):
        if "timeline" not in self._cache:
            from . import control as ctl

            ev = ctl.gather(
                self.events_points(), self.holdings, {a.article_id: a for a in self.articles}
            )
            self._cache["timeline"] = ctl.timeline(ev)
        return self._cache["timeline"]

    def timeline(self) -> gpd.GeoDataFrame:
        """The whole history of control per place, as intervals (``valid_from``, ``valid_to``;
        NaT where not known), with ``sources`` and ``conflicting`` evidence."""
        return _points(self._timeline_df())

    def control(self, at: Any = None) -> gpd.GeoDataFrame:
        """Who holds each place on date ``at`` (default: the latest article's date).

        Columns: ``holder`` (an actor, or ``contested``), ``since``, ``until``, ``confidence``,
        ``sources`` and ``conflicting`` (the sentences that support or disagree).
        """
        from .control import control_at

        return _points(control_at(self._timeline_df(), self._date(at)))

    def zones(
        self, at: Any = None, *, method: str = "voronoi", reach_km: float | None = None
    ) -> gpd.GeoDataFrame:
        """Modelled control areas on date ``at`` (labelled ``modelled=True`` with ``method``).

        By default they divide the whole of every country that holds a reported place; with
        ``reach_km`` a holder's area stays within that distance of one of its places, and what
        no report comes near is left unassigned.
        """
        from .control import zones

        ctrl, tess = self._tessellation(at, method, reach_km)
        return zones(ctrl, method=method, tess=tess)

    def frontlines(
        self, at: Any = None, *, method: str = "voronoi", reach_km: float | None = None
    ) -> gpd.GeoDataFrame:
        """Lines where modelled zones of different holders meet on date ``at`` (``reach_km``:
        as for :meth:`zones`)."""
        from .control import frontlines

        ctrl, tess = self._tessellation(at, method, reach_km)
        return frontlines(ctrl, method=method, tess=tess)

    def _tessellation(self, at: Any, method: str, reach_km: float | None = None) -> tuple[Any, Any]:
        """Control on a date and its tessellation, computed once per date for all callers."""
        from .control import control_at, tessellate

        when = self._date(at)
        key = ("tessellation", when, method, reach_km)
        if key not in self._cache:
            if method != "voronoi":
                raise ValueError(f"unknown zone method {method!r}; available: 'voronoi'")
            ctrl = control_at(self._timeline_df(), when)
            self._cache[key] = (ctrl, tessellate(ctrl, reach_km=reach_km))
        return self._cache[key]

    def changes(self, start: Any, end: Any, *, method: str = "voronoi") -> gpd.GeoDataFrame:
        """Advances and retreats between two dates: places that changed hands (Points), the
        modelled area each holder gained (Polygons, with km²), and the advances read in between
        (LineStrings). Column ``kind``: place | area | advance."""
        import geopandas as gpd
        import pandas as pd

        from .control import changes

        t0, t1 = pd.Timestamp(self._date(start)), pd.Timestamp(self._date(end))
        if t1 < t0:
            raise ValueError(f"changes() needs start <= end; got {t0.date()} > {t1.date()}")
        c0, c1 = self._tessellation(t0, method)[0], self._tessellation(t1, method)[0]
        rows: list[dict[str, Any]] = []
        for r in changes(c0, c1).itertuples():
            rows.append(
                {
                    "kind": "place",
                    "name": r.name,
                    "geonameid": r.geonameid,
                    "lost_by": r.lost_by,
                    "gained_by": r.gained_by,
                    "area_km2": None,
                    "date_start": t0,
                    "date_end": t1,
                    "geometry": gpd.points_from_xy([r.lon], [r.lat])[0],
                }
            )
        z0, z1 = self.zones(t0, method=method), self.zones(t1, method=method)
        g0 = dict(zip(z0.holder, z0.geometry, strict=True)) if len(z0) else {}
        for h, g in zip(z1.holder, z1.geometry, strict=True) if len(z1) else []:
            gained = g.difference(g0[h]) if h in g0 else g
            if gained.is_empty:
                continue
            km2 = (
                float(
                    gpd.GeoSeries([gained], crs="EPSG:4326")
                    .to_crs("+proj=cea +datum=WGS84 +units=m")
                    .area.iloc[0]
                )
                / 1e6
            )
            if km2 < 1.0:
                continue  # slivers of floating-point difference
            rows.append(
                {
                    "kind": "area",
                    "name": None,
                    "geonameid": None,
                    "lost_by": None,
                    "gained_by": h,
                    "area_km2": round(km2, 1),
                    "date_start": t0,
                    "date_end": t1,
                    "geometry": gained,
                }
            )
        adv = self.advances
        if len(adv):
            sel = adv[(adv.date_end >= t0) & (adv.date_start <= t1)]
            for r in sel.itertuples():
                rows.append(
                    {
                        "kind": "advance",
                        "name": r.place,
                        "geonameid": r.geonameid,
                        "lost_by": r.target_actor,
                        "gained_by": r.actor,
                        "area_km2": None,
                        "date_start": r.date_start,
                        "date_end": r.date_end,
                        "geometry": r.geometry,
                    }
                )
        cols = [
            "kind",
            "name",
            "geonameid",
            "lost_by",
            "gained_by",
            "area_km2",
            "date_start",
            "date_end",
        ]
        if not rows:
            return gpd.GeoDataFrame({c: [] for c in cols}, geometry=[], crs="EPSG:4326")
        return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")

    def _date(self, at: Any) -> Any:
        import pandas as pd

        if at is not None:
            return pd.Timestamp(_to_date(at, "date"))
        dates = [a.published for a in self.articles if a.published]
        return pd.Timestamp(max(dates)) if dates else pd.Timestamp.today().normalize()

    @property
    def claim_estimates(self) -> gpd.GeoDataFrame:
        """The claims with their point estimate as the geometry (for one-geometry formats)."""
        c = self.claims
        out = c.drop(columns=["geometry"]).rename(columns={"estimate": "geometry"})
        import geopandas as gpd

        return gpd.GeoDataFrame(out, geometry="geometry", crs="EPSG:4326")

    def extend(self, other: Report) -> None:
        """Add another report's articles and rows to this one."""
        self.articles += other.articles
        self.errors += other.errors
        for k, v in other._records.items():
            self._records.setdefault(k, []).extend(v)
        self._cache.clear()

    # ---------------------------------------------------------------- outputs
    def map(self, **options: Any) -> folium.Map:
        """An interactive Folium map with a time slider; ``options`` go to
        :func:`frontlines.mapping.make_map` (``at``, ``tiles``, ``zones``, ``event_days``...)."""
        from .mapping import make_map

        return make_map(self, **options)

    def to_html(
        self, path: str | os.PathLike, *, self_contained: bool = False, **options: Any
    ) -> Path:
        """Write the map to an HTML file (the same report always gives the same bytes).

        With ``self_contained=True`` Leaflet's script and styles are inlined from installed
        packages, so the page opens with no network (tiles aside: the packaged country
        outlines stand in for them)."""
        from .mapping import stable_html

        html_text = stable_html(self.map(**options), self_contained=self_contained)
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(html_text, encoding="utf-8")
        return p

    def to_gpkg(self, path: str | os.PathLike, *, qgis_project: bool = True) -> Path:
        """Write every table as a layer of a GeoPackage, styled for QGIS, and (by default) a
        QGIS project of the same name next to it (see :func:`frontlines.export.to_gpkg`)."""
        from .export import to_gpkg

        return to_gpkg(self, path, qgis_project=qgis_project)

    def to_geojson(self, folder: str | os.PathLike) -> list[Path]:
        """Write every table as GeoJSON files in a folder."""
        from .export import to_geojson

        return to_geojson(self, folder)

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{len(self._records.get(t, []))} {t}" for t in ("mentions", "claims", "events")
        )
        return f"<Report {len(self.articles)} article(s): {counts}>"

    def _repr_html_(self) -> str:
        """Jupyter: counts per table, the articles, the first events, and the map."""
        import html as _h

        counts = " · ".join(
            f"{len(self._records.get(t, []))} {t}" for t in ("mentions", "claims", "events")
        )
        arts = "".join(
            f"<tr><td>{_h.escape(a.title or a.article_id)}</td><td>{a.published or ''}</td>"
            f"<td>{len(a.text):,}</td></tr>"
            for a in self.articles[:10]
        )
        more = (
            f"<p>… and {len(self.articles) - 10} more articles</p>"
            if len(self.articles) > 10
            else ""
        )
        parts = [
            f"<div><b>frontlines Report</b>: {len(self.articles)} article(s) — {counts}"
            + (f" — {len(self.errors)} input(s) skipped" if self.errors else "")
            + "</div>",
            "<table><tr><th>title</th><th>published</th><th>characters</th></tr>"
            f"{arts}</table>{more}",
        ]
        ev = self.events
        if len(ev):
            cols = ["event_type", "actor", "target_actor", "place", "date_start", "modality"]
            parts.append("<div><b>Events</b> (first 10)</div>")
            parts.append(ev[cols].head(10).to_html(index=False, na_rep=""))
        if self._records.get("mentions"):
            parts.append(self.map(zones=False)._repr_html_())
        return "".join(parts)


def _frame(recs: list[dict[str, Any]], columns: list[str]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    if not recs:
        df = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")
    import shapely

    # (points built from the records and placed as a column: a quarter faster than popping
    # the coordinate columns and setting the geometry)
    df = pd.DataFrame.from_records(recs, exclude=["lon", "lat"])
    xy = shapely.points([r["lon"] for r in recs], [r["lat"] for r in recs])
    df["geometry"] = gpd.array.GeometryArray(xy, crs=_wgs84())
    return gpd.GeoDataFrame(df, geometry="geometry")


@lru_cache(maxsize=1)
def _wgs84() -> Any:
    from pyproj import CRS

    return CRS.from_epsg(4326)


def _claims_frame(recs: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    cols = [*CLAIM_COLUMNS, "anchor_lon", "anchor_lat"]
    if not recs:
        df = pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
        df["estimate"] = gpd.GeoSeries([], crs="EPSG:4326")
        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")
    df = pd.DataFrame.from_records(recs)
    est = gpd.GeoSeries(
        gpd.points_from_xy(df.pop("estimate_lon"), df.pop("estimate_lat")), crs="EPSG:4326"
    )
    geom = gpd.GeoSeries(df.pop("geometry"), crs="EPSG:4326")
    out = gpd.GeoDataFrame(df, geometry=geom, crs="EPSG:4326")
    out["estimate"] = est
    return out


def _points(df) -> gpd.GeoDataFrame:
    import geopandas as gpd

    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df.lon, df.lat), crs="EPSG:4326")


def _events_frame(recs: list[dict[str, Any]], *, lines: bool) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    if not recs:
        df = pd.DataFrame({c: pd.Series(dtype=object) for c in EVENT_COLUMNS})
        for c in ("date_start", "date_end"):
            df[c] = pd.Series(dtype="datetime64[ns]")
        df["fatalities"] = pd.Series(dtype="int64")
        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")
    df = pd.DataFrame.from_records(recs)
    pts = gpd.points_from_xy(df.pop("lon"), df.pop("lat"))
    paths = df.pop("path")
    regions = df.pop("region")
    df["region_wkt"] = [g.wkt if g is not None else None for g in regions]
    geom = [p if (lines and p is not None) else q for p, q in zip(paths, pts, strict=True)]
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geom, crs="EPSG:4326"), crs="EPSG:4326")


def _read_one(
    article: Article, gazetteer: Gazetteer, actors: Actors | None = None
) -> dict[str, list[dict[str, Any]]]:
    actors = actors or load_actors()
    mentions = find_mentions(article, gazetteer, keep_doubtful=True, actors=actors)
    # (a river, a lake or a sea crosses borders: "east of the Nile in Khartoum North", "near
    # Lake Chad"; a country across a border is not where the sentence is: "near the border
    # with Mali")
    located = [
        m
        for m in mentions
        if not m.doubtful
        and m.place.kind not in ("river", "lake", "sea", "continent")
        and not across_border(m, article.text)
        # (nor a country in a compound adjective: "a China-brokered ceasefire")
        and not _COMPOUND.match(article.text, m.end)
    ]

    def countries_at(pos: int) -> set[str]:
        s = article.sentence_of(pos)
        # a sentence naming no place is about the one before ("… protested in Dakar. Police
        # fired tear gas.")
        for k in (s, s - 1):
            named = [m for m in located if m.sentence == k]
            # "Government forces backed by Iranian-supported militias pushed into Aleppo": the
            # country of the places, not of an adjective, when the sentence names places
            # (nor of a country named before its forces: "backed by UAE troops")
            places = {
                m.place.country_code
                for m in named
                if not m.demonym and not names_forces(m, article.text)
            }
            if places or named:
                return places or {m.place.country_code for m in named}
        return set()

    acts = find_actors(
        article.text,
        actors,
        countries_at,
        article_countries={
            m.place.country_code
            for m in located
            if not m.demonym and not names_forces(m, article.text)
        },
    )
    claims = find_claims(article, mentions, acts, gazetteer=gazetteer)
    claims = without_doubtful(claims)
    mentions = drop_doubtful(mentions)  # the ones no claim placed
    events = find_events(article, mentions, acts, claims)
    return {
        "mentions": mention_records(article, mentions),
        "claims": claim_records(article, claims),
        "events": event_records(article, events),
        "holdings": find_holdings(article, mentions, acts),
    }


def parse(
    text_or_path: str | bytes | Path,
    *,
    published: Any = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Report:
    """Read one article (text, HTML, or a path to either) into a :class:`Report`.

    Parameters
    ----------
    text_or_path : str, bytes or path
        The article (text, HTML, or a table of event records; see
        :func:`~frontlines.article.read_article`).
    published : date or str, optional
        Publication date; read from the text when not given.
    source, title, url, article_id : str, optional
        Metadata kept with every row.
    gazetteer : Gazetteer, optional
        Use this gazetteer instead of the default one.

    Returns
    -------
    Report
    """
    art = read_article(
        text_or_path,
        published=published,
        title=title,
        url=url,
        source_name=source,
        article_id=article_id,
    )
    gz = gazetteer or get_gazetteer()
    return Report(articles=[art], _records=_read_one(art, gz))


# --------------------------------------------------------------------------- many articles
def iter_items(items: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Expand ``parse_many`` inputs into (label, keyword arguments for ``parse``).

    Accepts a folder, a glob pattern, a path to a file (an article, a ``.json`` or ``.tsv`` of
    event records, read as one article, or a ``.jsonl``/``.csv`` with a text column and
    optional date, ``title``, ``url`` and id columns: ``text``/``body`` or an event export's
    ``notes``, ``published``/``date``/``event_date``, ``id``/``event_id_cnty``; see
    ``_TEXT_COLUMNS``), texts, ``(text, published)`` pairs, dicts, or an iterable of any of
    these. A row of an event export that has no article text of its own
    (``text``, ``body``, ``content``, ``summary``) is read by all its fields, as ``parse`` reads
    a table of records: its location, actors and deaths with its notes, and its type, place,
    coordinates and dates when its notes tell no event (UCDP GED's rows, which have none).
    Nothing is loaded before it is needed.
    """
    if isinstance(items, str | Path):
        items = [items]
    for k, it in enumerate(items):
        if isinstance(it, tuple):
            if len(it) != 2:
                yield f"item {k}", {"_error": f"a tuple item is (text, published); got {len(it)}"}
                continue
            yield f"item {k}", {"text_or_path": it[0], "published": it[1]}
        elif isinstance(it, dict):
            kw = _row_kwargs(it)
            yield str(it.get("id", f"item {k}")), kw
        elif isinstance(it, Path) or (isinstance(it, str) and _is_path_like(it)):
            yield from _expand_path(str(it))
        elif isinstance(it, str | bytes):
            yield f"item {k}", {"text_or_path": it}
        else:
            yield f"item {k}", {"_error": f"cannot read a {type(it).__name__} as an article"}


def _is_path_like(s: str) -> bool:
    """Whether a string names files rather than holding an article's text: an existing path,
    a file name, or a glob pattern. A sentence with a question mark ("Who holds Bakhmut?") is
    text: a pattern has no blank unless its folder exists, and no part longer than a file
    name may be."""
    if len(s) >= 4096 or "\n" in s:
        return False
    if os.path.exists(s) or s.endswith((*ARTICLE_SUFFIXES, *EXPORT_SUFFIXES, "/")):
        return True
    parts = re.split(r"[\\/]", s)
    return (
        any(ch in s for ch in "*?[")
        and (" " not in s or (len(parts) > 1 and os.path.isdir(os.path.dirname(s))))
        and all(len(part) <= 255 for part in parts)
    )


# Column names of a row, first present wins: plain exports, and event records such as ACLED's
# (notes, event_date, event_id_cnty) and UCDP GED's (source_article, date_start, id).
_TEXT_COLUMNS = ("text", "body", "content", "notes", "description", "summary", "source_article")
_DATE_COLUMNS = ("published", "date", "event_date", "date_start", "publication_date")
_ID_COLUMNS = ("id", "event_id_cnty", "event_id", "article_id")


def _first(row: dict[str, Any], names: tuple[str, ...]) -> Any:
    return next((row[n] for n in names if row.get(n) not in (None, "")), None)


# (an article's own text, whose paragraphs are kept; a row without one that is an event record
# is read by all its fields, as parse() reads a table of them: ACLED's notes, the Global
# Terrorism Database's summary)
_ARTICLE_COLUMNS = ("text", "body", "content")


def _row_kwargs(row: dict[str, Any]) -> dict[str, Any]:
    text = _first(row, _TEXT_COLUMNS)
    if _first(row, _ARTICLE_COLUMNS) is None and is_record_header(row):
        text = record_text(row.items())
    if not text:
        return {"_error": f"row has no text column (one of {', '.join(_TEXT_COLUMNS)})"}
    rid = _first(row, _ID_COLUMNS)
    return {
        "text_or_path": text,
        "published": _first(row, _DATE_COLUMNS),
        "title": row.get("title") or None,
        "url": row.get("url") or None,
        "article_id": str(rid) if rid is not None else None,
    }


def _expand_path(s: str) -> Iterator[tuple[str, dict[str, Any]]]:
    p = Path(s)
    if any(ch in s for ch in "*?[") and not os.path.exists(s):
        paths = sorted(Path(x) for x in glob.glob(s, recursive=True))
        if not paths:
            yield s, {"_error": f"no file matches {s!r}"}
        for x in paths:
            yield from _expand_path(str(x))
        return
    if p.is_dir():
        files = sorted(
            x
            for x in p.rglob("*")
            if x.is_file() and x.suffix.lower() in (*ARTICLE_SUFFIXES, *EXPORT_SUFFIXES)
        )
        for x in files:
            yield from _expand_path(str(x))
        return
    if not p.exists():
        yield s, {"_error": f"{s!r} does not exist"}
        return
    if p.suffix.lower() == ".jsonl":
        with open(p, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield f"{p}:{n}", {"_error": f"invalid JSON: {exc}"}
                    continue
                if not isinstance(row, dict):
                    yield f"{p}:{n}", {"_error": "a JSONL line must hold an object"}
                    continue
                yield f"{p}:{n}", _row_kwargs(row)
        return
    if p.suffix.lower() == ".csv":
        with open(p, encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), 2):
                yield f"{p}:{n}", _row_kwargs(row)
        return
    yield str(p), {"text_or_path": p}


def parse_many(
    items: Any,
    *,
    workers: int | None = 1,
    progress: bool = False,
    engine: str = "local",
    client: Any = None,
    chunk_size: int = 32,
    output: str | os.PathLike | None = None,
    gazetteer: Gazetteer | None = None,
) -> Report:
    """Read many articles into one Report.

    Bad items (unreadable files, binary data, rows without text) are recorded in
    ``report.errors`` with the reason, and every good item is kept. Results come back in the
    order of the input whatever the engine.

    Parameters
    ----------
    items : folder, glob, path, text, (text, published) pairs, dicts, or an iterable of these
        See :func:`iter_items`; streamed, never loaded whole.
    workers : int or None
        Local processes; ``None`` uses every core. Each loads the gazetteer once.
    progress : bool
        Show a progress bar (tqdm).
    engine : {"local", "dask"}
        ``"dask"`` runs the same reading on a Dask cluster: pass ``client`` (a
        ``distributed.Client`` or a scheduler address).
    chunk_size : int
        Articles per task.
    output : path, optional
        Folder where each finished chunk is written at once (``part-NNNNN.gpkg`` and a resume
        file); a rerun with the same items and folder skips the chunks already there.
    gazetteer : Gazetteer, optional
    """
    from .parallel import read_chunks

    if workers is None:
        workers = os.cpu_count() or 1
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int or None, got {workers!r}")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive int, got {chunk_size!r}")
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(desc="articles", unit="art")
    rep = Report()
    try:
        for res in read_chunks(
            iter_items(items),
            workers=workers,
            engine=engine,
            chunk_size=chunk_size,
            gazetteer=gazetteer,
            output=output,
            client=client,
            progress=bar,
        ):
            rep.articles += res["articles"]
            rep.errors += res["errors"]
            for k, v in res["records"].items():
                rep._records.setdefault(k, []).extend(v)
    finally:
        if bar is not None:
            bar.close()
    return rep
