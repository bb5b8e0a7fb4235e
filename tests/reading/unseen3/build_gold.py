"""Gold figure mentions of the held-out reports in tests/reading/unseen3, written by hand as annotations
(``gold_notes.py``), and the script that turns them into ``gold.jsonl`` in the form of
``../shared/spec/figures.md``. Adapted from ``tests/reading/unseen/build_gold.py``.

    .venv/bin/python tests/reading/unseen3/build_gold.py          # rewrite gold.jsonl
    .venv/bin/python tests/reading/unseen3/build_gold.py --check  # exit 1 if gold.jsonl is out of date

Each annotation quotes its figure in context with the figure in ⟦ ⟧ (``"同比增长⟦7.6%⟧"``). The context
must occur exactly once in the document's text as ``load_document`` decodes it, or ``nth`` (0-based) says
which occurrence; offsets are computed from it, never typed. Nothing here comes from the reader's output.

Method names: L level, G growth, R ratio, D diff, C change, K rank. Keyword arguments: s subject, p period
(default: the document's current period), ref reference, q qualifier, mod modality, sa / ia / pa aliases.
Counts (个 家 户 条 …) get ``<indicator>数`` as an extra indicator alias automatically.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"
KEEP: Any = object()
COUNTERS = {"个", "家", "户", "条", "所", "场", "次", "批次", "家次", "件", "处", "份", "种", "张", "起"}
T, F = "target", "forecast"


class Doc:
    def __init__(self, name: str, subject: str, period: str | None, sa: tuple[str, ...] = ()):
        self.name, self.subject, self.period, self.sa = name, subject, period, tuple(sa)
        self.notes: list[dict[str, Any]] = []
        DOCS.append(self)

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


DOCS: list[Doc] = []
# the annotations, one function per document: loaded by path under a name of this set's own, so that
# several sets' builders can be imported in one process (the tests do)
_spec = importlib.util.spec_from_file_location(f"{HERE.name}_gold_notes", HERE / "gold_notes.py")
assert _spec is not None and _spec.loader is not None
_notes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_notes)
annotate = _notes.annotate


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


def raw_text(name: str) -> str:
    """The document as the spec defines it: the file decoded as UTF-8, nothing stripped (a BOM is not text).
    For the .txt reports this equals ``load_document(...).text``; for the .html page it is the markup."""
    text = (HERE / name).read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def extracted_text(name: str) -> str:
    """The text the reader indexes (``diaodu.reading.load_document``; for html the text extracted from it)."""
    sys.path.insert(0, str(HERE.parents[2] / "src"))  # only load_document, to decode the files
    from diaodu.reading.documents import load_document

    return load_document(HERE / name).text


def build(extracted: bool = False) -> list[dict[str, Any]]:
    DOCS.clear()
    annotate(Doc, T, F)
    out = []
    for doc in DOCS:
        text = extracted_text(doc.name) if extracted else raw_text(doc.name)
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


def main(argv: list[str]) -> int:
    text = render(build())
    if "--check" in argv:
        return 0 if GOLD.exists() and GOLD.read_text(encoding="utf-8") == text else 1
    GOLD.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} records to {GOLD} (spans in the files' own text, as the spec says)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
