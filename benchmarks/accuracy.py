"""Geoparsing accuracy on public corpora (GeoWebNews, LGL) read from ../shared/eval.

    python benchmarks/accuracy.py [--eval-dir DIR] [--limit N] [--errors FILE]

Prints one line per corpus: recognition precision/recall/F1 (a prediction is a hit when it
overlaps a gold span), acc@161 km and median error over the gold toponyms recognised, and
acc@161 end to end (unrecognised gold toponyms count as misses). ``acc@161_area`` is acc@161
where an answer that is a country or first-level division also counts when the gold point lies
inside its outline: it shows how much of the strict figure is a convention of where an area's
point lies rather than a wrong place (the corpora use GeoNames' points; so do our countries).
Skips cleanly when the corpora are absent. The corpora are GPL-3.0 and are never copied into
this repository.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def load_gwn(path: Path) -> list[tuple[str, list[tuple[int, int, float, float]]]]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in art.iter("toponym"):
            if (t.findtext("nonLocational") or "").strip().lower() == "yes":
                continue
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            if not lat or not lon:
                continue
            try:
                gold.append(
                    (int(t.findtext("start")), int(t.findtext("end")), float(lat), float(lon))
                )
            except (TypeError, ValueError):
                continue
        docs.append((text, gold))
    return docs


def load_lgl(path: Path) -> list[tuple[str, list[tuple[int, int, float, float]]]]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            if g is None or g.findtext("lat") is None:
                continue
            gold.append(
                (
                    int(t.findtext("start")),
                    int(t.findtext("end")),
                    float(g.findtext("lat")),
                    float(g.findtext("lon")),
                )
            )
        docs.append((text, gold))
    return docs


def score(docs, *, errors=None, name=""):
    import numpy as np
    import shapely
    from pyproj import Geod

    from frontlines._shapes import admin1_shape, country_shape
    from frontlines.article import Article, split_sentences
    from frontlines.gazetteer import get_gazetteer
    from frontlines.geoparse import find_mentions

    geod = Geod(ellps="WGS84")
    gz = get_gazetteer()
    tp_pred = n_pred = n_gold = found = 0
    dists: list[float] = []
    in_area: list[bool] = []
    t0 = time.perf_counter()
    for k, (text, gold) in enumerate(docs):
        sents = split_sentences(text)
        art = Article(text=text, article_id=str(k), sentences=sents, _starts=[s for s, _ in sents])
        ms = [m for m in find_mentions(art, gz) if not m.anaphoric]
        n_pred += len(ms)
        n_gold += len(gold)
        for m in ms:
            if any(m.start < e and s < m.end for s, e, _, _ in gold):
                tp_pred += 1
            elif errors is not None:
                errors.write(f"{name}\tFP\t{m.text}\t{m.place.name}\t{m.place.country_code}\n")
        for s, e, lat, lon in gold:
            hit = [m for m in ms if m.start < e and s < m.end]
            if not hit:
                if errors is not None:
                    errors.write(f"{name}\tFN\t{text[s:e]}\t\t\n")
                continue
            found += 1
            m = hit[0]
            d = geod.inv(lon, lat, m.lon, m.lat)[2] / 1000.0
            dists.append(d)
            kind = m.place.kind
            area = (
                country_shape(m.place.country_code)
                if kind == "country"
                else admin1_shape(m.place.geonameid)
                if kind == "admin1"
                else None
            )
            in_area.append(area is not None and bool(shapely.contains_xy(area, lon, lat)))
            if errors is not None and d > 161:
                errors.write(
                    f"{name}\tFAR\t{text[s:e]}\t{m.place.name}\t{m.place.country_code}\t{d:.0f}\n"
                )
    elapsed = time.perf_counter() - t0
    p = tp_pred / n_pred if n_pred else 0.0
    r = found / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    d = np.array(dists)
    acc = float((d <= 161).mean()) if len(d) else 0.0
    acc_area = float(((d <= 161) | np.array(in_area, dtype=bool)).mean()) if len(d) else 0.0
    e2e = float((d <= 161).sum() / n_gold) if n_gold else 0.0
    med = statistics.median(dists) if dists else float("nan")
    return {
        "articles": len(docs),
        "gold": n_gold,
        "P": p,
        "R": r,
        "F1": f1,
        "acc161": acc,
        "acc161_area": acc_area,
        "acc161_e2e": e2e,
        "median_km": med,
        "seconds": elapsed,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=Path, default=None, help="write FP/FN/far cases here")
    args = ap.parse_args(argv)
    corpora = [
        ("GWN", args.eval_dir / "GWN.xml", load_gwn),
        ("LGL", args.eval_dir / "lgl.xml", load_lgl),
    ]
    if not any(p.is_file() for _, p, _ in corpora):
        print(f"skipped: no corpora in {args.eval_dir}")
        return 0
    err = open(args.errors, "w", encoding="utf-8") if args.errors else None  # noqa: SIM115
    try:
        for name, path, loader in corpora:
            if not path.is_file():
                print(f"{name}: skipped ({path} absent)")
                continue
            docs = loader(path)[: args.limit]
            s = score(docs, errors=err, name=name)
            print(
                f"{name}: articles={s['articles']} gold={s['gold']} P={s['P']:.3f} "
                f"R={s['R']:.3f} F1={s['F1']:.3f} acc@161={s['acc161']:.3f} "
                f"acc@161_e2e={s['acc161_e2e']:.3f} acc@161_area={s['acc161_area']:.3f} "
                f"median_km={s['median_km']:.1f} "
                f"({s['articles'] / s['seconds']:.0f} articles/s)"
            )
    finally:
        if err:
            err.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
