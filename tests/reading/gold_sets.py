"""The machinery the hand-annotated test sets share (``unseen/`` … ``unseen16/``): turning a
set's annotations (``gold_notes.py``) into ``gold.jsonl`` in the form of ``../shared/spec/figures.md``, and
scoring the reader on the set with the shared scorer. ``build_set_gold.py`` and ``score_set.py`` call
these with their own folder.

Each annotation quotes its figure in context with the figure in ⟦ ⟧ (``"同比增长⟦7.6%⟧"``). The context
must occur exactly once in the document's text (``load_document(...).text``: an html page's markup), or
``nth`` (0-based) says which occurrence; offsets are computed from it, never typed. Nothing comes from the
reader's output.

Method names: L level, G growth, R ratio, D diff, C change, K rank. Keyword arguments: s subject, p period
(default: the document's current period), ref reference, q qualifier, mod modality, sa / ia / pa aliases.
Counts (个 家 户 条 …) get ``<indicator>数`` as an extra indicator alias automatically.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
SCORER = ROOT.parent / "shared" / "eval" / "score_figures.py"
KEEP: Any = object()
COUNTERS = {"个", "家", "户", "条", "所", "场", "次", "批次", "家次", "件", "处", "份", "种", "张", "起"}
T, F = "target", "forecast"


class Doc:
    """One document's annotations, in the notation ``gold_notes.py`` writes."""

    def __init__(self, name: str, subject: str, period: str | None, sa: tuple[str, ...] = ()):
        self.name, self.subject, self.period, self.sa = name, subject, period, tuple(sa)
        self.notes: list[dict[str, Any]] = []

    def at(self, period: str | None) -> Doc:
        self.period = period
        return self

    def add(
        self,
        ctx,
        measure,
        value,
        unit,
        ind,
        *,
        s=None,
        p=KEEP,
        ref=None,
        q=None,
        mod=None,
        sa=None,
        ia=(),
        pa=(),
        nth=0,
    ):
        ia = list(ia)
        if measure == "level" and unit in COUNTERS and not ind.endswith("数"):
            ia.append(ind + "数")
        self.notes.append(
            dict(
                ctx=ctx,
                nth=nth,
                measure=measure,
                value=value,
                unit=unit,
                qualifier=q,
                modality=mod,
                subject=s or self.subject,
                indicator=ind,
                period=self.period if p is KEEP else p,
                reference=ref,
                subject_aliases=list(sa if sa is not None else (self.sa if s is None else ())),
                indicator_aliases=ia,
                period_aliases=list(pa),
            )
        )

    def L(self, ctx, v, unit, ind, **kw):
        self.add(ctx, "level", v, unit, ind, **kw)

    def G(self, ctx, v, ind, **kw):
        self.add(ctx, "growth", v, "%", ind, **kw)

    def R(self, ctx, v, ind, unit="%", **kw):
        self.add(ctx, "ratio", v, unit, ind, **kw)

    def D(self, ctx, v, ind, ref, **kw):
        self.add(ctx, "diff", v, "pp", ind, ref=ref, **kw)

    def C(self, ctx, v, unit, ind, ref, **kw):
        self.add(ctx, "change", v, unit, ind, ref=ref, **kw)

    def K(self, ctx, v, ind, ref, **kw):
        self.add(ctx, "rank", v, None, ind, ref=ref, **kw)


def _load(path: Path, name: str) -> ModuleType:
    """A module by its file, under a name of its own (several sets' notes live in one process)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def annotations(folder: Path) -> list[Doc]:
    """The documents of a set with their notes, in the order ``gold_notes.annotate`` writes them."""
    docs: list[Doc] = []

    class _Registered(Doc):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            docs.append(self)

    _load(folder / "gold_notes.py", f"{folder.name}_gold_notes").annotate(_Registered, T, F)
    return docs


def locate(text: str, ctx: str, nth: int, doc: str) -> tuple[int, int]:
    m = re.fullmatch(r"(.*)⟦(.+?)⟧(.*)", ctx, re.S)
    if not m:
        raise SystemExit(f"{doc}: no ⟦⟧ in {ctx!r}")
    plain = m.group(1) + m.group(2) + m.group(3)
    hits = [i for i in range(len(text)) if text.startswith(plain, i)]
    if len(hits) <= nth or (nth == 0 and len(hits) != 1):
        raise SystemExit(f"{doc}: context {ctx!r} found {len(hits)} times (nth={nth})")
    start = hits[nth] + len(m.group(1))
    return start, start + len(m.group(2))


def check_value(note: dict[str, Any], span: str, doc: str) -> None:
    """The annotated value must be written in the span (ranks, Chinese numerals and 倍 are not checked)."""
    nums = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*\.?\d*", span)]
    if note["measure"] == "rank" or not nums or "倍" in span:
        return
    if abs(note["value"]) not in {abs(n) for n in nums}:
        raise SystemExit(f"{doc}: value {note['value']} not in span {span!r}")


def build(folder: Path) -> list[dict[str, Any]]:
    """The set's gold records, in document order then span order."""
    sys.path.insert(0, str(ROOT / "src"))  # only load_document, to decode the files
    from diaodu.reading.documents import load_document

    out = []
    for doc in annotations(folder):
        text = load_document(folder / doc.name).text
        rows = []
        for n in doc.notes:
            start, end = locate(text, n["ctx"], n["nth"], doc.name)
            check_value(n, text[start:end], doc.name)
            v = n["value"]
            rec = {
                "doc": doc.name,
                "start": start,
                "end": end,
                "text": text[start:end],
                "measure": n["measure"],
                "value": int(v) if float(v).is_integer() else v,
                "unit": n["unit"],
                "qualifier": n["qualifier"],
                "modality": n["modality"],
                "subject": n["subject"],
                "indicator": n["indicator"],
                "period": n["period"],
                "reference": n["reference"],
            }
            for key in ("subject", "indicator", "period"):
                al = [a for a in dict.fromkeys(n[f"{key}_aliases"]) if a != rec[key]]
                if al:
                    rec[f"{key}_aliases"] = al
            rows.append(rec)
        rows.sort(key=lambda r: (r["start"], r["end"]))
        out.extend(rows)
    return out


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def build_main(folder: Path, argv: list[str]) -> int:
    """``build_set_gold.py SET [--check]``: rewrite the set's ``gold.jsonl``, or exit 1 if it is stale."""
    gold = folder / "gold.jsonl"
    text = render(build(folder))
    if "--check" in argv:
        return 0 if gold.exists() and gold.read_text(encoding="utf-8") == text else 1
    gold.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} records to {gold}")
    return 0


# --- scoring -------------------------------------------------------------------------------------------


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predict(folder: Path, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reader's records for every document named in the gold, read with the set's ``city.yaml``."""
    sys.path.insert(0, str(ROOT / "src"))
    from diaodu.reading import extract, load_document, with_batch_years

    out: list[dict[str, Any]] = []
    names = dict.fromkeys(r["doc"] for r in gold)
    # as ``diaodu extract`` reads the set's files given together
    for document in with_batch_years([load_document(folder / name) for name in names]):
        for mention in extract(document, city=folder / "city.yaml"):
            out.append(json.loads(mention.to_json()))
    return out


def _utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def run_scorer(folder: Path, gold: Path, pred_path: Path, show_errors: bool) -> str:
    """The shared scorer's report. Its ``--docs`` check (gold spans hold their text) reads documents as
    UTF-8 text, so it is asked for only when every report is; ``test_unseen.py`` checks every set's spans
    on the decoded documents anyway."""
    args = [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred_path)]
    if all(_utf8(p) for p in folder.glob("0*")):
        args += ["--docs", str(folder)]
    if show_errors:
        args.append("--show-errors")
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def score_main(folder: Path, script: str, argv: list[str]) -> int:
    """A set's score script: ``[--show-errors] [--pred OUT.jsonl] [--from PRED.jsonl] [--attr NAME]``.
    Runs under the project's interpreter (re-executing ``script`` there when started by another)."""
    if Path(sys.executable) != PYTHON and "--no-reexec" not in argv:
        os.execv(str(PYTHON), [str(PYTHON), script, "--no-reexec", *argv])
    argv = [a for a in argv if a != "--no-reexec"]
    gold_path = folder / "gold.jsonl"
    gold = load_jsonl(gold_path)
    pred = load_jsonl(Path(argv[argv.index("--from") + 1])) if "--from" in argv else predict(folder, gold)
    keep = argv[argv.index("--pred") + 1] if "--pred" in argv else None
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(keep) if keep else Path(tmp) / "pred.jsonl"
        pred_path.write_text(render(pred), encoding="utf-8")
        if not SCORER.exists():  # no ../shared beside the checkout: the corpus's own pairing rule
            from tests.reading.corpus.score_corpus import minimal_score

            s = minimal_score(gold, pred)
            print(f"gold {s['gold']} pred {s['pred']} match {s['match']}")
            print(f"figure F1 {s['f1']:.3f} full F1 {s['full_f1']:.3f}")
            return 0
        print(run_scorer(folder, gold_path, pred_path, "--show-errors" in argv), end="")
        if "--attr" in argv:
            list_disagreements(gold_path, pred_path, argv[argv.index("--attr") + 1])
    return 0


def list_disagreements(gold_path: Path, pred_path: Path, attr: str) -> None:
    """Print the matched mentions whose ``attr`` disagrees with the gold (pairing as the scorer pairs)."""
    sf = _load(SCORER, "score_figures")
    by_g: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_p: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in sf.load(str(gold_path)):
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
