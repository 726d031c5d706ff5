"""Time to write the HTML map of many events (goal: 10,000 events in <= 5 s).

    python benchmarks/map_events.py [--events 10000] [--articles 500] [--seed 1]

The events are synthetic but shaped like the parser's own records: actors of one war, the
parser's event types and actions (a share of them captures, so that the control timeline and
the modelled zones have real work to do), places drawn from the gazetteer's towns in Syria and
Iraq, dates over two years, one sentence each, spread over ``--articles`` articles. They are put
into a Report directly (the parser is measured by throughput.py), then timed: building the
tables, the control timeline and the zone snapshots, and rendering the self-contained page.
Prints seconds for ``report.map()``, for the HTML (``to_html``), the file size, and peak RSS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import tempfile
import time
from pathlib import Path

ACTORS = ["IS", "SDF", "Syrian government", "Iraqi forces", "Turkish military", "rebels"]
KINDS = [  # (action, event type, share)
    ("clash", "Armed clash", 0.35),
    ("airstrike", "Air/drone strike", 0.2),
    ("shelling", "Shelling/artillery/missile attack", 0.15),
    ("attack", "Attack", 0.1),
    ("capture", "Non-state actor overtakes territory", 0.1),
    ("retake", "Government regains territory", 0.05),
    ("advance", "advance", 0.05),
]


def synthetic_report(n_events: int, n_articles: int, seed: int):
    import numpy as np
    import pandas as pd

    import frontlines as fl
    from frontlines.article import Article
    from frontlines.report import Report

    rng = random.Random(seed)
    gz = fl.get_gazetteer()
    cc, kind = gz.column("cc"), np.asarray(gz.kinds_of(np.arange(len(gz))))
    rows = np.flatnonzero(np.isin(cc, [b"SY", b"IQ"]) & (kind == "city"))
    towns = [gz.place(int(i)) for i in rows]
    day0 = dt.date(2016, 1, 1)
    articles = []
    for i in range(n_articles):
        pub = day0 + dt.timedelta(days=rng.randrange(730))
        articles.append(
            Article(
                text=f"Synthetic article {i}.",
                title=f"Synthetic {i}",
                published=pub,
                article_id=f"a{i}",
            )
        )
    actions, types, shares = zip(*KINDS, strict=True)
    picks = np.random.default_rng(seed).choice(len(KINDS), size=n_events, p=shares)
    recs = []
    for k in range(n_events):
        art = articles[k % n_articles]
        town = rng.choice(towns)
        actor, target = rng.sample(ACTORS, 2)
        when = pd.Timestamp(art.published) - pd.Timedelta(days=rng.randrange(3))
        action, etype = actions[picks[k]], types[picks[k]]
        sentence = f"{actor} fighters {action} {target} positions in {town.name} on {when:%d %B}."
        recs.append(
            {
                "article_id": art.article_id,
                "event_id": f"{art.article_id}:e{k}",
                "start": 0,
                "end": len(sentence),
                "trigger": action,
                "sentence": sentence,
                "sentence_id": 0,
                "actor": actor,
                "actor_text": actor,
                "target_actor": target,
                "action": action,
                "event_type": etype,
                "modality": "asserted",
                "place": town.name,
                "place_relation": "in",
                "place_kind": "city",
                "place_name": town.name,
                "geonameid": town.geonameid,
                "origin": None,
                "origin_geonameid": None,
                "date_start": when,
                "date_end": when,
                "time_precision": 1,
                "date_source": "text",
                "geo_precision": 1,
                "confidence": 0.8,
                "lon": town.lon,
                "lat": town.lat,
                "path": None,
                "region": None,
            }
        )
    return Report(articles=articles, _records={"events": recs, "mentions": [], "claims": []})


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rep = synthetic_report(args.events, args.articles, args.seed)
    out = Path(tempfile.mkdtemp()) / "events.html"
    t0 = time.perf_counter()
    fmap = rep.map()
    t1 = time.perf_counter()
    rep._cache.clear()  # time the whole job again from the records, as a user's first call
    t2 = time.perf_counter()
    rep.to_html(out, self_contained=True)
    t3 = time.perf_counter()
    del fmap
    print(
        f"map of {args.events:,} events ({len(rep.timeline()):,} control intervals): "
        f"report.map() {t1 - t0:.2f} s; to_html(self_contained=True) {t3 - t2:.2f} s "
        f"(goal <= 5 s); {out.stat().st_size / 1e6:.1f} MB; peak RSS {rss_mb():.0f} MB"
    )


if __name__ == "__main__":
    main()
