"""Forms a report's writer may use without knowing the reader's rules, each on a sentence written for it.

Periods: a gloss in brackets (第三季度（1—9月）), a period after a lead-in clause (会议指出，前三季度…), a
section heading's period, a plan's own time (年内计划…), 本月 / 当月, 前10个月, 年底前, 近三年, the year's
standing set of projects. Projects: a heading before 总投资, a project's size and whom it serves, 总投资…的
某某项目, capacities. Subjects: no project in a share, a deed or a period; 到位市外资金; the partner a unit
signs with; a company after 区内企业 or a goal word. Ranks: the peers counted before them, their natural
peers, 新增数量居…. Names: words around a name that are no part of it, shares 在…中的占比, units not yet
done (未开工…), a class by its threshold (超10亿元企业21家), a rule's rate and cap (…给予补助，最高…), 均
after separate figures. Read with the example profile (衡阳市, 湖南省); all other names are invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diaodu.reading import extract
from diaodu.reading.lexicon import load_lexicon
from diaodu.reading.passages import glossed
from diaodu.reading.periods import PeriodFinder
from tests.reading.example_city import CITY, check, read

Case = tuple[str, list[tuple[str, dict[str, Any]]]]


_check = check


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("现将第三季度（1—9月）情况报告如下", (1, 9)),
        ("二季度(1-6月)全市运行平稳", (1, 6)),
        ("今年以来（1—10月），全市运行平稳", (1, 10)),
        ("第三季度，全市运行平稳", (7, 9)),  # no gloss: the quarter
    ],
)
def test_a_bracketed_gloss_says_what_a_period_word_means(text: str, months: tuple[int, int]) -> None:
    finder = PeriodFinder(load_lexicon())
    marks = glossed(text, finder.find(text))
    assert len(marks) == 1 and marks[0].months == months


PERIOD_CASES: list[Case] = [
    # the headline's quarter, glossed in the body as counted from January, is the document's period
    (
        "衡阳县2025年第三季度园区发展报告\n\n现将第三季度（1—9月）情况报告如下。\n\n"
        "一、总体情况\n全县园区实现产值320亿元。\n\n二、企业\n园区企业营业收入增长6.5%。\n",
        [("320亿元", {"period": "2025-01/2025-09"}), ("6.5%", {"period": "2025-01/2025-09"})],
    ),
    # a period opening the clause after a lead-in clause with no figure holds for the passage
    (
        "衡阳县重大项目推进会召开\n\n会议通报，前三季度全县完成投资88亿元。全县新开工项目32个。\n",
        [("88亿元", {"period": "2025-01/2025-09"}), ("32个", {"period": "2025-01/2025-09"})],
    ),
    # the year before a plan (年内计划, 今年计划) dates the plan, not the passage after it
    (
        "衡阳县2025年1—8月项目简报\n\n1—8月，全县重大项目进展顺利。甲乙大道工程年内计划完成投资3亿元，"
        "已完成2.1亿元。\n",
        [("3亿元", {"period": "2025"}), ("2.1亿元", {"period": "2025-01/2025-08", "indicator": "完成投资"})],
    ),
    # a quarter before 计划 dates the plan's whole sentence
    (
        "衡阳县2025年1—9月项目简报\n\n1—9月，全县完成投资60亿元。第四季度计划新开工项目不少于8个，力争开工率达到95%。\n",
        [("8个", {"period": "2025-10/2025-12"}), ("95%", {"period": "2025-10/2025-12"})],
    ),
    # 本月 in a monthly report is the report's month, though the passage runs from January
    (
        "衡阳县2025年10月招商月报\n\n1—10月，全县累计签约项目78个。本月新签约项目9个。\n",
        [("78个", {"period": "2025-01/2025-10"}), ("9个", {"period": "2025-10"})],
    ),
    # 当月 alone is the report's month; after a month it is that month
    (
        "衡阳县2025年1—10月经济简报\n\n1—10月，全县规模工业增加值增长7.2%。9月当月增长6.5%。当月新签约项目5个。\n",
        [("6.5%", {"period": "2025-09"}), ("5个", {"period": "2025-10"})],
    ),
    # an amount named only by the year's goal after another amount is that amount's goal for the year
    (
        "衡阳县2025年1—10月招商简报\n\n1—10月，全县协议投资额412亿元，完成全年目标任务500亿元的82.4%。\n",
        [
            ("500亿元", {"period": "2025", "modality": "target", "indicator": "协议投资额"}),
            ("82.4%", {"indicator": "协议投资额"}),
        ],
    ),
    # …but 其中 opens a part, whose month does not hold for the sentences after it
    (
        "衡阳县2025年1—9月简报\n\n1—9月，全县规模工业增加值增长7%。其中，9月份增长8%。工业投资增长10%。\n",
        [("8%", {"period": "2025-09"}), ("10%", {"period": "2025-01/2025-09"})],
    ),
    # a lead-in clause before the period in any sentence, after an event's date
    (
        "衡阳县召开2025年重点项目调度会\n\n10月12日，衡阳县召开项目调度会。会议通报，1—9月，全县完成投资90亿元。"
        "其中，产业项目完成投资50亿元。\n",
        [("50亿元", {"period": "2025-01/2025-09"})],
    ),
    # a headline's later quarter, with a body running from January to its end, is the year to date
    (
        "衡阳县2025年三季度项目调度会召开\n\n会议指出，1—9月，全县项目进展顺利。\n\n截至目前，全县已开工项目65个。\n",
        [("65个", {"period": "2025-01/2025-09"})],
    ),
    # the share done of the year's goal, in a month's report, is of the months since January
    (
        "衡阳县2025年10月招商月报\n\n10月，全县新签约项目9个。实际利用外资仅完成年度目标的57.2%。\n",
        [("9个", {"period": "2025-10"}), ("57.2%", {"period": "2025-01/2025-10"})],
    ),
    # the year's standing set of projects (今年安排…项目120个) has a life total, not the year's
    (
        "衡阳县2025年1—9月项目简报\n\n今年全县共安排重点项目120个，总投资712亿元。1—9月完成投资150亿元。\n",
        [("712亿元", {"period": None}), ("150亿元", {"period": "2025-01/2025-09"})],
    ),
    # a section heading's period holds for the section's paragraphs, a single month too
    (
        "衡阳县2025年经济运行简报\n\n一、1—10月主要指标\n全县规模工业增加值增长7.2%。\n\n"
        "二、10月当月情况\n全县规模工业增加值增长8.1%。\n\n全县固定资产投资增长5.1%。\n",
        [
            ("7.2%", {"period": "2025-01/2025-10"}),
            ("8.1%", {"period": "2025-10"}),
            ("5.1%", {"period": "2025-10"}),
        ],
    ),
    # 前10个月 is January to October, and no figure
    (
        "衡阳县2025年经济简报\n\n前10个月，全县新增市场主体2600户。\n",
        [("2600户", {"period": "2025-01/2025-10"})],
    ),
    # 年底前 is the year's
    (
        "衡阳县2025年1—9月项目简报\n\n1—9月，全县完成投资60亿元。力争年底前完成投资85亿元。\n",
        [("85亿元", {"period": "2025", "modality": "target", "indicator": "完成投资"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_CASES, ids=[c[0][:8] for c in PERIOD_CASES])
def test_periods(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year=2025), expected)


def test_no_figure_in_months_so_far() -> None:
    assert "10个月" not in [r.text for r in read("前10个月，全县新增市场主体2600户。", year=2025)]


PROJECT_CASES: list[Case] = [
    # a heading followed by 总投资 names a project, whatever noun it ends in (厂房三期)
    (
        "衡阳县项目简报\n\n1—9月，全县项目进展顺利。\n\n（二）甲乙标准厂房三期。总投资4亿元，建设厂房12万平方米。\n",
        [
            ("4亿元", {"subject": "甲乙标准厂房三期", "period": None}),
            ("12万平方米", {"subject": "甲乙标准厂房三期", "period": None}),
        ],
    ),
    # a project's size (公里, 座, 亩) is in no period; what it did in the period keeps the period
    (
        "衡阳县项目简报\n\n1—9月，全县项目进展顺利。\n\n3、丙丁供水工程。总投资2亿元，铺设管网36公里，新建泵站2座，"
        "1—9月完成投资0.8亿元。\n",
        [
            ("36公里", {"subject": "丙丁供水工程", "period": None}),
            ("2座", {"period": None}),
            ("0.8亿元", {"period": "2025-01/2025-09"}),
        ],
    ),
]


PROJECT_CASES.append(
    # a project named after 的 in a clause's opening (与某公司签约的某某项目) is its figures' subject
    (
        "衡阳县2025年10月招商月报\n\n10月，全县招商平稳。与外地企业签约的废旧轮胎回收项目总投资6亿元。\n",
        [("6亿元", {"subject": "废旧轮胎回收项目", "indicator": "总投资", "period": None})],
    )
)


PROJECT_CASES.extend(
    [
        # an amount of 总投资 before 的 and a project is that project's, in no period
        (
            "衡阳县2025年1—9月招商简报\n\n1—9月，全县招商成效明显。8月，总投资20亿元的高性能复合材料项目落户园区。\n",
            [("20亿元", {"subject": "高性能复合材料项目", "indicator": "总投资", "period": None})],
        ),
        # a capacity in an item's text with no project named after it is the item's project's
        (
            "衡阳县项目简报\n\n1—9月，全县项目进展顺利。\n\n"
            "1. 甲乙新材料项目。总投资32亿元，建设年产5万吨正极材料生产线。\n",
            [("5万吨", {"subject": "甲乙新材料项目", "period": None})],
        ),
    ]
)


PROJECT_CASES.append(
    # a capacity after a project named before it in its clause (某某项目达产后可年产…) is that project's
    (
        "衡阳县2025年10月招商月报\n\n10月，全县招商平稳。甲乙复合材料项目达产后可年产复合材料8万吨。\n",
        [("8万吨", {"subject": "甲乙复合材料项目", "indicator": "年产能", "period": None})],
    )
)
PROJECT_CASES.append(
    # whom a project serves (惠及…, 可解决…) is counted in no period
    (
        "衡阳县项目简报\n\n1—9月，全县项目进展顺利。\n\n4、丙丁老旧小区改造工程。总投资3亿元，涉及小区21个，惠及居民1.2万户。\n",
        [("21个", {"period": None}), ("1.2万户", {"subject": "丙丁老旧小区改造工程", "period": None})],
    )
)
PROJECT_CASES.append(
    # a capacity with its object between the word and the number (年处理废旧轮胎3万吨), of the project
    # the sentence is about
    (
        "衡阳县2025年10月招商月报\n\n10月，全县招商平稳。甲乙轮胎回收项目总投资6亿元，一期年处理废旧轮胎3万吨。\n",
        [("3万吨", {"subject": "甲乙轮胎回收项目", "indicator": "年处理能力", "period": None})],
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    PROJECT_CASES,
    ids=["heading+总投资", "size", "的 project", "总投资的", "capacity", "named before", "served", "object"],
)
def test_projects(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year=2025), expected)


SUBJECT_CASES: list[Case] = [
    # a clause naming a share, a deed or a period before …项目 names no project
    (
        "1—9月，全县产业项目完成投资40亿元，占全部重点项目完成投资的55%。",
        [("55%", {"subject": "衡阳市"})],
    ),
    ("1—9月，县级领导联系重点项目共36个。", [("36个", {"subject": "衡阳市"})]),
    ("全年工作安排。第四季度计划新招引产业项目不少于6个。", [("6个", {"subject": "衡阳市"})]),
    # 到位市外资金: 市 there is no name's end
    ("1—9月，全市实际到位市外资金56亿元。", [("56亿元", {"subject": "衡阳市"})]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_CASES, ids=[c[0][:10] for c in SUBJECT_CASES])
def test_subjects(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year=2025), expected)


@pytest.fixture(scope="module")
def company_city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("city")
    text = (CITY / "city.yaml").read_text(encoding="utf-8").rstrip("\n")
    text += '\n  - {code: "430400C92", name: 湘衡精密机械有限公司, kind: company, parent: "430400"}\n'
    (folder / "city.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("text", "span", "indicator"),
    [
        # the company a unit signs with is the investor; the amount is named before it, not by its use
        ("10月，衡阳县与湘衡精密机械有限公司签订协议，投资12亿元建设精密部件基地。", "12亿元", "投资"),
        # a company after a locative role noun (区内企业…)
        ("10月，区内企业湘衡精密机械有限公司追加投资2亿元扩建生产线。", "2亿元", "追加投资"),
        # a company after a goal word
        ("全年力争实现产值100亿元；确保湘衡精密机械有限公司全年营业收入突破30亿元。", "30亿元", "营业收入"),
    ],
)
def test_company_figures(company_city: Path, text: str, span: str, indicator: str) -> None:
    records = extract(text, report_year=2025, city=company_city, name="case.txt")
    _check(records, [(span, {"subject": "湘衡精密机械有限公司", "indicator": indicator})])


RANK_CASES: list[Case] = [
    # the peers counted before a rank are the province's; the rank is of the rate before them
    (
        "1—9月，全市外贸进出口总额增长8.2%，增速在全省14个市（州）中排第5位。",
        [
            ("14个", {"subject": "湖南省", "indicator": "市（州）", "period": None}),
            ("第5", {"indicator": "进出口总额", "reference": "湖南省"}),
        ],
    ),
    # the counties of the city are a rank's natural peers, one group, not a list of two
    (
        "1—9月，衡阳县固定资产投资增长8.6%，在全市各县（市、区）中排名第二。",
        [("第二", {"indicator": "固定资产投资", "reference": "衡阳市"})],
    ),
    # the peers may follow the rank cue, with no 在…中
    (
        "1—9月，衡阳县固定资产投资增长6.8%，增速居全市12个县（市、区）第3位。",
        [("12个", {"subject": "衡阳市", "indicator": "县（市、区）", "period": None})],
    ),
    # 新增数量 ranks the count of new units just before it
    (
        "1—9月，全市新增规上企业120家，新增数量居全省第2位。",
        [("第2", {"indicator": "新增规上企业"})],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), RANK_CASES, ids=["peer set", "natural peers", "peers after 居", "新增数量"]
)
def test_ranks(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    records = read(text, year=2025)
    _check(records, expected)
    assert len([r for r in records if r.measure == "rank"]) == 1


INDICATOR_CASES: list[Case] = [
    # a list item's number (1. …) is no part of the name
    (
        "1—6月主要指标：\n1. 地区生产总值完成126.8亿元，同比增长5.8%；",
        [("126.8亿元", {"indicator": "地区生产总值"})],
    ),
    # a self-word after the name (…总额全市累计达到) is the subject, not part of the name
    ("1—9月，社会消费品零售总额全市累计达到420亿元。", [("420亿元", {"indicator": "社会消费品零售总额"})]),
    # 现有 / 正在 / 此次 open no name
    ("全市现有专业招商小分队12支，正在洽谈的项目30个。", [("12支", {"indicator": "专业招商小分队"})]),
    ("此次集中签约项目18个。", [("18个", {"indicator": "集中签约项目"})]),
    # 涉及 / 纳入 open no name; units that have not done a deed, though their noun opens with a verb
    (
        "截至9月底，全县仍有11个签约项目未开工，涉及合同投资68亿元。",
        [("11个", {"indicator": "未开工签约项目"}), ("68亿元", {"indicator": "合同投资"})],
    ),
    ("1—9月，全县纳入省重点项目9个。", [("9个", {"indicator": "省重点项目数"})]),
    # counts side by side (新增…，新增… / …、…) are no deed done by the units of the one before
    (
        "1—9月，全县新增高新技术企业61家，新增市场主体3850家。新引进世界500强企业1家、上市公司5家。",
        [("3850家", {"indicator": "新增市场主体"}), ("5家", {"indicator": "上市公司"})],
    ),
    # 新设 after the noun goes in front of it, as 新增 does
    ("1—9月，全市外商投资企业新设9家。", [("9家", {"indicator": "新设外商投资企业"})]),
    # a rate of a set of projects names the amount it is the rate of; a bare rate stays
    ("1—9月，全县重大项目完成率为78.5%。", [("78.5%", {"indicator": "重大项目完成投资"})]),
    ("1—9月，全县省重点项目投资完成率为82.1%。", [("82.1%", {"indicator": "省重点项目完成投资"})]),
    ("1—9月，全县年度投资完成率为88.6%。", [("88.6%", {"indicator": "年度投资完成率"})]),
    # a share 在…中的占比 is of the amount just before it
    (
        "1—9月，全市高新技术产业增加值达到860亿元，在全市地区生产总值中的占比达到41.2%。",
        [("41.2%", {"measure": "ratio", "indicator": "高新技术产业增加值"})],
    ),
    # the units that have not yet done a deed (仍有…项目未开工)
    ("全市仍有12个计划新开工项目未开工。", [("12个", {"indicator": "未开工计划新开工项目"})]),
    # 环比增长 is a growth of the amount named before it
    (
        "10月，全市新签约项目协议投资额46亿元，环比增长12.5%。",
        [("12.5%", {"measure": "growth", "indicator": "新签约项目协议投资额"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDICATOR_CASES, ids=[c[0][:10] for c in INDICATOR_CASES])
def test_indicators(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year=2025), expected)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("1—9月，全市动力电池出货量12.5GWh。", "12.5GWh", "GWh"),
        ("1—9月，全市储能电站装机80MWh。", "80MWh", "MWh"),
        ("1—9月，全市显示面板产量260万片。", "260万片", "万片"),
    ],
)
def test_units(text: str, span: str, unit: str) -> None:
    _check(read(text, year=2025), [(span, {"unit": unit})])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("1—9月，全市产值超10亿元企业21家、超50亿元企业4家。", ["产值超10亿元企业", "产值超50亿元企业"]),
        ("1—9月，全县签约项目19个，其中投资过10亿元项目4个。", ["签约项目", "投资过10亿元项目"]),
        (
            "其中，营业收入超千亿元的产业链有2条，超500亿元的有3条。",
            ["营业收入超千亿元的产业链", "营业收入超500亿元的产业链"],
        ),
    ],
    ids=["超", "过", "的"],
)
def test_a_class_by_threshold_is_no_figure_and_names_the_count(text: str, names: list[str]) -> None:
    records = read(text, year=2025)
    assert [r.indicator for r in records] == names


def test_new_since_the_year_start_is_a_change() -> None:
    records = read("1—9月，全市规上工业企业达到860家，比年初新增35家。", year=2025)
    _check(records, [("35家", {"measure": "change", "value": 35, "reference": "2024-12"})])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule's rate, named by what it gives, in no period; its cap after 最高, named the same
        (
            "1—9月，全县招商成效明显。对新落户企业按其设备投资额的10%予以补助，每家最高不超过300万元。",
            [("10%", {"indicator": "补助比例", "period": None}), ("300万元", {"indicator": "补助"})],
        ),
        # a cap that names what it caps
        (
            "1—9月，全县兑现奖励资金1.2亿元，其中单个企业最高获得奖励800万元。",
            [("800万元", {"indicator": "奖励", "qualifier": "under"})],
        ),
    ],
    ids=["rate and cap", "own cap"],
)
def test_rules_name_what_they_give(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year=2025), expected)


def test_a_count_over_several_years_has_no_period() -> None:
    records = read("1—9月，全市规上工业增加值增长7%。衡阳县近三年累计获得发明专利120项。", year=2025)
    _check(records, [("120项", {"period": None, "indicator": "获得发明专利"})])


def test_jun_after_separate_figures_ranks_each() -> None:
    text = "1—6月，全市实际利用外资1.8亿美元，实际到位内资52亿元，增速均居全省第一。"
    ranks = [r for r in read(text, year=2025) if r.measure == "rank"]
    assert [r.indicator for r in ranks] == ["实际利用外资", "实际到位内资"]


def test_a_goal_year_after_the_goal_word_holds_to_the_sentence_end() -> None:
    text = (
        "1—6月，全市固定资产投资增长5%。"
        "下半年，全市将力争全年规模工业总产值突破2000亿元，固定资产投资增长10%以上。"
    )
    _check(
        read(text, year=2025),
        [("2000亿元", {"period": "2025", "indicator": "规模工业总产值"}), ("10%", {"period": "2025"})],
    )


@pytest.mark.parametrize(
    ("text", "span", "reference"),
    [
        # the end of a quarter, for a rate counted from January, is January to its last month
        ("1—9月，全县项目开工率为91.4%，比二季度末提高17.2个百分点。", "17.2个百分点", "2025-01/2025-06"),
        # a peer group of parks: the province's parks of the kind
        ("1—9月，园区实现产值410亿元，产值规模居全省同类园区第二。", "第二", "湖南省同类园区"),
        # an average of the figure's own indicator is the region's
        (
            "衡阳县简报\n\n1—9月，全县工业投资增长12%，高于全市工业投资平均增速3个百分点。",
            "3个百分点",
            "衡阳市",
        ),
    ],
)
def test_references_to_a_quarter_end_and_an_average(text: str, span: str, reference: str) -> None:
    _check(read(text, year=2025), [(span, {"reference": reference})])


def test_the_top_one_is_no_cap() -> None:
    _check(read("1—9月，全县产值最高的企业达到50亿元。", year=2025), [("50亿元", {"qualifier": None})])


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("1—9月，全县累计签约125亿元，同比增长12%。", "125亿元", None),  # 约 in 签约 qualifies nothing
        ("1—9月，全县新开工项目约30个。", "30个", "about"),
    ],
)
def test_a_word_ending_in_a_qualifier_is_no_qualifier(text: str, span: str, qualifier: str | None) -> None:
    records = read(text, year=2025)
    _check(records, [(span, {"qualifier": qualifier})])
    assert all(r.indicator != "签" for r in records)


def test_aspects_of_one_amount_rank_it_once_each() -> None:
    text = "上半年，全市外贸进出口总额215.6亿元，同比增长18.4%，总量和增速双双居全省第3位。"
    ranks = [r for r in read(text, year=2025) if r.measure == "rank"]
    assert [(r.indicator, r.reference) for r in ranks] == [("进出口总额", "湖南省")] * 2


def test_a_goal_word_inside_the_lead_opens_no_name() -> None:
    text = "上半年，全市消费平稳。下半年，全市商务系统将力争全年社会消费品零售总额增长6.5%以上。"
    _check(read(text, year=2025), [("6.5%", {"indicator": "社会消费品零售总额", "modality": "target"})])
