"""Events: the seeds' gold, and sentences of other wars with actors, types, dates, modality."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import shapely
from conftest import GOLD_ARTICLES
from pyproj import Geod

import frontlines as fl

GEOD = Geod(ellps="WGS84")


def _gold_events():
    return [
        pytest.param(a["file"], ev, id=f"{a['file'][:3]}-{ev['actor']}-{ev['type']}-{k}")
        for a in GOLD_ARTICLES
        for k, ev in enumerate(a["events"])
    ]


def _date_ok(row, ev) -> bool:
    if "date" in ev:
        d = pd.Timestamp(ev["date"])
        return row.date_start <= d <= row.date_end
    return (row.date_start, row.date_end) == (
        pd.Timestamp(ev["date_from"]),
        pd.Timestamp(ev["date_to"]),
    )


def _place_ok(row, ev) -> bool:
    if "geonameid" in ev:
        return row.geonameid == ev["geonameid"]
    pt = row.geometry if row.geometry.geom_type == "Point" else row.geometry.boundary.geoms[-1]
    d = GEOD.inv(ev["lon"], ev["lat"], pt.x, pt.y)[2] / 1000
    return d <= ev["tol_km"]


@pytest.mark.parametrize(("file", "ev"), _gold_events())
def test_gold_event_is_read(seed_reports, file, ev):
    e = seed_reports[file].events
    cands = e[(e.actor == ev["actor"]) & (e.event_type == ev["type"])]
    assert len(cands), e[["trigger", "actor", "event_type", "place"]].to_string()
    ok = [
        r
        for r in cands.itertuples()
        if _place_ok(r, ev)
        and _date_ok(r, ev)
        and ("target" not in ev or r.target_actor == ev["target"])
        and ("from_geonameid" not in ev or r.origin_geonameid == ev["from_geonameid"])
    ]
    assert ok, cands[
        ["trigger", "target_actor", "place", "geonameid", "date_start", "date_end"]
    ].to_string()


def test_advance_is_a_line_from_origin_to_target(seed_reports):
    adv = seed_reports["000_1bf4404fc41ad2f7.txt"].advances
    row = adv[(adv.actor == "SDF")].iloc[0]
    (x0, y0), (x1, y1) = row.geometry.coords
    ain_issa, raqqa = fl.geocode("Ain Issa"), fl.geocode("Raqqa")
    assert (round(x0, 4), round(y0, 4)) == (round(ain_issa.lon, 4), round(ain_issa.lat, 4))
    assert (round(x1, 4), round(y1, 4)) == (round(raqqa.lon, 4), round(raqqa.lat, 4))


def test_vague_place_is_coarse_not_false_precise(seed_reports):
    e = seed_reports["000_1bf4404fc41ad2f7.txt"].events
    row = e[e.trigger == "seized"].iloc[0]
    assert row.geo_precision >= 4 and pd.isna(row.geonameid)
    assert "near Turkey" in row.place and row.region_wkt.startswith(("POLYGON", "MULTIPOLYGON"))


# sentence, published, actor, event type, date_start, date_end, modality
SENTENCES = [
    (
        "Russian forces captured the town of Bakhmut on Saturday.",
        "2023-05-21",
        "Russian military",
        "Non-state actor overtakes territory",
        "2023-05-20",
        "2023-05-20",
        "asserted",
    ),
    (
        "Ukrainian forces retook Kherson on Friday.",
        "2022-11-12",
        "Ukraine",
        "Government regains territory",
        "2022-11-11",
        "2022-11-11",
        "asserted",
    ),
    (
        "Ukrainian troops liberated Izium in September.",
        "2022-10-02",
        "Ukraine",
        "Government regains territory",
        "2022-09-01",
        "2022-09-30",
        "asserted",
    ),
    (
        "The RSF seized El Fasher after a long siege.",
        "2024-10-27",
        "RSF",
        "Non-state actor overtakes territory",
        "2024-10-27",
        "2024-10-27",
        "asserted",
    ),
    (
        "The Sudanese army recaptured Wad Madani in January.",
        "2025-02-01",
        "Sudanese army",
        "Government regains territory",
        "2025-01-01",
        "2025-01-31",
        "asserted",
    ),
    (
        "Houthi rebels fired missiles at Aden on Tuesday.",
        "2015-07-10",
        "Houthis",
        "Shelling/artillery/missile attack",
        "2015-07-07",
        "2015-07-07",
        "asserted",
    ),
    (
        "Israeli warplanes bombed Khan Younis since Monday.",
        "2023-12-08",
        "Israel",
        "Air/drone strike",
        "2023-12-04",
        "2023-12-08",
        "asserted",
    ),
    (
        "Hamas fighters clashed with Israeli troops in Gaza City.",
        "2023-11-01",
        "Hamas",
        "Armed clash",
        "2023-11-01",
        "2023-11-01",
        "asserted",
    ),
    (
        "Houthi rebels fired a ballistic missile at the port city of Eilat on Tuesday.",
        "2024-06-01",
        "Houthis",
        "Shelling/artillery/missile attack",
        "2024-05-28",
        "2024-05-28",
        "asserted",
    ),
    (
        "Gunmen raided a village in Zamfara state on Sunday.",
        "2024-06-01",
        "Unidentified armed group",
        "Attack",
        "2024-05-26",
        "2024-05-26",
        "asserted",
    ),
    (
        "Pro-Russian separatists shelled the town of Avdiivka on Monday.",
        "2022-03-02",
        "Russian military",
        "Shelling/artillery/missile attack",
        "2022-02-28",
        "2022-02-28",
        "asserted",
    ),
    (
        "Russian warplanes struck Idlib earlier this week.",
        "2020-02-14",
        "Russian military",
        "Air/drone strike",
        "2020-02-10",
        "2020-02-14",
        "asserted",
    ),
    (
        "Syrian government forces shelled Douma on Wednesday.",
        "2018-03-02",
        "Syrian government",
        "Shelling/artillery/missile attack",
        "2018-02-28",
        "2018-02-28",
        "asserted",
    ),
    (
        "Iraqi forces advanced toward Mosul from Qayyarah.",
        "2016-10-20",
        "Iraqi forces",
        "advance",
        "2016-10-20",
        "2016-10-20",
        "asserted",
    ),
    (
        "The SDF captured Tabqa in May.",
        "2017-06-01",
        "SDF",
        "Non-state actor overtakes territory",
        "2017-05-01",
        "2017-05-31",
        "asserted",
    ),
    (
        "IS fighters withdrew from Manbij on Friday.",
        "2016-08-13",
        "IS",
        "retreat",
        "2016-08-12",
        "2016-08-12",
        "asserted",
    ),
    (
        "Syrian government forces besieged Aleppo in July.",
        "2016-08-01",
        "Syrian government",
        "besieged",
        "2016-07-01",
        "2016-07-31",
        "asserted",
    ),
    (
        "Thousands of civilians fled Raqqa on Sunday.",
        "2017-06-12",
        "Civilians",
        "Civilian movement",
        "2017-06-11",
        "2017-06-11",
        "asserted",
    ),
    (
        "IS seized Palmyra in May 2015.",
        "2016-03-01",
        "IS",
        "Non-state actor overtakes territory",
        "2015-05-01",
        "2015-05-31",
        "asserted",
    ),
    (
        "IS took Mosul in June 2014.",
        "2016-01-01",
        "IS",
        "Non-state actor overtakes territory",
        "2014-06-01",
        "2014-06-30",
        "asserted",
    ),
    (
        "Kurdish forces recaptured Kobani in early 2015.",
        "2015-06-01",
        "Kurdish forces",
        "Non-state actor overtakes territory",
        "2015-01-01",
        "2015-04-30",
        "asserted",
    ),
    (
        "The coalition conducted airstrikes on Raqqa yesterday.",
        "2017-08-15",
        "US-led coalition",
        "Air/drone strike",
        "2017-08-14",
        "2017-08-14",
        "asserted",
    ),
    (
        "Turkish warplanes bombed Afrin last week.",
        "2018-01-31",
        "Turkish military",
        "Air/drone strike",
        "2018-01-22",
        "2018-01-28",
        "asserted",
    ),
    (
        "Iraqi forces could retake Fallujah within days.",
        "2016-06-10",
        "Iraqi forces",
        "Government regains territory",
        "2016-06-10",
        "2016-06-10",
        "expected",
    ),
    (
        "Russia denied that Russian warplanes bombed Aleppo.",
        "2016-10-01",
        "Russian military",
        "Air/drone strike",
        "2016-10-01",
        "2016-10-01",
        "denied",
    ),
    (
        "IS claimed it had captured Palmyra.",
        "2015-05-21",
        "IS",
        "Non-state actor overtakes territory",
        "2015-05-21",
        "2015-05-21",
        "claimed",
    ),
    (
        "Syrian troops did not retake Idlib.",
        "2019-05-01",
        "Syrian government",
        "Government regains territory",
        "2019-05-01",
        "2019-05-01",
        "denied",
    ),
    (
        "Syrian government forces are expected to capture Maarat al-Numan.",
        "2020-01-28",
        "Syrian government",
        "Government regains territory",
        "2020-01-28",
        "2020-01-28",
        "expected",
    ),
    (
        "The RSF reportedly seized Nyala on Thursday.",
        "2023-10-28",
        "RSF",
        "Non-state actor overtakes territory",
        "2023-10-26",
        "2023-10-26",
        "claimed",
    ),
    (
        "Ukrainian forces pushed back Russian troops near Kharkiv.",
        "2022-05-14",
        "Ukraine",
        "Armed clash",
        "2022-05-14",
        "2022-05-14",
        "asserted",
    ),
    (
        "Russian forces were nearing Avdiivka.",
        "2024-02-10",
        "Russian military",
        "advance",
        "2024-02-10",
        "2024-02-10",
        "asserted",
    ),
    (
        # both sides named: the first is the actor, the second the target
        "Fighting between the RSF and the Sudanese army continued in Khartoum.",
        "2023-04-20",
        "RSF",
        "Armed clash",
        "2023-04-20",
        "2023-04-20",
        "asserted",
    ),
    (
        "Israeli forces advanced into Rafah on Tuesday.",
        "2024-05-09",
        "Israel",
        "advance",
        "2024-05-07",
        "2024-05-07",
        "asserted",
    ),
    (
        "The Houthis attacked a ship off Hodeidah on Saturday.",
        "2024-01-15",
        "Houthis",
        "Attack",
        "2024-01-13",
        "2024-01-13",
        "asserted",
    ),
    (
        "Ukrainian forces lost Avdiivka in February.",
        "2024-03-15",
        "Ukraine",
        "retreat",
        "2024-02-01",
        "2024-02-29",
        "asserted",
    ),
    (
        "Russian forces overran Soledar on January 13, 2023.",
        "2023-01-20",
        "Russian military",
        "Non-state actor overtakes territory",
        "2023-01-13",
        "2023-01-13",
        "asserted",
    ),
    (
        "IS fighters were driven out of Sirte in December.",
        "2017-01-10",
        None,
        "Government regains territory",
        "2016-12-01",
        "2016-12-31",
        "asserted",
    ),
    (
        "Residents evacuated Mariupol since March.",
        "2022-05-01",
        "Civilians",
        "Civilian movement",
        "2022-03-01",
        "2022-05-01",
        "asserted",
    ),
    (
        "The SDF fought IS in Deir ez-Zor on Sunday.",
        "2019-03-19",
        "SDF",
        "Armed clash",
        "2019-03-17",
        "2019-03-17",
        "asserted",
    ),
    (
        "Iraqi forces encircled Tal Afar in mid-2017.",
        "2017-09-01",
        "Iraqi forces",
        "besieged",
        "2017-05-01",
        "2017-08-31",
        "asserted",
    ),
    (
        "Government forces may take Daraa soon.",
        "2018-07-01",
        "Syrian government",
        "Government regains territory",
        "2018-07-01",
        "2018-07-01",
        "expected",
    ),
    (
        "Syrian government forces never captured Idlib in 2019.",
        "2020-01-01",
        "Syrian government",
        "Government regains territory",
        "2019-01-01",
        "2019-12-31",
        "denied",
    ),
    (
        "Israeli jets struck Beirut on Monday.",
        "2024-09-25",
        "Israel",
        "Air/drone strike",
        "2024-09-23",
        "2024-09-23",
        "asserted",
    ),
    (
        "RSF fighters besieged El Fasher since May.",
        "2024-09-01",
        "RSF",
        "besieged",
        "2024-05-01",
        "2024-09-01",
        "asserted",
    ),
]
SENTENCES += [
    (
        "M23 rebels seized Goma on Monday.",
        "2025-01-29",
        "M23",
        "Non-state actor overtakes territory",
        "2025-01-27",
        "2025-01-27",
        "asserted",
    ),
    (
        "The junta bombed villages in Sagaing since Tuesday.",
        "2024-05-03",
        "Myanmar military",
        "Air/drone strike",
        "2024-04-30",
        "2024-05-03",
        "asserted",
    ),
    (
        "Azerbaijani forces captured Shusha on Sunday.",
        "2020-11-10",
        "Azerbaijani army",
        "Government regains territory",
        "2020-11-08",
        "2020-11-08",
        "asserted",
    ),
    (
        "Wagner fighters withdrew from Bakhmut in June.",
        "2023-07-01",
        "Wagner Group",
        "retreat",
        "2023-06-01",
        "2023-06-30",
        "asserted",
    ),
    (
        "Taliban fighters took Kandahar on Thursday.",
        "2021-08-14",
        "Taliban",
        "Non-state actor overtakes territory",
        "2021-08-12",
        "2021-08-12",
        "asserted",
    ),
    (
        "Wagner fighters claimed control of Bakhmut on Saturday.",
        "2023-05-22",
        "Wagner Group",
        "Non-state actor overtakes territory",
        "2023-05-20",
        "2023-05-20",
        "claimed",
    ),
    (
        "Ethiopian federal forces captured Mekelle on Saturday.",
        "2020-11-30",
        "Ethiopian army",
        "Government regains territory",
        "2020-11-28",
        "2020-11-28",
        "asserted",
    ),
    (
        "Government forces retook Wad Madani from the RSF on Saturday.",
        "2025-01-13",
        "Sudanese army",
        "Government regains territory",
        "2025-01-11",
        "2025-01-11",
        "asserted",
    ),
    (
        "Fano militia clashed with Ethiopian troops in Gondar.",
        "2023-08-10",
        "Fano",
        "Armed clash",
        "2023-08-10",
        "2023-08-10",
        "asserted",
    ),
]


@pytest.mark.parametrize(("sentence", "pub", "actor", "etype", "d0", "d1", "modality"), SENTENCES)
def test_sentences_of_other_wars(sentence, pub, actor, etype, d0, d1, modality):
    e = fl.parse(sentence, published=pub).events
    rows = e[e.event_type == etype]
    assert len(rows), (sentence, e[["trigger", "actor", "event_type", "place"]].to_dict("records"))
    row = rows.iloc[0]
    assert row.actor == actor or (actor is None and pd.isna(row.actor)), row.actor
    assert (row.date_start.date(), row.date_end.date()) == (
        dt.date.fromisoformat(d0),
        dt.date.fromisoformat(d1),
    )
    assert row.modality == modality
    if sentence.startswith("IS fighters were driven"):
        assert row.target_actor == "IS"  # passive: IS is the one driven out
    assert row.geometry is not None and not row.geometry.is_empty


def test_undated_event_takes_publication_date_marked_so():
    e = fl.parse("IS fighters seized Palmyra.", published="2015-05-21").events
    row = e.iloc[0]
    assert row.date_source == "published" and str(row.date_start.date()) == "2015-05-21"


@pytest.mark.parametrize(
    ("text", "actor", "actor_type"),
    [
        ("Myanmar's army shelled Lashio on Saturday.", "Myanmar military", "state"),
        ("Russia's troops captured Avdiivka on Saturday.", "Russian military", "foreign-state"),
        ("Turkey's army shelled Tal Rifaat on Saturday.", "Turkish military", "foreign-state"),
        ("Chadian soldiers attacked Abeche on Saturday.", "Chad military", "state"),
        ("Israeli warplanes struck Beirut on Saturday.", "Israel", "state"),
        # a model's name between the country and the noun
        ("Russian Su-34 bombers struck Kharkiv on Saturday.", "Russian military", "foreign-state"),
        ("Israeli F-35 jets struck Sanaa on Saturday.", "Israel", "state"),
        # a longer country's name before its possessive ("South" + "Sudan's army")
        ("South Sudan's army shelled Nasir on Saturday.", "South Sudan military", "state"),
    ],
)
def test_state_forces_of_any_country(text, actor, actor_type):
    """ "<Country>'s army", "<Demonym> troops": the lexicon's state actor of that country, or
    "<Country> military" where the lexicon has none."""
    from frontlines.actors import find_actors

    (a,) = [a for a in find_actors(text) if a.start == text.index(text.split()[0])]
    assert (a.actor, a.type) == (actor, actor_type)
    ev = fl.parse(text, published="2024-08-05").events
    assert ev.actor.tolist()[0] == actor


def test_lost_control_of_a_place_to_someone_hands_it_over():
    e = fl.parse(
        "The Myanmar junta lost control of Lashio, the largest town in northern Shan state, to "
        "the MNDAA.",
        published="2024-08-05",
    ).events
    assert (e.actor.tolist(), e.place_name.tolist()) == (["MNDAA"], ["Lashio"])
    # no place by its name, no capture
    e = fl.parse(
        "She lost control of the vehicle near Brandon and it overturned, according to police.",
        published="2024-08-05",
    ).events
    assert "capture" not in set(e.action)
    rep = fl.parse(
        "Myanmar's army lost control of Lashio to the MNDAA on Saturday.", published="2024-08-05"
    )
    (e,) = rep.events.itertuples()
    # the MNDAA took it from the army, as ACLED codes it
    assert (e.actor, e.target_actor, e.event_type) == (
        "MNDAA",
        "Myanmar military",
        "Non-state actor overtakes territory",
    )
    holder = rep.control(at="2024-08-04").set_index("name").holder
    assert holder["Lashio"] == "MNDAA"
    assert rep.control(at="2024-08-02").set_index("name").holder["Lashio"] == "Myanmar military"


@pytest.mark.parametrize(
    ("text", "actor", "etype"),
    [
        (
            "Russia said its forces had taken full control of Avdiivka on Saturday.",
            "Russian military",
            "Non-state actor overtakes territory",
        ),
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday, shelling Stepanakert.",
            "Azerbaijani army",
            "Armed clash",
        ),
    ],
)
def test_a_country_as_subject_acts_through_its_state(text, actor, etype):
    ev = fl.parse(text, published="2024-02-18").events
    assert (ev.actor.iloc[0], ev.event_type.iloc[0]) == (actor, etype)


def test_a_country_in_a_place_phrase_is_not_an_actor():
    from frontlines.actors import find_actors

    text = "Fighting in Syria killed 20 people, and Syria and Turkey traded blame."
    assert [a.text for a in find_actors(text) if a.type != "civilians"] == []


def test_each_coordinated_place_gets_the_event():
    rep = fl.parse(
        "TPLF fighters said they had captured Dessie and Kombolcha, about 400 km north of "
        "Addis Ababa, on Monday.",
        published="2021-11-02",
    )
    ev = rep.events[rep.events.event_type == "Non-state actor overtakes territory"]
    assert sorted(ev.place_name) == ["Dessie", "Kombolcha"]
    assert set(ev.actor) == {"TPLF"}
    rep = fl.parse(
        "Ukrainian troops recaptured Izium, Balakliia and the town of Kupiansk in Kharkiv "
        "region on Saturday.",
        published="2022-09-12",
    )
    ev = rep.events[rep.events.event_type == "Government regains territory"]
    assert sorted(ev.place_name) == ["Balakliya", "Izyum", "Kupyansk"]


def test_the_month_may_is_not_a_modal_verb():
    ev = fl.parse("On 12 May 2024, Israeli military shelled Rafah.").events
    assert ev.modality.tolist() == ["asserted"]
    assert str(ev.date_start.iloc[0].date()) == "2024-05-12"
    ev = fl.parse("Israeli forces may attack Rafah on 12 May 2024.").events
    assert ev.modality.tolist() == ["expected"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Turkey launched an offensive against Kurdish-led forces in northeast Syria on "
            "Wednesday, with air strikes on Ras al-Ain.",
            {
                ("Armed clash", "Turkish military", "SDF"),
                ("Air/drone strike", "Turkish military", ""),
            },
        ),
        (
            "The SDF repelled an attack by IS near Raqqa on Friday.",
            {("Armed clash", "SDF", "IS")},
        ),
        (
            "The SDF advanced toward Raqqa on Friday, backed by airstrikes by the US-led coalition.",
            {("advance", "SDF", ""), ("Air/drone strike", "US-led coalition", "")},
        ),
        (
            "Raqqa was captured by the SDF on Friday.",
            {("Non-state actor overtakes territory", "SDF", "")},
        ),
    ],
)
def test_who_acts_against_by_and_passive(text, want):
    ev = fl.parse(text, published="2019-10-11").events
    got = {
        (r.event_type, r.actor, r.target_actor if isinstance(r.target_actor, str) else "")
        for r in ev.itertuples()
    }
    assert got == want


@pytest.mark.parametrize(
    ("text", "pub", "d0", "d1"),
    [
        (
            "The army shelled Kidal on the night of 14 November.",
            "2023-11-16",
            "2023-11-14",
            "2023-11-14",
        ),
        (
            "Israeli forces struck Khan Younis between March and May 2024.",
            "2024-06-01",
            "2024-03-01",
            "2024-05-31",
        ),
        ("Ukrainian forces retook Kherson two days ago.", "2022-11-13", "2022-11-11", "2022-11-11"),
        # "on" before a full date must not let the month-and-day reading drop the year
        (
            "M23 rebels captured Goma on November 20, 2012.",
            "2024-06-01",
            "2012-11-20",
            "2012-11-20",
        ),
        (
            "Serb forces overran Srebrenica on 11 July 1995.",
            "2024-06-01",
            "1995-07-11",
            "1995-07-11",
        ),
        ("RSF fighters attacked El Fasher overnight.", "2024-09-11", "2024-09-10", "2024-09-11"),
        # the night before the day named
        (
            "Shelling hit Kharkiv overnight into Saturday.",
            "2024-06-05",
            "2024-05-31",
            "2024-06-01",
        ),
        (
            "Russian forces shelled Kharkiv three weeks ago.",
            "2023-11-16",
            "2023-10-23",
            "2023-10-29",
        ),
    ],
)
def test_more_time_expressions(text, pub, d0, d1):
    (e,) = fl.parse(text, published=pub).events.itertuples()
    assert (str(e.date_start.date()), str(e.date_end.date())) == (d0, d1)
    assert e.date_source == "text"


def test_a_countrys_adjective_before_an_action_noun_is_who_acts():
    e = fl.parse(
        "Ukrainian troops repelled Russian attacks near Chasiv Yar on Monday.",
        published="2024-08-20",
    ).events
    # (the Russian attacks are ground assaults near a town: a battle, as ACLED codes them; the
    # one Ukraine repelled, with Russia as its other side)
    got = list(zip(e.event_type, e.actor, e.target_actor, strict=True))
    assert got == [("Armed clash", "Ukraine", "Russian military")], got
    e = fl.parse("Israeli strikes hit Rafah on Tuesday.", published="2024-05-08").events
    assert e.actor.tolist() == ["Israel"]


def test_each_of_two_coordinated_actions_keeps_its_own_place():
    """The place after "taken control of" is the capture's, not the advance's; a place named
    once after two actions that share it is both's."""
    e = fl.parse(
        "Kyiv said its forces had advanced 1-3 km in the Kursk region and taken control of the "
        "town of Sudzha on Aug. 15.",
        published="2024-08-20",
    ).events
    got = dict(zip(e.action, e.place, strict=True))
    assert got == {"advance": "Kursk region", "capture": "Sudzha"}, got
    e = fl.parse("IS fighters shelled and stormed Azaz.", published="2016-05-27").events
    assert e[["action", "place"]].values.tolist() == [["shelling", "Azaz"], ["attack", "Azaz"]]
    # (the attack a place is captured in is that capture: one event)
    e = fl.parse("IS fighters attacked and captured Azaz.", published="2016-05-27").events
    assert e[["action", "place"]].values.tolist() == [["capture", "Azaz"]]


def test_a_place_inside_a_named_country_is_the_events_place():
    e = fl.parse(
        "Russian forces captured a village in eastern Ukraine's Donetsk region on Tuesday.",
        published="2024-08-20",
    ).events
    assert e.place.tolist() == ["Donetsk region"]


def test_the_paramilitaries_are_the_paramilitary_force_named_before():
    e = fl.parse(
        "The RSF seized Wad Madani in December. The paramilitaries have besieged El Fasher "
        "since May.",
        published="2025-01-11",
    ).events
    assert e[e.event_type == "besieged"].actor.tolist() == ["RSF"]


def test_rebels_are_the_rebels_named_before_and_an_unidentified_group_when_none_was():
    """No group named: not one guessed, but an unidentified armed group (as ACLED codes it)."""
    e = fl.parse(
        "M23 rebels seized Goma. The rebels then advanced on Bukavu.", published="2025-02-01"
    )
    assert e.events[e.events.action == "advance"].actor.tolist() == ["M23"]
    e = fl.parse("Rebels shelled Damascus on Monday.", published="2024-05-01").events
    assert e.actor.tolist() == ["Unidentified armed group"]
    e = fl.parse(
        "Militants threw a grenade at a market in Srinagar on Tuesday.", published="2024-05-01"
    ).events
    assert e[["actor", "event_type"]].values.tolist() == [["Unidentified armed group", "Grenade"]]


def test_an_action_done_with_a_weapon_is_one_event_of_the_weapons_kind():
    e = fl.parse(
        "Russian forces struck Odesa port with missiles overnight.", published="2024-12-01"
    ).events
    assert e.event_type.tolist() == ["Shelling/artillery/missile attack"], e.event_type.tolist()


def test_a_krai_is_a_division_and_not_a_second_place_of_the_event():
    r = fl.parse(
        "A drone attack by Ukrainian forces hit an oil depot in Novorossiysk, Krasnodar Krai.",
        published="2024-12-01",
    )
    m = r.mentions
    assert m[m.text == "Krasnodar Krai"].kind.tolist() == ["admin1"]
    assert r.events.place.tolist() == ["Novorossiysk"]


def test_the_dateline_city_is_where_the_story_was_filed_not_the_events_place():
    e = fl.parse(
        "BEIRUT (AP) — Israeli jets struck targets across the south overnight, the army said.",
        published="2024-08-20",
    ).events
    assert "BEIRUT" not in set(e.place), e[["event_type", "place"]].to_dict("records")
    e = fl.parse("BEIRUT (AP) — Israeli jets struck Tyre overnight.", published="2024-08-20")
    assert e.events.place.tolist() == ["Tyre"]
    assert e.articles[0].datelines == [(0, len("BEIRUT (AP) — "))]
    got = e.mentions.set_index("text").dateline.to_dict()
    assert got == {"BEIRUT": True, "Israeli": False, "Tyre": False}


@pytest.mark.parametrize(
    ("text", "actor", "target", "place"),
    [
        (
            "Fighting erupted in Khartoum between the army and the paramilitary RSF on Saturday.",
            "Sudanese army",
            "RSF",
            "Khartoum",
        ),
        (
            "Fighting between Russia and Ukraine continued near Bakhmut.",
            "Russian military",
            "Ukraine",
            "near Bakhmut",
        ),
        (
            "Heavy clashes between M23 rebels and the Congolese army were reported in Goma.",
            "M23",
            "FARDC",
            "Goma",
        ),
    ],
)
def test_fighting_between_two_sides_names_both_and_neither_is_the_place(text, actor, target, place):
    (e,) = fl.parse(text, published="2023-04-17").events.itertuples()
    assert (e.actor, e.target_actor, e.place) == (actor, target, place)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled a hospital in Mariupol.",  # no "Mar" in Mariupol
        "Houthi fighters advanced in Marib.",
        "Ukrainian drones hit an oil depot in Novorossiysk.",  # no "Nov" in Novorossiysk
    ],
)
def test_a_place_that_starts_like_a_month_dates_nothing(text):
    (e,) = fl.parse(text, published="2024-09-01").events.itertuples()
    assert e.date_source == "published" and str(e.date_start.date()) == "2024-09-01"


@pytest.mark.parametrize(
    ("text", "actor", "event_type", "target"),
    [
        (
            "Avdiivka fell to Russian forces on Saturday.",
            "Russian military",
            "Non-state actor overtakes territory",
            None,
        ),
        ("Ukrainian drones hit an oil depot in Novorossiysk.", "Ukraine", "Air/drone strike", None),
        (
            "Kyiv came under a massive missile attack overnight.",
            None,
            "Shelling/artillery/missile attack",
            None,
        ),
        ("Malian troops and Wagner mercenaries entered Kidal.", "Malian army", "advance", None),
        (
            "On 3 March 2023, Military Forces of Myanmar (2021-) clashed with PDF fighters in "
            "Kale township, Sagaing region.",
            "Myanmar military",
            "Armed clash",
            "People's Defence Force",
        ),
        (
            # the first of joint agents leads; the second is no target, those driven out are
            "The militants were driven out of Mocímboa da Praia by Mozambican and Rwandan troops.",
            "Mozambique military",
            "Government regains territory",
            "Unidentified armed group",
        ),
    ],
)
def test_who_acts_in_other_phrasings(text, actor, event_type, target):
    (e,) = fl.parse(text, published="2024-09-01").events.itertuples()
    assert (e.actor, e.event_type) == (actor, event_type)
    assert (e.target_actor if isinstance(e.target_actor, str) else None) == target


def test_an_action_without_which_something_happened_is_no_event():
    ev = fl.parse(
        "The Taliban captured Mazar-i-Sharif without a fight. No fighting was reported in Herat.",
        published="2021-08-15",
    ).events
    assert ev.action.tolist() == ["capture"]


def test_looting_and_burning_are_property_destruction():
    (e,) = fl.parse(
        "RSF fighters looted and torched villages around Geneina on Monday.", published="2023-06-14"
    ).events.itertuples()
    assert (e.actor, e.event_type, e.place) == (
        "RSF",
        "Looting/property destruction",
        "around Geneina",
    )


def test_fighting_near_a_border_is_drawn_on_the_strip_of_the_country_it_is_in():
    (e,) = fl.parse(
        "Jihadists attacked the army camp at Boulkessi, near the border with Burkina Faso, in "
        "central Mali.",
        published="2024-06-01",
    ).events.itertuples()
    from frontlines._shapes import country_shape

    assert e.place == "near the border with Burkina Faso" and e.geo_precision == 5
    assert country_shape("ML").contains(e.geometry)


def test_event_records_in_a_csv_are_read_as_articles(tmp_path):
    """An ACLED-style export: the notes are the text, event_date the date, event_id_cnty the id."""
    p = tmp_path / "events.csv"
    p.write_text(
        "event_id_cnty,event_date,actor1,location,notes\n"
        'SDN555,2023-12-18,Rapid Support Forces,Wad Madani,"On 18 December 2023, RSF fighters '
        'took control of Wad Madani, the capital of Gezira state."\n'
        'MMR77,2024-08-03,MNDAA,Lashio,"Around 3 August 2024 (as reported), the MNDAA captured '
        'Lashio town, Shan state (North), from Military Forces of Myanmar (2021-)."\n',
        encoding="utf-8",
    )
    c = fl.parse_many(p)
    ev = c.events.set_index("article_id")
    assert ev.loc["SDN555", "actor"] == "RSF" and ev.loc["MMR77", "actor"] == "MNDAA"
    assert ev.loc["MMR77", "target_actor"] == "Myanmar military"
    assert str(ev.loc["SDN555", "date_start"].date()) == "2023-12-18"
    held = c.control(at="2024-09-01").set_index("name").holder.to_dict()
    assert held == {"Lashio": "MNDAA", "Wad Medani": "RSF"}


def test_jihadists_are_the_group_the_article_names_and_the_speaker_is_no_target():
    ev = fl.parse(
        "JNIM fighters attacked Boulkessi last week. The jihadists captured the strategic town "
        "of Mopti, in central Mali, the army said.",
        published="2024-06-01",
    ).events
    row = ev[ev.trigger == "captured"].iloc[0]
    assert row.actor == "JNIM" and not isinstance(row.target_actor, str)


def test_fired_on_is_an_attack_and_the_amhara_region_a_place():
    e = fl.parse(
        "Kyiv said Russian troops fired on Enerhodar. Tigrayan forces withdrew from Dessie in "
        "the Amhara region.",
        published="2024-06-01",
    )
    assert ("fired on", "Russian military", "Enerhodar") in set(
        zip(e.events.trigger, e.events.actor, e.events.place, strict=True)
    )
    assert "Amhara region" in e.mentions.text.tolist()


@pytest.mark.parametrize(
    ("text", "actor", "event_type", "place", "d0", "d1"),
    [
        (
            "The fall of Bakhmut to Russian forces in May 2023 ended the battle.",
            "Russian military",
            "Non-state actor overtakes territory",
            "Bakhmut",
            "2023-05-01",
            "2023-05-31",
        ),
        (
            "Russia's capture of Avdiivka in February was its biggest gain in months.",
            "Russian military",
            "Non-state actor overtakes territory",
            "Avdiivka",
            "2024-02-01",
            "2024-02-29",
        ),
        (
            "Mariupol has been under siege since early March.",
            None,
            "besieged",
            "Mariupol",
            "2024-03-01",
            "2024-06-01",
        ),
    ],
)
def test_actions_named_by_nouns(text, actor, event_type, place, d0, d1):
    ev = fl.parse(text, published="2024-06-01").events
    e = ev.iloc[0]
    assert (e.actor if isinstance(e.actor, str) else None, e.event_type, e.place) == (
        actor,
        event_type,
        place,
    )
    assert (str(e.date_start.date()), str(e.date_end.date())) == (d0, d1)


def test_a_verb_after_an_action_noun_is_its_verb_and_entering_a_month_no_advance():
    ev = fl.parse(
        "Heavy Russian shelling of Kharkiv killed five people on Thursday. The siege of El "
        "Fasher by the RSF entered its sixth month.",
        published="2024-06-01",
    ).events
    assert ev.event_type.tolist() == ["Shelling/artillery/missile attack", "besieged"]


def test_a_coordinated_action_shares_its_subject_and_a_claim_about_another_place_stays_there():
    ev = fl.parse(
        "Syrian rebels captured the city of Hama on Thursday after days of fighting with "
        "government forces, and advanced towards Homs, 45 km to the south.",
        published="2024-12-07",
    ).events
    cap = ev[ev.action == "capture"].iloc[0]
    adv = ev[ev.action == "advance"].iloc[0]
    # "<Demonym> rebels" is that country's armed opposition, not its state
    assert (cap.actor, cap.event_type) == ("Syrian rebels", "Non-state actor overtakes territory")
    # the claim "45 km to the south" places Homs; the capture stays at Hama
    assert (cap.place_name, cap.geo_precision) == ("Ḩamāh", 1)
    assert GEOD.inv(36.75, 35.13, cap.geometry.x, cap.geometry.y)[2] < 5_000
    # "…, and advanced": the rebels advanced (not the government forces named between), on
    # the day of the capture
    assert (adv.actor, adv.place_name) == ("Syrian rebels", "Homs")
    assert adv.date_start == cap.date_start == pd.Timestamp("2024-12-05")


@pytest.mark.parametrize(
    ("text", "actor", "actor_type"),
    [
        ("Malian jihadists attacked Boni on Monday.", "Malian rebels", "non-state"),
        ("Russian government forces shelled Kharkiv.", "Russian military", "foreign-state"),
        ("Houthi rebels attacked Marib.", "Houthis", "non-state"),
    ],
)
def test_a_countrys_rebels_and_a_generic_phrase_inside_a_countrys_forces(text, actor, actor_type):
    e = fl.parse(text, published="2024-06-01").events.iloc[0]
    assert e.actor == actor
    from frontlines.actors import load_actors

    assert load_actors().types[e.actor] == actor_type


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Heavy fighting broke out between the Sudanese army and the RSF in Omdurman.",
            "Sudanese army",
            "RSF",
        ),
        # a name in the singular in the lexicon, in the plural in the text
        (
            "Ethiopian National Defense Forces clashed with Fano militia in Bahir Dar.",
            "Ethiopian army",
            "Fano",
        ),
    ],
)
def test_both_sides_of_a_clash(text, actor, target):
    e = fl.parse(text, published="2024-06-01").events.iloc[0]
    assert (e.event_type, e.actor, e.target_actor) == ("Armed clash", actor, target)


def test_a_prevented_action_and_a_place_with_its_division_are_one_event():
    ev = fl.parse(
        "On 2 January 2024, gunmen killed five farmers in Mangu, Plateau state. JNIM besieged "
        "Douentza and prevented supplies from entering.",
        published="2024-06-01",
    ).events
    assert list(zip(ev.action, ev.place_name, strict=True)) == [
        ("attack", "Mangu"),
        ("siege", "Douentza"),
    ]


def test_how_an_attack_was_done_and_who_made_the_attack_repelled():
    rows = [
        row
        for text in (
            "The Israeli military said it killed a Hamas commander in an airstrike in Deir "
            "al-Balah on Monday.",
            # (the actor's words start at the demonym, not at the sentence before)
            "It was Monday. Burkinabe soldiers repelled an attack on Djibo by JNIM fighters.",
        )
        for row in fl.parse(text, published="2024-06-15")
        .events[["event_type", "actor", "place_name"]]
        .itertuples(index=False, name=None)
    ]
    # one airstrike by Israel (not a second event with Hamas acting)
    assert ("Air/drone strike", "Israel", "Dayr al Balaḩ") in rows
    # the attack repelled is the battle, JNIM its other side (one event, as ACLED codes it)
    assert ("Armed clash", "Burkina Faso military", "Djibo") in rows
    assert len(rows) == 2
    e = fl.parse(
        "Burkinabe soldiers repelled an attack on Djibo by JNIM fighters.", published="2024-06-15"
    ).events
    assert e.target_actor.tolist() == ["JNIM"]


def test_part_of_an_unknown_name_is_not_a_town_abroad():
    """'Jebel Moya' is not in the gazetteer; 'Jebel' is a town in Turkmenistan. The event is
    drawn where the claim puts the area."""
    r = fl.parse(
        "Sudanese army troops regained control of the Jebel Moya area, about 25 km west of "
        "Sennar, on October 5.",
        published="2024-06-15",
    )
    assert "TM" not in r.mentions.country_code.tolist()
    e = r.events.iloc[0]
    assert (e.actor, e.geo_precision) == ("Sudanese army", 2)
    d = GEOD.inv(33.57, 13.57, e.geometry.x, e.geometry.y)[2] / 1000
    assert 20 < d < 30
    assert r.claims.iloc[0].subject == "Jebel Moya"  # the name ("area" is its noun)


@pytest.mark.parametrize(
    ("text", "actor", "actor_text"),
    [
        # "have been <verb>ing" is the progressive, not the passive: the forces push
        (
            "Russian forces have been pushing towards Chasiv Yar for weeks.",
            "Russian military",
            "Russian forces",
        ),
        # a named group's members are the group, not an unidentified armed group
        ("Hamas gunmen infiltrated Kibbutz Be'eri on 7 October 2023.", "Hamas", "Hamas gunmen"),
        ("A Ukrainian drone struck an oil depot in Russia's Bryansk region.", "Ukraine", None),
        ("Kurdish-led fighters have been besieging the town of Manbij.", "SDF", None),
    ],
)
def test_who_acts_progressive_members_and_singular_weapons(text, actor, actor_text):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert e.actor == actor
    assert not isinstance(e.target_actor, str)
    if actor_text:
        assert e.actor_text == actor_text


@pytest.mark.parametrize(
    ("text", "d0", "d1", "precision"),
    [
        # "since" a day: from that day to publication, at a coarse precision
        (
            "Heavy fighting has been raging in Khartoum since April 15.",
            "2024-04-15",
            "2024-06-15",
            4,
        ),
        ("RSF fighters have shelled El Fasher since June 12.", "2024-06-12", "2024-06-15", 2),
        # counted from the date the text told last
        (
            "Russian forces captured Avdiivka on February 17, 2024. Two days later, Russian "
            "forces took Lastochkyne, west of Avdiivka.",
            "2024-02-19",
            "2024-02-19",
            1,
        ),
        (
            "JNIM militants attacked Djibo on 1 June 2024. A week later, JNIM attacked Arbinda.",
            "2024-06-05",
            "2024-06-11",
            2,
        ),
        (
            "On 3 March 2023, M23 rebels shelled Sake. The next day M23 rebels advanced on Goma.",
            "2023-03-04",
            "2023-03-04",
            1,
        ),
        # the last weekend up to publication (a Saturday here: that day alone)
        ("RSF fighters shelled El Fasher over the weekend.", "2024-06-15", "2024-06-15", 2),
        (
            "RSF fighters shelled El Fasher at the weekend, officials said.",
            "2024-06-15",
            "2024-06-15",
            2,
        ),
    ],
)
def test_since_a_day_and_days_counted_from_the_date_told_before(text, d0, d1, precision):
    e = fl.parse(text, published="2024-06-15").events.iloc[-1]
    assert (str(e.date_start.date()), str(e.date_end.date())) == (d0, d1)
    assert (e.time_precision, e.date_source) == (precision, "text")


def test_a_day_counted_from_nothing_told_is_not_read():
    (e,) = fl.parse(
        "A week later, JNIM attacked Djibo.", published="2024-06-15"
    ).events.itertuples()
    assert e.date_source == "published"


def test_they_is_the_agent_of_the_event_told_just_before():
    ev = fl.parse(
        "Russian forces captured Avdiivka on February 17, 2024. Two days later, they took "
        "Lastochkyne, west of Avdiivka.",
        published="2024-06-15",
    ).events
    assert ev.actor.tolist() == ["Russian military", "Russian military"]
    assert ev.actor_text.tolist()[1] == "they"
    # a word of time may stand before the pronoun
    ev = fl.parse(
        "On 3 March 2023, M23 rebels shelled Sake. The next day they advanced on Goma.",
        published="2024-06-15",
    ).events
    assert ev.actor.tolist() == ["M23", "M23"]
    # nobody told before: "they" is nobody
    (e,) = fl.parse("They shelled Kharkiv on Monday.", published="2024-06-15").events.itertuples()
    assert not isinstance(e.actor, str)


@pytest.mark.parametrize(
    ("text", "place", "place_name", "precision"),
    [
        ("JNIM attacked Mansila, in Yagha province.", "Mansila, Yagha province", "Yagha", 3),
        (
            "On 23 March 2024, gunmen abducted 287 pupils in Kuriga, Kaduna state.",
            "Kuriga, Kaduna state",
            "Kaduna",
            4,
        ),
        ("Gunmen attacked Kalma camp in Nyala on Sunday.", "Kalma camp, Nyala", "Nyala", 2),
        (
            "M23 rebels took control of Nyanzale, a town in North Kivu province.",
            "Nyanzale, North Kivu province",
            "Nord-Kivu",
            4,
        ),
        # a known place is the place itself; an actor or a weekday is no place
        ("JNIM attacked Djibo, in Soum province.", "Djibo", "Djibo", 1),
        ("The army attacked Wagner in Kidal region.", "Kidal region", "Kidal", 4),
        ("Fighters attacked Monday, in Mopti region.", "Mopti region", "Mopti", 4),
        # ACLED writes the divisions of an unknown place in parentheses
        (
            "Al Shabaab militants attacked SNA positions at Galcad (Adan Yabaal, Middle Shabelle).",
            "Galcad, Middle Shabelle",
            "Shabeellaha Dhexe",
            4,
        ),
    ],
)
def test_an_unknown_place_is_named_with_the_place_that_holds_it(text, place, place_name, precision):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.place, e.place_name, e.geo_precision) == (place, place_name, precision)


@pytest.mark.parametrize(
    ("text", "actor", "target", "place_name"),
    [
        # a country that modifies a noun is not where it happened (its warship is the
        # target)
        (
            "The Houthis said they had targeted a US destroyer in the Red Sea with missiles.",
            "Houthis",
            "United States military",
            "Red Sea",
        ),
        # "government forces" are of the country of the places, not of an adjective
        (
            "Government forces backed by Iranian-supported militias pushed into Aleppo city.",
            "Syrian government",
            None,
            "Aleppo",
        ),
        # a group the lexicon lacks, named by its acronym, and allies clashing with it
        (
            "Wagner Group and FAMa forces clashed with CSP-PSD rebels in Kidal.",
            "Wagner Group",
            "CSP-PSD",
            "Kidal",
        ),
        (
            "Pro-Russian separatists shot down a Ukrainian jet over Donetsk.",
            None,
            "Ukraine",
            "Donetsk",
        ),
    ],
)
def test_modifiers_adjectives_and_unknown_groups(text, actor, target, place_name):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    if actor is not None:
        assert e.actor == actor
    assert (e.target_actor if isinstance(e.target_actor, str) else None) == target
    assert e.place_name == place_name


def test_a_participle_that_describes_a_place_is_no_event():
    ev = fl.parse(
        "Ukrainian forces struck an air defense system near Dzhankoi in occupied Crimea.",
        published="2024-06-15",
    ).events
    assert ev.event_type.tolist() == ["Air/drone strike"]
    assert fl.parse("Aid reached the besieged city of El Fasher.").events.empty
    # the verb still is one
    (e,) = fl.parse("Russian forces occupied Crimea in March 2014.").events.itertuples()
    assert (e.actor, e.place_name) == ("Russian military", "Crimea")


def test_two_action_words_in_a_row_are_one_action_of_the_specific_kind():
    ev = fl.parse(
        "The Colombian army killed 10 FARC dissidents in a bombing raid in Guaviare department.",
        published="2024-06-15",
    ).events
    assert ev.event_type.tolist() == ["Air/drone strike"]


def test_an_action_near_several_places_is_near_each():
    ev = fl.parse(
        "Russian forces continued offensive operations near Siversk, Chasiv Yar, Toretsk and "
        "Pokrovsk on June 14.",
        published="2024-06-15",
    ).events
    assert ev.place.tolist() == [
        "near Siversk",
        "near Chasiv Yar",
        "near Toretsk",
        "near Pokrovsk",
    ]
    assert set(ev.geo_precision) == {2}
    pts = ev.geometry
    assert pts.iloc[3].distance(pts.iloc[0]) > 0.5  # each drawn near its own town


def test_an_unknown_village_in_a_part_of_a_country():
    (e,) = fl.parse(
        "Armed men killed at least 50 people in an attack on the village of Seytenga in "
        "northern Burkina Faso.",
        published="2024-06-15",
    ).events.itertuples()
    assert (e.place, e.place_name) == ("Seytenga, Burkina Faso", "Burkina Faso")


def test_the_country_after_a_datelines_dash_acts_and_the_datelines_country_does_not():
    ev = fl.parse(
        "KYIV, Ukraine (AP) — Russia launched a massive missile attack on Ukraine’s energy "
        "infrastructure overnight, Ukrainian officials said Friday.",
        published="2024-06-15",
    ).events
    assert set(ev.actor) == {"Russian military"}


def test_a_day_counted_past_publication_is_not_read():
    ev = fl.parse(
        "Rebels withdrew from Khan Sheikhoun overnight. Two days later, government forces "
        "advanced towards Maarat al-Numan.",
        published="2024-06-15",
    ).events
    assert str(ev.date_end.max().date()) <= "2024-06-15"


def test_a_weekday_after_a_word_ending_in_on_is_read_once_and_not_inside_the_word():
    from frontlines.dates import find_dates

    (d,) = find_dates("Ingraham's Easter vacation Saturday morning", dt.date(2018, 4, 1))
    assert d.text == "Saturday" and str(d.date_start) == "2018-03-31"
    assert find_dates("fighting within 2015 limits", dt.date(2018, 4, 1)) == []


def test_which_clause_acts_on_the_place_before_it_not_on_its_subject():
    (e,) = fl.parse(
        "Kupiansk, which Ukraine recaptured in September 2022, lies about 40 miles southeast "
        "of the Russian border.",
        published="2024-06-15",
    ).events.itertuples()
    assert (e.actor, e.place_name, e.geo_precision) == ("Ukraine", "Kupyansk", 1)


def test_a_landmine_is_a_remote_explosive_and_an_explosion_caused_by_a_drone_a_drone_strike():
    (e,) = fl.parse(
        "Two soldiers were killed when their vehicle hit a landmine near Kidal.",
        published="2024-06-15",
    ).events.itertuples()
    assert (e.event_type, e.place) == ("Remote explosive/landmine/IED", "near Kidal")
    (e,) = fl.parse(
        "An explosion at an ammunition depot in Tikhoretsk was caused by a Ukrainian drone.",
        published="2024-06-15",
    ).events.itertuples()
    assert (e.event_type, e.actor, e.place_name) == ("Air/drone strike", "Ukraine", "Tikhoretsk")


def test_an_area_and_the_places_it_includes_are_the_places():
    ev = fl.parse(
        "Russian forces shelled Kharkiv Oblast, including the towns of Kupiansk and Vovchansk.",
        published="2024-06-15",
    ).events
    assert ev.place.tolist() == ["Kupiansk", "Vovchansk"]
    (e,) = fl.parse(
        "Israel struck targets in southern Lebanon, including in the villages of Odaisseh and "
        "Kfar Kila.",
        published="2024-06-15",
    ).events.itertuples()
    assert (e.place_name, e.geo_precision) == ("Kfar Kila", 1)


def test_fire_from_one_place_into_another_happens_where_it_lands():
    (e,) = fl.parse(
        "Hezbollah fired rockets from Lebanon at Kiryat Shmona on Sunday.", published="2024-06-15"
    ).events.itertuples()
    assert (e.place_name, e.geometry.geom_type) == ("Qiryat Shmona", "Point")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # two countries' words sharing one noun are both actors; in an exchange of fire the
        # second is the other side
        (
            "Indian and Pakistani troops exchanged fire in the Poonch sector on Wednesday.",
            "India military",
            "Pakistan military",
        ),
        (
            "Armenian and Azerbaijani forces exchanged fire near the village of Sotk.",
            "Armenian army",
            "Azerbaijani army",
        ),
        ("Russian and Ukrainian forces clashed near Bakhmut.", "Russian military", "Ukraine"),
    ],
)
def test_an_exchange_of_fire_is_a_clash_between_the_two_named(text, actor, target):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.event_type, e.actor, e.target_actor) == ("Armed clash", actor, target)


def test_a_weapon_shot_down_is_the_target_not_a_second_event():
    """One interception (ACLED: disrupted weapons use), over Marib: the US names the drone,
    not where it happened, and the drone did not strike."""
    (e,) = fl.parse(
        "Houthi forces shot down a US MQ-9 Reaper drone over Marib province on 19 February 2024.",
        published="2024-06-15",
    ).events.itertuples()
    assert (e.event_type, e.actor, e.place_name) == ("Disrupted weapons use", "Houthis", "Ma’rib")


def test_an_event_near_a_town_names_the_town():
    (e,) = fl.parse(
        "ISWAP fighters ambushed a Nigerian army convoy near Malam Fatori in Borno State on "
        "9 January 2024.",
        published="2024-06-15",
    ).events.itertuples()
    assert (e.place, e.place_relation, e.geo_precision) == ("near Malam Fatori", "near", 2)
    assert e.place_name == "Mallam Fatori" and e.geonameid is not None
    assert e.region_wkt.startswith("POLYGON")  # the area near it, not the town itself


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # ACLED: a foreign state's capture is coded like a non-state actor's; a government
        # regains territory in its own country
        ("Ukrainian forces captured Sudzha in August 2024.", "Non-state actor overtakes territory"),
        ("Russian forces recaptured Sudzha in March 2025.", "Government regains territory"),
        ("The Sudanese army captured Wad Madani in January.", "Government regains territory"),
    ],
)
def test_a_state_capturing_abroad_overtakes_territory(text, event_type):
    (e,) = fl.parse(text, published="2025-06-01").events.itertuples()
    assert e.event_type == event_type


def test_soldiers_are_the_state_of_the_country_the_sentence_is_in():
    (e,) = fl.parse(
        "Residents said soldiers had withdrawn toward Sennar city in Sudan.", published="2024-06-29"
    ).events.itertuples()
    assert (e.actor, e.action) == ("Sudanese army", "retreat")


@pytest.mark.parametrize(
    ("text", "actor", "place_name"),
    [
        # a group the lexicon lacks, named by a proper name ending in an armed group's noun
        (
            "The Arakan Liberation Front clashed with the Myanmar military near Sittwe.",
            "Arakan Liberation Front",
            "Sittwe",
        ),
        ("The Kachin Independence Army seized Bhamo.", "Kachin Independence Army", "Bhamo"),
        # or opening with one, then "of" or "for": not the US-led coalition, not a state's army
        (
            "Rebels of the Coalition of Patriots for Change attacked Bangui's outskirts.",
            "Coalition of Patriots for Change",
            "Bangui",
        ),
        ("The Army of Islam shelled Damascus.", "Army of Islam", "Damascus"),
        # ("Armed Forces of the Democratic Republic of the Congo": a country with an "of")
        (
            "The Armed Forces of the Democratic Republic of the Congo retook Walikale.",
            "FARDC",
            "Walikale",
        ),
        # a relative pronoun stands for the actor right before it
        (
            "The alliance includes the Chin National Front, which captured Falam in April.",
            "Chin National Front",
            "Falam",
        ),
        # the junta is the state of the country the sentence is in
        (
            "Junta airstrikes on Lashio in Myanmar killed 20 civilians.",
            "Myanmar military",
            "Lashio",
        ),
        # and so are the army's drones
        ("Army drones struck RSF positions in Nyala overnight.", "Sudanese army", "Nyala"),
        # (a named actor's arms are its own, not the state's of the country they bomb)
        ("Saudi-led coalition jets bombed Saada province.", "Saudi-led coalition", "Şāʻdah"),
    ],
)
def test_armed_groups_the_lexicon_lacks_and_relative_pronouns(text, actor, place_name):
    e = fl.parse(text, published="2024-08-04").events.iloc[0]
    assert (e.actor, e.place_name) == (actor, place_name)


def test_a_name_with_a_country_in_it_is_the_countrys_forces():
    (e,) = fl.parse("Sudanese Armed Forces shelled Omdurman.").events.itertuples()
    assert e.actor == "Sudanese army"


# --------------------------------------------------------------------------- ACLED's other types
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was hit decides an attack's type: an armed actor, named or told by its object,
        # makes a battle; people in a church remain violence against civilians
        (
            "On 3 March 2024, JNIM militants ambushed a Malian army convoy near Douentza.",
            [("Armed clash", "JNIM", "Malian army", "Douentza")],
        ),
        (
            "IS militants attacked a military checkpoint near Tikrit on Friday.",
            [("Armed clash", "IS", None, "Tikrīt")],
        ),
        (
            "Gunmen attacked a church in Owo, Ondo state, on 5 June, killing 40 worshippers.",
            [("Attack", "Unidentified armed group", None, "Owo")],
        ),
        # abduction, arrest (one event with the raid it happened in), sexual violence
        (
            "Unidentified gunmen kidnapped 20 passengers in Kaduna on 5 June.",
            [("Abduction/forced disappearance", "Unidentified armed group", None, "Kaduna")],
        ),
        (
            "Israeli forces arrested 15 Palestinians during a raid on Jenin on 22 April.",
            [("Arrests", "Israel", None, "Janīn")],
        ),
        (
            "Al-Shabaab militants detained five aid workers in Baidoa on 11 November.",
            [("Abduction/forced disappearance", "al-Shabaab", None, "Baidoa")],
        ),
        (
            "RSF fighters raped women during the attack on El Geneina in June 2023.",
            [("Sexual violence", "RSF", None, "Al-Junaynah")],
        ),
        # explosions of their own kinds; "a car bomb exploded" acts (no participle of a place)
        (
            # (at an army base: the army was hit)
            "A suicide car bomb exploded at an army base in Mogadishu on 4 July.",
            [("Suicide bomb", None, "Somali army", "Mogadishu")],
        ),
        (
            "Militants threw a grenade at a police patrol in Srinagar on Tuesday.",
            [("Grenade", "Unidentified armed group", "India police", "Srinagar")],
        ),
        (
            "The Syrian government carried out a chlorine gas attack on Douma on 7 April 2018.",
            [("Chemical weapon", "Syrian government", None, "Dūmā")],
        ),
        # disrupted weapons use: one event, the weapons stopped are no strike of their own
        (
            "Ukrainian air defences intercepted 20 Russian drones over Kyiv oblast on 7 August.",
            # (the oblast around Kyiv, by its name in the gazetteer, not Kyiv city)
            [("Disrupted weapons use", "Ukraine", "Russian military", "Kyivska oblast")],
        ),
        (
            "Malian troops defused an improvised explosive device in Gao on 2 April.",
            [("Disrupted weapons use", "Malian army", None, "Gao")],
        ),
        (
            "Colombian police seized a large weapons cache belonging to the ELN in Arauca.",
            [("Disrupted weapons use", "Colombia police", "ELN", "Arauca")],
        ),
        # an agreement has two sides
        (
            "The Sudanese Armed Forces and the Rapid Support Forces agreed to a ceasefire in "
            "Jeddah on 1 July.",
            [("Agreement", "Sudanese army", "RSF", "Jeddah")],
        ),
        # territory handed over, a base set up
        (
            "Wagner Group handed over the town of Kidal to the Malian army on 14 November.",
            [("Non-violent transfer of territory", "Wagner Group", "Malian army", "Kidal")],
        ),
        (
            "JNIM militants established a base near Djibo on 3 May.",
            [("Headquarters or base established", "JNIM", None, "Djibo")],
        ),
        ("The striker handed over the ball to Messi in Paris.", []),
        # rioters and mobs
        (
            "Rioters set fire to a police station in Nairobi on 25 June 2024.",
            [("Violent demonstration", "Rioters", "Kenya police", "Nairobi")],
        ),
        (
            "A mob lynched two men accused of theft in Goma on 3 March.",
            [("Mob violence", "Rioters", None, "Goma")],
        ),
        # protests, and what met them
        (
            "Hundreds of people protested in Dakar on Friday against the postponement of the "
            "election.",
            [("Peaceful protest", "Protesters", None, "Dakar")],
        ),
        (
            "Security forces shot dead at least 12 protesters in Khartoum on 30 June.",
            [("Excessive force against protesters", "Sudanese army", "Protesters", "Khartoum")],
        ),
        (
            "Demonstrators blocked roads and burned tyres in Port-au-Prince on Monday.",
            [("Violent demonstration", "Protesters", None, "Port-au-Prince")],
        ),
        # no protest: a comeback, a show of force, a heart that stopped
        ("The team rallied from ten points down to beat Watertown on Friday.", []),
        ("The parade in Pyongyang was a demonstration of force.", []),
        ("He suffered a cardiac arrest in Beirut on Friday.", []),
    ],
)
def test_acled_event_types_beyond_battles_and_strikes(text, expected):
    e = fl.parse(text, published="2024-08-15").events
    got = [
        (r.event_type, r.actor, r.target_actor, r.place_name)
        for r in e.astype(object).where(e.notna(), None).itertuples()
    ]
    assert got == expected


def test_what_met_a_protest_in_the_next_sentence_sets_its_type_and_is_no_event_of_its_own():
    e = fl.parse(
        "Thousands of protesters rallied in Tbilisi on Sunday against the foreign agents law. "
        "Riot police used water cannon and tear gas to disperse the crowd and detained 20 "
        "people.",
        published="2024-05-01",
    ).events
    assert e[["event_type", "actor", "target_actor", "place_name"]].values.tolist() == [
        ["Protest with intervention", "Protesters", "Georgia police", "Tbilisi"]
    ]


def test_the_group_that_claimed_an_attack_is_its_agent():
    e = fl.parse(
        "On 10 May 2024, a suicide bomber blew himself up at a checkpoint in Mogadishu, killing "
        "5 people. Al Shabaab claimed responsibility.",
        published="2024-05-11",
    ).events
    assert e[["event_type", "actor", "place_name"]].values.tolist() == [
        ["Suicide bomb", "al-Shabaab", "Mogadishu"]
    ]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Airstrikes killed at least 17 civilians and 3 fighters in Sagaing on 9 May.", [20]),
        ("Russian missiles hit Odesa on Monday, killing 5 people and wounding 20.", [5]),
        ("JNIM militants ambushed a convoy near Douentza. At least 12 soldiers were killed.", [12]),
        ("IS shelled Tikrit on Friday. 20 were wounded and 3 dead, officials said.", [3]),
        ("Between 10 and 15 people were killed when a car bomb exploded in Mogadishu.", [10]),
        ("Dozens were killed when gunmen attacked Owo on 5 June.", [12]),
        (
            "Rebels shot down a Russian helicopter near Grozny on Tuesday, killing all 12 people "
            "aboard.",
            [12],
        ),
        # counts of the dead in a list add up
        (
            "Turkish-backed fighters clashed with the YPG in Afrin, where 24 civilians, 24 Kurdish "
            "fighters and 25 militiamen have been killed.",
            [73],
        ),
        # a time, a year or a day of a month is no count
        ("Gunmen attacked Owo on 5 June 2022, killing around 5 p.m. a guard.", [0]),
        ("Rioters set fire to a police station in Nairobi on 25 June 2024.", [0]),
        # a day before its month, and a range of days, before the count
        ("On 3 June, 35 Palestinians were killed by Israeli forces in the West Bank.", [35]),
        ("Between 3 and 9 June, 35 Palestinians were killed by Israeli forces in Jenin.", [35]),
        # no death told
        ("Ukrainian forces recaptured Kupiansk on 10 September.", [0]),
        # one person, and those told with them
        (
            "On 4 October 2024, unknown gunmen shot and killed a village chief in Kalehe (Sud-Kivu).",
            [1],
        ),
        ("An Israeli strike killed a senior Hamas commander and two civilians in Rafah.", [3]),
        ("A soldier was killed when militants attacked a checkpoint in Bannu.", [1]),
        # "a" before no person
        ("Police raided a house in Bannu.", [0]),
        # a count of three words before "and" the next
        (
            "A suicide bomber struck outside Kabul airport, killing 13 US service members and "
            "at least 170 Afghans.",
            [183],
        ),
        # one person by name, told in the singular
        ("Sgt. Matt Tonroe, 33, of Manchester, England, was killed by an IED in Manbij.", [1]),
        # (not across a place: "soldiers in Kabul and 3 civilians in Herat" are two tolls)
        ("Gunmen attacked a convoy in Herat, killing 5 soldiers in Kabul and 3 in Herat.", [5]),
    ],
)
def test_fatalities_are_the_deaths_told_with_an_event(text, fatalities):
    e = fl.parse(text, published="2024-08-15").events
    assert e.fatalities.tolist() == fatalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main clause goes on after a relative clause set off by commas: its subject acts,
        # and the relative clause's date and places are not the main clause's
        (
            "IS fighters, who had captured Palmyra in May, withdrew from the city on Sunday.",
            [("capture", "IS", "Tadmur", "2024-05-01"), ("retreat", "IS", "Tadmur", "2024-06-09")],
        ),
        (
            "Kupiansk, which Ukraine recaptured in 2022, was shelled by Russian forces on Monday.",
            [
                ("retake", "Ukraine", "Kupyansk", "2022-01-01"),
                ("shelling", "Russian military", "Kupyansk", "2024-06-10"),
            ],
        ),
        (
            "The RSF, which controls most of Darfur, attacked El Fasher on 10 May.",
            [("attack", "RSF", "El Fasher", "2024-05-10")],
        ),
    ],
)
def test_a_relative_clause_between_subject_and_verb_is_read_apart(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    got = [(r.action, r.actor, r.place_name, str(r.date_start)[:10]) for r in e.itertuples()]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a strike did is its verb, not a second (looting) event
        (
            "A Ukrainian drone attack set fire to an oil depot in Bryansk on Thursday.",
            [("Air/drone strike", "Ukraine", "Bryansk")],
        ),
        # an adverb after the subject does not make the action a participle of a place
        (
            "Ukrainian forces recently advanced north of Kupiansk.",
            [("advance", "Ukraine", "Kupyansk")],
        ),
        (
            "Russian forces shelled the recently liberated town of Kupiansk.",
            [("Shelling/artillery/missile attack", "Russian military", "Kupyansk")],
        ),
        # storming a hotel takes no territory
        (
            "Al-Shabaab fighters stormed a hotel in Mogadishu late on Friday.",
            [("Attack", "al-Shabaab", "Mogadishu")],
        ),
        # the places an area's strikes reached, past what was hit there
        (
            "Israeli jets struck targets in southern Lebanon, including weapons depots in Khiam "
            "and Kfar Kila.",
            [("Air/drone strike", "Israel", "Khiam"), ("Air/drone strike", "Israel", "Kfar Kila")],
        ),
    ],
)
def test_verbs_of_an_action_adverbs_and_storming(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.event_type, r.actor, r.place_name) for r in e.itertuples()] == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # ACLED's notes: actors named with their country in brackets, places with their
        # divisions in brackets after them
        (
            "On 20 June 2024, Police Forces of Kenya (2022-) fired live ammunition at protesters "
            "in Nairobi (Nairobi), killing 2. [size=thousands]",
            [("Excessive force against protesters", "Kenya police", "Nairobi", 2)],
        ),
        (
            "On 1 July 2024, Rioters (Kenya) burned a police post in Kisumu (Kisumu). No "
            "injuries reported.",
            [("Violent demonstration", "Rioters", "Kisumu", 0)],
        ),
        (
            "On 5 April 2024, in Bamako (Bamako), around 200 women protested against the rising "
            "cost of electricity. [size=around 200]",
            [("Peaceful protest", "Protesters", "Bamako", 0)],
        ),
        # the road's ends are not where it happened: the place after the road is (its name)
        (
            "On 14 August 2024, Unidentified Armed Group (Nigeria) abducted 15 passengers along "
            "the Zaria-Kaduna road near Kaduna (Kaduna).",
            [("Abduction/forced disappearance", "Unidentified armed group", "Kaduna", 0)],
        ),
        (
            "On 19 February 2025, unidentified gunmen abducted 15 passengers along the "
            "Kaduna-Abuja highway near Katari (Kachia, Kaduna).",
            [("Abduction/forced disappearance", "Unidentified armed group", "Kachia", 0)],
        ),
        # (nor is a country across a border after it)
        (
            "On 2 March 2025, militants attacked a checkpoint between Gao and Ansongo, near the "
            "border with Niger.",
            [("Armed clash", "Unidentified armed group", "Gao", 0)],
        ),
        # a village the gazetteer lacks, with its divisions after it: one event, at the
        # smallest of them ("Kaduna" is the state there, not a second place)
        (
            "On 5 June 2024, unidentified gunmen kidnapped 20 passengers near Rijana (Kachia, "
            "Kaduna).",
            [("Abduction/forced disappearance", "Unidentified armed group", "Kachia", 0)],
        ),
    ],
)
def test_acled_notes(note, expected):
    e = fl.parse(note, published="2024-12-01").events
    got = [(r.event_type, r.actor, r.place_name, r.fatalities) for r in e.itertuples()]
    assert got == expected
    if "(Nigeria)" in note:
        assert e.actor_text.iloc[0] == "Unidentified Armed Group (Nigeria)"


def test_the_fields_of_a_ucdp_style_record_place_and_date_its_event():
    # (the division its field names is finer than the country its headline opens with)
    e = fl.parse(
        "side_a: Government of Mali; side_b: JNIM; where_description: Boulkessi military camp; "
        "adm_1: Mopti region; country: Mali; date_start: 2024-06-01; source_headline: Mali: "
        "dozens of soldiers killed in attack on army camp",
        published="2025-01-01",
    ).events
    assert [(r.place_name, str(r.date_start.date())) for r in e.itertuples()] == [
        ("Mopti", "2024-06-01")
    ]


def test_a_given_name_joined_by_a_hyphen_to_a_town_is_no_person():
    """ "Zaria" is also a given name: "Zaria-Kaduna" was read as a person, and "Kaduna" after
    it as their surname, so neither town was found."""
    m = fl.parse("Gunmen abducted 15 passengers on the Zaria-Kaduna road near Kaduna.").mentions
    assert m.name.tolist() == ["Zaria", "Kaduna", "Kaduna"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's forces attacking near a place with no object: a ground assault (ACLED: a
        # battle); assaults and counterattacks are fighting
        (
            "Russian forces attacked near Vovchansk and Lyptsi on June 14.",
            [("Armed clash", "Vovchansk"), ("Armed clash", "Lyptsi")],
        ),
        (
            "Russian forces conducted 23 assaults in the Pokrovsk direction on June 14.",
            [("Armed clash", "Pokrovsk")],
        ),
        (
            "Ukrainian forces counterattacked near Kupiansk on June 13.",
            [("Armed clash", "Kupyansk")],
        ),
        # gunmen attacking a village stay violence against civilians
        ("Gunmen attacked a village near Owo on 5 June.", [("Attack", "Owo")]),
    ],
)
def test_ground_assaults_are_battles(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.event_type, r.place_name) for r in e.itertuples()] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state bombs from the air, anyone else plants a bomb
        (
            "Suspected ELN guerrillas bombed an oil pipeline in Arauca department on Monday.",
            [("Remote explosive/landmine/IED", "ELN")],
        ),
        ("Russian warplanes bombed Idlib on Monday.", [("Air/drone strike", "Russian military")]),
        # the Pakistani Taliban are not the Afghan Taliban
        (
            "Pakistani Taliban militants attacked a police station in Dera Ismail Khan.",
            [("Armed clash", "TTP")],
        ),
    ],
)
def test_who_bombed_decides_how(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.event_type, r.actor) for r in e.itertuples()] == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Kenyan police arrested 20 people in Nairobi on Tuesday.", "Kenya police"),
        ("Police in Bangladesh arrested 500 activists in Dhaka.", "Bangladesh police"),
        ("Nigerian soldiers arrested 20 people in Maiduguri.", "Nigerian army"),
        # a police named in the lexicon keeps its actor
        ("Iraqi police arrested 20 people in Mosul.", "Iraqi forces"),
    ],
)
def test_a_countrys_police_is_an_actor_apart_from_its_military(text, actor):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert e.actor == actor


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "All three were arrested and taken to the Hamilton County jail in Chattanooga.",
            ["arrest"],
        ),
        ("His parents wanted to take their son to a hospital in Rome.", []),
        ("In Washington, she took the blame for the delay.", []),
        ("Austria and Greece declined to take similar measures.", []),
        # a town taken stays a capture
        ("Russian forces took the town of Avdiivka on 17 February.", ["capture"]),
    ],
)
def test_taking_someone_somewhere_or_taking_the_blame_is_no_capture(text, actions):
    assert fl.parse(text, published="2024-06-15").events.action.tolist() == actions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month is no march ("on 31 March" was read as a rally that swallowed the attack)
        (
            "Gang members attacked the town of Mirebalais on 31 March 2025.",
            [("Unidentified gang", "Attack", "Mirebalais", "2025-03-31")],
        ),
        # the group acts, not its backers
        (
            "M23 rebels backed by Rwandan troops entered Goma on 27 January 2025.",
            [("M23", "advance", "Goma", "2025-01-27")],
        ),
        # a displacement camp is where people went, not a movement of people; the deaths
        # are the shelling's
        (
            "The Rapid Support Forces shelled the Abu Shouk displacement camp in El Fasher on "
            "12 May 2025, killing at least 40 people.",
            [("RSF", "Shelling/artillery/missile attack", "El Fasher", "2025-05-12")],
        ),
        # an attack that went on as a fight with soldiers is one battle
        (
            "Boko Haram militants attacked Gwoza town (Borno) on 11 May 2025, clashing with "
            "military forces.",
            [("Boko Haram", "Armed clash", "Gwoza", "2025-05-11")],
        ),
        (
            "Israeli military forces demolished five Palestinian homes in Beit Ummar on 30 May"
            " 2025.",
            [("Israel", "Looting/property destruction", "Bayt Ūmmar", "2025-05-30")],
        ),
        (
            "The Pakistani Air Force bombed Miranshah on 1 May 2025.",
            [("Pakistan military", "Air/drone strike", "Miran Shah", "2025-05-01")],
        ),
        # a word of action inside a group's name is none ("Liberation" is no retaking)
        (
            "The Sudan People's Liberation Army attacked Malakal on 3 May 2025.",
            [("Sudan People's Liberation Army", "Attack", "Malakal", "2025-05-03")],
        ),
        # who struck, told after a passive verb
        (
            "At least 30 people were killed in Israeli strikes on Khan Younis on 1 June 2025.",
            [("Israel", "Air/drone strike", "Khān Yūnis", "2025-06-01")],
        ),
        (
            "Two civilians were killed in a Russian drone attack on Kherson on 2 June 2025.",
            [("Russian military", "Air/drone strike", "Kherson", "2025-06-02")],
        ),
        (
            "Ambazonian separatists attacked a gendarmerie post in Bamenda on 3 June 2025.",
            [("Ambazonian separatists", "Armed clash", "Bamenda", "2025-06-03")],
        ),
        # hostages freed are no town retaken; a town freed is
        (
            "Ukrainian forces freed Kherson on 11 November 2022, and two hostages were freed in "
            "Nuseirat on 8 June 2025.",
            [("Ukraine", "Government regains territory", "Kherson", "2022-11-11")],
        ),
        # headlines: a warning is no strike; a clause after "as" is read on its own; how often
        # is no object
        ("Air raid alert in Kyiv and 9 regions", []),
        (
            "Two killed as Russian missile hits Odesa port",
            [("Russian military", "Shelling/artillery/missile attack", "Odesa", "2025-06-15")],
        ),
        (
            "Russian troops attacked 15 times in Kupiansk direction",
            [("Russian military", "Armed clash", "Kupyansk", "2025-06-15")],
        ),
        # the date of the sentence's first clause holds after a subordinate clause is closed
        (
            "HTS fighters seized Aleppo on 30 November 2024 after a lightning offensive, and "
            "Syrian government troops withdrew from the city.",
            [
                ("HTS", "Non-state actor overtakes territory", "Aleppo", "2024-11-30"),
                ("Syrian government", "retreat", "Aleppo", "2024-11-30"),
            ],
        ),
    ],
)
def test_reports_of_other_wars(text, expected):
    e = fl.parse(text, published="2025-06-15").events
    got = [(r.actor, r.event_type, r.place_name, str(r.date_start.date())) for r in e.itertuples()]
    assert got == expected
    if "killing at least 40" in text:
        assert e.fatalities.tolist() == [40]


def test_a_country_name_after_a_place_name_word_is_part_of_another_town():
    """ "Puerto Jordan" in Arauca, Colombia, is not the Kingdom of Jordan, 11,000 km away."""
    m = fl.parse("ELN guerrillas attacked a military base in Puerto Jordan, Arauca.").mentions
    assert m.country_code.tolist() == ["CO"]
    m = fl.parse("Refugees returned from Jordan to Daraa.").mentions
    assert m.country_code.tolist() == ["JO", "SY"]


def test_the_country_across_a_border_is_not_where_the_places_are():
    """ "Along the border with Egypt" puts Rafah on the other side: Gaza's Rafah, and the
    corridor seized on the Gaza side of that border, not in Sinai."""
    r = fl.parse(
        "Israeli troops pushed deeper into Rafah on Tuesday, seizing control of the "
        "Philadelphi corridor along the border with Egypt.",
        published="2024-06-15",
    )
    assert r.mentions.set_index("text").country_code["Rafah"] == "PS"
    capture = r.events[r.events.action == "capture"].iloc[0]
    pt = capture.geometry.representative_point()
    assert GEOD.inv(34.25, 31.29, pt.x, pt.y)[2] < 15_000


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Fighting around El Obeid forced thousands of residents to flee.", "asserted"),
        ("Shelling drove thousands of families to flee Kherson.", "asserted"),
        ("The army launched an offensive to recapture El Obeid.", "expected"),
    ],
)
def test_made_to_flee_is_done_not_intended(text, modality):
    e = fl.parse(text, published="2025-06-15").events
    assert e[e.action.isin(["civilian_movement", "retake"])].modality.tolist() == [modality]


def test_the_weekend_before_a_weekday_is_the_last_saturday_and_sunday():
    e = fl.parse("RSF fighters shelled El Fasher over the weekend.", published="2024-06-18").events
    assert (str(e.date_start[0].date()), str(e.date_end[0].date())) == ("2024-06-15", "2024-06-16")


def test_an_attack_told_again_by_a_noun_is_one_event_at_its_closer_place():
    """ "The assault on the Zamzam camp" retells the attack of the sentence before: one attack,
    at the camp 15 km south of El Fasher, not an attack in Darfur and a battle with no sides."""
    r = fl.parse(
        "Sudan's Rapid Support Forces attacked a camp for displaced people in the Darfur region "
        "over the weekend, killing more than 100 people, aid workers said. The assault on the "
        "Zamzam camp, about 15 kilometers south of El Fasher, began Friday.",
        published="2024-06-17",
    )
    (e,) = r.events.itertuples()
    assert (e.actor, e.event_type, e.fatalities) == ("RSF", "Attack", 100)
    assert str(e.date_start.date()) == "2024-06-14"
    pt = e.geometry.representative_point()
    assert 10_000 < GEOD.inv(25.349, 13.628, pt.x, pt.y)[2] < 20_000
    # a new attack by someone else stays an event of its own
    r = fl.parse(
        "RSF fighters attacked El Fasher on Friday. The army's attack on Nyala followed.",
        published="2024-06-17",
    )
    assert len(r.events) == 2


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ukrainian troops crossed the Oskil River near Kupiansk.", "Kupyansk"),
        ("JNIM fighters crossed the Niger River near Gao on Monday.", "Gao"),
        ("Russian forces crossed the Dnipro on Monday.", "Dnipro"),
    ],
)
def test_a_crossing_near_a_town_is_at_the_town(text, place):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert e.place_name == place


def test_a_wire_story_of_gaza():
    """A date before ", when" dates the clause; a toll with a killer of its own is not the
    event's before it; "its troops" are those of the actor named, not of the places' country."""
    r = fl.parse(
        "The Israeli military said its troops raided Rafah on Monday. The war began on Oct. 7,"
        " when Hamas-led militants stormed into southern Israel, killing around 1,200 people "
        "and abducting some 250. "
        "Israel's offensive has since killed more than 36,000 Palestinians, according to "
        "Gaza's Health Ministry.",
        published="2024-06-15",
    )
    got = [
        (e.actor, e.action, str(e.date_start.date()), e.fatalities) for e in r.events.itertuples()
    ]
    assert got == [
        ("Israel", "attack", "2024-06-10", 0),
        ("Hamas", "attack", "2023-10-07", 1200),
        ("Hamas", "abduction", "2023-10-07", 0),
    ]


def test_a_bare_direction_from_a_small_town_reaches_less_far_than_from_a_city():
    small = fl.parse("Russian forces advanced south of Vovchansk.").claims.iloc[0]
    big = fl.parse("Russian forces advanced south of Kharkiv.").claims.iloc[0]
    assert small.distance_max_km < big.distance_max_km
    assert small.distance_max_km == 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capture and the town it is again: one capture
        (
            "ISWAP fighters overran a military base in Malam Fatori and took control of the town.",
            [("ISWAP", "capture", "Mallam Fatori")],
        ),
        # a man who fled is no movement of people, nor an act of the actor before him
        (
            "HTS-led opposition forces entered Damascus and Bashar al-Assad fled the country.",
            [("HTS", "advance", "Damascus")],
        ),
        # a capital that sends troops is its government, not a place captured
        (
            "Rebels captured Goma and Kinshasa sent reinforcements.",
            [("Unidentified armed group", "capture", "Goma")],
        ),
    ],
)
def test_one_event_per_place_and_subjects_of_their_own(text, expected):
    e = fl.parse(text, published="2025-06-15").events
    assert [(r.actor, r.action, r.place_name) for r in e.itertuples()] == expected


def test_an_event_told_of_a_place_placed_from_another_is_at_the_first():
    (e,) = fl.parse(
        "The village of Klishchiivka, located 7 km southwest of Bakhmut, was retaken on Sunday.",
        published="2024-06-15",
    ).events.itertuples()
    assert e.place_name == "Klishchiivka"


def test_a_toll_in_a_clause_of_its_own_is_not_the_event_befores():
    """ "The army responded with airstrikes, and at least 20 civilians were killed when a jet
    bombed a market in <a town the gazetteer lacks>": those deaths are not the capture's."""
    r = fl.parse(
        "Ethnic armed groups seized control of Lashio on Saturday. The army has responded with "
        "airstrikes, and at least 20 civilians were killed when a jet bombed a market in the "
        "nearby town of Namhsan on Friday.",
        published="2024-06-15",
    )
    (e,) = r.events.itertuples()
    assert (e.actor, e.action, e.fatalities) == ("Unidentified armed group", "capture", 0)


def test_a_missile_and_drone_attack_is_one_attack_and_the_militia_is_the_group_named():
    r = fl.parse(
        "Houthi forces launched a missile and drone attack on Marib overnight, killing five "
        "soldiers. Government forces recaptured Debre Tabor from Fano fighters on Thursday, "
        "days after the militia briefly seized the town.",
        published="2024-06-15",
    )
    got = [(e.actor, e.event_type, e.fatalities) for e in r.events.itertuples()]
    assert got[0] == ("Houthis", "Shelling/artillery/missile attack", 5)
    assert got[1:] == [
        ("Ethiopian army", "Government regains territory", 0),
        ("Fano", "Non-state actor overtakes territory", 0),
    ]


def test_unnamed_attackers_take_the_group_they_are_identified_as():
    """ "Jihadists" with no group named yet are an unidentified armed group, until the next
    sentence tells who they were believed to be."""
    r = fl.parse(
        "Jihadists killed at least 40 civilians in attacks in central Mali's Bandiagara region "
        "on Sunday. The assailants, believed to be from the Al-Qaeda-linked JNIM, burned houses.",
        published="2024-06-15",
    )
    assert [(e.actor, e.event_type, e.fatalities) for e in r.events.itertuples()] == [
        ("JNIM", "Attack", 40)
    ]
    r = fl.parse("Jihadists killed 40 civilians in Bandiagara on Sunday.", published="2024-06-15")
    assert r.events.actor.tolist() == ["Unidentified armed group"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A Kurdish militia spokesman says Turkey has shelled a city in northeastern Syria.",
            "Turkish military",
        ),
        ("Officials said Russia had launched 40 drones at Kyiv.", "Russian military"),
        ("Syria has been shelled again.", None),
    ],
)
def test_a_country_in_the_perfect_tense_acts(text, actor):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor if isinstance(e.actor, str) else None) == actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym of several countries is the most populous one's; abbreviations name theirs
        (
            "American drones struck Jilib on Monday.",
            [("United States military", "Air/drone strike")],
        ),
        (
            "A US drone strike killed a commander near Jilib.",
            [("United States military", "Air/drone strike")],
        ),
        ("UK jets bombed Mosul on Monday.", [("United Kingdom military", "Air/drone strike")]),
        # "fired at least 15 rockets" is one rocket attack, not a shooting too
        (
            "Palestinian militants fired at least 15 rockets from Gaza toward Sderot on Sunday.",
            [("Palestinian rebels", "Shelling/artillery/missile attack")],
        ),
    ],
)
def test_who_fired_and_with_what(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.actor, r.event_type) for r in e.itertuples()] == expected


def test_the_group_named_before_that_claimed_an_attack_is_its_agent():
    r = fl.parse(
        "Al Shabaab has carried out many attacks. A suicide bomber blew himself up at a "
        "checkpoint in Mogadishu on Monday. The group claimed responsibility.",
        published="2024-06-15",
    )
    assert r.events[["actor", "event_type"]].values.tolist() == [["al-Shabaab", "Suicide bomb"]]


def test_a_hostage_taking_after_a_raid_is_an_abduction_by_the_raiders():
    r = fl.parse(
        "Militants of the Tehreek-e-Taliban Pakistan stormed a police compound in Bannu, "
        "taking several officers hostage.",
        published="2024-06-15",
    )
    assert r.events[["actor", "event_type", "place_name"]].values.tolist() == [
        ["TTP", "Armed clash", "Bannu"],
        ["TTP", "Abduction/forced disappearance", "Bannu"],
    ]


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        (
            "The Islamic State Khorasan Province claimed a suicide bombing at a mosque in Kunduz "
            "that killed at least 50 worshippers.",
            "IS Khorasan",
            "AF",
        ),
        (
            "Jewish settlers set fire to homes and cars in the Palestinian village of Huwara.",
            "Israeli settlers",
            "PS",
        ),
        (
            "Separatist fighters attacked a gendarmerie post in Bamenda, killing two gendarmes.",
            "Unidentified armed group",
            "CM",
        ),
        # the Yugoslav wars
        (
            "Bosnian Serb artillery shelled the Markale marketplace in Sarajevo on 5 February "
            "1994, killing 68 people.",
            "Bosnian Serb forces",
            "BA",
        ),
        ("Krajina Serbs shelled Zadar in 1991.", "Croatian Serb forces", "HR"),
        ("Serb forces captured Vukovar on 18 November 1991.", "Serbia military", "HR"),
        # a state's territory is the state's (the Falklands are Britain's, not Hong Kong's
        # Stanley, once Port Stanley)
        ("British troops retook Port Stanley on 14 June 1982.", "United Kingdom military", "FK"),
        ("Allied troops liberated Paris on 25 August 1944.", "Allied forces", "FR"),
    ],
)
def test_more_actors_of_other_wars(text, actor, country):
    e = fl.parse(text, published="2024-06-15").events
    assert e.actor.tolist() == [actor]
    assert fl.parse(text).mentions.country_code.tolist()[-1] == country


def test_a_withdrawal_from_a_village_near_a_city_is_at_the_village():
    e = fl.parse(
        "Ukrainian forces withdrew from the village of Krasnohorivka near Donetsk to avoid "
        "encirclement.",
        published="2024-06-15",
    ).events
    assert e[["event_type", "place_name"]].values.tolist() == [["retreat", "Krasnohorivka"]]


def test_a_settlement_the_gazetteer_lacks_is_drawn_at_its_country_and_named():
    r = fl.parse(
        "M23 rebels captured the town of Nyanzale, a trading hub on the road north, after "
        "heavy fighting with the Congolese army.",
        published="2024-06-15",
    )
    e = r.events
    assert e[["actor", "place", "place_kind", "geo_precision"]].values.tolist() == [
        ["M23", "Nyanzale, Democratic Republic of the Congo", "country", 6]
    ]
    assert r.holdings.empty  # a country-wide point holds no territory


def test_an_unknown_district_of_a_province_is_named_in_the_label():
    e = fl.parse(
        "Insurgents beheaded at least 11 villagers in Metuge district of Cabo Delgado "
        "province, Mozambique, last week.",
        published="2024-06-15",
    ).events
    assert e.place.tolist() == ["Metuge district, Cabo Delgado province"]


def test_a_one_word_name_of_state_forces_is_no_place():
    r = fl.parse(
        "On 17 July 2024, JNIM militants ambushed a FAMa and Wagner convoy near Intahaka "
        "(Abeibara, Kidal).",
        published="2024-07-20",
    )
    assert "FAMa" not in r.mentions.text.tolist()
    assert r.events[["actor", "target_actor", "place_name"]].values.tolist() == [
        ["JNIM", "Malian army", "Abeïbara"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fulani herdsmen killed 12 farmers in Benue State on Sunday.",
            [("Fulani ethnic militia", None)],
        ),
        (
            "Dozo hunters attacked a village near Mopti, killing 20 people.",
            [("Dozo communal militia", None)],
        ),
        (
            "Hema and Lendu militias clashed in Djugu territory of Ituri province.",
            [("Hema militia", "Lendu militia")],
        ),
        (
            "M23 rebels clashed with Wazalendo militias near Sake.",
            [("M23", "Wazalendo militia")],
        ),
        # a country's militias are its rebels; a common word opening the sentence names no one
        ("Malian militias attacked a village near Mopti.", [("Malian rebels", None)]),
        ("Local militias attacked a village near Mopti.", [(None, None)]),
    ],
)
def test_militias_named_after_a_people(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.actor, r.target_actor) for r in e.itertuples()] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Taliban fighters clashed with Pakistani border forces at the Ghulam Khan crossing, "
            "killing two.",
            "Ghulam Khan crossing, Pakistan",
        ),
        (
            "RSF fighters stormed the Abu Shouk camp in North Darfur, killing 40 people.",
            "Abu Shouk camp, North Darfur",
        ),
        # a bare name the gazetteer lacks after an armed group's capture: at the group's home
        ("M23 rebels took Mushaki on Sunday.", "Mushaki, Democratic Republic of the Congo"),
        # the country of the backers is not where it happened: the actor's own
        (
            "The Somali National Army, backed by US airstrikes, recaptured the town of Adan "
            "Yabaal from al-Shabaab on Tuesday.",
            "Adan Yabaal, Somalia",
        ),
    ],
)
def test_a_site_the_gazetteer_lacks_is_named_at_what_holds_it(text, place):
    assert fl.parse(text, published="2024-06-15").events.place.tolist() == [place]


def test_a_thing_taken_from_a_place_is_no_capture_of_it():
    e = fl.parse(
        "Police say the young dogs were taken from Wilson's Farm in Estey's Bridge overnight.",
        published="2024-06-15",
    ).events
    assert e.empty


def test_a_participle_after_a_subordinator_takes_the_sentence_subject():
    e = fl.parse(
        "Syrian rebels reached the outskirts of Hama on Wednesday, two days after seizing Aleppo.",
        published="2024-12-06",
    ).events
    # (reaching a city's outskirts is an advance on it)
    assert e[["actor", "event_type", "place_name"]].values.tolist() == [
        ["Syrian rebels", "advance", "Ḩamāh"],
        ["Syrian rebels", "Non-state actor overtakes territory", "Aleppo"],
    ]


def test_a_weekday_before_a_full_date_takes_that_date():
    e = fl.parse(
        "Gunmen killed 50 people in an attack on a church in Owo, Ondo state, on Sunday 5 June "
        "2022.",
        published="2024-06-15",
    ).events
    assert e.date_start.dt.strftime("%Y-%m-%d").tolist() == ["2022-06-05"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # killed, not a bomb defused
        (
            'Burkina Faso\'s army said it had "neutralised" dozens of terrorists near Djibo.',
            [("Burkina Faso military", "Armed clash", "Djibo")],
        ),
        # who they are, not a movement
        (
            "Israeli strikes killed 15 people in a strike on a school sheltering displaced "
            "families in Gaza City.",
            [("Israel", "Air/drone strike", "Gaza")],
        ),
        # the province the country holds, not the country
        (
            "Sudan's Rapid Support Forces attacked a village in the country's central Gezira "
            "province, killing at least 104 people.",
            [("RSF", "Attack", "Gezira")],
        ),
        # a country after "by" acted; it is no place of the event
        (
            "A shopping centre in Kharkiv was hit by Russian missiles. The message was taken by "
            "Bulgaria as a warning.",
            [("Russian military", "Shelling/artillery/missile attack", "Kharkiv")],
        ),
    ],
)
def test_what_a_word_says_in_its_place(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.actor, r.event_type, r.place_name) for r in e.itertuples()] == expected


def test_a_clash_between_a_named_force_and_a_peoples_armed_group():
    e = fl.parse(
        "Heavy fighting broke out between LNA forces and a Tebu armed group in Ubari on Tuesday.",
        published="2024-06-15",
    ).events
    assert e[["actor", "target_actor", "event_type", "place_name"]].values.tolist() == [
        ["Libyan National Army", "Tebu militia", "Armed clash", "Ubari"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the protest demands is no intervention
        (
            "On 4 April 2024, around 50 people staged a peaceful protest in Lagos (Lagos "
            "Mainland, Lagos) to demand the release of detained activists.",
            [("Protesters", "Peaceful protest", "Lagos")],
        ),
        # one riot, whatever the rioters did in it
        (
            "On 30 April 2024, students rioted and burned vehicles in Dhaka (Dhaka, Dhaka), "
            "clashing with police.",
            [("Rioters", "Violent demonstration", "Dhaka")],
        ),
        # the divisions in parentheses do not part the attack from its weapon
        (
            "On 20 April 2024, Russian forces shelled Nikopol (Nikopol, Dnipropetrovsk) with "
            "artillery.",
            [("Russian military", "Shelling/artillery/missile attack", "Nikopol")],
        ),
        (
            "On 18 April 2024, Al Shabaab and the SNA agreed to a local ceasefire in Galkayo "
            "(Galkayo, Mudug).",
            [("al-Shabaab", "Agreement", "Gaalkacyo")],
        ),
    ],
)
def test_event_records_read_as_one_event(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.actor, r.event_type, r.place_name) for r in e.itertuples()] == expected


def test_pushing_to_within_a_distance_is_an_advance():
    e = fl.parse(
        "Russian forces have pushed to within 2 km of Chasiv Yar's eastern outskirts.",
        published="2024-06-15",
    ).events
    assert e[["actor", "event_type", "place_name"]].values.tolist() == [
        ["Russian military", "advance", "Chasiv Yar"]
    ]


def test_pushing_a_distance_past_a_place_is_an_advance():
    r = fl.parse(
        "Ukrainian troops pushed 1.5 kilometres south of Orikhiv on Wednesday.",
        published="2024-06-15",
    )
    assert r.events[["actor", "event_type", "place_name"]].values.tolist() == [
        ["Ukraine", "advance", "Orikhiv"]
    ]
    assert r.claims[["relation", "distance_km", "bearing_deg"]].values.tolist() == [
        ["distance_direction", 1.5, 180.0]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli strike on Beirut suburb kills Hezbollah commander",
            [("Israel", "Air/drone strike", "Beirut")],
        ),
        ("Sudan's RSF kills dozens in attack on Darfur camp", [("RSF", "Attack", "Darfur")]),
        # a strike of workers is on no place
        ("Workers began a general strike on Monday in Lagos.", []),
    ],
)
def test_headlines_in_the_present_tense(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.actor, r.event_type, r.place_name) for r in e.itertuples()] == expected


def test_struck_by_a_car_is_a_road_accident():
    e = fl.parse(
        "A man Roswell police say shoplifted a bracelet was struck by a car as he fled.",
        published="2024-06-15",
    ).events
    assert e.empty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police told it; the miscreants are no actor the lexicon knows
        (
            "Manipur police said armed miscreants torched 15 houses in Jiribam district on "
            "Saturday night.",
            [(None, "Looting/property destruction", "Jiribam")],
        ),
        # the pronoun after "said" is the speaker
        (
            "The Philippine army said it killed two New People's Army rebels in a clash in "
            "Northern Samar province on Monday.",
            [("Philippines military", "Armed clash", "Northern Samar")],
        ),
        (
            "Ukraine's military said Russian forces shelled Kupiansk overnight.",
            [("Russian military", "Shelling/artillery/missile attack", "Kupyansk")],
        ),
        # a report that is the object of the verb is no clause of its own
        (
            "Al-Shabaab claimed responsibility for the attack in Mogadishu.",
            [("al-Shabaab", "Attack", "Mogadishu")],
        ),
    ],
)
def test_who_said_it_is_not_who_did_it(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.actor, r.event_type, r.place_name) for r in e.itertuples()] == expected


def test_a_longer_country_adjective_names_its_own_state():
    e = fl.parse(
        "South Sudanese army troops clashed with rebels in Malakal on Sunday.",
        published="2024-06-15",
    ).events
    assert e.actor.tolist() == ["South Sudan military"]


def test_two_names_that_share_their_noun_are_two_actors_and_no_places():
    r = fl.parse(
        "Mexican authorities said 19 bodies were found in the town of Frontera Comalapa in "
        "Chiapas after a battle between the Sinaloa and Jalisco cartels.",
        published="2024-06-15",
    )
    e = r.events
    # the battle has no place of its own: it was where the bodies were found, in the town
    assert [(x.actor, x.target_actor, x.event_type, x.place_name) for x in e.itertuples()] == [
        ("Sinaloa Cartel", "CJNG", "Armed clash", "Comalapa")
    ]
    assert e.fatalities.tolist() == [19]
    assert r.claims.empty  # "between the Sinaloa and Jalisco cartels" is between no places


def test_a_battle_told_as_the_circumstance_of_a_capture_is_that_capture():
    e = fl.parse(
        "Russian forces captured Avdiivka after months of heavy fighting.",
        published="2024-06-15",
    ).events
    assert e.action.tolist() == ["capture"]
    e = fl.parse(
        "Residents fled Nyala after heavy fighting between the army and the RSF.",
        published="2024-06-15",
    ).events
    assert sorted(e.event_type) == ["Armed clash", "Civilian movement"]
    assert set(e.place_name) == {"Nyala"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no protesters named, but what for: a protest
        (
            "On 3 December 2024, farmers blocked the main road in Amritsar (Punjab) demanding "
            "minimum support prices for crops.",
            [("Protesters", "Peaceful protest", None, "Amritsar")],
        ),
        (
            "Hundreds of women marched in Bamako on Friday to demand the release of detained "
            "activists.",
            [("Protesters", "Peaceful protest", None, "Bamako")],
        ),
        # told only by what met it
        (
            "Police fired tear gas at protesters in Nairobi on Tuesday.",
            [("Protesters", "Protest with intervention", "Kenya police", "Nairobi")],
        ),
        # the students protested, not the police
        (
            "On 17 July 2024, police fired live rounds at students protesting in Rangpur. One "
            "student was killed.",
            [("Protesters", "Excessive force against protesters", "Bangladesh police", "Rangpur")],
        ),
        # what met the protest, told next at its place, is the same protest
        (
            "Protesters marched in Nairobi on Tuesday. Police fired tear gas at protesters in "
            "Nairobi.",
            [("Protesters", "Protest with intervention", "Kenya police", "Nairobi")],
        ),
        # no purpose, no protesters: no protest
        ("The team rallied in Boston to win the game.", []),
    ],
)
def test_protests_told_by_their_purpose_or_by_what_met_them(text, expected):
    e = fl.parse(text, published="2024-12-05").events
    assert [
        (
            r.actor,
            r.event_type,
            r.target_actor if isinstance(r.target_actor, str) else None,
            r.place_name,
        )
        for r in e.itertuples()
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place the gazetteer lacks, in no country the text names: the group's country
        (
            "Al-Shabaab fighters overran a military base in El Dher district of Galmudug state "
            "early on Wednesday, killing at least 10 soldiers.",
            ("al-Shabaab", "El Dher district, Somalia", 6),
        ),
        # "Fano" inside a longer name is the group, not the Italian town
        (
            "On 25 November 2024, Amhara Fano militia abducted 15 civilians from Mekane Selam town "
            "in South Wollo zone.",
            ("Fano", "Mekane Selam town, Ethiopia", 6),
        ),
        # (no full stop in the label at the end of the sentence)
        (
            "M23 captured the town of Nyanzale.",
            ("M23", "Nyanzale, Democratic Republic of the Congo", 6),
        ),
    ],
)
def test_a_place_the_gazetteer_lacks_is_drawn_at_the_actors_country(text, expected):
    r = fl.parse(text, published="2024-12-05")
    assert [(e.actor, e.place, e.geo_precision) for e in r.events.itertuples()] == [expected]
    assert "IT" not in set(r.mentions.country_code)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one strike, singular, placed by a name after "in" or "near"
        (
            "An Israeli strike near Khan Younis killed 20 people.",
            [("Air/drone strike", "Israel", 20)],
        ),
        # (workers on strike strike nothing)
        ("Autoworkers went on strike in Detroit.", []),
        ("The teachers' strike in Chicago ended on Monday.", []),
    ],
)
def test_a_strike_in_or_near_a_place(text, expected):
    e = fl.parse(text, published="2025-06-10").events
    assert list(zip(e.event_type, e.actor, e.fatalities, strict=True)) == expected


def test_fighting_that_displaces_people_is_no_retreat_of_the_fighters():
    e = fl.parse(
        "Fighting between the SSPDF and SPLA-IO forces in Malakal displaced 50,000 people.",
        published="2025-04-01",
    ).events
    assert list(zip(e.event_type, e.place_name, strict=True)) == [
        ("Armed clash", "Malakal"),
        ("Civilian movement", "Malakal"),
    ]


def test_a_strike_at_a_place_the_gazetteer_lacks_is_not_drawn_in_the_strikers_country():
    # (a missile flies abroad: the Houthis' Yemen is no guess for where it hit)
    text = "A Houthi missile hit near the Nevatim air base, the army said."
    assert fl.parse(text, published="2025-05-04").events.empty


def test_a_place_the_gazetteer_lacks_is_in_the_province_told_before_not_the_actors_country():
    # (Mozambique's insurgents are called al-Shabab too; Somalia is their namesake's country)
    r = fl.parse(
        "Islamist insurgents attacked the town of Mucojo in Cabo Delgado province on March 24, "
        "2021. Al-Shabab militants beheaded more than 50 people in a village in Muidumbe "
        "district in November 2020.",
        published="2021-04-01",
    )
    assert [(e.place, e.place_name, e.geo_precision) for e in r.events.itertuples()] == [
        ("Mucojo, Cabo Delgado province", "Cabo Delgado", 4),
        ("Muidumbe district, Cabo Delgado", "Cabo Delgado", 4),
    ]


def test_deaths_told_with_an_aside_before_their_verb():
    e = fl.parse(
        "At least 25 people, including women and children, were killed when RSF drones struck a "
        "market in Omdurman on Saturday.",
        published="2024-06-15",
    ).events
    assert [(r.actor, r.event_type, r.place_name, r.fatalities) for r in e.itertuples()] == [
        ("RSF", "Air/drone strike", "Omdurman", 25)
    ]


def test_there_is_the_place_told_before():
    e = fl.parse(
        "Thousands of people have fled the town of Kutum in North Darfur after the RSF seized "
        "the army garrison there on Friday.",
        published="2024-06-15",
    ).events
    assert [(r.actor, r.action, r.place_name) for r in e.itertuples()] == [
        ("Civilians", "civilian_movement", "Kutum"),
        ("RSF", "capture", "Kutum"),
    ]


def test_what_was_repelled_is_the_same_battle_and_a_light_verb_shares_the_subject():
    e = fl.parse(
        "Ukrainian forces repelled 14 Russian assaults near Vovchansk and launched a "
        "counterattack near Lyptsi.",
        published="2024-06-15",
    ).events
    assert [(r.actor, r.trigger, r.place_name) for r in e.itertuples()] == [
        ("Ukraine", "repelled", "Vovchansk"),
        ("Ukraine", "counterattack", "Lyptsi"),
    ]
    assert e.target_actor.iloc[0] == "Russian military"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an actor after "and" is the other side, not a person who acted
        (
            "On 4 April 2024, Amhara Fano militia and ENDF clashed in Gondar town (Gondar town, "
            "Amhara).",
            [("Fano", "Armed clash", "Gondar town", 0)],
        ),
        # the division of the same name in the brackets is no second place
        (
            "On 25 July 2024, villagers in Kinshasa lynched a suspected thief in Ngaliema commune "
            "(Kinshasa, Kinshasa).",
            [("Rioters", "Mob violence", "Ngaliema commune, Kinshasa", 0)],
        ),
        # the killing is the raid's, across the divisions in brackets
        (
            "On 1 July 2024, ADF militants raided Mangoya village (Beni, North Kivu) and killed 9 "
            "civilians with machetes.",
            [("ADF", "Attack", "Mangoya village, Beni", 9)],
        ),
        # a raid, then arrests: one arrest where the raid was
        (
            "On 9 June 2024, the Israeli military conducted a raid in Jenin refugee camp (Jenin, "
            "West Bank) and arrested 10 Palestinians.",
            [("Israel", "Arrests", "Jenin", 0)],
        ),
        (
            "On 14 March 2024, members of the Tren de Aragua gang shot and killed a man in San "
            "Felix (Caroni, Bolivar).",
            [("Tren de Aragua", "Attack", "San Felix, Bolivar", 1)],
        ),
        # the district in brackets (read as its town) holds the place before it: the capture
        # told after both is near the place, not at the district's town
        (
            "On 12 August 2025, Russian forces advanced near Dobropillia (Pokrovsk, Donetsk) and "
            "captured several villages, according to ISW.",
            [
                ("Russian military", "advance", "near Dobropillia", 0),
                ("Russian military", "Non-state actor overtakes territory", "near Dobropillia", 0),
            ],
        ),
    ],
)
def test_event_records_of_other_wars(text, expected):
    e = fl.parse(text, published="2024-08-01").events
    assert [(r.actor, r.event_type, r.place, r.fatalities) for r in e.itertuples()] == expected


def test_the_attack_a_group_claimed_is_the_one_told_before_and_places_it_closer():
    e = fl.parse(
        "Militants attacked a passenger train in southwestern Pakistan on Tuesday and took "
        "hundreds of passengers hostage, officials said. The Baloch Liberation Army claimed the "
        "attack near the town of Sibi in Balochistan province.",
        published="2025-03-13",
    ).events
    assert [(r.actor, r.event_type, r.place_name) for r in e.itertuples()] == [
        ("Baloch Liberation Army", "Attack", "Sibi"),
        ("Baloch Liberation Army", "Abduction/forced disappearance", "Pakistan"),
    ]
    assert str(e.date_start.iloc[0].date()) == "2025-03-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry speaks for its country's forces, and tells of them: its claim
        (
            "Russia's defence ministry said its forces had taken control of the village of "
            "Novoselydivka in the Donetsk region.",
            ("Russian military", "claimed"),
        ),
        # "claimed to have" is their own act, claimed
        (
            "Houthi rebels claimed to have shot down a US MQ-9 Reaper drone over Marib province.",
            ("Houthis", "claimed"),
        ),
    ],
)
def test_a_speaker_acts_through_its_forces_or_in_its_claim(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.actor, r.modality) for r in e.itertuples()] == [expected]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Kataib Hezbollah fighters fired drones at a US base.", "Kataib Hezbollah"),
        ("SPLA-IO forces attacked the town.", "SPLM-IO"),
        ("Southern Transitional Council forces seized the base.", "Southern Transitional Council"),
        ("Rebels of the RED-Tabara group attacked Gatumba.", "RED-Tabara"),
        ("Suspected herders attacked the village of Yelwata.", "Unidentified armed group"),
    ],
)
def test_armed_groups_of_other_wars(text, actor):
    from frontlines.actors import find_actors

    assert find_actors(text)[0].actor == actor


def test_the_other_side_of_a_gunfight_killed_the_dead():
    e = fl.parse(
        "Two Indian soldiers were killed in a gunfight with militants in Kathua district of "
        "Jammu and Kashmir, the army said.",
        published="2024-06-15",
    ).events
    assert [(r.actor, r.event_type, r.target_actor, r.fatalities) for r in e.itertuples()] == [
        ("Unidentified armed group", "Armed clash", "India military", 2)
    ]


def test_a_coordinated_place_with_a_preposition_of_its_own():
    e = fl.parse(
        "Russian forces recently advanced in Toretsk and near Pokrovsk.", published="2024-06-15"
    ).events
    assert [(r.place, r.place_relation, r.geo_precision) for r in e.itertuples()] == [
        ("Toretsk", "in", 1),
        ("near Pokrovsk", "near", 2),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters allied to the Tripoli government retook Gharyan in a surprise attack on "
        "Wednesday.",
        "Rebels captured most of Aleppo on Saturday, a war monitor said, in a lightning "
        "offensive that began on Wednesday.",
    ],
)
def test_the_attack_a_place_was_taken_in_is_no_second_event(text):
    e = fl.parse(text, published="2024-12-06").events
    assert e.event_type.tolist() in (
        ["Government regains territory"],
        ["Non-state actor overtakes territory"],
    )


def test_a_commander_and_a_seat_of_government_name_their_forces():
    e = fl.parse(
        "Forces loyal to eastern commander Khalifa Haftar seized Gharyan on Thursday. Fighters "
        "allied to the Tripoli government retook it on Wednesday.",
        published="2019-06-30",
    ).events
    # ("retook it": the place taken before)
    assert e[["actor", "action", "place_name"]].values.tolist() == [
        ["Libyan National Army", "capture", "Gharyan"],
        ["Libyan government", "retake", "Gharyan"],
    ]


@pytest.mark.parametrize(
    ("text", "action", "place"),
    [
        # a possessive and its forces, or a progressive after a report, are the speaker's
        ("Russia said its forces had captured Bakhmut.", "capture", "Bakhmut"),
        (
            "Russia announced it was pulling its troops out of the city of Kherson.",
            "retreat",
            "Kherson",
        ),
    ],
)
def test_the_speakers_own_forces_act(text, action, place):
    e = fl.parse(text, published="2022-11-10").events
    assert e[["actor", "action", "place_name"]].values.tolist() == [
        ["Russian military", action, place]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition fighters reached the outskirts of Homs on Friday.", [("advance", "Homs")]),
        ("Israeli troops reached the edge of Khan Younis.", [("advance", "Khān Yūnis")]),
        ("The SDF moved into Deir ez-Zor on Sunday.", [("advance", "Deir ez-Zor")]),
        ("Russian forces pulled back from Kherson.", [("retreat", "Kherson")]),
        # moving into a flat is no advance
        ("Security officers have moved into an apartment in Beijing.", []),
    ],
)
def test_reaching_moving_into_and_pulling_back(text, expected):
    e = fl.parse(text, published="2024-12-06").events
    assert list(zip(e.action, e.place_name, strict=True)) == expected


def test_which_after_an_apposition_of_a_town_is_the_town():
    e = fl.parse(
        "Sudan's army said on Tuesday it had regained control of Wad Madani, the capital of "
        "Gezira state, which the RSF seized in December 2023.",
        published="2025-01-14",
    ).events
    assert e[["actor", "action", "place_name"]].values.tolist() == [
        ["Sudanese army", "retake", "Wad Medani"],
        ["RSF", "capture", "Wad Medani"],
    ]


@pytest.mark.parametrize(
    ("text", "actor", "event_type"),
    [
        # a river crosses borders: the sentence is in Sudan, so "the army" is Sudan's
        (
            "The army shelled RSF positions east of the Nile in Khartoum North.",
            "Sudanese army",
            "Shelling/artillery/missile attack",
        ),
        # a country's bombs are its forces
        (
            "Russian glide bombs hit residential buildings in Kharkiv, wounding 12.",
            "Russian military",
            "Air/drone strike",
        ),
        # "its fighters" after a report are the speaker's
        (
            "The RSF said its fighters had shot down a military aircraft over Nyala.",
            "RSF",
            "Disrupted weapons use",
        ),
    ],
)
def test_who_acted_when_named_by_a_river_a_weapon_or_a_possessive(text, actor, event_type):
    e = fl.parse(text, published="2024-06-15").events
    assert e[["actor", "event_type"]].values.tolist() == [[actor, event_type]]


def test_a_settlement_the_gazetteer_lacks_is_in_the_country_its_phrase_names():
    e = fl.parse(
        "Malian troops and Russian mercenaries killed at least 500 people in the central Malian "
        "village of Moura in March 2022, the UN said."
    ).events
    assert e[["place", "place_name", "geo_precision"]].values.tolist() == [
        ["Moura, Mali", "Mali", 6]
    ]


def test_the_attack_a_place_is_seized_in_is_one_capture():
    e = fl.parse(
        "Insurgents linked to the Islamic State attacked the town of Mocímboa da Praia in Cabo "
        "Delgado province on Wednesday, seizing the port.",
        published="2020-08-14",
    ).events
    assert e[["actor", "action", "place_name"]].values.tolist() == [
        ["IS", "capture", "Mocímboa da Praia"]
    ]


def test_a_coordinated_place_with_a_direction_of_its_own_is_placed_by_it():
    e = fl.parse(
        "Russian forces recently advanced in eastern Toretsk and northwest of Pokrovsk.",
        published="2024-12-05",
    ).events
    assert e[["place", "geo_precision"]].values.tolist() == [
        ["Toretsk", 1],
        ["northwest of Pokrovsk", 2],
    ]
    m = fl.parse("Pokrovsk.").mentions.geometry.iloc[0]
    p = e.geometry.iloc[1]
    assert p.y > m.y and p.x < m.x  # northwest of the town


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a protest demands is no side of it
        (
            "Thousands of protesters rallied outside parliament in Belgrade on Saturday to demand "
            "the resignation of the government.",
            [("Protesters", "Peaceful protest", None, "Belgrade")],
        ),
        # the police of "a police station" are the object of the action before
        (
            "Rioters set fire to a police station and looted shops in the town of Kisumu.",
            [("Rioters", "Violent demonstration", None, "Kisumu")],
        ),
        # the soldiers of the country the sentence is in, not of the one across the border
        (
            "Islamist militants killed 12 soldiers in an attack on a military post in the "
            "Tillaberi region of western Niger, near the border with Mali.",
            [("Unidentified armed group", "Armed clash", "Niger military", "Tillaberi region")],
        ),
        # the militias allied to the army act with it, which leads
        (
            "Congolese troops and allied Wazalendo militias clashed with M23 fighters near Sake, "
            "25 km west of Goma.",
            [("FARDC", "Armed clash", "M23", "near Sake")],
        ),
        (
            "A Palestinian gunman opened fire at a bus stop in Jerusalem, killing three people.",
            [("Unidentified armed group", "Attack", None, "Jerusalem")],
        ),
        # entering a building is no advance; the killing is the event
        (
            "A gunman entered his church in Fort Worth and killed seven people.",
            [("Unidentified armed group", "Attack", None, "Fort Worth")],
        ),
        ("The council will try to combat crime in DeKalb.", []),
    ],
)
def test_sides_of_protests_riots_and_attacks(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    got = list(zip(e.actor, e.event_type, e.target_actor, e.place, strict=True))
    assert got == expected


def test_a_town_on_a_border_is_not_the_country_across_it():
    e = fl.parse(
        "The Arakan Army seized the town of Taung Bazar on the border with Bangladesh after "
        "months of fighting.",
        published="2024-12-09",
    ).events
    # the gazetteer lacks Taung Bazar: drawn at the Arakan Army's country, labelled with its name
    assert e[["event_type", "place", "place_name"]].values.tolist() == [
        ["Non-state actor overtakes territory", "Taung Bazar, Myanmar", "Myanmar"]
    ]
    e = fl.parse(
        "M23 rebels captured the mining town of Nyanzale in North Kivu province.",
        published="2024-05-02",
    ).events
    assert e.place.tolist() == ["Nyanzale, North Kivu province"]


def test_an_attack_and_a_capture_told_on_two_days_are_two_events():
    e = fl.parse("IS attacked Palmyra on Monday and captured it on Friday.", published="2024-06-15")
    got = [(r.action, r.place, str(r.date_start.date())) for r in e.events.itertuples()]
    assert got == [("attack", "Palmyra", "2024-06-10"), ("capture", "Palmyra", "2024-06-14")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The insurgents seized the city of Hama on Thursday after Syrian troops withdrew, the "
            "army said.",
            [("capture", "Hama"), ("retreat", "Hama")],
        ),
        (
            "Rebels entered Hama after government forces pulled out.",
            [("advance", "Hama"), ("retreat", "Hama")],
        ),
        # a withdrawal with words of its own after it, but no way of its own
        (
            "Myanmar's military regained control of Lashio after the MNDAA withdrew under a "
            "China-brokered deal.",
            [("retake", "Lashio"), ("retreat", "Lashio")],
        ),
        # who withdrew is not where from
        (
            "The Taliban captured Kunduz on Sunday, their biggest gain since the US began "
            "withdrawing.",
            [("capture", "Kunduz")],
        ),
        # a siege broken is none
        (
            "Sudan's army said it had broken the siege of El Obeid on Sunday after months of "
            "encirclement.",
            [],
        ),
        # a withdrawal wished for is none
        (
            "Anaya said Mexico should limit cooperation in Sinaloa until the National Guard was "
            "withdrawn.",
            [],
        ),
    ],
)
def test_a_withdrawal_in_a_clause_of_time_is_from_the_main_clauses_place(text, expected):
    e = fl.parse(text, published="2024-12-06").events
    assert list(zip(e.action, e.place, strict=True)) == expected


def test_a_withdrawal_as_a_place_is_taken_is_from_that_place():
    e = fl.parse(
        "Ukrainian forces recaptured Izium, a key logistics hub in the Kharkiv region, as "
        "Russian troops withdrew, Ukraine's general staff said.",
        published="2022-09-11",
    ).events
    assert e[["actor", "action", "place"]].values.tolist() == [
        ["Ukraine", "retake", "Izium"],
        ["Russian military", "retreat", "Izium"],
    ]


def test_storming_a_village_and_abducting_is_one_abduction():
    e = fl.parse(
        "Gunmen on motorcycles stormed the village of Kuriga in Kaduna state and abducted at "
        "least 287 pupils from a school.",
        published="2024-03-08",
    ).events
    assert e[["event_type", "place"]].values.tolist() == [
        ["Abduction/forced disappearance", "Kuriga, Kaduna state"]
    ]


def test_an_artillery_range_is_no_shelling():
    assert fl.parse("The town is now within artillery range of Kramatorsk.").events.empty


def test_a_settlement_the_gazetteer_lacks_is_in_the_region_its_phrase_names():
    e = fl.parse(
        "Militiamen attacked the Darfuri village of Misterei, killing 12.", published="2023-07-01"
    ).events
    assert e[["place", "place_name", "geo_precision"]].values.tolist() == [
        ["Misterei, Darfur", "Darfur", 5]
    ]


def test_a_day_without_its_year_takes_the_year_of_a_day_given_earlier_in_the_sentence():
    ev = fl.parse(
        "On 5 August 2024, Ukrainian forces crossed the border into Russia's Kursk region and "
        "captured Sudzha on 15 August.",
        published="2026-03-01",
    ).events
    dates = dict(zip(ev.trigger, ev.date_start.dt.date.astype(str), strict=True))
    assert dates == {"crossed": "2024-08-05", "captured": "2024-08-15"}
    from frontlines.dates import find_dates

    (_, b) = find_dates("on 28 December 2023 and again on 3 January", dt.date(2026, 3, 1))
    assert str(b.date_start) == "2024-01-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 June 2024, JNIM militants ambushed a VDP convoy near Djibo (Soum, Sahel).",
            ("JNIM", "VDP", "Djibo"),
        ),
        (
            "Anti-balaka militiamen attacked Seleka positions in Bambari on Monday.",
            ("Anti-Balaka", "Seleka", "Bambari"),
        ),
        (
            "The NPA ambushed Philippine soldiers in Samar on Tuesday.",
            ("New People's Army", "Philippines military", "Samar"),
        ),
    ],
)
def test_the_armed_groups_of_other_wars_are_named_on_both_sides(text, expected):
    (e,) = fl.parse(text, published="2024-08-01").events.itertuples()
    assert (e.actor, e.target_actor, e.place_name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed force in flight retreats, in the time of the main clause
        (
            "North Vietnamese troops captured Quang Tri on May 1, 1972, after South Vietnamese "
            "units fled south towards Hue.",
            [("capture", "Quang Tri", "1972-05-01"), ("retreat", "Hue", "1972-05-01")],
        ),
        ("Iraqi forces invaded Kuwait on 2 August 1990.", [("advance", "Kuwait", "1990-08-02")]),
        # the battle told as a noun after "after", dated, dates the capture it led to
        (
            "The Southern Transitional Council seized control of Aden's presidential palace after "
            "days of clashes with government troops in August 2019.",
            [("capture", "Aden", "2019-08-01")],
        ),
        # "the surrounding hills" are around the place, no siege
        (
            "Serb forces shelled Sarajevo from the surrounding hills on 5 February 1994.",
            [("shelling", "Sarajevo", "1994-02-05")],
        ),
    ],
)
def test_events_of_past_wars_are_dated_by_their_sentence(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    got = [(r.action, r.place, str(r.date_start.date())) for r in e.itertuples()]
    assert got == expected


def test_marines_and_units_are_a_countrys_forces():
    e = fl.parse(
        "US Marines entered Baghdad on April 9, 2003. Ukrainian units advanced near Robotyne.",
        published="2024-06-15",
    ).events
    assert e.actor.tolist() == ["United States military", "Ukraine"]


def test_bombs_dropped_by_an_alliance_are_air_strikes():
    e = fl.parse(
        "NATO aircraft bombed targets in Belgrade and Novi Sad in March 1999.",
        published="2024-06-15",
    ).events
    assert e[["actor", "event_type", "place"]].values.tolist() == [
        ["NATO", "Air/drone strike", "Belgrade"],
        ["NATO", "Air/drone strike", "Novi Sad"],
    ]


def test_the_weapons_of_one_strike_and_those_shot_down_are_no_strikes_of_their_own():
    e = fl.parse(
        "Russian forces struck Ukraine's energy infrastructure overnight with 120 missiles and "
        "90 drones, the Ukrainian air force said, adding that 102 missiles and 86 drones were "
        "shot down.",
        published="2024-06-15",
    ).events
    assert e.event_type.tolist() == ["Shelling/artillery/missile attack", "Disrupted weapons use"]
    assert e.actor.iloc[0] == "Russian military"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tuareg rebels of the MNLA seized Timbuktu on April 1, 2012.",
            ("MNLA", "Non-state actor overtakes territory", "Timbuktu"),
        ),
        (
            "Bosnian Serb forces overran the UN safe area of Srebrenica on July 11, 1995.",
            ("Bosnian Serb forces", "Non-state actor overtakes territory", "Srebrenica"),
        ),
        (
            "The Tamil Tigers abandoned Mullaitivu on January 25, 2009.",
            ("Tamil Tigers", "retreat", "Mullaittivu"),
        ),
        (
            "The IRA detonated a bomb in Omagh on August 15, 1998, killing 29 people.",
            ("IRA", "Remote explosive/landmine/IED", "Omagh"),
        ),
        (
            "Chechen rebels attacked Grozny on August 6, 1996, trapping thousands of Russian "
            "troops in the city.",
            ("Chechen rebels", "Armed clash", "Grozny"),
        ),
    ],
)
def test_the_armed_groups_of_past_wars(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.event_type, e.place_name) == expected


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the main clause's day, less the days counted before "after"
        (
            "Houthi rebels seized the airport on Tuesday, a day after Saudi-led coalition "
            "airstrikes killed at least 14 people in Saada province.",
            ("2024-06-10", "2024-06-10"),
        ),
        (
            "Ukrainian troops withdrew on February 26, 2024, nine days after Russian forces "
            "captured Avdiivka.",
            ("2024-02-17", "2024-02-17"),
        ),
        # "several days": two to seven
        (
            "Rebels withdrew on Tuesday, several days after the army shelled Sake.",
            ("2024-06-04", "2024-06-09"),
        ),
        # no count: the main clause's day
        (
            "Rebels withdrew on Tuesday after the army shelled Sake.",
            ("2024-06-11", "2024-06-11"),
        ),
    ],
)
def test_a_count_of_days_before_a_clause_of_time_moves_its_date(text, when):
    e = fl.parse(text, published="2024-06-15").events
    e = e[e.action != "retreat"]
    assert [(str(r.date_start.date()), str(r.date_end.date())) for r in e.itertuples()] == [when]


def test_a_withdrawal_from_a_named_place_in_a_clause_of_time_is_not_from_the_main_ones():
    # "abandoned Sake": from Sake, which the gazetteer lacks, not from Goma
    e = fl.parse(
        "Rebels took Goma on Tuesday after the army abandoned Sake.", published="2024-06-15"
    )
    assert e.events.place.tolist() == ["Goma"]
    # with no place of its own, the withdrawal is from the place taken
    e = fl.parse(
        "Rebels seized the city of Hama after Syrian troops withdrew Tuesday.",
        published="2024-06-15",
    )
    assert e.events[["action", "place"]].values.tolist() == [
        ["capture", "Hama"],
        ["retreat", "Hama"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al Shabaab militants attacked an AMISOM base at Bulo Marer (Marka, Lower Shabelle) on "
            "8 June 2021.",
            ("al-Shabaab", "AMISOM", "Armed clash"),
        ),
        (
            "Israeli tanks fired on a UNIFIL position in Naqoura, wounding two peacekeepers.",
            ("Israel", "UNIFIL", "Armed clash"),
        ),
        (
            "Militants fired mortar shells at the airport in Mogadishu, wounding three "
            "peacekeepers.",
            ("Unidentified armed group", "UN peacekeepers", "Shelling/artillery/missile attack"),
        ),
    ],
)
def test_peace_operations_are_forces_attacked(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.target_actor, e.event_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's own peacekeepers are its forces
        ("Russian peacekeepers left Stepanakert on Tuesday.", [("Russian military", "retreat")]),
        ("Ukrainian forces left the town of Avdiivka overnight.", [("Ukraine", "retreat")]),
        # what an attack leaves is no withdrawal, nor is leaving at a time
        (
            "Russian shelling left 5 dead in Kherson.",
            [("Russian military", "Shelling/artillery/missile attack")],
        ),
        (
            "Russian troops shelled Kherson, which the army left in November.",
            [("Russian military", "Shelling/artillery/missile attack")],
        ),
    ],
)
def test_an_armed_force_leaving_a_named_place_retreats(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(str(r.actor), r.event_type) for r in e.itertuples()] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of "came under fire" is who was fired on, by someone unnamed
        (
            "Israeli forces came under fire in Jenin on Monday, the army said.",
            (None, "Israel", "Armed clash", "Janīn"),
        ),
        (
            "Ukrainian positions near Chasiv Yar came under heavy artillery fire.",
            (None, "Ukraine", "Shelling/artillery/missile attack", "Chasiv Yar"),
        ),
    ],
)
def test_who_came_under_fire_is_the_target(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.target_actor, e.event_type, e.place_name) == expected


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("The death toll from the Russian missile strike on Dnipro rose to 40.", 40),
        ("The toll from Saturday's car bombing in Mogadishu has risen to 12, police said.", 12),
        # a long way from the toll to its number
        (
            "The death toll from Saturday's Israeli strike on a Gaza City school rose to 31, the "
            "civil defence agency said.",
            31,
        ),
    ],
)
def test_a_death_toll_told_after_what_caused_it(text, deaths):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert e.fatalities == deaths


def test_a_country_joined_to_a_word_does_not_place_a_settlement_the_gazetteer_lacks():
    # "Armenian-populated": who lives there, not the country it lies in
    (e,) = fl.parse(
        "Azerbaijani troops took the Armenian-populated village of Mataghis on October 9, 2020.",
        published="2024-06-15",
    ).events.itertuples()
    assert (e.place_name, e.geo_precision, e.event_type) == (
        "Azerbaijan",
        6,
        "Government regains territory",
    )
    assert e.place == "Mataghis, Azerbaijan"


def test_a_border_crossing_is_a_place_not_someone_crossing():
    e = fl.parse(
        "Israeli troops advanced into the eastern part of Rafah on Tuesday and seized the Rafah "
        "crossing on the border with Egypt.",
        published="2024-06-15",
    ).events
    assert e.trigger.tolist() == ["advanced", "seized"]
    e = fl.parse("Russian troops crossing the Dnipro near Krynky were shelled.").events
    assert "crossing" in e.trigger.tolist()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place that changed hands was fought over
        (
            "The village of Krynky changed hands several times during the autumn.",
            [("Armed clash", "None", "Krynky")],
        ),
        # "left it": the town just retaken
        (
            "Al-Shabaab retook the town of Bulo Burde, 200 km north of Mogadishu, hours after "
            "Ethiopian troops left it.",
            [
                ("Non-state actor overtakes territory", "al-Shabaab", "Bulo Burde"),
                ("retreat", "Ethiopian army", "Bulo Burde"),
            ],
        ),
        # "entered it": the town, not the region its apposition names
        (
            "Ethiopian forces withdrew from Lalibela, the UNESCO heritage town in Amhara region, "
            "as Fano militiamen entered it.",
            [("retreat", "Ethiopian army", "Lalibela"), ("advance", "Fano", "Lalibela")],
        ),
    ],
)
def test_a_place_told_before_and_taken_up_by_it(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.event_type, str(r.actor), r.place) for r in e.itertuples()] == expected


def test_who_came_under_a_named_sides_attack_is_its_target():
    (e,) = fl.parse(
        "Russian troops came under Ukrainian drone attack near Bakhmut.", published="2024-06-15"
    ).events.itertuples()
    assert (e.actor, e.target_actor, e.event_type) == (
        "Ukraine",
        "Russian military",
        "Air/drone strike",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 6 June 2024, a Russian glide bomb struck a residential building in Kharkiv.",
            ("Russian military", None),
        ),
        ("A Russian ballistic missile hit Odesa on Friday.", ("Russian military", None)),
        (
            "On 2 February 2024, CJNG cartel gunmen clashed with Sinaloa cartel members in "
            "Frontera Comalapa (Chiapas), leaving 8 dead.",
            ("CJNG", "Sinaloa Cartel"),
        ),
    ],
)
def test_one_weapon_of_a_country_and_a_cartel_named_with_its_word(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.target_actor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 10 and 12 May, Russian forces captured nine villages.", ("05-10", "05-12")),
        ("On the night of 3-4 March, Russian drones hit Odesa.", ("03-03", "03-04")),
        ("From May 10 to 12, 2023, fighting raged.", ("05-10", "05-12")),
        # after publication: the year before
        ("Between 12 and 31 December the army shelled the town.", ("12-12", "12-31")),
    ],
)
def test_a_range_of_days_in_a_month_is_one_span(text, expected):
    import datetime as dt

    from frontlines.dates import find_dates

    (d,) = find_dates(text, dt.date(2024, 6, 15))
    assert (d.date_start.strftime("%m-%d"), d.date_end.strftime("%m-%d")) == expected
    assert d.date_start.year == (2023 if "2023" in text or "December" in text else 2024)


def test_the_nearby_village_of_is_a_second_place_of_the_action_not_a_claim():
    r = fl.parse(
        "Shelling hit the town of Toretsk and the nearby village of Niu-York in Donetsk region.",
        published="2024-06-15",
    )
    assert r.events.place.tolist() == ["Toretsk", "Niu-York"]
    assert r.claims.empty
    # "nearby" with no article still places
    r = fl.parse("Fighting raged nearby Toretsk.", published="2024-06-15")
    assert r.claims.relation.tolist() == ["near"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a thing taken is no place taken
        ("Matson's car was taken and police found it about 50 miles away close to Yuba City.", []),
        ("The line is taken from a song by Akon, but Dominica's request was rejected.", []),
        # a place, a settlement or a site taken is
        ("Avdiivka was captured by Russian forces on Saturday.", ["Avdiivka"]),
        ("The airport was seized by rebels in Goma.", ["Goma"]),
    ],
)
def test_a_capture_in_the_passive_needs_a_place_as_its_subject(text, places):
    e = fl.parse(text, published="2024-06-15").events
    assert e.place.tolist() == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the junta" is the state of the country the sentence is in
        (
            "Around 200 people demonstrated in Niamey on Saturday in support of the military "
            "junta.",
            ("Protesters", None, "Peaceful protest"),
        ),
        (
            "Junta troops shelled Kidal in Mali.",
            ("Malian army", None, "Shelling/artillery/missile attack"),
        ),
        (
            "The junta bombed villages in Sagaing on Tuesday.",
            ("Myanmar military", None, "Air/drone strike"),
        ),
    ],
)
def test_the_junta_is_the_sentences_countrys_and_a_protest_for_it_has_no_side(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.target_actor, e.event_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's forces capturing at home regain territory, abroad they overtake it
        (
            "Russian troops took full control of Grozny on Sunday.",
            ("Russian military", "Government regains territory"),
        ),
        (
            "Russian troops took full control of Avdiivka on Sunday.",
            ("Russian military", "Non-state actor overtakes territory"),
        ),
        # the forces of a ruler and of a coalition's leader
        (
            "Gaddafi's forces pulled back toward Sirte on Sunday.",
            ("Libyan government", "retreat"),
        ),
        (
            "Assad's forces shelled Douma on Sunday.",
            ("Syrian government", "Shelling/artillery/missile attack"),
        ),
        (
            "Saudi-led air strikes hit Sanaa on Friday, killing 20 people.",
            ("Saudi Arabia military", "Air/drone strike"),
        ),
    ],
)
def test_who_captures_at_home_and_the_forces_named_by_their_leader(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.event_type) == expected


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Marines fought their way through Nasiriyah on Sunday, losing at least nine men.",
        "Kurdish fighters held Kobani, losing 40 fighters in the battle.",
    ],
)
def test_losing_men_is_no_retreat(text):
    e = fl.parse(text, published="2024-06-15").events
    assert "retreat" not in set(e.event_type)
    assert len(e) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Some say teachers in Oklahoma risk losing public support the longer their walkout goes.",
        "More than 200,000 homes in Kharkiv lost power overnight.",
        "Residents of Mariupol who lost their homes were moved to Zaporizhzhia.",
    ],
)
def test_losing_support_power_or_homes_is_no_retreat(text):
    assert "retreat" not in set(fl.parse(text, published="2024-06-15").events.event_type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who the main clause says died is the target of the action in the clause of its cause
        (
            "Seven Egyptian soldiers were killed when militants attacked a checkpoint near "
            "El-Arish.",
            ("Unidentified armed group", "Egypt military", 7),
        ),
        (
            "Five Nigerian soldiers died when Boko Haram attacked their base in Monguno.",
            ("Boko Haram", "Nigerian army", 5),
        ),
        # ("Ten" is a count, no place)
        (
            "Ten civilians were killed when Russian missiles hit Kharkiv.",
            ("Russian military", None, 10),
        ),
    ],
)
def test_who_died_in_the_main_clause_is_the_target_of_its_cause(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.target_actor, e.fatalities) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd marching is a protest; troops marching are not
        (
            "Thousands of people marched in Tbilisi on Sunday against a law on foreign agents; "
            "police used water cannon and tear gas to disperse them.",
            [("Protesters", "Georgia police", "Protest with intervention")],
        ),
        ("Students marched to parliament in Dhaka.", [("Protesters", None, "Peaceful protest")]),
        ("Russian troops marched into Kherson on Monday.", [("Russian military", None, "advance")]),
        (
            "Protesters marched into Tahrir Square in Cairo.",
            [("Protesters", None, "Peaceful protest")],
        ),
        # who met the protest is its other side, never its actor
        (
            "Kenyan police shot dead two protesters in Nairobi during demonstrations against tax "
            "increases.",
            [("Protesters", "Kenya police", "Excessive force against protesters")],
        ),
    ],
)
def test_a_crowd_marching_protests_and_who_met_it_is_the_other_side(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.actor, r.target_actor, r.event_type) for r in e.itertuples()] == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # who is blamed made the attack; a country's government airstrikes are its forces'
        (
            "A drone attack on a wedding in Sudan's North Kordofan state killed at least 40 "
            "people, a local rights group said on Tuesday, blaming the RSF.",
            "RSF",
        ),
        (
            "Ethiopian government airstrikes on a market in Tigray killed 64 people in June 2021.",
            "Ethiopian army",
        ),
        # a country's sea drone is its forces' strike
        ("A Ukrainian sea drone sank a Russian landing ship off Crimea, Kyiv said.", "Ukraine"),
    ],
)
def test_who_is_blamed_acted_and_a_governments_airstrikes_are_its_forces(text, actor):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.target_actor) == (actor, None)


def test_who_made_a_deadly_attack_named_after_the_wounded_and_two_words_of_weapon():
    text = (
        "Two Israeli soldiers were killed and five wounded in a Hezbollah anti-tank missile "
        "attack near Shlomi, the army said."
    )
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.target_actor, e.fatalities) == ("Hezbollah", "Israel", 2)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a named day is that day, never the weekday in its name before publication
        ("Russian strike on Sumy kills 34 on Palm Sunday", "2025-04-13"),
        ("Shelling on Orthodox Easter killed two in Kherson.", "2025-04-20"),
        ("A missile hit Kharkiv on Christmas Day 2022.", "2022-12-25"),
        ("On New Year’s Eve drones hit Kyiv.", "2024-12-31"),
        # (in the year of a day told with its year before it)
        ("On 5 April 2023 troops attacked Bakhmut. On Easter Sunday they withdrew.", "2023-04-09"),
    ],
)
def test_a_named_day_is_that_day_of_the_year(text, day):
    from frontlines.dates import find_dates

    spans = find_dates(text, dt.date(2025, 6, 15))
    assert str(spans[-1].date_start) == day and spans[-1].precision == 1


def test_a_named_day_rule_a_user_writes_wrong_is_a_named_error(tmp_path, monkeypatch):
    from frontlines.dates import find_dates

    (tmp_path / "dates.yaml").write_text("named_days: {victory day: May 9}\n", encoding="utf-8")
    monkeypatch.setenv("FRONTLINES_LEXICONS", str(tmp_path))
    with pytest.raises(ValueError, match=r"victory day.*month and day"):
        find_dates("on Victory Day", dt.date(2025, 6, 15))


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a headline's present tense enters; an agreement entered into is no advance
        ("M23 rebels enter Uvira as Burundian troops pull back", 2),
        ("The council voted to enter into a pre-annexation agreement with Springfield.", 0),
    ],
)
def test_a_headline_enters_and_an_agreement_entered_into_does_not(text, n):
    e = fl.parse(text, published="2024-06-15").events
    assert len(e[e.event_type.isin(["advance", "retreat"])]) == n


def test_an_event_in_a_country_near_a_border_is_drawn_on_its_side_of_that_border():
    from frontlines._shapes import country_shape

    text = "Jihadists attacked an army post near the Malian border in western Niger."
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    # ("western Niger" is the country, not Nigeria's Niger State)
    assert e.geo_precision < 6 and "border" in e.place
    from pyproj import Geod
    from shapely.ops import nearest_points

    assert country_shape("NE").contains(e.geometry)
    mali = nearest_points(e.geometry, country_shape("ML").boundary)[1]
    km = Geod(ellps="WGS84").inv(e.geometry.x, e.geometry.y, mali.x, mali.y)[2] / 1000
    assert km < 60  # within the border zone


def test_overnight_after_a_day_told_with_its_year_is_the_night_before_that_day():
    text = (
        "On 6 December 2024, HTS fighters took over Homs after government forces withdrew "
        "overnight."
    )
    e = fl.parse(text, published="2025-06-15").events
    days = {
        r.event_type: (str(r.date_start.date()), str(r.date_end.date())) for r in e.itertuples()
    }
    assert days["retreat"] == ("2024-12-05", "2024-12-06")


def test_who_a_place_is_handed_over_to_is_the_target():
    text = (
        "On 1 March 2024, the Sudanese army handed over control of the town of Kadugli to "
        "SPLM-N forces without fighting."
    )
    (e,) = fl.parse(text).events.itertuples()
    assert (e.actor, e.target_actor, e.event_type, e.place_name) == (
        "Sudanese army",
        "SPLM-N",
        "Non-violent transfer of territory",
        "Kadugli",
    )


def test_a_peoples_village_of_a_known_place_is_that_place():
    text = "Israeli settlers torched cars and homes in the Palestinian village of Huwara."
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.place, e.place_name, e.geo_precision) == ("Huwara", "Huwara", 1)


@pytest.mark.parametrize(
    "text",
    [
        # a natural hazard, a sound heard and a flood fight are no attacks
        "Floods hit northern Georgia, near Atlanta.",
        "An earthquake killed 300 people in Herat province.",
        "A storm struck Odesa on Sunday.",
        "Explosions were heard in occupied Melitopol overnight.",
        "Local volunteers join flood fighting effort in Fargo.",
        # a named storm, and what it did
        "Storm Ciaran hit northern France and southern England, killing at least seven people.",
        "Hurricane Melissa struck Jamaica on Tuesday.",
    ],
)
def test_hazards_and_explosions_heard_are_no_events(text):
    assert fl.parse(text, published="2024-06-15").events.empty


def test_a_weapon_named_like_a_storm_is_fired():
    (e,) = fl.parse(
        "Ukraine fired Storm Shadow missiles at a command post in Luhansk.", published="2024-06-15"
    ).events.itertuples()
    assert (e.actor, e.event_type, e.place_name) == (
        "Ukraine",
        "Shelling/artillery/missile attack",
        "Luhansk",
    )


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("An explosion killed three soldiers in Gao.", "Remote explosive/landmine/IED"),
        ("Rebels storm the town of Goma.", "Attack"),
    ],
)
def test_an_explosion_that_kills_and_a_town_stormed_stay_events(text, etype):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert e.event_type == etype


def test_a_clash_along_the_border_of_two_neighbours_is_drawn_on_that_border():
    r = fl.parse(
        "Thai and Cambodian troops exchanged fire along the border on 24 July 2025.",
        published="2025-07-25",
    )
    (e,) = r.events.itertuples()
    assert (e.actor, e.target_actor, e.place_relation) == (
        "Thailand military",
        "Cambodia military",
        "border",
    )
    from frontlines._shapes import country_shape

    # the strip holds ground on both sides, and none far from the border; the point is on it
    strip = shapely.from_wkt(e.region_wkt)
    th, kh = country_shape("TH"), country_shape("KH")
    assert strip.intersection(th).area > 0 and strip.intersection(kh).area > 0
    assert strip.area < 0.15 * kh.area  # (a strip some 20 km wide along 800 km)
    assert strip.contains(e.geometry)
    assert e.geo_precision == 5 and e.place_name is None


def test_sides_named_only_by_their_actors_share_their_countries_border():
    (e,) = fl.parse(
        "IDF and Hezbollah clashed along the border.", published="2024-06-15"
    ).events.itertuples()
    assert (e.actor, e.target_actor, e.place_relation) == ("Israel", "Hezbollah", "border")
    strip = shapely.from_wkt(e.region_wkt)
    from frontlines._shapes import country_shape

    assert strip.intersection(country_shape("IL")).area > 0
    assert strip.intersection(country_shape("LB")).area > 0
    assert e.place == "along the border (Israel–Lebanon)"


@pytest.mark.parametrize(
    "text",
    [
        "Israeli and Egyptian officials met on the border.",  # no event
        "Russian and Ukrainian troops clashed along the border with Belarus.",  # its own place
        "Indian and Japanese troops clashed along the border.",  # not neighbours
    ],
)
def test_no_shared_border_where_none_is_meant(text):
    e = fl.parse(text, published="2024-06-15").events
    assert "border" not in set(e.place_relation)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 30 March 2024, the Syrian regime shelled Atarib (Aleppo) with artillery.",
            ("Syrian government", None),
        ),
        (
            "On 7 July 2024, SPLA-IO forces clashed with SSPDF in Nasir (Upper Nile).",
            ("SPLM-IO", "South Sudan military"),
        ),
        (
            "Kuki militants set fire to houses in Torbung village (Churachandpur, Manipur).",
            ("Kuki militia", None),
        ),
        # one soldier or gendarme killed is the state's forces as the target
        (
            "Separatists killed a soldier in Bamenda.",
            ("Unidentified armed group", "Cameroon military"),
        ),
        (
            "Separatists killed a gendarme in Bamenda.",
            ("Unidentified armed group", "Cameroon military"),
        ),
    ],
)
def test_regimes_army_names_and_one_soldier(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.target_actor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian troops struggled to hold back advances near the strategic city of Pokrovsk.",
            ("Ukraine", "Armed clash", None),
        ),
        (
            "Ukrainian forces slowed the Russian advance on Pokrovsk.",
            ("Ukraine", "Armed clash", "Russian military"),
        ),
        # an adjective is no act of holding back
        ("The slow advance toward Pokrovsk continued.", (None, "advance", None)),
    ],
)
def test_holding_back_an_advance_is_the_defenders_battle(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.event_type, e.target_actor) == expected


def test_its_troops_are_the_speakers_even_abroad_and_not_the_country_named_as_a_place():
    r = fl.parse(
        "Russian forces captured two more villages in eastern Ukraine, the Defense Ministry in "
        "Moscow said Sunday. The ministry said its troops had taken Mykolaivka in the Donetsk "
        "region. The Russian Defence Ministry said its troops took Avdiivka.",
        published="2024-06-15",
    )
    e = r.events
    assert e[e.trigger.isin(["taken", "took"])].actor.tolist() == ["Russian military"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire at a checkpoint in occupied Crimea.",
        "Palestinian gunmen opened fire at an Israeli checkpoint near Tulkarm in the occupied "
        "West Bank, wounding two soldiers.",
    ],
)
def test_a_participle_that_says_what_a_place_is_changes_no_action(text):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.action, e.trigger) == ("attack", "opened fire at")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Early Sunday, a Ukrainian drone crashed into an apartment building in Kazan, "
            "Russian officials said.",
            [("Ukraine", "Air/drone strike", "Kazan")],
        ),
        (
            "A Russian missile slammed into a residential building in Dnipro, killing four.",
            [("Russian military", "Shelling/artillery/missile attack", "Dnipro")],
        ),
        ("A car crashed into a tree in Kazan.", []),
        (
            "On 23/04/2024, FARDC and Wazalendo clashed with M23 around Sake.",
            [("FARDC", "Armed clash", "Sake")],
        ),
    ],
)
def test_weapons_crashing_into_buildings_and_allies_named_alone(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.actor, r.event_type, r.place_name) for r in e.itertuples()] == expected
    if "23/04" in text:
        assert e.date_start.tolist() == [pd.Timestamp("2024-04-23")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On 03/04/2024, militants attacked.", dt.date(2024, 4, 3)),  # day first by default
        ("On 04/23/2024, militants attacked.", dt.date(2024, 4, 23)),  # 23 is no month
        ("On 23.04.2024 it happened.", dt.date(2024, 4, 23)),
        ("The ratio was 10/12/2023x.", None),
        ("They won 3/4 of the seats.", None),
    ],
)
def test_dates_written_in_numbers(text, day):
    from frontlines.dates import find_dates

    found = find_dates(text, dt.date(2024, 6, 15))
    assert [d.date_start for d in found] == ([day] if day else [])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Palestinian gunmen opened fire at an Israeli checkpoint near Tulkarm, wounding two "
            "soldiers.",
            "Israel",
        ),
        ("Hamas fighters fired an anti-tank missile at an Israeli tank in Rafah.", "Israel"),
        ("Russian forces struck a Ukrainian position near Bakhmut.", "Ukraine"),
    ],
)
def test_a_countrys_checkpoint_tank_or_position_is_its_forces_as_target(text, target):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert e.target_actor == target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US Marines landed at Inchon on 15 September 1950.",
            [("United States military", "advance", "Incheon")],
        ),
        ("The plane landed in Kyiv.", []),
    ],
)
def test_forces_landing_advance(text, expected):
    e = fl.parse(text, published="2024-06-15").events
    assert [(r.actor, r.event_type, r.place_name) for r in e.itertuples()] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 15 June 2024, JNIM militants imposed a blockade on the town of Djibo (Soum, "
            "Sahel).",
            ("JNIM", "besieged", "Djibo"),
        ),
        ("The RSF laid siege to El Fasher in May 2024.", ("RSF", "besieged", "El Fasher")),
    ],
)
def test_blockades_and_sieges_laid(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.event_type, e.place_name) == expected


def test_who_acted_in_the_clause_of_a_deaths_cause_is_its_agent():
    (e,) = fl.parse(
        "A soldier was killed in Bamenda when separatists attacked.", published="2024-06-15"
    ).events.itertuples()
    assert (e.actor, e.target_actor, e.fatalities) == (
        "Unidentified armed group",
        "Cameroon military",
        1,
    )
    # no one named there: no agent
    (e,) = fl.parse(
        "A soldier was killed in Bamenda when he fell.", published="2024-06-15"
    ).events.itertuples()
    assert e.actor is None


def test_a_day_without_its_year_after_a_month_or_year_given_with_one():
    from frontlines.dates import find_dates

    s = "In April 2003, US troops entered Baghdad; on 9 April, the statue was toppled."
    assert [d.date_start for d in find_dates(s, dt.date(2024, 6, 15))] == [
        dt.date(2003, 4, 1),
        dt.date(2003, 4, 9),
    ]
    s = "In 1944, the Allies landed in France; on 16 December, Germany attacked."
    assert find_dates(s, dt.date(2024, 6, 15))[-1].date_start == dt.date(1944, 12, 16)
    # a span up to publication is no year to take
    s = "Since April 2022, fighting went on; on 9 May, troops advanced."
    assert find_dates(s, dt.date(2024, 6, 15))[-1].date_start == dt.date(2024, 5, 9)
    # the event is dated by its own clause, not the one after the semicolon
    (e,) = fl.parse(
        "In April 2003, US troops entered Baghdad; on 9 April, a statue was toppled.",
        published="2024-06-15",
    ).events.itertuples()
    assert (e.date_start.date(), e.date_end.date()) == (dt.date(2003, 4, 1), dt.date(2003, 4, 30))


def test_a_date_that_opens_the_sentence_dates_its_relative_clauses():
    ev = fl.parse(
        "On 11 November 2023, Houthi forces fired a ballistic missile towards Eilat, which was "
        "intercepted by Israeli air defences.",
        published="2024-06-15",
    ).events
    assert list(ev.event_type) == ["Shelling/artillery/missile attack", "Disrupted weapons use"]
    assert {d.date() for d in ev.date_start} == {dt.date(2023, 11, 11)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the backers' own strikes are theirs; the advance is the backed fighters'
        (
            "Yazidi fighters backed by US air strikes advanced on Sinjar from the north.",
            [
                ("Air/drone strike", "United States military"),
                ("advance", "Yazidi militia"),
            ],
        ),
        (
            "M23 rebels backed by Rwandan troops seize Goma.",
            [("Non-state actor overtakes territory", "M23")],
        ),
        # a leader's name stands for his forces
        (
            "Forces loyal to Muammar Gaddafi pounded Misrata with Grad rockets.",
            [("Shelling/artillery/missile attack", "Libyan government")],
        ),
        ("Rebels loyal to Riek Machar attacked Malakal.", [("Attack", "SPLM-IO")]),
        # a people's fighters are its militia; Islamists are no people
        ("Tuareg fighters attacked Kidal.", [("Attack", "Tuareg militia")]),
        ("Islamist fighters attacked Kidal.", [("Attack", "Unidentified armed group")]),
    ],
)
def test_backers_strikes_leaders_forces_and_a_peoples_fighters(text, expected):
    ev = fl.parse(text, published="2024-06-15").events
    assert list(zip(ev.event_type, ev.actor, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # two actors who launch one assault act together
        ("US Marines and Iraqi troops launched an assault on Fallujah on Monday.", None),
        ("Syrian troops and Hezbollah fighters launched an offensive on Qusayr.", None),
        # two who clash are the two sides
        ("Russian and Ukrainian forces clashed near Bakhmut.", "Ukraine"),
    ],
)
def test_actors_joined_before_an_assault_act_together(text, target):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert e.target_actor == target


def test_a_country_people_flee_to_is_not_where_an_unknown_town_was_seized():
    ev = fl.parse(
        "M23 rebels seized the border town of Kitagoma, forcing more than 30,000 people to flee "
        "into Uganda.",
        published="2024-06-15",
    ).events
    got = list(zip(ev.event_type, ev.place, ev.modality, strict=True))
    assert got == [
        (
            "Non-state actor overtakes territory",
            "Kitagoma, Democratic Republic of the Congo",
            "asserted",
        ),
        # (they were forced to flee: they fled; a number's comma ends no clause)
        ("Civilian movement", "Uganda", "asserted"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot and killed a local councillor in Tumaco.", ("Unidentified armed group", 1)),
        ("Unknown gunmen killed a businessman in Mogadishu.", ("Unidentified armed group", 1)),
        (
            "Tuareg rebels of the FLA ambushed a FAMa convoy between Kidal and Tessalit.",
            ("Azawad Liberation Front", 0),
        ),
    ],
)
def test_one_person_of_more_callings_and_the_azawad_rebels(text, expected):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert (e.actor, e.fatalities) == expected


def test_a_headline_with_a_clock_time_and_a_bare_participle():
    (e,) = fl.parse(
        "14:32 GMT - Two killed in Russian drone strike on Odesa, governor says",
        published="2024-06-15",
    ).events.itertuples()
    # the time is no count; who struck is the agent, not the target
    assert (e.event_type, e.actor, e.target_actor, e.fatalities) == (
        "Air/drone strike",
        "Russian military",
        None,
        2,
    )


def test_a_site_named_without_its_article_and_closing_in():
    ev = fl.parse(
        "M23 rebels close in on Bukavu after seizing Kavumu airport", published="2024-06-15"
    ).events
    assert list(zip(ev.event_type, ev.place, strict=True)) == [
        ("advance", "Bukavu"),
        (
            "Non-state actor overtakes territory",
            "Kavumu airport, Democratic Republic of the Congo",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a corridor is a site; the area the sentence names holds it, before the country of
        # the actors' demonym
        (
            "Israeli troops withdrew from the Netzarim corridor, which cuts the Gaza Strip in "
            "two, under the ceasefire deal.",
            "Netzarim corridor, Gaza Strip",
        ),
        # the demonym's country when no area is named
        (
            "The Congolese army recaptured the town of Nyanzale.",
            "Nyanzale, Democratic Republic of the Congo",
        ),
        # a country's possessive before the division that holds an unknown town
        (
            "M23 rebels captured the town of Nyanzale in eastern Congo's North Kivu province.",
            "Nyanzale, North Kivu province",
        ),
    ],
)
def test_where_an_unknown_site_or_town_is_drawn(text, place):
    (e,) = fl.parse(text, published="2024-06-15").events.itertuples()
    assert e.place == place


def test_a_pronoun_in_a_clause_after_the_main_one_is_its_subject():
    ev = fl.parse(
        "Ukrainian troops liberated the village of Staromaiorske. Russian forces shelled it "
        "heavily as they retreated toward Urozhaine.",
        published="2024-06-15",
    ).events
    assert list(zip(ev.event_type, ev.actor, strict=True)) == [
        ("Government regains territory", "Ukraine"),
        ("retreat", "Russian military"),
    ]


def test_an_incursion_and_a_wars_background_after_since():
    (e,) = fl.parse(
        "Ukraine launched a surprise incursion into Russia's Kursk region in August 2024.",
        published="2024-09-15",
    ).events.itertuples()
    assert (e.event_type, e.actor, e.place_name) == ("advance", "Ukraine", "Kurskaya oblast'")
    # what happened since the war began is no event of the war's start
    ev = fl.parse(
        "More than 10,000 civilians have been killed since Russia's full-scale invasion of "
        "Ukraine in February 2022, and since Ukraine's incursion into the Kursk region.",
        published="2024-09-15",
    ).events
    assert ev.empty
    # a verb after "since" tells an event
    ev = fl.parse(
        "Since Russian forces captured Avdiivka in February, they have advanced 20 km.",
        published="2024-06-15",
    ).events
    assert list(ev.event_type)[:1] == ["Non-state actor overtakes territory"]


def test_a_sides_word_on_its_own_forces_is_a_claim_and_tensions_exploding_no_bomb():
    ev = fl.parse(
        "Russia's Defense Ministry said its forces had taken Berezivka, about 20 kilometers "
        "northeast of Pokrovsk.",
        published="2025-05-06",
    ).events
    assert list(zip(ev.actor, ev.modality, strict=True)) == [("Russian military", "claimed")]
    ev = fl.parse(
        "The war began in April 2023, when tensions between the military and the RSF exploded "
        "into open fighting in Khartoum.",
        published="2025-05-06",
    ).events
    assert list(ev.event_type) == ["Armed clash"]


def test_a_speakers_time_and_manner_do_not_hide_that_it_told_of_itself():
    for text in (
        "Sudan's army said on Saturday it had recaptured the town of Wad Madani.",
        "The Russian defence ministry said in a statement on Telegram that its forces had "
        "taken control of Vuhledar.",
    ):
        (e,) = fl.parse(text, published="2025-01-12").events.itertuples()
        assert e.modality == "claimed"
    # a report at the end, even by its own side, stays the report of a fact (as the seeds' gold
    # reads "retook the town of Mayadeen from IS …, the Syrian military said Saturday")
    (e,) = fl.parse(
        "Russian forces have taken control of Vuhledar, the Russian defence ministry said.",
        published="2024-10-02",
    ).events.itertuples()
    assert e.modality == "asserted"


def test_an_agents_own_troops_are_not_its_target():
    ev = fl.parse(
        "Rebels seized Hama on Sunday; the army said it had withdrawn its troops from the city.",
        published="2024-12-05",
    ).events
    retreat = ev[ev.action == "retreat"].iloc[0]
    assert (retreat.actor, retreat.target_actor) == ("Syrian government", None)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the verbs of event records
        (
            "On 14 March 2024, military forces of Myanmar airstruck Paletwa town (Paletwa, Chin).",
            "Air/drone strike",
        ),
        (
            "On 22 August 2024, protesters blocked the N2 road in Goma (North Kivu).",
            "Peaceful protest",
        ),
        ("Demonstrators blockaded the main bridge in Belgrade.", "Peaceful protest"),
    ],
)
def test_airstruck_and_what_protesters_do(text, etype):
    assert fl.parse(text, published="2024-12-01").events.event_type.tolist() == [etype]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region named after a country's possessive and an adjective
        (
            "Gunmen opened fire on a passenger van in Pakistan's restive Kurram district, "
            "killing at least 42 people.",
            [("Attack", "Kurram District")],
        ),
        # "pounded" is an attack of the kind its weapon tells; weather pounds nothing
        (
            "Israeli airstrikes pounded Beirut's southern suburbs overnight.",
            [("Air/drone strike", "Beirut")],
        ),
        ("Heavy rain pounded Mumbai on Monday.", []),
        # a warrant executed kills no one
        ("FBI agents executed a search warrant at a house in Walton County.", []),
    ],
)
def test_pounded_executed_and_a_possessive_with_an_adjective(text, expected):
    ev = fl.parse(text, published="2024-11-22").events
    assert list(zip(ev.event_type, ev.place_name, strict=True)) == expected


def test_rebels_saying_they_took_a_town_claim_it():
    (e,) = fl.parse(
        "M23 rebels said Sunday they had captured Bukavu.", published="2025-02-16"
    ).events.itertuples()
    assert (e.actor, e.modality) == ("M23", "claimed")


def test_a_missile_named_with_adjectives_is_the_strikes_means():
    ev = fl.parse(
        "Russian forces struck the city of Dnipro with a hypersonic Kinzhal missile.",
        published="2024-03-01",
    ).events
    assert ev.event_type.tolist() == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a siege broken begins none, after a possessive too
        ("Sudan's army broke the RSF's siege of El Obeid on Saturday.", []),
        # a place that only makes a compound adjective is not where the strike was
        (
            "Ukraine said it had destroyed an air defence system in Crimea, near Yevpatoria, "
            "with US-supplied ATACMS missiles.",
            [("Shelling/artillery/missile attack", "Yevpatoriya")],
        ),
        # the country people fled to, across a river, is not where the fighting was
        (
            "Hundreds of Rohingya refugees fled across the Naf river into Bangladesh to escape "
            "fighting in Taung Bazar.",
            [("Civilian movement", "Bangladesh")],
        ),
    ],
)
def test_a_broken_siege_a_compound_adjective_and_a_refuge_across_a_river(text, expected):
    ev = fl.parse(text, published="2025-02-22").events
    assert list(zip(ev.event_type, ev.place_name, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government's aircraft are its forces: an air strike
        (
            "The Aleppo Media Center said government aircraft bombed Atarib.",
            [("Air/drone strike", "Syrian government", "asserted")],
        ),
        # a man telling of his men tells a claim
        (
            "The Wagner boss Yevgeny Prigozhin said his men had taken Soledar.",
            [("Non-state actor overtakes territory", "Wagner Group", "claimed")],
        ),
        # the fall of a man is no town's
        ("The Golan Heights came under Israeli control after the fall of Assad.", []),
        # a clause opening the sentence names no subject of the main one
        (
            "After the Taliban took Kabul, thousands fled.",
            [
                ("Non-state actor overtakes territory", "Taliban", "asserted"),
                ("Civilian movement", None, "asserted"),
            ],
        ),
    ],
)
def test_government_aircraft_his_men_a_mans_fall_and_a_fronted_clause(text, expected):
    ev = fl.parse(text, published="2024-12-20").events
    actors = [a if isinstance(a, str) else None for a in ev.actor]  # (pandas reads None as NaN)
    assert list(zip(ev.event_type, actors, ev.modality, strict=True)) == expected


def test_unidentified_men_are_an_unidentified_armed_group():
    (e,) = fl.parse(
        "On 3 February 2024, unidentified men shot and killed a local chief in Bamenda.",
        published="2024-02-10",
    ).events.itertuples()
    assert (e.actor, e.fatalities) == ("Unidentified armed group", 1)


def test_people_forced_to_flee_past_a_relative_clause_fled():
    ev = fl.parse(
        "The RSF seized Wad Madani in December 2023, forcing hundreds of thousands of people "
        "who had fled Khartoum to flee again.",
        published="2024-01-10",
    ).events
    assert ev[ev.action == "civilian_movement"].modality.tolist() == ["asserted", "asserted"]


def test_an_irregular_verb_after_since_tells_an_event_and_it_is_no_river():
    ev = fl.parse(
        "The city of Kherson, on the western bank of the Dnipro River, has been under "
        "near-constant bombardment since Ukrainian forces retook it in November 2022.",
        published="2024-12-01",
    ).events
    retake = ev[ev.action == "retake"].iloc[0]
    assert (retake.actor, retake.place_name, str(retake.date_start)[:7]) == (
        "Ukraine",
        "Kherson",
        "2022-11",
    )


def test_a_contrast_starts_the_modality_anew():
    (e,) = fl.parse(
        "Ukraine's General Staff did not confirm the loss but said its troops had repelled 42 "
        "Russian attacks in the Pokrovsk sector.",
        published="2024-12-01",
    ).events.itertuples()
    assert e.modality == "claimed"


def test_a_headline_told_again_below_is_one_event():
    text = (
        "Jihadists kill dozens of soldiers in Burkina Faso attack\n\n"
        "OUAGADOUGOU, Aug 26, 2024 (AFP) - Jihadists killed dozens of soldiers and civilians in "
        "an attack on Djibo in northern Burkina Faso on Saturday, security sources said.\n"
    )
    ev = fl.parse(text).events
    assert list(zip(ev.trigger, ev.place_name, ev.fatalities, strict=True)) == [
        ("killed", "Djibo", 12)
    ]
    # what the headline says in the outlet's own voice, the lead attributes to a side
    text = (
        "Sudan's army retakes key city of Wad Madani from RSF\n\n"
        "PORT SUDAN, Jan 11, 2025 (Reuters) - Sudan's army said on Saturday it had recaptured "
        "Wad Madani, the capital of El Gezira state.\n"
    )
    ev = fl.parse(text).events
    assert list(zip(ev.trigger, ev.modality, strict=True)) == [("recaptured", "asserted")]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Russian strikes kill 5 in Kharkiv", 1),
        ("Investors hope to make a quick kill in Sudan.", 0),
    ],
)
def test_a_headlines_kill_with_its_toll(text, n):
    assert len(fl.parse(text, published="2024-08-26").events) == n


def test_a_country_in_an_organisations_name_is_no_place_of_the_event():
    (e,) = fl.parse(
        "Pro-Russian separatists shot down Malaysia Airlines Flight MH17 over eastern Ukraine "
        "on 17 July 2014, killing all 298 people on board."
    ).events.itertuples()
    assert (e.place_name, e.fatalities) == ("Ukraine", 298)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Around 15 June 2024 (month of), JNIM militants besieged the town of Djibo.",
            ("2024-06-01", "2024-06-30", 3),
        ),
        (
            "Around 2 November 2024 (week of), Al Shabaab militants abducted 6 civilians in Jilib.",
            ("2024-10-28", "2024-11-03", 2),
        ),
    ],
)
def test_an_event_records_week_or_month_of(text, span):
    (e,) = fl.parse(text, published="2024-12-01").events.itertuples()
    assert (str(e.date_start)[:10], str(e.date_end)[:10], e.time_precision) == span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader telling of his fighters tells his side's claim
        (
            "The RSF commander, Mohamed Hamdan Dagalo, said his fighters had captured El Fasher.",
            [("Non-state actor overtakes territory", "RSF", "claimed")],
        ),
        # the army's chief and its spokesman speak for the army
        (
            "Army chief Abdel Fattah al-Burhan said on Monday that his forces had withdrawn from "
            "El Fasher.",
            [("retreat", "Sudanese army", "claimed")],
        ),
        # troops with no country named are the forces of the state the places are in
        (
            "A military spokesman said troops repelled an attack on El Obeid.",
            [("Armed clash", "Sudanese army", "asserted")],
        ),
    ],
)
def test_a_leader_his_fighters_and_an_armys_spokesman(text, expected):
    ev = fl.parse(text, published="2025-10-27").events
    actors = [a if isinstance(a, str) else None for a in ev.actor]
    assert list(zip(ev.event_type, actors, ev.modality, strict=True)) == expected


def test_un_peacekeeping_troops_are_the_peacekeepers_not_the_state():
    ev = fl.parse("UN peacekeeping troops were attacked near Goma.", published="2025-01-27").events
    assert list(ev.target_actor) == ["UN peacekeepers"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of civilians crossed into Rwanda through the Rusizi border post.",
        "Refugees crossed into Chad from Darfur.",
    ],
)
def test_civilians_crossing_a_border_move_and_advance_nowhere(text):
    ev = fl.parse(text, published="2025-02-16").events
    assert list(zip(ev.event_type, ev.actor, strict=True)) == [("Civilian movement", "Civilians")]


def test_residents_ordered_out_ahead_of_an_offensive_expect_it():
    ev = fl.parse(
        "The Israeli army ordered residents of Gaza City to evacuate south ahead of a ground "
        "offensive.",
        published="2025-09-09",
    ).events
    assert list(zip(ev.trigger, ev.modality, strict=True)) == [
        ("evacuate", "expected"),
        ("offensive", "expected"),
    ]


def test_it_is_the_town_the_sentence_before_was_about_not_its_region():
    e = fl.parse(
        "Pokrovsk, which had a pre-war population of about 60,000, lies at the junction of roads "
        "that supplied Ukrainian forces across the Donetsk region. Russian troops have been "
        "trying to take it for more than a year.",
        published="2025-12-01",
    ).events
    assert e[["action", "place_name"]].values.tolist() == [["capture", "Pokrovsk"]]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # troops after a state's forces named in their sentence are those forces
        (
            "Israeli strikes kill dozens across Gaza as troops push deeper into Gaza City",
            ["Israel", "Israel"],
        ),
        # government forces stay the government's, whoever else is named
        (
            "Russian jets bombed Idlib as government forces advanced on Saraqeb.",
            ["Russian military", "Syrian government"],
        ),
        # ... and the state named in the sentence before too
        (
            "Russian forces crossed the Dnipro near Nova Kakhovka on Monday. The soldiers then "
            "advanced on Kherson.",
            ["Russian military", "Russian military"],
        ),
    ],
)
def test_troops_after_a_states_forces_are_theirs(text, actors):
    assert fl.parse(text, published="2025-09-16").events.actor.tolist() == actors


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces are trying to capture Pokrovsk.",
        "Russian forces have been trying for a year to take Pokrovsk.",
    ],
)
def test_forces_trying_to_take_a_town_have_not_taken_it(text):
    e = fl.parse(text, published="2025-09-16").events
    assert e[e.action == "capture"].modality.tolist() == ["expected"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town of Bambari, killing a UN peacekeeper.",
        "Gunmen shot dead an aid worker in Goma.",
    ],
)
def test_one_person_of_more_kinds_is_one_death(text):
    assert fl.parse(text, published="2025-07-20").events.fatalities.tolist() == [1]


@pytest.mark.parametrize(
    ("text", "actor", "modality"),
    [
        # a headline in title case: its capitalised words still say who and how sure
        ("Ukraine Says It Repelled Attack On Kupiansk", "Ukraine", "claimed"),
        ("Israeli Strike Kills 20 In Gaza City School", "Israel", "asserted"),
        ("Russia Captured Avdiivka In May, Officials Say", "Russian military", "asserted"),
        # a capitalised name in a sentence is no modal word
        ("On 12 May 2024, Will Smith attacked a man in Kyiv.", None, "asserted"),
    ],
)
def test_a_title_case_headline_is_read_like_a_sentence(text, actor, modality):
    e = fl.parse(text, published="2025-07-20").events
    actors = [a if isinstance(a, str) else None for a in e.actor]
    assert list(zip(actors, e.modality, strict=True)) == [(actor, modality)]


def test_a_bare_name_after_a_states_capture_is_drawn_nowhere():
    # a state's forces may be abroad: neither their name nor their home says where it is
    e = fl.parse("Russian forces captured Novoolenivka, the defence ministry said.").events
    assert e.empty, e[["place", "place_name"]]


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        # a place its country's adjective locates is where it happened, at the country
        ("Israeli jets struck a Lebanese village, killing three.", "Lebanese village", "Lebanon"),
        ("Ukrainian sea drones struck the Crimean Bridge.", "Crimean Bridge", "Crimea"),
        # ... unless a place inside it is named: the place
        (
            "Russian troops shelled Ukrainian border villages in Sumy region.",
            "Sumy region",
            "Sumska oblast",
        ),
        ("Israeli jets struck Lebanon near Tyre on Sunday.", "Tyre", "Tyre"),
        # a country's things abroad are where the text puts them, or near a town named
        ("US jets struck Iranian targets in Iraq.", "Iraq", "Iraq"),
        ("Russian forces attacked Ukrainian positions near Sudzha.", "Sudzha", "Sudzha"),
        ("Russian troops shelled Ukrainian positions.", "Ukrainian positions", "Ukraine"),
        (
            "Explosions heard in Tehran as Israel strikes Iranian military sites",
            "Iranian military sites",
            "Iran",
        ),
    ],
)
def test_a_place_its_countrys_adjective_locates(text, place, name):
    e = fl.parse(text, published="2025-07-20").events
    assert list(zip(e.place, e.place_name, strict=True)) == [(place, name)]


def test_a_place_named_after_its_countrys_adjective_is_the_place_named():
    m = fl.parse("Russian missiles hit the Ukrainian port city Odesa.").mentions
    assert list(m.text) == ["Russian", "Ukrainian", "Odesa"]


@pytest.mark.parametrize(
    ("text", "action", "fatalities"),
    [
        # a death and what caused it, after "by": one event, of the cause's kind
        ("Two people were killed by Russian shelling in Kherson.", "shelling", 2),
        ("Five soldiers were killed by a roadside bomb near Kandahar.", "explosive", 5),
        ("Two people were killed in a Russian airstrike on Kherson.", "airstrike", 2),
    ],
)
def test_a_death_by_its_cause_is_one_event(text, action, fatalities):
    e = fl.parse(text, published="2025-07-20").events
    assert list(zip(e.action, e.fatalities, strict=True)) == [(action, fatalities)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed operation conducted is an attack, and the deaths after it are its toll
        (
            "Pakistani security forces conducted an operation in Bannu district, killing 8 "
            "TTP militants.",
            [("attack", 8, "Bannu District")],
        ),
        # a search operation that arrests, or one to rescue, is none
        (
            "Security forces conducted a search operation in Bannu and arrested 10 suspects.",
            [("arrest", 0, "Bannu")],
        ),
        ("Police carried out an operation to rescue hostages in Kaduna.", []),
    ],
)
def test_an_armed_operation_is_an_attack(text, expected):
    e = fl.parse(text, published="2025-07-20").events
    assert list(zip(e.action, e.fatalities, e.place_name, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # weapons named as things, not as what struck: no attack of theirs
        (
            "The military said it had struck 150 targets across the Gaza Strip, including "
            "tunnels and rocket launchers.",
            ["airstrike"],
        ),
        ("The US approved the sale of 180 artillery systems to Saudi Arabia.", []),
        # a strike by an actor named by its weapon is of the weapon's kind
        ("A Russian missile strike hit Odesa.", ["shelling"]),
        ("Russian missiles struck Kyiv overnight.", ["shelling"]),
        ("Israeli warplanes struck Beirut.", ["airstrike"]),
    ],
)
def test_weapons_named_as_things_and_as_strikers(text, actions):
    assert fl.parse(text, published="2025-07-20").events.action.tolist() == actions


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a generic phrase stands for a group at home only, where no group is named
        (
            "Resistance forces captured the town of Kawlin in Sagaing region on Thursday.",
            "People's Defence Force",
        ),
        ("Resistance forces attacked a checkpoint in Kharkiv.", "Unidentified armed group"),
    ],
)
def test_resistance_forces_are_a_group_only_at_its_home(text, actor):
    assert fl.parse(text, published="2025-07-20").events.actor.tolist() == [actor]


def test_resistance_forces_elsewhere_are_not_myanmars():
    e = fl.parse(
        "The Taliban took control of the Panjshir valley, the last holdout of resistance "
        "forces, on 6 September 2021."
    ).events
    assert "People's Defence Force" not in set(e.target_actor)


def test_a_toll_after_deaths_told_is_their_running_total():
    e = fl.parse(
        "Two Israeli soldiers were killed in southern Lebanon on Wednesday, the army said, "
        "raising the toll since the ground operation began to 40.",
        published="2024-10-10",
    ).events
    assert e.fatalities.tolist() == [2]
    # a toll alone is the event's
    e = fl.parse(
        "The death toll from Saturday's Israeli strike on a Gaza City school rose to 31.",
        published="2024-10-10",
    ).events
    assert e.fatalities.tolist() == [31]


def test_a_strike_at_sea_far_from_its_weapons_is_one_strike_at_sea():
    e = fl.parse(
        "The Houthis said they targeted the USS Eisenhower aircraft carrier in the northern "
        "Red Sea with ballistic missiles.",
        published="2024-06-01",
    ).events
    assert list(zip(e.action, e.place_kind, e.place_name, strict=True)) == [
        ("shelling", "sea", "Red Sea")
    ]


def test_a_retelling_that_spans_several_places_keeps_the_events_area():
    e = fl.parse(
        "Israel launched waves of airstrikes across the Gaza Strip early Tuesday, killing more "
        "than 400 Palestinians. The strikes hit homes and tent camps from the northern town of "
        "Beit Hanoun to the southern city of Rafah.",
        published="2025-03-18",
    ).events
    assert list(zip(e.place_name, e.fatalities, strict=True)) == [("Gaza Strip", 400)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia's reports: its groups of forces, the separatist republics, a liberation abroad
        (
            "Units of the Yug group of forces liberated the settlement of Vozdvizhenka in the "
            "Donetsk People's Republic, the Russian Defence Ministry said.",
            [("Russian military", "Non-state actor overtakes territory", "UA")],
        ),
        # a liberation at home regains ground
        (
            "Russian forces recaptured Sudzha in the Kursk region.",
            [("Russian military", "Government regains territory", "RU")],
        ),
        # a vehicle that struck a landmine: the mine's blast, one event
        (
            "Seven soldiers were killed when their vehicle struck a landmine near Tessit in the "
            "Gao region on Sunday.",
            [(None, "Remote explosive/landmine/IED", "ML")],
        ),
    ],
)
def test_reports_of_liberations_and_mines(text, expected):
    e = fl.parse(text, published="2024-06-01").events
    actors = [a if isinstance(a, str) else None for a in e.actor]
    ccs = [fl.get_gazetteer().by_id(int(g)).country_code for g in e.geonameid]
    assert list(zip(actors, e.event_type, ccs, strict=True)) == expected
    assert "Yug" not in set(fl.parse(text).mentions.text)


def test_a_countrys_dissidents_are_its_rebels():
    e = fl.parse(
        "Colombian dissidents bombed a police station in Jamundí, in Valle del Cauca "
        "department, injuring three officers.",
        published="2025-09-01",
    ).events
    assert list(zip(e.actor, e.event_type, strict=True)) == [
        ("Colombian rebels", "Remote explosive/landmine/IED")
    ]


def test_a_span_that_holds_the_publication_ends_with_it():
    # what is reported happened by the time it was told
    e = fl.parse("In July, airstrikes hit Azaz.", published="2000-07-01").events
    assert [
        (str(a.date()), str(b.date())) for a, b in zip(e.date_start, e.date_end, strict=True)
    ] == [("2000-07-01", "2000-07-01")]


def _actor_type_place_target(text):
    e = fl.parse(text, published="2025-06-15").events
    return [
        (
            r.actor if isinstance(r.actor, str) else None,
            r.event_type,
            r.place_name,
            r.target_actor if isinstance(r.target_actor, str) else None,
        )
        for r in e.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who an attack "came from" made it; those it came on are its target
        (
            "British troops in Sangin came under attack from Taliban fighters on Monday.",
            [("Taliban", "Armed clash", "Sangīn", "United Kingdom military")],
        ),
        # a push told with its compass direction
        (
            "Rebels pushed east from Ajdabiya toward Misrata on Saturday.",
            [("Unidentified armed group", "advance", "Misratah", None)],
        ),
        # an invasion launched is an advance; one named in background is none
        (
            "Israeli forces launched a ground invasion into southern Lebanon on Tuesday.",
            [("Israel", "advance", "Lebanon", None)],
        ),
        ("Since the start of Russia's invasion of Ukraine, 10,000 civilians have died.", []),
        # a weapon's model name between the country and the weapon; a model sold abroad
        # names its maker, not who fired it
        (
            "A Russian KAB glide bomb struck a residential building in Zaporizhzhia.",
            [("Russian military", "Air/drone strike", "Zaporizhzhya", None)],
        ),
        (
            "Iranian Shahed drones hit Odesa overnight.",
            [(None, "Air/drone strike", "Odesa", None)],
        ),
        # fire from somewhere that hit a town: the town
        (
            "Artillery fire from Azerbaijani positions hit the town of Martuni.",
            [("Azerbaijani army", "Shelling/artillery/missile attack", "Khojavend", None)],
        ),
        # the actor a town fell to is not the place; a country said as a place is no side
        (
            "Kupiansk fell to Ukraine in 2022.",
            [("Ukraine", "Government regains territory", "Kupyansk", None)],
        ),
        (
            "Fighting continued near Kupiansk in Ukraine.",
            [(None, "Armed clash", "Kupyansk", None)],
        ),
    ],
)
def test_reports_of_more_wars(text, expected):
    assert _actor_type_place_target(text) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a date before "and" dates the verb before it, when the second verb has its own
        (
            "The M23 seized Minova last week and captured Sake on Thursday.",
            [("2025-01-20", "2025-01-26"), ("2025-01-23", "2025-01-23")],
        ),
        # ... and when it has none, both
        (
            "Russian forces shelled Kharkiv on Friday and captured Vovchansk.",
            [("2025-01-24", "2025-01-24"), ("2025-01-24", "2025-01-24")],
        ),
        # a date after a verb of saying dates the telling, not a verb's own date before it
        (
            "Russian forces shelled Kharkiv on Friday and captured Vovchansk, the governor said "
            "on Sunday.",
            [("2025-01-24", "2025-01-24"), ("2025-01-24", "2025-01-24")],
        ),
    ],
)
def test_each_of_two_joined_verbs_takes_its_own_date(text, dates):
    e = fl.parse(text, published="2025-01-27").events
    got = [(str(r.date_start.date()), str(r.date_end.date())) for r in e.itertuples()]
    assert got == dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the instrument after an apposition is still the attack's
        (
            "The RSF attacked El Fasher, the last army-held city in Darfur, with drones "
            "overnight, killing at least 12 people.",
            [("RSF", "Air/drone strike", "El Fasher", 12)],
        ),
        # the subject of a verb joined by "and has since" is the first verb's; a war's total
        # told after it is no toll of it
        (
            "The army recaptured Wad Madani in January, and has since pushed west into "
            "Omdurman. More than 150,000 people have been killed since the war began.",
            [
                ("Sudanese army", "Government regains territory", "Wad Medani", 0),
                ("Sudanese army", "advance", "Omdurman", 0),
            ],
        ),
        # (a toll told after the event, with no total's words, is its own)
        (
            "The RSF shelled Omdurman on Monday. At least 12 civilians were killed.",
            [("RSF", "Shelling/artillery/missile attack", "Omdurman", 12)],
        ),
        # breaking into a town or its parts is an advance; into a shop, none
        (
            "Ukrainian troops still hold the town of Kurakhove, though Russian units have "
            "broken into its eastern outskirts.",
            [("Russian military", "advance", "Kurakhove", 0)],
        ),
        ("Thieves broke into a shop in Kyiv.", []),
    ],
)
def test_instruments_subjects_and_tolls_across_clauses(text, expected):
    e = fl.parse(text, published="2025-03-21").events
    got = [(r.actor, r.event_type, r.place_name, r.fatalities) for r in e.itertuples()]
    assert got == expected


def test_an_event_told_only_on_the_border_with_a_country_is_on_the_actors_side():
    """Mai Ja Yang is not in the gazetteer; "on the border with China" puts the strikes on
    Myanmar's side of that border, not in China."""
    e = fl.parse(
        "The Tatmadaw launched airstrikes on KIA positions near Mai Ja Yang, on the border with "
        "China."
    ).events
    (ev,) = e.itertuples()
    assert ev.place_relation == "border" and "China" in ev.place
    from frontlines._shapes import country_shape

    pt = ev.geometry.representative_point()
    assert country_shape("MM").buffer(0.01).contains(pt)
    assert GEOD.inv(97.68, 24.37, pt.x, pt.y)[2] < 300_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Israeli military said it had completed the encirclement of Jabalia.",
            [("Israel", "besieged", "Jabālyā", None)],
        ),
        (
            "Pakistani troops and Indian forces exchanged heavy fire in Poonch.",
            [("Pakistan military", "Armed clash", "Pūnch", "India military")],
        ),
        # drones destroyed in flight are intercepted; tanks destroyed are not
        (
            "Russia's defence ministry said its air defences destroyed 30 Ukrainian drones over "
            "the Belgorod region.",
            [("Russian military", "Disrupted weapons use", "Belgorodskaya oblast'", "Ukraine")],
        ),
        # a common word before a people's militia is no part of its name
        (
            "Suspected Fulani herdsmen killed 38 people in Bokkos.",
            [("Fulani ethnic militia", "Attack", "Bokkos", None)],
        ),
        # an informer is a civilian, not the police
        (
            "Maoists killed a villager suspected of being a police informer in Bijapur district "
            "(Chhattisgarh).",
            [("Naxalites", "Attack", "Bijapur", None)],
        ),
        # a gathering of soldiers is a target, no rally
        (
            "Hezbollah said its fighters targeted a gathering of Israeli soldiers near Metula "
            "with a barrage of rockets.",
            [("Hezbollah", "Shelling/artillery/missile attack", "Metula", "Israel")],
        ),
        # a state's forces named without their country after it speaks are its own
        (
            "The IDF said fighter jets struck a Hezbollah weapons depot in Baalbek overnight.",
            [("Israel", "Air/drone strike", "Baalbek", "Hezbollah")],
        ),
        # troops, tanks in the Palestinian territories are Israel's (ACLED); its police are
        # Palestine's
        (
            "Tanks pushed into the eastern outskirts of Deir el-Balah.",
            [("Israel", "advance", "Dayr al Balaḩ", None)],
        ),
        (
            "Police arrested two men in Ramallah.",
            [("Palestine police", "Arrests", "Ramallah", None)],
        ),
        # houses blown up are property destroyed; a bomber who blew himself up, a suicide bomb
        (
            "In Nuseirat, residents said troops blew up several houses.",
            [("Israel", "Looting/property destruction", "An Nuşayrāt", None)],
        ),
        # the side of the next action, after the first's own place, is not the first's target
        (
            "Insurgents raided Macomia and clashed with Rwandan troops near Mueda.",
            [
                ("Unidentified armed group", "Attack", "Macomia", None),
                ("Unidentified armed group", "Armed clash", "Mueda", "Rwandan military"),
            ],
        ),
        # both sides named after a clash are its sides, whoever acted before it
        (
            "The TNLA handed Mogok back to the junta, while fighting continued between the "
            "MNDAA and the military near Lashio.",
            [("MNDAA", "Armed clash", "Lashio", "Myanmar military")],
        ),
        # a country's sniper, and its one soldier
        (
            "A Ukrainian soldier was killed by a Russian sniper near Bakhmut.",
            [("Russian military", "Armed clash", "Bakhmut", "Ukraine")],
        ),
        # a capital said for its government acts for it; so does the Kremlin
        (
            "Moscow said its troops had taken Krasnohorivka.",
            [("Russian military", "Non-state actor overtakes territory", "Krasnohorivka", None)],
        ),
        (
            "Ankara's drones struck PKK positions in northern Iraq.",
            [("Turkish military", "Air/drone strike", "Iraq", "PKK")],
        ),
        (
            "The Kremlin claimed its forces captured Vuhledar.",
            [("Russian military", "Non-state actor overtakes territory", "Vuhledar", None)],
        ),
        # "rebels of the CSP" are the CSP; who was ambushed by them is the target
        (
            "Malian soldiers were ambushed near Kidal by Tuareg rebels of the CSP.",
            [("CSP-PSD", "Armed clash", "Kidal", "Malian army")],
        ),
    ],
)
def test_sieges_exchanges_interceptions_and_ambushes(text, expected):
    assert _actor_type_place_target(text) == expected


def test_an_event_near_a_town_unknown_close_to_a_border_is_on_the_actors_side():
    """Intahaka is not in the gazetteer: the ambush is on Mali's side of the border the
    sentence names, not nowhere."""
    e = fl.parse(
        "Wagner fighters and Malian soldiers were ambushed near Intahaka, close to the "
        "Algerian border, by Tuareg rebels of the CSP."
    ).events
    (ev,) = e.itertuples()
    assert (ev.actor, ev.target_actor, ev.place_relation) == ("CSP-PSD", "Malian army", "border")
    from frontlines._shapes import country_shape

    assert country_shape("ML").buffer(0.01).contains(ev.geometry.representative_point())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's action noun in the singular names who struck; "displaced" after
        # "sheltering" are people
        (
            "At least 20 killed in Israeli strike on school sheltering displaced in Gaza City.",
            [("Israel", "Air/drone strike", "Gaza", None)],
        ),
        # a headline's country before a warship is no place
        (
            "Houthis say they targeted US destroyer in Red Sea.",
            [("Houthis", "Armed clash", "Red Sea", "United States military")],
        ),
        (
            "Israeli tanks reach center of Rafah for first time.",
            [("Israel", "advance", "Rafaḩ", None)],
        ),
        # explosions after a strike are the strike; fires after shelling, at the main clause's
        # place
        (
            "Explosions reported in Belgorod after Ukrainian drone attack.",
            [("Ukraine", "Air/drone strike", "Belgorod", None)],
        ),
        (
            "Fires broke out in Belgorod after Ukrainian shelling.",
            [("Ukraine", "Shelling/artillery/missile attack", "Belgorod", None)],
        ),
        # (a car bomb is an event of its own)
        (
            "A car bomb exploded in Mogadishu after a mortar attack.",
            [
                (None, "Remote explosive/landmine/IED", "Mogadishu", None),
                (None, "Shelling/artillery/missile attack", "Mogadishu", None),
            ],
        ),
    ],
)
def test_headlines_and_effects_of_strikes(text, expected):
    assert _actor_type_place_target(text) == expected


def test_an_air_strike_told_with_no_actor_is_by_the_last_air_force_named():
    e = fl.parse(
        "Israeli jets struck Khan Younis on Saturday. Rebels shelled Aleppo. Later, an air "
        "strike hit Idlib. Days later an air strike hit Hama.",
        published="2025-07-20",
    ).events
    got = [(r.action, r.actor if isinstance(r.actor, str) else None) for r in e.itertuples()]
    assert got == [
        ("airstrike", "Israel"),
        ("shelling", "Unidentified armed group"),
        # (two sentences on, still; no further, nor from a strike given its actor so)
        ("airstrike", "Israel"),
        ("airstrike", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # action words that start with a hyphenated word
        (
            "Ukrainian forces launched a counter-offensive near Kharkiv.",
            [("Ukraine", "Armed clash", "Kharkiv")],
        ),
        ("A shoot-out erupted in Culiacan.", [(None, "Armed clash", "Culiacán")]),
        (
            "Students staged a sit-in in Buenos Aires.",
            [("Protesters", "Peaceful protest", "Buenos Aires")],
        ),
        # a party's supporters are a crowd: storming is a riot
        (
            "On 9 May 2023, PTI supporters stormed the army headquarters in Rawalpindi.",
            [("Protesters", "Violent demonstration", "Rawalpindi")],
        ),
        # (a named group's supporters are the group)
        (
            "IS supporters killed 130 people in attacks across Paris in November 2015.",
            [("IS", "Attack", "Paris")],
        ),
        # a split phrase with its place inside; a clause after a semicolon with no place of
        # its own is where the clause before it is
        (
            "On 25 June 2024, protesters set parts of the parliament building in Nairobi on "
            "fire; police shot dead at least 5 protesters.",
            [
                ("Protesters", "Violent demonstration", "Nairobi"),
                ("Kenya police", "Excessive force against protesters", "Nairobi"),
            ],
        ),
    ],
)
def test_hyphenated_words_split_phrases_and_clauses_after_a_semicolon(text, expected):
    e = fl.parse(text, published="2025-06-15").events
    got = [
        (r.actor if isinstance(r.actor, str) else None, r.event_type, r.place_name)
        for r in e.itertuples()
    ]
    assert got == expected


def test_an_event_with_no_date_takes_the_day_or_week_of_the_one_before_in_its_paragraph():
    e = fl.parse(
        "Last week in Myanmar, the Arakan Army captured the town of Taungup. In Sagaing "
        "region, PDF units ambushed a military column near Kalay.\n\n"
        "In 2014, Russia annexed Crimea. Russian forces shelled Kherson.\n\n"
        "The KIA besieged Bhamo.",
        published="2025-06-10",
    ).events
    got = [(r.place_name, str(r.date_start.date()), str(r.date_end.date())) for r in e.itertuples()]
    assert got == [
        ("Taungup", "2025-06-02", "2025-06-08"),
        ("Kalemyo", "2025-06-02", "2025-06-08"),
        # (a year is a background's: the publication's day)
        ("Kherson", "2025-06-10", "2025-06-10"),
        # (another paragraph: its own)
        ("Bhamo", "2025-06-10", "2025-06-10"),
    ]


def test_a_country_in_a_compound_adjective_says_nothing_of_the_sentences_country():
    """ "a China-brokered ceasefire" does not make "the military" a question between two
    countries: Myanmar's, where Lashio is."""
    e = fl.parse(
        "In Shan state, the TNLA handed Mogok back to the junta under a China-brokered "
        "ceasefire, while fighting continued between the MNDAA and the military near Lashio."
    ).events
    assert list(zip(e.actor, e.target_actor, strict=True)) == [("MNDAA", "Myanmar military")]


def test_a_name_alone_after_in_that_the_gazetteer_lacks_is_drawn_at_the_actors_country():
    """Dedebit is not in the gazetteer: the strike is drawn at Ethiopia, labelled with it."""
    (e,) = fl.parse(
        "An Ethiopian airstrike on a camp for displaced people in Dedebit killed at least 56 "
        "people, aid workers said."
    ).events.itertuples()
    assert (e.actor, e.place, e.fatalities) == ("Ethiopian army", "Dedebit, Ethiopia", 56)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # generic phrases of armed groups, and "<word> <holding>" phrases that stand for them
        (
            "Opposition forces entered Damascus early on Sunday.",
            [("Unidentified armed group", None, "advance", "Damascus")],
        ),
        (
            "Russian warplanes struck rebel positions in Idlib, killing 20 people.",
            [("Russian military", "Unidentified armed group", "airstrike", "Idlib")],
        ),
        (
            "Pakistani troops raided militant hideouts in North Waziristan.",
            [("Pakistan military", "Unidentified armed group", "attack", "North Waziristan")],
        ),
        # a clash told in a clause after a withdrawal is one of its own, the withdrawing side's
        (
            "The SDF withdrew from Manbij after clashes with Turkish-backed factions that "
            "killed 26 fighters.",
            [
                ("SDF", None, "retreat", "Manbij"),
                ("SDF", "Turkish-backed rebels", "clash", "Manbij"),
            ],
        ),
        # (but the fighting of a capture is the capture)
        (
            "Rebels captured Hama after days of fighting with government forces.",
            [("Unidentified armed group", None, "capture", "Hama")],
        ),
        # "its air force" is the state's
        (
            "Pakistan said 26 civilians were killed in Kotli and that its air force shot down "
            "five Indian jets.",
            [
                (None, "Civilians", "attack", "Kotli"),
                ("Pakistan military", "India military", "intercept", "Kotli"),
            ],
        ),
        # bombs dropped on a place are a strike from the air
        (
            "Government helicopters dropped barrel bombs on Daraya, killing 12 people.",
            [("Syrian government", None, "airstrike", "Daraya")],
        ),
        # a country's things at a town it holds are at the town
        (
            "Israel struck Iran's nuclear facilities at Natanz early on Friday.",
            [("Israel", None, "airstrike", "Natanz")],
        ),
    ],
)
def test_generic_armed_groups_clashes_after_a_withdrawal_and_dropped_bombs(text, expected):
    e = fl.parse(text, published="2025-06-15").events
    got = [
        (
            r.actor if isinstance(r.actor, str) else None,
            r.target_actor if isinstance(r.target_actor, str) else None,
            r.action,
            r.place,
        )
        for r in e.itertuples()
    ]
    assert got == expected


def test_who_claimed_responsibility_in_an_apposition_made_the_attack():
    e = fl.parse(
        "A suicide bomber attacked crowds outside Kabul airport on Thursday. Islamic State's "
        "Afghan affiliate, ISIS-K, claimed responsibility.",
        published="2021-08-27",
    ).events
    assert e.actor.tolist() == ["IS Khorasan"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "forces" after a country is the noun: "to retake" is intended
        ("Afghan forces launched an operation to retake Lashkar Gah.", "expected"),
        # ... a causative verb makes what follows done
        ("Shelling forces residents to flee Kherson.", "asserted"),
        ("The fighting forced thousands of residents to flee Lashkar Gah.", "asserted"),
    ],
)
def test_forces_the_noun_is_no_causative(text, modality):
    e = fl.parse(text, published="2021-08-27").events
    assert e.modality.iloc[-1] == modality


def test_an_instrument_after_a_comma_is_the_attacks_own():
    e = fl.parse(
        "On 3 February 2024, Al Shabaab militants attacked a Somali National Army (SNA) base "
        "in Middle Shabelle, using mortars. 7 SNA soldiers were killed."
    ).events
    assert list(zip(e.actor, e.fatalities, strict=True)) == [("al-Shabaab", 7)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's bare participle with no object is passive: they were killed
        (
            "Hamas commander killed in airstrike in Khan Younis",
            [(None, "Hamas", "Khan Younis", 0)],
        ),
        (
            "Russian soldiers killed in Ukrainian drone strike near Bakhmut",
            [("Ukraine", "Russian military", "near Bakhmut", 0)],
        ),
        # (with an object it is active; an intransitive verb stays active)
        (
            "Hamas fighters killed five Israeli soldiers in Gaza.",
            [("Hamas", "Israel", "Gaza", 5)],
        ),
        ("Russian forces advanced near Bakhmut", [("Russian military", None, "near Bakhmut", 0)]),
        # a headline's toll after a comma is the event's, no second event
        ("RSF shelled El Fasher, 12 killed including 4 children", [("RSF", None, "El Fasher", 12)]),
        (
            "Malian soldiers ambushed near Douentza, 12 killed",
            [(None, "Malian army", "near Douentza", 12)],
        ),
        (
            "Russian missiles hit Odesa; at least 5 people killed",
            [("Russian military", None, "Odesa", 5)],
        ),
    ],
)
def test_headlines_bare_participles_and_tolls(text, expected):
    e = fl.parse(text, published="2024-06-01").events
    got = [
        (
            r.actor if isinstance(r.actor, str) else None,
            r.target_actor if isinstance(r.target_actor, str) else None,
            r.place,
            r.fatalities,
        )
        for r in e.itertuples()
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word in scare quotes is the word; those withdrawn withdrew
        (
            'Russia said its troops had been "regrouped" from Izium to the Donetsk region.',
            [("Russian military", "retreat", "Izium")],
        ),
        (
            "The Russian troops were withdrawn from Kherson.",
            [("Russian military", "retreat", "Kherson")],
        ),
        # a flag raised over a town is its capture
        (
            "Ukrainian soldiers raised the national flag over Kupiansk.",
            [("Ukraine", "capture", "Kupiansk")],
        ),
    ],
)
def test_scare_quotes_withdrawn_troops_and_flags_over_towns(text, expected):
    e = fl.parse(text, published="2022-09-11").events
    assert list(zip(e.actor, e.action, e.place, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a phrase that stands for an actor at home only
        ("Settlers torched cars in the village of Huwara.", "Israeli settlers"),
        ("Early settlers attacked the fort in Boonesborough.", None),
        # ... and one that is a generic phrase too
        ("Resistance forces attacked a junta convoy in Sagaing region.", "People's Defence Force"),
        ("Resistance forces attacked a convoy near Kherson.", "Unidentified armed group"),
    ],
)
def test_phrases_that_stand_for_an_actor_at_home(text, actor):
    (e,) = fl.parse(text, published="2025-03-20").events.itertuples()
    assert (e.actor if isinstance(e.actor, str) else None) == actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country acting in a clause opened by a subordinator is the clause's subject
        (
            "Ukrainian troops entered Kherson after Russia withdrew from the city.",
            [("Ukraine", "advance", "Kherson"), ("Russian military", "retreat", "the city")],
        ),
        # a timeline's present tense
        (
            "11 November – Ukrainian troops enter Kherson after Russia withdraws from the west "
            "bank of the Dnipro.",
            [("Ukraine", "advance", "Kherson"), ("Russian military", "retreat", "Dnipro")],
        ),
    ],
)
def test_a_country_acting_in_a_subordinate_clause_and_present_tenses(text, expected):
    e = fl.parse(text, published="2022-12-31").events
    assert list(zip(e.actor, e.action, e.place, strict=True)) == expected


def test_a_groups_claim_and_a_comparison_with_other_attacks():
    e = fl.parse(
        "Jihadist fighters killed at least 50 soldiers in an attack on an army base in Boulkessi "
        "in central Mali on Sunday, in one of the deadliest assaults on the military this year. "
        "The al Qaeda-linked JNIM group claimed responsibility in a statement.",
        published="2025-06-03",
    ).events
    assert list(zip(e.actor, e.fatalities, strict=True)) == [("JNIM", 50)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement with both sides named after "between"
        (
            "A ceasefire between Israel and Hamas came into effect in Gaza on Sunday morning.",
            [("Israel", "Hamas", "Gaza")],
        ),
        # prisoners exchanged, with a count; two countries joined by "and" both act
        (
            "Russia and Ukraine exchanged 300 prisoners of war on Friday.",
            [("Russian military", "Ukraine", "Ukraine")],
        ),
        # (a call for a ceasefire is none)
        ("Both sides called for a ceasefire in Gaza.", []),
    ],
)
def test_agreements_ceasefires_in_effect_and_prisoner_exchanges(text, expected):
    e = fl.parse(text, published="2025-03-20").events
    assert (e.action == "agreement").all()
    assert list(zip(e.actor, e.target_actor, e.place, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an advance stopped is the defenders' battle, not an advance
        (
            "Russia's Defence Ministry said its forces had stopped the advance and destroyed "
            "20 Ukrainian armoured vehicles near Martynovka.",
            [("Russian military", "Ukraine", "clash")],
        ),
        (
            "Ukrainian forces stopped the Russian advance near Pokrovsk.",
            [("Ukraine", "Russian military", "clash")],
        ),
    ],
)
def test_an_advance_stopped_is_a_battle(text, expected):
    e = fl.parse(text, published="2024-08-10").events
    assert list(zip(e.actor, e.target_actor, e.action, strict=True)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company took over a rival firm in Frankfurt.",
        "The team captured the title in Madrid after a 3-1 win.",
        # police seize things, not territory
        "Police seized 2 tonnes of cocaine at the port of Antwerp.",
    ],
)
def test_takeovers_titles_and_seizures_by_police_are_no_captures(text):
    assert fl.parse(text, published="2024-06-05").events.empty


@pytest.mark.parametrize(
    "text",
    [
        # local news that reads like war: the weather, ranks, cars, shells, carbon, costs
        "Officials warned that a storm system moving into the Red River Valley from Nebraska "
        "could drop an inch of rain.",
        "Barrow County fell to 18th in population growth.",
        "She lost control of the vehicle and it overturned near Brandon, Mississippi.",
        "The man approached her window in Evansville speaking on a cell phone.",
        "The same effort occurred in Glen Carbon in getting Glen Crossing complete.",
        "The photos show necklaces of ocean shells made by the Adena people in Ohio.",
        "Alstom will build a pilot plant to capture carbon dioxide in South Charleston.",
        "An old, abandoned mine started overflowing in Kanawha County, West Virginia.",
        "The cost overrun worried the committee in Toronto.",
        "Sheriff's deputies seized a mobile meth lab near Batesburg-Leesville.",
        "He said taking the money over the objections in Columbia would delay it.",
        # taking a road or a ferry to a place is no capture of it
        "He took the ferry from Palma to Barcelona.",
        # a unit named by its weapon fires nothing
        "The minister will visit the first artillery brigade in Gori.",
        # a ship's crew abandons the ship, no ground
        "A fire broke out on a cargo ship in the Gulf of Aden, forcing its crew to abandon the "
        "vessel.",
        # a team's win, weapons sold, a plan that may come to pass
        "Real Madrid stormed to a 3-0 win over Barcelona in Madrid on Saturday.",
        "Shares in the defence company surged after it won a contract to supply drones to Kyiv.",
    ],
)
def test_local_news_that_reads_like_war_makes_no_event(text):
    assert fl.parse(text, published="2009-06-05").events.empty


def test_everyday_words_in_an_article_that_tells_no_war_make_no_event():
    text = (
        "The Scott West wrestling team advanced to the section championship in Delano with a "
        "38-19 win. Last year the team lost a showdown to Jackson County Central. The Panthers "
        "will take on Plainview in Rochester on Saturday."
    )
    assert fl.parse(text, published="2009-02-05").events.empty
    # (the same words where war is told are events)
    war = text + " Russian troops advanced toward Pokrovsk on Friday."
    e = fl.parse(war, published="2009-02-05").events
    assert "Russian military" in e.actor.tolist()
    # (and a single sentence is too little to tell)
    assert len(fl.parse("The slow advance toward Pokrovsk continued.").events) == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where a person is from is no event's place
        (
            "Sgt. Matt Tonroe, 33, of Manchester, England, was killed by an IED in Manbij.",
            "Manbij",
        ),
        (
            "Master Sgt Johnathan J. Dunbar of Austin, Texas, and a British soldier were killed "
            "in a blast in Manbij.",
            "Manbij",
        ),
    ],
)
def test_where_a_person_is_from_is_no_events_place(text, place):
    assert fl.parse(text, published="2018-04-01").events.place.tolist() == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Date: 12/04/2024. Location: Djibo, Soum, Sahel, Burkina Faso. JNIM militants attacked "
        "a VDP post, killing 15.",
        "Date: 12 April 2024\nLocation: Djibo\nJNIM militants attacked a VDP post, killing 15.",
    ],
)
def test_an_event_records_fields_name_where_and_when(text):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.actor, e.place, e.fatalities) == ("JNIM", "Djibo", 15)
    assert (str(e.date_start.date()), e.date_source) == ("2024-04-12", "text")


def test_a_field_of_another_record_names_nothing():
    e = fl.parse(
        "Location: Djibo\nJNIM militants attacked a VDP post.\n\nGunmen attacked a convoy.",
        published="2024-06-01",
    ).events
    assert e.place.tolist() == ["Djibo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ACLED's fields: the deaths of the fatalities field, the actors' sides as the text
        # tells them
        (
            "event_date: 2024-03-14; actor1: Military Forces of Burkina Faso (2022-); actor2: "
            "JNIM: Group for Support of Islam and Muslims; location: Djibo; fatalities: 18; "
            "notes: JNIM militants clashed with military forces near Djibo.",
            [("JNIM", "Burkina Faso military", 18)],
        ),
        # (after the text, as ACLED's columns run; the text's own toll stands)
        (
            "notes: Gunmen attacked a convoy near Djibo, killing 4 soldiers.\nfatalities: 9",
            [("Unidentified armed group", "Burkina Faso military", 4)],
        ),
        # UCDP's fields: "Government of Libya" is the state; either side may act in the text
        (
            "date_start: 2019-04-06; side_a: Government of Libya; side_b: LNA; "
            "where_description: Gharyan town; best: 7. Fighters of the Libyan National Army "
            "attacked Gharyan.",
            [("Libyan National Army", "Libyan government", 7)],
        ),
        # an agent the text does not name is the first actor field's
        (
            "actor1: Al-Shabaab; location: Mogadishu; fatalities: 3. A roadside bomb exploded "
            "near a market in Mogadishu.",
            [("al-Shabaab", None, 3)],
        ),
    ],
)
def test_an_event_records_fields_tell_its_toll_and_sides(text, expected):
    e = fl.parse(text, published="2024-06-01").events
    got = [
        (a, None if pd.isna(t) else t, f)
        for a, t, f in zip(e.actor, e.target_actor, e.fatalities, strict=True)
    ]
    assert got == expected


def test_a_records_toll_is_not_another_records():
    e = fl.parse(
        "fatalities: 18\nJNIM militants attacked a VDP post near Djibo.\n\n"
        "Gunmen attacked a convoy near Dori.",
        published="2024-06-01",
    ).events
    assert e.fatalities.tolist() == [18, 0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader's name after "forces loyal to" stands for the group that acted
        (
            "Rebel fighters retreated from Ras Lanuf after heavy shelling by forces loyal to "
            "Muammar Gaddafi.",
            [("retreat", "Unidentified armed group"), ("shelling", "Libyan government")],
        ),
        (
            "Tripoli was shelled by fighters loyal to eastern commander Khalifa Haftar.",
            [("shelling", "Libyan National Army")],
        ),
    ],
)
def test_an_agent_named_by_its_leader_after_by(text, expected):
    e = fl.parse(text, published="2019-04-10").events
    assert list(zip(e.action, e.actor, strict=True)) == expected


def test_a_place_the_gazetteer_lacks_is_not_in_the_victims_country():
    (e,) = fl.parse(
        "Al-Shabaab fighters attacked an African Union base in Leego, killing dozens of "
        "Burundian soldiers.",
        published="2015-06-27",
    ).events.itertuples()
    assert (e.place_name, e.target_actor) == ("Somalia", "Burundi military")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tanks that roll through a city advance there
        (
            "US tanks rolled through central Baghdad on April 9 as Iraqi resistance collapsed.",
            [("advance", "Baghdad")],
        ),
        # hostages counted with a thousands separator are taken, not a place
        (
            "Chechen rebels seized a hospital in Budyonnovsk in southern Russia, taking more "
            "than 1,000 hostages.",
            [("capture", "Budyonnovsk"), ("abduction", "Budyonnovsk")],
        ),
    ],
)
def test_armies_rolling_through_and_hostages_counted(text, expected):
    e = fl.parse(text, published="2003-04-10").events
    assert list(zip(e.action, e.place_name, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign state retaking a town with the state at home: the government regains it
        (
            "French and Malian troops retook Gao on January 26, 2013.",
            ("Government regains territory", "France military"),
        ),
        (
            "Rwandan and Mozambican troops recaptured the port town of Mocimboa da Praia.",
            ("Government regains territory", "Rwandan military"),
        ),
        # (alone, or with another foreign force, it overtakes it)
        (
            "French troops retook Gao on January 26, 2013.",
            ("Non-state actor overtakes territory", "France military"),
        ),
        (
            "Russian forces and Wagner fighters captured Bakhmut.",
            ("Non-state actor overtakes territory", "Russian military"),
        ),
        # a president's name stands for his government's forces
        (
            "Forces loyal to President Abd-Rabbu Mansour Hadi recaptured Aden in July.",
            ("Government regains territory", "Yemeni government"),
        ),
    ],
)
def test_a_foreign_state_with_the_state_at_home_regains_ground(text, expected):
    (e,) = fl.parse(text, published="2015-08-01").events.itertuples()
    assert (e.event_type, e.actor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reaching a point some distance from a place is an advance on it
        (
            "Israeli tanks reached a point 800 metres from Nasser hospital in Khan Younis, "
            "witnesses said.",
            [("advance", "Khan Younis", None)],
        ),
        (
            "Russian troops reached within 10 km of Kherson.",
            [("advance", "within 10 km of Kherson", None)],
        ),
        # (a distance set out from a place with a way on after it: the place it leads to)
        (
            "Russian forces advanced 5 km from Avdiivka towards Pokrovsk.",
            [("advance", "Pokrovsk", "Avdiivka")],
        ),
        # (no one armed in a story of everyday life, no event)
        (
            "The hikers set out at dawn. They reached a point 5 km from Aspen by noon. The "
            "weather was fine.",
            [],
        ),
    ],
)
def test_reaching_a_distance_from_a_place(text, expected):
    e = fl.parse(text, published="2024-06-01").events
    got = [
        (a, p, None if pd.isna(o) else o)
        for a, p, o in zip(e.action, e.place, e.origin, strict=True)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people who flee from a place are on the move, no force in retreat
        (
            "About 1,200 people fled from El Fasher to Tawila on 11 April.",
            [("civilian_movement", "Civilians", "El Fasher")],
        ),
        # an armed force that "eliminated" a commander killed him, here in a strike
        (
            "The IDF said it had eliminated a Hezbollah commander in a strike in the Nabatieh "
            "area of southern Lebanon.",
            [("airstrike", "Israel", "Nabatîyé et Tahta")],
        ),
        ("The new law eliminated tax breaks in Ohio.", []),
    ],
)
def test_people_fleeing_and_commanders_eliminated(text, expected):
    e = fl.parse(text, published="2025-04-20").events
    assert list(zip(e.action, e.actor, e.place_name, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's fall to an actor is its capture, told as a noun too
        (
            "Aleppo's fall to rebels in November 2024 stunned the Assad government.",
            [("capture", "Unidentified armed group", "Aleppo")],
        ),
        (
            "The city of Mosul has fallen to Islamic State militants.",
            [("capture", "IS", "Mosul")],
        ),
        # (with no one it fell to, nothing was taken)
        ("Prices fell to record lows in Moscow on Monday.", []),
        ("Temperatures fall to minus 20 in Kyiv.", []),
    ],
)
def test_a_fall_to_someone_is_a_capture(text, expected):
    e = fl.parse(text, published="2024-12-10").events
    assert list(zip(e.action, e.actor, e.place, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed force that evacuates others moves people; one that evacuates, retreats
        (
            "Police evacuated a shopping centre in Leeds after a suspicious package was found.",
            ["civilian_movement"],
        ),
        ("The army evacuated 300 residents from Kupiansk.", ["civilian_movement"]),
        ("Ukrainian troops evacuated from Avdiivka overnight.", ["retreat"]),
        ("Russian forces fled the city of Izium.", ["retreat"]),
    ],
)
def test_forces_that_evacuate_others_retreat_from_nothing(text, expected):
    assert fl.parse(text, published="2024-06-01").events.action.tolist() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the storm that reached somewhere is the weather; a campaign storms ahead in a race
        ("The storm reached within 50 miles of Miami on Tuesday, forecasters said.", []),
        ("The senator's campaign stormed ahead in Ohio after the debate.", []),
        # (militants still storm a hotel)
        ("Militants storm a hotel in Mogadishu.", ["attack"]),
    ],
)
def test_storms_of_weather_and_of_races(text, expected):
    assert fl.parse(text, published="2024-06-01").events.action.tolist() == expected


def test_pro_russian_forces_are_russias_as_its_separatists_are():
    e = fl.parse("Pro-Russian forces shelled Mariupol in 2014.", published="2014-08-01").events
    assert e.actor.tolist() == ["Russian military"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun phrase in apposition between a strike and its verb: one event, with its toll
        (
            "A drone strike on a market in Togoga, a village about 25 km west of Mekelle, killed "
            "at least 64 people in June 2021.",
            [("airstrike", 64)],
        ),
        (
            "An airstrike on Kherson, the regional capital, killed 5 people on Monday.",
            [("airstrike", 5)],
        ),
    ],
)
def test_an_apposition_between_an_attack_and_its_verb_keeps_one_event(text, expected):
    e = fl.parse(text, published="2021-07-01").events
    assert list(zip(e.action, e.fatalities, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fire a strike started is the strike's, and so is the toll after it; a source
        # after "according to" is no target
        (
            "Israeli warplanes struck the port of Hodeidah on Saturday, setting fuel tanks ablaze "
            "and killing at least six people, according to the Houthi-run health ministry.",
            [("airstrike", "Israel", None, 6)],
        ),
        # (a riot's fire is its own act)
        (
            "Rioters looted shops in Nairobi, setting cars on fire.",
            [("looting", "Rioters", None, 0)],
        ),
        # ... also told by a verb right after the strike's noun
        (
            "A Ukrainian drone attack set an oil depot ablaze in Bryansk, the governor said.",
            [("airstrike", "Ukraine", None, 0)],
        ),
    ],
)
def test_the_fire_a_strike_started_is_the_strikes(text, expected):
    e = fl.parse(text, published="2024-09-01").events
    got = [(r.action, r.actor, r.target_actor, r.fatalities) for r in e.itertuples()]
    assert [tuple(None if pd.isna(x) else x for x in g) for g in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack told after "after" on a place's part, with no place of its own: where the
        # main clause is
        (
            "Fighting erupted in Taiz on Tuesday after Houthi fighters shelled a residential "
            "neighbourhood, killing three children.",
            [("clash", None, "Taiz", 0), ("shelling", "Houthis", "Taiz", 3)],
        ),
        (
            "Ukrainian forces withdrew from Avdiivka after Russian troops attacked their "
            "positions.",
            [
                ("retreat", "Ukraine", "Avdiyivka", 0),
                ("attack", "Russian military", "Avdiyivka", 0),
            ],
        ),
        # (an object that is no part of a place: no place, no event)
        (
            "Fighting erupted in Taiz after Houthi fighters shelled Saudi Arabia's border guards.",
            [("clash", None, "Taiz", 0)],
        ),
    ],
)
def test_an_attack_on_a_part_of_the_main_clauses_place_is_there(text, expected):
    e = fl.parse(text, published="2024-09-01").events
    got = [(r.action, r.actor, r.place_name, r.fatalities) for r in e.itertuples()]
    assert [tuple(None if pd.isna(x) else x for x in g) for g in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the rebels" are the government's enemies, never the militia on its side
        (
            "Congolese troops and allied Wazalendo militias retook the town of Walikale on "
            "Saturday after the rebels withdrew.",
            [("retake", "FARDC"), ("retreat", "Unidentified armed group")],
        ),
        (
            "M23 rebels attacked Sake. Congolese troops and allied Wazalendo militias retook the "
            "town on Saturday after the rebels withdrew.",
            [("attack", "M23"), ("retake", "FARDC"), ("retreat", "M23")],
        ),
        # (the militia's own generic noun still stands for it)
        (
            "Wazalendo militias attacked Masisi on Friday. The militiamen torched 20 houses in "
            "Masisi on Saturday.",
            [("attack", "Wazalendo militia"), ("looting", "Wazalendo militia")],
        ),
    ],
)
def test_the_rebels_are_never_the_militia_on_the_governments_side(text, expected):
    e = fl.parse(text, published="2024-09-01").events
    assert list(zip(e.action, e.actor, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long subject, and a division set off by commas, before the verb: one event
        (
            "Clashes between Druze fighters and Bedouin tribes in Sweida province killed more "
            "than 30 people on Sunday.",
            [("clash", "Druze militia", 30)],
        ),
        (
            "A drone strike on a kindergarten in Kalogi, South Kordofan, killed 33 children, "
            "UNICEF said.",
            [("airstrike", None, 33)],
        ),
    ],
)
def test_a_long_subject_before_its_verb_is_one_event_with_its_toll(text, expected):
    e = fl.parse(text, published="2025-11-10").events
    got = [(r.action, r.actor, r.fatalities) for r in e.itertuples()]
    assert [tuple(None if pd.isna(x) else x for x in g) for g in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site's noun after its name is no crossing; the border post is the place
        (
            "Pakistani and Afghan forces exchanged heavy fire along the border near the Torkham "
            "crossing overnight, officials said.",
            [("clash", "Torkham", "asserted")],
        ),
        # who claimed it, told after it
        (
            "Russian forces captured the village of Andriivka, the Russian MoD claimed.",
            [("capture", "Andriyivka", "claimed")],
        ),
        # (a relative clause's claim is no claim of the event)
        (
            "Russian forces captured Andriivka, which Ukraine claims as its own.",
            [("capture", "Andriyivka", "asserted")],
        ),
    ],
)
def test_a_sites_name_and_a_claim_told_after_the_event(text, expected):
    e = fl.parse(text, published="2025-06-10").events
    assert list(zip(e.action, e.place_name, e.modality, strict=True)) == expected


def test_a_participle_after_an_action_goes_on_where_it_was():
    e = fl.parse(
        "Separatist fighters attacked a school in Kumbo, in Cameroon's North West region, "
        "abducting 11 students.",
        published="2025-06-10",
    ).events
    assert list(zip(e.action, e.place_name, strict=True)) == [
        ("attack", "Kumbo"),
        ("abduction", "Kumbo"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence alone: games, prices, fires and market shares
        "The Golden State Warriors took Game 3 in Boston on Wednesday night.",
        "Shares of Tesla fell to a six-month low in New York trading.",
        "Firefighters battled a blaze that destroyed three homes in Paradise, California.",
        "The company captured a larger share of the market in Brazil.",
        # subjects that wage no war, a stage stormed
        "Flood waters advanced on Lahore as the Ravi river burst its banks.",
        "The senator attacked the bill in a speech in Washington on Tuesday.",
        "The company withdrew from the Moscow market in 2022.",
        "Protesters stormed the stage at a concert in Manchester.",
    ],
)
def test_a_sentence_of_everyday_news_alone_makes_no_event(text):
    assert fl.parse(text, published="2025-06-10").events.empty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the same words of war)
        ("Troops captured the village of Krynky.", ("capture", "Ukraine", "Krynky")),
        # the country a place fell to is the side that took it
        ("Mariupol fell to Russia in May 2022.", ("capture", "Russian military", "Mariupol")),
        ("Kherson fell to Ukraine in November 2022.", ("capture", "Ukraine", "Kherson")),
    ],
)
def test_a_side_named_keeps_the_event_of_an_everyday_word(text, expected):
    (e,) = fl.parse(text, published="2025-06-10").events.itertuples()
    assert (e.action, e.actor, e.place_name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deaths told in a clause of another time, with a verb of their own, are not the action's
        (
            "Settlers set fire to homes and cars in the village of Huwara on Sunday night after "
            "two Israelis were shot dead nearby.",
            [("looting", 0, "2025-06-08")],
        ),
        # (a clause closed before them is: "after Mass, and 40 worshippers were killed"; and
        # one of a later time goes on with the attack)
        (
            "A gunman opened fire at a checkpoint near Jerusalem, killing two Israelis before he "
            "was shot dead.",
            [("attack", 3, "2025-06-10")],
        ),
        (
            "Gunmen attacked a church in Owo after Mass, and 40 worshippers were killed.",
            [("attack", 40, "2025-06-10")],
        ),
        # a time of day opens no clause: the date after it is the event's
        (
            "Iraqi troops crossed into Kuwait before dawn on 2 August 1990.",
            [("advance", 0, "1990-08-02")],
        ),
    ],
)
def test_a_clause_of_another_time_keeps_its_deaths_and_a_time_of_day_opens_none(text, expected):
    e = fl.parse(text, published="2025-06-10").events
    got = [(r.action, r.fatalities, str(r.date_start.date())) for r in e.itertuples()]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a battle told again by its sides in a clause of its own: one battle, with them
        (
            "Heavy clashes reported near Tal Rifaat as SDF repels Turkish-backed assault",
            [("SDF", "Turkish-backed rebels", "Tall Rif‘at")],
        ),
        (
            "Fighting raged in Bakhmut as Wagner fighters clashed with Ukrainian troops.",
            [("Wagner Group", "Ukraine", "Bakhmut")],
        ),
    ],
)
def test_a_battle_told_again_by_its_sides_is_one_battle(text, expected):
    e = fl.parse(text, published="2024-06-01").events
    assert list(zip(e.actor, e.target_actor, e.place_name, strict=True)) == expected


def test_an_action_before_a_dated_clause_is_dated_in_the_week_up_to_it():
    e = fl.parse(
        "Rebels briefly seized the town of Bambari before withdrawing on Thursday, residents said.",
        published="2025-06-14",
    ).events
    got = [(r.action, str(r.date_start.date()), str(r.date_end.date())) for r in e.itertuples()]
    assert got == [("capture", "2025-06-06", "2025-06-12"), ("retreat", "2025-06-12", "2025-06-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attackers who flee after their attack give up no ground, and the flight is no part
        # of the attack
        ("Gunmen killed 12 villagers in Zamfara before fleeing with cattle.", [("attack", 12)]),
        # (the battle the dead were killed in is one event with them)
        (
            "Twenty fighters have been killed in the clashes in Afrin since Saturday.",
            [("clash", 20)],
        ),
    ],
)
def test_a_flight_after_an_attack_and_deaths_in_a_battle(text, expected):
    e = fl.parse(text, published="2025-06-14").events
    assert list(zip(e.action, e.fatalities, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weapons listed together make one attack, of the first weapon's kind
        (
            "Russia launched 728 drones and 13 missiles at Ukraine overnight.",
            [("airstrike", "drones and 13 missiles")],
        ),
        (
            "Hezbollah fired rockets and drones at northern Israel.",
            [("shelling", "rockets and drones")],
        ),
    ],
)
def test_weapons_listed_together_are_one_attack(text, expected):
    e = fl.parse(text, published="2025-06-10").events
    assert list(zip(e.action, e.trigger, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ... also when they are the actor's words, sharing its adjective
        ("Russian drones and missiles struck Kyiv overnight.", [("airstrike", "Russian military")]),
        ("Russian missiles and drones struck Kyiv overnight.", [("shelling", "Russian military")]),
        (
            "Two people were killed in a Russian missile and drone attack on Odesa.",
            [("shelling", "Russian military")],
        ),
    ],
)
def test_weapons_listed_in_the_actors_words_are_one_attack_of_the_first_kind(text, expected):
    e = fl.parse(text, published="2025-06-10").events
    assert list(zip(e.action, e.actor, strict=True)) == expected


def test_a_states_forces_are_at_home_in_its_territories():
    (e,) = fl.parse(
        "British troops retook Port Stanley on 14 June 1982.", published="1982-06-20"
    ).events.itertuples()
    assert (e.place_name, e.event_type) == ("Stanley", "Government regains territory")


def test_an_attack_at_sea_is_where_a_claim_from_the_coast_puts_it():
    (e,) = fl.parse(
        "Houthi militants attacked a bulk carrier in the Red Sea about 50 nautical miles "
        "southwest of Hodeidah.",
        published="2024-06-12",
    ).events.itertuples()
    # (50 nautical miles is 92.6 km: from Hodeidah, not at the Red Sea's middle, 700 km off)
    km = GEOD.inv(42.95, 14.80, e.geometry.x, e.geometry.y)[2] / 1000
    assert e.geo_precision == 2
    assert km == pytest.approx(92.6, abs=2)


def test_a_part_of_a_count_is_no_more_of_it():
    (e,) = fl.parse(
        "An Israeli air strike in Qana, Lebanon, killed 28 people, many of them children.",
        published="2006-07-31",
    ).events.itertuples()
    assert e.fatalities == 28
    # (more of another kind still adds)
    (e,) = fl.parse(
        "Militants killed 5 soldiers and 3 civilians in Gao.", published="2024-06-01"
    ).events.itertuples()
    assert e.fatalities == 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people taken, things seized and titles won are no ground taken
        (
            "Hezbollah fighters captured two Israeli soldiers in a cross-border raid near "
            "Metula on July 12, 2006.",
            ["attack"],
        ),
        ("The Yankees captured the AL East title with a win over the Red Sox in Boston.", []),
        ("Rebels seized three tankers near Aden on Monday.", []),
        (
            "Two Ukrainian soldiers were captured by Russian forces near Vovchansk, the Russian "
            "Defence Ministry said.",
            [],
        ),
        # (the ground taken with them still is)
        ("Rebels captured the village and 20 soldiers near Gao.", ["capture"]),
        ("M23 rebels captured the town of Sake.", ["capture"]),
    ],
)
def test_people_and_things_taken_are_no_ground_taken(text, expected):
    assert fl.parse(text, published="2024-06-01").events.action.tolist() == expected


def test_a_named_actors_gang_coalition_is_that_actor():
    e = fl.parse(
        "Members of the Viv Ansanm gang coalition seized control of Mirebalais on March 31.",
        published="2025-04-02",
    ).events
    assert list(zip(e.actor, e.event_type, strict=True)) == [
        ("Viv Ansanm", "Non-state actor overtakes territory")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BREAKING: Sudan's RSF claims full control of Babanusa.",
            ("capture", "claimed", "RSF"),
        ),
        (
            "The army took complete control of Wad Madani on Saturday.",
            ("capture", "asserted", "Sudanese army"),
        ),
        # a force pushed out of a place has lost it; one that others try to push out has not
        (
            "Ukrainian forces have pushed Russian troops out of three villages near Kupiansk.",
            ("retake", "asserted", "Ukraine"),
        ),
        (
            "Syrian government forces are trying to push IS out of a pocket in Deir al-Zor.",
            ("clash", "expected", "Syrian government"),
        ),
    ],
)
def test_full_control_claimed_and_a_force_pushed_out(text, expected):
    (e,) = fl.parse(text, published="2025-06-10").events.itertuples()
    assert (e.action, e.modality, e.actor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian missiles struck the Black Sea port of Odesa overnight.", "Odesa"),
        ("Houthi forces attacked the Red Sea port city of Hodeidah.", "Al Ḩudaydah"),
    ],
)
def test_a_port_named_after_its_sea_is_the_port(text, expected):
    (e,) = fl.parse(text, published="2025-06-10").events.itertuples()
    assert (e.place_name, e.place_kind) == (expected, "city")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serb gunners shelled Gorazde throughout April 1994.",
            [("shelling", "Serbia military")],
        ),
        (
            "Russian armoured columns crossed into South Ossetia on August 8.",
            [("advance", "Russian military")],
        ),
    ],
)
def test_gunners_and_columns_are_a_states_forces(text, expected):
    e = fl.parse(text, published="2008-09-01").events
    assert list(zip(e.action, e.actor, strict=True)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Georgian artillery shelled Tskhinvali overnight on August 7, and Russian armoured "
        "columns crossed into South Ossetia the next morning.",
        "Israeli jets struck the Fordo enrichment facility near Qom, and US B-2 bombers "
        "dropped bunker-busting bombs on Natanz.",
    ],
)
def test_the_subject_of_the_next_clause_is_no_target(text):
    e = fl.parse(text, published="2025-06-30").events
    first, second = e.iloc[0], e.iloc[1]
    assert first.target_actor is None
    assert first.actor != second.actor


def test_overnight_on_a_day_is_that_day():
    (e,) = fl.parse(
        "Georgian artillery shelled Tskhinvali overnight on August 7.", published="2008-08-20"
    ).events.itertuples()
    assert (str(e.date_start.date()), str(e.date_end.date())) == ("2008-08-07", "2008-08-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place told by its preposition between a strike and its verb: one event
        (
            "A US strike near Al-Qaim, on the Syrian border, killed a senior Kataib Hezbollah "
            "commander.",
            [("airstrike", "Kataib Hezbollah", 1)],
        ),
        # a weapon's verb after it is the weapon's, no air strike of its own
        (
            "A mortar shell struck the Markale marketplace in Sarajevo on August 28, 1995, "
            "killing 43 people.",
            [("shelling", None, 43)],
        ),
        # (two actions joined by "and" stay two)
        (
            "Russian artillery shelled Kharkiv and struck Odesa.",
            [("shelling", None, 0), ("shelling", None, 0)],
        ),
    ],
)
def test_a_weapon_and_its_verb_are_one_strike(text, expected):
    e = fl.parse(text, published="2025-06-10").events
    assert list(zip(e.action, e.target_actor, e.fatalities, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its forces" are the speaker's, whatever kind of actor it is
        (
            "The Libyan National Army said its forces had repelled an attack on Sirte.",
            [("clash", "Libyan National Army")],
        ),
        (
            "The Russian Defence Ministry said its troops took Avdiivka.",
            [("capture", "Russian military")],
        ),
        # a command names its state's forces; a guided bomb is its state's
        (
            "US Africa Command said it conducted an airstrike against ISIS-Somalia southeast "
            "of Bosaso.",
            [("airstrike", "United States military")],
        ),
        (
            "A Russian guided aerial bomb hit a residential area in Kharkiv on June 7.",
            [("airstrike", "Russian military")],
        ),
    ],
)
def test_a_speakers_own_forces_and_a_states_commands(text, expected):
    e = fl.parse(text, published="2025-06-10").events
    assert list(zip(e.action, e.actor, strict=True)) == expected


def test_an_attack_during_an_evacuation_is_an_attack():
    e = fl.parse(
        "A UN helicopter came under fire during an evacuation mission in Nasir.",
        published="2025-03-10",
    ).events
    assert e.action.iloc[0] == "attack"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an army that orders an evacuation moves others; one that evacuates retreats
        (
            "Israeli army orders evacuation of eastern Khan Younis ahead of new operation.",
            [("civilian_movement", "Israel")],
        ),
        ("Ukrainian troops evacuated from Avdiivka overnight.", [("retreat", "Ukraine")]),
        # a group of forces by its English name is its state's
        (
            "Units of the Southern group of forces liberated Toretsk, the Russian Defence "
            "Ministry said.",
            [("retake", "Russian military")],
        ),
    ],
)
def test_an_evacuation_ordered_and_a_group_of_forces(text, expected):
    e = fl.parse(text, published="2025-06-10").events
    assert list(zip(e.action, e.actor, strict=True)) == expected


def test_those_killed_are_no_agent_of_the_strike_after_them():
    e = fl.parse(
        "On 30 August 2024, Israeli forces raided Tulkarm camp (Tulkarm, West Bank) and killed "
        "5 Palestinian militants in an airstrike on a house.",
        published="2024-09-01",
    ).events
    assert set(e.actor) == {"Israel"}
    # (nor those captured of the raid they were taken in)
    e = fl.parse(
        "Hezbollah fighters captured two Israeli soldiers in a cross-border raid near Metula.",
        published="2006-07-13",
    ).events
    assert e.actor.tolist() == ["Hezbollah"]
    # (those killed with them too, and they are the other side)
    (e,) = fl.parse(
        "Tuareg rebels of the CSP said they had killed dozens of Malian soldiers and Wagner "
        "fighters in fighting near Tinzaouaten, on the Algerian border, in late July.",
        published="2024-08-10",
    ).events.itertuples()
    assert (e.actor, e.target_actor) == ("CSP-PSD", "Malian army")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's capital, with no article
        ("At least 20 killed as car bomb hits market in Somali capital.", "Mogadishu"),
        ("Gunmen attack hotel in Mali capital.", "Bamako"),
        ("Gunmen attacked a hotel in Mali's capital.", "Bamako"),
    ],
)
def test_a_headlines_capital_is_the_city(text, expected):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert e.place_name == expected


def test_a_denial_ends_with_its_clause():
    e = fl.parse(
        "Russian troops did not capture Kyiv, and withdrew from the region in early April 2022.",
        published="2022-06-01",
    ).events
    assert list(zip(e.action, e.modality, strict=True)) == [
        ("capture", "denied"),
        ("retreat", "asserted"),
    ]
    # (a negation a few words before still denies: "did not make confirmed advances"; a
    # particle only next to it: "is not engaged in the Saudis' bombing campaign")
    e = fl.parse(
        "The U.S. is not engaged in the Saudis' bombing campaign in Yemen.",
        published="2018-01-01",
    ).events
    assert e[e.trigger == "bombing"].modality.tolist() == ["asserted"]
    e = fl.parse(
        "Russian forces continued offensive operations near Siversk on November 11 but did not "
        "make confirmed advances.",
        published="2024-11-12",
    ).events
    assert e.modality.tolist() == ["asserted", "denied"]


_ACLED_CSV = (
    "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,location,notes,"
    "fatalities\n"
    'MLI1,2024-09-17,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,"Military '
    'Forces of Mali (2021-)",Mali,Bamako,"JNIM militants attacked the gendarmerie school and the '
    'military airbase in Bamako.",77\n'
    "SDN2,2024-05-10,Explosions/Remote violence,Shelling/artillery/missile attack,Rapid Support "
    'Forces,,Sudan,El Fasher,"The RSF shelled residential areas of the city.",14\n'
)


def test_a_table_of_event_records_is_read_record_by_record(tmp_path):
    p = tmp_path / "acled.csv"
    p.write_text(_ACLED_CSV, encoding="utf-8")
    for source in (_ACLED_CSV, p, str(p)):
        e = fl.parse(source, published="2025-01-01").events
        # (each row's fields: its date, its place, its toll; its types are no events)
        assert list(
            zip(e.actor, e.place_name, e.fatalities, e.date_start.dt.date.astype(str), strict=True)
        ) == [("JNIM", "Bamako", 77, "2024-09-17"), ("RSF", "El Fasher", 14, "2024-05-10")]
    # (a paragraph opening with commas is no table)
    r = fl.parse(
        "Date, place and actor are unknown.\nThe army shelled Gao.", published="2025-01-01"
    )
    assert r.text.startswith("Date, place and actor")


def test_a_strike_from_afar_is_not_drawn_in_the_strikers_country():
    # (the port is one the gazetteer lacks: no place is better than the United States)
    e = fl.parse(
        "At least a dozen Houthi fighters died in US strikes on Ras Isa port.",
        published="2025-04-20",
    ).events
    assert "United States" not in set(e.place_name)
    # (a place the sentence names still holds it)
    (e,) = fl.parse(
        "Israeli strikes hit the village of Khirbet Foo in southern Lebanon.",
        published="2025-04-20",
    ).events.itertuples()
    assert e.place_name == "Lebanon"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli tanks pushed to the outskirts of Rafah, less than 2 miles from the Egyptian "
            "border.",
            [("advance", "Israel", "Rafaḩ")],
        ),
        (
            "Haftar's forces advanced to the gates of Tripoli.",
            [("advance", "Libyan National Army", "Tripoli")],
        ),
    ],
)
def test_pushed_to_the_outskirts_is_an_advance(text, expected):
    e = fl.parse(text, published="2024-05-10").events
    assert list(zip(e.action, e.actor, e.place_name, strict=True)) == expected


def test_a_place_taken_from_a_country_has_its_state_as_the_target():
    e = fl.parse(
        "Israeli forces captured East Jerusalem from Jordan on June 7, 1967, and seized the Golan "
        "Heights from Syria on June 10.",
        published="1967-07-01",
    ).events
    assert e.target_actor.tolist() == ["Jordan military", "Syrian government"]


def test_a_range_of_months_of_two_years():
    (e,) = fl.parse(
        "UNITA rebels besieged Cuito Cuanavale in southern Angola from November 1987 to March 1988.",
        published="1990-01-01",
    ).events.itertuples()
    assert (str(e.date_start.date()), str(e.date_end.date())) == ("1987-11-01", "1988-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surrender to someone gives them the place, taken from those who surrendered
        (
            "The last defenders of Mariupol surrendered to Russian forces on May 20.",
            [("capture", "Russian military", "Mariupol")],
        ),
        # (one to the police is an arrest's end, no ground taken)
        ("He surrendered to police in Dallas on Monday.", []),
    ],
)
def test_a_surrender_to_someone_is_their_capture(text, expected):
    e = fl.parse(text, published="2022-06-01").events
    assert list(zip(e.action, e.actor, e.place_name, strict=True)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tigrayan forces captured the towns of Dessie and Kombolcha on October 30, 2021, the TPLF "
        "said, a claim the Ethiopian government denied.",
        "Russian forces captured Andriivka, a claim that could not be verified.",
    ],
)
def test_a_claim_another_side_denies_is_claimed(text):
    e = fl.parse(text, published="2025-06-01").events
    assert set(e.modality) == {"claimed"}


_GED_CSV = (
    "id,year,type_of_violence,conflict_name,side_a,side_b,where_coordinates,adm_1,latitude,"
    "longitude,country,date_start,date_end,deaths_civilians,best\n"
    "1,2022,1,Russia - Ukraine,Government of Russia (Soviet Union),Government of Ukraine,"
    "Mariupol town,Donetsk oblast,47.0958,37.5494,Ukraine,2022-03-16,2022-03-16,12,12\n"
    "2,2023,3,Sudan: RSF - civilians,RSF,Civilians,El Geneina town,West Darfur state,13.4525,"
    "22.4472,Sudan,2023-06-14,2023-06-15,13,13\n"
)


def test_a_record_with_no_text_is_the_event_its_fields_tell():
    e = fl.parse(_GED_CSV, published="2025-01-01").events
    assert list(
        zip(e.action, e.event_type, e.actor, e.target_actor.fillna(""), e.fatalities, strict=True)
    ) == [
        ("clash", "Armed clash", "Russian military", "Ukraine", 12),
        # (one-sided violence: against civilians, who are no armed side)
        ("attack", "Attack", "RSF", "", 13),
    ]
    assert e.place_name.tolist() == ["Mariupol", "Al-Junaynah"]
    # (at the record's own coordinates, over its dates)
    assert [(round(p.x, 4), round(p.y, 4)) for p in e.geometry] == [
        (37.5494, 47.0958),
        (22.4472, 13.4525),
    ]
    assert e.date_end.dt.date.astype(str).tolist() == ["2022-03-16", "2023-06-15"]
    assert e.trigger.tolist() == ["type_of_violence: 1", "type_of_violence: 3"]


def test_a_records_headline_takes_the_date_and_the_other_side_its_fields_tell_after_it():
    text = (
        "id,year,type_of_violence,conflict_name,side_a,side_b,source_headline,adm_1,"
        "where_coordinates,latitude,longitude,country,date_start,date_end,best\n"
        '512345,2023,1,Ethiopia: Amhara,Government of Ethiopia,Fano,"Fano fighters attack '
        'Lalibela",Amhara region,Lalibela town,12.0317,39.0476,Ethiopia,2023-08-06,2023-08-06,15\n'
    )
    (e,) = fl.parse(text, published="2025-01-01").events.itertuples()
    assert (e.trigger, e.actor, e.target_actor, e.event_type) == (
        "attack",
        "Fano",
        "Ethiopian army",
        "Armed clash",
    )
    assert (e.place_name, e.fatalities, str(e.date_start.date())) == ("Lalibela", 15, "2023-08-06")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ACLED's sub-event type is finer than its event type, whichever comes first
        (
            "event_date: 2024-02-03\nevent_type: Explosions/Remote violence\nsub_event_type: "
            "Air/drone strike\nactor1: Military Forces of Sudan (2019-)\nlocation: Nyala\n"
            "notes: Reported.",
            ("airstrike", "Air/drone strike", "Sudanese army", "Nyala"),
        ),
        (
            "Date: 2024-05-10 | Country: Sudan | Location: El Fasher | Event type: Battles | "
            "Actor 1: Rapid Support Forces | Actor 2: Military Forces of Sudan | Fatalities: 14",
            ("clash", "Armed clash", "RSF", "El Fasher"),
        ),
        # a record of a town the gazetteer lacks is at its country
        (
            "event_date: 2024-09-17\nsub_event_type: Peaceful protest\ncountry: Kenya\n"
            "location: Kwa Foobar",
            ("protest", "Peaceful protest", "Protesters", "Kenya"),
        ),
    ],
)
def test_a_records_type_field_makes_its_event_when_its_text_tells_none(text, expected):
    (e,) = fl.parse(text, published="2025-01-01").events.itertuples()
    assert (e.action, e.event_type, e.actor, e.place_name) == expected


def test_a_record_is_read_by_its_fields_only_when_it_has_enough_of_them():
    # (a paragraph with one label is no record; a record whose text tells an event is that)
    assert fl.parse("Event type: Battles. The weather in Gao was calm.").events.empty
    e = fl.parse(
        "event_date: 2024-09-17\nsub_event_type: Armed clash\nlocation: Bamako\nlatitude: 12.6392"
        "\nlongitude: -8.0029\nnotes: JNIM militants attacked the gendarmerie school in Bamako.",
        published="2025-01-01",
    ).events
    assert e.trigger.tolist() == ["attacked"]
    # (drawn at the record's coordinates, the place its location names)
    assert (round(e.geometry[0].x, 4), round(e.geometry[0].y, 4)) == (-8.0029, 12.6392)


def test_the_fields_of_a_record_in_cells_are_read():
    (e,) = fl.parse(
        "Date: 2024-05-10 | Country: Sudan | Location: El Fasher | Actor 1: Rapid Support Forces"
        " | Actor 2: Military Forces of Sudan | Fatalities: 14 | Notes: RSF shelled the Abu Shouk"
        " camp.",
        published="2025-01-01",
    ).events.itertuples()
    assert (e.actor, e.target_actor, e.fatalities) == ("RSF", "Sudanese army", 14)


def test_rows_of_an_event_export_without_text_are_read_by_their_fields(tmp_path):
    p = tmp_path / "ged.csv"
    p.write_text(_GED_CSV, encoding="utf-8")
    r = fl.parse_many(p)
    assert r.errors == []
    e = r.events
    assert list(zip(e.article_id, e.actor, e.place_name, strict=True)) == [
        ("1", "Russian military", "Mariupol"),
        ("2", "RSF", "Al-Junaynah"),
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a country's forces by their official names are its state's
        ("The Israeli Defence Forces struck a Hezbollah target in Nabatieh.", "Israel"),
        ("Russian Armed Forces shelled Kherson overnight.", "Russian military"),
        ("Turkish Armed Forces struck PKK targets in Duhok province.", "Turkish military"),
        ("The Afghan National Army retook Kunduz on October 1, 2015.", "Afghan forces"),
        ("Kenya Defence Forces killed 12 al-Shabaab militants in Lamu county.", "Kenya military"),
        ("The Uganda People's Defence Force attacked ADF camps near Beni.", "Uganda military"),
        ("The Islamic Revolutionary Guard Corps fired missiles at Erbil.", "Iran military"),
        # (and by an adjective the country table spells otherwise: "Tadzhik")
        ("Tajik troops clashed with Kyrgyz forces in Batken.", "Tajikistan military"),
    ],
)
def test_state_forces_by_their_official_names(text, actor):
    e = fl.parse(text, published="2024-06-01").events
    assert e.actor.tolist() == [actor]


def test_an_attack_named_again_in_its_own_clause_is_one():
    e = fl.parse(
        "RSF drones struck a power station in Port Sudan on Sunday, the army-aligned government "
        "said, in the first attack on the city since the war began.",
        published="2025-05-05",
    ).events
    assert list(zip(e.action, e.actor, strict=True)) == [("airstrike", "RSF")]
    # (another attack is another)
    e = fl.parse(
        "Russian missiles struck Kyiv overnight, killing three, in a separate attack on Lviv.",
        published="2025-05-05",
    ).events
    assert e.place_name.tolist() == ["Kyiv", "Lviv"]


_GDELT_TSV = (
    "GLOBALEVENTID\tSQLDATE\tActor1Name\tActor2Name\tEventCode\tEventRootCode\tQuadClass\t"
    "ActionGeo_FullName\tActionGeo_Lat\tActionGeo_Long\n"
    "1162271234\t20240115\tRUSSIA\tUKRAINE\t195\t19\t4\tKharkiv, Kharkivs'ka Oblast', Ukraine\t"
    "49.9808\t36.2527\n"
    "1162271235\t20240116\tISRAEL\tHAMAS\t190\t19\t4\tKhan Yunis, Gaza Strip (general), Israel"
    "\t31.34\t34.30\n"
    "1162271236\t20240116\tFRANCE\tGERMANY\t043\t04\t1\tParis, France\t48.85\t2.35\n"
)


def test_a_gdelt_export_is_read_as_records():
    # (tab-separated; CAMEO's codes of fighting make events, a visit none; the actors in
    # capitals; the date as GDELT writes it)
    e = fl.parse(_GDELT_TSV, published="2025-01-01").events
    assert list(zip(e.action, e.actor, e.target_actor, e.place_name, strict=True)) == [
        ("airstrike", "Russian military", "Ukraine", "Kharkiv"),
        ("clash", "Israel", "Hamas", "Khān Yūnis"),
    ]
    assert e.date_start.dt.date.astype(str).tolist() == ["2024-01-15", "2024-01-16"]
    assert (round(e.geometry[0].x, 4), round(e.geometry[0].y, 4)) == (36.2527, 49.9808)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent's partner is no other side of its act
        (
            "Syrian government troops and Hezbollah fighters recaptured the border town of "
            "Qusayr from rebels on June 5, 2013.",
            [("retake", "Syrian government", None)],
        ),
        # a battle named again in the clause that told it is the same event
        (
            "US Marines and Iraqi troops stormed Fallujah on November 8, 2004, in the biggest "
            "urban battle of the Iraq war.",
            [("attack", "United States military", None)],
        ),
        # ... and its kind, when it names one: a raid that killed by an airstrike
        (
            "On 30 August 2024, Israeli forces raided Tulkarm camp (Tulkarm, West Bank) and "
            "killed 5 Palestinian militants in an airstrike on a house.",
            [("airstrike", "Israel", "Palestinian rebels")],
        ),
    ],
)
def test_allies_and_retellings_in_one_sentence(text, expected):
    e = fl.parse(text, published="2024-06-01").events
    got = [
        (a, b, None if pd.isna(t) else t)
        for a, b, t in zip(e.action, e.actor, e.target_actor, strict=True)
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan said it had killed 12 militants in a raid near the Afghan border.",
        "Pakistan says it killed 12 militants in raid near Afghan border",
    ],
)
def test_a_border_named_by_a_country_that_speaks_is_on_its_side(text):
    from frontlines._shapes import country_shape

    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.actor, e.place, e.fatalities) == (
        "Pakistan military",
        "border with Afghanistan (Pakistan)",
        12,
    )
    assert country_shape("PK").contains(e.geometry)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline drops the article: one person killed, the country's army
        (
            "Lebanon: Israeli drone strike kills Hezbollah commander in Tyre",
            [("airstrike", "Israel", 1)],
        ),
        (
            "Syria: HTS-led rebels enter Hama as army withdraws",
            [("advance", "HTS", 0), ("retreat", "Syrian government", 0)],
        ),
        # (many, not one: "the last militant leaders")
        (
            "Philippine troops killed the last militant leaders in Marawi in October 2017.",
            [("attack", "Philippines military", 0)],
        ),
    ],
)
def test_headlines_without_articles(text, expected):
    e = fl.parse(text, published="2024-12-05").events
    assert list(zip(e.action, e.actor, e.fatalities, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # a people named with "the" is its state's forces
        ("The Russians shelled Kharkiv overnight.", "Russian military", None),
        ("The Japanese attacked Pearl Harbor on 7 December 1941.", "Japan military", None),
        ("The French withdrew from Dien Bien Phu in May 1954.", "France military", None),
        (
            "Ukrainian forces pushed the Russians out of Kherson.",
            "Ukraine",
            "Russian military",
        ),
        # what an action caused is no side of it
        (
            "Georgian forces shelled Tskhinvali on 7 August 2008, prompting a Russian "
            "counter-offensive.",
            "Georgia military",
            None,
        ),
    ],
)
def test_peoples_as_forces_and_what_an_action_caused(text, actor, target):
    e = fl.parse(text, published="2024-06-01").events.iloc[0]
    assert (e.actor, None if pd.isna(e.target_actor) else e.target_actor) == (actor, target)


def test_a_people_is_forces_only_beside_an_action_and_a_weapon_used_in_an_attack_is_one():
    # (a people named beside no action word is no force: a government's words, a trade talk)
    from frontlines.actors import load_actors

    found = load_actors().find(
        "Since the Americans dropped their demand, the British government has blamed Russia."
    )
    assert [a.text for a in found if a.text in ("Americans", "British")] == []
    e = fl.parse(
        "Government forces used chlorine gas in an attack on Douma on April 7, 2018.",
        published="2024-06-01",
    ).events
    assert list(zip(e.action, e.actor, strict=True)) == [("chemical", "Syrian government")]


_ACLED_RECORD = {
    "event_id_cnty": "SDN1",
    "event_date": "2024-05-10",
    "sub_event_type": "Shelling/artillery/missile attack",
    "actor1": "Rapid Support Forces",
    "country": "Sudan",
    "location": "El Fasher",
    "latitude": "13.6279",
    "longitude": "25.3494",
    "fatalities": "14",
    "notes": "On 10 May 2024, the RSF shelled residential areas of El Fasher.",
}


def test_event_records_in_json_are_read_as_records(tmp_path):
    import json

    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [25.3494, 13.6279]},
        "properties": {k: v for k, v in _ACLED_RECORD.items() if "itude" not in k},
    }
    p = tmp_path / "acled.json"
    p.write_text(json.dumps({"status": 200, "data": [_ACLED_RECORD]}), encoding="utf-8")
    for source in (
        p,
        str(p),
        json.dumps([_ACLED_RECORD]),  # a list of records
        json.dumps({"type": "FeatureCollection", "features": [feature]}),  # GeoJSON
        json.dumps(_ACLED_RECORD) + "\n",  # JSON Lines
    ):
        (e,) = fl.parse(source, published="2025-01-01").events.itertuples()
        # (its text's event, with its fields' toll and coordinates; its type no event)
        assert (e.trigger, e.actor, e.fatalities, e.place_name) == (
            "shelled",
            "RSF",
            14,
            "El Fasher",
        )
        assert (round(e.geometry.x, 4), round(e.geometry.y, 4)) == (25.3494, 13.6279)
    # JSON of something else is said to be so, not read as prose
    with pytest.raises(ValueError, match="JSON with no event records"):
        fl.parse('{"status": 200, "count": 0}')
    # (text that opens with a bracket is text)
    assert len(fl.parse("[Updated] Russian forces shelled Kharkiv.").events) == 1


def test_an_event_only_near_a_countrys_border_is_not_in_that_country():
    # (Boulkessi, which the gazetteer lacks, is near Mali, not in it; its actors tell no side)
    e = fl.parse(
        "The army said its troops had repulsed an attack by jihadists on a base in Boulkessi, "
        "near the border with Mali.",
        published="2024-06-01",
    ).events
    assert "Mali" not in set(e.place_name.dropna())


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # those killed "when their vehicle hit a roadside bomb" died of the bomb
        (
            "Two Israeli soldiers were killed in southern Gaza on Wednesday when their tank hit an "
            "explosive device, the IDF said.",
            "explosive",
        ),
        ("Two soldiers were killed near Gao when a roadside bomb exploded.", "explosive"),
        (
            "Five people were killed in Mogadishu when a suicide bomber blew himself up at a "
            "checkpoint.",
            "suicide_bomb",
        ),
    ],
)
def test_the_dead_of_a_weapon_told_after_when(text, action):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert e.action == action


def test_a_folder_of_exports_is_read_whatever_their_format(tmp_path):
    import json

    (tmp_path / "acled.json").write_text(json.dumps({"data": [_ACLED_RECORD]}), encoding="utf-8")
    (tmp_path / "gdelt.tsv").write_text(_GDELT_TSV, encoding="utf-8")
    r = fl.parse_many(tmp_path)
    assert r.errors == []
    assert sorted(r.events.actor) == ["Israel", "RSF", "Russian military"]


def test_the_dead_from_a_country_died_where_the_weapon_was():
    # "from Nepal" is the peacekeepers' country, not where they died; and they are counted
    (e,) = fl.parse(
        "Two UN peacekeepers from Nepal were killed when their vehicle struck a landmine near "
        "Kidal in northern Mali on Tuesday.",
        published="2024-06-01",
    ).events.itertuples()
    assert (e.action, e.place_name, e.fatalities) == ("explosive", "Kidal", 2)


def test_a_headlines_plural_verb_is_its_weapons():
    # "explosions … kill": one bombing, with its dead (it was a bombing and an attack)
    (e,) = fl.parse(
        "Two explosions near the tomb of Qasem Soleimani in Kerman, Iran, kill at least 95 people.",
        published="2024-01-03",
    ).events.itertuples()
    assert (e.action, e.place_name, e.fatalities) == ("explosive", "Kerman", 95)


def test_an_attacks_target_is_no_agent_of_what_follows():
    r = fl.parse(
        "Hamas launched a surprise attack on Israel from the Gaza Strip, firing thousands of "
        "rockets and infiltrating border communities.",
        published="2023-10-07",
    )
    assert set(r.events.actor) == {"Hamas"}


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # a count before a participle and its noun: whom it describes, no abduction
        ("Nigerian troops rescued 20 kidnapped students in Zamfara state on Thursday.", []),
        ("Bandits kidnapped 20 students in Zamfara state on Thursday.", ["abduction"]),
        # (a headline's count and participle is the event)
        ("20 kidnapped in Zamfara.", ["abduction"]),
    ],
)
def test_a_counted_participle_describes_those_it_counts(text, actions):
    assert fl.parse(text, published="2024-06-01").events.action.tolist() == actions


def test_the_dead_of_a_long_war_are_no_events():
    (e,) = fl.parse(
        "Soviet troops withdrew from Afghanistan in February 1989, after a decade-long war that "
        "killed about 15,000 Soviet soldiers.",
        published="2024-06-01",
    ).events.itertuples()
    assert (e.action, e.fatalities) == ("retreat", 0)
    # (a strike's own dead still count)
    (e,) = fl.parse(
        "A Russian strike that killed 12 people hit Kharkiv.", published="2024-06-01"
    ).events.itertuples()
    assert e.fatalities == 12


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # deaths told past a short sentence of no event of its own
        (
            "On 2 March 2024, Al Shabaab militants attacked SNA positions in Mahas (Hiraan). The "
            "attack was repelled. 4 militants killed.",
            [4],
        ),
        # ACLED's "Fatalities coded as"
        (
            "On 20 October 2024, M23 rebels and FARDC clashed in Kalembe (Walikale, Nord-Kivu). "
            "Fatalities coded as 10.",
            [10],
        ),
        # (not past a long sentence that goes elsewhere)
        (
            "Russian forces shelled Kherson on Monday. The city's mayor, who was visiting a "
            "hospital in the north of the region at the time, condemned it. Two people were "
            "killed.",
            [0],
        ),
    ],
)
def test_deaths_told_after_an_event(text, deaths):
    assert fl.parse(text, published="2024-06-01").events.fatalities.tolist() == deaths


def test_an_acronym_of_an_actor_named_before_is_that_actor():
    r = fl.parse(
        "On 4 July 2024, the Arakan Army clashed with Myanmar military forces in Buthidaung "
        "township (Rakhine). The AA captured the town.",
        published="2024-07-05",
    )
    assert r.events.actor.tolist() == ["Arakan Army", "Arakan Army"]
    # (an acronym before the name is not it, nor a country's)
    r = fl.parse("AA batteries fired at drones over Kyiv, the Arakan Army said.")
    assert "Arakan Army" not in set(r.events.actor.dropna())


def test_positions_in_the_direction_of_a_place_are_there():
    (e,) = fl.parse(
        "Armenian armed forces units fired on Azerbaijani positions in the direction of the "
        "Kalbajar district.",
        published="2024-06-01",
    ).events.itertuples()
    assert e.place_name == "Kəlbəcər"


def test_a_capture_both_sides_claim_is_no_capture_and_erases_no_fighting():
    ev = fl.parse(
        "Heavy clashes broke out between the Sudanese army and the RSF in Khartoum on April 15, "
        "2023, with both sides claiming control of the presidential palace.",
        published="2023-04-16",
    ).events
    assert list(zip(ev.action, ev.actor, ev.target_actor, strict=True)) == [
        ("clash", "Sudanese army", "RSF")
    ]
    # (a capture claimed by one side leaves the fighting told as fact)
    ev = fl.parse(
        "Heavy clashes broke out between the Sudanese army and the RSF in Khartoum, with the "
        "army claiming control of the palace.",
        published="2023-04-16",
    ).events
    assert list(zip(ev.action, ev.modality, strict=True)) == [
        ("clash", "asserted"),
        ("capture", "claimed"),
    ]


def test_an_action_after_a_dated_clause_is_in_the_week_from_its_date():
    (e,) = fl.parse(
        "The Free Syrian Army took control of Jarablus after Turkish tanks crossed the border on "
        "August 24, 2016.",
        published="2024-12-15",
    ).events.itertuples()
    assert (str(e.date_start.date()), str(e.date_end.date()), e.date_source) == (
        "2016-08-24",
        "2016-08-30",
        "text",
    )


@pytest.mark.parametrize(
    "text",
    [
        "On 3 August 2024, police officers shot and killed a suspected gang member in "
        "Port-au-Prince (Ouest).",
        "On 25 January 2024, unidentified gunmen shot dead a former FARC member in Tumaco (Narino).",
    ],
)
def test_one_member_killed_is_one_death(text):
    (e,) = fl.parse(text, published="2024-12-15").events.itertuples()
    assert e.fatalities == 1


def test_a_states_counterattacks_and_fire_are_its_own():
    ev = fl.parse(
        "Ukrainian forces recently regained positions in Kursk Oblast amid continued Russian "
        "counterattacks.",
        published="2024-11-06",
    ).events
    assert ev.actor.tolist() == ["Ukraine", "Russian military"]
    (e,) = fl.parse(
        "Two civilians were killed by Russian fire in Kherson.", published="2024-11-06"
    ).events.itertuples()
    assert e.actor == "Russian military"


_GTD_CSV = (
    "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,summary,"
    "attacktype1_txt,targtype1_txt,gname,nkill\n"
    '201701010001,2017,1,1,Iraq,Baghdad,Baghdad,33.303566,44.371773,"01/01/2017: A suicide '
    "bomber detonated an explosives-laden vest at a market in Sadr City, Baghdad, Iraq. At least "
    '36 people were killed and 52 others were injured in the blast.",Bombing/Explosion,'
    "Private Citizens & Property,Islamic State of Iraq and the Levant (ISIL),36\n"
    "201701020003,2017,1,2,Nigeria,Borno,Maiduguri,11.846907,13.157122,,Armed Assault,"
    "Military,Boko Haram,4\n"
    '201701030007,2017,1,3,Afghanistan,Helmand,Lashkar Gah,31.593819,64.371727,"01/03/2017: '
    "Assailants attacked a police checkpoint in Lashkar Gah, Helmand, Afghanistan. Three police "
    'officers were killed in the attack.",Armed Assault,Police,Taliban,3\n'
)


def test_the_global_terrorism_databases_records():
    ev = fl.parse(_GTD_CSV).events
    # one event a record: its date in parts, its group, its city before its province, its
    # attack type and its target type when its summary tells nothing; the summary's toll
    # sentence no second event, its "01/03/2017" the 3 January its fields say
    assert [
        (e.actor, e.event_type, e.place_name, e.fatalities, str(e.date_start.date()))
        for e in ev.itertuples()
    ] == [
        ("IS", "Suicide bomb", "Sadr City", 36, "2017-01-01"),
        ("Boko Haram", "Armed clash", "Maiduguri", 4, "2017-01-02"),
        ("Taliban", "Armed clash", "Lashkar Gāh", 3, "2017-01-03"),
    ]


def test_the_toll_after_a_records_event_is_its_own():
    ev = fl.parse(
        "Location: Djibo, Soum, Sahel, Burkina Faso\nDate: 3 March 2024\nNotes: JNIM militants "
        "attacked a VDP post. Three VDP members were killed in the attack.",
    ).events
    assert list(zip(ev.trigger, ev.fatalities, strict=True)) == [("attacked", 3)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a larger city right after a comma holds the district before it
        ("A suicide bomber blew himself up at a market in Sadr City, Baghdad.", ["Sadr City"]),
        # (a list of towns is a list)
        (
            "Russian missiles hit Sloviansk, Kramatorsk and Druzhkivka overnight.",
            ["Slovyansk", "Kramatorsk", "Druzhkivka"],
        ),
        ("Russian forces shelled Kramatorsk, Sloviansk on Monday.", ["Kramatorsk", "Slovyansk"]),
    ],
)
def test_a_district_and_its_city_are_one_place(text, places):
    assert fl.parse(text, published="2024-06-01").events.place_name.tolist() == places


def test_parse_many_reads_a_records_summary_with_its_fields(tmp_path):
    # (a summary column of an event record is its text, read with the record's other fields)
    (tmp_path / "gtd.csv").write_text(_GTD_CSV, encoding="utf-8")
    r = fl.parse_many([tmp_path / "gtd.csv"])
    assert r.errors == []
    assert r.events.actor.tolist() == ["IS", "Boko Haram", "Taliban"]
    assert [str(d.date()) for d in r.events.date_start] == [
        "2017-01-01",
        "2017-01-02",
        "2017-01-03",
    ]


_ICEWS_TSV = (
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
    "Intensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\t"
    "Publisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n"
    "926685\t2014-03-01\tMilitary (Ukraine)\tMilitary\tUkraine\tFight with small arms and light "
    "weapons\t190\t-10.0\tSeparatist (Ukraine)\tRebels\tUkraine\t28235806\t2\tThe Guardian\t"
    "Donetsk\t\tDonetsk Oblast\tUkraine\t48.023\t37.8022\n"
)
_SCAD_CSV = (
    "eventid,country,styr,stmon,stday,eyr,emon,eday,etype,actor1,target1,ndeath,issuenote\n"
    "5010001,Nigeria,2012,1,20,2012,1,21,Organized Violence,Boko Haram,Government,185,"
    '"Boko Haram militants launched coordinated attacks on police stations in Kano."\n'
)


def test_icews_and_scad_records():
    # ICEWS: its sources and targets by sector and country, its CAMEO code, its city
    (e,) = fl.parse(_ICEWS_TSV).events.itertuples()
    assert (e.actor, e.target_actor, e.event_type, e.place_name, str(e.date_start.date())) == (
        "Ukraine",
        "Ukrainian rebels",
        "Armed clash",
        "Donetsk",
        "2014-03-01",
    )
    # SCAD: its dates in parts, start and end, and its toll
    (e,) = fl.parse(_SCAD_CSV).events.itertuples()
    assert (e.actor, e.place_name, e.fatalities) == ("Boko Haram", "Kano", 185)
    assert (str(e.date_start.date()), str(e.date_end.date())) == ("2012-01-20", "2012-01-21")


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between security forces and protesters in Basra, southern Iraq, left two dead.",
        "Police clashed with protesters in Nairobi on Tuesday.",
    ],
)
def test_forces_clashing_with_protesters_make_a_violent_demonstration(text):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    # (the crowd is its actor, as ACLED codes it)
    assert (e.event_type, e.actor) == ("Violent demonstration", "Protesters")


def test_a_count_of_what_a_verb_tells_is_no_prior_count_of_the_dead():
    (e,) = fl.parse(
        "Several houses were torched and at least 20 villagers killed in an overnight attack on "
        "Kuru Karama in Plateau state.",
        published="2024-06-01",
    ).events.itertuples()
    assert e.fatalities == 20
    # (counts listed before their verb still add up)
    (e,) = fl.parse(
        "24 civilians, 24 fighters and 25 militiamen were killed in Afrin.", published="2024-06-01"
    ).events.itertuples()
    assert e.fatalities == 73


def test_an_agent_told_as_suspected_and_victims_of_an_agentless_clause():
    (e,) = fl.parse(
        "Five soldiers were killed and seven wounded in an ambush by suspected jihadists near "
        "Kaya, the army said.",
        published="2024-06-01",
    ).events.itertuples()
    assert e.actor == "Unidentified armed group"
    (e,) = fl.parse(
        "Seven police officers were killed when their vehicle was ambushed in Kirinyaga county.",
        published="2024-06-01",
    ).events.itertuples()
    assert (e.target_actor, e.event_type, e.fatalities) == ("Kenya police", "Armed clash", 7)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Government forces dropped chlorine bombs on the town of Douma on April 7, 2018.",
            "Chemical weapon",
        ),
        ("Syrian forces used sarin gas in Khan Sheikhoun, killing 89.", "Chemical weapon"),
        # (a bomb of no chemical is an air strike)
        ("Helicopters dropped barrel bombs on Daraya.", "Air/drone strike"),
    ],
)
def test_a_chemical_agent_dropped_or_used_is_a_chemical_weapon(text, etype):
    (e,) = fl.parse(text, published="2018-04-08").events.itertuples()
    assert e.event_type == etype


def test_an_attack_on_an_army_detachment_is_a_battle_and_laiza_a_town():
    (e,) = fl.parse(
        "BIFF gunmen attacked an army detachment in Maguindanao.", published="2024-06-01"
    ).events.itertuples()
    assert e.event_type == "Armed clash"
    (e,) = fl.parse(
        "The Tatmadaw launched air strikes on Kachin Independence Army positions near Laiza.",
        published="2024-06-01",
    ).events.itertuples()
    assert (e.actor, e.target_actor, e.place_name) == (
        "Myanmar military",
        "Kachin Independence Army",
        "Laiza",
    )


def test_a_town_held_by_a_country_is_named_by_its_own_name():
    (e,) = fl.parse(
        "Russian forces shelled the Ukrainian-controlled town of Orikhiv, about 50 km southeast "
        "of Zaporizhzhia city.",
        published="2024-06-01",
    ).events.itertuples()
    assert e.place == "Orikhiv"


def test_a_month_without_its_year_after_a_dated_one_is_the_next_such_month():
    ev = fl.parse(
        "Syrian government forces retook Palmyra from IS in March 2016, but lost it again in "
        "December.",
        published="2024-12-15",
    ).events
    assert [str(d.date()) for d in ev.date_start] == ["2016-03-01", "2016-12-01"]


def test_two_towns_the_gazetteer_lacks_are_drawn_at_their_country():
    (e,) = fl.parse(
        "Al-Shabaab attacked Somali army bases in Galcad and Cowsweyne, killing dozens of "
        "soldiers, before withdrawing.",
        published="2024-06-01",
    ).events.itertuples()
    assert (e.place, e.geo_precision, e.target_actor) == ("Galcad, Somalia", 6, "Somali army")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Armenia accused Azerbaijan of shelling the border town of Jermuk, killing 49 "
            "Armenian soldiers.",
            "Azerbaijani army",
            "Armenian army",
        ),
        ("Israel accused Hamas of firing rockets at Ashkelon.", "Hamas", None),
    ],
)
def test_the_accused_side_is_the_agent_and_the_event_a_claim(text, actor, target):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.actor, e.target_actor, e.modality) == (actor, target, "claimed")


def test_glide_bombs_used_in_an_attack_make_it_an_air_strike():
    (e,) = fl.parse(
        "Russian forces attacked Kharkiv with glide bombs on Friday.", published="2024-06-01"
    ).events.itertuples()
    assert (e.event_type, e.place) == ("Air/drone strike", "Kharkiv")


def test_a_garrison_that_surrendered_lost_the_place():
    (e,) = fl.parse(
        "On 7 May 1954, the French garrison at Dien Bien Phu surrendered to the Viet Minh.",
        published="2024-06-01",
    ).events.itertuples()
    assert (e.actor, e.target_actor, e.place_name) == (
        "Viet Minh",
        "France military",
        "Dien Bien Phu",
    )


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # where the troops were is where they withdrew from
        ("Russian troops in Kherson withdrew across the river.", ["Kherson"]),
        # a state that began something is no place ("the US began withdrawing")
        ("Since the US began withdrawing, the Taliban advanced.", []),
        # the resident near a town lost money, no ground
        (
            "In one case, a resident who lives near Bensenville lost an undisclosed amount of "
            "money.",
            [],
        ),
    ],
)
def test_forces_withdraw_from_where_they_were(text, places):
    assert fl.parse(text, published="2024-06-01").events.place_name.tolist() == places


def test_a_town_the_gazetteer_lacks_is_taken_not_the_town_a_road_leads_to():
    (e,) = fl.parse(
        "In North Kivu province, M23 rebels 7 Feb seized Shasha town, cutting key supply route "
        "to Goma.",
        published="2024-06-01",
    ).events.itertuples()
    assert (e.place, e.place_kind, str(e.date_start.date())) == (
        "Shasha town, Nord-Kivu",
        "admin1",
        "2024-02-07",
    )


def test_an_opening_participle_is_the_main_clauses_subjects():
    ev = fl.parse(
        "After capturing Aleppo, HTS fighters pushed south and took Hama on December 5.",
        published="2024-12-20",
    ).events
    assert ev.actor.tolist() == ["HTS", "HTS"]
    assert ev.target_actor.isna().all()
    assert ev.place_name.tolist() == ["Aleppo", "Ḩamāh"]


def test_forces_that_pressed_on_towards_a_town_advanced_on_it():
    ev = fl.parse(
        "Russian forces captured Vuhledar on Wednesday and pressed on towards Kurakhove.",
        published="2024-10-05",
    ).events
    assert ev.action.tolist() == ["capture", "advance"]
    assert ev.place_name.tolist() == ["Vuhledar", "Kurakhove"]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "Israeli strikes killed 20 people in Rafah and 12 in Khan Younis overnight.",
            {"Rafaḩ": 20, "Khān Yūnis": 12},
        ),
        (
            "Shelling killed two people in Kherson and three more in Nikopol.",
            {"Kherson": 2, "Nikopol": 3},
        ),
        # (a count of no deaths is no second place's toll)
        ("Russian forces shelled 5 villages in Kherson and 3 in Zaporizhzhia.", {"Kherson": 0}),
    ],
)
def test_a_toll_elided_before_a_second_place_is_that_places(text, tolls):
    ev = fl.parse(text, published="2024-06-01").events
    assert dict(zip(ev.place_name, ev.fatalities, strict=True)) == tolls


def test_a_state_attacking_positions_some_times_near_a_village_attacked_there():
    (e,) = fl.parse(
        "Russian troops attacked Ukrainian positions 14 times near the village of Myrnohrad, "
        "about 5 km east of Pokrovsk, the General Staff said.",
        published="2024-08-30",
    ).events.itertuples()
    assert (e.actor, e.target_actor, e.place_name) == ("Russian military", "Ukraine", "Myrnohrad")


def test_who_tells_an_event_between_commas_did_not_do_it():
    (e,) = fl.parse(
        "Ukraine launched more than 150 drones at Russian regions overnight, Moscow said, "
        "including a strike that set an oil depot ablaze in the Rostov region.",
        published="2024-08-30",
    ).events.itertuples()
    assert e.actor == "Ukraine"


def test_the_group_an_attack_is_claimed_by_made_it_and_the_attackers_are_that_group():
    ev = fl.parse(
        "Jihadist fighters killed dozens of soldiers in an attack on an army base in Djibo on "
        "Sunday. The assault, claimed by the Al-Qaeda-linked Group for the Support of Islam "
        "and Muslims (JNIM), began at dawn. The attackers also targeted several other "
        "positions in the area, including the town of Diapaga in the east.",
        published="2025-05-12",
    ).events
    assert ev.actor.tolist() == ["JNIM", "JNIM"]
    assert ev.place_name.tolist() == ["Djibo", "Diapaga"]


def test_weapons_that_hit_what_is_named_before_them_were_the_speakers():
    (e,) = fl.parse(
        "Hamas fighters said they had destroyed several tanks with anti-tank rockets in Jabalia.",
        published="2024-05-14",
    ).events.itertuples()
    assert (e.actor, e.target_actor, e.modality) == ("Hamas", "Israel", "claimed")


def test_suicide_car_bombs_detonated_are_one_suicide_bombing():
    (e,) = fl.parse(
        "Al-Shabaab militants detonated two suicide car bombs at the entrance of a base in "
        "Bariire, Lower Shabelle.",
        published="2024-05-14",
    ).events.itertuples()
    assert (e.actor, e.event_type) == ("al-Shabaab", "Suicide bomb")


def test_the_african_union_force_in_somalia():
    (e,) = fl.parse(
        "The African Union force said its troops had repulsed an attack on their base in "
        "Bariire, Lower Shabelle.",
        published="2024-05-14",
    ).events.itertuples()
    assert e.actor == "AMISOM"


def test_a_headline_told_again_by_its_toll_is_one_event():
    r = fl.parse(
        "Israeli strikes kill at least 40 in Gaza\n\nPublished On 14 May 2024\n\nAt least 40 "
        "Palestinians have been killed in Israeli attacks across the Gaza Strip over the past "
        "24 hours, the health ministry in Gaza said.\n"
    )
    assert str(r.published) == "2024-05-14"
    (e,) = r.events.itertuples()
    # (the dead of a passive are no armed side)
    assert (e.actor, e.event_type, e.fatalities) == ("Israel", "Attack", 40)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # a state's forces that attacked with no object attacked (ISW's words)
        ("Russian forces attacked near Vovchansk.", "Russian military", None),
        # a headline's bare participle is passive
        ("Russian soldiers ambushed near Bakhmut", None, "Russian military"),
    ],
)
def test_attacked_with_no_object_is_active_in_a_sentence_passive_in_a_headline(text, actor, target):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.actor, e.target_actor) == (actor, target)


def test_a_headline_is_not_retold_by_an_event_at_another_town():
    ev = fl.parse(
        "M23 rebels enter Goma as Congolese troops flee\n\nJan 27, 2025\n\nRwanda-backed M23 "
        "rebels marched into the centre of Goma on Monday. The rebels later advanced south "
        "towards Bukavu.\n"
    ).events
    assert sorted(zip(ev.action, ev.place_name, strict=True)) == [
        ("advance", "Bukavu"),
        ("advance", "Goma"),
        ("retreat", "Goma"),
    ]


def test_missiles_some_of_which_struck_a_city_are_the_firers():
    ev = fl.parse(
        "Iran responded by firing more than 100 ballistic missiles at Israel, some of which "
        "struck buildings in Tel Aviv, Israeli emergency services said.",
        published="2025-06-13",
    ).events
    assert ev.actor.tolist() == ["Iran military", "Iran military"]
    assert ev.event_type.tolist() == ["Shelling/artillery/missile attack"] * 2
    assert ev.place_name.tolist() == ["Israel", "Tel Aviv"]


def test_an_attack_told_by_its_day_is_not_the_clauses_subjects():
    ev = fl.parse(
        "India said it struck nine sites in Pakistan, in what it called a response to last "
        "month's deadly attack on Hindu tourists in Pahalgam.",
        published="2025-05-07",
    ).events
    assert ev.actor.iloc[0] == "India military" and ev.actor.isna().iloc[1]
    assert ev.place_name.tolist() == ["Pakistan", "Pahalgam"]


def test_a_cambodian_province_by_its_english_spelling():
    (e,) = fl.parse(
        "Cambodia's defence ministry accused Thailand of attacking its troops near the Ta Moan "
        "Thom temple in Oddar Meanchey province.",
        published="2025-07-24",
    ).events.itertuples()
    assert (e.actor, e.place_name, e.modality) == (
        "Thailand military",
        "Otdar Mean Chey",
        "claimed",
    )


def test_a_place_the_gazetteer_lacks_is_drawn_near_its_records_location(tmp_path):
    f = tmp_path / "events.csv"
    f.write_text(
        "date,location,description\n"
        '2024-03-05,"Tulkarm, West Bank","Israeli forces raided the Nur Shams camp, killing 3 '
        'Palestinian militants."\n',
        encoding="utf-8",
    )
    (e,) = fl.parse_many([f]).events.itertuples()
    assert (e.place, e.geo_precision, e.fatalities) == ("Nur Shams camp, Ţūlkarm", 2, 3)


def test_a_place_in_who_told_it_is_no_second_place_of_the_event():
    ev = fl.parse(
        "Three people were killed in Russian shelling of the town of Kupiansk, Kharkiv regional "
        "governor Oleh Syniehubov said.",
        published="2024-06-01",
    ).events
    assert ev.place_name.tolist() == ["Kupyansk"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The strategic town of Kidal came under the control of Malian troops and Wagner "
            "fighters in November 2023.",
            "Malian army",
        ),
        # (no one took what came under a regulator's control)
        ("The region came under the control of the central bank regulators.", None),
    ],
)
def test_a_town_that_came_under_an_armed_actors_control_was_taken(text, actor):
    ev = fl.parse(text, published="2024-06-01").events
    assert ev.actor.tolist() == ([actor] if actor else [])
    assert ev.target_actor.isna().all()


def test_who_was_hit_was_where_the_clause_about_them_puts_them():
    (e,) = fl.parse(
        "Israeli troops killed a Palestinian man who had attempted to stab soldiers at a "
        "checkpoint near Hebron, the army said.",
        published="2024-06-01",
    ).events.itertuples()
    assert (e.actor, e.place_name, e.fatalities) == ("Israel", "Hebron", 1)
    # (who they are is no place they were hit: the seed's commander "of ISIL forces in Fallujah")
    ev = fl.parse(
        "\"We've killed more than 70 enemy fighters, including Maher Al-Bilawi, who is the "
        'commander of ISIL forces in Fallujah," said US Col. Steve Warren.',
        published="2016-05-27",
    ).events
    assert ev.empty


@pytest.mark.parametrize(
    "text",
    [
        "An air strike on a migrant detention centre in Tajoura, east of Tripoli, killed at "
        "least 53 people.",
        "An air strike on Tajoura, 15 km east of Tripoli, killed at least 53 people.",
        "An air strike on a migrant detention centre in Tajoura killed at least 53 people.",
    ],
)
def test_a_strike_placed_by_a_direction_in_apposition_is_the_subject_of_its_toll(text):
    (e,) = fl.parse(text, published="2019-07-03").events.itertuples()
    assert (e.event_type, e.place_name, e.fatalities) == ("Air/drone strike", "Tājūrā’", 53)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Forces loyal to the internationally recognised government recaptured the port of "
            "Mocha from the Houthis.",
            "Yemeni government",
        ),
        ("Sirte was retaken by forces loyal to the UN-backed government.", "Libyan government"),
    ],
)
def test_a_government_told_by_who_recognises_it_is_the_countrys(text, actor):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.actor, e.event_type) == (actor, "Government regains territory")


def test_what_an_action_answered_is_not_its_actors_nor_at_its_place():
    ev = fl.parse(
        "Israel struck Beirut in retaliation for rocket attacks on Haifa.", published="2024-06-01"
    ).events
    assert ev.place_name.tolist() == ["Beirut", "Haifa"]
    assert ev.actor.iloc[0] == "Israel" and ev.actor.isna().iloc[1]
    ev = fl.parse(
        "US and British warplanes struck Houthi targets in Sanaa and Hodeidah early on Friday in "
        "response to attacks on shipping.",
        published="2024-01-13",
    ).events
    assert ev.trigger.tolist() == ["struck", "struck"]
    assert ev.place_name.tolist() == ["Sanaa", "Al Ḩudaydah"]


def test_a_convoy_ambushed_between_two_towns_is_not_at_the_division_that_holds_them():
    (e,) = fl.parse(
        "ISWAP fighters ambushed a military convoy between Monguno and Marte (Borno).",
        published="2021-06-06",
    ).events.itertuples()
    assert (e.actor, e.place, e.place_name) == ("ISWAP", "between Monguno and Marte", "Monguno")
    assert e.region_wkt.startswith("POLYGON")


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("A US drone strike killed Ayman al-Zawahiri in Kabul.", 1),
        ("The airstrike killed Hamas military chief Mohammed Deif in Khan Younis.", 1),
        # (no given name: the people of a place)
        ("Russian shelling killed Kherson residents on Monday.", 0),
    ],
)
def test_one_killed_by_name_is_one_death(text, deaths):
    (e,) = fl.parse(text, published="2024-08-01").events.itertuples()
    assert e.fatalities == deaths


def test_a_commander_known_as_a_name_is_a_person_and_the_raid_an_air_strike():
    r = fl.parse(
        "Colombian troops killed a FARC dissident commander known as Gentil Duarte in a bombing "
        "raid in Guaviare department.",
        published="2022-05-25",
    )
    assert r.mentions.country_code.tolist() == ["CO", "CO"]
    (e,) = r.events.itertuples()
    assert (e.actor, e.target_actor, e.event_type, e.fatalities) == (
        "Colombia military",
        "FARC dissidents",
        "Air/drone strike",
        1,
    )
    (e,) = fl.parse("A bombing raid on Raqqa killed 12 civilians.").events.itertuples()
    assert (e.event_type, e.fatalities) == ("Air/drone strike", 12)


def test_assault_groups_are_troops_not_an_assault():
    ev = fl.parse(
        "Russian assault groups entered the outskirts of Chasiv Yar.", published="2024-06-01"
    ).events
    assert ev.event_type.tolist() == ["advance"]
    assert ev.actor.tolist() == ["Russian military"]


def test_unknown_perpetrators_are_an_unidentified_armed_group_and_people_seized_no_ground():
    (e,) = fl.parse(
        "Unknown perpetrators abducted two aid workers from a compound in Kidal, Mali.",
        published="2017-03-22",
    ).events.itertuples()
    assert (e.actor, e.event_type) == (
        "Unidentified armed group",
        "Abduction/forced disappearance",
    )
    ev = fl.parse("Kidnappers seized 20 passengers on the highway near Katari.").events
    assert "Non-state actor overtakes territory" not in ev.event_type.tolist()


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        (
            "Gunmen stormed the residence of Haitian President Jovenel Moise in Port-au-Prince "
            "and killed him.",
            1,
        ),
        # (a possessive, then whom: one of a kin noun, no count of a plural)
        ("Gunmen killed her husband in Port-au-Prince.", 1),
        ("Gunmen killed their sons in Kaduna state.", 0),
    ],
)
def test_killed_him_or_her_husband_is_one_death(text, deaths):
    (e,) = fl.parse(text, published="2021-07-07").events.itertuples()
    assert e.fatalities == deaths


def test_its_forces_are_the_speakers_not_those_of_a_relative_clause_before():
    (e,) = fl.parse(
        "The RSF stormed the camp on Friday. The army, which has been fighting the RSF for two "
        "years, said its forces had repelled an attack on El Fasher.",
        published="2025-04-12",
    ).events.itertuples()
    assert (e.actor, e.actor_text, e.place_name) == ("Sudanese army", "its forces", "El Fasher")


def test_a_headline_retold_by_the_sides_other_name_at_the_same_town_is_one_event():
    ev = fl.parse(
        "Syrian rebels seize Hama after army withdraws\n\nSyrian rebels led by Hayat Tahrir "
        "al-Sham captured the central city of Hama on Thursday, the army said.",
        published="2024-12-05",
    ).events
    assert ev.event_type.tolist() == ["Non-state actor overtakes territory"]
    assert ev.actor.tolist() == ["HTS"]


def test_two_sides_named_with_their_adjectives_after_between():
    (e,) = fl.parse(
        "Fighting erupted between the Kurdish-led Syrian Democratic Forces and Turkish-backed "
        "factions near Tal Rifaat.",
        published="2024-12-05",
    ).events.itertuples()
    assert (e.actor, e.target_actor) == ("SDF", "Turkish-backed rebels")


def test_the_camp_is_the_place_named_with_that_noun():
    ev = fl.parse(
        "The RSF killed more than 100 people in an assault on the Zamzam displacement camp near "
        "El Fasher. The RSF stormed the camp from three directions on Friday.",
        published="2025-04-12",
    ).events
    assert ev.place_name.tolist() == ["Zamzam", "Zamzam"]
    assert ev.place.tolist()[1] == "the camp"


def test_a_part_of_a_town_the_gazetteer_lacks_is_drawn_at_the_town_its_sentence_named():
    ev = fl.parse(
        "Israeli tanks advanced into Rafah, while fighter jets struck houses in the Shaboura "
        "district.",
        published="2024-06-06",
    ).events
    assert ev.event_type.tolist() == ["advance", "Air/drone strike"]
    assert ev.place_name.tolist() == ["Rafaḩ", "Rafaḩ"]
    assert ev.geo_precision.iloc[1] >= 2
    # (not at the strikers' country when no town is named)
    assert fl.parse("Israeli jets struck houses in the Shaboura district.").events.empty


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "The junta's air force carried out strikes on positions held by the rebels near the "
            "town of Kawkareik.",
            "Myanmar military",
            "Unidentified armed group",
        ),
        ("Airstrikes on areas controlled by the RSF in Nyala killed 12.", None, "RSF"),
    ],
)
def test_who_holds_what_was_struck_is_its_target_not_the_striker(text, actor, target):
    (e,) = fl.parse(text, published="2024-04-11").events.itertuples()
    assert (e.actor, e.target_actor) == (actor, target)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Elements of the Russian 20th Motorized Rifle Division are reportedly attacking near "
            "Siversk.",
            "Russian military",
        ),
        ("Ukraine's 47th Mechanized Brigade repelled Russian assaults near Avdiivka.", "Ukraine"),
    ],
)
def test_a_countrys_numbered_unit_is_its_military_and_attacking_near_a_town_a_battle(text, actor):
    (e,) = fl.parse(text, published="2024-12-04").events.itertuples()
    assert (e.actor, e.event_type) == (actor, "Armed clash")


def test_deaths_told_before_the_passive_clause_of_their_cause_are_its_toll():
    (e,) = fl.parse(
        "Two Ukrainian soldiers were killed when their position near Chasiv Yar was hit by a "
        "Russian drone.",
        published="2024-06-01",
    ).events.itertuples()
    assert (e.actor, e.event_type, e.place_name, e.fatalities) == (
        "Russian military",
        "Air/drone strike",
        "Chasiv Yar",
        2,
    )


def test_a_place_a_town_is_near_in_apposition_is_no_second_place():
    ev = fl.parse(
        "JNIM militants attacked a military camp in Kati, near Bamako, killing one soldier.",
        published="2022-07-02",
    ).events
    assert ev.place_name.tolist() == ["Kati"]
    ev = fl.parse("Taleban fighters attacked a checkpoint in Ghazni city.").events
    assert ev.actor.tolist() == ["Taliban"]


def test_weapons_launched_after_a_comma_are_the_strikes_tools_and_a_combined_attack_a_strike():
    ev = fl.parse(
        "Russian forces conducted a series of missile and drone strikes against Ukraine "
        "overnight, launching 52 Shahed drones.",
        published="2024-12-03",
    ).events
    assert len(ev) == 1 and ev.actor.iloc[0] == "Russian military"
    (e,) = fl.parse(
        "Russian forces launched a massive combined attack against Ukraine overnight, targeting "
        "energy infrastructure in Lviv.",
        published="2024-12-03",
    ).events.itertuples()
    assert (e.event_type, e.place_name) == ("Shelling/artillery/missile attack", "Lviv")


def test_places_taken_on_dates_of_their_own_are_each_taken_on_its_date():
    ev = fl.parse(
        "M23 rebels captured Goma in January and Bukavu in February.", published="2025-03-01"
    ).events
    assert ev.place_name.tolist() == ["Goma", "Bukavu"]
    assert [str(d)[:7] for d in ev.date_start] == ["2025-01", "2025-02"]


def test_the_base_retaken_is_the_base_named_before_it():
    ev = fl.parse(
        "Al-Shabaab militants overran a military base in the town of Mahas in Hiiraan region on "
        "Monday. Government troops backed by clan militias later retook the base after a "
        "counterattack.",
        published="2025-03-03",
    ).events
    assert ev.event_type.tolist() == [
        "Non-state actor overtakes territory",
        "Government regains territory",
    ]
    assert ev.place_name.tolist() == ["Hiiraan", "Hiiraan"]


def test_ground_taken_in_a_headline_is_not_retold_by_an_advance_below_it():
    ev = fl.parse(
        "M23 rebels advance towards Uvira after taking Bukavu\n\nRwanda-backed M23 rebels pushed "
        "south from Bukavu on Wednesday, seizing the town of Kamanyola on the border with "
        "Burundi, residents said.",
        published="2025-02-20",
    ).events
    taken = ev[ev.event_type == "Non-state actor overtakes territory"]
    assert sorted(taken.place_name) == ["Bukavu", "Kamanyola"]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("A mob lynched a man accused of blasphemy in Swat district, police said.", 1),
        ("A man was beaten to death by a mob in Swat district.", 1),
        ("Militants hacked to death 12 villagers in Beni territory.", 12),
    ],
)
def test_those_lynched_or_hacked_to_death_are_dead(text, deaths):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert e.fatalities == deaths


def test_a_records_point_places_its_event_where_its_location_is_one_the_gazetteer_lacks(tmp_path):
    f = tmp_path / "acled.csv"
    f.write_text(
        "event_date,sub_event_type,actor1,admin1,location,latitude,longitude,notes,fatalities\n"
        "2023-09-10,Attack,OLA: Oromo Liberation Army,Oromia,Kiremu,9.9,36.9,"
        '"On 10 September 2023, OLA militants killed 4 civilians in Kiremu woreda (Horo Guduru '
        'Wellega, Oromia).",4\n'
        "2023-08-04,Armed clash,Fano Militia,Amhara,Bahir Dar,11.5936,37.3908,"
        '"On 4 August 2023, Fano militia clashed with ENDF in Bahir Dar city.",0\n',
        encoding="utf-8",
    )
    ev = fl.parse_many([f]).events.sort_values("date_start")
    assert ev.place.tolist() == ["Bahir Dar city", "Kiremu, Oromia"]
    assert [(round(p.x, 4), round(p.y, 4)) for p in ev.geometry] == [
        (37.3908, 11.5936),
        (36.9, 9.9),
    ]
    assert ev.geo_precision.tolist() == [1, 2]


def test_a_record_without_text_is_drawn_at_its_point_and_named_by_its_location(tmp_path):
    f = tmp_path / "ged.csv"
    f.write_text(
        "id,type_of_violence,side_a,side_b,where_description,adm_1,latitude,longitude,country,"
        "date_start,date_end,best\n"
        "503,2,Fulani,Dogon,Ogossagou village,Mopti region,14.21,-3.63,Mali,2021-03-23,"
        "2021-03-23,0\n",
        encoding="utf-8",
    )
    (e,) = fl.parse_many([f]).events.itertuples()
    assert (e.place, e.geo_precision) == ("Ogossagou village, Mopti region", 2)
    assert (e.geometry.x, e.geometry.y) == (-3.63, 14.21)


def test_a_suicide_bomber_who_detonated_a_device_is_one_suicide_bombing(tmp_path):
    f = tmp_path / "gtd.csv"
    f.write_text(
        "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,summary,gname,"
        "nkill\n"
        '201601120002,2016,1,12,Turkey,Istanbul,Istanbul,41.005,28.976,"01/12/2016: A suicide '
        "bomber detonated an explosive device near the Blue Mosque in Sultanahmet Square in "
        'Istanbul, Turkey.",Islamic State of Iraq and the Levant (ISIL),12\n'
        '201507010001,2015,7,1,Egypt,North Sinai,Sheikh Zuweid,31.2,34.1,"07/01/2015: '
        "Assailants attacked several military checkpoints in Sheikh Zuweid, North Sinai, Egypt."
        '",Sinai Province of the Islamic State,17\n',
        encoding="utf-8",
    )
    ev = fl.parse_many([f]).events.sort_values("date_start")
    assert ev.event_type.tolist() == ["Armed clash", "Suicide bomb"]
    assert ev.fatalities.tolist() == [17, 12]
    # (a town the gazetteer lacks, named once, at the record's point)
    assert ev.place.iloc[0] == "Sheikh Zuweid, North Sinai"
    assert (ev.geometry.iloc[0].x, ev.geometry.iloc[0].y, ev.geo_precision.iloc[0]) == (
        34.1,
        31.2,
        2,
    )


def test_a_headline_retold_below_a_by_line_and_a_dateline_is_one_event():
    ev = fl.parse(
        "Israeli strike kills 18 in central Gaza as troops push deeper into Rafah\n\n"
        "By Reporter Name\n\nGAZA, June 6, 2024 -\n\n"
        "An Israeli air strike on a UN school in Nuseirat refugee camp killed at least 18 people "
        "on Thursday, health officials said.\n\n"
        "The Israeli military said it had targeted Hamas militants inside the school.\n\n"
        "Israeli tanks advanced deeper into western Rafah, residents said."
    ).events
    assert ev.event_type.tolist() == ["Air/drone strike", "advance"]
    assert ev.trigger.tolist() == ["air strike", "advanced"]


def test_a_town_the_gazetteer_lacks_before_a_stretch_of_time_is_in_the_actors_country():
    (e,) = fl.parse(
        "Malian soldiers and Russian mercenaries killed about 500 people in Moura over five days "
        "in March 2022, the UN said.",
        published="2023-05-12",
    ).events.itertuples()
    assert (e.actor, e.place, e.fatalities) == ("Malian army", "Moura, Mali", 500)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian forces attacked in the Pokrovsk direction near Myrolyubivka, Lysivka, and "
            "Zhovte on December 3 and 4.",
            "Zhovte",
        ),
        ("Russian forces advanced in the Kupyansk direction near Petropavlivka.", "Petropavlivka"),
        # (a front alone is where)
        ("Russian forces advanced in the Kupyansk direction.", "Kupyansk"),
    ],
)
def test_places_near_which_a_front_saw_fighting_are_where_it_was(text, place):
    (e,) = fl.parse(text, published="2024-12-05").events.itertuples()
    assert e.place_name == place


def test_tribal_fighters_are_a_side():
    (e,) = fl.parse(
        "Fighting raged in Dayr az-Zawr province between the SDF and tribal fighters.",
        published="2023-08-30",
    ).events.itertuples()
    assert (e.actor, e.target_actor) == ("SDF", "Tribal militia")


def test_what_a_side_blames_is_its_claim():
    ev = fl.parse(
        "Russia denied that its forces had struck a children's hospital in Kyiv, blaming a "
        "Ukrainian air defence missile.",
        published="2024-07-08",
    ).events
    assert ev.modality.tolist() == ["denied", "claimed"]
    (e,) = fl.parse(
        "Police blamed Boko Haram for the bombing of a market in Maiduguri.", published="2024-06-01"
    ).events.itertuples()
    assert (e.actor, e.modality) == ("Boko Haram", "claimed")


def test_a_participle_right_after_an_actions_verb_describes_its_object():
    ev = fl.parse(
        "Ukrainian forces counterattacked in Kursk Oblast and regained lost positions near "
        "Plekhovo.",
        published="2024-11-24",
    ).events
    assert ev.event_type.tolist() == ["Armed clash", "Government regains territory"]


def test_a_protest_nothing_met_has_no_second_side():
    (e,) = fl.parse(
        "Thousands of people marched in Tbilisi on Sunday against the government's decision to "
        "suspend EU accession talks.",
        published="2024-12-02",
    ).events.itertuples()
    assert (e.actor, e.target_actor, e.event_type) == ("Protesters", None, "Peaceful protest")
    (e,) = fl.parse(
        "Police used water cannon and tear gas to disperse protesters outside parliament in "
        "Tbilisi.",
        published="2024-12-02",
    ).events.itertuples()
    assert (e.target_actor, e.event_type) == ("Georgia police", "Protest with intervention")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Tuareg rebels and Islamists took Kidal, Gao and Timbuktu in late March and early "
            "April 2012.",
            "2012-03-01",
            "2012-04-30",
        ),
        ("Rebels took Kidal in March-April 2012.", "2012-03-01", "2012-04-30"),
        # a day without its year before one given with it is in that year
        ("Rebels took Kidal and Gao on March 3 and April 5, 2012.", "2012-03-03", "2012-03-03"),
        ("Rebels took Kidal in late March 2012.", "2012-03-01", "2012-03-31"),
    ],
)
def test_months_and_days_joined_before_a_year_are_in_that_year(text, start, end):
    e = fl.parse(text, published="2020-01-01").events.iloc[0]
    assert (str(e.date_start.date()), str(e.date_end.date())) == (start, end)


def test_a_raid_after_a_withdrawal_with_its_length_is_its_own_event():
    ev = fl.parse(
        "Israeli forces withdrew from the Nuseirat camp after a two-day raid that freed four "
        "hostages and killed more than 270 Palestinians.",
        published="2024-06-09",
    ).events
    assert ev[["action", "fatalities"]].values.tolist() == [["retreat", 0], ["attack", 270]]


def test_a_withdrawal_gone_on_with_by_its_participle_is_one_withdrawal():
    ev = fl.parse(
        "Russian troops pulled out of Kherson city in November 2022, retreating to the eastern "
        "bank of the Dnipro.",
        published="2022-12-01",
    ).events
    assert ev[["action", "place_name"]].values.tolist() == [["retreat", "Kherson"]]
    # (another side's withdrawal after a comma is its own)
    ev = fl.parse(
        "Ukrainian forces withdrew from Avdiivka, and Russian troops withdrew from Krynky.",
        published="2024-06-01",
    ).events
    assert len(ev) == 2


@pytest.mark.parametrize(
    ("text", "deaths", "etype"),
    [
        ("Three police officers were shot dead in Quetta.", 3, "Armed clash"),
        ("Two police officers were shot dead at a checkpoint in Quetta.", 2, "Armed clash"),
        # who did it is no armed target: the victims told first are
        ("Five aid workers were killed by militants in Borno.", 5, "Attack"),
        ("Five villagers were executed by militants in Borno.", 5, "Attack"),
        ("Five soldiers were killed by militants in Borno.", 5, "Armed clash"),
    ],
)
def test_the_victims_of_a_passive_are_counted_and_typed_by_their_noun(text, deaths, etype):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.fatalities, e.event_type) == (deaths, etype)


def test_a_weapon_fired_from_somewhere_that_struck_a_town_is_one_strike():
    (e,) = fl.parse(
        "Rockets fired from Gaza struck the town of Sderot, wounding two people.",
        published="2024-06-01",
    ).events.itertuples()
    assert (e.event_type, e.place_name) == ("Shelling/artillery/missile attack", "Sderot")
    (e,) = fl.parse(
        "Missiles launched by the Houthis hit Eilat.", published="2024-06-01"
    ).events.itertuples()
    assert (e.actor, e.place_name) == ("Houthis", "Eilat")


def test_government_forces_where_no_place_is_known_are_those_of_the_groups_country():
    (e,) = fl.parse(
        "Government troops and allied militias drove al-Shabaab out of the town of Adan Yabaal "
        "in December 2022.",
        published="2023-01-01",
    ).events.itertuples()
    assert (e.actor, e.target_actor) == ("Somali army", "al-Shabaab")


def test_the_verb_after_backers_strikes_is_the_backed_forces():
    ev = fl.parse(
        "Somali forces backed by US air strikes killed at least 50 al-Shabaab militants in the "
        "Middle Shabelle region, the government said.",
        published="2024-06-01",
    ).events
    assert ev[["actor", "event_type", "fatalities"]].values.tolist() == [
        ["United States military", "Air/drone strike", 0],
        ["Somali army", "Armed clash", 50],
    ]


def test_partisans_of_a_country_are_its_irregular_fighters():
    (e,) = fl.parse(
        "Ukrainian partisans blew up a railway bridge near Melitopol.", published="2024-06-01"
    ).events.itertuples()
    assert e.actor == "Ukrainian rebels"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Gran Grif gang opened fire on residents in Saint-Marc.", "Gran Grif gang"),
        ("Sudan Liberation Army fighters attacked El Fasher.", "SLA"),
    ],
)
def test_groups_named_by_their_own_words(text, actor):
    e = fl.parse(text, published="2024-06-01").events.iloc[0]
    assert e.actor == actor
    # (a country's words and the noun are no name)
    ev = fl.parse("A Haitian gang opened fire on residents in Saint-Marc.").events
    assert "Haitian gang" not in ev.actor.tolist()


def test_the_other_side_fought_with_a_peoples_rebels_is_not_the_agents_partner():
    (e,) = fl.parse(
        "The Malian army and Wagner fighters clashed with Tuareg rebels near Tinzaouaten.",
        published="2024-07-30",
    ).events.itertuples()
    assert (e.actor, e.target_actor) == ("Malian army", "Unidentified armed group")


def test_an_attack_described_far_below_is_the_one_told_not_another():
    ev = fl.parse(
        "Gang members killed 20 people in Haiti on Thursday. Residents fled. Police arrived. "
        "Officials met. Aid was sent. The attack was one of the deadliest in the Caribbean "
        "nation in recent years.",
        published="2024-10-04",
    ).events
    assert ev[ev.action == "attack"].place_name.tolist() == ["Haiti"]


def test_a_town_the_gazetteer_lacks_before_its_month_is_in_the_actors_country():
    (e,) = fl.parse(
        "Malian troops and Russian mercenaries of the Wagner group executed about 500 people in "
        "Moura in March 2022, a UN report said.",
        published="2023-05-12",
    ).events.itertuples()
    assert (e.actor, e.place, e.fatalities) == ("Malian army", "Moura, Mali", 500)


@pytest.mark.parametrize(
    ("text", "actor", "target", "deaths", "etype"),
    [
        # as armies write killing, and as their side writes dying
        (
            "Troops of Operation Hadin Kai have neutralised 12 terrorists in Borno State.",
            "Nigerian army",
            "Unidentified armed group",
            12,
            "Armed clash",
        ),
        (
            "Two soldiers were martyred when terrorists opened fire on a check post in Khyber "
            "district.",
            "Unidentified armed group",
            "Pakistan military",
            2,
            "Armed clash",
        ),
        (
            "The IDF said it eliminated a Hamas commander in a strike in Gaza City.",
            "Israel",
            "Hamas",
            1,
            "Air/drone strike",
        ),
        (
            "RUF rebels overran Freetown in January 1999, killing thousands of civilians.",
            "RUF",
            None,
            1000,
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_killing_told_in_soldiers_words(text, actor, target, deaths, etype):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.actor, e.target_actor, e.fatalities, e.event_type) == (actor, target, deaths, etype)


@pytest.mark.parametrize(
    "text",
    [
        "The war in Sudan has killed more than 150,000 people since April 2023.",
        "The war has killed tens of thousands of people in Sudan.",
        "The conflict, which has killed 150,000 people in Sudan, began in April 2023.",
    ],
)
def test_a_wars_toll_is_no_event(text):
    assert fl.parse(text, published="2024-06-01").events.empty
    # (a siege's killing is one)
    ev = fl.parse("An Israeli siege killed 12 people in Jenin.", published="2024-06-01").events
    assert ev.fatalities.tolist() == [12]


def test_a_group_the_lexicon_lacks_is_named_by_its_acronym_before_its_fighters():
    (e,) = fl.parse(
        "Charles Taylor's NPFL fighters besieged Monrovia in 1990.", published="2024-06-01"
    ).events.itertuples()
    assert e.actor == "NPFL"


def test_deaths_after_a_participle_that_tells_who_was_fired_at_are_the_firings():
    ev = fl.parse(
        "Police in Nairobi fired live rounds at protesters storming parliament, killing at least "
        "five people.",
        published="2024-06-25",
    ).events
    assert ev[["event_type", "fatalities"]].values.tolist()[0] == [
        "Excessive force against protesters",
        5,
    ]


def test_what_a_protest_was_for_is_not_what_met_it():
    (e,) = fl.parse(
        "Students blocked roads in Dhaka demanding justice for classmates killed during the "
        "protests.",
        published="2024-08-01",
    ).events.itertuples()
    assert (e.event_type, e.target_actor) == ("Peaceful protest", None)


def test_a_live_blogs_sub_headings_are_told_again_by_their_entries():
    text = (
        "Russia-Ukraine war live: Russian strikes hit Kharkiv and Odesa\n\n"
        "Updated 14 Nov 2024\n\n"
        "14:05 GMT - Russian drone attack on Odesa kills two\n\n"
        "Two people were killed and 10 injured when Russian drones hit residential buildings in "
        "Odesa overnight, regional governor Oleh Kiper said.\n\n"
        "12:30 GMT - Ukraine says it repelled attacks near Kurakhove\n\n"
        "Ukraine's general staff said its forces had repelled 28 Russian assaults in the "
        "Kurakhove sector over the past day.\n\n"
        "11:10 GMT - Kharkiv hit by glide bombs\n\n"
        "Russian forces dropped three glide bombs on Kharkiv, injuring six people, Mayor Ihor "
        "Terekhov said.\n"
    )
    ev = fl.parse(text).events
    assert ev[["event_type", "place_name"]].values.tolist() == [
        ["Air/drone strike", "Odesa"],
        ["Armed clash", "Kurakhove"],
        ["Air/drone strike", "Kharkiv"],
    ]
    assert ev.fatalities.tolist() == [2, 0, 0]


def test_arrests_ahead_of_a_planned_protest_are_arrests_and_the_protest_a_crowds():
    ev = fl.parse(
        "Security forces arrested 35 opposition activists in Kampala ahead of a planned protest.",
        published="2024-06-01",
    ).events
    assert ev[["event_type", "actor", "modality"]].values.tolist() == [
        ["Arrests", "Uganda military", "asserted"],
        ["Peaceful protest", "Protesters", "expected"],
    ]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Gunmen attacked an aid convoy near Kidal.", "Attack"),
        ("Armed men attacked a WFP convoy on the road between Kosti and El Obeid.", "Attack"),
        ("Militants ambushed a military convoy near Kidal.", "Armed clash"),
    ],
)
def test_a_convoy_of_aid_is_no_armed_target(text, etype):
    e = fl.parse(text, published="2025-03-12").events.iloc[0]
    assert e.event_type == etype


@pytest.mark.parametrize(
    ("text", "place", "name", "inside"),
    [
        (
            "Jihadists killed 12 soldiers in northern Burkina Faso.",
            "northern Burkina Faso",
            "Burkina Faso",
            (-1.6, 14.1),  # Djibo
        ),
        (
            "Gunmen attacked a village in the north of Nigeria, killing 30 people.",
            "the north of Nigeria",
            "Nigeria",
            (7.4, 10.5),  # Kaduna
        ),
        (
            "Russian forces advanced in eastern Ukraine.",
            "eastern Ukraine",
            "Ukraine",
            (37.8, 48.0),  # Donetsk
        ),
        ("Clashes broke out in central Mali.", "central Mali", "Mali", (-3.0, 16.8)),  # Timbuktu
        # a division's part too (Manbij, not Afrin)
        (
            "Fighting raged in eastern Aleppo province.",
            "eastern Aleppo province",
            "Ḩalab",
            (37.95, 36.53),
        ),
    ],
)
def test_a_part_of_a_country_is_drawn_as_that_part(text, place, name, inside):
    from shapely import wkt
    from shapely.geometry import Point

    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.place, e.place_name) == (place, name) and e.geo_precision in (4, 5)
    region = wkt.loads(e.region_wkt)
    assert region.contains(Point(*inside)) and region.contains(e.geometry)
    # (and not the part across the country: Lviv, Ouagadougou's south, Afrin)
    away = [(24.0, 49.8), (-1.5, 11.2), (36.87, 36.51)]
    assert not any(region.contains(Point(x, y)) for x, y in away)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("in the summer of 2022", "2022-06-01", "2022-08-31"),
        ("in the autumn of 1943", "1943-09-01", "1943-11-30"),
        ("this past weekend", "2024-06-01", "2024-06-02"),
    ],
)
def test_seasons_of_a_year_and_the_past_weekend(text, start, end):
    from frontlines.dates import find_dates

    (d,) = find_dates(text, dt.date(2024, 6, 5))
    assert (str(d.date_start), str(d.date_end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("ADF rebels hacked 12 villagers to death in Beni territory overnight.", 12),
        ("Militants hacked at least 20 people to death in a village near Beni.", 20),
    ],
)
def test_victims_told_between_the_verb_and_to_death_are_dead(text, deaths):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.event_type, e.fatalities) == ("Attack", deaths)
    assert fl.parse("Hackers hacked 12 websites in Kyiv.").events.empty


def test_an_attribution_with_a_tail_names_who_told_it_not_who_was_hit():
    text = (
        "Polisario Front fighters fired rockets at the town of Mahbes in Western Sahara, the "
        "Moroccan army said, without reporting casualties."
    )
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.actor, e.target_actor) == ("Polisario Front", None)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # the things of those hit are no agent
        (
            "Thousands of pagers used by Hezbollah members exploded across Lebanon on "
            "September 17, 2024, killing at least 12 people.",
            None,
            "Hezbollah",
        ),
        # those who laid them are
        (
            "A car bomb planted by al-Shabaab exploded outside a hotel in Mogadishu, killing five.",
            "al-Shabaab",
            None,
        ),
        # and those who led the subject's forces
        ("Rebel forces led by Hayat Tahrir al-Sham entered Aleppo on Friday.", "HTS", None),
    ],
)
def test_whose_things_the_subject_names_were_hit(text, actor, target):
    (e,) = fl.parse(text, published="2024-11-30").events.itertuples()
    assert (e.actor, e.target_actor) == (actor, target)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a date compared with is no time of what is told
        (
            "Rebels entered Aleppo on November 29, 2024, the first time since 2016 that "
            "government forces lost control of the city.",
            "2024-11-29",
            "2024-11-29",
        ),
        ("It was the deadliest attack in the region since 2015.", None, None),
        # but a span from it is
        ("Fighting has raged in the region since 2016.", "2016-01-01", "2024-12-01"),
    ],
)
def test_a_comparison_since_a_date_is_no_time(text, start, end):
    from frontlines.dates import find_dates

    found = find_dates(text, dt.date(2024, 12, 1))
    assert [(str(d.date_start), str(d.date_end)) for d in found] == (
        [(start, end)] if start else []
    )


def test_a_date_across_a_coordinated_clause_dates_the_other_clause():
    text = (
        "Fighting has raged in the region since 2016, and rebels captured the town of Kalehe "
        "on Monday."
    )
    (e,) = fl.parse(text, published="2024-12-01").events.itertuples()
    assert (str(e.date_start.date()), e.place_name) == ("2024-11-25", "Kalehe")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Sudan's army failed to retake the Jebel Aulia dam south of Khartoum.", "denied"),
        ("If the rebels capture Kalehe, the road to Bukavu will be open.", "expected"),
        (
            "The government has not confirmed reports that M23 fighters seized the mining "
            "town of Rubaya.",
            "claimed",
        ),
        ("M23 fighters seized the mining town of Rubaya.", "asserted"),
    ],
)
def test_failures_conditions_and_unconfirmed_reports(text, modality):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert e.modality == modality


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Ukraine's military denied Russian claims that its forces had captured the village "
            "of Novomykhailivka near Kurakhove.",
            "Russian military",
        ),
        ("Kyiv rejected Moscow's claim that its troops had taken Vovchansk.", "Russian military"),
        ("Ukraine's military said its forces had repelled an attack near Kurakhove.", "Ukraine"),
    ],
)
def test_the_forces_of_a_countrys_claim_are_that_countrys(text, actor):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert e.actor == actor


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where the weapon went, not where it came from
        (
            "The Israeli army said it had intercepted a drone launched from Yemen over the "
            "Red Sea.",
            "Red Sea",
        ),
        ("Houthi rebels launched a drone from Yemen at Eilat on Friday.", "Eilat"),
    ],
)
def test_a_weapon_from_one_place_is_drawn_where_it_went(text, place):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert e.place_name == place


def test_what_befell_the_subject_next_is_where_it_acted():
    text = (
        "Pro-government militias briefly seized the town of Ras al-Ain before being pushed "
        "back by SDF fighters on Wednesday."
    )
    got = fl.parse(text, published="2024-06-01").events
    assert list(zip(got.actor, got.place_name, strict=True)) == [
        ("Pro-government militia", "Ra’s al ‘Ayn"),
        ("SDF", "Ra’s al ‘Ayn"),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the town named after "capital", not the capital the gazetteer knows now (Gitega)
        (
            "Two people were killed when a grenade was thrown into a bar in the Burundian "
            "capital, Bujumbura.",
            "Bujumbura",
        ),
        ("Fighting broke out in the Jonglei state capital Bor.", "Bor"),
        # and the capital when none is named
        ("Clashes erupted in the Libyan capital on Sunday.", "Tripoli"),
    ],
)
def test_a_capital_named_after_its_noun_is_that_town(text, place):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert e.place_name == place


def test_an_action_on_the_attack_told_before_is_where_and_when_that_was():
    text = (
        "The RSF stormed the Abu Shouk camp in El Fasher on Sunday, killing 40 people. Aid "
        "groups said shelters were burnt. The army said in a statement that its forces had "
        "repelled the attack and killed dozens of RSF fighters."
    )
    got = fl.parse(text, published="2024-06-01").events
    assert list(zip(got.actor, got.place_name, got.date_start.astype(str), strict=True)) == [
        ("RSF", "El Fasher", "2024-05-26"),
        ("Sudanese army", "El Fasher", "2024-05-26"),
    ]
    # (an attack placed anew is that one)
    text = "Militants attacked a base in Mali. Soldiers repelled the attack on Djibo on Monday."
    assert fl.parse(text, published="2024-06-01").events.place_name.iloc[-1] == "Djibo"


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        (
            "Ukrainian forces pressed deeper into Russia's Kursk region on Tuesday.",
            "advance",
            "Kurskaya oblast'",
        ),
        (
            "A Russian missile destroyed a school in Kharkiv.",
            "Shelling/artillery/missile attack",
            "Kharkiv",
        ),
        (
            "Ukrainian jets destroyed a bridge over the Seim river near Glushkovo.",
            "Air/drone strike",
            "Glushkovo",
        ),
    ],
)
def test_pressing_into_a_place_and_what_a_weapon_destroyed(text, etype, place):
    (e,) = fl.parse(text, published="2024-08-20").events.itertuples()
    assert (e.event_type, e.place_name) == (etype, place)
    assert fl.parse("The war destroyed much of Mariupol.").events.empty


def test_the_tool_of_a_participle_going_on_with_an_ambush_is_no_event_of_its_own():
    text = (
        "Hamas' armed wing said its fighters ambushed an Israeli force east of Jabalia, "
        "destroying a tank with an anti-tank rocket."
    )
    (e,) = fl.parse(text, published="2024-05-14").events.itertuples()
    # (an Israeli force: a unit of Israel's, so a battle)
    assert (e.actor, e.target_actor, e.event_type) == ("Hamas", "Israel", "Armed clash")


@pytest.mark.parametrize(
    ("text", "actor", "etype"),
    [
        (
            '"We have liberated the village of Pervomaiske," Russia\'s defence ministry said in '
            "a statement on Telegram.",
            "Russian military",
            "Non-state actor overtakes territory",
        ),
        (
            '"We shot down two Russian jets over Kursk," Ukraine\'s air force said.',
            "Ukraine",
            "Disrupted weapons use",
        ),
    ],
)
def test_a_quoted_side_telling_of_its_own_act_is_its_actor(text, actor, etype):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.actor, e.event_type, e.modality) == (actor, etype, "claimed")


@pytest.mark.parametrize(
    ("text", "etype", "deaths"),
    [
        ("Five terrorists were neutralised in Bannu district, the army said.", "Armed clash", 5),
        # (a bomb neutralised is defused)
        ("A bomb was neutralised by sappers in Kharkiv.", "Disrupted weapons use", 0),
        # (and a count of the dead and the wounded is no count of deaths)
        (
            "Ukraine said 1,200 Russian soldiers had been killed or wounded near Bakhmut.",
            "Armed clash",
            0,
        ),
    ],
)
def test_killing_told_in_the_passive_as_armies_tell_it(text, etype, deaths):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.event_type, e.fatalities) == (etype, deaths)


def test_what_befell_the_subject_next_was_done_to_it():
    text = (
        "A Palestinian gunman opened fire at a bus stop in Jerusalem, killing three Israelis "
        "before being shot dead by off-duty soldiers, police said."
    )
    got = fl.parse(text, published="2024-06-01").events
    assert list(got.target_actor)[-1] == "Unidentified armed group"
    assert set(got.place_name) == {"Jerusalem"}


@pytest.mark.parametrize(
    ("text", "actor", "target", "place"),
    [
        (
            "Russia's defence ministry said its forces had thwarted attempts by Ukrainian "
            "mobile groups to advance towards the village of Tetkino.",
            "Russian military",
            "Ukraine",
            "Tëtkino",
        ),
        (
            "Ukrainian forces foiled a Russian attempt to cross the Dnipro near Krynky.",
            "Ukraine",
            None,
            "Krynky",
        ),
    ],
)
def test_an_attempt_thwarted_is_the_battle_it_met(text, actor, target, place):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.actor, e.target_actor, e.event_type, e.place_name) == (
        actor,
        target,
        "Armed clash",
        place,
    )


@pytest.mark.parametrize(
    ("text", "actor", "target", "etype", "modality"),
    [
        (
            "Security forces conducted an intelligence based operation in Dera Ismail Khan "
            "District on reported presence of khwarij, killing 4 khwarij.",
            "Pakistan military",
            "Unidentified armed group",
            "Armed clash",
            "asserted",
        ),
        (
            "The Rapid Support Forces announced full control of the 22nd Infantry Division "
            "headquarters in Babanusa.",
            "RSF",
            None,
            "Non-state actor overtakes territory",
            "claimed",
        ),
        (
            "Hamas's armed wing said its fighters detonated an explosive device against an "
            "Israeli troop carrier in Rafah.",
            "Hamas",
            "Israel",
            "Remote explosive/landmine/IED",
            "claimed",
        ),
    ],
)
def test_what_the_sides_own_statements_say(text, actor, target, etype, modality):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert (e.actor, e.target_actor, e.event_type, e.modality) == (
        actor,
        target,
        etype,
        modality,
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("US forces conducted an airstrike near Jilib in Middle Juba.", "United States military"),
        ("US troops killed 10 militants in Yemen's Shabwa province.", "United States military"),
        # (in the coalition's theatre, its)
        ("A US officer said some 20 strikes hit Fallujah.", "US-led coalition"),
        ("US forces struck IS positions near Raqqa.", "US-led coalition"),
    ],
)
def test_us_forces_are_the_coalition_only_in_its_theatre(text, actor):
    (e,) = fl.parse(text, published="2024-06-01").events.itertuples()
    assert e.actor == actor


def test_an_article_with_no_publication_date_is_dated_by_its_title():
    text = (
        "Regional Overview: Africa, 22-28 June 2024\n\n"
        "In Burkina Faso, JNIM militants attacked an army detachment in Yagha province on 25 "
        "June, killing over 100 soldiers. Elsewhere, VDP volunteers clashed with JNIM near "
        "Djibo in Soum province."
    )
    report = fl.parse(text)
    assert report.published is None
    got = report.events
    spans = zip(got.date_start, got.date_end, strict=True)
    assert [(str(a.date()), str(b.date())) for a, b in spans] == [
        ("2024-06-25", "2024-06-25"),
        ("2024-06-22", "2024-06-28"),
    ]


def test_a_headline_over_analysis_tells_no_event():
    text = (
        "Explainer: Why the battle for El Fasher matters\n\n"
        "El Fasher is the last major city in Darfur still held by the army. On Friday, RSF "
        "fighters shelled Tawila, residents said."
    )
    got = fl.parse(text, published="2024-05-12").events
    assert list(got.trigger) == ["shelled"]
    # (a headline of news does)
    text = "Russian forces capture Avdiivka\n\nThe army said fighting continued in Bakhmut."
    assert "capture" in list(fl.parse(text, published="2024-02-18").events.trigger)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Fighting between the army and the RSF in Sennar state has displaced more than "
            "150,000 people, the UN said.",
            "Civilians",
            None,
        ),
        ("More than 10,000 people were displaced in Ituri province last week.", "Civilians", None),
        # (forces that move people out are named)
        ("Israeli forces displaced thousands of Palestinians from the Jenin camp.", "Israel", None),
    ],
)
def test_people_displaced_are_the_movements_actor(text, actor, target):
    got = fl.parse(text, published="2024-06-01").events
    (e,) = got[got.event_type == "Civilian movement"].itertuples()
    assert (e.actor, None if pd.isna(e.target_actor) else e.target_actor) == (actor, target)


@pytest.mark.parametrize(
    ("text", "actor", "target", "n"),
    [
        # (a noun opens what was said: the speaker is no agent)
        (
            "The Iraqi government said a drone attack targeted the Khor Mor gas field in "
            "Sulaymaniyah province.",
            None,
            None,
            1,
        ),
        # (shots across a border)
        (
            "Belarusian border guards said Polish troops had fired shots across the border "
            "near Brest.",
            "Poland military",
            None,
            1,
        ),
        # (an arrest over an attack told elsewhere is no attack by the police)
        (
            "Serbian police arrested three men over the attack on the monastery in Novi Sad.",
            None,
            None,
            1,
        ),
    ],
)
def test_speakers_causes_and_shots_across_a_border(text, actor, target, n):
    got = fl.parse(text, published="2024-06-01").events
    assert len(got) == n
    e = next(got.itertuples())
    if actor is not None:
        assert e.actor == actor
    assert (None if pd.isna(e.target_actor) else e.target_actor) == target
    if actor is None and e.event_type != "Arrests":
        assert pd.isna(e.actor)


def test_a_force_that_pulled_its_troops_back_withdrew():
    text = (
        "The Israeli military said it had completed its operation in the Nuseirat refugee camp "
        "and pulled its forces back."
    )
    (e,) = fl.parse(text, published="2024-07-10").events.itertuples()
    assert (e.actor, e.event_type, e.place_name) == ("Israel", "retreat", "An Nuşayrāt")


def test_a_headline_is_not_retold_by_what_was_only_tried_below():
    text = (
        "Russian forces capture Vuhledar\n\n"
        "KYIV, Oct 2 (Reuters) - Ukraine said on Wednesday it had ordered its troops to "
        "withdraw from the eastern town of Vuhledar, which Russian forces had been trying to "
        "capture for more than two years."
    )
    got = fl.parse(text).events
    got = got[got.event_type == "Non-state actor overtakes territory"]
    assert sorted(got.modality) == ["asserted", "expected"]
