"""Score the reader on this corpus: read every document of ``gold.jsonl`` with ``diaodu.reading``, using
this corpus's own city profile (``city.yaml``), and compare with the gold.

    .venv/bin/python tests/reading/corpus/score_corpus.py [--show-errors] [--pred OUT.jsonl]

When ``../shared/eval/score_figures.py`` is there, it does the scoring (run as a subprocess, its output
printed as is). Otherwise ``minimal_score`` below does: the same pairing rule (same document, overlapping
spans, same measure, value and unit equal after bringing units to a base) and the same figure F1 and full
F1 (subject, indicator and period agreeing, aliases accepted), without the per-attribute table.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GOLD = HERE / "gold.jsonl"
CITY = HERE / "city.yaml"
SCORER = ROOT.parent / "shared" / "eval" / "score_figures.py"

_PREFIX = {"亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
_UNIT_ALIASES = {"个百分点": "pp", "百分点": "pp", "pp": "pp", "%": "%", "百分比": "%"}
_COUNTERS = {"名": "人", "位": "人"}
_QUOTES = "\"'“”‘’「」『』《》〈〉"


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


def _base(value: float, unit: str | None, measure: str) -> tuple[float, str | None]:
    if measure == "rank" or unit is None:
        return float(value), None
    u = unicodedata.normalize("NFKC", unit).strip()
    if u in _UNIT_ALIASES:
        return float(value), _UNIT_ALIASES[u]
    mult = 1.0
    while len(u) > 1 and u[0] in _PREFIX:
        mult *= _PREFIX[u[0]]
        u = u[1:]
    return float(value) * mult, _COUNTERS.get(u, u)


def _norm(s: Any) -> str | None:
    if s is None:
        return None
    text = unicodedata.normalize("NFKC", str(s))
    return "".join(ch for ch in text if not ch.isspace() and ch not in _QUOTES).lower()


def _key_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if p["start"] >= g["end"] or g["start"] >= p["end"] or g["measure"] != p["measure"]:
        return False
    gv, gu = _base(g["value"], g.get("unit"), g["measure"])
    pv, pu = _base(p["value"], p.get("unit"), p["measure"])
    return gu == pu and abs(gv - pv) <= 1e-6 * max(1.0, abs(gv), abs(pv))


def _attr_ok(g: dict[str, Any], p: dict[str, Any], attr: str) -> bool:
    accepted = {_norm(g.get(attr))} | {_norm(x) for x in g.get(f"{attr}_aliases") or []}
    return _norm(p.get(attr)) in accepted


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def minimal_score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, float]:
    """Figure F1 and full F1 of ``pred`` against ``gold``, paired as ``score_figures.py`` pairs them."""
    by_g: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_p: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in gold:
        by_g[Path(r["doc"]).name].append(r)
    for r in pred:
        by_p[Path(r["doc"]).name].append(r)
    matched = full = n_pred = 0
    for doc, golds in by_g.items():
        preds = by_p.get(doc, [])
        n_pred += len(preds)
        cands = []
        for i, g in enumerate(golds):
            for j, p in enumerate(preds):
                if _key_ok(g, p):
                    exact = (g["start"], g["end"]) == (p["start"], p["end"])
                    overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
                    attrs = sum(_attr_ok(g, p, a) for a in ("subject", "indicator", "period"))
                    cands.append((not exact, -attrs, -overlap, i, j))
        cands.sort()
        used_g: set[int] = set()
        used_p: set[int] = set()
        for *_, i, j in cands:
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            matched += 1
            full += all(_attr_ok(golds[i], preds[j], a) for a in ("subject", "indicator", "period"))
    return {
        "f1": _f1(matched, n_pred, len(gold)),
        "full_f1": _f1(full, n_pred, len(gold)),
        "gold": len(gold),
        "pred": n_pred,
        "match": matched,
    }


def run_scorer(gold_path: Path, pred_path: Path, show_errors: bool = False) -> str:
    """The output of ``../shared/eval/score_figures.py`` on the two files."""
    args = [sys.executable, str(SCORER), "--gold", str(gold_path), "--pred", str(pred_path)]
    if show_errors:
        args.append("--show-errors")
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return done.stdout


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
            print(run_scorer(GOLD, pred_path, "--show-errors" in argv), end="")
        else:
            s = minimal_score(gold, pred)
            print(f"gold {s['gold']} pred {s['pred']} match {s['match']}")
            print(f"figure F1 {s['f1']:.3f} full F1 {s['full_f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
