"""Articles per second on one core, on GeoWebNews texts (or the seeds when the corpus is absent).

    python benchmarks/throughput.py [--eval-dir DIR] [--repeat N] [--profile]

Prints four figures: mentions alone (cleaning the text and finding and resolving its
toponyms: the issue's 1,000 articles/s goal), the reading pipeline (mentions + claims + events
records), one ``parse()`` per article with its mentions table built (what a notebook user does),
and ``parse_many()`` over the whole corpus (tables built once at the end).
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


def texts(eval_dir: Path) -> list[str]:
    gwn = eval_dir / "GWN.xml"
    if gwn.is_file():
        return [a.findtext("text") or "" for a in ET.parse(gwn).getroot().iter("article")]
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    import frontlines as fl
    from frontlines.article import read_article
    from frontlines.report import _read_one

    gz = fl.get_gazetteer()
    docs = texts(args.eval_dir) * args.repeat
    for d in docs[:50]:
        fl.parse(d, gazetteer=gz, published="2018-01-01")  # warm caches
    from frontlines._shapes import admin1_shape, countries

    countries(), admin1_shape(0)  # outlines load once (about a second), not per article
    n = len(docs)
    chars = sum(len(d) for d in docs)

    def pipeline() -> None:
        for d in docs:
            _read_one(read_article(d, published="2018-01-01"), gz)

    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("pipeline()", globals(), locals(), "/tmp/frontlines-throughput.prof")
        pstats.Stats("/tmp/frontlines-throughput.prof").sort_stats("tottime").print_stats(25)
        return
    from frontlines.geoparse import find_mentions

    arts = [read_article(d, published="2018-01-01") for d in docs]
    t = time.perf_counter()
    for d in docs:
        read_article(d, published="2018-01-01")
    dt_read = time.perf_counter() - t
    t = time.perf_counter()
    for a in arts:
        find_mentions(a, gz)
    dt_ment = time.perf_counter() - t
    t = time.perf_counter()
    pipeline()
    dt_pipe = time.perf_counter() - t
    t = time.perf_counter()
    for d in docs:
        fl.parse(d, gazetteer=gz, published="2018-01-01").mentions  # noqa: B018
    dt_parse = time.perf_counter() - t
    t = time.perf_counter()
    rep = fl.parse_many([(d, "2018-01-01") for d in docs], gazetteer=gz)
    rep.mentions, rep.claims, rep.events  # noqa: B018
    dt_many = time.perf_counter() - t
    print(f"{n} articles, mean {chars / n / 1000:.1f} k characters, one core:")
    print(f"  mentions alone (clean text + toponyms):    {n / (dt_read + dt_ment):,.0f} articles/s")
    print(f"  reading pipeline (mentions+claims+events): {n / dt_pipe:,.0f} articles/s")
    print(f"  parse() + its mentions table per article: {n / dt_parse:,.0f} articles/s")
    print(f"  parse_many() with all tables built once:   {n / dt_many:,.0f} articles/s")


if __name__ == "__main__":
    main()
