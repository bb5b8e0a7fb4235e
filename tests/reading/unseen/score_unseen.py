"""Score the reader on the unseen reports: read every document named in ``gold.jsonl`` with
``diaodu.reading`` and this folder's city profile (``city.yaml``, 天水市 / 甘肃省), and compare with the
hand-made gold.

    .venv/bin/python tests/reading/unseen/score_unseen.py [--show-errors] [--pred OUT.jsonl] [--attr NAME]

``--attr subject`` (or indicator, period, reference, qualifier, modality) also lists every matched mention
whose attribute disagrees with the gold: document, figure text, gold value <- reader's value.

The same as ``.venv/bin/diaodu extract tests/reading/unseen/*.txt --city tests/reading/unseen/city.yaml
--format jsonl > OUT.jsonl`` followed by ``python ../shared/eval/score_figures.py --gold
tests/reading/unseen/gold.jsonl --pred OUT.jsonl``. When ``../shared/eval/score_figures.py`` is missing,
the corpus's built-in ``minimal_score`` (same pairing rule, figure F1 and full F1 only) is used.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GOLD = HERE / "gold.jsonl"
CITY = HERE / "city.yaml"
SCORER = ROOT.parent / "shared" / "eval" / "score_figures.py"


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predict(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reader's records for every document named in the gold."""
    sys.path.insert(0, str(ROOT / "src"))
    from diaodu.reading import extract, load_document

    out: list[dict[str, Any]] = []
    for name in dict.fromkeys(r["doc"] for r in gold):
        document = load_document(HERE / name)
        for mention in extract(document, city=CITY):
            out.append(json.loads(mention.to_json()))
    return out


def main(argv: list[str]) -> int:
    gold = load_jsonl(GOLD)
    pred = predict(gold)
    keep = argv[argv.index("--pred") + 1] if "--pred" in argv else None
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(keep) if keep else Path(tmp) / "pred.jsonl"
        pred_path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pred), encoding="utf-8"
        )
        if SCORER.exists():
            args = [
                sys.executable,
                str(SCORER),
                "--gold",
                str(GOLD),
                "--pred",
                str(pred_path),
                "--docs",
                str(HERE),
            ]
            if "--show-errors" in argv:
                args.append("--show-errors")
            print(subprocess.run(args, capture_output=True, text=True, check=True).stdout, end="")
        else:
            sys.path.insert(0, str(HERE.parent / "corpus"))
            from score_corpus import minimal_score

            s = minimal_score(gold, pred)
            print(f"gold {s['gold']} pred {s['pred']} match {s['match']}")
            print(f"figure F1 {s['f1']:.3f} full F1 {s['full_f1']:.3f}")
        if "--attr" in argv and SCORER.exists():
            list_disagreements(pred_path, argv[argv.index("--attr") + 1])
    return 0


def list_disagreements(pred_path: Path, attr: str) -> None:
    """Print the matched mentions whose ``attr`` disagrees with the gold (pairing as the scorer pairs)."""
    import importlib.util
    from collections import defaultdict

    spec = importlib.util.spec_from_file_location("score_figures", SCORER)
    assert spec and spec.loader
    sf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sf)
    by_g: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_p: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in sf.load(str(GOLD)):
        by_g[r["doc"]].append(r)
    for r in sf.load(str(pred_path)):
        by_p[r["doc"]].append(r)
    print(f"{attr} disagreements (gold <- reader):")
    for doc in sorted(by_g):
        for g, p in sf.match_doc(by_g[doc], by_p.get(doc, [])):
            if attr == "reference" and g["measure"] not in ("diff", "change", "rank"):
                continue
            if not sf.attr_ok(g, p, attr):
                print(f"  {doc[:2]} {g['text']!r:16} {g.get(attr)} <- {p.get(attr)}  [{g['measure']}]")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
