"""The seeds' HTML map in a real browser: Debian's Chromium, headless, with the network off.

The map is written by the README's main command (``frontlines map seeds/ -o ...``), opened from
disk in an offline browser context, and driven through the page itself: the layer control, the
time slider's <input type=range>, the markers Leaflet placed. A screenshot per date goes to
``artifacts/`` (or ``$FRONTLINES_ARTIFACTS``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import frontlines as fl
from frontlines.cli import main as cli_main
from frontlines.mapping import LAYERS

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("FRONTLINES_ARTIFACTS", ROOT / "artifacts"))
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TILE_HOSTS = ("tile.openstreetmap.org",)


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    chromium = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - declared in the test extras
        chromium = None
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium and the playwright package")
        pytest.skip("no Chromium here (Debian package chromium)")
    out = tmp_path_factory.mktemp("browser") / "map.html"
    assert cli_main(["map", str(ROOT / "seeds"), "-o", str(out), "--no-progress"]) == 0
    log = {"errors": [], "console": [], "requests": [], "failed": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        context = browser.new_context(offline=True, viewport={"width": 1280, "height": 860})
        pg = context.new_page()
        pg.on("pageerror", lambda e: log["errors"].append(str(e)))
        pg.on("console", lambda m: log["console"].append(m.text) if m.type == "error" else None)
        pg.on("request", lambda r: log["requests"].append(r.url))
        pg.on("requestfailed", lambda r: log["failed"].append(r.url))
        pg.goto(out.as_uri())
        pg.wait_for_function("window.frontlinesMaps && window.frontlinesMaps.length === 1")
        pg.wait_for_timeout(300)
        yield pg, log
        browser.close()


def _host(url: str) -> str:
    return url.split("/")[2] if "://" in url and not url.startswith("file:") else ""


def _set_slider(pg, date: str) -> None:
    """Move the slider as a user does: set the range input's value and fire its input event."""
    dates = pg.evaluate("frontlinesMaps[0].dates")
    i = max(k for k, d in enumerate(dates) if d <= date)
    pg.eval_on_selector(
        ".fl-slider",
        "(el, i) => { el.value = String(i); el.dispatchEvent(new Event('input')); }",
        i,
    )


def test_no_javascript_errors_and_nothing_fetched_but_tiles(page):
    pg, log = page
    assert log["errors"] == []
    # every request that left the page was a map tile (the network is off, so each failed)
    remote = [u for u in log["requests"] if _host(u)]
    assert all(_host(u) in TILE_HOSTS for u in remote), remote
    assert all(_host(u) in TILE_HOSTS for u in log["failed"])
    net = [c for c in log["console"] if "Failed to load resource" in c]
    assert len(net) <= len(log["failed"])
    assert [c for c in log["console"] if c not in net] == []
    # Leaflet itself came inline: the page defines L without any script fetched
    assert pg.evaluate("typeof L !== 'undefined' && L.version") == "1.9.3"


def test_layers_are_in_the_layer_control_and_drawn(page):
    pg, _ = page
    labels = pg.eval_on_selector_all(
        ".leaflet-control-layers-overlays label", "els => els.map(e => e.textContent.trim())"
    )
    for title, _show in LAYERS.values():
        assert title in labels
    assert "Countries (Natural Earth)" in labels
    counts = {k: pg.evaluate(f"frontlinesMaps[0].visible({k!r})") for k in LAYERS}
    for key in ("places", "claims", "events", "advances", "control"):
        assert counts[key] > 0, counts
    assert pg.locator(".fl-symbol").count() > 10  # event shapes in the DOM
    assert pg.locator(".fl-legend").is_visible()


@pytest.mark.parametrize("name", ["Azaz", "Raqqa"])
def test_markers_on_the_map_near_the_places(page, name):
    from frontlines._geodesy import GEOD

    pg, _ = page
    place = fl.geocode(name, country="SY")
    shown = pg.evaluate("frontlinesMaps[0].shown('places')")
    near = [s for s in shown if GEOD.inv(place.lon, place.lat, s["lon"], s["lat"])[2] < 10_000]
    assert near, f"no marker within 10 km of {name}"
    # and Leaflet put it inside the visible map
    inside = pg.evaluate(
        "([lat, lon]) => { const m = frontlinesMaps[0].map; "
        "const p = m.latLngToContainerPoint([lat, lon]); const s = m.getSize(); "
        "return p.x >= 0 && p.y >= 0 && p.x <= s.x && p.y <= s.y; }",
        [near[0]["lat"], near[0]["lon"]],
    )
    assert inside


def test_moving_the_slider_from_2016_to_2017_changes_what_is_shown(page):
    pg, _ = page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    _set_slider(pg, "2016-12-31")
    assert pg.text_content(".fl-date").startswith("2016")
    at_2016 = {k: pg.evaluate(f"frontlinesMaps[0].shown({k!r})") for k in LAYERS}
    pg.screenshot(path=str(ARTIFACTS / "seeds-map-2016.png"))
    _set_slider(pg, "2017-12-31")
    assert pg.text_content(".fl-date").startswith("2017")
    at_2017 = {k: pg.evaluate(f"frontlinesMaps[0].shown({k!r})") for k in LAYERS}
    pg.screenshot(path=str(ARTIFACTS / "seeds-map-2017.png"))
    assert len(at_2017["events"]) > len(at_2016["events"])  # the 2017 article's events appear
    tips16 = " | ".join(s["tooltip"] for s in at_2016["control"])
    tips17 = " | ".join(s["tooltip"] for s in at_2017["control"])
    assert "Mosul: IS" in tips16 and "Mosul: Iraqi forces" not in tips16
    assert "Mosul: Iraqi forces" in tips17 and "Mosul: IS" not in tips17
    for name in ("seeds-map-2016.png", "seeds-map-2017.png"):
        data = (ARTIFACTS / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_a_popup_cites_its_sentence_and_article(page):
    pg, _ = page
    _set_slider(pg, "2017-12-31")
    pg.evaluate(
        "() => { const api = frontlinesMaps[0]; let done = false;"
        "api.map.eachLayer(l => { if (!done && l.getPopup && l.getPopup() && l.options.icon"
        " && l.getTooltip() && /Government regains territory/.test(l.getTooltip().getContent()))"
        " { l.openPopup(); done = true; } }); }"
    )
    popup = pg.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.text_content()
    assert "Government regains territory" in text
    arts = {a.title: a.published for a in fl.parse_many(ROOT / "seeds", progress=False).articles}
    cited = [t for t in arts if t and f"{t} ({arts[t]:%Y-%m-%d})" in text]
    assert len(cited) == 1  # the article's title and date
    assert popup.locator("i").count() == 1  # the sentence, with the trigger in bold
    assert popup.locator("i b").count() == 1
