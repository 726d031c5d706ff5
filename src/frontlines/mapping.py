"""Draw a Report on an interactive Folium map."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import folium

    from .report import Report

__all__ = ["make_map", "stable_html"]

_RANDOM_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")


def stable_html(fmap: Any) -> str:
    """The map's HTML with folium's random element ids replaced by ones numbered in order of
    appearance, so that the same report always writes the same bytes."""
    html_text = fmap.get_root().render()
    ids: dict[str, str] = {}
    return _RANDOM_ID.sub(lambda m: ids.setdefault(m.group(), f"{len(ids):032x}"), html_text)


KIND_COLOURS = {
    "city": "#d62728",
    "site": "#d62728",
    "admin1": "#9467bd",
    "admin2": "#9467bd",
    "country": "#7f7f7f",
    "river": "#1f77b4",
    "sea": "#1f77b4",
    "region": "#8c564b",
}


def _popup(report: Report, row: Any, title: str) -> str:
    art = report.article_by_id(row.article_id)
    sent = html.escape(str(row.sentence))
    mark = html.escape(str(getattr(row, "text", None) or getattr(row, "trigger", "")))
    sent = sent.replace(mark, f"<b>{mark}</b>", 1)
    meta = html.escape(art.title or art.article_id)
    if art.url:
        meta = f'<a href="{html.escape(art.url)}" target="_blank">{meta}</a>'
    date = f" ({art.published})" if art.published else ""
    return (
        f"<div style='max-width:320px'><b>{html.escape(title)}</b><br>"
        f"<i>{sent}</i><br><small>{meta}{date}</small></div>"
    )


def make_map(
    report: Report, *, tiles: str | None = "OpenStreetMap", zoom_start: int = 6
) -> folium.Map:
    """A Folium map of the report: one toggleable layer per table, popups citing sentences."""
    import folium

    m = report.mentions
    places = m[~m.metonymic.astype(bool) & ~m.demonym.astype(bool)] if len(m) else m
    if len(places):
        center = [float(places.geometry.y.median()), float(places.geometry.x.median())]
    else:
        center = [20.0, 0.0]
    fmap = folium.Map(location=center, zoom_start=zoom_start, tiles=tiles, control_scale=True)
    _countries_layer().add_to(fmap)
    layer = folium.FeatureGroup(name="Places mentioned", show=True)
    for row in places.itertuples():
        colour = KIND_COLOURS.get(row.kind, "#333333")
        radius = {1: 6, 2: 6, 3: 8, 4: 10, 5: 10, 6: 12}.get(int(row.geo_precision), 6)
        title = f"{row.name} ({row.kind}, {row.country_code})" + (
            " — anaphor" if row.anaphoric else ""
        )
        folium.CircleMarker(
            location=[row.geometry.y, row.geometry.x],
            radius=radius,
            color=colour,
            fill=True,
            fill_opacity=0.6,
            popup=folium.Popup(_popup(report, row, title), max_width=360),
            tooltip=f"{row.text} → {row.name}",
        ).add_to(layer)
    layer.add_to(fmap)
    _claims_layer(report, folium).add_to(fmap)
    _events_layer(report, folium).add_to(fmap)
    _control_layers(report, folium, fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    if len(places) > 1:
        b = places.total_bounds
        fmap.fit_bounds([[b[1], b[0]], [b[3], b[2]]], padding=(30, 30))
    return fmap


ACTOR_COLOURS = [
    "#e41a1c",
    "#377eb8",
    "#4daf4a",
    "#984ea3",
    "#ff7f00",
    "#a65628",
    "#f781bf",
    "#999999",
    "#66c2a5",
    "#fc8d62",
]
TYPE_ICONS = {
    "Air/drone strike": "plane",
    "Shelling/artillery/missile attack": "bomb",
    "Armed clash": "crosshairs",
    "Attack": "exclamation",
    "Government regains territory": "flag",
    "Non-state actor overtakes territory": "flag",
    "advance": "arrow-right",
    "retreat": "arrow-left",
    "besieged": "circle-o-notch",
    "Civilian movement": "users",
}


def _claims_layer(report: Report, folium: Any) -> Any:
    """Claims: the region each allows (translucent), its estimate, a line to its anchor."""
    layer = folium.FeatureGroup(name="Distance and direction claims", show=True)
    for row in report.claims.itertuples():
        popup = folium.Popup(
            _popup(report, row, f"{row.relation}: {row.subject} ↔ {row.anchor_name}"), max_width=360
        )
        folium.GeoJson(
            row.geometry.__geo_interface__,
            style_function=lambda _f: {"color": "#ff7f00", "weight": 1, "fillOpacity": 0.15},
            popup=popup,
        ).add_to(layer)
        if row.estimate is not None and not row.estimate.is_empty:
            folium.CircleMarker(
                [row.estimate.y, row.estimate.x],
                radius=4,
                color="#ff7f00",
                fill=True,
                tooltip=f"estimate: {row.text}",
            ).add_to(layer)
            folium.PolyLine(
                [[row.anchor_lat, row.anchor_lon], [row.estimate.y, row.estimate.x]],
                color="#ff7f00",
                weight=1,
                dash_array="4",
            ).add_to(layer)
    return layer


def _events_layer(report: Report, folium: Any) -> Any:
    """Events: an icon per type, a colour per actor; advances as lines origin → target."""
    layer = folium.FeatureGroup(name="Events", show=True)
    ev = report.events
    actors = sorted({a for a in ev.actor.dropna()}) if len(ev) else []
    colour = {a: ACTOR_COLOURS[i % len(ACTOR_COLOURS)] for i, a in enumerate(actors)}
    for row in ev.itertuples():
        actor = row.actor if isinstance(row.actor, str) else "unknown"
        c = colour.get(actor, "#555555")
        when = f"{row.date_start:%Y-%m-%d}" if row.date_start == row.date_start else ""
        title = f"{row.event_type} — {actor} ({row.modality}) {when}"
        popup = folium.Popup(_popup(report, row, title), max_width=360)
        if row.geometry.geom_type == "LineString":
            folium.PolyLine(
                [[y, x] for x, y in row.geometry.coords],
                color=c,
                weight=3,
                popup=popup,
                tooltip=title,
            ).add_to(layer)
            x, y = row.geometry.coords[-1]
        else:
            x, y = row.geometry.x, row.geometry.y
        folium.Marker(
            [y, x],
            popup=popup,
            tooltip=title,
            icon=folium.Icon(
                color="white",
                icon_color=c,
                prefix="fa",
                icon=TYPE_ICONS.get(row.event_type, "info"),
            ),
        ).add_to(layer)
    return layer


def _control_layers(report: Report, folium: Any, fmap: Any) -> None:
    """Holders of places on the latest date, and the modelled zones and frontlines."""
    ctrl = report.control()
    if not len(ctrl):
        return
    holders = sorted(set(ctrl.holder))
    colour = {h: ACTOR_COLOURS[i % len(ACTOR_COLOURS)] for i, h in enumerate(holders)}
    colour["contested"] = "#000000"
    zl = folium.FeatureGroup(name="Control zones (modelled)", show=False)
    for row in report.zones().itertuples():
        c = colour.get(row.holder, "#777777")
        style = {"color": c, "weight": 1, "fillColor": c, "fillOpacity": 0.2}
        folium.GeoJson(
            row.geometry.__geo_interface__,
            style_function=lambda _f, style=style: style,
            tooltip=f"{row.holder} — modelled ({row.method}), {row.area_km2:,.0f} km²",
        ).add_to(zl)
    for row in report.frontlines().itertuples():
        folium.PolyLine(
            [[y, x] for x, y in _coords(row.geometry)],
            color="#000000",
            weight=3,
            dash_array="6",
            tooltip=f"frontline (modelled): {row.side_a} | {row.side_b}",
        ).add_to(zl)
    zl.add_to(fmap)
    cl = folium.FeatureGroup(name="Who holds what (latest report)", show=True)
    for row in ctrl.itertuples():
        since = f" since {row.since:%Y-%m-%d}" if row.since == row.since else ""
        folium.CircleMarker(
            [row.lat, row.lon],
            radius=9,
            color=colour.get(row.holder, "#777777"),
            weight=3,
            fill=False,
            tooltip=f"{row.name}: {row.holder}{since}",
            popup=folium.Popup("<br>".join(html.escape(s) for s in row.sources[:5]), max_width=360),
        ).add_to(cl)
    cl.add_to(fmap)


def _coords(g: Any) -> list[tuple[float, float]]:
    parts = getattr(g, "geoms", [g])
    return [c for p in parts for c in p.coords]


def _countries_layer() -> folium.GeoJson:
    """Country outlines from the packaged Natural Earth data, so the map reads without tiles."""
    import gzip
    import json

    import folium

    from ._resources import data_path

    with gzip.open(data_path("countries.geojson.gz"), "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return folium.GeoJson(
        data,
        name="Countries (Natural Earth)",
        style_function=lambda _f: {
            "color": "#888888",
            "weight": 0.6,
            "fillColor": "#f2efe9",
            "fillOpacity": 0.4,
        },
        tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False),
        control=True,
    )
