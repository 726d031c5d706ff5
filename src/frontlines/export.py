"""Write a Report's tables to files: GeoPackage (one layer per table) and GeoJSON."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import geopandas as gpd

    from .report import Report

__all__ = ["to_geojson", "to_gpkg"]


def _tables(report: Report, names: tuple[str, ...] | None = None) -> dict[str, gpd.GeoDataFrame]:
    """Every table with one geometry column of one kind (what GIS formats expect)."""
    out = {}
    for name in names or report.table_names():
        if name == "events":
            df = report.events_points()
        elif name == "control":
            df = report.timeline()  # every interval, for a time-enabled layer
        elif name in ("zones", "frontlines"):
            df = getattr(report, name)()  # modelled on the latest report's date
        else:
            df = getattr(report, name)
        if df is None:
            continue
        extra = [c for c in df.columns if c != df.geometry.name and str(df[c].dtype) == "geometry"]
        if extra:  # a second geometry column (claims' estimate) travels as WKT
            df = df.copy()
            for c in extra:
                df[f"{c}_wkt"] = df[c].to_wkt()
            df = df.drop(columns=extra)
        out[name] = df
    return out


def _prepare(df: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Sorted rows and file-friendly column types (bools as ints, no objects)."""
    import pandas as pd

    df = df.copy()
    for col in df.columns:
        if col == df.geometry.name:
            continue
        s = df[col]
        if pd.api.types.is_bool_dtype(s):
            df[col] = s.astype("int8")
        elif pd.api.types.is_datetime64_any_dtype(s):
            continue
        elif s.dtype == object and s.map(lambda v: isinstance(v, bool) or v is None).all():
            df[col] = s.map(lambda v: None if v is None else int(v)).astype("Int8")
        elif s.dtype == object and s.map(lambda v: isinstance(v, list)).any():
            df[col] = s.map(lambda v: " | ".join(map(str, v)) if isinstance(v, list) else v)
        elif s.dtype == object or pd.api.types.is_string_dtype(s):
            df[col] = s.map(lambda v: None if v is None or v is pd.NA else str(v))
    keys = [c for c in ("article_id", "start", "end") if c in df.columns]
    if keys:
        df = df.sort_values(keys, kind="stable").reset_index(drop=True)
    return df


def write_tables(report: Report, path: Path, *, tables: tuple[str, ...] | None = None) -> Path:
    """Write the named tables (all by default) as layers of a new GeoPackage at ``path``."""
    import pyogrio

    if path.exists():
        path.unlink()
    for name, df in _tables(report, tables).items():
        pyogrio.write_dataframe(_prepare(df), path, layer=name, driver="GPKG")
    return path


def to_gpkg(
    report: Report,
    path: str | os.PathLike,
    *,
    overwrite: bool = True,
    qgis_project: bool = True,
) -> Path:
    """Write every table of the report as a layer of one GeoPackage.

    Empty tables are written too (with their columns), so a layer's absence never hides a
    failure. Each layer carries a default QGIS style (``layer_styles``); with
    ``qgis_project`` a QGIS project of the same name (``.qgs``) is written next to it, which
    opens every layer styled and time-enabled. Returns the GeoPackage's path.
    """
    import pyogrio

    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        raise ValueError(f"a GeoPackage path ends in .gpkg; got {str(path)!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if overwrite and path.exists():
        path.unlink()
    from .styles import LAYER_STYLES, write_styles

    cats = {}
    for name, df in _tables(report).items():
        df = _prepare(df)
        pyogrio.write_dataframe(df, path, layer=name, driver="GPKG")
        if name in LAYER_STYLES:
            field = LAYER_STYLES[name][0]
            vals = df[field].dropna().astype(str) if field in df.columns else []
            cats[name] = sorted(set(vals))[:12]
    write_styles(path, cats)
    if qgis_project:
        from .styles import write_project

        write_project(path.with_suffix(".qgs"), path, cats, _time_range(report))
    return path


def _time_range(report: Report) -> tuple[str, str] | None:
    """First and last day of the report's articles and events (the project's time range)."""
    import pandas as pd

    days = [pd.Timestamp(a.published) for a in report.articles if a.published]
    ev = report.events
    if len(ev):
        for col in (ev.date_start, ev.date_end):
            days += pd.to_datetime(col).dropna().tolist()
    if not days:
        return None
    return min(days).strftime("%Y-%m-%d"), max(days).strftime("%Y-%m-%d")


def to_geojson(report: Report, folder: str | os.PathLike) -> list[Path]:
    """Write every table as ``<folder>/<table>.geojson`` (RFC 7946, EPSG:4326)."""
    import pyogrio

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in _tables(report).items():
        p = folder / f"{name}.geojson"
        if p.exists():
            p.unlink()
        pyogrio.write_dataframe(
            _prepare(df),
            p,
            driver="GeoJSON",
            layer=name,
            layer_options={"RFC7946": "YES", "WRITE_BBOX": "NO"},
        )
        written.append(p)
    return written
