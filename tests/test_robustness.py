"""Hostile and broken input, random text, and determinism of every output."""

from __future__ import annotations

import datetime as dt
import hashlib
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import frontlines as fl
from frontlines.article import ARTICLE_SUFFIXES, EXPORT_SUFFIXES


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "<html><body><p>IS seized <b>Raqqa</b> on Friday.<div>unclosed",
        "قصفت الطائرات مدينة الرقة",
        "Российские войска вошли в Бахмут",
        "5 from Azaz, 60 north",
        "IS seized Raqqa on February 30, 2016.",
        "Rebels were 5,000 km north of Azaz.",
        "Azaz " * 20_000,
        # (a clock time before a long word: a date line's pattern must not backtrack on it)
        "Updated 12:30 pneumonoultramicroscopicsilicovolcanoconiosisantidisestablishment!\n\n"
        "IS seized Raqqa.",
    ],
    ids=[
        "empty",
        "blank",
        "bad-html",
        "arabic",
        "cyrillic",
        "no-units",
        "no-such-date",
        "absurd",
        "repeated-names",
        "clock-and-capitals",
    ],
)
def test_hostile_text_gives_a_valid_report(text):
    r = fl.parse(text, published="2016-05-27")
    for name in ("mentions", "claims", "events"):
        df = getattr(r, name)
        assert df.crs.to_epsg() == 4326
        assert df.geometry.is_valid.all()


def test_binary_is_a_clear_error():
    with pytest.raises(ValueError, match="binary"):
        fl.parse(b"\x00\x01\x02\xff" * 100)


def test_invalid_utf8_is_decoded_with_a_warning():
    with pytest.warns(UnicodeWarning, match="not valid UTF-8"):
        r = fl.parse(b"Fighting near Azaz \xff\xfe continued.", published="2016-05-27")
    assert (r.mentions.geonameid == 172082).any()


def test_too_long_text_is_a_clear_error():
    with pytest.raises(ValueError, match="limit"):
        fl.parse("word " * 500_000)


def test_bad_dates_and_types_are_named():
    with pytest.raises(ValueError, match="not a date"):
        fl.parse("IS seized Raqqa.", published="2016-02-30")
    with pytest.raises(TypeError, match="text, bytes or a path"):
        fl.parse(12345)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        fl.parse("no/such/article.txt")


def test_a_one_line_text_with_a_question_mark_is_an_article_not_a_glob():
    """parse_many took "?" in a one-line text for a glob pattern: a short text gave "no file
    matches", a long one an OSError from the file system."""
    short = "Who holds Bakhmut? Russian forces captured Bakhmut on 20 May 2023."
    long = "Who holds it? " + "Russian forces captured Bakhmut on 20 May 2023. " * 8
    r = fl.parse_many([short, long, "What about 24/7 shelling of Kharkiv?"], progress=False)
    assert len(r.articles) == 3 and not r.errors
    assert set(r.events.place_name) >= {"Bakhmut"}


# ------------------------------------------------------------------ random text
PLACES = [
    "Azaz",
    "Raqqa",
    "Ain Issa",
    "Mosul",
    "Deir ez-Zor",
    "Aleppo province",
    "Syria",
    "Kyiv",
    "the city",
    "Paris",
    "Euphrates",
    "Turkey",
]
BITS = [
    "IS",
    "SDF",
    "seized",
    "retook",
    "5 km",
    "less than 60 kilometers",
    "north of",
    "near",
    "on Friday",
    "since Tuesday",
    "In July",
    "between",
    "and",
    ",",
    ".",
    "(3 miles)",
    "-3",
    "said",
    "the",
    "forces",
    "\n",
    "é",
    "‘",
    "’s",
    "NNE",
    "airstrikes on",
    "2-3 km",
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.sampled_from(PLACES), st.sampled_from(BITS), st.text(max_size=8)), max_size=60
    ),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_random_text_never_breaks_the_tables(words, published):
    text = " ".join(words)
    try:
        r = fl.parse(text, published=published)
    except ValueError as exc:  # only the documented input errors
        assert "binary" in str(exc) or "limit" in str(exc)
        return
    except FileNotFoundError:  # one line ending like a file name is read as its path
        assert "\n" not in text
        assert text.strip().lower().endswith((*ARTICLE_SUFFIXES, *EXPORT_SUFFIXES))
        return
    clean = r.text
    for df in (r.mentions, r.claims, r.events):
        assert df.geometry.is_valid.all()
    for row in r.mentions.itertuples():
        assert clean[row.start : row.end] == row.text
    for row in r.claims.itertuples():
        assert clean[row.start : row.end] == row.text
    ev = r.events
    if len(ev):
        assert (ev.date_start <= ev.date_end).all()
        assert (ev.date_start >= pd.Timestamp("1900-01-01")).all()
        assert (ev.date_end <= pd.Timestamp(published) + pd.Timedelta(days=1)).all() or (
            ev.date_source == "text"
        ).all()


# ------------------------------------------------------------------ determinism
def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_input_same_bytes_and_rows(tmp_path):
    import pyogrio

    outs = []
    for k in range(2):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rep = fl.parse_many("seeds/")
        d = tmp_path / f"run{k}"
        rep.to_html(d / "map.html")
        rep.to_geojson(d / "geojson")
        rep.to_gpkg(d / "out.gpkg")
        outs.append(d)
    a, b = outs
    assert _digest(a / "map.html") == _digest(b / "map.html")
    for f in sorted((a / "geojson").glob("*.geojson")):
        assert _digest(f) == _digest(b / "geojson" / f.name), f.name
    for layer, _ in pyogrio.list_layers(a / "out.gpkg"):
        x = pyogrio.read_dataframe(a / "out.gpkg", layer=layer)
        y = pyogrio.read_dataframe(b / "out.gpkg", layer=layer)
        pd.testing.assert_frame_equal(x, y)


@pytest.mark.parametrize(
    ("text", "published", "title"),
    [
        (
            "Army retakes Wad Madani\n\nPORT SUDAN, Sudan, Jan 11, 2025 (AFP) - The army said.",
            "2025-01-11",
            "Army retakes Wad Madani",
        ),
        ("Gaza, May 14, 2024 – Israeli tanks advanced into Rafah.", "2024-05-14", None),
        ("KYIV, Ukraine, 20 August 2024 (Reuters) - Russia said.", "2024-08-20", None),
        # no year, no date: the caller's date or none
        ("KYIV, Aug 20 (Reuters) - Russia said.", None, None),
        ("WASHINGTON (AP) — Officials said on March 3, 2020 that talks ended.", None, None),
        # (a dateline on a line of its own, the story below: a date, and no title)
        ("KHARTOUM, April 12, 2025 (AFP) -\n\nThe RSF shelled El Fasher.", "2025-04-12", None),
        ("May 3, 2024\n\nThe RSF shelled El Fasher.", "2024-05-03", None),
        # (a title that ends in its date)
        (
            "Russian Offensive Campaign Assessment, November 24, 2024\n\nRussian forces "
            "advanced in Kurakhove.",
            "2024-11-24",
            "Russian Offensive Campaign Assessment, November 24, 2024",
        ),
    ],
)
def test_a_wire_dateline_dates_the_article(text, published, title):
    from frontlines.article import read_article

    a = read_article(text)
    assert (str(a.published) if a.published else None, a.title) == (published, title)
    assert a.published_from == ("text" if published else "none")


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a news agency's slug before a headline is no part of it
        (
            "UPDATE 2-Sudan's army says it has retaken Bahri",
            "Sudan's army says it has retaken Bahri",
        ),
        ("EXCLUSIVE-Russian forces enter Kupiansk", "Russian forces enter Kupiansk"),
        ("Breaking: Explosions heard in Belgorod.", "Explosions heard in Belgorod."),
        # (a line that is only such a word stays)
        ("Update", "Update"),
    ],
)
def test_an_agency_slug_before_a_headline_is_dropped(text, clean):
    assert fl.parse(text).text == clean


def test_an_html_page_is_read_by_the_article_extractor(tmp_path):
    """trafilatura reads the page (its import needs lxml.html.clean, a package of its own
    since lxml 5.2): the article's title and publication time from the page's metadata, its
    navigation, asides and footer gone."""
    import trafilatura  # noqa: F401  (the extractor imports: no silent fallback)

    p = tmp_path / "page.html"
    p.write_text(
        "<!DOCTYPE html><html><head><title>Russian forces capture village | World News</title>"
        '<meta property="article:published_time" content="2024-11-22T10:15:00Z">'
        '<meta property="og:title" content="Russian forces capture village"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        "<article><h1>Russian forces capture village</h1><p>Russian troops have captured the "
        "village of Novohrodivka, about 20 km southeast of Pokrovsk, the Russian Defence "
        "Ministry said on Friday. Ukraine's military said its forces were holding their "
        "positions near Selydove.</p></article>"
        "<aside><h3>Related</h3><ul><li>Israel strikes Beirut suburbs</li></ul></aside>"
        "<footer>All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    r = fl.parse(p)
    assert r.title == "Russian forces capture village"
    assert str(r.published)[:10] == "2024-11-22"
    assert "Beirut" not in r.text and "rights reserved" not in r.text
    assert {"Novohrodivka", "Pokrovsk", "Selydove"} <= set(r.mentions.text)
