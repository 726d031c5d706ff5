"""Command line: ``frontlines map|parse|geocode|gazetteer``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_NOT_FOUND = 0, 2, 3, 4

DESCRIPTION = """\
frontlines turns war reporting into maps. It reads news articles (text or HTML files, folders
of them, or JSONL/CSV with a text column), finds the places they name, resolves them with an
offline gazetteer, and writes an HTML map and GIS layers.

examples:
  frontlines map seeds/ -o map.html --gpkg map.gpkg
  frontlines parse article.txt -o places.gpkg
  frontlines geocode "Ain Issa"
  frontlines gazetteer add SY IQ             # all GeoNames villages (needs network once)
"""


def _reports(inputs: list[str], progress: bool):
    from .report import parse_many

    rep = parse_many(inputs, progress=progress)
    for e in rep.errors:
        print(f"frontlines: skipped {e['item']}: {e['error']}", file=sys.stderr)
    if not rep.articles:
        print("frontlines: no article could be read", file=sys.stderr)
        return None
    return rep


def cmd_map(args: argparse.Namespace) -> int:
    rep = _reports(args.inputs, args.progress)
    if rep is None:
        return EXIT_INPUT
    try:
        out = rep.to_html(
            args.output,
            self_contained=args.self_contained,
            at=args.at,
            tiles=None if args.no_tiles else "OpenStreetMap",
        )
    except ValueError as exc:
        print(f"frontlines: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {out} ({len(rep.articles)} articles, {len(rep.mentions)} mentions)")
    if args.gpkg:
        g = rep.to_gpkg(args.gpkg)
        print(f"wrote {g} (layers: {', '.join(rep.table_names())})")
        print(f"wrote {g.with_suffix('.qgs')} (QGIS project: styled, time-enabled layers)")
    return EXIT_OK


def cmd_parse(args: argparse.Namespace) -> int:
    rep = _reports(args.inputs, args.progress)
    if rep is None:
        return EXIT_INPUT
    out = Path(args.output)
    if out.suffix.lower() == ".gpkg":
        rep.to_gpkg(out)
    elif out.suffix.lower() in (".geojson", ".json") or out.is_dir() or not out.suffix:
        folder = out.with_suffix("") if out.suffix else out
        rep.to_geojson(folder)
        out = folder
    elif out.suffix.lower() == ".csv":
        rep.mentions.drop(columns="geometry").assign(
            lon=rep.mentions.geometry.x, lat=rep.mentions.geometry.y
        ).to_csv(out, index=False)
    else:
        print(
            f"frontlines: cannot write {out.suffix!r}; use .gpkg, .geojson or .csv", file=sys.stderr
        )
        return EXIT_USAGE
    print(f"wrote {out} ({len(rep.articles)} articles, {len(rep.mentions)} mentions)")
    return EXIT_OK


def cmd_geocode(args: argparse.Namespace) -> int:
    from .gazetteer import PlaceNotFound, geocode

    try:
        if args.limit and args.limit > 1:
            df = geocode(args.name, country=args.country, limit=args.limit)
            cols = [
                "name",
                "geonameid",
                "kind",
                "country_code",
                "lat",
                "lon",
                "population",
                "score",
            ]
            print(df[cols].to_string(index=False))
        else:
            p = geocode(args.name, country=args.country)
            print(
                f"{p.name}\t{p.lat:.5f}\t{p.lon:.5f}\t{p.country_code}\t{p.kind}\t"
                f"geonameid={p.geonameid}\tscore={p.score}"
            )
    except PlaceNotFound as exc:
        print(f"frontlines: {exc}", file=sys.stderr)
        return EXIT_NOT_FOUND
    except (TypeError, ValueError) as exc:
        print(f"frontlines: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def cmd_gazetteer(args: argparse.Namespace) -> int:
    from . import gazetteer as gzm

    if args.action == "add":
        try:
            counts = gzm.add_countries(args.codes, files=args.file, base_url=args.url)
        except (ValueError, FileNotFoundError, ConnectionError) as exc:
            print(f"frontlines: {exc}", file=sys.stderr)
            return EXIT_INPUT
        for cc, n in counts.items():
            print(f"{cc}: {n:,} GeoNames rows stored")
        g = gzm.get_gazetteer()
        print(f"gazetteer rebuilt: {len(g):,} places")
    elif args.action == "remove":
        print("removed:", ", ".join(gzm.remove_countries(args.codes)) or "nothing")
    else:
        g = gzm.get_gazetteer()
        print(f"{len(g):,} places in {g.path}")
        print("added GeoNames dumps:", ", ".join(gzm.added_countries()) or "none")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="frontlines",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from . import __version__

    ap.add_argument("--version", action="version", version=f"frontlines {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("map", help="read articles and write an HTML map (and a GeoPackage)")
    p.add_argument("inputs", nargs="+", help="files, folders, globs, .jsonl or .csv")
    p.add_argument("-o", "--output", required=True, help="HTML file to write")
    p.add_argument("--gpkg", help="also write the tables to this GeoPackage")
    p.add_argument("--at", help="date the time slider starts on (YYYY-MM-DD; default: latest)")
    p.add_argument(
        "--cdn",
        dest="self_contained",
        action="store_false",
        help="load Leaflet from its CDN (smaller file; by default the page works offline)",
    )
    p.add_argument("--no-tiles", action="store_true", help="no web tiles: country outlines only")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.set_defaults(func=cmd_map)

    p = sub.add_parser("parse", help="read articles and write the tables")
    p.add_argument("inputs", nargs="+", help="files, folders, globs, .jsonl or .csv")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        help="out.gpkg (one layer per table), a folder or out.geojson, or out.csv",
    )
    p.add_argument("--no-progress", dest="progress", action="store_false")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("geocode", help="resolve a place name offline")
    p.add_argument("name")
    p.add_argument("--country", help="ISO code of a country to prefer, e.g. SY")
    p.add_argument("--limit", type=int, default=1, help="show this many candidates")
    p.set_defaults(func=cmd_geocode)

    p = sub.add_parser("gazetteer", help="manage the offline gazetteer")
    p.add_argument("action", choices=["add", "remove", "info"])
    p.add_argument("codes", nargs="*", help="ISO country codes, e.g. SY IQ")
    p.add_argument(
        "--file",
        action="append",
        default=None,
        help="a downloaded GeoNames dump (SY.zip or SY.txt) instead of downloading",
    )
    p.add_argument("--url", default=None, help="base URL of the GeoNames dump folder")
    p.set_defaults(func=cmd_gazetteer)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if getattr(args, "url", None) is None and args.command == "gazetteer":
        from .gazetteer import GEONAMES_DUMP_URL

        args.url = GEONAMES_DUMP_URL
    if (
        args.command == "gazetteer"
        and args.action in ("add", "remove")
        and not (args.codes or args.file)
    ):
        ap.error(f"gazetteer {args.action} needs country codes, e.g. SY IQ")
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
