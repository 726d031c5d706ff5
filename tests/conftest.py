"""Shared fixtures: the seeds, their gold, and the parsed reports."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def gold() -> dict:
    return yaml.safe_load((SEEDS / "gold.yaml").read_text(encoding="utf-8"))


def _gold_articles() -> list[dict]:
    return yaml.safe_load((SEEDS / "gold.yaml").read_text(encoding="utf-8"))["articles"]


GOLD_ARTICLES = _gold_articles()


@pytest.fixture(scope="session")
def seed_reports() -> dict:
    import frontlines as fl

    return {a["file"]: fl.parse(SEEDS / a["file"]) for a in GOLD_ARTICLES}
