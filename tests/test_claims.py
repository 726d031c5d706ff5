"""Distance and direction claims: seeds, many phrasings, and geodesic properties."""

from __future__ import annotations

import math

import pytest
import shapely
from conftest import GOLD_ARTICLES
from hypothesis import given, settings
from hypothesis import strategies as st

import frontlines as fl
from frontlines import _geodesy as geo

GOLD_000 = next(a for a in GOLD_ARTICLES if a["file"].startswith("000"))


def _claim(report, contains):
    c = report.claims
    rows = c[c.sentence.str.contains(contains, regex=False) & c.relation.str.startswith("dist")]
    assert len(rows) == 1, c[["text", "relation"]]
    return rows.iloc[0]


def test_seed_azaz_ring(seed_reports):
    gold = GOLD_000["claims"][0]
    r = _claim(seed_reports[GOLD_000["file"]], gold["sentence_contains"])
    assert r.subject == gold["subject"] and r.subject_kind == "actor"
    assert r.anchor_geonameid == gold["anchor"]["geonameid"]
    assert r.distance_km == gold["distance_km"] and r.qualifier == gold["qualifier"]
    assert math.isnan(r.bearing_deg) if r.bearing_deg is not None else True
    azaz = fl.geocode("Azaz")
    # a ring: the anchor itself is outside, points at 5 km in every direction are inside
    assert not r.geometry.contains(azaz.point)
    for b in range(0, 360, 30):
        assert r.geometry.contains(shapely.Point(*geo.destination(azaz.lon, azaz.lat, b, 5.0)))
    assert not r.geometry.contains(shapely.Point(*geo.destination(azaz.lon, azaz.lat, 0, 9.0)))


def test_seed_ain_issa_sector(seed_reports):
    gold = GOLD_000["claims"][1]
    r = _claim(seed_reports[GOLD_000["file"]], gold["sentence_contains"])
    assert r.anchor == gold["anchor"]["text"]
    assert r.anchor_geonameid == gold["anchor"]["geonameid"]
    assert r.subject_geonameid == 172134 and r.subject_kind == "place"
    assert (r.distance_km, r.qualifier, r.bearing_deg) == (60, "at_most", 0)
    truth = shapely.Point(gold["truth"]["lon"], gold["truth"]["lat"])
    assert r.geometry.contains(truth)
    assert r.check_km == 0 and r.consistent
    # the estimate is north of Raqqa, inside the region, close to Ain Issa
    assert r.geometry.contains(r.estimate)
    assert geo.distance_km(r.estimate.x, r.estimate.y, truth.x, truth.y) < 25
    raqqa = fl.geocode("Raqqa")
    assert not r.geometry.contains(shapely.Point(*geo.destination(raqqa.lon, raqqa.lat, 180, 30)))
    assert not r.geometry.contains(shapely.Point(*geo.destination(raqqa.lon, raqqa.lat, 0, 70)))


def test_parenthetical_conversion_is_not_a_second_claim(seed_reports):
    c = seed_reports[GOLD_000["file"]].claims
    assert not c.text.str.contains(r"^\(?\d+ miles\)", regex=True).any()
    assert (c.relation.str.startswith("dist")).sum() == 2


# sentence, relation, distance_km (None: not stated), qualifier, bearing, anchor geonameid
PHRASES_MORE = [
    (
        "Russian troops were about 30 kilometres west of the capital, Kyiv.",
        "distance_direction",
        30,
        "about",
        270,
        "Kyiv",
    ),
    (
        "Israeli tanks advanced to within 2 km of the centre of Rafah.",
        "distance",
        2,
        "at_most",
        None,
        "Rafah",
    ),
    (
        "The town of Pokrovsk, some 60 km northwest of Donetsk, came under attack.",
        "distance_direction",
        60,
        "about",
        315,
        "Donetsk",
    ),
]
PHRASES = [
    ("Fighters were 5 km from Azaz on Monday.", "distance", 5, "exact", None, 172082),
    ("Troops massed 5 kilometers from Azaz.", "distance", 5, "exact", None, 172082),
    ("Rebels are about 10 km from Manbij.", "distance", 10, "about", None, 167357),
    (
        "Shelling hit a village some 20 kilometres from Aleppo.",
        "distance",
        20,
        "about",
        None,
        170063,
    ),
    (
        "The front is less than 60 km north of Raqqa.",
        "distance_direction",
        60,
        "at_most",
        0,
        172955,
    ),
    ("The town lies within 3 km of Mosul.", "distance", 3, "at_most", None, 99072),
    (
        "Clashes erupted more than 10 kilometers south of Kobani.",
        "distance_direction",
        10,
        "at_least",
        180,
        172256,
    ),
    ("The convoy stopped 2-3 km east of Tabqa.", "distance_direction", 2.5, "range", 90, 172374),
    (
        "Forces advanced to 15 miles west of Mosul.",
        "distance_direction",
        24.14,
        "exact",
        270,
        99072,
    ),
    (
        "A camp 40 kilometres (25 miles) southeast of Deir ez-Zor was hit.",
        "distance_direction",
        40,
        "exact",
        135,
        170794,
    ),
    ("The village is 7km northwest of Manbij.", "distance_direction", 7, "exact", 315, 167357),
    (
        "They were stopped five kilometers north of Jarablus.",
        "distance_direction",
        5,
        "exact",
        0,
        169179,
    ),
    ("Positions ten miles from Fallujah were bombed.", "distance", 16.09, "exact", None, 99454),
    (
        "A base roughly 30 km north-east of Mosul came under fire.",
        "distance_direction",
        30,
        "about",
        45,
        99072,
    ),
    ("Drones struck 500 meters from Azaz.", "distance", 0.5, "exact", None, 172082),
    (
        "The checkpoint lies 12 km to the south of Raqqa.",
        "distance_direction",
        12,
        "exact",
        180,
        172955,
    ),
    (
        "Fighting raged nearly 8 km north-northwest of Aleppo.",
        "distance_direction",
        8,
        "about",
        337.5,
        170063,
    ),
    ("Militants were up to 4 km from Tal Abyad.", "distance", 4, "at_most", None, 163750),
    ("The army is at least 25 kilometres from Homs.", "distance", 25, "at_least", None, 169577),
    ("Shells landed between 3 and 5 km from Idlib.", "distance", 4, "range", None, 169389),
    ("Refugees gathered a few kilometers from Azaz.", "distance", 3.5, "range", None, 172082),
    (
        "Ships sailed 20 nautical miles off the coast, 30 km west of Latakia.",
        "distance_direction",
        30,
        "exact",
        270,
        "Latakia",
    ),
    (
        "Artillery fired from positions 6 km away from Kherson.",
        "distance",
        6,
        "exact",
        None,
        "Kherson",
    ),
    ("A strike hit 10 km southwest of Kharkiv.", "distance_direction", 10, "exact", 225, "Kharkiv"),
    ("Russian forces were 15 km north of Kyiv.", "distance_direction", 15, "exact", 0, "Kyiv"),
    (
        "RSF fighters were 20 km east of El Fasher.",
        "distance_direction",
        20,
        "exact",
        90,
        "El Fasher",
    ),
    ("Clashes were reported 5 km outside of Khartoum.", "distance", 5, "exact", None, "Khartoum"),
    (
        "The Houthis fired at a ship 50 nautical miles from Aden.",
        "distance",
        92.6,
        "exact",
        None,
        "Aden",
    ),
    ("Fighting near Azaz continued.", "near", None, "at_most", None, 172082),
    ("Civilians fled from the outskirts of Mosul.", "outskirts", None, "at_most", None, 99072),
    (
        "Gunmen attacked a checkpoint on the outskirts of Aleppo.",
        "outskirts",
        None,
        "at_most",
        None,
        170063,
    ),
    (
        "Troops were deployed on the road between Manbij and Jarablus.",
        "between",
        None,
        "at_most",
        None,
        167357,
    ),
    ("Convoys moved between Raqqa and Tabqa.", "between", None, "at_most", None, 172955),
    ("Villages along the Euphrates near Raqqa were shelled.", "along", None, "at_most", None, -1),
    (
        "Militants regrouped on the border with Turkey, near Azaz.",
        "border",
        None,
        "at_most",
        None,
        298795,
    ),
    ("Heavy clashes north of Aleppo killed dozens.", "direction", None, "at_most", 0, 170063),
    ("Rebels captured villages to the west of Manbij.", "direction", None, "at_most", 270, 167357),
    ("An airstrike hit a market east of Idlib.", "direction", None, "at_most", 90, 169389),
    ("The town is south of Mosul.", "direction", None, "at_most", 180, 99072),
    (
        "Government forces reached the area northwest of Homs.",
        "direction",
        None,
        "at_most",
        315,
        169577,
    ),
    ("Fighting in the north of Syria continued.", None, None, None, None, None),
    ("He said some 20 strikes in Fallujah destroyed positions.", None, None, None, None, None),
    (
        "Some 165,000 people fled between the frontline and the border.",
        None,
        None,
        None,
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "relation", "dist", "qual", "bearing", "anchor"), PHRASES + PHRASES_MORE
)
def test_phrasings(sentence, relation, dist, qual, bearing, anchor):
    r = fl.parse(sentence, published="2020-01-01")
    c = r.claims
    if relation is None:
        bad = c[c.relation.isin(["distance", "distance_direction", "direction"])]
        assert bad.empty, bad[["text", "relation"]]
        return
    rows = c[c.relation == relation]
    assert len(rows) >= 1, (
        sentence,
        c[["text", "relation", "anchor_name"]].to_dict("records"),
        r.mentions[["text", "name"]].to_dict("records"),
    )
    row = rows.iloc[0]
    if isinstance(anchor, str):
        anchor = fl.geocode(anchor).geonameid
    assert row.anchor_geonameid == anchor, (row.anchor_name, row.anchor_geonameid)
    assert row.qualifier == qual
    if dist is not None:
        assert row.distance_km == pytest.approx(dist, rel=0.01)
    if bearing is not None:
        assert row.bearing_deg == pytest.approx(bearing)
    assert row.geometry.is_valid and not row.geometry.is_empty
    assert r.text[row.start : row.end] == row.text


def test_contradicting_claim_is_flagged():
    r = fl.parse("Azaz, 200 km south of Aleppo, was shelled.", published="2020-01-01")
    row = r.claims.iloc[0]
    assert row.subject_geonameid == 172082
    assert row.check_km > 100 and not row.consistent
    assert "outside the claimed region" in row.notes


@pytest.mark.parametrize(
    "sentence", ["Rebels were 5,000,000 km north of Azaz.", "Rebels were -3 km from Azaz."]
)
def test_absurd_distances_give_no_claim(sentence):
    c = fl.parse(sentence, published="2020-01-01").claims
    assert c.empty, c[["text", "relation"]]  # nor a bare "north of Azaz" left behind


# --------------------------------------------------------------------------- properties
lats = st.floats(min_value=-89.9, max_value=89.9)
lons = st.floats(min_value=-180.0, max_value=180.0)


@settings(max_examples=150, deadline=None)
@given(
    lon=lons,
    lat=lats,
    d=st.floats(min_value=0.5, max_value=2000.0),
    b=st.floats(min_value=0.0, max_value=359.9),
    spread=st.sampled_from([11.25, 22.5]),
)
def test_estimate_at_distance_and_bearing_inside_region(lon, lat, d, b, spread):
    est = geo.destination(lon, lat, b, d)
    az, _, dist = geo.GEOD.inv(lon, lat, *est)
    assert dist / 1000.0 == pytest.approx(d, rel=1e-3)
    assert ((az - b + 180.0) % 360.0 - 180.0) == pytest.approx(0.0, abs=0.1)
    region = geo.sector(lon, lat, d * 0.85, d * 1.15, b, spread)
    assert region.is_valid
    assert region.contains(shapely.Point(*est)) or region.distance(shapely.Point(*est)) < 1e-9


@settings(max_examples=100, deadline=None)
@given(lon=lons, lat=lats, r=st.floats(min_value=1.0, max_value=1500.0))
def test_disc_contains_its_edge_and_centre(lon, lat, r):
    disc = geo.sector(lon, lat, 0.0, r)
    assert disc.is_valid
    assert disc.contains(shapely.Point(lon, lat)) or disc.distance(shapely.Point(lon, lat)) < 1e-9
    for b in (0.0, 90.0, 180.0, 270.0):
        inner = shapely.Point(*geo.destination(lon, lat, b, r * 0.9))
        assert disc.contains(inner) or disc.distance(inner) < 1e-9


@pytest.mark.parametrize(
    ("lon", "lat"), [(179.95, 10.0), (-179.95, -45.0), (0.0, 89.95), (30.0, -89.95), (180.0, 0.0)]
)
def test_antimeridian_and_poles(lon, lat):
    ring = geo.sector(lon, lat, 50, 150)
    for b in range(0, 360, 45):
        p = shapely.Point(*geo.destination(lon, lat, b, 100))
        assert ring.contains(p) or ring.distance(p) < 1e-9, (b, p)
    centre = shapely.Point(((lon + 180) % 360) - 180, lat)
    assert not ring.contains(centre)


# ---------------------------------------------------------------- claims that place places
def test_subject_is_the_place_a_region_only_situates():
    rep = fl.parse(
        "Ukrainian forces recaptured the village of Robotyne in Zaporizhzhia region, "
        "about 10 km south of Orikhiv.",
        published="2023-09-01",
    )
    (c,) = rep.claims.itertuples()
    assert c.subject == "Robotyne" and c.anchor_name == "Orikhiv"


def test_a_village_the_gazetteer_lacks_is_placed_by_its_claim():
    """The gazetteer has no Novoprokopivka: the claim places it, 20 km south of Orikhiv, and
    the event and mentions follow."""
    from frontlines._geodesy import GEOD
    from frontlines.claims import CLAIM_PLACE_IDS

    rep = fl.parse(
        "Ukrainian forces recaptured the village of Novoprokopivka in Zaporizhzhia region, "
        "about 20 km south of Orikhiv.",
        published="2023-09-01",
    )
    m = rep.mentions[rep.mentions.text == "Novoprokopivka"].iloc[0]
    assert m["name"] == "Novoprokopivka" and m.geonameid < -CLAIM_PLACE_IDS
    assert m.geo_precision == 2
    orikhiv = rep.mentions[rep.mentions.text == "Orikhiv"].iloc[0].geometry
    az, _, d = GEOD.inv(orikhiv.x, orikhiv.y, m.geometry.x, m.geometry.y)
    assert abs(d - 20_000) < 1_000 and abs(abs(az) - 180) < 5
    c = rep.claims.iloc[0]
    assert c.consistent and "placed at the claim's estimate" in c.notes
    ev = rep.events.iloc[0]
    assert ev.geonameid == m.geonameid and ev.event_type == "Government regains territory"


def test_a_claim_re_resolves_a_place_to_the_one_of_that_name_inside_it():
    """When resolution picked another place of the name (here forced: Azaz put in Brazil),
    a distance claim that contradicts it moves every mention to the one inside its region."""
    from dataclasses import replace

    from frontlines.actors import find_actors, load_actors
    from frontlines.article import read_article
    from frontlines.claims import find_claims
    from frontlines.geoparse import find_mentions

    gz = fl.get_gazetteer()
    art = read_article("Shells fell on Azaz, 8 km south of Kilis. Azaz was quiet by noon.")
    mentions = find_mentions(art, gz)
    wrong = replace(fl.geocode("Azaz"), geonameid=1, lat=-10.0, lon=-50.0, country_code="BR")
    for m in mentions:
        if m.text == "Azaz":
            m.place, m.lat, m.lon = wrong, wrong.lat, wrong.lon
    (c,) = find_claims(art, mentions, find_actors(art.text, load_actors(), lambda _p: set()))
    assert [m.place.geonameid for m in mentions if m.text == "Azaz"] == [172082, 172082]
    assert c.consistent and any("re-resolved to" in n for n in c.notes)


def test_a_claim_without_direction_does_not_invent_a_place():
    rep = fl.parse("The village of Robotyne is about 10 km from Orikhiv.", published="2023-09-01")
    m = rep.mentions[rep.mentions.text == "Robotyne"]
    assert (m.geonameid > -1_000_000_000).all()  # a ring locates nothing: left as it was


def test_a_name_the_gazetteer_lacks_is_placed_by_the_claim_after_it():
    rep = fl.parse(
        "Al-Shabaab fighters overran an African Union base at El Baraf, about 200 km north of "
        "Mogadishu, on Tuesday.",
        published="2024-06-01",
    )
    (m,) = rep.mentions[rep.mentions.text == "El Baraf"].itertuples()
    assert m.geonameid < -1_000_000_000 and m.geo_precision == 2 and m.country_code == "SO"
    mog = fl.geocode("Mogadishu")
    az12, _, dist = geo.GEOD.inv(mog.lon, mog.lat, m.geometry.x, m.geometry.y)
    assert abs(dist - 200_000) < 1_000 and abs(az12) < 1
    (c,) = rep.claims.itertuples()
    assert (c.subject, c.subject_kind, c.subject_geonameid) == ("El Baraf", "place", m.geonameid)
    (e,) = rep.events.itertuples()  # the capture is drawn where the claim puts the base
    assert (e.actor, e.geonameid, e.geo_precision) == ("al-Shabaab", m.geonameid, 2)
    assert e.geometry.equals(m.geometry)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, 20 km north of Aleppo, fighting raged.",  # a weekday is no place
        "Turkish troops, 20 km north of Aleppo, dug in.",  # an actor is no place
        "Shelling hit Wadi el Nil, 20 km from Kassala.",  # no direction: a ring places nothing
        "Troops gathered at Christmas, 20 km north of Aleppo.",  # an everyday word
    ],
)
def test_a_claim_invents_no_place_from_other_capitalised_words(text):
    rep = fl.parse(text, published="2024-06-01")
    assert (rep.mentions.geonameid > -1_000_000_000).all()


def test_distance_from_a_border_is_a_band_along_it_on_the_other_side():
    from frontlines._geodesy import GEOD

    rep = fl.parse(
        "IS fighters in Syria advanced to within 5 km of the Turkish border on Friday.",
        published="2016-05-27",
    )
    (c,) = rep.claims.itertuples()
    assert c.relation == "border_distance" and "on the SY side" in c.notes
    # inside Syria, along its northern border
    x0, y0, x1, y1 = c.geometry.bounds
    assert x0 > 35.5 and x1 < 42.6 and y0 > 35.5 and y1 < 37.4
    est = c.estimate
    assert c.geometry.buffer(1e-6).contains(est)
    # the band is at most 5 km (+ tolerance) deep: its estimate is that close to Turkey
    from shapely.ops import nearest_points

    from frontlines._shapes import country_shape

    near = nearest_points(country_shape("TR"), est)[0]
    assert GEOD.inv(est.x, est.y, near.x, near.y)[2] < 8_000


def test_distance_from_the_border_with_a_country_is_the_same_band():
    rep = fl.parse(
        "Clashes took place 5 km from the border with Syria, in Turkey's Hatay province.",
        published="2024-06-15",
    )
    (c,) = rep.claims.itertuples()
    assert (c.relation, c.anchor_name) == ("border_distance", "Syria")
    assert "on the TR side" in c.notes


def test_distance_from_a_border_with_no_other_country_is_no_claim():
    rep = fl.parse("Rebels advanced to less than 10 kilometres from the Turkish border.")
    assert len(rep.claims) == 0


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The village lies 12 kilometres north-northeast of Idlib city.", "The village"),
        ("The fighting was two miles from the center of Khartoum.", "The fighting"),
        # the object of the actor's action is what lies there, not the actor
        (
            "On 10 May 2024, the RSF shelled the Abu Shouk IDP camp north of El Fasher.",
            "Abu Shouk IDP camp",
        ),
        ("The army shelled villages 10 km east of Gao.", "villages"),
    ],
)
def test_a_claim_about_a_thing_names_the_thing_not_its_verb(text, subject):
    (c,) = fl.parse(text).claims.itertuples()
    assert (c.subject, c.subject_kind) == (subject, "thing")


def test_depth_into_a_country_is_a_band_inside_its_border_with_the_one_crossed_from():
    from frontlines._shapes import country_shape

    rep = fl.parse("The Turkish army advanced 30 km into Syria on Monday.", published="2019-10-15")
    (c,) = rep.claims.itertuples()
    assert (c.relation, c.anchor_name) == ("depth", "Syria")
    g = c.geometry
    sy, tr = country_shape("SY"), country_shape("TR")
    assert sy.buffer(0.01).contains(g) and not g.intersects(tr.buffer(-0.01))
    # every point of the band lies 25-35 km (30 km with its tolerance) from Turkey
    for p in (g.representative_point(), c.estimate):
        d = geo.point_distance_km(tr, p.x, p.y)
        assert 20 <= d <= 40, d
    (e,) = rep.events.itertuples()
    assert e.place == "30 km into Syria" and g.buffer(0.01).contains(e.geometry)


def test_depth_into_a_named_division_stays_inside_it():
    rep = fl.parse(
        "Ukrainian forces advanced up to 35 km into Russia's Kursk region.", published="2024-08-20"
    )
    (c,) = rep.claims.itertuples()
    assert c.anchor_name == "Kurskaya oblast'" and c.relation == "depth"
    minx, miny, maxx, maxy = c.geometry.bounds
    assert minx > 34.2 and maxx < 38.2 and miny > 51.0 and maxy < 52.4  # the oblast's box
    (e,) = rep.events.itertuples()
    assert e.actor == "Ukraine" and c.geometry.buffer(0.01).contains(e.geometry)


def test_depth_with_no_country_to_cross_from_is_no_claim():
    assert fl.parse("The column pushed 30 km into Syria.").claims.empty


def test_a_distance_after_a_place_is_measured_from_the_place_named_before_it():
    rep = fl.parse(
        "Fighting moved from Avdiivka to Ocheretyne, 15 km to the northwest, on Monday.",
        published="2024-04-24",
    )
    (c,) = rep.claims.itertuples()
    assert (c.subject, c.anchor_name, c.relation) == (
        "Ocheretyne",
        "Avdiyivka",
        "distance_direction",
    )
    assert (c.distance_km, c.bearing_deg, c.consistent) == (15.0, 315.0, True)
    # no place before it to measure from: no claim
    assert fl.parse("Russian forces advanced 10 km to the west.").claims.empty


@pytest.mark.parametrize(
    ("text", "subject", "bearing"),
    [
        # after an apposition of what the place is
        (
            "M23 rebels advanced towards Uvira on Tuesday after capturing Kamanyola, a town "
            "about 50 km to the north, residents said.",
            "Kamanyola",
            0.0,
        ),
        # "away": a distance with no direction
        (
            "Rebels advanced on Uvira after capturing Kamanyola, about 50 km away.",
            "Kamanyola",
            None,
        ),
    ],
)
def test_a_distance_after_an_apposition_or_away_is_from_the_place_before(text, subject, bearing):
    (c,) = fl.parse(text, published="2025-02-20").claims.itertuples()
    assert (c.subject, c.anchor_name, c.distance_km) == (subject, "Uvira", 50.0)
    assert c.bearing_deg == bearing or (bearing is None and c.bearing_deg is None)
    assert c.consistent is True


def test_a_name_the_gazetteer_lacks_before_a_distance_to_a_side_is_placed_by_it():
    rep = fl.parse(
        "M23 rebels advanced towards Uvira on Tuesday after capturing Luvungi, a town about "
        "60 km to the north, residents said.",
        published="2025-02-20",
    )
    (c,) = rep.claims.itertuples()
    assert (c.subject, c.anchor_name, c.bearing_deg) == ("Luvungi", "Uvira", 0.0)
    e = rep.events[rep.events.trigger == "capturing"].iloc[0]
    uvira = rep.mentions[rep.mentions.text == "Uvira"].iloc[0].geometry
    assert e.place_name == "Luvungi"
    assert geo.distance_km(uvira.x, uvira.y, e.geometry.x, e.geometry.y) == pytest.approx(60, abs=1)
    assert e.geometry.y > uvira.y
    # the front line "away" from no place named before it is no claim
    assert fl.parse("The front line is now 5 km away, residents of Kupiansk said.").claims.empty


@pytest.mark.parametrize(
    "text",
    [
        "IS fighters advanced to within 5 km of Azaz on Sunday.",
        # the action's object ends with its clause: the actor is what is 5 km away
        "IS fighters are advancing toward Azaz from the east and are now 5 km from the town.",
    ],
)
def test_an_actor_that_moves_is_the_subject_of_where_it_gets(text):
    (c,) = fl.parse(text).claims.itertuples()
    assert (c.subject, c.subject_kind, c.distance_km) == ("IS", "actor", 5.0)


def test_a_side_of_the_outskirts_is_a_wedge_on_that_side():
    from pyproj import Geod

    r = fl.parse(
        "Russian forces entered the eastern outskirts of Chasiv Yar on Thursday.",
        published="2024-06-15",
    )
    (c,) = r.claims.itertuples()
    assert (c.relation, c.bearing_deg, c.subject) == ("outskirts", 90.0, "Russian military")
    (m,) = [m for m in r.mentions.itertuples() if m.name == "Chasiv Yar"]
    geod = Geod(ellps="WGS84")
    az, _, dist = geod.inv(m.geometry.x, m.geometry.y, c.estimate.x, c.estimate.y)
    assert 45 < az < 135 and 1_000 < dist < 8_000
    # the wedge lies east of the town: its western edge is the town's meridian
    assert c.geometry.bounds[0] >= m.geometry.x - 1e-6


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Gunmen attacked a bus on the Kabul-Jalalabad highway on Monday.", "Kabul", "Jalālābād"),
        ("Armed men abducted 15 passengers along the Kaduna–Abuja highway.", "Kaduna", "Abuja"),
    ],
)
def test_a_road_named_after_two_places_lies_between_them(text, a, b):
    """The event is on the corridor between the two, half way, not in the first town."""
    rep = fl.parse(text, published="2024-06-15")
    (c,) = rep.claims.itertuples()
    assert c.relation == "between"
    m = rep.mentions.set_index("name")
    assert (c.anchor_name, c.anchor2_geonameid) == (a, m.loc[b].geonameid)
    (e,) = rep.events.itertuples()
    assert e.geo_precision == 2 and e.place == c.text
    ax, ay = m.loc[a].geometry.x, m.loc[a].geometry.y
    bx, by = m.loc[b].geometry.x, m.loc[b].geometry.y
    da = geo.GEOD.inv(ax, ay, e.geometry.x, e.geometry.y)[2]
    db = geo.GEOD.inv(bx, by, e.geometry.x, e.geometry.y)[2]
    assert abs(da - db) < 5_000


def test_a_demonym_before_the_anchor_is_part_of_the_way_to_it():
    """ "within 15 kilometres of the Syrian capital Damascus": measured from Damascus."""
    c = fl.parse("Rebels are within 15 kilometres of the Syrian capital Damascus.").claims
    assert c[["anchor_name", "distance_km"]].values.tolist() == [["Damascus", 15.0]]
    # "the Iraqi border" is still that country's border
    c = fl.parse("IS fighters were seen near the Iraqi border, east of Deir ez-Zor.").claims
    assert "border" in c.relation.tolist()


def test_a_distance_from_the_outskirts_is_one_distance_claim():
    c = fl.parse(
        "Russian troops are now about 3 kilometres from the outskirts of Pokrovsk, a key "
        "logistics hub in the Donetsk region."
    ).claims
    assert c[["relation", "distance_km", "anchor_name"]].values.tolist() == [
        ["distance", 3.0, "Pokrovsk"]
    ]


def test_a_possessive_apposition_describes_the_place_before_it():
    c = fl.parse(
        "Opposition fighters reached the outskirts of Homs, Syria's third-largest city, about "
        "40 km south of Hama."
    ).claims
    # Syria is what holds Homs, not a second place whose outskirts were reached
    assert c[["subject", "relation", "anchor_name"]].values.tolist() == [
        ["Unidentified armed group", "outskirts", "Homs"],
        ["Homs", "distance_direction", "Ḩamāh"],
    ]
    c = fl.parse("Fighting raged near Raqqa, Syria, on Monday.").claims
    assert c.anchor_name.tolist() == ["Ar Raqqah"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # (no comma before the claim)
        (
            "Russia shelled Kupiansk, Ukraine's main logistics hub 40 km east of Kharkiv.",
            "Kupyansk",
        ),
        # (whose the place is: an actor, not what the claim places)
        ("Forces retook Gharyan, Haftar's main supply base 100 km south of Tripoli.", "Gharyan"),
    ],
)
def test_a_possessive_apposition_without_a_comma_describes_the_place_before_it(text, subject):
    (c,) = fl.parse(text).claims.itertuples()
    assert (c.subject, c.relation) == (subject, "distance_direction")


def test_a_claim_is_about_what_a_region_situates_not_the_region():
    # a village the gazetteer lacks, in a region: placed by the claim
    r = fl.parse(
        "Ukraine says its troops have liberated the village of Novoprokopivka in the "
        "Zaporizhzhia region, 20 km south of Orikhiv."
    )
    assert r.claims[["subject", "anchor_name"]].values.tolist() == [["Novoprokopivka", "Orikhiv"]]
    m = r.mentions.set_index("text")
    assert m.loc["Novoprokopivka", "geo_precision"] == 2
    d = geo.GEOD.inv(
        m.loc["Novoprokopivka"].geometry.x,
        m.loc["Novoprokopivka"].geometry.y,
        m.loc["Orikhiv"].geometry.x,
        m.loc["Orikhiv"].geometry.y,
    )[2]
    assert abs(d - 20_000) < 1_000
    assert r.events.place_name.tolist() == ["Novoprokopivka"]
    # no comma: the claim is about the towns the region holds, not the region
    c = fl.parse(
        "Tigrayan forces said on Monday they had taken control of Dessie and Kombolcha, two "
        "strategic towns in the Amhara region about 400 km north of Addis Ababa."
    ).claims
    assert c[["subject", "subject_kind"]].values.tolist() == [["two strategic towns", "thing"]]


def test_a_name_after_an_action_and_before_its_apposition_is_placed_by_the_claim():
    r = fl.parse(
        "Kurdish peshmerga fighters advanced on Bashiqa, a town 13 km northeast of Mosul, and "
        "cut a main road."
    )
    assert r.claims[["subject", "subject_kind"]].values.tolist() == [["Bashiqa", "place"]]
    assert r.events[["place_name", "geo_precision"]].values.tolist() == [["Bashiqa", 2]]


def test_the_thing_located_drops_the_preposition_before_the_anchor_phrase():
    c = fl.parse("Israeli jets struck targets in the southern suburbs of Beirut on Friday.").claims
    assert c[["subject", "relation"]].values.tolist() == [["targets", "outskirts"]]


def test_a_name_with_its_own_settlement_noun_is_placed_by_the_claim():
    r = fl.parse(
        "Al-Shabaab militants overran a military base in Adan Yabaal district, 220 km north of "
        "Mogadishu, the group said."
    )
    assert r.claims[["subject", "subject_kind"]].values.tolist() == [["Adan Yabaal", "place"]]
    assert r.events[["place_name", "geo_precision"]].values.tolist() == [["Adan Yabaal", 2]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a direction in brackets places the name before it
        (
            "Ukrainian forces advanced east of Kindrashivka (north of Kupyansk).",
            [("Ukraine", "Kindrashivka"), ("Kindrashivka", "Kupyansk")],
        ),
        # "east of Siversk near Bilohorivka": both place where the Russians attacked
        (
            "Russian forces attacked east of Siversk near Bilohorivka.",
            [("Russian military", "Siversk"), ("Russian military", "Bilohorivka")],
        ),
        # an apposition naming what the region holds it to be: the town, not the region
        (
            "Azerbaijani forces captured Shusha, the second-largest town in Nagorno-Karabakh, "
            "about 10 km south of Stepanakert.",
            [("Shusha", "Khankendi")],
        ),
        (
            "Avdiivka, the industrial town of Donetsk region, 15 km north of Donetsk city, fell "
            "in February.",
            [("Avdiyivka", "Donetsk")],
        ),
        # a name the gazetteer lacks: opening the sentence, or with the time between
        (
            "Robotyne in the Zaporizhzhia region, 10 km south of Orikhiv, was liberated.",
            [("Robotyne", "Orikhiv")],
        ),
        (
            "Libyan rebels retook the oil port of Ras Lanuf on Sunday, about 370 km east of "
            "Tripoli.",
            [("Ras Lanuf", "Tripoli")],
        ),
        # a claim opening its sentence is about the place named after it
        (
            "Some 40 km south of Khartoum, RSF fighters attacked the village of Wad al-Noura, "
            "killing more than 100 people.",
            [("Wad al-Noura", "Khartoum")],
        ),
    ],
)
def test_the_subject_of_a_claim_in_brackets_or_after_another(text, expected):
    c = fl.parse(text).claims
    assert list(zip(c.subject, c.anchor_name, strict=True)) == expected


def test_a_claim_after_a_sea_is_about_what_is_in_it():
    c = fl.parse(
        "Houthi forces attacked the tanker in the Red Sea, about 77 nautical miles west of "
        "Hodeidah, the UKMTO said."
    ).claims
    assert c[["subject", "subject_kind"]].values.tolist() == [["tanker", "thing"]]


def test_halfway_between_is_about_the_thing_before_it():
    c = fl.parse("The village is halfway between Bakhmut and Chasiv Yar.").claims
    assert c[["subject", "relation"]].values.tolist() == [["The village", "between"]]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Heavy fighting was reported around the Krasnohorivka coke plant, some 5 miles west "
            "of Donetsk.",
            "Krasnohorivka coke plant",
        ),
        (
            "Fighting raged at the Avdiivka coke plant, 3 km north of Avdiivka.",
            "Avdiivka coke plant",
        ),
    ],
)
def test_a_claim_after_an_actions_predicate_is_about_the_site_named_after_it(text, subject):
    (c,) = fl.parse(text, published="2024-06-15").claims.query("relation != 'near'").itertuples()
    assert c.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "Chasiv Yar, which lies about 10 km west of Bakhmut, has been under attack for months.",
        "Chasiv Yar, that sits 10 km west of Bakhmut, was shelled.",
    ],
)
def test_a_relative_clause_placing_a_town_is_about_that_town(text):
    (c,) = fl.parse(text).claims.itertuples()
    assert (c.subject, c.anchor_name, c.distance_km) == ("Chasiv Yar", "Bakhmut", 10.0)


def test_what_an_actor_pulled_back_from_is_the_subject_of_near():
    r = fl.parse(
        "Ukrainian troops have pulled back from positions near the village of Orlivka, west of "
        "Avdiivka, the army said."
    )
    near = r.claims[r.claims.relation == "near"]
    assert near.subject.tolist() == ["positions"]


def test_a_place_on_the_border_with_a_country_is_what_the_distance_after_it_places():
    c = fl.parse("Rafah lies on the border with Egypt, about 30 km south of Gaza City.").claims
    d = c[c.relation == "distance_direction"].iloc[0]
    assert d.subject == "Rafaḩ" and d.anchor_name == "Gaza" and d.distance_km == 30


def test_within_a_distance_of_a_towns_city_limits_is_a_claim_about_the_town():
    c = fl.parse("Russian units are within 3 km of the city limits of Pokrovsk.").claims
    (d,) = c.itertuples()
    assert (d.relation, d.distance_km, d.anchor_name) == ("distance", 3.0, "Pokrovsk")


def test_a_claim_after_a_place_and_a_verb_is_about_the_place_it_names_again():
    """The participle after Tripoli says where the forces went, not where Tripoli lies: "the
    capital" is Tripoli, and the claim is the forces' distance from it."""
    r = fl.parse(
        "Forces loyal to Khalifa Haftar launched an offensive on Tripoli on 4 April 2019, "
        "advancing to within 50 km of the capital."
    )
    c = r.claims
    assert c[["subject", "anchor_name", "distance_km"]].values.tolist() == [
        ["Libyan National Army", "Tripoli", 50.0]
    ]
    # ... while a bare position after the comma still places the town itself
    c = fl.parse("Rebels took Gharyan, 100 km south of the capital, Tripoli.").claims
    assert c.subject.tolist() == ["Gharyan"]


def test_a_thing_said_in_several_words_is_the_subject_whole():
    c = fl.parse("The front line is now less than 5 km from the city of Pokrovsk.").claims
    assert c.subject.tolist() == ["The front line"]


def test_what_an_action_came_from_is_what_the_apposition_after_it_places():
    c = fl.parse(
        "Russian forces shelled Kherson from positions across the river, 2 kilometres south of "
        "the city."
    ).claims
    assert c[["subject", "anchor_name", "bearing_deg"]].values.tolist() == [
        ["positions across the river", "Kherson", 180.0]
    ]
    # the comma right after a place (or the day it names) still makes it the claim's place
    c = fl.parse("Rebels took Gharyan on Monday, 100 km south of the capital, Tripoli.").claims
    assert c.subject.tolist() == ["Gharyan"]


def test_a_places_own_outskirts_are_its_outskirts_on_that_side():
    r = fl.parse("Syrian rebels reached Hama's northern outskirts on Wednesday.")
    c = r.claims
    assert c[["subject", "relation", "anchor_name", "bearing_deg"]].values.tolist() == [
        ["Hama's northern outskirts", "outskirts", "Ḩamāh", 0.0]
    ]
    (e,) = r.events.itertuples()
    assert (e.actor, e.event_type, e.geo_precision) == ("Syrian rebels", "advance", 2)
    hama = fl.geocode("Hama", country="SY")
    assert e.geometry.y > hama.lat  # on the northern side
    # ("The news reached Hama's residents": no outskirts, no advance)
    r = fl.parse("The news reached Hama's residents on Wednesday.")
    assert r.claims.empty and r.events.empty


@pytest.mark.parametrize(
    ("text", "bearing"),
    [("The base is located 25km NW of Kandahar.", 315.0), ("A post 8 km SE of Gao.", 135.0)],
)
def test_two_letter_compass_abbreviations(text, bearing):
    c = fl.parse(text).claims
    assert c[["relation", "bearing_deg"]].values.tolist() == [["distance_direction", bearing]]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a passive's participle is no part of what the claim is about
        ("The convoy was hit roughly halfway between Kherson and Mykolaiv.", "The convoy"),
        ("A ship was struck 50 nautical miles west of Hodeidah.", "A ship"),
        # nor a relative pronoun and an age
        ("Samra, 46, who was born near New Delhi, is an engineer.", "Samra"),
        ("The front line is now less than 5 km from Pokrovsk.", "The front line"),
    ],
)
def test_the_subject_of_a_claim_is_the_noun_before_its_verb(text, subject):
    (c,) = fl.parse(text).claims.itertuples()
    assert c.subject == subject


def test_a_place_is_not_placed_from_itself():
    c = fl.parse(
        "Russian troops advanced to the outskirts of Pokrovsk, some 7 km (4 miles) from the "
        "city centre."
    ).claims
    far = c[c.relation == "distance"].iloc[0]
    # the claim is about the outskirts, not the town 7 km from its own centre
    assert (far.subject, far.subject_kind, far.anchor_name) == (
        "outskirts of Pokrovsk",
        "thing",
        "Pokrovsk",
    )


def test_a_road_in_an_apposition_leads_to_no_subject():
    c = fl.parse(
        "Tigrayan forces took Dessie and Kombolcha, two towns on the highway to Addis Ababa, "
        "some 400 km north of the capital."
    ).claims
    assert list(zip(c.subject, c.anchor_name, strict=True)) == [("Kombolcha", "Addis Ababa")]


@pytest.mark.parametrize(
    ("text", "subject", "anchor"),
    [
        # an apposition with a possessive: the place it describes
        (
            "Haftar's forces withdrew from Gharyan, their main supply base south of Tripoli.",
            "Gharyan",
            "Tripoli",
        ),
        # a river bank situates the place named before, which the distance then places
        (
            "The village of Krynky lies on the left bank of the Dnipro, roughly 30 kilometres "
            "east of Kherson.",
            "Krynky",
            "Kherson",
        ),
        # a verb after an action noun is no object: the action is the subject
        ("Fighting was concentrated around Vuhledar.", "Fighting", "Vuhledar"),
        # a river situates the place before it, which the distance then places
        (
            "Kupiansk, on the Oskil River about 120 km east of Kharkiv, has been contested "
            "since 2022.",
            "Kupyansk",
            "Kharkiv",
        ),
        # an action's object before its apposition: the ship, not the attackers
        (
            "Houthi rebels attacked the Magic Seas, a Liberian-flagged bulk carrier, about 51 "
            "nautical miles southwest of Hodeidah.",
            "Magic Seas",
            "Al Ḩudaydah",
        ),
        # an apposition that counts the people of the place: the place, not the people
        (
            "The rebels entered Goma, a city of about two million people on the border with "
            "Rwanda, late on Sunday.",
            "Goma",
            "Rwanda",
        ),
    ],
)
def test_the_subject_past_appositions_banks_and_verbs(text, subject, anchor):
    c = fl.parse(text).claims
    last = c.iloc[-1]
    assert (last.subject, last.anchor_name) == (subject, anchor)


def test_a_name_the_gazetteer_lacks_in_a_sentence_with_actors():
    # "Jebel" alone is a doubtful town abroad, no part of the name's own claim
    c = fl.parse(
        "Fierce fighting broke out between the Sudanese army and the RSF around the Jebel Moya "
        "area, about 25 km west of Sennar."
    ).claims
    assert list(zip(c.subject, c.subject_kind, strict=True)) == [("Jebel Moya", "place")]


def test_what_a_speaker_said_is_the_subject_not_the_speaker():
    (c,) = fl.parse(
        "Chad Anderson, a US analyst, said fighting near Bakhmut had intensified."
    ).claims.itertuples()
    assert (c.subject, c.anchor_name) == ("fighting", "Bakhmut")


def test_a_country_and_its_region_both_situate_the_village():
    c = fl.parse(
        "Russian forces captured the village of Novoselivka in eastern Ukraine's Donetsk "
        "region, about 20 kilometers northeast of Pokrovsk."
    ).claims
    assert c.subject.tolist() == ["Novoselivka"]


@pytest.mark.parametrize(
    ("text", "subject", "km"),
    [
        ("Russian troops are a kilometre from Pokrovsk.", "Russian military", 1.0),
        (
            "Houthi rebels attacked a ship 100 nautical miles off the coast of Hodeidah.",
            "ship",
            185.2,
        ),
        ("A tanker was struck 20 miles off Aden.", "A tanker", 32.19),
    ],
)
def test_a_single_unit_and_a_distance_off_a_coast(text, subject, km):
    (c,) = fl.parse(text).claims.itertuples()
    assert (c.subject, round(c.distance_km, 2)) == (subject, km)


def test_a_verb_after_the_subject_is_no_part_of_it():
    (c,) = fl.parse("A mile-long convoy stretched north of Kyiv.").claims.itertuples()
    assert c.subject == "A mile-long convoy"


def test_a_distance_from_a_divisions_border_is_no_ring_around_its_town():
    # "the Dnipropetrovsk regional border" is the oblast's, not Dnipro (once Dnipropetrovsk)
    c = fl.parse("The front is now about 20 km from the Dnipropetrovsk regional border.").claims
    assert c.empty, c[["text", "anchor_name"]]
    # a country's border still gives its band
    c = fl.parse("Turkish troops are 30 km from the Syrian border.").claims
    assert c.relation.tolist() == ["border_distance"]


def test_the_subject_is_the_noun_before_its_directions():
    c = fl.parse("Fighting raged in villages north and west of Avdiivka.").claims
    assert c.subject.tolist() == ["villages"]


def test_a_relative_clause_up_to_the_claim_is_about_what_it_follows():
    # (a number's comma inside the clause is none of its ends)
    c = fl.parse(
        "The town, which sits at an altitude of 2,000 metres about 60 miles east of Kabul, "
        "fell on Sunday."
    ).claims
    assert list(zip(c.subject, c.anchor_name, strict=True)) == [("The town", "Kabul")]
    # a noun inside the relative clause, right before the claim, is what it places
    c = fl.parse(
        "His dream is to be the next Salah, who rose to stardom from humble beginnings in a "
        "village north of Cairo."
    ).claims
    assert list(c.subject) == ["a village"]


def test_a_namesake_abroad_far_from_the_claim_gives_way_to_the_claims_place():
    # (Korma, which the gazetteer lacks, reads as Korem in Ethiopia)
    r = fl.parse(
        "Residents who fled to Korma, some 70 km (43 miles) northwest of El Fasher, described "
        "mass killings.",
        published="2025-10-27",
    )
    (c,) = r.claims.itertuples()
    assert c.consistent
    m = r.mentions[r.mentions.text == "Korma"].iloc[0]
    assert m.country_code == "SD" and m.geo_precision == 2
    # (70 km at 315° from El Fasher, 13.63 N 25.35 E)
    assert (m.geometry.x, m.geometry.y) == pytest.approx((24.89, 14.08), abs=0.05)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a verb of lying or running and its adverbs are no part of what is placed
        ("The frontline now runs roughly 3 km east of Pokrovsk.", "The frontline"),
        ("The road stretches 10 km north of Goma.", "The road"),
    ],
)
def test_a_verb_of_lying_is_no_part_of_the_subject(text, subject):
    assert fl.parse(text).claims.subject.tolist() == [subject]


def test_a_distance_upstream_from_a_town_is_a_distance_claim():
    r = fl.parse(
        "The village of Krynky lies on the east bank of the Dnipro, about 30 km upstream from "
        "Kherson."
    )
    c = r.claims.set_index("anchor_name").loc["Kherson"]
    assert (c.relation, c.distance_km, c.subject) == ("distance", 30.0, "Krynky")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of travel is a measure, no subject
        ("The village is about an hour's drive north of Kharkiv.", [("The village", "Kharkiv")]),
        ("The town lies a two-hour drive south of Kabul.", [("The town", "Kabul")]),
        # claims joined by "and" share their subject
        (
            "The drone struck a refinery in Ryazan, about 200 km southeast of Moscow and 500 km "
            "from the Ukrainian border.",
            [("Ryazan’", "Moscow"), ("Ryazan’", "Ukraine")],
        ),
    ],
)
def test_the_subject_of_claims_after_measures_and_joined_claims(text, expected):
    c = fl.parse(text).claims
    assert list(zip(c.subject, c.anchor_name, strict=True)) == expected


def test_a_depth_into_a_country_is_measured_from_an_actors_home_across_its_border():
    """No other country is named: Hamas's home, the Palestinian territories, borders Israel."""
    (c,) = fl.parse(
        "Hamas fighters penetrated up to 24 km into Israeli territory on October 7."
    ).claims.itertuples()
    assert (c.relation, c.anchor_name, c.distance_km) == ("depth", "Israel", 24.0)
    assert "border of PS" in c.notes


@pytest.mark.parametrize(
    "text",
    [
        "The village lies 10 km north\u2011east of Kupiansk.",  # a non-breaking hyphen
        "The village lies 10 km north\u2013east of Kupiansk.",  # an en dash between letters
        "The village lies 10 km north\u2010east of Kupiansk.",  # a hyphen (U+2010)
    ],
)
def test_typographic_hyphens_in_a_direction_are_hyphens(text):
    (c,) = fl.parse(text).claims.itertuples()
    assert (c.distance_km, c.bearing_deg) == (10.0, 45.0)


@pytest.mark.parametrize(
    ("text", "km"),
    [
        # a number of two words joined by a hyphen is one number, not a range
        ("The village lies twenty-five kilometres north of Kupiansk.", 25.0),
        ("The village lies forty-two km north of Kupiansk.", 42.0),
        # ranges: figures with a dash, words with "to"
        ("Fighting raged 10-15 km from Pokrovsk.", 12.5),
        ("Fighting raged ten to fifteen km from Pokrovsk.", 12.5),
    ],
)
def test_numbers_in_words_and_ranges(text, km):
    (c,) = fl.parse(text).claims.itertuples()
    assert c.distance_km == km


def test_the_subject_after_an_action_told_by_a_pattern_is_its_object():
    (c,) = fl.parse("A drone dropped explosives on a checkpoint near Kherson.").claims.itertuples()
    assert c.subject == "checkpoint"


def test_a_claim_after_an_apposition_on_a_sea_is_about_the_town():
    r = fl.parse(
        "Mariupol, a port city on the Sea of Azov, about 55 km from the Russian border, has "
        "been under siege for weeks."
    )
    (c,) = r.claims.itertuples()
    assert (c.subject, c.relation, c.distance_km) == ("Mariupol", "border_distance", 55.0)
    # the siege is the town's, not the sea's
    assert r.events.place.tolist() == ["Mariupol"]


@pytest.mark.parametrize(
    ("text", "subject", "relation"),
    [
        ("Rebels are now at the gates of Goma.", "Unidentified armed group", "outskirts"),
        ("Russian forces are on the approaches to Pokrovsk.", "Russian military", "outskirts"),
        ("The RSF advanced to within striking distance of El Obeid.", "RSF", "near"),
        # (an action's own participle is no object: the action is the subject)
        ("Artillery fire was heard on the doorstep of Kharkiv.", "Artillery fire", "outskirts"),
    ],
)
def test_gates_doorsteps_approaches_and_striking_distance(text, subject, relation):
    (c,) = fl.parse(text).claims.itertuples()
    assert (c.subject, c.relation) == (subject, relation)


@pytest.mark.parametrize(
    ("text", "subject", "km"),
    [
        # whom it was taken from stands between the place and the claim
        (
            "Kurdish forces recaptured the town of Sinjar from Islamic State militants on Friday, "
            "about 120 km west of Mosul.",
            "Sinjār",
            120.0,
        ),
        # an apposition of four words before the region that situates the town
        (
            "Tigrayan forces captured Lalibela, a UNESCO World Heritage site in the Amhara "
            "region, about 300 km from Mekelle.",
            "Lalibela",
            300.0,
        ),
    ],
)
def test_the_place_is_the_subject_past_its_loser_and_its_apposition(text, subject, km):
    (c,) = fl.parse(text).claims.itertuples()
    assert (c.subject, c.distance_km) == (subject, km)


def test_a_site_named_with_its_arabic_article_is_placed_by_its_claim():
    r = fl.parse(
        "GNA forces retook the al-Watiya air base, 125 km southwest of Tripoli, on Monday."
    )
    (c,) = r.claims.itertuples()
    assert (c.subject, c.subject_kind) == ("al-Watiya", "place")
    (e,) = r.events.itertuples()
    # (the event is at the base, 125 km from Tripoli, not in the city)
    assert e.place_name == "al-Watiya"
    assert 115 < geo.distance_km(e.geometry.x, e.geometry.y, c.anchor_lon, c.anchor_lat) < 135


def test_a_bare_direction_moves_a_loose_spelling_far_off_and_what_is_near_it_follows():
    r = fl.parse(
        "Ukrainian forces conducted a counteroffensive operation near Synkivka (northeast of "
        "Kupyansk) on December 3."
    )
    # (the gazetteer's only likely reading is Senkivka, 474 km off in the Kyiv region)
    m = r.mentions[r.mentions.text == "Synkivka"].iloc[0]
    assert geo.distance_km(m.geometry.x, m.geometry.y, 37.616, 49.710) < 20
    _near, direction = r.claims.itertuples()
    assert direction.consistent and "Senkivka" in direction.notes
    # the event near it is near where the direction puts it
    (e,) = r.events.itertuples()
    assert geo.distance_km(e.geometry.x, e.geometry.y, 37.616, 49.710) < 20


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # an aside between commas, then "is"
        (
            "The town of Dera'a, near the Jordanian border, is about 100 km south of Damascus.",
            "Dar‘ā",
        ),
        # a region after a comma and "in" situates the town before it
        (
            "The attack took place in Kumbo, in the North West region, about 100 km from Bamenda.",
            "Kumbo",
        ),
    ],
)
def test_the_town_is_the_subject_past_an_aside_or_its_region(text, subject):
    c = fl.parse(text).claims
    assert c[c.distance_km == 100.0].subject.tolist() == [subject]


def test_a_claim_after_a_roads_ends_places_what_was_on_the_road():
    r = fl.parse(
        "The convoy was ambushed on the road linking Gao and Menaka, about 100 km southeast of Gao."
    )
    assert r.claims[["subject", "relation"]].values.tolist() == [
        ["The convoy", "between"],
        ["The convoy", "distance_direction"],
    ]
    (e,) = r.events.itertuples()
    assert e.place == "about 100 km southeast of Gao"
    # (the claim's estimate, not Menaka some 300 km away)
    gao = r.mentions.iloc[0]
    assert 80 < geo.distance_km(gao.geometry.x, gao.geometry.y, e.geometry.x, e.geometry.y) < 120


@pytest.mark.parametrize(
    ("text", "subject", "anchor"),
    [
        # (what is near the second place is what lies off the first, not the first)
        (
            "Fighting was reported 15 miles southeast of Tripoli, near the town of Tarhuna.",
            "Fighting",
            "Tarhuna",
        ),
        (
            "The strike hit a village 20 km northwest of Idlib city, near the Turkish border.",
            "village",
            "Turkey",
        ),
    ],
)
def test_an_aside_after_a_distance_places_what_the_distance_does(text, subject, anchor):
    c = fl.parse(text).claims
    assert c[c.anchor_name == anchor].subject.tolist() == [subject]
