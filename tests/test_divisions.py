"""Second-level divisions (counties, districts, raions) and the divisions an article names."""

from __future__ import annotations

import frontlines as fl
from frontlines.gazetteer import get_gazetteer


def _one(text: str, name: str):
    m = fl.parse(text).mentions
    rows = m[m.text == name]
    assert len(rows) == 1, m[["text", "name"]]
    return rows.iloc[0]


def test_counties_and_districts_are_in_the_gazetteer():
    p = fl.geocode("Suffolk County")
    assert (p.kind, p.country_code, p.feature_code) == ("admin2", "US", "ADM2")
    p = fl.geocode("Tel Afar District")
    assert (p.kind, p.country_code) == ("admin2", "IQ")
    assert abs(p.lat - 36.37) < 0.3 and abs(p.lon - 42.45) < 0.3
    # the bare word is the town or the English county, never a US county by its short form
    found = get_gazetteer().candidates("Suffolk")
    assert found and not [p for p in found if p.name == "Suffolk County"]
    assert "GB" in {p.country_code for p in found if p.feature_code == "ADM2"}


def test_a_county_in_an_article_is_the_county_near_its_places():
    row = _one("Suffolk County police said the crash happened in Brentwood.", "Suffolk County")
    assert (row.feature_code, row.country_code, row.admin1) == ("ADM2", "US", "NY")


def test_a_county_that_starts_a_longer_name_is_still_the_county():
    # not the island of Guernsey: the division word belongs to the name
    row = _one("The Guernsey County Fair opened on Monday.", "Guernsey County")
    assert (row.feature_code, row.country_code) == ("ADM2", "US")


def test_a_named_state_picks_among_places_of_one_name():
    row = _one("The fair in Cedar County drew farmers from across Nebraska.", "Cedar County")
    assert (row.country_code, row.admin1) == ("US", "NE")
    # but never turns a country into a town of that name inside the state
    row = _one("Officials in Texas said China had bought the farm.", "China")
    assert row.country_code == "CN"


def test_saint_abbreviations_are_part_of_the_name():
    m = fl.parse(
        "Suzanne Kvernplassen, 55, of St. Louis was charged. Troops left St. Petersburg."
    ).mentions
    found = dict(zip(m.text, m.country_code, strict=True))
    assert found.get("St. Louis") == "US" and found.get("St. Petersburg") == "RU", found


def test_a_populous_division_comes_before_towns_and_small_divisions_of_its_name():
    p = fl.geocode("Florida")  # not the town in Cuba nor the department of Uruguay
    assert (p.country_code, p.feature_code) == ("US", "ADM1")
    assert p.population > 1_000_000  # people in its towns: a lower bound
    p = fl.geocode("Orange County")
    assert (p.country_code, p.admin1) == ("US", "CA")


def test_a_country_named_like_a_us_state_follows_the_article():
    m = fl.parse(
        "Two Northeast Georgia counties, Barrow County and Jackson County, grew fastest; "
        "Oconee County and Athens followed."
    ).mentions
    found = dict(zip(m.text, m.country_code, strict=True))
    assert found["Georgia"] == "US" and "Northeast" not in found, found
    m = fl.parse("Russian troops entered Georgia and shelled Gori and Tskhinvali.").mentions
    assert dict(zip(m.text, m.country_code, strict=True))["Georgia"] == "GE"
    m = fl.parse("Officials in Mexico City and Chihuahua said Mexico will respond.").mentions
    assert dict(zip(m.text, m.feature_code, strict=True))["Mexico"] == "PCLI"


def test_a_district_is_called_by_its_name_without_the_division_word():
    """ "North Waziristan" is how reports name North Wazīristān District; no town has that
    name, so the short form is kept (unlike "Suffolk")."""
    row = _one(
        "Pakistani security forces killed six militants in North Waziristan.", "North Waziristan"
    )
    assert (row.feature_code, row.country_code) == ("ADM2", "PK")


def _codes(text: str) -> dict[str, tuple[str, str, str]]:
    m = fl.parse(text).mentions
    return {
        t: (cc, fc, a1)
        for t, cc, fc, a1 in zip(m.text, m.country_code, m.feature_code, m.admin1, strict=True)
    }


def test_names_sharing_a_plural_division_word_are_divisions():
    found = _codes("Fighting in the Donetsk and Luhansk regions continued.")
    assert found["Donetsk"][:2] == found["Luhansk"][:2] == ("UA", "ADM1"), found
    found = _codes("Russian strikes hit the Kharkiv, Sumy and Dnipropetrovsk regions overnight.")
    assert {v[1] for k, v in found.items() if k != "Russian"} == {"ADM1"}, found
    # a people's word, said as the place it is
    found = _codes("Tigrayan forces withdrew from the Amhara and Afar regions in December.")
    assert found["Amhara"][:2] == found["Afar"][:2] == ("ET", "ADM1"), found


def test_counties_listed_together_are_counties_of_the_state_named():
    """GeoNames calls them "Harvey County": each bare name is looked up with the word."""
    found = _codes("Power was out in Harvey, Harper and Kingman counties in Kansas.")
    for name in ("Harvey", "Harper", "Kingman"):
        assert found[name] == ("US", "ADM2", "KS"), (name, found)
    found = _codes("In Nebraska, Douglas, Sarpy and Lancaster counties grew fastest.")
    for name in ("Douglas", "Sarpy", "Lancaster"):
        assert found[name] == ("US", "ADM2", "NE"), (name, found)


def test_a_shared_division_word_adds_readings_and_removes_none():
    # South Africa's North West is called so without "Province" (Cameroon's has it)
    found = _codes("Mines in the North West and Limpopo provinces closed.")
    assert found["North West"][:2] == found["Limpopo"][:2] == ("ZA", "ADM1"), found


def test_no_division_word_is_shared_where_a_name_has_its_own_or_none_is_coordinated():
    found = _codes(
        "Firefighters from the Cambridge, Pleasant City and Lore City departments searched "
        "the river near Cambridge, Ohio."
    )
    assert found["Cambridge"] == ("US", "PPL", "OH"), found
    found = _codes("The unemployment rate for the four metro Athens counties rose, Georgia said.")
    assert found["Athens"][1] != "ADM2", found
