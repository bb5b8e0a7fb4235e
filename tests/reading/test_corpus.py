"""Our own corpus of test reports (``corpus/``): its files, its gold, and the reader's score on it.

The corpus is about a fictional city in another province (``corpus/city.yaml``), in styles the seeds lack:
a statistics bureau's release, a county work report, a park's summary, a highlights list, a table-like
list, a year-end review with odd numerals; as UTF-8, UTF-8 with BOM, GB18030, UTF-16, html, docx and pdf.
See ``corpus/README.md``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from diaodu.reading.documents import load_document
from diaodu.reading.formats import html_to_text
from diaodu.reading.mentions import MEASURES, read_jsonl
from diaodu.reading.profile import load_profile
from tests.reading.corpus import build_gold, make_corpus, score_corpus

CORPUS = Path(__file__).resolve().parent / "corpus"
GOLD = CORPUS / "gold.jsonl"
SHARED = Path(__file__).resolve().parents[3] / "shared"
PERIOD = re.compile(r"^\d{4}(?:-\d{2}(?:/\d{4}-\d{2})?)?$")


def _gold() -> list[dict[str, object]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_is_built_from_the_annotations() -> None:
    assert build_gold.render(build_gold.build_records()) == GOLD.read_text(encoding="utf-8"), (
        "run tests/reading/corpus/build_gold.py"
    )


def test_gold_records_are_valid_spec_records() -> None:
    records = list(read_jsonl(GOLD))
    assert len(records) >= 150
    assert {r.measure for r in records} == set(MEASURES)
    for r in records:
        assert r.subject and r.indicator, r
        assert r.period is None or PERIOD.match(r.period), r.period
        for alias in r.period_aliases:
            assert PERIOD.match(alias), alias
        if r.measure in ("diff", "change", "rank"):
            assert r.reference, r
        else:
            assert r.reference is None, r
        assert r.unit == {"growth": "%", "ratio": "%", "diff": "pp", "rank": None}.get(r.measure, r.unit)
        if r.measure == "rank":
            assert float(r.value).is_integer() and r.value > 0


def test_gold_spans_index_the_decoded_text_and_avoid_furniture() -> None:
    docs = {}
    for r in _gold():
        name = str(r["doc"])
        if name not in docs:
            docs[name] = load_document(CORPUS / name)
        doc = docs[name]
        start, end = int(str(r["start"])), int(str(r["end"]))
        assert doc.text[start:end] == r["text"]
        assert not doc.is_furniture(start, end), r
    assert len(docs) >= 10


def test_corpus_covers_formats_and_encodings() -> None:
    names = {str(r["doc"]) for r in _gold()}
    encodings = {load_document(CORPUS / n).encoding for n in names}
    assert {"utf-8", "utf-8-sig", "gb18030", "utf-16", "docx", "pdf"} <= encodings
    assert any(n.endswith(".html") for n in names)


@pytest.mark.parametrize(("name", "codec"), sorted(make_corpus.ENCODED.items()))
def test_encoded_files_match_their_sources(name: str, codec: str) -> None:
    source = (CORPUS / "sources" / name).read_text(encoding="utf-8")
    assert (CORPUS / name).read_bytes() == source.encode(codec)
    doc = load_document(CORPUS / name)
    bom = "\ufeff" if codec == "utf-8-sig" else ""  # a UTF-8 BOM is the text's first code point
    assert doc.text == bom + source  # an html page's markup is the document its figure spans index
    if name.endswith(".html"):
        assert doc.visible == html_to_text(source)[0]
    assert doc.encoding == make_corpus.DETECTED.get(codec, codec)


def test_generated_docx_and_pdf_are_current(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.docx"
    make_corpus.write_docx(fresh)
    assert load_document(fresh).text == load_document(CORPUS / "08_project_bulletin.docx").text
    assert (CORPUS / "10_county_brief.pdf").read_bytes() == make_corpus.pdf_bytes(make_corpus.PDF_LINES)


def test_city_profile_is_not_hengyang_and_subjects_are_canonical() -> None:
    profile = load_profile(CORPUS / "city.yaml")
    assert profile.city.name == "岚州市" and profile.province.name == "山西省"
    aliases = profile.alias_map()
    for r in _gold():
        subject = str(r["subject"])
        assert "衡阳" not in subject
        # a subject the profile knows is written by its canonical name, never by an alias
        assert aliases.get(subject, subject) == subject, subject
        reference = r.get("reference")
        if isinstance(reference, str):
            assert aliases.get(reference, reference) == reference, reference


def test_annotation_contexts_must_be_unique(tmp_path: Path) -> None:
    note = build_gold.Note(
        ctx="增长⟦5%⟧", measure="growth", value=5, unit="%", indicator="x", subject="y", period=None
    )
    with pytest.raises(ValueError, match="occurs 2 times"):
        build_gold._locate("甲增长5%，乙增长5%。", note, "t.txt")
    note.nth = 1
    assert build_gold._locate("甲增长5%，乙增长5%。", note, "t.txt") == (9, 11)
    wrong = build_gold.Note(
        ctx="增长⟦5%⟧", measure="growth", value=6, unit="%", indicator="x", subject="y", period=None
    )
    with pytest.raises(ValueError, match="says value 6"):
        build_gold._check_value(wrong, "5%", "t.txt")


def test_no_seed_sentence_copied() -> None:
    """No run of 14 characters from the third-party seeds appears in the corpus or the document code."""
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present")
    grams: set[str] = set()
    for path in seeds.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        grams.update(text[i : i + 14] for i in range(len(text) - 13))
    src = Path(__file__).resolve().parents[2] / "src" / "diaodu" / "reading"
    files = [p for p in CORPUS.rglob("*") if p.is_file() and p.suffix != ".pyc"]
    files += [
        src / n for n in ("documents.py", "formats.py", "furniture.py", "dates.py", "lexicon_documents.py")
    ]
    files += [src / "lexicon" / n for n in ("furniture.yaml", "dates.yaml")]
    files.append(Path(__file__).with_name("test_documents.py"))
    for path in files:
        binary = path.suffix in (".docx", ".pdf") or path.name in make_corpus.ENCODED
        text = load_document(path).text if binary else path.read_text(encoding="utf-8")
        copied = [text[i : i + 14] for i in range(len(text) - 13) if text[i : i + 14] in grams]
        assert not copied, (path.name, copied[:3])


def _perturbed(gold: list[dict[str, object]]) -> list[dict[str, object]]:
    """A prediction with misses, spurious records, wrong values and wrong attributes."""
    pred = []
    for i, r in enumerate(gold):
        p = dict(r)
        if i % 7 == 0:
            continue
        if i % 5 == 0:
            p["value"] = float(str(p["value"])) + 1
        if i % 3 == 0:
            p["subject"] = "别处"
        if i % 11 == 0:
            p["period"] = None
        pred.append(p)
        if i % 13 == 0:
            pred.append({**r, "start": int(str(r["end"])) + 1, "end": int(str(r["end"])) + 2})
    return pred


def test_minimal_scorer_agrees_with_shared_scorer(tmp_path: Path) -> None:
    gold = _gold()
    pred = _perturbed(gold)
    mine = score_corpus.minimal_score(gold, pred)
    assert 0.5 < mine["f1"] < 0.95 and mine["full_f1"] < mine["f1"]
    assert score_corpus.minimal_score(gold, gold)["full_f1"] == 1.0
    if not score_corpus.SCORER.exists():
        pytest.skip("../shared/eval is not present")
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pred), encoding="utf-8")
    last = score_corpus.run_scorer(GOLD, pred_path).strip().splitlines()[-1]
    assert last == f"figure F1 {mine['f1']:.3f} full F1 {mine['full_f1']:.3f}"


def test_reader_scores_on_our_corpus() -> None:
    """The reader on reports it was not shaped on: figure F1 must stay at the level reached."""
    gold = _gold()
    score = score_corpus.minimal_score(gold, score_corpus.predict(gold))
    assert score["f1"] >= 0.95, score
    assert score["full_f1"] >= 0.70, score
