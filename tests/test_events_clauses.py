"""Events: clauses that name who did it, where and when outside the action's own words —
absolute clauses, a speaker's second verb, judges of an act, causes of flight, narration."""

from __future__ import annotations

import datetime as dt

import pytest

import frontlines as fl
from frontlines.dates import find_dates, numeric_day_first


def _rows(text: str, published: str = "2025-11-15"):
    return list(fl.parse(text, published=published).events.itertuples())


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # (an article about no country of the coalition's theatre: the United States')
        (
            "The US military struck a vessel allegedly carrying drugs in the southern Caribbean, "
            "killing 11 people.",
            "United States military",
        ),
        # (a sentence naming none in an article about Syria: the coalition's)
        (
            "Raqqa has been under siege for months. On Monday US forces struck the city's "
            "outskirts.",
            "US-led coalition",
        ),
    ],
)
def test_a_theatre_alias_in_a_sentence_naming_no_country_reads_the_article(text, actor):
    got = _rows(text, "2017-06-01")
    assert got[-1].actor == actor


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations condemned the attack on a school in Kharkiv on Monday.",
        "Ukraine's foreign ministry denounced the shelling of Kherson on Sunday.",
    ],
)
def test_who_judged_an_act_did_not_do_it(text):
    (e,) = _rows(text)
    assert e.actor not in ("United Nations", "Ukraine", "Ukrainian military")


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        (
            "Thai and Cambodian troops clashed along the disputed border on Thursday, with "
            "Cambodia firing rockets into Thailand's Surin province.",
            "Cambodia military",
            "Surin",
        ),
        (
            "Fighting raged in Khartoum, with RSF fighters shelling the army headquarters.",
            "RSF",
            "Khartoum",
        ),
    ],
)
def test_an_absolute_clause_names_its_own_subject(text, actor, place):
    got = _rows(text)
    assert (got[-1].actor, got[-1].place_name) == (actor, place)
    assert got[-1].event_type == "Shelling/artillery/missile attack"


def test_a_fight_along_stretches_of_a_shared_border_is_on_that_border():
    text = (
        "Thai and Cambodian troops fought along several stretches of their disputed border on "
        "Friday."
    )
    (e,) = _rows(text)
    assert (e.event_type, e.place_relation) == ("Armed clash", "border")


def test_a_speakers_second_verb_claims_its_own_act():
    text = (
        "Pakistan's military said Indian missiles hit six locations, including a mosque in "
        "Bahawalpur, killing 26 civilians, and claimed to have shot down five Indian aircraft."
    )
    got = {e.trigger: (e.actor, e.target_actor) for e in _rows(text)}
    assert got["hit"][0] == "India military"
    assert got["shot down"] == ("Pakistan military", "India military")


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops have advanced to the outskirts of Huliaipole, according to DeepState, "
        "a monitoring group linked to Ukraine's military.",
        "Russian troops entered Pokrovsk from the south, Ukraine's military acknowledged on "
        "Thursday, as fighting moved into the centre of the city.",
    ],
)
def test_who_told_it_is_no_target_of_what_was_told(text):
    e = _rows(text)[0]
    assert (e.actor, e.target_actor) == ("Russian military", None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "An estimated 35,000 people have fled their homes in the past week as fighting "
            "spread around Bunia in Ituri province, OCHA said.",
            "Bunia",
        ),
        ("Hundreds of people were displaced after floods and fighting in Bor.", "Bor"),
    ],
)
def test_people_fled_where_the_clause_of_why_they_fled_is(text, place):
    got = [e for e in _rows(text) if e.event_type == "Civilian movement"]
    assert [(e.actor, e.place_name) for e in got] == [("Civilians", place)]
    # (the fighting they fled is no act of theirs)
    assert all(e.actor != "Civilians" for e in _rows(text) if e.event_type == "Armed clash")


@pytest.mark.parametrize(
    ("text", "movers"),
    [
        (
            "Fighting between the TDF and the Ethiopian army around Alamata has forced tens of "
            "thousands to flee south into the Amhara region.",
            ["Civilians"],
        ),
        # (one man's flight is no movement of people)
        (
            "Seleka rebels seized Bangui on March 24, 2013, forcing President Francois Bozize "
            "to flee.",
            [],
        ),
    ],
)
def test_people_forced_to_flee_are_civilians(text, movers):
    got = [e.actor for e in _rows(text) if e.event_type == "Civilian movement"]
    assert got == movers


def test_victory_declared_in_a_place_is_the_place_regained():
    text = (
        "Iraqi forces declared victory over Islamic State in Mosul on July 10, 2017, after a "
        "nine-month battle."
    )
    (e,) = _rows(text)
    assert (e.event_type, e.actor, e.target_actor, e.place_name) == (
        "Government regains territory",
        "Iraqi forces",
        "IS",
        "Mosul",
    )
    assert _rows("The prime minister declared victory in the war on Monday.") == []


def test_a_fights_toll_past_an_apposed_division_and_an_absolute_clause():
    text = (
        "Clashes between the ELN and FARC dissidents in Catatumbo, Norte de Santander "
        "department, killed at least 80 people in January and displaced over 50,000."
    )
    got = [(e.event_type, e.actor, e.fatalities) for e in _rows(text)]
    assert got == [("Armed clash", "ELN", 80), ("Civilian movement", "Civilians", 0)]
    text = (
        "Sinaloa Cartel factions fought gun battles in Culiacan for a third week, with at "
        "least 150 people killed."
    )
    assert [(e.trigger, e.fatalities) for e in _rows(text)] == [("fought", 150)]


def test_those_the_count_is_made_of_are_victims():
    text = (
        "Jihadists killed more than 100 people, mostly soldiers, in an attack on the town of "
        "Djibo in northern Burkina Faso on May 11."
    )
    (e,) = _rows(text)
    assert (e.actor, e.fatalities) == ("Unidentified armed group", 100)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Israel struck Syrian government forces in Sweida and hit the defence ministry "
            "headquarters in Damascus.",
            [("As-Suwayda", "Air/drone strike"), ("Damascus", "Air/drone strike")],
        ),
        # (but a toll after "and" is the strike's)
        ("Israeli jets bombed Gaza City on Monday and killed 12 people.", [("Gaza", None)]),
    ],
)
def test_a_second_strike_after_and_with_its_own_object(text, want):
    got = _rows(text)
    assert [e.place_name for e in got] == [p for p, _ in want]
    for e, (_, etype) in zip(got, want, strict=True):
        assert etype is None or e.event_type == etype
        assert e.actor == "Israel"


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces struck Odesa's port and the town of Izmail on the Danube.",
        "Russian forces struck Odesa's port and Izmail overnight.",
    ],
)
def test_a_places_thing_and_another_place_are_two_places(text):
    assert [e.place_name for e in _rows(text)] == ["Odesa", "Izmayil"]


def test_the_subject_of_the_first_verb_acts_again_after_and():
    (e,) = _rows(
        "Nigerian troops rescued 62 kidnapped people and killed several bandits in Zamfara state."
    )
    assert (e.actor, e.target_actor) == ("Nigerian army", "Unidentified armed group")


def test_the_object_of_the_verb_before_and_is_no_subject_of_the_next():
    got = _rows("A crowd attacked a police station in Dhaka and set it on fire.")
    assert [e.actor for e in got] == [None, None]
    assert got[0].target_actor == "Bangladesh police"


def test_a_town_before_its_region_is_where_the_ambush_was():
    text = (
        "In Mali, the army and Russian paramilitaries on 25 July suffered heavy losses near "
        "Tinzaouaten, Kidal region, as Tuareg rebels and jihadists ambushed their convoy."
    )
    (e,) = _rows(text)
    assert e.place_name == "Tinzaouaten"


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # (a story told in a year long past: its days without a year are that year's)
        (
            "Argentine forces seized Port Stanley on 2 April 1982. British troops retook the "
            "town on 14 June.",
            "2025-11-15",
            ["1982-04-02", "1982-06-14"],
        ),
        # (a new paragraph is this year's news again)
        (
            "Argentine forces seized Port Stanley on 2 April 1982.\n\nBritish troops shelled "
            "Stanley on 14 June.",
            "2025-11-15",
            ["1982-04-02", "2025-06-14"],
        ),
        # (the following March, that December: counted from the date told)
        (
            "Houthi rebels seized Sanaa on 21 September 2014 and pushed south towards Aden the "
            "following March.",
            "2025-11-15",
            ["2014-09-21", "2015-03-01"],
        ),
    ],
)
def test_days_without_a_year_in_a_story_of_another_year(text, published, dates):
    got = _rows(text, published)
    assert [str(e.date_start.date()) for e in got] == dates


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("took Aden the following year", ("2015-01-01", "2015-12-31")),
        ("took Aden that December", ("2014-12-01", "2014-12-31")),
        ("took Aden later that month", ("2014-09-21", "2014-09-30")),
        ("took Aden the ensuing month", ("2014-10-01", "2014-10-31")),
        # (never after publication)
        ("left the following year", None),
    ],
)
def test_times_counted_from_the_date_told(text, span):
    told = "on 3 November 2025" if span is None else "on 21 September 2014"
    got = find_dates(f"They seized Sanaa {told} and {text}.", dt.date(2025, 11, 15))
    if span is None:
        assert [d.text for d in got] == [told]
    else:
        assert (str(got[-1].date_start), str(got[-1].date_end)) == span
    # (counted from no date told: none)
    assert find_dates(f"They said {text}.", dt.date(2025, 11, 15)) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (the noun's place, not a person who began something)
        (
            "The siege of Mariupol began on 24 February and lasted until 20 May.",
            [("besieged", "Mariupol")],
        ),
        ("The battle for Bakhmut began in August 2022.", [("Armed clash", "Bakhmut")]),
        # (a force reaching a place advances; a delegation does not)
        (
            "By early March, Russian columns had reached Irpin and Bucha.",
            [("advance", "Irpin"), ("advance", "Bucha")],
        ),
        ("The delegation reached Geneva on Monday for talks.", []),
    ],
)
def test_a_battles_noun_and_a_forces_arrival(text, want):
    got = _rows(text, "2023-06-01")
    assert [(e.event_type, e.place_name) for e in got] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (a country after "by" is its state)
        ("Kherson was captured by Russia in March 2022.", [("captured", "Russian military")]),
        # (an apposition's participle tells what the place is: no second event)
        (
            "On 11 November 2022, Ukrainian troops entered Kherson, the only regional capital "
            "captured by Russia since the invasion began.",
            [("entered", "Ukraine")],
        ),
    ],
)
def test_who_acted_by_a_countrys_name_after_by(text, want):
    assert [(e.trigger, e.actor) for e in _rows(text)] == want


def test_the_tool_after_an_apposed_division_is_no_second_event():
    text = (
        "FARC rebels attacked a police station in Toribio, Cauca department, with homemade "
        "mortars, wounding 12 police officers."
    )
    (e,) = _rows(text)
    assert (e.actor, e.event_type) == ("FARC", "Shelling/artillery/missile attack")


def test_the_group_blamed_for_the_attack_told_before_made_it():
    text = (
        "Assailants attacked the village of Bentalha in Algiers province, Algeria, killing at "
        "least 200 civilians. The Armed Islamic Group (GIA) was blamed for the attack."
    )
    (e,) = _rows(text, "2020-01-01")
    assert (e.actor, e.fatalities) == ("GIA", 200)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Wehrmacht captured Kharkov in October 1941.", "Germany military"),
        ("ETA bombed a barracks in Zaragoza in 1987.", "ETA"),
    ],
)
def test_forces_of_older_wars_by_their_own_names(text, actor):
    (e,) = _rows(text)
    assert e.actor == actor


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Pro-Russian military bloggers said Russian troops had entered the outskirts of "
            "Kostiantynivka.",
            "claimed",
        ),
        # (a news agency's own report stays asserted)
        (
            "Russian troops entered the outskirts of Kostiantynivka, Reuters reported.",
            "asserted",
        ),
    ],
)
def test_one_sides_bloggers_claim(text, modality):
    (e,) = _rows(text)
    assert e.modality == modality


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # a subject after a few words of time opens a clause of its own: not who landed fought
        (
            "On 15 September 1950, US Marines landed at Inchon, and within two weeks UN forces "
            "had recaptured Seoul.",
            "landed",
            "UN peacekeepers",
        ),
        # the subject of the clause before is not who lost the place to the actor after it
        (
            "Allied troops landed in Normandy on 6 June 1944, and Cherbourg fell to American "
            "forces on 26 June.",
            "fell to",
            "Allied forces",
        ),
    ],
)
def test_a_coordinate_clause_with_a_subject_of_its_own_is_no_side_of_the_one_before(
    text, trigger, not_target
):
    (e,) = [e for e in _rows(text, "2025-01-01") if e.trigger == trigger]
    assert e.target_actor != not_target


def test_who_lost_a_place_named_right_before_it_lost_it():
    (e,) = _rows("The junta lost control of Lashio to the MNDAA in August.")
    assert (e.actor, e.target_actor) == ("MNDAA", "Myanmar military")


@pytest.mark.parametrize(
    ("text", "place", "fled_by"),
    [
        (
            "The Rapid Support Forces seized El Fasher on Sunday, and witnesses said fighters "
            "killed hundreds of civilians as they fled towards Tawila.",
            "Tawila",
            "Civilians",
        ),
        ("Gunmen killed 20 villagers as they fled to Kaduna.", "Kaduna", "Civilians"),
        # (those who acted fled: no crowd was named after them)
        ("Russian forces shelled the villages as they retreated from Kherson.", "Kherson", None),
    ],
)
def test_they_who_fled_after_people_were_killed_are_those_people(text, place, fled_by):
    rows = _rows(text)
    (fled,) = [e for e in rows if e.trigger in ("fled", "retreated")]
    assert fled.place_name == place
    if fled_by is None:
        assert fled.action == "retreat" and fled.actor == "Russian military"
    else:
        assert (fled.action, fled.actor) == ("civilian_movement", fled_by)
        assert fled.target_actor is None and fled.fatalities == 0


def test_a_killing_with_no_place_is_where_its_victims_were_going():
    rows = _rows("Gunmen killed 20 villagers as they fled to Kaduna.")
    (e,) = [e for e in rows if e.trigger == "killed"]
    assert (e.event_type, e.place_name, e.fatalities) == ("Attack", "Kaduna", 20)
    # (a clause of its cause is its own event, with the toll: no second attack)
    rows = _rows("Dozens of villagers were killed when gunmen attacked Owo on 5 June.")
    assert [e.trigger for e in rows] == ["attacked"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The siege of Khe Sanh began on 21 January 1968, when North Vietnamese artillery "
            "shelled the Marine base.",
            "Khe Sanh",
        ),
        (
            "Fighting erupted in Bakhmut when Russian artillery shelled the Ukrainian positions.",
            "Bakhmut",
        ),
    ],
)
def test_a_base_or_positions_shelled_in_a_clause_of_time_are_in_the_main_clauses_place(text, place):
    (e,) = [e for e in _rows(text, "2025-01-01") if e.trigger == "shelled"]
    assert e.place_name == place


def test_the_backers_of_a_speaker_are_not_the_they_who_acted():
    (e,) = _rows(
        "GOMA, Congo (AP) — M23 rebels backed by Rwanda said Sunday they had seized the "
        "eastern Congolese town of Walikale, pushing farther west than ever before."
    )
    assert e.actor == "M23"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # another record's date shows the order: month first
        (
            "09/21/2013: Assailants stormed a shopping mall in Nairobi, Kenya.\n\n"
            "12/03/2015: Assailants opened fire on a market in Bama, Borno state, Nigeria.",
            dt.date(2015, 12, 3),
        ),
        (
            "21/09/2013: Assailants stormed a shopping mall in Nairobi, Kenya.\n\n"
            "12/03/2015: Assailants opened fire on a market in Bama, Borno state, Nigeria.",
            dt.date(2015, 3, 12),
        ),
    ],
)
def test_dates_in_numbers_take_the_order_another_date_shows(text, start):
    rows = _rows(text, "2025-01-01")
    assert rows[-1].place_name == "Bama" and rows[-1].date_start.date() == start


def test_a_gunman_who_opened_fire_inside_a_place_attacked_it():
    (e,) = _rows(
        "06/12/2016: An assailant opened fire inside the Pulse nightclub in Orlando, Florida, "
        "United States. 49 people were killed, in addition to the assailant.",
        "2017-01-01",
    )
    assert (e.event_type, e.place_name, e.fatalities) == ("Attack", "Orlando", 49)


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("09/21/2013 and 12/03/2015", False),
        ("21/09/2013 and 12/03/2015", True),
        ("12/03/2015", None),
        ("21/09/2013 and 09/21/2013", None),  # (they disagree)
        ("a score of 21/13 on 12.03.2015", None),  # (no date)
    ],
)
def test_the_order_of_dates_in_numbers_is_what_one_of_them_shows(text, order):
    assert numeric_day_first(text) is order
    if order is not None:
        (d,) = find_dates("on 12/03/2015", None, day_first=order)
        assert d.date_start == (dt.date(2015, 3, 12) if order else dt.date(2015, 12, 3))


@pytest.mark.parametrize(
    "text",
    [
        "Congolese troops and M23 rebels clashed near Uvira on Sunday despite a peace deal "
        "signed in Washington.",
        # (a headline's comma for "and")
        "Congo army, M23 rebels clash near Uvira despite peace deal",
    ],
)
def test_what_happened_despite_an_agreement_is_no_agreement(text):
    (e,) = _rows(text)
    assert (e.event_type, e.actor, e.target_actor, e.place_name) == (
        "Armed clash",
        "FARDC",
        "M23",
        "Uvira",
    )


def test_an_agreement_signed_is_one():
    (e,) = _rows("Congo and Rwanda signed a peace deal in Washington on Thursday.")
    assert e.event_type == "Agreement"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a plural noun of places opens a list: not Kfar Kila in the larger Khiam next to it
        (
            "Israeli artillery shelled the villages of Kfar Kila and Khiam overnight.",
            ["Kfar Kila", "Khiam"],
        ),
        (
            "Israeli artillery shelled the villages of Kfar Kila, Khiam and Markaba overnight.",
            ["Kfar Kila", "Khiam"],
        ),
        # each place of a subject that was hit
        ("Kharkiv and Sumy came under Russian missile attack on Sunday.", ["Kharkiv", "Sumy"]),
        ("Kharkiv and Sumy were hit by Russian missiles on Sunday.", ["Kharkiv", "Sumy"]),
        # (a town and the city it lies in are one place)
        ("Fighting raged in Sadr City, Baghdad, on Sunday.", ["Sadr City"]),
        # a township read for its town among towns; a name read without its article
        (
            "The junta bombed villages in Mindat, Falam and Hakha.",
            ["Falam", "Hakha", "Mindat"],
        ),
        (
            "Houthi fighters shelled Taiz, Al-Dhale and Hays in southern Yemen.",
            ["Aḑ Ḑāli‘", "Taiz", "Ḩays"],
        ),
        # (a town and the district it lies in, named so, are one place)
        ("ADF rebels attacked Oicha, Beni territory, killing 12.", ["Hyosha"]),
    ],
)
def test_each_place_of_a_list_is_a_place_of_the_action(text, places):
    assert sorted(e.place_name for e in _rows(text)) == places


def test_two_killed_foiling_an_infiltration_bid_were_killed_in_a_clash():
    (e,) = _rows(
        "Security forces foiled an infiltration bid along the Line of Control in Kupwara's "
        "Machil sector, killing two intruders, the army said."
    )
    assert (e.event_type, e.place_name, e.fatalities) == ("Armed clash", "Kupwāra", 2)


def test_who_acted_in_the_clause_after_a_death_and_its_place_and_time_killed():
    (e,) = _rows(
        "Hundreds of Ukrainian soldiers were killed near Ilovaisk in August 2014 when Russian "
        "regular troops crossed the border and surrounded them."
    )
    assert (e.actor, e.target_actor, e.place_name) == ("Russian military", "Ukraine", "Ilovays’k")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("On 12 March, an airstrike reportedly hit a residential building in Idlib.", "claimed"),
        ("A drone strike allegedly hit a market in Kabkabiya, North Darfur.", "claimed"),
        ("A drone strike hit a market in Kabkabiya, North Darfur.", "asserted"),
    ],
)
def test_an_adverb_between_an_actions_noun_and_its_verb_tells_its_modality(text, modality):
    (e,) = _rows(text)
    assert e.modality == modality


def test_an_offensive_that_could_begin_is_expected():
    (e,) = _rows("The minister said the offensive could begin within weeks if talks in Doha fail.")
    assert e.modality == "expected"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Japanese aircraft attacked the US Pacific Fleet at Pearl Harbor on 7 December 1941.",
            "Pearl Harbor",
        ),
        ("Ukrainian drones struck Russia's Black Sea Fleet in Sevastopol.", "Sevastopol"),
        # (a country struck, on a day, in a wave: the country)
        ("Russian forces shelled Ukraine on Monday in a wave of attacks.", "Ukraine"),
    ],
)
def test_a_countrys_named_fleet_is_where_the_text_puts_it(text, place):
    (e,) = _rows(text)
    assert e.place_name == place


def test_who_surrendered_a_place_to_a_force_lost_it_to_them():
    (e,) = _rows("Argentine troops surrendered Port Stanley to British forces on 14 June 1982.")
    assert (e.action, e.actor, e.target_actor, e.place_name) == (
        "capture",
        "United Kingdom military",
        "Argentina military",
        "Stanley",
    )
    assert _rows("IS fighters surrendered in Baghuz on Saturday.") == []


def test_the_toll_of_a_strike_dated_with_an_abbreviated_month_is_the_strikes():
    (e,) = _rows(
        "The strike on Ternopil on Nov. 19 killed at least 33 people, including six children.",
        "2025-11-23",
    )
    assert (e.event_type, e.place_name, e.fatalities, str(e.date_start.date())) == (
        "Air/drone strike",
        "Ternopil",
        33,
        "2025-11-19",
    )


def test_two_forces_that_repelled_an_attack_together_are_one_side():
    (e,) = _rows(
        "Burkinabe soldiers and VDP auxiliaries repelled a jihadist attack on Djibo on Sunday, "
        "killing dozens of assailants."
    )
    assert (e.actor, e.target_actor) == ("Burkina Faso military", "Unidentified armed group")


def test_who_fought_those_killed_and_wounded_in_an_exchange_of_fire_killed_them():
    (e,) = _rows(
        "Two Indian soldiers were killed and three wounded in an exchange of fire with militants "
        "in the Rajouri district of Jammu and Kashmir, an army spokesman said."
    )
    assert (e.actor, e.target_actor, e.fatalities) == (
        "Unidentified armed group",
        "India military",
        2,
    )


def test_a_lake_across_borders_is_no_country_of_the_security_forces():
    (e,) = _rows(
        "Security forces raided a hideout of the Islamic State West Africa Province near Lake "
        "Chad, killing 15 insurgents, the Nigerian army said."
    )
    assert (e.actor, e.target_actor, e.fatalities) == ("Nigerian army", "ISWAP", 15)


def test_those_pushed_out_are_pushed_out_of_the_place_they_took():
    seized, second = _rows(
        "Fano militiamen briefly seized the town of Debre Tabor in Ethiopia's Amhara region "
        "before federal troops pushed them out, residents said."
    )
    assert (seized.action, seized.place_name) == ("capture", "Debre Tabor")
    assert (second.actor, second.action, second.place_name) == (
        "Ethiopian army",
        "retake",
        "Debre Tabor",
    )


def test_a_force_that_broke_through_lines_advanced_and_a_flood_did_not():
    (e,) = _rows(
        "Syrian tanks broke through Israeli lines on the Golan Heights on October 6, 1973. "
        "Floodwater broke through a levee near Sacramento."
    )
    assert (e.actor, e.action, e.place_name, str(e.date_start)[:10]) == (
        "Syrian government",
        "advance",
        "Golan Heights",
        "1973-10-06",
    )


def test_a_force_withdrawn_from_a_country_by_its_own_army_left_that_country():
    (e,) = _rows("The Soviet army withdrew its last troops from Afghanistan on 15 February 1989.")
    assert (e.actor, e.action, e.place_name) == ("Russian military", "retreat", "Afghanistan")
    # (people from a country are not where they were)
    (e,) = _rows("Two peacekeepers from Nepal were killed near Kidal.")
    assert e.place_name == "Kidal"


def test_a_named_army_leads_the_generic_force_joined_to_it():
    (e,) = _rows("Yugoslav army and Serb paramilitaries took Vukovar on 18 November 1991.")
    assert (e.actor, e.place_name) == ("Serbia and Montenegro military", "Vukovar")


def test_fire_from_a_sides_positions_is_that_sides():
    (e,) = _rows("Artillery shelling on Al-Fashir from RSF positions in the east.")
    assert (e.actor, e.place_name) == ("RSF", "El Fasher")
    (e,) = _rows("Shelling on Kherson from Russian positions on the left bank killed two.")
    assert (e.actor, e.target_actor, e.fatalities) == ("Russian military", None, 2)


def test_a_place_with_its_own_preposition_after_a_place_near_is_in_it():
    r = fl.parse("Russian forces advanced near Novopavlivka and in Kurakhove.")
    near, inside = r.events.itertuples()
    assert (near.place_name, near.place_relation) == ("Novopavlivka", "near")
    assert (inside.place_name, inside.place_relation) == ("Kurakhove", "in")
    assert r.events.region_wkt.isna().tolist() == [False, True]
    (town,) = r.mentions[r.mentions.text == "Kurakhove"].geometry
    assert inside.geometry.equals(town)


def test_a_vehicle_that_hit_a_mine_is_an_explosion_and_a_gold_mine_is_none():
    rows = _rows(
        "Two soldiers were wounded when their vehicle hit a mine near Kidal, the army said. "
        "Workers were trapped at a gold mine near Bukavu."
    )
    assert [(e.event_type, e.place_name) for e in rows] == [
        ("Remote explosive/landmine/IED", "Kidal")
    ]


def test_each_region_of_a_list_under_one_compass_word_is_whole():
    rows = _rows(
        "Russia launched drones at Ukraine overnight, targeting energy facilities in the western "
        "Lviv and Ternopil regions."
    )
    assert [(e.place_name, e.place_kind) for e in rows] == [
        ("Lvivska oblast", "admin1"),
        ("Ternopilska oblast", "admin1"),
    ]


def test_a_war_named_by_its_year_dates_what_happened_in_it():
    rows = _rows(
        "Hezbollah fighters fired about 4,000 rockets at northern Israel during the 2006 war, "
        "striking Haifa and Nahariya."
    )
    assert [(e.place_name, str(e.date_start)[:10]) for e in rows] == [
        ("Haifa", "2006-01-01"),
        ("Nahariyya", "2006-01-01"),
    ]


def test_a_district_drawn_around_its_seat_is_named():
    (e,) = _rows(
        "Taliban forces exchanged fire along the border near Spin Boldak on Wednesday, killing "
        "at least 15 civilians."
    )
    assert (e.place_name, e.place_relation) == ("Spīn Bōldak", "near")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (positions destroyed are an attack on those who held them)
        (
            "Units of the Syrian Arab Army destroyed terrorist positions in the countryside of "
            "Idlib, SANA reported.",
            [("Syrian government", "Armed clash", "Idlib")],
        ),
        ("The war destroyed the economy of Gaza.", []),
        # (projectiles fired are shelling)
        (
            "The terrorist Polisario militia fired projectiles near Smara, the Moroccan army said.",
            [("Polisario Front", "Shelling/artillery/missile attack", "Smara")],
        ),
        # (a ship sunk by a weapon; not by a storm)
        (
            "A Ukrainian naval drone sank the Russian patrol ship Sergei Kotov near Kerch.",
            [("Ukraine", "Air/drone strike", "Kerch")],
        ),
        ("The storm sank a ferry near Manila.", []),
        # (a country's rangers and armed formations are its forces)
        (
            "Thai rangers clashed with insurgents in Narathiwat province, killing two suspected "
            "militants.",
            [("Thailand military", "Armed clash", "Narathiwat")],
        ),
        (
            "Ukrainian armed formations shelled Horlivka nine times over the past day.",
            [("Ukraine", "Shelling/artillery/missile attack", "Horlivka")],
        ),
        # (a hub the gazetteer lacks is a place of the actor's country)
        (
            "Kachin Independence Army fighters captured the rare earth mining hub of Pangwa near "
            "the Chinese border.",
            [("Kachin Independence Army", "Non-state actor overtakes territory", "Myanmar")],
        ),
        # (a camp the gazetteer lacks, named before its noun)
        (
            "Malian troops took over the Ber military camp after the UN peacekeeping mission "
            "left on Sunday.",
            [("Malian army", "Government regains territory", "Mali")],
        ),
        # (a ship hijacked is taken with its crew)
        (
            "Houthi rebels hijacked the cargo ship Galaxy Leader in the Red Sea.",
            [("Houthis", "Abduction/forced disappearance", "Red Sea")],
        ),
        # (a war's span is no clash)
        (
            "A ceasefire between Israel and Hezbollah took effect on November 27, ending more "
            "than a year of fighting in Lebanon.",
            [],
        ),
        # (a coalition's forces by the word that leads them)
        (
            "US-led forces entered Baghdad on April 9, 2003.",
            [("US-led coalition", "advance", "Baghdad")],
        ),
    ],
)
def test_words_of_war_in_other_voices(text, want):
    assert [(e.actor, e.event_type, e.place_name) for e in _rows(text)] == want


def test_a_date_before_in_which_dates_the_clause():
    (e,) = _rows(
        "Human Rights Watch documented an attack on April 5 in which Sudanese Armed Forces "
        "aircraft dropped barrel bombs on a crowded market in Tora, North Darfur, killing at "
        "least 15 civilians."
    )
    assert (e.actor, str(e.date_start)[:10], e.fatalities) == ("Sudanese army", "2025-04-05", 15)


def test_the_dead_found_after_a_retreat_are_not_its_toll():
    (e,) = _rows(
        "Investigators exhumed a mass grave containing 440 bodies in Izium after Russian forces "
        "withdrew."
    )
    assert (e.action, e.place_name, e.fatalities) == ("retreat", "Izyum", 0)
    (e,) = _rows("Two people were killed after Russian missiles hit Kharkiv.")
    assert (e.place_name, e.fatalities) == ("Kharkiv", 2)


def test_a_killing_a_crowd_protests_did_not_meet_it():
    (e,) = _rows("Protesters marched in Goma, protesting the killing of a motorcycle taxi driver.")
    assert (e.event_type, e.place_name) == ("Peaceful protest", "Goma")
    (e,) = _rows(
        "On 1 November 2025, rioters stormed the municipality building in Goma and set it on "
        "fire, protesting the killing of a motorcycle taxi driver."
    )
    assert (e.actor, e.event_type) == ("Rioters", "Violent demonstration")


def test_the_city_after_a_doubtful_name_is_still_the_town_of_the_story():
    rows = _rows(
        "Sudan's RSF said on Sunday they had seized the army's headquarters in El Fasher. "
        "Residents reported heavy shelling and drone strikes on the Daraja Oula neighbourhood, "
        "where thousands of displaced people had sheltered. Doctors said RSF fighters had "
        "killed at least 1,500 people in the city in three days.",
        "2025-10-26",
    )
    assert [(e.action, e.place_name, e.fatalities) for e in rows] == [
        ("capture", "El Fasher", 0),
        ("shelling", "El Fasher", 0),
        ("attack", "El Fasher", 1500),
    ]


def test_what_was_not_done_is_no_event():
    assert (
        _rows("Russian troops sought to create a buffer zone rather than capturing Kharkiv.") == []
    )


def test_a_date_after_most_of_a_region_since_dates_the_clause_of_when():
    (e,) = _rows(
        "The RSF has controlled most of Darfur since late 2023, when it took Nyala.", "2025-10-26"
    )
    assert (e.place_name, str(e.date_start)[:10]) == ("Nyala", "2023-09-01")


def test_a_hijacking_and_the_hostages_it_took_are_one_abduction():
    (e,) = _rows(
        "Baloch Liberation Army militants hijacked the Jaffar Express passenger train in the "
        "Bolan Pass area of Balochistan on March 11, taking more than 400 passengers hostage."
    )
    assert (e.actor, e.event_type, e.place_name) == (
        "Baloch Liberation Army",
        "Abduction/forced disappearance",
        "Balochistan",
    )
    # (one with a place of its own is another)
    rows = _rows("Gunmen abducted 20 students in Kaduna, kidnapping 10 more in Zaria.")
    assert [e.place_name for e in rows] == ["Kaduna", "Zaria"]
    (e,) = _rows("Somali pirates hijacked a bulk carrier off the coast of Somalia on Tuesday.")
    assert e.actor == "Unidentified armed group"


def test_a_named_battle_frames_what_happened_in_it_and_begins_where_it_is_named():
    (e,) = _rows(
        "During the Battle of Mosul, Iraqi forces retook the eastern half of the city in "
        "January 2017."
    )
    assert (e.action, e.place_name, str(e.date_start)[:10]) == ("retake", "Mosul", "2017-01-01")
    (e,) = _rows("The battle for Tripoli began on April 4, 2019.")
    assert (e.event_type, e.place_name, str(e.date_start)[:10]) == (
        "Armed clash",
        "Tripoli",
        "2019-04-04",
    )
    (e,) = _rows(
        "The Battle of Khartoum began on 15 April 2023 when the RSF attacked army positions "
        "across the capital."
    )
    assert (e.actor, e.place_name, str(e.date_start)[:10]) == ("RSF", "Khartoum", "2023-04-15")


def test_they_are_the_main_clauses_subject_and_the_capital_is_the_storys():
    rows = _rows(
        "The rebels had entered Aleppo, as government troops withdrew with little resistance. "
        "On 5 December, they captured Hama, and pressed south towards Homs. President Bashar "
        "al-Assad fled to Moscow on 8 December, and rebels entered the capital without a fight."
    )
    got = [(e.action, e.actor, e.place_name) for e in rows if e.action != "civilian_movement"]
    assert got == [
        ("advance", "Unidentified armed group", "Aleppo"),
        ("retreat", "Syrian government", "Aleppo"),
        ("capture", "Unidentified armed group", "Ḩamāh"),
        ("advance", "Unidentified armed group", "Homs"),
        ("advance", "Unidentified armed group", "Damascus"),
    ]


def test_the_subject_of_a_wire_storys_first_sentence_goes_on_past_its_clauses():
    rows = _rows(
        "GOMA, Democratic Republic of Congo, Feb 17, 2025 (Reuters) - Rwanda-backed M23 rebels "
        "seized the town of Kamanyola on Monday, a day after taking Bukavu, and were advancing "
        "south toward Uvira, local officials said.",
        "2025-02-17",
    )
    assert [(e.action, e.actor, e.place_name) for e in rows] == [
        ("capture", "M23", "Kamanyola"),
        ("capture", "M23", "Bukavu"),
        ("advance", "M23", "Uvira"),
    ]


def test_a_country_is_the_subject_past_its_relative_clause():
    (e,) = _rows(
        "Burundi, which has about 10,000 troops in eastern Congo, began withdrawing some of its "
        "soldiers, two security sources said."
    )
    assert (e.actor, e.action) == ("Burundi military", "retreat")


def test_a_port_city_named_after_including_and_a_kind_of_operation_in_quotes():
    rows = _rows(
        "Hezbollah fired more than 180 rockets into northern Israel, including at the port city "
        'of Haifa. The military said it had begun "limited, localized and targeted" operations.'
    )
    assert [(e.actor, e.place_name) for e in rows] == [("Hezbollah", "Haifa")]


def test_a_second_object_with_a_place_of_its_own_is_struck_there_too():
    rows = _rows(
        "On the morning of 13 June, Israel struck nuclear sites in Natanz and military "
        "commanders in Tehran."
    )
    assert [e.place_name for e in rows] == ["Naţanz", "Tehran"]
    # (not a verb of its own: that is its own event, or none)
    rows = _rows("Russia shelled Kherson and destroyed a school in Mykolaiv.")
    assert [e.place_name for e in rows] == ["Kherson"]


def test_what_a_place_was_taken_from_and_how_are_no_second_event():
    rows = _rows(
        "Iraqi troops retook the Fao peninsula from Iran in April 1988 in a 35-hour offensive."
    )
    assert [(e.action, e.place_name, e.target_actor, str(e.date_start.date())) for e in rows] == [
        ("retake", "Al Fāw", "Iran military", "1988-04-01")
    ]
    # (a country after "from" is whom it was taken from, never where: the peninsula is one the
    # gazetteer lacks)
    rows = _rows("Ukrainian troops retook the Kinburn peninsula from Russia.")
    assert [e.place_name for e in rows if e.action == "retake"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted 287 pupils from a school in Kuriga, in Kaduna state, in March, the "
        "largest mass kidnapping in Nigeria since 2021.",
        "A missile struck a hospital in Kyiv, the deadliest attack on the capital since 2022.",
    ],
)
def test_an_action_ranked_among_others_is_told_once(text):
    assert len(_rows(text)) == 1


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Russian troops withdrew from Bucha at the end of March, leaving bodies behind.", "03"),
        ("Russian troops withdrew from Bucha at the start of April.", "04"),
    ],
)
def test_the_end_or_the_start_of_a_month_dates_it(text, when):
    (e,) = _rows(text, published="2022-05-20")
    assert (str(e.date_start.date()), str(e.date_end.date())[:7]) == (
        f"2022-{when}-01",
        f"2022-{when}",
    )


def test_gains_are_an_armed_forces_advance():
    (e,) = _rows(
        "Russian forces have made marginal gains in Vovchansk, northeast of Kharkiv City, ISW said."
    )
    assert (e.action, e.place_name) == ("advance", "Vovchansk")
    assert _rows("The party made significant gains in Kyiv in the local elections.") == []


def test_fire_exchanged_on_a_disputed_border_is_on_it_and_a_broken_siege_is_none():
    (e,) = _rows(
        "Thai soldiers and Cambodian troops exchanged fire near the Ta Moan Thom temple on the "
        "disputed border, killing one Cambodian soldier."
    )
    assert (e.action, e.place_relation, e.actor, e.target_actor) == (
        "clash",
        "border",
        "Thailand military",
        "Cambodia military",
    )
    assert (
        _rows(
            "KHARTOUM (Reuters) - Sudan's army said on Friday it had broken the paramilitary "
            "Rapid Support Forces' siege of El Obeid, the capital of North Kordofan state."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # (a country in the perfect with an irregular participle acts)
        (
            "Azerbaijan has retaken swathes of territory in the south, including the town of "
            "Hadrut, since the fighting began.",
            "Azerbaijani army",
        ),
        ("Russia has also withdrawn its troops from Kherson.", "Russian military"),
        # (extremists are an armed group, unnamed)
        (
            "Islamic extremists killed at least 33 soldiers in an attack on a military post in "
            "eastern Burkina Faso.",
            "Unidentified armed group",
        ),
    ],
)
def test_who_acts_in_the_perfect_and_extremists(text, actor):
    (e,) = _rows(text)
    assert e.actor == actor


def test_the_place_of_the_next_action_of_a_clause_is_this_ones_too():
    # (one attack, whose burning is part of it: not a looting that killed four)
    rows = _rows("Gunmen killed four civilians and burned houses in Beni.")
    assert [(e.action, e.place_name, e.fatalities) for e in rows] == [("attack", "Beni", 4)]
    # (each its own, when each names one)
    rows = _rows("Russian forces shelled Kharkiv and struck Odesa.")
    assert [e.place_name for e in rows] == ["Kharkiv", "Odesa"]
    # (ground crossed is no place of what is taken next)
    rows = _rows(
        "North Korean forces crossed the 38th parallel on 25 June 1950 and captured Seoul "
        "three days later."
    )
    assert [(e.action, e.place_name) for e in rows] == [("capture", "Seoul")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # (a headline's verb after the craft)
        ("Pakistani jets strike Afghan border province of Paktika", "Paktīkā"),
        ("Russian drones strike Kyiv overnight", "Kyiv"),
        # (a country's noun read with its name: the town after "of")
        ("Rebels seize Myanmar town of Lashio in major blow to junta", "Lashio"),
        # (not a district's of its state, which holds it)
        (
            "Security forces killed 29 Maoists in an encounter in the Kanker district of "
            "Chhattisgarh.",
            "Uttar Bastar Kanker",
        ),
    ],
)
def test_headlines_of_strikes_and_seizures(text, place):
    (e,) = _rows(text)
    assert e.place_name == place
