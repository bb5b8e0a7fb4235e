"""Hard-wrapped text (a PDF's text layer): the reader joins the lines the page's width broke, and only those.

Texts are invented, written for these tests and read with the example profile (衡阳市, 湖南省). A text is
wrapped here as a PDF's text layer is: every paragraph indented and cut at a fixed number of characters,
wherever the cut falls (inside a name, inside a figure).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from diaodu.reading import document_from_text, extract, load_document
from diaodu.reading.wraps import soft_breaks, unwrap
from tests.reading.example_city import CITY, check

PARAGRAPHS = [
    "经初步核算，全市1—9月地区生产总值2936.4亿元，按可比价格计算，同比增长5.6%，高于全省0.4个百分点，"
    "居全省第2位。",
    "一般公共预算收入162.35亿元，增长4.1%，其中税收收入113.8亿元，占比70.1%。规模以上工业增加值增长"
    "7.2%，比上半年加快0.6个百分点。",
    "全市重点项目完成投资1268.5亿元，完成年度计划的83.2%，全年力争完成投资突破1650亿元。",
]


def _wrap(paragraphs: list[str], width: int = 31, head: str = "衡阳市2025年前三季度经济运行简报") -> str:
    """Each paragraph indented by two full-width spaces and cut every ``width`` characters."""
    lines = [head, ""]
    for para in paragraphs:
        text = "\u3000\u3000" + para
        lines.extend(text[i : i + width] for i in range(0, len(text), width))
    return "\n".join(lines) + "\n"


WRAPPED = _wrap(PARAGRAPHS)


def test_a_wrapped_text_is_read_as_its_paragraphs() -> None:
    joined = unwrap(WRAPPED)
    assert joined is not None
    body = joined.text.split("\n")[2:]
    assert body[: len(PARAGRAPHS)] == ["\u3000\u3000" + p for p in PARAGRAPHS]
    for i, char in enumerate(joined.text):  # every character read is the document's own
        a, b = joined.offsets.to_raw(i, i + 1)
        assert WRAPPED[a:b] == char


UNWRAPPED: list[tuple[str, str]] = [
    ("one paragraph per line", "衡阳市2025年前三季度经济运行简报\n" + "\n".join(PARAGRAPHS * 3)),
    (
        "short lines: a list of headings and figures",
        "\n".join(f"{i}. 某项工作推进有力，完成{i * 3}项" for i in range(1, 12)),
    ),
    (
        "a table laid out in columns",
        "县市区    规上工业增加值增速    位次\n"
        + "\n".join(f"某某县{i}    {5 + i / 10:.1f}    {i}" for i in range(1, 14)),
    ),
    (
        "a post's items, each opening on a pictograph",
        "图解｜前三季度经济成绩单\n"
        + "\n".join(
            f"{mark}某某指标第{i}项：增长{5 + i / 10:.1f}%，比上半年加快0.{i}个百分点，居全省前列"
            for i, mark in enumerate("📈✅🔹⬇📍🏪💰🚢", 1)
        ),
    ),
]


@pytest.mark.parametrize("text", [t for _, t in UNWRAPPED], ids=[n for n, _ in UNWRAPPED])
def test_text_not_wrapped_by_a_page_is_left_as_it_is(text: str) -> None:
    assert soft_breaks(text) == []
    assert unwrap(text) is None


BREAKS: list[tuple[str, str, bool]] = [
    # (what, the line after a full line, whether the break before it is soft)
    ("a continuing line", "续行文字接着上一行往下写，没有缩进也没有序号，仍是同一句话的后半", True),
    (
        "an indented paragraph",
        "\u3000\u3000另起一段，首行缩进两个全角空格，这是新的段落的开头部分内容",
        False,
    ),
    ("a numbered heading", "二、下一步工作安排和需要协调解决的主要问题，以及具体的推进措施", False),
    ("a bracketed item", "（三）强化要素保障，统筹用地、用能、资金等要素向重点项目倾斜配置", False),
    ("an Arabic item", "2. 加快推进在建项目，确保按时序进度完成年度投资计划和各项任务", False),
    ("a table's caption", "表1 各县市区主要指标完成情况和位次排名一览表（单位：亿元、%）", False),
    ("a dashed item", "——某某港区集装箱泊位工程：桩基施工完成八成，较上周推进五个百分点左右", False),
    ("a range's end after its dash", "—9月再提升0.3个百分点，高出全省平均水平0.9个百分点，居全省第4位", True),
    (
        "a figure that begins the line",
        "1003.58亿元，同比增长6.7%，增速比上半年加快0.3个百分点，好于预期",
        True,
    ),
]


@pytest.mark.parametrize(("line", "soft"), [(x, s) for _, x, s in BREAKS], ids=[n for n, _, _ in BREAKS])
def test_which_breaks_are_soft(line: str, soft: bool) -> None:
    text = (
        WRAPPED
        + "\u3000\u3000"
        + "这一段的第一行写满了整整一行的宽度而在句子中间折到下一行"
        + "\n"
        + line
        + "\n"
    )
    before = text.index(line) - 1  # the newline before the line
    assert any(a <= before < b for a, b in soft_breaks(text)) is soft


def test_a_table_with_bars_is_never_joined() -> None:
    """A header row as wide as the page's lines (指标名称 | 10月 | …) is a table's, not a line the
    page broke."""
    table = "指标名称 | 10月份 | 1—10月累计 | 累计增速(%)\n规上工业总产值 | 1012.6 | 9873.4 | 9.2\n"
    joined = unwrap(WRAPPED + table)
    assert joined is not None
    assert table in joined.text


def test_a_table_parted_by_one_space_is_never_joined() -> None:
    """Rows whose cells a PDF's text layer parts by one space (本外币存款余额(10月末) 亿元 3286.5 7.2 —),
    two or more together, are a table's: each stays a line however wide, and a page's number keeps its
    own line."""
    table = (
        "指标 单位 1—10月 增长% 全省位次\n一般公共预算收入 亿元 96.38 2.1 9\n— 1 —\n"
        "本外币存款余额(10月末)全部金融机构口径 亿元 3286.5 7.2 —\n"
        "本外币贷款余额(10月末)全部金融机构口径 亿元 2654.8 9.8 —\n"
    )
    joined = unwrap(WRAPPED + table)
    assert joined is not None
    assert "— —\n本外币贷款" not in joined.text
    assert "7.2 —\n本外币贷款余额" in joined.text


def test_a_table_given_one_cell_to_a_line_does_not_hide_the_wrapping() -> None:
    """A pdf's table whose cells its text layer gives one to a line adds many short lines: the prose
    around it is still read as wrapped (the share of soft breaks is of the full lines)."""
    cells = "".join(f"某某县{i}\n{5 + i / 10:.1f}\n{i}\n" for i in range(1, 15))
    text = WRAPPED + "表1　各县市区主要指标\n县市区\n增速（%）\n位次\n" + cells
    joined = unwrap(text)
    assert joined is not None
    assert "\u3000\u3000" + PARAGRAPHS[0] in joined.text
    assert cells in joined.text


def test_a_page_number_between_two_halves_of_a_sentence_is_stepped_over() -> None:
    text = WRAPPED + "\u3000\u3000全市新开工亿元以上项目87个，完成投资突破690\n— 3 —\n亿元，同比增长12.4%。\n"
    joined = unwrap(text)
    assert joined is not None
    assert "突破690亿元，同比" in joined.text


def test_a_running_head_by_the_page_number_is_stepped_over_too() -> None:
    """A pdf's running head, atop the report and again by a later page's number, between a sentence's
    halves: stepped over with the number (and so not read); its first copy stays."""
    head = "经济运行简报　2025年第6期　　　　衡阳市统计局"
    text = (
        f"{head}\n{WRAPPED}\u3000\u3000全市新开工亿元以上项目87个，完成投资突破690\n第 3 页　共 4 页\n"
        f"{head}\n亿元，同比增长12.4%。\n"
    )
    joined = unwrap(text)
    assert joined is not None
    assert "突破690亿元，同比" in joined.text
    assert joined.text.startswith(head)
    assert joined.text.count(head) == 1


WRAPPED_FIGURES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # an indicator, a figure and a comparison cut by the page's width are read whole
    (
        WRAPPED,
        [
            ("5.6%", {"indicator": "地区生产总值", "measure": "growth"}),
            ("0.4个百分点", {"indicator": "地区生产总值", "reference": "湖南省"}),
            ("162.35亿元", {"indicator": "一般公共预算收入"}),
            ("70.1%", {"indicator": "税收收入", "measure": "ratio"}),
            ("7.2%", {"indicator": "规模以上工业增加值"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_FIGURES)
def test_figures_of_a_wrapped_text(
    text: str, expected: list[tuple[str, dict[str, Any]]], tmp_path: Path
) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text(text, encoding="utf-8")
    records = extract(load_document(path), city=CITY)
    assert all(text[r.start : r.end] == r.text for r in records)
    # a figure the page's width cut holds the break: found here by its words
    check([replace(r, text=r.text.replace("\n", "")) for r in records], expected)


def test_a_figure_cut_by_a_break_keeps_the_break_in_its_span() -> None:
    text = (
        WRAPPED + "\u3000\u3000全市重点项目加快推进，今年完成投资力争突破1650\n亿元，确保年度计划全面完成。\n"
    )
    doc = document_from_text(text, "wrapped.txt")
    cut = next(r for r in extract(doc, city=CITY) if r.text.startswith("1650"))
    assert text[cut.start : cut.end] == cut.text
    assert cut.text.replace("\n", "") == "1650亿元"
