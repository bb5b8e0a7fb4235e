"""The reader's fast paths give exactly what the plain way gives: the not-a-figure patterns scanned by
runs (``blockers.BlockerScan``) against each pattern's own ``finditer``, and the remembered
``home.RegionsAt`` against ``home.region_at``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaodu.reading.blockers import BlockerScan
from diaodu.reading.documents import load_document
from diaodu.reading.home import RegionsAt, region_at
from diaodu.reading.lexicon import load_lexicon
from diaodu.reading.profile import load_profile

CORPUS = Path(__file__).resolve().parent / "corpus"
CITY = Path(__file__).resolve().parents[2] / "examples" / "hengyang"
SCAN = BlockerScan([p.regex for p in load_lexicon().not_figures])
PIECES = [
    "2021",
    "20",
    "7",
    "12",
    "3.5",
    "12345",
    "年",
    "月",
    "日",
    "号",
    "月份",
    "年以来",
    " ",
    "\n",
    "—",
    "-",
    "/",
    ".",
    "：",
    ":",
    "第",
    "届",
    "级",
    "强",
    "企业",
    "“",
    "”",
    "《",
    "GW",
    "A",
    "x",
    "×",
    "+",
    "元",
    "以上",
    "以下",
    "的",
    "亿元",
    "热线",
    "工程",
    "浏览量",
    "（",
    "）",
    "、",
    "增长",
    "全市",
]


def _corpus_texts() -> list[str]:
    return [
        load_document(p).text
        for p in sorted(CORPUS.iterdir())
        if p.suffix in (".txt", ".html", ".docx", ".pdf")
    ]


def test_some_patterns_are_scanned_by_runs() -> None:
    assert SCAN.runs, "no not-a-figure pattern qualified for the run scan: the fast path is unused"


def test_blocker_scan_agrees_on_the_corpus() -> None:
    for text in _corpus_texts():
        assert SCAN.spans(text, 0, len(text)) == SCAN.spans_one_by_one(text, 0, len(text))
        for start in range(0, len(text), 997):
            end = min(len(text), start + 1500)
            assert SCAN.spans(text, start, end) == SCAN.spans_one_by_one(text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(0, 400), st.integers(0, 400))
def test_blocker_scan_agrees_on_any_text(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert SCAN.spans(text, start, end) == SCAN.spans_one_by_one(text, start, end)


def test_blocker_scan_agrees_when_a_lookbehind_reads_before_the_window() -> None:
    # (?<=[+＋])\s*\d+, (?<=率低于|率高于)\d+%: the word read can stand just before the window's start
    text = "合计1+2＋ 3项，4 + 56，增速率低于5.3%，12强企业，7月8日"
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert SCAN.spans(text, start, end) == SCAN.spans_one_by_one(text, start, end)


@pytest.mark.parametrize("city", [CITY, CORPUS / "city.yaml"], ids=["hengyang", "corpus"])
def test_regions_at_agrees_with_region_at(city: Path) -> None:
    regions = RegionsAt(load_profile(city))
    opening = re.compile(r"(?:^|[，,；;。：:\n])")
    seen = 0
    for text in _corpus_texts():
        for m in opening.finditer(text):
            pos = m.end()
            for end in (len(text), min(len(text), pos + 3), min(len(text), pos + 12)):
                if pos >= end:
                    continue
                # twice: the second answer comes from what was remembered
                for _ in range(2):
                    assert regions(text, pos, end) == region_at(text, pos, end, profile=regions.profile)
                seen += 1
    assert seen > 1000


def test_clean_skips_only_text_it_would_leave_as_is() -> None:
    from diaodu.reading.attribution import _QUOTE_CHARS, _QUOTE_TABLE, _SYMBOL

    # what the table drops, and the pictographs the symbol pattern drops (in the BMP here)
    dropped = {chr(c) for c in _QUOTE_TABLE} | {chr(c) for c in range(0x10000) if _SYMBOL.search(chr(c))}
    found = {chr(c) for c in range(0x10000) if _QUOTE_CHARS.search(chr(c))}
    assert found == dropped
