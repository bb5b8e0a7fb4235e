"""Figure spans of an html report index its markup (``../shared/spec/figures.md``): the reader reads the
page's visible text, and each span is moved into the decoded markup at the end of ``extract``."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaodu.reading import extract, load_document
from diaodu.reading.documents import document_from_html
from diaodu.reading.formats import html_to_text, html_to_text_mapped
from diaodu.reading.offsets import OffsetMap, readable
from tests.reading.example_city import CITY

PAGE = "<html><head><title>岚州经济</title></head><body>{}</body></html>"


def _spans(markup: str) -> list[tuple[str, float, int]]:
    doc = document_from_html(markup, "page.html")
    out = []
    for r in extract(doc, city=CITY):
        assert 0 <= r.start < r.end <= len(markup)
        assert markup[r.start : r.end] == r.text
        out.append((r.text, r.value, r.start))
    return out


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        pytest.param("<p>全市地区生产总值增长5.1%&amp;稳中有进。</p>", [("5.1%", 5.1)], id="entity-after"),
        pytest.param(
            "<p>全市地区生产总值同比增长&nbsp;3.2%，稳中有进。</p>", [("3.2%", 3.2)], id="nbsp-before"
        ),
        pytest.param(
            "<p>全市地区生产总值增长&#x35;.1%，稳中有进。</p>", [("&#x35;.1%", 5.1)], id="hex-entity-inside"
        ),
        pytest.param(
            "<p>全市地区生产总值增长5&#46;1%，稳中有进。</p>", [("5&#46;1%", 5.1)], id="dec-entity-inside"
        ),
        pytest.param(
            "<p>全市地区生产总值628.7亿元<br>同比增长5.1%</p>", [("628.7亿元", 628.7), ("5.1%", 5.1)], id="br"
        ),
        pytest.param(
            "<p>全市地区生产总值增长<b>5</b>.1%，稳中有进。</p>", [("5</b>.1%", 5.1)], id="split-by-b"
        ),
        pytest.param(
            '<script>var s = "增长9.9%";</script><style>.a { width: 50% }</style>'
            "<p>全市地区生产总值增长5.1%。</p><!-- 增长8.8% -->",
            [("5.1%", 5.1)],
            id="script-style-comment-skipped",
        ),
        pytest.param(
            "<p>全市地区生产总值\r\n增长5.1%，\r\n规模工业增加值增长6.2%。</p>",
            [("5.1%", 5.1), ("6.2%", 6.2)],
            id="crlf",
        ),
        pytest.param(
            "<table><tr><th>指标</th><th>增速（%）</th></tr><tr><td>地区生产总值</td><td>5.1</td></tr>"
            "<tr><td>规模工业增加值</td><td>6.2</td></tr></table>",
            [("5.1", 5.1), ("6.2", 6.2)],
            id="table-cells",
        ),
    ],
)
def test_html_spans_index_the_markup(body: str, figures: list[tuple[str, float]]) -> None:
    markup = PAGE.format(body)
    found = _spans(markup)
    assert [(t, v) for t, v, _ in found] == figures
    for text, _value, start in found:
        assert start == markup.index(text, markup.index("<body>"))


def test_visible_text_and_its_offset_map() -> None:
    markup = PAGE.format("<p>增长&nbsp;<b>5</b>.1%&amp;</p><table><tr><td>甲</td><td>乙</td></tr></table>")
    visible, _title, _furniture, offsets = html_to_text_mapped(markup)
    assert visible == html_to_text(markup)[0] == "增长 5.1%&\n甲\t乙"
    assert len(offsets.starts) == len(offsets.ends) == len(visible)
    assert markup[offsets.starts[2] : offsets.ends[2]] == "&nbsp;"
    assert markup[offsets.starts[7] : offsets.ends[7]] == "&amp;"
    assert offsets.starts[8] == offsets.ends[8]  # the newline between blocks is the extractor's own
    assert offsets.starts[10] == offsets.ends[10]  # so is the tab after a cell
    s, e = offsets.to_raw(3, 7)
    assert markup[s:e] == "5</b>.1%"
    assert offsets.to_visible(s, e) == (3, 7)


def test_offset_map_round_trip_on_a_plain_span() -> None:
    offsets = OffsetMap([0, 1, 2, 8, 9], [1, 2, 8, 9, 10])
    assert offsets.to_raw(1, 4) == (1, 9)
    assert offsets.to_visible(1, 9) == (1, 4)
    assert offsets.to_visible(3, 5) == (2, 3)  # inside an entity: the character it writes


def test_gb2312_page_spans_are_code_points_of_the_decoded_markup(tmp_path: Path) -> None:
    markup = (
        '<html><head><meta charset="gb2312"><title>汾北县经济</title></head><body>'
        "<p>1-4月，全县规模以上工业增加值同比增长4.2%，比一季度回升1.5个百分点。</p></body></html>"
    )
    path = tmp_path / "old.html"
    path.write_bytes(markup.encode("gb2312"))
    doc = load_document(path)
    assert doc.text == markup and doc.encoding == "gb18030"
    records = extract(doc, city=CITY)
    assert [r.text for r in records] == ["4.2%", "1.5个百分点"]
    for r in records:
        assert r.start == markup.index(r.text) and doc.text[r.start : r.end] == r.text


def test_readable_shows_html_as_text_and_other_text_as_is() -> None:
    markup = PAGE.format("<p>增长<b>5.1%</b></p>")
    shown, offsets = readable("page.html", markup)
    assert shown == "增长5.1%" and offsets is not None
    assert readable("report.txt", "增长5.1%") == ("增长5.1%", None)
    assert readable("old.html", "增长5.1%") == ("增长5.1%", None)  # stored before: no markup in it
