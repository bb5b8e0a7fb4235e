"""The test sets written apart from the reader (``unseen/``, ``unseen2/``, ``unseen3/``): their gold is built
from the hand annotations, its spans index each document's own decoded text (an html page's markup), and
no sentence is copied from the seeds. The reader's score on them is printed by each set's score script,
not asserted: the sets measure the reader, they do not steer it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diaodu.reading.documents import load_document
from diaodu.reading.profile import load_profile
from tests.reading import gold_sets

HERE = Path(__file__).resolve().parent
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

#: (folder, reports in it)
SETS = [("unseen", 6), ("unseen2", 5), ("unseen3", 4)]


def _gold(folder: Path) -> list[dict[str, object]]:
    return [
        json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]


@pytest.mark.parametrize("name", [s for s, _ in SETS])
def test_gold_is_built_from_the_annotations(name: str) -> None:
    records = gold_sets.build(HERE / name)
    assert gold_sets.render(records) == (HERE / name / "gold.jsonl").read_text(encoding="utf-8"), (
        f"run tests/reading/{name}/build_gold.py"
    )


@pytest.mark.parametrize(("name", "reports"), SETS)
def test_gold_spans_hold_their_text_and_profile_loads(name: str, reports: int) -> None:
    folder = HERE / name
    load_profile(folder / "city.yaml")
    texts: dict[str, str] = {}
    for r in _gold(folder):
        doc = str(r["doc"])
        texts.setdefault(doc, load_document(folder / doc).text)
        assert texts[doc][int(str(r["start"])) : int(str(r["end"]))] == r["text"], r
        assert (r["reference"] is not None) == (r["measure"] in ("diff", "change", "rank")), r
    assert len(texts) == reports


@pytest.mark.parametrize("name", [s for s, _ in SETS])
def test_reports_are_long_enough(name: str) -> None:
    for path in sorted((HERE / name).glob("0*.txt")):
        assert 1500 <= len(path.read_text(encoding="utf-8")) <= 4000, path.name


@pytest.mark.skipif(not SEEDS.is_dir(), reason="no ../shared/seeds beside the checkout")
@pytest.mark.parametrize("name", [s for s, _ in SETS])
def test_no_seed_sentence_copied(name: str) -> None:
    seeds = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in SEEDS.glob("*.txt"))
    for path in sorted((HERE / name).glob("0*")):
        text = path.read_text(encoding="utf-8")
        shared = {text[i : i + 14] for i in range(len(text) - 14) if "\n" not in text[i : i + 14]}
        assert not {s for s in shared if s in seeds}, path.name
