"""The seeds' gold mentions are found and resolved; not-places and boilerplate stay out."""

from __future__ import annotations

import pytest
from conftest import GOLD_ARTICLES
from pyproj import Geod

GEOD = Geod(ellps="WGS84")


def _km(lat1, lon1, lat2, lon2) -> float:
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def _cases(key):
    return [
        pytest.param(
            a["file"],
            item,
            id=f"{a['file'][:3]}-{item['text'] if isinstance(item, dict) else item}",
        )
        for a in GOLD_ARTICLES
        for item in a.get(key, [])
    ]


@pytest.mark.parametrize(("file", "gm"), _cases("mentions"))
def test_gold_mention_found_and_resolved(seed_reports, file, gm):
    m = seed_reports[file].mentions
    rows = m[(m.text.str.casefold() == gm["text"].casefold()) & ~m.anaphoric]
    assert len(rows), f"{gm['text']!r} not found; found {sorted(set(m.text))}"
    for _, r in rows.iterrows():
        if "geonameid" in gm:
            assert r.geonameid == gm["geonameid"], (gm["text"], r["name"], r.geonameid)
        if "lat" in gm:
            d = _km(gm["lat"], gm["lon"], r.geometry.y, r.geometry.x)
            assert d <= gm.get("tol_km", 10), (gm["text"], d)
        assert bool(r.metonymic) == bool(gm.get("metonymic", False)), (gm["text"], r.sentence)


@pytest.mark.parametrize(("file", "text"), _cases("not_places"))
def test_not_places_stay_out(seed_reports, file, text):
    m = seed_reports[file].mentions
    overl = m[m.text.str.contains(text, case=False, regex=False)]
    assert overl.empty, overl[["text", "name"]]
    # nor any part of it as a place, where it stands in the text
    report_text = seed_reports[file].text
    start = report_text.find(text)
    while start >= 0:
        end = start + len(text)
        inside = m[(m.start < end) & (m.end > start)]
        assert inside.empty, (text, inside[["text", "name"]].to_dict("records"))
        start = report_text.find(text, end)


@pytest.mark.parametrize(("file", "text"), _cases("boilerplate_must_be_dropped"))
def test_boilerplate_dropped(seed_reports, file, text):
    assert text not in seed_reports[file].text


@pytest.mark.parametrize("art", GOLD_ARTICLES, ids=lambda a: a["file"][:3])
def test_article_metadata(seed_reports, art):
    r = seed_reports[art["file"]]
    assert str(r.published) == str(art["published"])
    assert r.title == art["title"]


@pytest.mark.parametrize("art", GOLD_ARTICLES, ids=lambda a: a["file"][:3])
def test_spans_index_clean_text(seed_reports, art):
    r = seed_reports[art["file"]]
    for _, row in r.mentions.iterrows():
        assert r.text[row.start : row.end] == row.text
        assert row.text in row.sentence


def test_ain_issa_anaphor_resolves_to_raqqa(seed_reports):
    m = seed_reports["000_1bf4404fc41ad2f7.txt"].mentions
    row = m[m.text == "the IS-held city"]
    assert len(row) == 1
    assert row.iloc[0].anaphoric and row.iloc[0].geonameid == 172955


def test_apposition_anaphor_resolves_to_mosul(seed_reports):
    m = seed_reports["002_c30f20c2c1f5e0b0.txt"].mentions
    row = m[m.text.str.contains("de-facto capital") & m.anaphoric]
    assert len(row) == 1 and row.iloc[0].geonameid == 99072
