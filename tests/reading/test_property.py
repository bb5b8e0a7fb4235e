"""Any text, however broken, reads without an exception and gives only valid records."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diaodu.errors import DocumentError
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


# Markup around figures: tags that split a figure, entities, comments, scripts, table cells, CR LF.
MARKUP = [
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<br>",
    "<br/>",
    "<div class='content'>",
    "</div>",
    "<span>",
    "</span>",
    "<table><tr><td>",
    "</td><td>",
    "</td></tr></table>",
    "&nbsp;",
    "&amp;",
    "&lt;",
    "&#46;",
    "&#x35;",
    "&#37;",
    "&copy",
    "&bogus;",
    "<!-- 增长8.8% -->",
    "<script>var a = '增长9.9%';</script>",
    "<style>.x { width: 50% }</style>",
    '<a href="x?a=1&b=2" title="5%>">',
    "</a>",
    "\r\n",
    "<",
    ">",
]
HTML_CHUNK = st.one_of(st.sampled_from(PIECES), st.sampled_from(MARKUP), DIGITS)
PAGES = st.lists(HTML_CHUNK, max_size=60).map(
    lambda parts: "<html><body>" + "".join(parts) + "</body></html>"
)


def _unmarked(raw: str) -> str:
    """A markup slice as text: comments, scripts, styles and tags gone, entities decoded, no spaces."""
    import html
    import re

    tag = r"<[A-Za-z/!?](?:[^>\"']|\"[^\"]*\"|'[^']*')*>"
    raw = re.sub(rf"<!--.*?-->|<(script|style)\b.*?</\1>|{tag}", "", raw, flags=re.S)
    return "".join(html.unescape(raw).replace("\x00", "").split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_any_html_page_gives_spans_in_its_markup(markup: str) -> None:
    from diaodu.reading import extract
    from diaodu.reading.documents import document_from_html
    from tests.reading.example_city import CITY

    try:
        doc = document_from_html(markup, "case.html")
    except DocumentError:  # a page with no visible text
        return
    assert doc.text == markup and doc.visible is not None
    visible = extract(doc.reading_view(), city=CITY)
    records = extract(doc, city=CITY)
    _valid(markup, records)
    assert len(records) == len(visible)
    for raw, seen in zip(records, visible, strict=True):
        assert _unmarked(raw.text) == "".join(seen.text.split())
