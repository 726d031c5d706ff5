"""Draw a Report on an interactive Folium map with a time slider.

Each table becomes one layer that the layer control toggles: places mentioned (coloured by who
held them on the article's date, where known), distance and direction claims (the region each
allows, its estimate, a dashed line to the anchor), events (a shape per type, a colour per
actor), advances (origin → target with an arrowhead), who holds what (control intervals) and the
modelled control zones and frontlines (one snapshot per date on which control changed). Every
feature carries its dates; the slider shows what was reported as of the chosen day (``t0 <= day
< t1``). Popups cite the sentence and the article (title, date, link when known).

The features of all layers are written once as GeoJSON and drawn by a small script shipped in
``frontlines/data/map`` — one object per feature in the page, none in Python — so the map of
10,000 events is written in about 3 s, most of it the zone snapshots (``benchmarks/
map_events.py``). ``self_contained=True`` inlines Leaflet (and
jQuery when a folium element needs it) from the ``XStatic-Leaflet`` and ``XStatic-jQuery``
packages, so the page works with no network; the country outlines from the packaged Natural
Earth data keep it readable without tiles.
"""

from __future__ import annotations

import base64
import gzip
import html
import importlib
import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import folium
from branca.element import Element, MacroElement

from ._resources import data_path, load_lexicon

if TYPE_CHECKING:
    import pandas as pd

    from .report import Report

__all__ = ["make_map", "stable_html"]

_PRECISION_RADIUS = {1: 6, 2: 6, 3: 8, 4: 10, 5: 10, 6: 12}
COUNTRIES = "Countries (Natural Earth)"
LAYERS = {  # id -> (title shown in the layer control, shown when the map opens)
    "places": ("Places mentioned", True),
    "claims": ("Distance and direction claims", True),
    "events": ("Events", True),
    "advances": ("Advances and retreats", True),
    "control": ("Who holds what (reported)", True),
    "zones": ("Control zones and frontlines (modelled)", False),
}


# --------------------------------------------------------------------------- public
def make_map(
    report: Report,
    *,
    at: Any = None,
    tiles: str | None = "OpenStreetMap",
    zoom_start: int = 6,
    zones: bool = True,
    max_zone_dates: int = 12,
    event_days: int | None = None,
) -> folium.Map:
    """A Folium map of the report with one toggleable layer per table and a time slider.

    Parameters
    ----------
    report : Report
    at : date-like, optional
        The day the slider starts on (default: the latest date in the report).
    tiles : str or None
        Folium tiles; ``None`` draws only the packaged country outlines.
    zoom_start : int
        Initial zoom when the report has fewer than two places to fit the view to.
    zones : bool
        Draw the modelled control zones and frontlines (a layer hidden at first).
    max_zone_dates : int
        At most this many zone snapshots (dates on which control changed; evenly thinned,
        the latest always kept), since each is a tessellation.
    event_days : int, optional
        Show an event for this many days after it ended; default: from its date on.

    Returns
    -------
    folium.Map
        Call ``.save()``, or pass it to :func:`stable_html` for reproducible (and offline) HTML.
    """
    if max_zone_dates < 1:
        raise ValueError(f"max_zone_dates must be at least 1, got {max_zone_dates!r}")
    if event_days is not None and (not isinstance(event_days, int) or event_days < 0):
        raise ValueError(f"event_days must be >= 0 or None, got {event_days!r}")
    style = load_lexicon("map")
    arts = {a.article_id: a for a in report.articles}
    timeline = report.timeline()
    colours = _Colours(style, report, timeline)
    layers = {
        "places": _places(report, arts, timeline, colours, style),
        "claims": _claims(report, arts, style),
        "events": _events(report, arts, colours, style, event_days),
        "advances": _advances(report, arts, colours),
        "control": _control(timeline, arts, colours),
        "zones": _zones(report, timeline, colours, style, max_zone_dates) if zones else [],
    }
    center, bounds = _view(layers)
    fmap = folium.Map(location=center, zoom_start=zoom_start, tiles=tiles, control_scale=True)
    # Our layers need Leaflet only; folium's other defaults (jQuery for folium.Popup, bootstrap,
    # awesome-markers for folium.Icon) stay for elements a user adds, and are dropped from a
    # self-contained page when nothing in it uses them.
    groups = {"countries": folium.FeatureGroup(name=COUNTRIES, show=True).add_to(fmap)}
    for key, (title, show) in LAYERS.items():
        groups[key] = folium.FeatureGroup(name=title, show=show).add_to(fmap)
    dates = sorted(
        {
            p[k]
            for features in layers.values()
            for f in features
            for p in (f["properties"],)
            for k in ("t0", "t1")
            if p.get(k)
        }
    )
    start = None
    if at is not None:
        start = report._date(at).strftime("%Y-%m-%d")
        dates = sorted({*dates, start})
    spec = {
        "layers": [{"id": "countries", "time": False, "features": list(_countries())}]
        + [{"id": k, "time": True, "features": v} for k, v in layers.items()],
        "dates": dates,
        "start": start,
        "legend": colours.legend(style, layers),
    }
    _Draw(spec, groups).add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    if bounds is not None:
        fmap.fit_bounds(bounds, padding=(30, 30))
    return fmap


def stable_html(fmap: Any, *, self_contained: bool = False) -> str:
    """The map's HTML with folium's random element ids numbered in order of appearance, so the
    same report always writes the same bytes; with ``self_contained`` every script and style
    sheet is inlined from installed packages (Leaflet from XStatic-Leaflet, jQuery from
    XStatic-jQuery when a folium element uses it); folium's default assets that nothing in the
    page uses are dropped, and an asset with no offline copy is a ValueError naming it."""
    root = fmap.get_root()
    text = root.render()
    ids = {i for i in _element_ids(root) if i in text}
    for n, (_pos, old) in enumerate(sorted((text.find(i), i) for i in ids)):
        text = text.replace(old, f"{n:032x}")
    return _inline_assets(text) if self_contained else text


def _element_ids(el: Any) -> Iterator[str]:
    """The random ids of an element and everything under it (folium names JS variables so)."""
    yield el._id
    for attr in ("header", "html", "script"):
        sub = getattr(el, attr, None)
        if isinstance(sub, Element):
            yield from _element_ids(sub)
    for child in el._children.values():
        yield from _element_ids(child)


# --------------------------------------------------------------------------- colours, legend
class _Colours:
    """One colour per actor or holder, the same in every layer and in the legend."""

    def __init__(self, style: dict[str, Any], report: Report, timeline: pd.DataFrame) -> None:
        ev = report.events
        names: set[str] = set()
        for col in ("actor", "target_actor"):
            if len(ev) and col in ev:
                names |= {a for a in ev[col].dropna() if isinstance(a, str)}
        if len(timeline):
            names |= set(timeline.holder.dropna())
        names.discard("contested")
        palette = style["palette"]
        self.by_name = {a: palette[i % len(palette)] for i, a in enumerate(sorted(names))}
        self.by_name["contested"] = style["contested"]
        self.unknown = style["unknown"]
        self.holders = sorted(set(timeline.holder.dropna())) if len(timeline) else []

    def __call__(self, name: Any) -> str:
        return self.by_name.get(name, self.unknown) if isinstance(name, str) else self.unknown

    def legend(self, style: dict[str, Any], layers: dict[str, list]) -> list[dict[str, Any]]:
        blocks = []
        actors = sorted(
            {
                f["properties"]["actor"]
                for key in ("events", "advances")
                for f in layers[key]
                if f["properties"].get("actor")
            }
        )
        if actors:
            blocks.append(
                {"title": "Actors", "items": [{"label": a, "colour": self(a)} for a in actors]}
            )
        if self.holders:
            blocks.append(
                {
                    "title": "Holders",
                    "items": [
                        {"label": h, "colour": self(h), "symbol": "ring"} for h in self.holders
                    ],
                    "note": "Zones and frontlines are modelled from the places reported held "
                    "(nearest place), not observed.",
                }
            )
        types = sorted({f["properties"]["event_type"] for f in layers["events"]})
        if types:
            sym = style["event_symbols"]
            blocks.append(
                {
                    "title": "Event types",
                    "items": [
                        {"label": t, "colour": "#444444", "symbol": sym.get(t, sym["default"])}
                        for t in types
                    ],
                }
            )
        return blocks


# --------------------------------------------------------------------------- layers
def _iso(values: Iterable[Any]) -> list[str | None]:
    """Dates as 'YYYY-MM-DD' (None where missing)."""
    import pandas as pd

    days = pd.to_datetime(pd.Series(list(values), dtype=object), errors="coerce")
    return [None if v != v else v for v in days.dt.strftime("%Y-%m-%d")]


def _cite(art: Any) -> str:
    """An article as a citation: title (linked when its URL is known) and date."""
    cite = html.escape(art.title or art.article_id)
    if art.url:
        cite = f'<a href="{html.escape(art.url)}" target="_blank" rel="noopener">{cite}</a>'
    if art.published:
        cite += f" ({art.published:%Y-%m-%d})"
    return cite


def _popup(title: str, sentence: Any, mark: Any, art: Any) -> str:
    """Popup HTML: a title, the sentence with the words read in bold, the article cited."""
    sent = html.escape(str(sentence or ""))
    if mark:
        m = html.escape(str(mark))
        sent = sent.replace(m, f"<b>{m}</b>", 1)
    cite = "" if art is None else _cite(art)
    return (
        f"<div class='fl-popup'><b>{html.escape(title)}</b><br><i>{sent}</i>"
        f"<br><small>{cite}</small></div>"
    )


def _feature(geometry: dict[str, Any], **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry, "properties": props}


def _point(x: float, y: float) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [round(float(x), 5), round(float(y), 5)]}


def _geojson(geom: Any) -> dict[str, Any]:
    import shapely

    return json.loads(shapely.to_geojson(shapely.set_precision(geom, 1e-5)))


def _places(
    report: Report, arts: dict, timeline: pd.DataFrame, colours: _Colours, style: dict[str, Any]
) -> list:
    """Places mentioned, coloured by their holder on the article's date where it is known."""
    m = report.mentions
    if not len(m):
        return []
    places = m[~m.metonymic.astype(bool) & ~m.demonym.astype(bool)]
    kinds = style["kinds"]
    holders = _holders_on(timeline, places.geonameid, places.published)
    out = []
    for row, holder, t0 in zip(places.itertuples(), holders, _iso(places.published), strict=True):
        title = f"{row.name} ({row.kind}, {row.country_code})"
        if row.anaphoric:
            title += " — anaphor"
        if holder:
            title += f" — held by {holder}"
        out.append(
            _feature(
                _point(row.geometry.x, row.geometry.y),
                colour=colours(holder) if holder else kinds.get(row.kind, "#333333"),
                radius=_PRECISION_RADIUS.get(int(row.geo_precision), 6),
                fill_opacity=0.6,
                popup=_popup(title, row.sentence, row.text, arts.get(row.article_id)),
                tooltip=f"{row.text} → {row.name}",
                kind=row.kind,
                t0=t0,
                t1=None,
            )
        )
    return out


def _holders_on(timeline: pd.DataFrame, gids: pd.Series, when: pd.Series) -> list[str | None]:
    """The holder of each place (geonameid) on each date, from the control timeline."""
    import pandas as pd

    from .control import covers

    if not len(timeline):
        return [None] * len(gids)
    q = pd.DataFrame({"geonameid": gids.to_numpy(), "when": pd.to_datetime(when).to_numpy()})
    q["row"] = range(len(q))
    t = timeline[["geonameid", "holder", "valid_from", "valid_to"]]
    j = q.merge(t, on="geonameid", how="inner")
    j = j[covers(j.valid_from, j.valid_to, j.when) & j.when.notna()]
    j = j.drop_duplicates("row", keep="last")
    found = dict(zip(j.row, j.holder, strict=True))
    return [found.get(i) for i in range(len(q))]


def _claims(report: Report, arts: dict, style: dict[str, Any]) -> list:
    """Each claim's allowed region (translucent), its estimate, a dashed line to the anchor."""
    c = report.claims
    colour = style["claims_colour"]
    out = []
    for row, t0 in zip(c.itertuples(), _iso(c.published), strict=True):
        title = f"{row.relation}: {row.subject} ↔ {row.anchor_name}"
        popup = _popup(title, row.sentence, row.text, arts.get(row.article_id))
        if row.geometry is not None and not row.geometry.is_empty:
            out.append(
                _feature(
                    _geojson(row.geometry),
                    colour=colour,
                    weight=1,
                    fill_opacity=0.15,
                    popup=popup,
                    tooltip=f"claim: {row.text}",
                    t0=t0,
                    t1=None,
                )
            )
        if row.estimate is not None and not row.estimate.is_empty:
            x, y = row.estimate.x, row.estimate.y
            out.append(
                _feature(
                    _point(x, y),
                    colour=colour,
                    radius=4,
                    fill_opacity=0.9,
                    popup=popup,
                    tooltip=f"estimate: {row.text}",
                    t0=t0,
                    t1=None,
                )
            )
            out.append(
                _feature(
                    {
                        "type": "LineString",
                        "coordinates": [
                            _point(row.anchor_lon, row.anchor_lat)["coordinates"],
                            _point(x, y)["coordinates"],
                        ],
                    },
                    colour=colour,
                    weight=1,
                    dash="4",
                    fill_opacity=0,
                    t0=t0,
                    t1=None,
                )
            )
    return out


def _event_titles(ev: pd.DataFrame) -> list[str]:
    """'type: actor against target (modality), start – end' for every event (column-wise)."""
    import pandas as pd

    start = pd.to_datetime(ev.date_start).dt.strftime("%Y-%m-%d").fillna("undated")
    end = pd.to_datetime(ev.date_end).dt.strftime("%Y-%m-%d")
    span = start.where(end.isna() | (end == start), start + " – " + end.fillna(""))
    actor = ev.actor.where(ev.actor.map(lambda v: isinstance(v, str)), "unknown actor")
    target = ev.target_actor.map(lambda v: f" against {v}" if isinstance(v, str) else "")
    titles = ev.event_type.astype(str) + ": " + actor + target + " (" + ev.modality.astype(str)
    return (titles + "), " + span).tolist()


def _events(
    report: Report, arts: dict, colours: _Colours, style: dict[str, Any], event_days: int | None
) -> list:
    """Events at their place: a shape per event type, a colour per actor."""
    import pandas as pd

    ev = report.events_points()
    if not len(ev):
        return []
    symbols = style["event_symbols"]
    t0s = _iso(ev.date_start)
    if event_days is None:
        t1s = [None] * len(ev)
    else:
        end = pd.to_datetime(ev.date_end).fillna(pd.to_datetime(ev.date_start))
        t1s = _iso(end + pd.Timedelta(days=event_days + 1))
    xs, ys = ev.geometry.x.to_numpy(), ev.geometry.y.to_numpy()
    actors = [a if isinstance(a, str) else None for a in ev.actor]
    out = []
    for i, (title, etype, sentence, trigger, aid) in enumerate(
        zip(_event_titles(ev), ev.event_type, ev.sentence, ev.trigger, ev.article_id, strict=True)
    ):
        out.append(
            _feature(
                _point(xs[i], ys[i]),
                colour=colours(actors[i]),
                symbol=symbols.get(etype, symbols["default"]),
                popup=_popup(title, sentence, trigger, arts.get(aid)),
                tooltip=title,
                event_type=etype,
                actor=actors[i],
                t0=t0s[i],
                t1=t1s[i],
            )
        )
    return out


def _advances(report: Report, arts: dict, colours: _Colours) -> list:
    """Advances and retreats: a line from origin to target and an arrowhead at the target."""
    from ._geodesy import GEOD

    adv = report.advances
    if not len(adv):
        return []
    out = []
    titles = _event_titles(adv)
    for row, t0, title in zip(adv.itertuples(), _iso(adv.date_start), titles, strict=True):
        popup = _popup(title, row.sentence, row.trigger, arts.get(row.article_id))
        coords = list(row.geometry.coords)
        colour = colours(row.actor)
        line = {"type": "LineString", "coordinates": [_point(*c)["coordinates"] for c in coords]}
        actor = row.actor if isinstance(row.actor, str) else None
        out.append(
            _feature(
                line,
                colour=colour,
                weight=3,
                fill_opacity=0,
                popup=popup,
                tooltip=title,
                actor=actor,
                t0=t0,
                t1=None,
            )
        )
        (x0, y0), (x1, y1) = coords[-2], coords[-1]
        _fwd, back, _d = GEOD.inv(x0, y0, x1, y1)
        out.append(
            _feature(
                _point(x1, y1),
                colour=colour,
                symbol="arrowhead",
                rotate=round((back + 180.0) % 360.0, 1),  # heading on arrival
                size=20,
                popup=popup,
                tooltip=title,
                actor=actor,
                t0=t0,
                t1=None,
            )
        )
    return out


def _cited(source: str, arts: dict) -> str:
    """A control source ("<article id>: holder (kind) — sentence") with its article cited."""
    aid, sep, rest = str(source).partition(": ")
    art = arts.get(aid) if sep else None
    if art is None:
        return html.escape(str(source))
    return f"{html.escape(rest)} <small>{_cite(art)}</small>"


def _control(timeline: pd.DataFrame, arts: dict, colours: _Colours) -> list:
    """Who holds each place, interval by interval, as reported (rings coloured by holder)."""
    out = []
    for row, t0, t1 in zip(
        timeline.itertuples(), _iso(timeline.valid_from), _iso(timeline.valid_to), strict=True
    ):
        span = f"{t0 or '…'} – {t1 or '…'}"
        sources = "".join(f"<li>{_cited(s, arts)}</li>" for s in list(row.sources)[:5])
        conflicting = list(row.conflicting) if row.conflicting is not None else []
        if conflicting:
            sources += f"<li><i>disputed by:</i> {_cited(conflicting[0], arts)}</li>"
        out.append(
            _feature(
                _point(row.lon, row.lat),
                colour=colours(row.holder),
                symbol="ring",
                size=24,
                popup=(
                    f"<div class='fl-popup'><b>{html.escape(row.name)}: held by "
                    f"{html.escape(row.holder)}</b> ({span})<ul>{sources}</ul></div>"
                ),
                tooltip=f"{row.name}: {row.holder} ({span})",
                t0=t0,
                t1=t1,
            )
        )
    return out


def _zone_dates(timeline: pd.DataFrame, limit: int) -> list:
    """The days on which control changed (thinned evenly to ``limit``, the latest kept)."""
    import pandas as pd

    days = pd.concat([timeline.valid_from, timeline.valid_to]).dropna().unique()
    days = sorted(pd.Timestamp(d) for d in days)
    if len(days) > limit:
        last = len(days) - 1
        picks = {last - round(i * last / max(limit - 1, 1)) for i in range(limit)}
        days = [days[i] for i in sorted(picks)]
    return days


def _zones(
    report: Report, timeline: pd.DataFrame, colours: _Colours, style: dict[str, Any], limit: int
) -> list:
    """Modelled zones and frontlines, one snapshot per change of control: each is shown from
    its day until the next (the first also before it, the last from its day on)."""
    import pandas as pd

    if not len(timeline):
        return []
    days = _zone_dates(timeline, limit)
    if not days:
        days = [report._date(None)]
    snapshots = [(days[0] - pd.Timedelta(days=1), None, days[0])]
    snapshots += [(d, d, days[i + 1] if i + 1 < len(days) else None) for i, d in enumerate(days)]
    out = []
    for when, start, end in snapshots:
        t0, t1 = _iso([start, end])
        label = f"as of {when:%Y-%m-%d}"
        for row in report.zones(when).itertuples():
            out.append(
                _feature(
                    _geojson(row.geometry),
                    colour=colours(row.holder),
                    weight=1,
                    fill_opacity=0.2,
                    tooltip=f"{row.holder} — modelled ({row.method}), {row.area_km2:,.0f} km², "
                    f"{label}",
                    t0=t0,
                    t1=t1,
                )
            )
        for row in report.frontlines(when).itertuples():
            out.append(
                _feature(
                    _geojson(row.geometry),
                    colour=style["frontline_colour"],
                    weight=3,
                    dash="6",
                    fill_opacity=0,
                    tooltip=f"frontline (modelled): {row.side_a} | {row.side_b}, {label}",
                    t0=t0,
                    t1=t1,
                )
            )
    return out


def _view(layers: dict[str, list], *, reach_km: float = 1500.0) -> tuple:
    """Map centre and bounds: the places and events (countries aside) within ``reach_km`` of
    their median, so that one mention of a far capital does not zoom the map out to the world."""
    import numpy as np

    from ._geodesy import GEOD

    pts = [
        f["geometry"]["coordinates"]
        for key in ("places", "events")
        for f in layers[key]
        if f["geometry"]["type"] == "Point" and f["properties"].get("kind") != "country"
    ]
    if not pts:
        return [20.0, 0.0], None
    xy = np.array(pts, dtype=float)
    cx, cy = float(np.median(xy[:, 0])), float(np.median(xy[:, 1]))
    _a, _b, dist = GEOD.inv(np.full(len(xy), cx), np.full(len(xy), cy), xy[:, 0], xy[:, 1])
    near = xy[dist <= reach_km * 1000.0]
    if len(near) < 2:
        return [cy, cx], None
    (x0, y0), (x1, y1) = near.min(axis=0), near.max(axis=0)
    if x0 == x1 and y0 == y1:
        return [cy, cx], None
    return [cy, cx], [[float(y0), float(x0)], [float(y1), float(x1)]]


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, Any], ...]:
    """Country outlines from the packaged Natural Earth data, so the map reads without tiles."""
    with gzip.open(data_path("countries.geojson.gz"), "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    style = {"colour": "#888888", "weight": 0.6, "fill": "#f2efe9", "fill_opacity": 0.4}
    return tuple(
        _feature(f["geometry"], tooltip=f["properties"]["name"], **style) for f in data["features"]
    )


def _asset_text(name: str) -> str:
    return data_path(f"map/{name}").read_text(encoding="utf-8")


class _Raw(Element):
    """Text put into the page as it is. (branca compiles what a MacroElement renders as a Jinja
    template: slow for megabytes of GeoJSON, and wrong for an article that contains "{{".)"""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


class _Draw(MacroElement):
    """The element that draws every layer's features with ``frontlines.js``."""

    _name = "FrontlinesDraw"

    def __init__(self, spec: dict[str, Any], groups: dict[str, Any]) -> None:
        super().__init__()
        self.spec = spec
        self.groups = groups

    def render(self, **kwargs: Any) -> None:
        # "</" cannot end the inline script early: JSON allows "<\/".
        spec = json.dumps(self.spec, ensure_ascii=False, separators=(",", ":"))
        spec = spec.replace("</", "<\\/")
        groups = ", ".join(f"{json.dumps(k)}: {g.get_name()}" for k, g in self.groups.items())
        script = (
            f"{_asset_text('frontlines.js')}\n"
            f"frontlinesDraw({self._parent.get_name()}, {spec}, "
            f"{{{groups}}});\n"
        )
        figure = self.get_root()
        figure.header.add_child(
            _Raw(f"<style>{_asset_text('frontlines.css')}</style>"), name="frontlines_css"
        )
        figure.script.add_child(_Raw(script), name=self.get_name())


# --------------------------------------------------------------------------- offline page
_SCRIPT_SRC = re.compile(r'<script\s+src="([^"]+)"\s*>\s*</script>')
_CSS_LINK = re.compile(r'<link\s+rel="stylesheet"\s+href="([^"]+)"\s*/?>')
# folium's default assets, and what in a page shows that it uses them
_ASSET_KINDS = (  # substring of the URL -> kind, first match wins
    ("jquery", "jquery"),
    ("glyphicons", "glyphicons"),
    ("awesome-markers", "awesome-markers"),
    ("fontawesome", "fontawesome"),
    ("awesome.rotate", "rotate"),
    ("bootstrap", "bootstrap"),
    ("leaflet", "leaflet"),
)
_USED_BY = {
    "jquery": ("$(", "jQuery"),
    "bootstrap": ("bootstrap.", "data-bs-", "data-toggle"),
    "awesome-markers": ("AwesomeMarkers",),
    "fontawesome": ("AwesomeMarkers", "fa-"),
    "glyphicons": ("AwesomeMarkers", "glyphicon"),
    "rotate": ("AwesomeMarkers",),
}


def _asset_kind(url: str) -> str:
    u = url.lower()
    return next((kind for key, kind in _ASSET_KINDS if key in u), "other")


def _offline_file(url: str) -> Path | None:
    """The copy of an asset installed from a registry package, if any."""
    name = url.rsplit("/", 1)[-1]
    kind = _asset_kind(url)
    module = {"leaflet": "xstatic.pkg.leaflet", "jquery": "xstatic.pkg.jquery"}.get(kind)
    if module is None:
        return None
    try:
        base = Path(importlib.import_module(module).BASE_DIR)
    except ImportError:
        return None
    names = [name, "jquery.min.js"] if kind == "jquery" else [name]
    return next((base / n for n in names if (base / n).is_file()), None)


def _css_with_data_urls(css: str, folder: Path) -> str:
    """Inline the images a style sheet refers to (Leaflet's layer-control icons)."""

    def repl(m: re.Match) -> str:
        ref = m.group(1).strip("'\"")
        p = folder / ref
        if ref.startswith("data:") or not p.is_file():
            return m.group(0)
        mime = "image/svg+xml" if p.suffix == ".svg" else f"image/{p.suffix.lstrip('.')}"
        return f"url(data:{mime};base64,{base64.b64encode(p.read_bytes()).decode()})"

    return re.sub(r"url\(([^)]+)\)", repl, css)


def _inline_assets(page: str) -> str:
    """Replace every external script and style sheet by its content, from installed packages;
    drop folium's default assets that nothing in the page uses; name what cannot be inlined."""
    cut = page.find("</head>")
    head, rest = (page[:cut], page[cut:]) if cut >= 0 else (page, "")
    body = _SCRIPT_SRC.sub("", _CSS_LINK.sub("", head)) + rest
    missing: list[str] = []

    def used(url: str) -> bool:
        kind = _asset_kind(url)
        return kind not in _USED_BY or any(tok in body for tok in _USED_BY[kind])

    def inline(m: re.Match, tag: str) -> str:
        url = m.group(1)
        if not used(url):
            return ""
        p = _offline_file(url)
        if p is None:
            missing.append(url)
            return m.group(0)
        content = p.read_text(encoding="utf-8")
        if tag == "script":
            content = content.replace("</script", "<\\/script")
        else:
            content = _css_with_data_urls(content, p.parent)
        return f"<{tag}>/* {p.name} (offline copy) */\n{content}\n</{tag}>"

    head = _SCRIPT_SRC.sub(lambda m: inline(m, "script"), head)
    page = _CSS_LINK.sub(lambda m: inline(m, "style"), head) + rest
    if missing:
        listed = "\n  ".join(missing)
        msg = (
            "self_contained=True: no offline copy is installed of\n  "
            f"{listed}\n(frontlines inlines Leaflet and jQuery from the XStatic-Leaflet and "
            "XStatic-jQuery packages; remove the element that needs the others, or write the "
            "map with self_contained=False)"
        )
        raise ValueError(msg)
    return page
