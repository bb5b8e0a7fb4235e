"""Reading documents: formats, encodings, publication dates, report years, page furniture, bad input.

Cases are invented (about the fictional 岚州市 of ``corpus/city.yaml``) except where a test reads the
third-party seeds from ``../shared/seeds`` (skipped when absent).
"""

from __future__ import annotations

import hashlib
import itertools
import json
from datetime import date
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaodu.errors import DocumentError, LexiconError
from diaodu.reading import extract
from diaodu.reading.documents import SourceDocument, document_from_text, load_document
from diaodu.reading.furniture import find_furniture
from diaodu.reading.lexicon_documents import DatesLexicon, FurnitureLexicon, load_lexicon_file
from tests.reading.corpus.make_corpus import pdf_bytes
from tests.reading.example_city import CITY

SHARED = Path(__file__).resolve().parents[3] / "shared"

REPORT = (
    "岚州市2023年上半年经济运行情况\n"
    "岚州市统计局 2023-07-18 10:30\n"
    "\n"
    "上半年，全市地区生产总值1234.5亿元，同比增长6.1%。\r\n"
    "规模以上工业增加值增长7.2%，高于全省0.6个百分点。\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- encodings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),  # GB18030 is a superset of GBK: the same text either way
        ("utf-16", "utf-16"),  # with a BOM
        ("utf-16-le", "utf-16"),  # without one
        ("utf-16-be", "utf-16"),
        ("utf-32", "utf-32"),
    ],
)
def test_text_encodings_decode_verbatim(tmp_path: Path, codec: str, detected: str) -> None:
    data = REPORT.encode(codec)
    doc = load_document(_write(tmp_path, "report.txt", data))
    # nothing stripped or normalised, \r\n kept; a UTF-8 BOM is offset 0, as the spec counts (a UTF-16/32
    # BOM is the byte order, not text)
    assert doc.text == ("\ufeff" if codec == "utf-8-sig" else "") + REPORT
    assert doc.encoding == detected
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.name == "report.txt"
    start = doc.text.index("6.1%")
    assert doc.text[start : start + 4] == "6.1%"
    assert doc.published_on == date(2023, 7, 18)
    assert doc.report_year == 2023
    assert doc.title == "岚州市2023年上半年经济运行情况"


def test_utf8_with_a_broken_byte_keeps_offsets(tmp_path: Path) -> None:
    data = REPORT.encode("utf-8") + "全市增长".encode()[:-1]  # cut in the middle of the last character
    doc = load_document(_write(tmp_path, "cut.txt", data))
    assert doc.encoding == "utf-8"
    assert doc.text == REPORT + "全市增\ufffd"


def test_gb18030_only_characters(tmp_path: Path) -> None:
    text = "岚州市𠀀号园区（四字节字符）规模以上工业增加值增长5.0%。"
    doc = load_document(_write(tmp_path, "rare.txt", text.encode("gb18030")))
    assert doc.encoding == "gb18030"
    assert doc.text == text


# --- formats ---------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>岚州一季度经济_岚州市人民政府</title>
<script>var views = "浏览量 999"; document.write("增长99%");</script>
<style>p {{ color: red }}</style></head>
<body>
<div class="nav"><a>首页</a> | <a>政务公开</a> | <a>新闻中心</a> | <a>互动交流</a></div>
<h1>岚州一季度经济开局良好</h1>
<div>发布时间：2023-04-21 17:05&nbsp;来源：岚州市统计局&nbsp;浏览量：1523</div>
<p>一季度，全市地区生产总值<b>628.7亿元</b>，同比增长5.1%&amp;稳中有进。</p>
<table><tr><th>指标</th><th> 增速 </th></tr><tr><td>固定资产投资</td><td>8.2%</td></tr></table>
<div class="share">分享到：微信 微博</div><div>扫一扫在手机打开当前页</div>
<!-- 注释里的增长88% -->
</body></html>"""


@pytest.mark.parametrize(("charset", "codec"), [("utf-8", "utf-8"), ("gbk", "gbk")])
def test_html_text_blocks_and_furniture(tmp_path: Path, charset: str, codec: str) -> None:
    doc = load_document(_write(tmp_path, "page.html", HTML.format(charset=charset).encode(codec)))
    assert doc.text == HTML.format(charset=charset)  # the spec's document: the markup, decoded
    assert doc.visible is not None and doc.offsets is not None
    lines = doc.visible.split("\n")
    assert "岚州一季度经济开局良好" in lines
    assert "一季度，全市地区生产总值628.7亿元，同比增长5.1%&稳中有进。" in lines
    assert "指标\t增速" in lines and "固定资产投资\t8.2%" in lines
    for dropped in ("99%", "var views", "color: red", "88%", "<b>"):
        assert dropped not in doc.visible
    assert doc.title == "岚州一季度经济开局良好"
    assert doc.published_on == date(2023, 4, 21)
    assert doc.publisher == "岚州市统计局"
    furniture = [doc.visible[s:e] for s, e in doc.visible_furniture]
    assert any("首页 | 政务公开" in f for f in furniture)
    assert any("浏览量" in f for f in furniture)
    assert any("扫一扫" in f for f in furniture)
    assert any("分享到" in f for f in furniture)
    # furniture spans index the markup too, and body figures stay clear of them
    assert any("浏览量" in doc.text[s:e] for s, e in doc.furniture)
    body = doc.text.index("628.7亿元")
    assert not doc.is_furniture(body, body + 7)
    assert doc.reading_view().text == doc.visible


def test_html_structure_marks_furniture(tmp_path: Path) -> None:
    page = (
        "<html><body><nav><a>关于我们</a></nav>"
        '<div class="content"><p>上半年，全市地区生产总值增长5.5%，好于全省。</p>'
        '<p>进出口总额增长12%<span class="share-box">转发</span></p></div>'
        '<div class="related-news"><a>一季度全市规模工业增加值增长6.2%</a></div>'
        '<div id="footer">岚州市人民政府主办</div></body></html>'
    )
    doc = load_document(_write(tmp_path, "s.html", page.encode("utf-8")))
    assert doc.visible is not None
    furniture = [doc.visible[s:e] for s, e in doc.visible_furniture]
    assert furniture == ["关于我们", "一季度全市规模工业增加值增长6.2%", "岚州市人民政府主办"]
    assert [doc.text[s:e] for s, e in doc.furniture] == [
        "关于我们",
        "一季度全市规模工业增加值增长6.2%",
        "岚州市人民政府主办",
    ]
    assert "进出口总额增长12%转发" in doc.visible.split("\n")  # a mixed line stays body


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        # a cell spanning rows is repeated into the rows below it, so each cell stands under its label
        (
            "<tr><th>指标</th><th>单位</th><th>1—10月</th></tr>"
            '<tr><td>全社会用电量</td><td rowspan="2">亿千瓦时</td><td>86.47</td></tr>'
            "<tr><td>工业用电量</td><td>58.12</td></tr>",
            ["指标\t单位\t1—10月", "全社会用电量\t亿千瓦时\t86.47", "工业用电量\t亿千瓦时\t58.12"],
        ),
        # …at a row's end too; a spanning cell holding a number is read once, left empty below
        (
            '<tr><td>甲县</td><td>3.2</td><td rowspan="2">12</td></tr><tr><td>乙县</td><td>4.4</td></tr>'
            '<tr><td rowspan="2">丙县</td><td>5.0</td><td>7</td></tr><tr><td>6.1</td><td>8</td></tr>',
            ["甲县\t3.2\t12", "乙县\t4.4", "丙县\t5.0\t7", "丙县\t6.1\t8"],
        ),
    ],
)
def test_html_table_spans(tmp_path: Path, table: str, rows: list[str]) -> None:
    page = f"<html><body><p>表1　主要指标</p><table>{table}</table></body></html>"
    doc = load_document(_write(tmp_path, "t.html", page.encode("utf-8")))
    assert doc.visible is not None
    assert doc.visible.split("\n")[1:] == rows
    assert doc.offsets is not None
    for number in ("86.47", "58.12", "6.1"):  # the figures still index the markup
        if number in doc.visible:
            k = doc.visible.index(number)
            s, e = doc.offsets.to_raw(k, k + len(number))
            assert doc.text[s:e] == number


def test_html_title_falls_back_to_head(tmp_path: Path) -> None:
    page = (
        "<html><head><title>只有标题</title></head>"
        "<body><p>全市地区生产总值增长5.1%，稳中有进，好于预期。</p></body></html>"
    )
    doc = load_document(_write(tmp_path, "t.htm", page.encode("utf-8")))
    assert doc.title == "只有标题"


def _docx(path: Path, merge: bool = False) -> Path:
    document = docx.Document()
    document.add_paragraph("岚州市重点项目进展")
    table = document.add_table(rows=2, cols=3)
    for c, text in enumerate(["项目", "完成投资（亿元）", "完成率（%）"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "岚州东站"
    table.cell(1, 1).text = "2.94"
    table.cell(1, 2).text = "43.2"
    if merge:
        table.cell(0, 1).merge(table.cell(0, 2))
    document.add_paragraph("截至5月底，全市完成投资263.8亿元。")
    document.save(str(path))
    return path


def test_docx_paragraphs_and_table_rows(tmp_path: Path) -> None:
    doc = load_document(_docx(tmp_path / "bulletin.docx"))
    assert doc.text.split("\n") == [
        "岚州市重点项目进展",
        "项目\t完成投资（亿元）\t完成率（%）",
        "岚州东站\t2.94\t43.2",
        "截至5月底，全市完成投资263.8亿元。",
    ]
    assert doc.encoding == "docx"


def test_docx_merged_cell_written_once(tmp_path: Path) -> None:
    doc = load_document(_docx(tmp_path / "merged.docx", merge=True))
    assert doc.text.count("完成投资（亿元）") == 1


def test_pdf_text_layer(tmp_path: Path) -> None:
    lines = ["白泉县上半年经济简析", "上半年，全县地区生产总值86.42亿元，同比增长4.8%。"]
    doc = load_document(_write(tmp_path, "brief.pdf", pdf_bytes(lines)))
    assert doc.text == "\n".join(lines)
    assert doc.encoding == "pdf"
    assert doc.title == "白泉县上半年经济简析"


@pytest.mark.parametrize("name", ["page.txt", "page", "page.dat"])
def test_format_sniffed_from_bytes(tmp_path: Path, name: str) -> None:
    html = "<html><body><p>全市进出口总额61.8亿元。</p><script>x=1</script></body></html>"
    page = load_document(_write(tmp_path, name, html.encode()))
    assert page.visible == "全市进出口总额61.8亿元。" and page.text == html
    pdf = _write(tmp_path, "x" + name, pdf_bytes(["全市进出口总额61.8亿元。"]))
    assert load_document(pdf).text == "全市进出口总额61.8亿元。"
    word = _docx(tmp_path / "w.docx")
    renamed = _write(tmp_path, "w" + name, word.read_bytes())
    assert load_document(renamed).text.startswith("岚州市重点项目进展\n")


def test_document_from_text() -> None:
    doc = document_from_text("发布日期：2023年6月5日\n今年以来，全市经济稳中向好。")
    assert isinstance(doc, SourceDocument)
    assert doc.name == "<text>"
    assert doc.published_on == date(2023, 6, 5)
    assert doc.report_year == 2023
    assert doc.sha256 == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert document_from_text("上半年增长5%", name="a.txt").name == "a.txt"
    with pytest.raises(DocumentError, match="no text"):
        document_from_text(" \n\t")


# --- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发布时间:2023-04-21 17:05 来源:岚州日报\n全市增长5%。", date(2023, 4, 21)),
        ("发布时间：2023年4月21日\n全市增长5%。", date(2023, 4, 21)),
        ("发布日期：2023/4/21\n全市增长5%。", date(2023, 4, 21)),
        ("【发布时间】2023年04月21日 17:05:12\n全市增长5%。", date(2023, 4, 21)),
        ("标题\n日期：2023-04-21\n全市增长5%。", date(2023, 4, 21)),
        ("标题\n2023年6月5日（星期一）\n全市增长5%。", date(2023, 6, 5)),
        ("标题\n2022年3月14日 星期一\n全市增长5%。", date(2022, 3, 14)),
        ("标题\n2022.03.14（周一）\n全市增长5%。", date(2022, 3, 14)),
        ("岚州资讯助手2 2023-06-05 10:20:30\n全市增长5%。", date(2023, 6, 5)),
        ("岚州资讯 2023-06-05T10:20\n全市增长5%。", date(2023, 6, 5)),
        ("报告正文，全市增长5%。\n岚州市统计局\n2023年7月18日", date(2023, 7, 18)),
        ("报告正文，全市增长5%。\n岚州市人民政府\n二〇二三年七月十八日", date(2023, 7, 18)),
        ("全市增长5%，7月18日召开会议。", None),
        # a weekly note dated only by the week it covers, the year on the week's first day
        ("岚州市产业链专班周报\n第45期（2023年11月10日—11月16日）\n全市增长5%。", date(2023, 11, 16)),
        ("发布时间：2023-02-30 09:00\n日期不存在。", None),
        # a bracketed note closing the last paragraph dates the piece
        (
            "会议听取一季度汇报。\n会议还审议通过了《岚州市城乡居民医疗保障工作方案》《岚州市老旧小区改造实施意见》"
            "等事项。（本报2023年4月22日刊发）",
            date(2023, 4, 22),
        ),
    ],
)
def test_published_on(text: str, expected: date | None) -> None:
    assert document_from_text(text).published_on == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a January review of last year reports last year
        ("2021年1月11日 星期二\n2020年前三季度，全市增长3.0%。2020年全年完成投资100亿元。", 2020),
        ("发布时间：2022-01-12\n过去一年，全县经济增长8.6%。今年力争增长8%。", 2021),
        ("发布日期：2021年1月8日\n前三季度，全市规模工业增加值增长3.9%。", 2020),
        # 今年 in the year of publication
        ("发布时间：2023-06-05\n今年以来，全市经济稳中向好，1-5月投资增长8%。", 2023),
        ("发布时间：2022-10-28\n前三季度，旅游收入恢复至2019年同期的74.5%。", 2022),
        ("岚州市2022年1-11月主要经济指标\n规模工业增加值增长7.9%。", 2022),
        ("没有日期也没有年份的一段话，增长5%。", None),
        # a target year after publication is not what the report is about
        ("发布时间：2023-06-05\n到2035年，全市地区生产总值翻一番。今年增长6%。", 2023),
        # a plan whose title names only the year it plans is about that year, its look-back notwithstanding
        (
            "关于印发《岚州经开区2024年工作要点》的通知\n2024年1月15日\n一、2023年工作回顾\n"
            "过去一年，全区完成投资86亿元，全年增长7%。\n二、2024年主要目标\n投资增长8%。",
            2024,
        ),
        # …but a summary that adds next year's plan is about the year it sums up
        ("岚州市2023年工作总结及2024年工作打算\n2023年全市完成投资86亿元。", 2023),
        # a spring report's goals for periods still to end (上半年力争…, 二季度确保…) are of this year
        (
            "发布日期：2023年4月21日\n一季度，全市增长6%。二季度确保增长6.5%，上半年力争增长7%，"
            "二季度开工项目不少于90个，上半年完成投资100亿元。",
            2023,
        ),
    ],
)
def test_report_year(text: str, expected: int | None) -> None:
    assert document_from_text(text).report_year == expected


def test_publisher_from_label_and_signature() -> None:
    assert document_from_text("标题\n来源：岚州日报　作者：某某\n全市增长5%。").publisher == "岚州日报"
    assert document_from_text("标题\n【来源】岚州日报\n全市增长5%。").publisher == "岚州日报"
    signed = document_from_text("岚东区工作总结\n全区增长5%，好于预期。\n岚州市岚东区人民政府\n2023年7月1日")
    assert signed.publisher == "岚州市岚东区人民政府"


# --- furniture -------------------------------------------------------------------------------------

BODY = "上半年，全市地区生产总值1234.5亿元，同比增长6.1%，高于全省0.6个百分点。"


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        ("share", "扫一扫，用手机看"),
        ("share", "扫描到手机,新闻随时看"),
        ("share", "分享到：微信 微博 QQ空间"),
        ("counter", "浏览量：1523"),
        ("counter", "阅读次数：88"),
        ("font", "字体：[大 中 小]"),
        ("location", "当前位置：首页 > 政务公开 > 政务动态"),
        ("navigation", "首页 | 政务公开 | 新闻中心 | 互动交流"),
        ("navigation", "进入老年模式退出老年模式"),
        ("navigation", "【打印本页】【关闭窗口】"),
        ("source", "来源：岚州日报"),
        ("source", "发布时间：2023-04-21 17:05　来源：岚州市统计局　浏览量：12"),
        ("source", "■本报记者 王 某"),
        ("ad", "岚州通APP下载"),
        ("ad", "某某体育官网"),
        ("copyright", "版权所有：岚州市人民政府办公室　晋ICP备00000000号"),
        ("dateline", "岚州资讯助手2 2023-06-05 10:20:30"),
        ("dateline", "2022年3月14日 星期一"),
        ("dateline", "2023年7月18日"),
        ("byline", "（记者　岚晚）"),
        ("source", "【来源】岚州日报"),
        ("wechat", "点击蓝字 关注我们"),
        ("wechat", "长按识别二维码"),
        ("page", "第 1 页　共 2 页"),
        ("page", "第3页，共12页"),
    ],
)
def test_furniture_line_kinds(kind: str, line: str) -> None:
    text = f"岚州上半年经济运行\n{line}\n{BODY}\n"
    doc = document_from_text(text)
    start = text.index(line)
    assert (start, start + len(line)) in doc.furniture, kind
    body = text.index(BODY)
    assert not doc.is_furniture(body, body + len(BODY))


@pytest.mark.parametrize(
    "line",
    [
        "截至2023年6月30日全市市场主体达37.5万户",  # a date inside a figure's sentence
        "2023年1-6月主要经济指标",
        "指标 绝对值 增速",
        "规模以上工业增加值  亿元  —  7.9",
        "● 进出口总额232.8亿元，增长17.5%。",
        "▲岚州重工集团智能装备产业园。",
        "资金来源：中央预算内资金1.2亿元",  # a 来源 line that states a figure
        "政务公众号阅读量突破100万次，增长20%",
        "福利彩票销售额增长5%",
        "广告业营业收入增长20%",
        "强化技术支持，新增专利100件",
        "本报记者从市统计局获悉：上半年全市增长6%",
    ],
)
def test_body_lines_are_not_furniture(line: str) -> None:
    text = f"岚州上半年经济运行\n{line}\n{BODY}\n"
    doc = document_from_text(text)
    start = text.index(line)
    assert not doc.is_furniture(start, start + len(line))


def test_repeated_paragraph_second_copy() -> None:
    lead = "今年以来，全市上下统筹推进疫情防控和经济社会发展，经济运行稳中向好。"
    text = f"标题\n{lead}\n来源：岚州日报\n{lead}全市地区生产总值增长6.1%。\n{BODY}\n{BODY}\n"
    doc = document_from_text(text)
    first = text.index(lead)
    second = text.index(lead, first + 1)
    assert not doc.is_furniture(first, first + len(lead))
    assert (second, second + len(lead)) in doc.furniture  # only the repeated part of the longer paragraph
    growth = text.index("6.1%")
    assert not doc.is_furniture(growth, growth + 4)
    b1 = text.index(BODY)
    b2 = text.index(BODY, b1 + 1)
    assert not doc.is_furniture(b1, b1 + len(BODY))
    assert (b2, b2 + len(BODY)) in doc.furniture


def test_short_repeated_line_is_not_furniture() -> None:
    line = "● 规模以上工业增加值增长8.7%，居全省第二"
    text = f"亮点\n{line}\n正文\n{line}\n"
    assert document_from_text(text).furniture == []


def test_repeated_table_header_is_not_furniture() -> None:
    """Two tables of one kind (县区组, 园区组) share their header row: the second is a table's head too."""
    header = "单位\t基础指标得分\t争先指标得分\t加分\t综合得分\t排名"
    text = (
        f"一、县区组\n{header}\n甲区\t64.8\t26.5\t3.0\t93.8\t1\n乙县\t65.2\t25.1\t2.5\t92.8\t2\n"
        f"二、园区组\n{header}\n丙园\t66.0\t26.2\t2.5\t94.7\t1\n"
    )
    doc = document_from_text(text)
    second = text.index(header, text.index(header) + 1)
    assert not doc.is_furniture(second, second + len(header))
    records = {(r.text, r.start): r for r in extract(doc, city=CITY)}
    park = text.index("94.7")
    assert records[("94.7", park)].indicator == "综合得分"
    rank = text.index("1", park)
    assert records[("1", rank)].indicator == "综合得分"  # the rank ranks the score just before it


def test_repeated_table_header_with_periods_is_not_furniture() -> None:
    """A header naming periods (指标名称 | 10月 | 1—10月累计) has digits of its own: its cells line
    up with the row's under it, so its second copy heads a table too."""
    header = "指标名称 | 10月 | 1—10月累计 | 累计增速(%)"
    text = (
        f"表1　工业\n{header}\n规上工业总产值 | 1012.6 | 9873.4 | 9.2\n"
        f"表2　消费\n{header}\n社零总额 | 124.3 | 1198.4 | 4.9\n"
    )
    doc = document_from_text(text)
    second = text.index(header, text.index(header) + 1)
    assert not doc.is_furniture(second, second + len(header))
    assert "1198.4" in {r.text for r in extract(doc, city=CITY)}


def test_running_head_beside_page_numbers() -> None:
    """A pdf's running head (issuer, issue) sits by each page's number: its later copies are the page's,
    and a table's label by a page's number (指标, shorter) is not."""
    head = "岚州市统计局　统计信息\n2021年第30期\n"
    text = (
        f"{head}— 1 —\n前三季度全市经济运行稳中有进。\n指标\n单位\n"
        f"{head}— 2 —\n指标\n单位\n全市规模工业增加值增长6.1%。\n"
    )
    doc = document_from_text(text)
    issue = text.index("2021年第30期")
    later = text.index("2021年第30期", issue + 1)
    assert not doc.is_furniture(issue, issue + 9)
    assert doc.is_furniture(later, later + 9)
    bureau = text.index("岚州市统计局", issue)
    assert doc.is_furniture(bureau, bureau + 11)
    label = text.index("指标", later)
    assert not doc.is_furniture(label, label + 2)


def test_repeated_header_aligned_by_spaces_over_units_is_not_furniture() -> None:
    """Two tables of one kind whose header is aligned by spaces, a row of units under it: its second copy
    heads the second table (the row of figures is the one past the units)."""
    header = "单位            实际到位内资  同比增长  综合得分  排名"
    units = "                （亿元）      （%）     （分）"
    text = (
        f"表1　县市区组\n{header}\n{units}\n甲县            138.52        11.8      93.6      1\n"
        f"表2　园区组\n{header}\n{units}\n乙园            118.26        12.7      94.8      1\n"
    )
    doc = document_from_text(text)
    second = text.index(header, text.index(header) + 1)
    assert not doc.is_furniture(second, second + len(header))


def test_related_links_after_heading() -> None:
    text = f"标题\n{BODY}\n相关阅读：\n前两个月全市规模工业增加值增长6.2%\n岚州市2022年统计公报\n"
    doc = document_from_text(text)
    link = text.index("6.2%")
    assert doc.is_furniture(link, link + 4)
    body = text.index(BODY)
    assert not doc.is_furniture(body, body + len(BODY))


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 2, False),
        (2, 3, False),
        (2, 4, True),
        (4, 6, True),
        (5, 7, True),
        (7, 10, False),
        (9, 11, True),
        (12, 13, True),
        (14, 20, False),
        (0, 20, True),
    ],
)
def test_is_furniture_overlap(start: int, end: int, expected: bool) -> None:
    doc = SourceDocument(name="x", text="x" * 20, furniture=[(3, 7), (10, 14)])
    assert doc.is_furniture(start, end) is expected


def test_body_spans_complement_furniture() -> None:
    text = f"首页 | 政务公开 | 新闻中心\n{BODY}\n扫一扫，用手机看"
    doc = document_from_text(text)
    covered = sorted(doc.furniture + doc.body_spans())
    assert covered[0][0] == 0 and covered[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(covered))


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("扫一用手机看浏览量字体当前位置首页|>来源：:2023-06-05 10:20年月日。，\n 增长5%")
        ),
        max_size=300,
    )
)
def test_furniture_spans_are_valid_on_any_text(text: str) -> None:
    spans = find_furniture(text)
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s:e].strip() == text[s:e]
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end < start


@settings(max_examples=60, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.binary(max_size=300).map(lambda b: b"%PDF-1.4\n" + b),
        st.binary(max_size=300).map(lambda b: b"PK\x03\x04" + b),
        st.text(max_size=200).map(lambda t: t.encode("utf-16")),
        st.text(max_size=200).map(lambda t: ("<html><body>" + t).encode("gb18030", errors="replace")),
    ),
    suffix=st.sampled_from([".txt", ".html", ".docx", ".pdf", ""]),
)
def test_any_bytes_give_a_document_or_a_document_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("any") / f"f{suffix}"
    path.write_bytes(data)
    try:
        doc = load_document(path)
    except DocumentError as exc:
        assert path.name in str(exc)
        return
    assert doc.text.strip()
    for s, e in doc.furniture:
        assert 0 <= s < e <= len(doc.text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_document(text: str) -> None:
    try:
        doc = document_from_text(text)
    except DocumentError:
        assert not text.strip()
        return
    assert doc.text == text
    assert doc.report_year is None or 1900 <= doc.report_year <= 2099
    for s, e in doc.furniture:
        assert 0 <= s < e <= len(text)


# --- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \r\n\t\n", "no text"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("zeros.bin", b"\x00\x01\x02\x03" * 500, "binary"),
        ("undecodable.txt", b"\x80\x81\xfe\xff\xc0\xc1" * 50, "does not decode"),
        ("bad-bom.txt", b"\xff\xfe\x41", "does not decode"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "damaged"),
        ("other.docx", b"", "empty"),
        ("broken.pdf", b"%PDF-1.4\n garbage", "PDF"),
        ("old.doc", b"\xd0\xcf\x11\xe0 legacy", ".doc"),
    ],
)
def test_bad_files_raise_document_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(DocumentError, match=message) as caught:
        load_document(path)
    assert name in str(caught.value)
    assert caught.value.path == str(path)


def test_docx_named_doc_is_read(tmp_path: Path) -> None:
    renamed = _write(tmp_path, "bulletin.doc", _docx(tmp_path / "b.docx").read_bytes())
    assert load_document(renamed).text.startswith("岚州市重点项目进展")


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(DocumentError, match=r"archive\.docx"):
        load_document(path)


def test_pdf_without_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "scan.pdf", pdf_bytes([]))
    with pytest.raises(DocumentError, match=r"scan\.pdf.*no text"):
        load_document(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"nowhere\.txt.*no such file"):
        load_document(tmp_path / "nowhere.txt")
    with pytest.raises(DocumentError, match="folder"):
        load_document(tmp_path)


# --- the word lists ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "content", "message"),
    [
        (
            FurnitureLexicon,
            "kinds: {share: {max_chars: 40, markers: [扫一扫]}}\nunknown_key: 1\n",
            "unknown_key",
        ),
        (FurnitureLexicon, "kinds: {share: {max_chars: 40, markers: [扫一扫, 扫一扫]}}\n", "listed twice"),
        (FurnitureLexicon, "kinds: {share: {max_chars: 0, markers: [扫一扫]}}\n", "max_chars"),
        (FurnitureLexicon, "kinds: {share: {max_chars: 40, markers: ['  ']}}\n", "empty word"),
        (
            DatesLexicon,
            "published_labels: [发布时间]\npublisher_labels: [来源]\nreview_months: [13]\n",
            "month",
        ),
        (DatesLexicon, "published_labels: [发布时间]\n", "publisher_labels"),
        (DatesLexicon, "published_labels: [发布时间\n", "not valid YAML"),
    ],
)
def test_lexicon_files_validated(tmp_path: Path, model: type, content: str, message: str) -> None:
    path = tmp_path / "words.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as caught:
        load_lexicon_file(path, model)
    assert "words.yaml" in str(caught.value)


def test_packaged_lexicons_load() -> None:
    from diaodu.reading.lexicon_documents import LEXICON_DIR

    furniture = load_lexicon_file(LEXICON_DIR / "furniture.yaml", FurnitureLexicon)
    assert "扫一扫" in furniture.kinds["share"].markers
    dates = load_lexicon_file(LEXICON_DIR / "dates.yaml", DatesLexicon)
    assert "发布时间" in dates.published_labels


# --- the seeds (third-party reports), when present ---------------------------------------------------


def _seed(pattern: str) -> Path:
    folder = SHARED / "seeds"
    found = sorted(folder.glob(pattern)) if folder.is_dir() else []
    if not found:
        pytest.skip("../shared/seeds is not present")
    return found[0]


@pytest.mark.parametrize(
    ("pattern", "markers", "published", "year"),
    [
        ("002_*.txt", ["扫一扫", "用手机看", "扫描到手机", "分享给朋友", "来源:"], date(2021, 6, 29), 2021),
        (
            "004_*.txt",
            ["扫一扫", "浏览量", "字体", "当前位置", "老年模式", "相关阅读", "体育官网"],
            date(2022, 8, 5),
            2022,
        ),
    ],
)
def test_seed_furniture(pattern: str, markers: list[str], published: date, year: int) -> None:
    path = _seed(pattern)
    doc = load_document(path)
    assert doc.text == path.read_bytes().decode("utf-8-sig")
    assert doc.published_on == published
    assert doc.report_year == year
    for marker in markers:
        pos = doc.text.find(marker)
        assert pos >= 0, marker
        while pos >= 0:
            assert doc.is_furniture(pos, pos + len(marker)), (marker, pos)
            pos = doc.text.find(marker, pos + 1)
    for s, e in doc.furniture:
        assert 0 <= s < e <= len(doc.text)
    share = sum(e - s for s, e in doc.furniture)
    assert share < len(doc.text) * 0.2  # furniture is the page's edge, not its body


def test_seed_gold_spans_index_text_and_avoid_furniture() -> None:
    gold = SHARED / "gold" / "dev.jsonl"
    if not gold.exists():
        pytest.skip("../shared/gold is not present")
    docs: dict[str, SourceDocument] = {}
    count = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        doc = docs.get(record["doc"])
        if doc is None:
            doc = docs[record["doc"]] = load_document(SHARED / "seeds" / record["doc"])
        assert doc.text[record["start"] : record["end"]] == record["text"]
        assert not doc.is_furniture(record["start"], record["end"]), record
        count += 1
    assert count > 100
