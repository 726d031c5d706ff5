"""Lexicons are data a user extends: merged from FRONTLINES_LEXICONS, checked on load."""

from __future__ import annotations

import pytest

import frontlines as fl
from frontlines._resources import data_path, load_lexicon


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
