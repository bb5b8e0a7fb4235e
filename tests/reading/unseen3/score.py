"""Score the reader on the held-out reports: read every document named in ``gold.jsonl`` with
``diaodu.reading`` (from ROOT/src, run by ROOT/.venv/bin/python; ROOT is $DIAODU_ROOT or this
checkout) and this folder's city profile
(``city.yaml``, 绵阳市 / 四川省), and compare with the hand-made gold using
../shared/eval/score_figures.py. Adapted from tests/reading/unseen/score_unseen.py.

    .venv/bin/python tests/reading/unseen3/score.py [--show-errors] [--pred OUT.jsonl] [--attr NAME]

``--attr subject`` (or indicator, period, reference, qualifier, modality) also lists every matched mention
whose attribute disagrees with the gold: document, figure text, gold value <- reader's value.

The same as ``.venv/bin/diaodu extract tests/reading/unseen3/0*_* --city tests/reading/unseen3/city.yaml
--format jsonl > OUT.jsonl`` followed by ``python ../shared/eval/score_figures.py --gold
tests/reading/unseen3/gold.jsonl --pred OUT.jsonl --docs tests/reading/unseen3``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

ROOT = Path(os.environ.get("DIAODU_ROOT", str(HERE.parents[2])))
PYTHON = ROOT / ".venv" / "bin" / "python"
GOLD = HERE / "gold.jsonl"
CITY = HERE / "city.yaml"
SCORER = ROOT.parent / "shared" / "eval" / "score_figures.py"

if Path(sys.executable) != PYTHON and "--no-reexec" not in sys.argv:
    # run under the project's interpreter, as score_unseen.py is run
    import os

    os.execv(str(PYTHON), [str(PYTHON), __file__, "--no-reexec", *sys.argv[1:]])
if "--no-reexec" in sys.argv:
    sys.argv.remove("--no-reexec")


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


def run_scorer(gold: Path, pred_path: Path, show_errors: bool, check_spans: bool = True) -> str:
    args = [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred_path)]
    if check_spans:  # --docs checks gold spans against the files' own text, which only gold.jsonl indexes
        args += ["--docs", str(HERE)]
    if show_errors:
        args.append("--show-errors")
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def main(argv: list[str]) -> int:
    """``--from PRED.jsonl`` scores saved predictions instead of running the reader again."""
    if not SCORER.exists():
        raise SystemExit(f"scorer missing: {SCORER}")
    gold = load_jsonl(GOLD)
    pred = load_jsonl(Path(argv[argv.index("--from") + 1])) if "--from" in argv else predict(gold)
    keep = argv[argv.index("--pred") + 1] if "--pred" in argv else None
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(keep) if keep else Path(tmp) / "pred.jsonl"
        pred_path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pred), encoding="utf-8"
        )
        print("== gold.jsonl: spans in each file's own text, as the spec defines them ==")
        print(run_scorer(GOLD, pred_path, "--show-errors" in argv), end="")
        if "--attr" in argv:
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
