"""frontlines: turn war reporting into maps.

>>> import frontlines as fl
>>> fl.geocode("Ain Issa")                       # offline gazetteer
>>> report = fl.parse("seeds/000_1bf4404fc41ad2f7.txt")
>>> report.mentions, report.claims, report.events  # GeoDataFrames

Heavy modules (geopandas, folium) are imported on first use, so ``import frontlines`` is quick.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "geocode": "gazetteer",
    "geocode_many": "gazetteer",
    "get_gazetteer": "gazetteer",
    "add_countries": "gazetteer",
    "add_places": "gazetteer",
    "Gazetteer": "gazetteer",
    "Place": "gazetteer",
    "PlaceNotFound": "gazetteer",
    "parse": "report",
    "parse_many": "report",
    "Report": "report",
    "Article": "article",
    "read_article": "article",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    mod = _LAZY.get(name)
    if mod is None:
        raise AttributeError(f"module 'frontlines' has no attribute {name!r}")
    value = getattr(import_module(f".{mod}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
