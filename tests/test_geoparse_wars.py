"""Recognition and resolution in sentences of other wars (not the seeds)."""

from __future__ import annotations

import pytest

import frontlines as fl

CASES = [
    (
        "Douma, controlled by the Jaish al-Islam rebel group, the last patch of eastern Ghouta "
        "still held by insurgents.",
        {"Douma": ("SY", "city"), "Ghouta": ("SY", "region")},
    ),
    (
        "Hayat Tahrir al-Sham fighters attacked Saraqeb, and Jabhat al-Nusra withdrew from "
        "Maarat al-Numan.",
        {"Saraqeb": ("SY", "city"), "Maarat al-Numan": ("SY", "city")},
    ),
    (
        "Shelling hit Kherson and Zaporizhzhia overnight, and Russian forces advanced near "
        "Avdiivka and Pokrovsk in Donetsk oblast.",
        {
            "Kherson": ("UA", "city"),
            "Zaporizhzhia": ("UA", "city"),
            "Avdiivka": ("UA", "city"),
            "Pokrovsk": ("UA", "city"),
            "Donetsk oblast": ("UA", "admin1"),
        },
    ),
    (
        "RSF fighters attacked El Fasher in North Darfur, while the army shelled Omdurman.",
        {"El Fasher": ("SD", "city"), "North Darfur": ("SD", "admin1"), "Omdurman": ("SD", "city")},
    ),
    (
        "Israeli strikes hit Khan Younis, Deir al-Balah and the Nuseirat camp in central Gaza.",
        {
            "Khan Younis": ("PS", "city"),
            "Deir al-Balah": ("PS", "city"),
            "Nuseirat": ("PS", "city"),
        },
    ),
    (
        "Houthi forces fired missiles at ships in the Bab el-Mandeb and the Gulf of Aden.",
        {"Bab el-Mandeb": ("", "sea"), "Gulf of Aden": ("", "sea")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_places_of_other_wars(text, expected):
    m = fl.parse(text).mentions
    found = {r.text: (r.country_code, r.kind) for r in m.itertuples()}
    for name, want in expected.items():
        assert found.get(name) == want, (name, found)


@pytest.mark.parametrize(
    "group",
    [
        "Jaish al-Islam",
        "Jabhat al-Nusra",
        "Hayat Tahrir al-Sham",
        "Liwa al-Quds",
        "Ansar al-Sharia",
    ],
)
def test_arabic_group_names_are_not_places(group):
    m = fl.parse(f"Fighters of {group} said on Monday they would keep fighting.").mentions
    assert not any(group.split()[0] in t for t in m.text), m.text.tolist()


def test_a_country_that_speaks_does_not_pull_places_into_it():
    """ "Russia said ...": the government speaking, not where things are; Donetsk next to
    Avdiivka is the Ukrainian city, not the Russian town of that name."""
    m = fl.parse(
        "Russia said its forces had taken full control of Avdiivka, a town north of Donetsk city."
    ).mentions
    found = {r.text: (r.name, r.country_code) for r in m.itertuples()}
    assert found["Donetsk city"] == ("Donetsk", "UA")
    assert m[m.text == "Russia"].metonymic.all()


def test_a_far_loose_spelling_is_not_placed_across_the_world():
    """Sieverne (a village near Avdiivka) is not in the gazetteer; its loose spelling matches
    Severn, Maryland. Far from every other place of the article and outside its countries, it
    is left out rather than drawn in the United States."""
    m = fl.parse(
        "Russian forces advanced 2 km west of Avdiivka last week and captured the villages of "
        "Stepove and Sieverne."
    ).mentions
    assert "Sieverne" not in set(m.text)
    assert {"Avdiivka", "Stepove"} <= set(m.text)


def test_names_with_and_are_one_place_and_two_places_stay_two():
    m = fl.parse("Troops from Bosnia and Herzegovina and Trinidad and Tobago arrived.").mentions
    assert m.country_code.tolist() == ["BA", "TT"]
    m = fl.parse("Airstrikes hit Raqqa and Tabqa.").mentions
    assert m.text.tolist() == ["Raqqa", "Tabqa"]


@pytest.mark.parametrize(
    ("text", "want", "not_places"),
    [
        (
            "Iraqi Prime Minister Haider al-Abadi declared victory in Mosul on Monday.",
            {"Iraqi", "Mosul"},
            {"al-Abadi", "Abadi"},
        ),
        ("The Governor of Aleppo Province spoke on Monday.", {"Aleppo Province"}, set()),
        (
            "Iran launched drones and missiles at Israel overnight.",
            {"Iran", "Israel"},
            {"at Israel"},
        ),
        ("Fighting near as-Sukhnah and al Mayadin continued.", {"as-Sukhnah", "al Mayadin"}, set()),
    ],
)
def test_people_after_titles_and_english_words_before_names(text, want, not_places):
    found = set(fl.parse(text).mentions.text)
    assert want <= found and not (not_places & found), found


def test_a_town_that_speaks_is_a_person_and_a_capital_its_government():
    m = fl.parse(
        "Shelling hit Raqqa on Monday, Welch said. Tensions rose, said Lincoln. "
        "Ankara has denied the allegations."
    ).mentions
    found = dict(zip(m.text, m.metonymic, strict=True))
    assert "Welch" not in found and "Lincoln" not in found
    assert not found["Raqqa"]
    assert found["Ankara"]


def test_a_sea_or_region_does_not_lose_to_a_town_of_its_name_near_the_others():
    # Middle East is also a place in Maryland, a few km from Baltimore
    m = fl.parse("Troops from Baltimore and Annapolis deployed to the Middle East.").mentions
    row = m[m.text == "Middle East"].iloc[0]
    assert row.feature_code == "RGN", m[["text", "name", "country_code"]]
    m = fl.parse("Forecasters in New York said wind shear across the tropical Atlantic grew.")
    assert "OCN" in set(m.mentions.feature_code)
