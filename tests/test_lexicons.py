"""Lexicons are data a user extends: merged from FRONTLINES_LEXICONS, checked on load."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import frontlines as fl
from frontlines._resources import data_path, load_lexicon
from frontlines._text import words_pattern


def test_every_packaged_lexicon_loads_without_bare_booleans():
    names = sorted(p.stem for p in data_path("lexicons").glob("*.yaml"))
    assert {"actors", "actions", "claims", "map", "toponyms", "gazetteer"} <= set(names)
    for name in names:
        assert load_lexicon(name)


def test_a_user_lexicon_extends_the_packaged_one(tmp_path, monkeypatch):
    (tmp_path / "toponyms.yaml").write_text("org_leads: [katibat]\n", encoding="utf-8")
    monkeypatch.setenv("FRONTLINES_LEXICONS", str(tmp_path))
    leads = load_lexicon("toponyms")["org_leads"]
    assert "katibat" in leads and "jaish" in leads


def test_a_bare_yaml_boolean_in_a_user_word_list_is_a_named_error(tmp_path, monkeypatch):
    (tmp_path / "actions.yaml").write_text("place_prepositions: [on, off]\n", encoding="utf-8")
    monkeypatch.setenv("FRONTLINES_LEXICONS", str(tmp_path))
    with pytest.raises(ValueError, match=r"actions\.yaml.*place_prepositions.*quote"):
        load_lexicon("actions")


def test_map_colours_come_from_the_lexicon(tmp_path, monkeypatch):
    (tmp_path / "map.yaml").write_text("contested: '#123456'\n", encoding="utf-8")
    monkeypatch.setenv("FRONTLINES_LEXICONS", str(tmp_path))
    from frontlines.mapping import stable_html

    rep = fl.parse("Fierce fighting raged inside Raqqa on Monday.", published="2017-06-12")
    assert "#123456" in stable_html(rep.map(zones=False))  # the contested holder's colour


def _plain_alternation(words: list[str]) -> str:
    ws = sorted({w for w in words if w.strip()}, key=lambda w: len(" ".join(w.split())))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in reversed(ws)) or "(?!)"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text("ab A.-", min_size=1, max_size=6), min_size=1, max_size=8),
    st.text("ab A.-\n", max_size=40),
)
def test_a_word_list_pattern_matches_what_trying_each_word_longest_first_matches(words, text):
    # (the merged prefix tree is only faster: "Army" beside "army" under (?i) included)
    for flags in (0, re.IGNORECASE):
        for wrap in ("(?:{})", r"(?<![\w-])(?:{})s?(?![\w])"):
            want = [
                m.span() for m in re.finditer(wrap.format(_plain_alternation(words)), text, flags)
            ]
            got = [m.span() for m in re.finditer(wrap.format(words_pattern(words)), text, flags)]
            assert got == want


def test_a_word_list_pattern_takes_the_longest_phrase_and_any_space_inside_it():
    rx = re.compile(words_pattern(["arm", "armed", "armed  forces", "Army"]), re.IGNORECASE)
    assert [m.group() for m in rx.finditer("the ARMED\nforces, an army, armed men")] == [
        "ARMED\nforces",
        "army",
        "armed",
    ]
    assert re.fullmatch(words_pattern([]), "") is None
    exact = re.compile(words_pattern(["Ana", "Santa Ana"], any_space=False))
    assert [m.group() for m in exact.finditer("Santa  Ana, Santa Ana")] == ["Ana", "Santa Ana"]


def test_tuning_the_scoring_weights_keeps_the_gazetteer_index(tmp_path, monkeypatch):
    from frontlines.gazetteer import _source_digest

    before = _source_digest()
    (tmp_path / "gazetteer.yaml").write_text("weights: {demonym_hint: 0.3}\n", encoding="utf-8")
    monkeypatch.setenv("FRONTLINES_LEXICONS", str(tmp_path))
    assert load_lexicon("gazetteer")["weights"]["demonym_hint"] == 0.3
    assert _source_digest() == before  # (read at lookup time: no rebuild)
    other = tmp_path / "other"
    other.mkdir()
    (other / "gazetteer.yaml").write_text("qualifiers: {admin: [arrondissement]}\n", "utf-8")
    monkeypatch.setenv("FRONTLINES_LEXICONS", str(other))
    assert _source_digest() != before  # (names are keyed without it: the index changes)
