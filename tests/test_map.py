"""The Folium map as data: its layers, dates, popups, and the offline page (no browser here;
see test_browser.py for the page in Chromium)."""

from __future__ import annotations

import json
import re

import folium
import pytest

import frontlines as fl
from frontlines.mapping import LAYERS, make_map, stable_html


@pytest.fixture(scope="module")
def seeds():
    return fl.parse_many("seeds/", progress=False)


def _spec(fmap) -> dict:
    """The JSON handed to frontlinesDraw in the rendered page."""
    page = stable_html(fmap)
    m = re.search(r"frontlinesDraw\(map_[0-9a-f]+, (\{.*\}), \{", page, re.S)
    assert m, "no frontlinesDraw call in the page"
    return json.loads(m.group(1).replace("<\\/", "</"))


@pytest.fixture(scope="module")
def spec(seeds):
    return _spec(seeds.map())


def _layer(spec, key):
    return next(x["features"] for x in spec["layers"] if x["id"] == key)


def test_every_table_has_its_layer_and_dates(spec):
    ids = [x["id"] for x in spec["layers"]]
    assert ids == ["countries", *LAYERS]
    assert {"2016-05-27", "2017-10-14"} <= set(spec["dates"])
    assert spec["dates"] == sorted(spec["dates"])
    assert len(_layer(spec, "countries")) > 150  # offline base layer


def test_places_are_coloured_by_holder_on_the_article_date(spec, seeds):
    places = _layer(spec, "places")
    raqqa = [f for f in places if f["properties"]["tooltip"].endswith("→ Ar Raqqah")]
    assert raqqa
    held = [f for f in raqqa if "held by IS" in f["properties"]["popup"]]
    assert held and all(f["properties"]["t0"] in ("2016-05-27", "2017-10-14") for f in held)
    legend = {i["label"]: i["colour"] for b in spec["legend"] for i in b["items"]}
    assert all(f["properties"]["colour"] == legend["IS"] for f in held)


def test_popups_cite_sentence_and_article(spec, seeds):
    import html

    titles = {html.escape(a.title) for a in seeds.articles}
    for key in ("places", "claims", "events"):
        for f in _layer(spec, key):
            popup = f["properties"].get("popup")
            if popup is None:
                continue  # a claim's line to its anchor shares the claim's popup
            assert "<i>" in popup and any(t in popup for t in titles), popup


def test_events_have_shapes_actors_and_dates(spec, seeds):
    events = _layer(spec, "events")
    assert len(events) == len(seeds.events)
    mosul = [f for f in events if f["properties"]["event_type"] == "Government regains territory"]
    assert any(f["properties"]["actor"] == "Iraqi forces" for f in mosul)
    assert all(f["properties"]["symbol"] == "flag" for f in mosul)
    assert all(f["properties"]["t1"] is None for f in events)  # shown from their day on


def test_advances_have_an_arrowhead_pointing_at_the_target(spec, seeds):
    adv = _layer(spec, "advances")
    heads = [f for f in adv if f["properties"].get("symbol") == "arrowhead"]
    lines = [f for f in adv if f["geometry"]["type"] == "LineString"]
    assert len(heads) == len(lines) == len(seeds.advances)
    # SDF from Ain Issa south to Raqqa: the arrow heads roughly south (bearing ~180)
    sdf = [f for f in heads if f["properties"]["actor"] == "SDF"]
    assert sdf and 150 <= sdf[0]["properties"]["rotate"] <= 210


def test_control_intervals_and_zone_snapshots(spec):
    ctrl = _layer(spec, "control")
    mosul = sorted(
        (f["properties"]["t0"] or "", f["properties"]["tooltip"])
        for f in ctrl
        if f["properties"]["tooltip"].startswith("Mosul")
    )
    assert [t for _d, t in mosul] == [
        "Mosul: IS (… – 2017-07-01)",
        "Mosul: Iraqi forces (2017-07-01 – …)",
    ]
    zones = _layer(spec, "zones")
    assert zones and all("modelled" in f["properties"]["tooltip"] for f in zones)
    # snapshots do not overlap in time: on any date each holder has at most one zone
    for day in ("2016-05-27", "2017-10-14"):
        shown = [
            f["properties"]["tooltip"].split(" — ")[0]
            for f in zones
            if f["geometry"]["type"] != "LineString"
            and (f["properties"]["t0"] or "") <= day
            and (f["properties"]["t1"] is None or day < f["properties"]["t1"])
        ]
        assert shown and len(shown) == len(set(shown))


def test_options_at_event_days_and_no_zones(seeds):
    spec = _spec(seeds.map(at="2016-06-01", event_days=30, zones=False))
    assert spec["start"] == "2016-06-01" and "2016-06-01" in spec["dates"]
    assert _layer(spec, "zones") == []
    ev = [f for f in _layer(spec, "events") if f["properties"]["t0"] == "2016-05-27"]
    assert ev and all(f["properties"]["t1"] == "2016-06-27" for f in ev)
    with pytest.raises(ValueError, match="not a date"):
        seeds.map(at="next Tuesday-ish")
    with pytest.raises(ValueError, match="max_zone_dates"):
        seeds.map(max_zone_dates=0)


def test_self_contained_page_loads_nothing(seeds, tmp_path):
    path = seeds.to_html(tmp_path / "m.html", self_contained=True, tiles=None)
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+stylesheet", page)
    assert "leaflet.js (offline copy)" in page and "leaflet.css (offline copy)" in page
    assert "data:image/png;base64," in page  # Leaflet's control icons inlined
    assert "jquery" not in page.lower().split("</head>")[0]  # nothing here uses it
    cdn = seeds.to_html(tmp_path / "cdn.html").read_text(encoding="utf-8")
    assert 'src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"' in cdn


def test_self_contained_inlines_jquery_for_a_folium_popup_and_names_what_it_cannot(seeds):
    fmap = make_map(seeds, zones=False)
    folium.Marker([36.2, 37.1], popup="a note of mine").add_to(fmap)
    page = stable_html(fmap, self_contained=True)
    assert "jquery.min.js (offline copy)" in page
    fmap = make_map(seeds, zones=False)
    folium.Marker([36.2, 37.1], icon=folium.Icon(icon="star")).add_to(fmap)
    with pytest.raises(ValueError, match="awesome-markers"):
        stable_html(fmap, self_contained=True)


def test_article_text_is_never_read_as_a_template_or_renumbered(tmp_path):
    text = (
        "Heavy fighting in Aleppo on Monday, a resident wrote: {{ 7 * 7 }} {% if x %} "
        "ref 0123456789abcdef0123456789abcdef.</script><b>not bold</b>"
    )
    rep = fl.parse(text, published="2016-05-02")
    page = rep.to_html(tmp_path / "a.html").read_text(encoding="utf-8")
    assert "{{ 7 * 7 }}" in page and "{% if x %}" in page
    assert "0123456789abcdef0123456789abcdef" in page
    assert "&lt;b&gt;not bold&lt;/b&gt;" in page  # escaped in the popup
    assert page.count("</script>") == page.count("<script")  # nothing ended a script early


def test_same_report_same_bytes(seeds, tmp_path):
    a = seeds.to_html(tmp_path / "a.html", self_contained=True).read_bytes()
    b = fl.parse_many("seeds/", progress=False).to_html(tmp_path / "b.html", self_contained=True)
    assert a == b.read_bytes()


def test_report_displays_in_jupyter_with_its_map(seeds):
    html_text = seeds._repr_html_()
    assert "frontlines Report" in html_text and "2 article(s)" in html_text
    assert "<table" in html_text and "Government regains territory" in html_text
    assert "frontlinesDraw" in html_text  # folium's iframe with our map


def test_empty_report_gives_an_empty_map(tmp_path):
    rep = fl.parse("Nothing to see here.")
    spec = _spec(rep.map())
    assert all(not x["features"] for x in spec["layers"] if x["id"] != "countries")
    assert spec["dates"] == []
    assert rep.to_html(tmp_path / "e.html", self_contained=True).stat().st_size > 100_000


def test_control_popups_cite_their_articles(spec, seeds):
    import html

    titles = {html.escape(a.title) for a in seeds.articles}
    for f in _layer(spec, "control"):
        popup = f["properties"]["popup"]
        assert "<li>" in popup and any(t in popup for t in titles), popup
