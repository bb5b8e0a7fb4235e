"""Any text, however broken, reads without an exception and gives only valid records."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diaodu.reading.mentions import FigureMention
from tests.reading.example_city import read

PIECES = [
    "增长",
    "下降",
    "个百分点",
    "%",
    "％",
    "亿元",
    "万元",
    "万余人",
    "多项",
    "家",
    "个",
    "第二",
    "居全省",
    "全市",
    "我市",
    "全省",
    "分别",
    "均",
    "、",
    "，",
    "。",
    "；",
    "\n",
    "前三季度",
    "1—6月",
    "上半年",
    "比上半年加快",
    "高于全省",
    "超过",
    "约",
    "不足",
    "以上",
    "左右",
    "翻一番",
    "千亿元",
    "1个亿",
    "年产",
    "“",
    "”",
    "（",
    "）",
    "\t",
    "  ",
    "2020年",
    "月",
    "日",
    "占",
    "的",
    "达",
    "强",
    "前",
    "名",
    "位",
    "指标",
    "单位",
    "增速（%）",
    "位次",
    "—",
    "-",
    ".",
    ",",
    "十",
    "两",
    "成",
    "●",
    "■",
    "预计",
    "力争",
]
DIGITS = st.text(alphabet="0123456789０１２３.,", min_size=1, max_size=6)
CHUNK = st.one_of(st.sampled_from(PIECES), DIGITS, st.text(max_size=4))
TEXTS = st.lists(CHUNK, max_size=60).map("".join)


def _valid(text: str, records: list[FigureMention]) -> None:
    for r in records:
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start : r.end] == r.text
        assert r.problems() == []
        assert r.value == r.value  # not NaN


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_built_text_reads_cleanly(text: str) -> None:
    _valid(text, read(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_reads_cleanly(text: str) -> None:
    _valid(text, read(text))
