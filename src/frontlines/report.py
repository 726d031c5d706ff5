"""The Report: an article (or many) read into tables, and the entry points ``parse``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import Article, read_article
from .gazetteer import Gazetteer, get_gazetteer
from .geoparse import find_mentions, mention_records

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["Report", "parse"]

MENTION_COLUMNS = [
    "article_id", "mention_id", "start", "end", "text", "sentence", "sentence_id", "name",
    "geonameid", "feature_code", "kind", "country_code", "admin1", "population", "geo_precision",
    "confidence", "metonymic", "anaphoric", "antecedent", "qualifier", "candidates",
]


@dataclass
class Report:
    """What was read from one or more articles.

    Tables are GeoDataFrames in EPSG:4326, built on first access: ``mentions``.
    """

    articles: list[Article] = field(default_factory=list)
    _mention_recs: list[dict[str, Any]] = field(default_factory=list, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    # ---------------------------------------------------------------- article metadata
    @property
    def article(self) -> Article:
        if len(self.articles) != 1:
            raise AttributeError(
                f"this report holds {len(self.articles)} articles; use report.articles"
            )
        return self.articles[0]

    @property
    def text(self) -> str:
        """Clean text of the article (spans index it); for many articles, the texts joined."""
        if len(self.articles) == 1:
            return self.articles[0].text
        return "\n\n".join(a.text for a in self.articles)

    @property
    def title(self) -> str | None:
        return self.article.title

    @property
    def published(self) -> dt.date | None:
        return self.article.published

    @property
    def article_id(self) -> str:
        return self.article.article_id

    def text_of(self, article_id: str) -> str:
        """Clean text of one article of the report."""
        for a in self.articles:
            if a.article_id == article_id:
                return a.text
        raise KeyError(f"no article {article_id!r} in this report")

    # ---------------------------------------------------------------- tables
    @property
    def mentions(self) -> gpd.GeoDataFrame:
        """Every toponym occurrence, resolved: one row per mention."""
        if "mentions" not in self._cache:
            self._cache["mentions"] = _frame(self._mention_recs, MENTION_COLUMNS)
        return self._cache["mentions"]

    def __repr__(self) -> str:
        return (
            f"<Report {len(self.articles)} article(s), {len(self._mention_recs)} mentions>"
        )


def _frame(recs: list[dict[str, Any]], columns: list[str]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    if not recs:
        df = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")
    df = pd.DataFrame.from_records(recs)
    geom = gpd.points_from_xy(df.pop("lon"), df.pop("lat"))
    return gpd.GeoDataFrame(df, geometry=geom, crs="EPSG:4326")


def _read_one(article: Article, gazetteer: Gazetteer) -> dict[str, Any]:
    mentions = find_mentions(article, gazetteer)
    return {"mentions": mention_records(article, mentions), "_mentions": mentions}


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
        The article.
    published : date or str, optional
        Publication date; read from the text when not given.
    source, title, url, article_id : str, optional
        Metadata kept with every row.
    gazetteer : Gazetteer, optional
        Use this gazetteer instead of the default one.
    """
    art = read_article(
        text_or_path, published=published, title=title, url=url, source_name=source,
        article_id=article_id,
    )
    gz = gazetteer or get_gazetteer()
    res = _read_one(art, gz)
    return Report(articles=[art], _mention_recs=res["mentions"])


def parse_many(items: Iterable[Any], **kwargs: Any) -> Report:
    """Read many articles into one Report (paths, texts, or (text, published) pairs)."""
    gz = kwargs.pop("gazetteer", None) or get_gazetteer()
    rep = Report()
    for it in items:
        if isinstance(it, tuple):
            text, pub = it[0], it[1]
            r = parse(text, published=pub, gazetteer=gz, **kwargs)
        else:
            r = parse(it, gazetteer=gz, **kwargs)
        rep.articles += r.articles
        rep._mention_recs += r._mention_recs
    return rep
