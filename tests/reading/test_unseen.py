"""The unseen test set (``unseen/``): its gold is built from the hand annotations, its spans index the
decoded text, and no sentence is copied from the seeds. The reader's score there is printed by
``unseen/score_unseen.py``, not asserted: the set measures the reader, it does not steer it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diaodu.reading.documents import load_document
from diaodu.reading.profile import load_profile
from tests.reading.unseen import build_gold

UNSEEN = Path(__file__).resolve().parent / "unseen"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def _gold() -> list[dict[str, object]]:
    return [
        json.loads(line) for line in (UNSEEN / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]


def test_gold_is_built_from_the_annotations() -> None:
    assert build_gold.render(build_gold.build()) == (UNSEEN / "gold.jsonl").read_text(encoding="utf-8"), (
        "run tests/reading/unseen/build_gold.py"
    )


def test_gold_spans_hold_their_text_and_profile_loads() -> None:
    load_profile(UNSEEN / "city.yaml")
    texts: dict[str, str] = {}
    for r in _gold():
        name = str(r["doc"])
        texts.setdefault(name, load_document(UNSEEN / name).text)
        assert texts[name][int(str(r["start"])) : int(str(r["end"]))] == r["text"]
        assert (r["reference"] is not None) == (r["measure"] in ("diff", "change", "rank")), r
    assert len(texts) == 6


def test_reports_are_long_enough() -> None:
    for path in sorted(UNSEEN.glob("*.txt")):
        assert 1500 <= len(path.read_text(encoding="utf-8")) <= 4000, path.name


@pytest.mark.skipif(not SEEDS.is_dir(), reason="no ../shared/seeds beside the checkout")
def test_no_seed_sentence_copied() -> None:
    seeds = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in SEEDS.glob("*.txt"))
    for path in sorted(UNSEEN.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        shared = {text[i : i + 14] for i in range(len(text) - 14) if "\n" not in text[i : i + 14]}
        assert not {s for s in shared if s in seeds}, path.name
