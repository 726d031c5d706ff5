"""Default QGIS styles (QML) for the GeoPackage layers, time-enabled where rows are dated.

Each layer gets a categorised renderer (by kind, relation, event type, actor or holder) and,
where it has dates, temporal properties that QGIS's Temporal Controller uses as soon as the
layer loads: events and advances from ``date_start`` to ``date_end``, control intervals from
``valid_from`` to ``valid_to``, mentions and claims from the article's ``published`` date on.
The styles are stored in the GeoPackage's ``layer_styles`` table with ``useAsDefault=1``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

__all__ = ["LAYER_STYLES", "qml", "write_project", "write_styles"]


def _palette() -> list[str]:
    """The map lexicon's palette as QML 'r,g,b' strings (same colours as the HTML map)."""
    from ._resources import load_lexicon

    return [
        ",".join(str(int(h.lstrip("#")[i : i + 2], 16)) for i in (0, 2, 4))
        for h in load_lexicon("map")["palette"]
    ]


# layer -> (category field, geometry kind, temporal mode, start field, end field)
# temporal modes (QGIS): 1 instant from a field (accumulated), 2 start and end fields
LAYER_STYLES: dict[str, tuple[str, str, int, str, str]] = {
    "mentions": ("kind", "marker", 1, "published", ""),
    "claims": ("relation", "fill", 1, "published", ""),
    "claim_estimates": ("relation", "marker", 1, "published", ""),
    "events": ("event_type", "marker", 2, "date_start", "date_end"),
    "advances": ("actor", "line", 2, "date_start", "date_end"),
    "control": ("holder", "marker", 2, "valid_from", "valid_to"),
    "zones": ("holder", "fill", 0, "", ""),
    "frontlines": ("side_a", "line", 0, "", ""),
}


def _symbol(kind: str, rgb: str, name: str) -> str:
    if kind == "marker":
        layer = (
            f'<layer class="SimpleMarker" enabled="1" locked="0" pass="0">'
            f'<prop k="color" v="{rgb},230"/><prop k="name" v="circle"/>'
            f'<prop k="outline_color" v="35,35,35,255"/><prop k="outline_width" v="0.2"/>'
            f'<prop k="size" v="3"/><prop k="size_unit" v="MM"/></layer>'
        )
    elif kind == "line":
        layer = (
            f'<layer class="SimpleLine" enabled="1" locked="0" pass="0">'
            f'<prop k="line_color" v="{rgb},255"/><prop k="line_width" v="0.8"/>'
            f'<prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/></layer>'
        )
    else:
        layer = (
            f'<layer class="SimpleFill" enabled="1" locked="0" pass="0">'
            f'<prop k="color" v="{rgb},60"/><prop k="outline_color" v="{rgb},255"/>'
            f'<prop k="outline_width" v="0.4"/><prop k="style" v="solid"/></layer>'
        )
    return (
        f'<symbol type="{kind}" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">'
        f"{layer}</symbol>"
    )


def _style_parts(layer: str, values: list[str]) -> tuple[str, str]:
    """The temporal element and the categorised renderer of a layer's default style."""
    field, kind, mode, start, end = LAYER_STYLES[layer]
    cats, syms = [], []
    palette = _palette()
    for i, v in enumerate(values):
        cats.append(
            f'<category render="true" symbol="{i}" value={quoteattr(str(v))} '
            f"label={quoteattr(str(v))}/>"
        )
        syms.append(_symbol(kind, palette[i % len(palette)], str(i)))
    n = len(values)
    cats.append(f'<category render="true" symbol="{n}" value="" label="other"/>')
    syms.append(_symbol(kind, "120,120,120", str(n)))
    temporal = (
        f'<temporal enabled="{1 if mode else 0}" mode="{mode}" startField="{start}" '
        f'endField="{end}" accumulate="{1 if mode == 1 else 0}" durationField="" '
        f'durationUnit="min" fixedDuration="0" startExpression="" endExpression="">'
        f"<fixedRange><start></start><end></end></fixedRange></temporal>"
    )
    renderer = (
        f'<renderer-v2 type="categorizedSymbol" attr="{field}" forceraster="0" '
        f'symbollevels="0" enableorderby="0"><categories>{"".join(cats)}</categories>'
        f"<symbols>{''.join(syms)}</symbols></renderer-v2>"
    )
    return temporal, renderer


def qml(layer: str, values: list[str]) -> str:
    """The QML of a layer's default style, with one category per value (plus 'other')."""
    temporal, renderer = _style_parts(layer, values)
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        '<qgis version="3.22.0" styleCategories="AllStyleCategories" labelsEnabled="0">'
        f"{temporal}{renderer}</qgis>\n"
    )


_WGS84 = (
    "<spatialrefsys><wkt></wkt><proj4>+proj=longlat +datum=WGS84 +no_defs</proj4>"
    "<srsid>3452</srsid><srid>4326</srid><authid>EPSG:4326</authid>"
    "<description>WGS 84</description><projectionacronym>longlat</projectionacronym>"
    "<ellipsoidacronym>EPSG:7030</ellipsoidacronym><geographicflag>true</geographicflag>"
    "</spatialrefsys>"
)
_GEOMETRY = {"marker": "Point", "line": "Line", "fill": "Polygon"}


def write_project(
    path: Path,
    gpkg: Path,
    categories: dict[str, list[str]],
    time_range: tuple[str, str] | None,
) -> Path:
    """A QGIS project (.qgs) next to the GeoPackage: every layer styled, the dated ones with
    their temporal settings active, and the project's time range set for the Temporal
    Controller. (QGIS 3.22 applies a GeoPackage's default style on load but switches the
    temporal settings off again; a project keeps them on.) Layer paths are relative."""
    import os

    rel = os.path.relpath(gpkg, path.parent)
    order = [n for n in LAYER_STYLES if n in categories]
    tree, layers = [], []
    for name in order:
        lid = f"frontlines_{name}"
        source = quoteattr(f"./{rel}|layername={name}")
        tree.append(
            f'<layer-tree-layer id="{lid}" name="{name}" source={source} providerKey="ogr" '
            f'checked="{"Qt::Unchecked" if name in ("zones", "claims") else "Qt::Checked"}" '
            'expanded="0"><customproperties/></layer-tree-layer>'
        )
        temporal, renderer = _style_parts(name, categories[name])
        geometry = _GEOMETRY[LAYER_STYLES[name][1]]
        layers.append(
            f'<maplayer type="vector" geometry="{geometry}" autoRefreshEnabled="0" '
            f'styleCategories="AllStyleCategories"><id>{lid}</id>'
            f"<datasource>./{escape(rel)}|layername={escape(name)}</datasource>"
            f"<layername>{escape(name)}</layername><srs>{_WGS84}</srs>"
            f'<provider encoding="UTF-8">ogr</provider>{temporal}{renderer}</maplayer>'
        )
    times = ""
    if time_range:
        times = (
            '<ProjectTimeSettings timeStepUnit="d" timeStep="1" frameRate="1" cumulative="0">'
            f"<TemporalRange><start>{time_range[0]}T00:00:00Z</start>"
            f"<end>{time_range[1]}T23:59:59Z</end></TemporalRange></ProjectTimeSettings>"
        )
    xml = (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        '<qgis projectname="frontlines" version="3.22.0">'
        f"<title>frontlines: {escape(gpkg.name)}</title>"
        f"<projectCrs>{_WGS84}</projectCrs>"
        f"<layer-tree-group><customproperties/>{''.join(tree)}</layer-tree-group>"
        f"<projectlayers>{''.join(layers)}</projectlayers>"
        '<properties><Paths><Absolute type="bool">false</Absolute></Paths></properties>'
        f"{times}</qgis>\n"
    )
    path.write_text(xml, encoding="utf-8")
    return path


def write_styles(path: Path, categories: dict[str, list[str]]) -> None:
    """Store a default style per layer in the GeoPackage's ``layer_styles`` table."""
    con = sqlite3.connect(path)
    try:
        con.execute(
            "CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
            "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
            "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
            "update_time DATETIME DEFAULT '1970-01-01T00:00:00Z')"
        )
        con.execute(
            "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, "
            "last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', "
            "'1970-01-01T00:00:00.000Z')"
        )
        con.execute("DELETE FROM layer_styles")
        for layer, values in categories.items():
            geom = con.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)
            ).fetchone()
            con.execute(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
                "owner, ui, update_time) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', '', "
                "'1970-01-01T00:00:00Z')",
                (
                    layer,
                    geom[0] if geom else "geom",
                    f"frontlines {layer}",
                    qml(layer, values),
                    f"frontlines default style for {layer}",
                ),
            )
        con.commit()
    finally:
        con.close()
