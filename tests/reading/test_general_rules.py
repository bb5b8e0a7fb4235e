"""General rules of attribution, each shown on a short sentence written for it.

Numbered list items naming a project (every numbering form of an official document), a company after
its role noun, a department that only reports, time words before a region word, a week's figures, a
goal's horizon year, start points (比年初, 比上月末) and peer groups of a rank. Read with the example
profile (衡阳市, 湖南省), plus one invented company for the company cases. All names are invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diaodu.reading import extract, load_document
from diaodu.reading.documents import document_from_html
from diaodu.reading.lexicon import load_lexicon
from diaodu.reading.passages import item_heading, item_pattern, names_project
from tests.reading.example_city import CITY, read

Case = tuple[str, list[tuple[str, dict[str, Any]]]]

_HEAD = "衡阳县重大项目建设调度\n\n1—8月，全县重大项目完成投资50亿元。\n"

ITEM_CASES: list[Case] = [
    (
        _HEAD + "1．甲乙纺织产业园三期项目。总投资28亿元，完成率70%。\n",
        [("28亿元", {"subject": "甲乙纺织产业园三期项目"})],
    ),
    (_HEAD + "2、丙丁物流基地：总投资9亿元。\n", [("9亿元", {"subject": "丙丁物流基地"})]),
    (
        _HEAD + "（1）戊己城市供水工程（二期）。总投资6亿元。\n",
        [("6亿元", {"subject": "戊己城市供水工程（二期）"})],
    ),
    (_HEAD + "(三)庚辛综合客运枢纽，总投资15亿元。\n", [("15亿元", {"subject": "庚辛综合客运枢纽"})]),
    (_HEAD + "①壬癸现代农业示范园。总投资3亿元。\n", [("3亿元", {"subject": "壬癸现代农业示范园"})]),
    # a numbered heading that names no project keeps the passage's subject
    (_HEAD + "1．投资进度总体平稳。完成投资12亿元。\n", [("12亿元", {"subject": "衡阳县"})]),
]


@pytest.mark.parametrize(
    ("text", "expected"), ITEM_CASES, ids=[c[0][len(_HEAD) : len(_HEAD) + 6] for c in ITEM_CASES]
)
def test_numbered_items_name_their_project(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text), expected)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("1．某某产业园三期项目。总投资", "某某产业园三期项目"),
        ("2、某某物流基地：总投资", "某某物流基地"),
        ("（一）某某供水工程（二期），总投资", "某某供水工程（二期）"),
        ("⑤某某示范园。总投资", "某某示范园"),
    ],
)
def test_item_heading_forms(line: str, name: str) -> None:
    lexicon = load_lexicon()
    found = item_heading(
        line, 0, len(line), lexicon.item_anaphors, item_pattern(lexicon.item_markers), lexicon.item_name_ends
    )
    assert found is not None and found[0] == name


def test_names_project_needs_a_project_noun() -> None:
    ends = load_lexicon().item_name_ends
    assert names_project("某某工程（二期）", ends)
    assert not names_project("投资进度总体平稳", ends)


SUBJECT_CASES: list[Case] = [
    # an office heading its item ((四）市商务局。) reports its place's work; within an office's item, a
    # sentence naming the place (10月末，全市…) turns the passage to that place
    (
        "某某市政府常务会议纪要\n一、听取汇报\n（一）市统计局。前三季度，全市地区生产总值2176.48亿元，增长4.3%。\n"
        "（二）市工信局。10月末，全市规上工业企业2236家。三大产业产值分别增长21.4%、36.8%。\n"
        "（四）市商务局。新签约亿元以上项目143个，协议投资额812.4亿元。\n",
        [
            ("21.4%", {"subject": "衡阳市"}),
            ("143个", {"subject": "衡阳市"}),
            ("812.4亿元", {"subject": "衡阳市"}),
        ],
    ),
    # an office reporting the catalogue's figures (（四）市发改委。外贸进出口总额…) reports its place's
    (
        "一、部门汇报的主要数据\n\n（三）市工信局。全市规模以上工业增加值增长5.8%。\n\n"
        "（四）市发改委。外贸进出口总额389.6亿元，增长6.9%。",
        [("389.6亿元", {"subject": "衡阳市", "indicator": "进出口总额"}), ("6.9%", {"subject": "衡阳市"})],
    ),
    # a unit named after the quantity, right before a superlative (增速衡南县最快), is the figures' subject
    # and no part of their name; a rank's scope (居全市第一) ends the clause, no unit after it is taken
    (
        "分县区看，规上工业增加值增速衡南县最快，为11.6%，高于全市4.4个百分点。"
        "其中耒阳市增长14.6%，居全市第一；衡阳县、衡山县分别增长12.9%和10.3%。",
        [
            ("11.6%", {"subject": "衡南县", "indicator": "规上工业增加值"}),
            ("4.4个百分点", {"subject": "衡南县", "reference": "衡阳市"}),
            ("第一", {"subject": "耒阳市"}),
        ],
    ),
    # a department that reports is not the subject; the region after it is
    ("据市工信局统计，1—9月，全市规上工业企业达到1200家。", [("1200家", {"subject": "衡阳市"})]),
    # a time word, a region word, then a category: the region is the subject
    ("本周全市重大项目完成投资3000万元。", [("3000万元", {"subject": "衡阳市"})]),
    # a quantifier before 乡镇 names no township
    ("衡阳县少数乡镇调度不到位，有2个乡镇未按时报送。", [("2个", {"subject": "衡阳县"})]),
    # 季度 before 市 is a time word, no place (第三季度市重点项目: the city's key projects of the quarter)
    (
        "关于2025年第三季度市重点项目评价情况的通报\n今年纳入市级调度的重点项目186个，完成投资1041.8亿元。",
        [("186个", {"subject": "衡阳市"}), ("1041.8亿元", {"subject": "衡阳市"})],
    ),
    # a list of projects, each with its own total in brackets: each total is its project's
    (
        "10亿元以上项目中，衡南县年产60万吨包装纸板项目（总投资32亿元）、衡阳高新区电驱系统产业园（总投资25.6亿元）体量居前。",
        [
            ("32亿元", {"subject": "衡南县年产60万吨包装纸板项目"}),
            ("25.6亿元", {"subject": "衡阳高新区电驱系统产业园"}),
        ],
    ),
    (
        "重点项目进展如下：1.湘江智慧物流港项目（总投资18亿元）已完成主体工程。",
        [("18亿元", {"subject": "湘江智慧物流港项目", "indicator": "总投资"})],
    ),
    # a class of projects after a verb of entering a list (进入省级重点项目库的27个) names no project
    ("本批项目中，进入省级重点项目库的27个。", [("27个", {"subject": "衡阳市"})]),
    # a paragraph labelled with its number (案例一：) is about the unit its first clause names, in every
    # sentence of it
    (
        "案例一：衡州新塑胶科技有限公司今年新接订单较多，流动资金缺口近2000万元。专员协调银行发放贷款1500万元。",
        [
            ("2000万元", {"subject": "衡州新塑胶科技有限公司"}),
            ("1500万元", {"subject": "衡州新塑胶科技有限公司"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_CASES, ids=[c[0][:8] for c in SUBJECT_CASES])
def test_subjects(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text), expected)


@pytest.fixture(scope="module")
def company_city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("city")
    text = (CITY / "city.yaml").read_text(encoding="utf-8").rstrip("\n")
    text += '\n  - {code: "430400C91", name: 岳峰磁材集团, kind: company, parent: "430400"}\n'
    (folder / "city.yaml").write_text(text, encoding="utf-8")
    return folder


def test_a_company_figure_drops_the_generic_noun(company_city: Path) -> None:
    text = "1—9月，全市产业链营业收入增长9%。岳峰磁材集团负责人说，企业研发投入占营业收入的比重提高到4.8%。"
    records = extract(text, report_year=2025, city=company_city, name="case.txt")
    _check(records, [("4.8%", {"subject": "岳峰磁材集团", "indicator": "研发投入"})])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("1—9月，全市产业链营业收入增长9%。链主企业岳峰磁材集团实现营业收入86亿元。", "86亿元"),
        ("1—9月，全市产业链营业收入增长9%。位于高新区的龙头企业岳峰磁材集团产值增长21%。", "21%"),
        ("1—9月，全市产业链营业收入增长9%。岳峰磁材集团负责人说，企业研发投入占比达到4.8%。", "4.8%"),
    ],
)
def test_a_company_after_its_role_or_speaking_of_itself(company_city: Path, text: str, span: str) -> None:
    records = extract(text, report_year=2025, city=company_city, name="case.txt")
    _check(records, [(span, {"subject": "岳峰磁材集团"})])


PERIOD_CASES: list[Case] = [
    # a clause opening on a plan (计划新建…) in a report on the months so far sets out the year's plan;
    # what is done of a plan (计划新开工的118个项目中已开工109个) is of the months
    (
        "1—10月，全市民生实事推进顺利。计划新建和改造农村公路420公里。截至10月末已完成388.5公里。"
        "计划新开工的118个项目中已开工109个。",
        [
            ("420公里", {"period": "2025"}),
            ("388.5公里", {"period": "2025-01/2025-10"}),
            ("109个", {"period": "2025-01/2025-10"}),
        ],
    ),
    # a month's end opening what it dates (10月末，…) is that month, a stock at that instant, for its
    # sentence alone; a month's end to come (预计12月底投产) or a deadline (11月底前) dates no figure; a
    # standing set of projects at a month's end has its life total in no period
    (
        "1—10月，全市规上工业增加值增长5%。10月末，全市存款余额100亿元，贷款余额80亿元。全市完成投资60亿元。"
        "某项目预计12月底投产，完成投资3亿元。\n10月底，列入调度的重大项目合计356个，总投资2864.3亿元。",
        [
            ("100亿元", {"period": "2025-10"}),
            ("80亿元", {"period": "2025-10"}),
            ("60亿元", {"period": "2025-01/2025-10"}),
            ("3亿元", {"period": "2025-01/2025-10"}),
            ("356个", {"period": "2025-10"}),
            ("2864.3亿元", {"period": None}),
        ],
    ),
    # a span from a month of another year to now (2024年3月以来, in a report on 2025): no one-year period
    ("1—11月，全市收集诉求2247件。2024年3月以来，全市累计收集诉求5186件。", [("5186件", {"period": None})]),
    # a span from a month of the year to now (9月1日攻坚行动启动以来) runs to the report's last month; a
    # campaign spanned so by the writer leaves the report's other figures to date (截至10月31日) the year's
    (
        "某县重点项目百日攻坚行动调度通报\n一、总体进展\n截至10月31日，全县重点项目累计完成投资57.94亿元，"
        "完成年度计划的84.6%。9月1日攻坚行动启动以来，全县完成投资16.27亿元。\n项目开工方面，已开工项目79个。",
        [
            ("57.94亿元", {"period": "2025-01/2025-10"}),
            ("84.6%", {"period": "2025-01/2025-10"}),
            ("16.27亿元", {"period": "2025-09/2025-10"}),
            ("79个", {"period": "2025-01/2025-10"}),
        ],
    ),
    # a news report whose body sets the scene in a sentence with no number, then opens on the event's dates
    # (10月1日至8日，…), is about that month
    (
        "双节假期全市文旅市场持续升温\n发布日期：2025年10月9日\n今年中秋与国庆假期首尾相接。10月1日至8日，全市景区"
        "错峰引流。\n据测算，假期全市共接待游客486.72万人次，实现旅游收入41.58亿元。",
        [("486.72万人次", {"period": "2025-10"}), ("41.58亿元", {"period": "2025-10"})],
    ),
    # a goal's horizon year (力争到2027年) is its period
    (
        "1—9月，全市规上工业营业收入增长9%。力争到2027年全市产业链营业收入突破8000亿元。",
        [("8000亿元", {"period": "2027", "modality": "target"})],
    ),
    # a project line's own span holds against its 年度计划 name
    (
        "1—9月，全市重大项目完成投资50亿元。某某工程年度计划投资8亿元，1—8月完成6.1亿元。",
        [("8亿元", {"period": "2025"}), ("6.1亿元", {"period": "2025-01/2025-08"})],
    ),
    # a sentence telling two parts of the year apart (上半年…，下半年…) leaves the running period as it was
    (
        "2025年全年，规上工业产值增长9.6%。上半年增速一度回落至6.1%，下半年逐月回升。电子产业完成产值96.3亿元。",
        [("6.1%", {"period": "2025-01/2025-06"}), ("96.3亿元", {"period": "2025"})],
    ),
    # a five-year review (五年来, “十四五”时期, 五年累计) counts the five years to the report's year; a stock
    # told from where it stood to where it stands (从…增至…) keeps its ends' period
    (
        "五年来，我们始终把发展作为第一要务。“十四五”时期，全市地区生产总值年均增长6.9%，五年累计完成固定资产投资"
        "2416亿元；一般公共预算收入从15.3亿元增至21.7亿元。2025年，全市地区生产总值增长5.6%。",
        [
            ("6.9%", {"period": "2021-01/2025-12", "indicator": "地区生产总值"}),
            ("2416亿元", {"period": "2021-01/2025-12", "indicator": "固定资产投资"}),
            ("21.7亿元", {"period": "2025", "indicator": "一般公共预算收入"}),
            ("5.6%", {"period": "2025"}),
        ],
    ),
    # a span from New Year's Day (1月1日至11月7日) and 1月以来 are the year so far, to the month the span
    # ends in, not January
    (
        "1—10月，全市海洋产业增加值528.7亿元。1月1日至11月7日，全市港口累计完成货物吞吐量5.26亿吨。"
        "重点项目1月以来累计完成投资128.7亿元。",
        [
            ("528.7亿元", {"period": "2025-01/2025-10"}),
            ("5.26亿吨", {"period": "2025-01/2025-11"}),
            ("128.7亿元", {"period": "2025-01/2025-10"}),
        ],
    ),
    # a holiday that falls in one month (国庆假期), and days of one month (10月1日至8日), are that month
    (
        "1—9月，全市接待游客5120万人次。国庆中秋假期，全市接待游客612.4万人次。"
        "今年国庆、中秋两节相连，10月1日至8日，全市实现旅游收入41.3亿元。",
        [
            ("5120万人次", {"period": "2025-01/2025-09"}),
            ("612.4万人次", {"period": "2025-10"}),
            ("41.3亿元", {"period": "2025-10"}),
        ],
    ),
    # a plan word opening a task makes the sentence's figures goals (the year's, in a report on the months
    # so far, as the sets' annotators date a plan's tasks), until a clause says what was done; a plan word
    # inside a noun (年度计划, 原计划) or before a set the plan names (计划新开工项目) opens none
    (
        "1—10月，全市新开工项目96个。计划改造老旧供热管网65公里、换热站40座，已改造换热站31座。"
        "计划新开工项目58个，年度计划投资120亿元，比原计划提前12天。",
        [
            ("65公里", {"period": "2025", "modality": "target"}),
            ("40座", {"modality": "target"}),
            ("31座", {"period": "2025-01/2025-10", "modality": None}),
            ("58个", {"modality": None}),
            ("120亿元", {"modality": None}),
            ("12天", {"modality": None}),
        ],
    ),
    # figures listed before 等主要目标 are the year's goals; 经济增长 is the growth of 地区生产总值
    (
        "上半年，全市规上工业增加值增长6.5%。年初确定了全年经济增长5.5%左右、固定资产投资增长6%等主要目标。",
        [
            ("6.5%", {"period": "2025-01/2025-06", "modality": None}),
            ("5.5%", {"indicator": "地区生产总值", "period": "2025", "modality": "target"}),
            ("6%", {"indicator": "固定资产投资", "period": "2025", "modality": "target"}),
        ],
    ),
    # 今年来 is 今年以来 (the running span), not a word of the name
    (
        "上半年，岚州高新区今年来已走访企业1.2万家次。",
        [("1.2万家次", {"period": "2025-01/2025-06", "indicator": "走访企业"})],
    ),
    # a clause listing values (分别为…) after a clause naming what they are of and when (本月…较多) takes
    # both its name and its period; a comparative before a clause opening on a date (较大，9月份…) joins
    # nothing
    (
        "1—11月，全市收集诉求2247件。\n\n从县区看，衡南县、衡阳县本月诉求量较多，分别为52件、38件。"
        "药材产业受价格波动影响较大，9月份当归、党参收购价格同比分别下跌22%和17%。",
        [
            ("52件", {"period": "2025-11", "indicator": "诉求量", "subject": "衡南县"}),
            ("38件", {"period": "2025-11", "indicator": "诉求量", "subject": "衡阳县"}),
            ("22%", {"period": "2025-09", "indicator": "当归收购价格"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_CASES, ids=[c[0][:8] for c in PERIOD_CASES])
def test_periods(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year=2025), expected)


def test_week_figures_take_the_dispatch_month(tmp_path: Path) -> None:
    path = tmp_path / "dispatch.txt"
    path.write_text(
        "衡阳县重大项目建设周调度\n衡阳县项目办　　2025年9月15日\n\n"
        "1—8月，全县重大项目完成投资50亿元。本周全县完成投资3860万元。\n",
        encoding="utf-8",
    )
    records = extract(load_document(path), city=CITY)
    _check(records, [("3860万元", {"period": "2025-09"}), ("50亿元", {"period": "2025-01/2025-08"})])


REFERENCE_CASES: list[Case] = [
    # a county-level city the profile knows, listed among the ranked units, is no yardstick of the rank
    (
        "衡南县、耒阳市、常宁市走访量位居前三，分别为38家次、35家次和29家次。",
        [("三", {"reference": "衡阳市", "subject": "衡南县"})],
    ),
    # the last period of the figure's kind (比上期 / 较上期): a running total's to the month before, a
    # month's the month before; a score's average (得分平均为) is named by the score
    (
        "1—11月，全市各县综合得分平均为88.00分，比上期提高0.63分。10月份，绿灯项目较上期增加9个。",
        [
            ("88.00分", {"indicator": "综合得分"}),
            ("0.63分", {"reference": "2025-01/2025-10"}),
            ("9个", {"reference": "2025-09"}),
        ],
    ),
    # the quarter before (比上季度), of a running total to a quarter's end: the total to the quarter before
    (
        "前三季度，全市综合得分平均为88.10分，比上季度提高1.20分。",
        [("1.20分", {"reference": "2025-01/2025-06"})],
    ),
    # the last year's end (比上年末) is named by that year, for a year-end stock or a month's; 比年初 stays
    # the December before the report's year
    (
        "年末全市规上工业企业1126家，比上年末净增52家。10月末，经营主体52.67万户，较去年底净增2.18万户。"
        "10月末，贷款余额比年初增加96亿元。",
        [
            ("52家", {"reference": "2024"}),
            ("2.18万户", {"reference": "2024"}),
            ("96亿元", {"reference": "2024-12"}),
        ],
    ),
    # a running total (1—10月) against 上月 is against the last month's running total (1—9月); a stock
    # against 上月末 is against that month's end
    (
        "1—10月，全市重点项目投资完成率85%，比上月提高2个百分点。存款余额比上月末增加5亿元。",
        [("2个百分点", {"reference": "2025-01/2025-09"}), ("5亿元", {"reference": "2025-09"})],
    ),
    # a rank among a named group of places (珠三角九市, 皖北六市) is against the group, and the group names
    # no quantity; the province's own places counted (全省十四市州) are the province
    (
        "1—10月，全市规模以上工业增加值增长5.8%，在全省排第4位、珠三角九市排第2位；居皖北六市第1位。"
        "在全省十四市州中排第5。",
        [
            ("第2", {"reference": "珠三角九市", "indicator": "规模以上工业增加值"}),
            ("第1", {"reference": "皖北六市"}),
            ("第5", {"reference": "湖南省"}),
        ],
    ),
    (
        "2025年上半年经济运行简况\n\n6月末，全市贷款余额2000亿元，比年初增加150亿元。",
        [("150亿元", {"reference": "2024-12"})],
    ),
    ("2025年末，全市存款余额3000亿元，比年初增加200亿元。", [("200亿元", {"reference": "上年同期"})]),
    (
        "2025年1—10月经济运行简况\n\n10月末，全市贷款余额增长8%，比上月末加快0.3个百分点。",
        [("0.3个百分点", {"reference": "2025-09"})],
    ),
    ("1—10月，衡阳高新区营业收入在全省105个开发区中排第9位。", [("第9", {"reference": "湖南省开发区"})]),
    ("1—10月，全市营业收入增速在全省同类城市中排名第一。", [("第一", {"reference": "湖南省同类城市"})]),
    ("1—10月，衡阳高新区完成投资38亿元，居各县市区第1位。", [("第1", {"reference": "衡阳市各县市区"})]),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCE_CASES, ids=[c[0][:10] for c in REFERENCE_CASES])
def test_references(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year=2025), expected)


INDICATOR_CASES: list[Case] = [
    # a headline's phrases parted by an ideographic space (73个项目集中开工　总投资486.2亿元) are no table's
    # header: each is read, its own phrase naming it
    (
        "某某活动\n73个项目集中开工　总投资486.2亿元\n\n本报讯　正文第一句，此次活动全市集中开工项目73个。",
        [("486.2亿元", {"indicator": "集中开工项目总投资"}), ("73个", {"indicator": "集中开工项目"})],
    ),
    # a count before the projects' total (86个项目总投资512.6亿元) counts the projects, not 项目总投资
    ("今年以来，全市新开工86个项目总投资512.6亿元。", [("86个", {"indicator": "新开工项目"})]),
    # a batch event's verb after a count (73个项目集中开工, 41个项目集中签约) names what the units did,
    # as 开工 does: the 中 inside 集中 is no stop, and 签约 keeps its 约
    (
        "今年以来，全市73个项目集中开工，总投资486.2亿元；41个项目集中签约。",
        [("73个", {"indicator": "集中开工项目"}), ("41个", {"indicator": "集中签约项目"})],
    ),
    # a count of units (9个县市区), or of a class of them by a comparison (有5个高于全市平均水平), names no
    # quantity: a rank after it (增速居第一位) is not of 县市区 or 高于全市平均水平 (here, nothing measured
    # before it in its section, by nothing)
    (
        "二、县市区运行情况\n从增速看，9个县市区中有5个高于全市平均水平。衡南县增速居第一位，衡东县、耒阳市分列第二、"
        "第三位。",
        [
            ("5个", {"indicator": "高于全市平均水平"}),
            ("第一", {"indicator": ""}),
            ("第三", {"indicator": ""}),
        ],
    ),
    # prose that leads into a table (…达到78.4万人次；各县市区主要数据如下表：) is no title naming its rows'
    # figures: a bare rate column is its left neighbour's
    (
        "国庆假期全市接待游客412万人次。接待游客最多的是衡南县，达到78.4万人次；各县市区主要数据如下表：\n"
        "县市区\t游客量（万人次）\t增幅（%）\n衡南县\t78.4\t12.1\n衡东县\t71.6\t8.2\n",
        [("12.1", {"indicator": "游客量"}), ("8.2", {"indicator": "游客量"})],
    ),
    # a ranking's run goes on unit by unit (…依次排在第三、第四位；常宁市第五): bare ordinals after a
    # unit, after the run's ranks, are ranks
    (
        "衡南县、衡东县得分居前，位次依次为第一、第二；祁东县、耒阳市依次排在第三、第四位；常宁市第五，衡山县第六。",
        [
            ("第五", {"measure": "rank", "subject": "常宁市"}),
            ("第六", {"measure": "rank", "subject": "衡山县"}),
        ],
    ),
    # a place naming a level of projects (衡阳市级重点项目) stays in the name: no name opens on 级
    ("全市共有衡阳市级重点项目35个、省级重点项目12个。", [("35个", {"indicator": "衡阳市级重点项目"})]),
    # the top of a ranking named by its copula (排名前三的是…) is a rank; 排名前三的县 as a class is not
    (
        "累计办结率排名前三的是衡南县（96.8%）、衡东县（95.1%）、祁东县（94.6%）。",
        [("三", {"measure": "rank"})],
    ),
    # a superlative, its copula and the one unit it names (最短的是衡南县，仅…) open the figure's clause: the
    # quantity before the superlative names the figure, the unit is its subject; so with a cue after the
    # comma (增幅最高，同比增长…)
    (
        "平均办理时限最短的是衡南县，仅1.6个工作日。衡东县旅游收入增幅最高，同比增长18.9%。",
        [
            ("1.6个工作日", {"indicator": "平均办理时限", "subject": "衡南县"}),
            ("18.9%", {"indicator": "旅游收入", "subject": "衡东县"}),
        ],
    ),
    # a name pointing back at the items listed before it (三者合计占…) is those items, with their shared tail
    (
        "全市新能源汽车、新型储能、电子信息三大产业产值分别增长21.4%、36.8%、9.7%，三者合计占全市规上工业产值的38.5%。",
        [("38.5%", {"indicator": "新能源汽车、新型储能、电子信息产业产值"})],
    ),
    # a rank's clause after a score (以93.42分继续排名第一) names no score
    ("本次测评满分100分。衡南县以93.42分继续排名第一。", [("93.42分", {"indicator": "得分"})]),
    # a speech's connectives and asides (我们, 可是; 只能, 更, 回到) are no part of a name
    (
        "我们地区生产总值增长5.9%。可是民间投资下降2.3%。大英县规上工业增加值力争回到7%以上。",
        [
            ("5.9%", {"indicator": "地区生产总值"}),
            ("2.3%", {"indicator": "民间投资"}),
            ("7%", {"indicator": "规上工业增加值"}),
        ],
    ),
    # 辖内 (within the area the writer oversees, a bank regulator's word) is no part of a name
    ("10月末，辖内企业贷款余额2357.8亿元。", [("2357.8亿元", {"indicator": "企业贷款余额"})]),
    # an item's number set off by a space (1 规上工业…, from <li><span>1</span> …) is no part of a name
    (
        "亮点\n1 规上工业增加值增速居全省第5\n2 外贸进出口增速比全省高2.8个百分点\n"
        "3 农村居民人均可支配收入增长6.1%\n",
        [
            ("第5", {"indicator": "规上工业增加值"}),
            ("2.8个百分点", {"indicator": "进出口总额"}),
            ("6.1%", {"indicator": "农村居民人均可支配收入"}),
        ],
    ),
    # a score named by nothing (甲县以92.6分排名第一) is the score its paragraph named (综合得分)
    (
        "9月份，各县区综合得分平均为88.95分。衡南县以92.6分排名第一；耒阳市得91.8分，排第二。",
        [("92.6分", {"indicator": "综合得分", "subject": "衡南县"}), ("91.8分", {"indicator": "综合得分"})],
    ),
    # … so is a bare 得分 written out after its paragraph named the score (综合得分)
    (
        "衡南县综合得分95.43分，位列第一名；耒阳市得分92.11分，位列第二名。",
        [("92.11分", {"indicator": "综合得分", "subject": "耒阳市"})],
    ),
    # … and a score the report named in an earlier paragraph (按综合得分由高到低排列) when its own names none
    (
        "三季度考评按综合得分由高到低排列。\n\n各县市区得分及名次如下：\n"
        "第1名　衡南县　91.28分\n第2名　耒阳市　89.75分\n",
        [("91.28分", {"indicator": "综合得分"}), ("89.75分", {"indicator": "综合得分"})],
    ),
    # 总投资额 is 总投资; 初步核算数 is the value's status, not part of its name
    (
        "前三季度，全市地区生产总值初步核算数为2136.47亿元。新签约项目总投资额62.4亿元。",
        [("2136.47亿元", {"indicator": "地区生产总值"}), ("62.4亿元", {"indicator": "新签约项目总投资"})],
    ),
    # points right after a word that moves a score (加1.5分, 扣减1分) are 加分 / 扣分, not the score
    (
        "衡南县获评全域旅游示范区，加1.5分；耒阳市被约谈，扣减1分；衡东县综合得分增加2.5分。",
        [
            ("1.5分", {"indicator": "加分", "subject": "衡南县"}),
            ("1分", {"indicator": "扣分", "subject": "耒阳市"}),
            ("2.5分", {"indicator": "综合得分"}),
        ],
    ),
    # an adverb of duration closing a name (始终, 一直) is no part of it
    (
        "全年城镇调查失业率始终低于5.5%；粮食产量一直稳定在52万吨以上。",
        [("5.5%", {"indicator": "城镇调查失业率"}), ("52万吨", {"indicator": "粮食产量"})],
    ),
    # 以上 opening a name points back (以上奖励资金: the rewards just listed); 亿元以上 inside one is a size
    (
        "以上奖励资金合计690万元，由市财政统筹安排。全市亿元以上项目52个。",
        [("690万元", {"indicator": "奖励资金"}), ("52个", {"indicator": "亿元以上项目"})],
    ),
    # 各区市 names a city's group of places, as 各县区 does: no part of what a rank among them ranks
    (
        "衡南县、耒阳市规上工业增加值分别增长11.2%、10.4%，分列各区市前两位。",
        [("两位", {"measure": "rank", "indicator": "规上工业增加值", "subject": "衡南县"})],
    ),
    # a line's label naming a branch or chain, then a bare measure after its colon: the label's measure; a
    # company's label is the figure's subject
    (
        "▲高技术制造业：增加值增长21.3%。\n链主企业：营业收入315.7亿元。\n衡阳某某科技有限公司：产值86.4亿元。",
        [
            ("21.3%", {"indicator": "高技术制造业增加值"}),
            ("315.7亿元", {"indicator": "链主企业营业收入"}),
            ("86.4亿元", {"indicator": "产值", "subject": "衡阳某某科技有限公司"}),
        ],
    ),
    # a list of periods writing its first items as numerals alone (第一、二、三季度) gives one period each
    (
        "第一、二、三季度分别开工项目96个、78个、62个。",
        [
            ("96个", {"indicator": "开工项目", "period": "2025-01/2025-03"}),
            ("62个", {"indicator": "开工项目", "period": "2025-07/2025-09"}),
        ],
    ),
    # two quantities sharing a rank (项目个数和总投资均居全市第一): a count is a whole name, no amount of the
    # other's noun
    (
        "耒阳市项目个数和总投资均居全市第一。",
        [("第一", {"indicator": "项目个数", "measure": "rank"}), ("第一", {"indicator": "总投资"})],
    ),
    # a concession (虽, 虽然, 尽管) before a number is no part of the name before it
    (
        "衡南县开工项目虽只有3个，但均为工业项目。耒阳市企业虽然仅有12家，但增长较快。",
        [("3个", {"indicator": "开工项目", "subject": "衡南县"}), ("12家", {"indicator": "企业"})],
    ),
    # what stands at a month's end (余额, 在岗) dated 截至10月末 is that month's; what was done by then, or a
    # change since the year's start, keeps the span
    (
        "截至10月末，全市存款、贷款余额分别为4862.3亿元、3985.4亿元。截至10月底，全市在岗驻企专员612名，"
        "比年初增加58名；累计完成投资247.3亿元。",
        [
            ("4862.3亿元", {"indicator": "存款余额", "period": "2025-10"}),
            ("3985.4亿元", {"period": "2025-10"}),
            ("612名", {"period": "2025-10"}),
            ("58名", {"period": "2025-01/2025-10"}),
            ("247.3亿元", {"period": "2025-01/2025-10"}),
        ],
    ),
    # a change word after what is compared with (比年度计划多12亿元) is no part of the reference
    (
        "重点项目完成投资比年度计划多12亿元，比上年同期多9个。",
        [("12亿元", {"reference": "年度计划", "measure": "change"}), ("9个", {"reference": "上年同期"})],
    ),
    # a superlative's copula listing units (最多的是甲县、乙县和丙县), then the run that 分别 pairs with them:
    # each unit's figure of the quantity before the superlative
    (
        "贷款余额最多的是雁峰区、石鼓区和珠晖区，分别为1306.4亿元、1268.9亿元、852.7亿元。"
        "贷款增速较高的是石鼓区、珠晖区，分别为15.2%、13.7%。",
        [
            ("1306.4亿元", {"indicator": "贷款余额", "subject": "雁峰区"}),
            ("852.7亿元", {"indicator": "贷款余额", "subject": "珠晖区"}),
            ("15.2%", {"indicator": "贷款", "subject": "石鼓区", "measure": "growth"}),
            ("13.7%", {"subject": "珠晖区", "measure": "growth"}),
        ],
    ),
    # a run of numbers whose last has the unit (落后2.3、1.6个百分点; 完成投资12.3、8.6亿元): each is a figure
    # in that unit; a list of years or months is none
    (
        "雁峰区、石鼓区分别落后时序进度2.3、1.6个百分点。雁峰区、石鼓区分别完成投资12.3、8.6亿元。"
        "2023、2024年两年持续增长。",
        [
            ("2.3", {"measure": "diff", "unit": "pp", "value": -2.3, "subject": "雁峰区"}),
            ("1.6个百分点", {"measure": "diff", "subject": "石鼓区"}),
            ("12.3", {"measure": "level", "unit": "亿元", "subject": "雁峰区"}),
        ],
    ),
    # a gap to the year's goal or plan (低于年度目标0.6个百分点) is against that goal, not the year before
    (
        "地区生产总值增长5.4%，低于年度目标0.6个百分点。重点项目完成投资比年度计划多12亿元。",
        [("0.6个百分点", {"reference": "年度目标", "value": -0.6}), ("12亿元", {"reference": "年度计划"})],
    ),
    # a project's name is no item's enumerator (一是…), no copula (最大的是…) and no clause on where it
    # stands (落户某县的…): the name after them
    (
        "一是衡南县年产30万吨特种纸项目主体厂房封顶。单体投资最大的是衡东县高端光学镜头生产基地项目，总投资45亿元。"
        "落户耒阳市的南岭食品冷链物流园项目总投资12亿元。",
        [
            ("30万吨", {"subject": "衡南县年产30万吨特种纸项目"}),
            ("45亿元", {"subject": "衡东县高端光学镜头生产基地项目"}),
            ("12亿元", {"subject": "南岭食品冷链物流园项目"}),
        ],
    ),
    # a month said on its own after 单月看， is an aside: the sentence after it is back on the running span
    (
        "1—4月，全市规上工业增加值增长8.3%。单月看，4月增长10.5%。高新技术产业增加值增长14.2%。",
        [("10.5%", {"period": "2025-04"}), ("14.2%", {"period": "2025-01/2025-04"})],
    ),
    # a run of counts 分别 paired with units, the noun after its last (分别有3个、5个、4个项目开工): each
    # unit's count of those
    (
        "雁峰区、石鼓区、珠晖区分别有3个、5个、4个项目开工。",
        [("3个", {"subject": "雁峰区", "indicator": "开工项目"}), ("5个", {"indicator": "开工项目"})],
    ),
    # a sentence opening on a clause that is only a name the catalogue knows (规上工业增加值，甲县增长…) is
    # about that quantity, as 规上工业增加值方面， is; a clause of other words is not
    (
        "规上工业增加值，雁峰区增长11.3%、石鼓区增长10.6%。",
        [("11.3%", {"indicator": "规上工业增加值", "subject": "雁峰区"}), ("10.6%", {"subject": "石鼓区"})],
    ),
    # a score after a count of the units it is among (16家单位中，甲局以97.15分…) is a score, not the count's
    (
        "经济综合类16家单位中，雁峰区、石鼓区分别以97.15分、96.88分列前两位。",
        [("97.15分", {"indicator": "得分", "subject": "雁峰区"}), ("96.88分", {"indicator": "得分"})],
    ),
    # a branch's growth named by the branch alone (制冷产业增长18.5%) in a passage on a measure branches have
    # (规上工业增加值) is of that measure; firms by kind (国有控股企业) and goods' output (产量) are not
    (
        "全市规上工业增加值增长8.3%。其中，制冷产业增长18.5%，高技术制造业增长14.8%，高于全市6.2个百分点；"
        "国有控股企业增长4.6%。",
        [
            ("18.5%", {"indicator": "制冷产业增加值"}),
            ("14.8%", {"indicator": "高技术制造业增加值"}),
            ("6.2个百分点", {"indicator": "高技术制造业增加值"}),
            ("4.6%", {"indicator": "国有控股企业"}),
        ],
    ),
    # the level a project is listed at, in brackets after its name (某某项目（省重点）), is no part of its
    # name; a note of another kind (某某工程（二期）) is
    (
        "（一）衡阳盛禾源生物科技有限公司年产30万吨玉米深加工项目（省重点）。总投资18.6亿元。"
        "\n（二）中心城区雨污分流改造工程（二期）。总投资12亿元。",
        [
            ("18.6亿元", {"subject": "衡阳盛禾源生物科技有限公司年产30万吨玉米深加工项目"}),
            ("12亿元", {"subject": "中心城区雨污分流改造工程（二期）"}),
        ],
    ),
    # a day opening a name (9月12日第三批集中开工项目) is no part of it
    (
        "全年组织集中开工3批，其中6月20日集中开工项目30个、总投资88.6亿元。",
        [("30个", {"indicator": "集中开工项目"}), ("88.6亿元", {"indicator": "集中开工项目总投资"})],
    ),
    # a deed's 总投资 is its projects' (开工总投资 → 开工项目总投资)
    (
        "县市区\t开工项目（个）\t开工总投资（亿元）\t竣工总投资（亿元）\n衡南县\t6\t28.35\t12.60\n",
        [("28.35", {"indicator": "开工项目总投资"}), ("12.60", {"indicator": "竣工项目总投资"})],
    ),
    # a deed's 个数 counts the projects that did it (签约个数 → 签约项目); 项目个数 is left as written
    (
        "1—11月，全市签约个数48个，项目个数达到96个。\n县市区\t竣工个数\t签约个数\n衡南县\t12\t7\n",
        [
            ("48个", {"indicator": "签约项目"}),
            ("96个", {"indicator": "项目个数"}),
            ("12", {"indicator": "竣工项目"}),
            ("7", {"indicator": "签约项目"}),
        ],
    ),
    # an industry's output is its 产值: 石化产业总产值 is named 石化产业产值, as the writers name it
    (
        "1—10月，全市石化产业总产值3052.7亿元，增长21.6%。",
        [("3052.7亿元", {"indicator": "石化产业产值"}), ("21.6%", {"indicator": "石化产业产值"})],
    ),
    # 用电 at a name's end is the electricity used, 用电量, as the catalogue and the writers name it
    (
        "1—10月，全市第二产业用电207.12亿千瓦时，增长10.8%；居民生活用电22.2亿千瓦时。",
        [
            ("207.12亿千瓦时", {"indicator": "第二产业用电量"}),
            ("10.8%", {"indicator": "第二产业用电量"}),
            ("22.2亿千瓦时", {"indicator": "居民生活用电量"}),
        ],
    ),
    # a catalogue name in the writer's own synonym (成交 / 交易) is kept as written; 规上增加值 is the
    # catalogue's industrial value added, written short
    (
        "衡南县技术合同成交额18.7亿元。衡阳县技术合同交易额20.3亿元。耒阳市规上增加值增长8.1%。",
        [
            ("18.7亿元", {"indicator": "技术合同成交额"}),
            ("20.3亿元", {"indicator": "技术合同交易额"}),
            ("8.1%", {"indicator": "规模工业增加值"}),
        ],
    ),
    # the town and country parts of retail sales have the catalogue's names, however the writer puts them
    (
        "全市社会消费品零售总额241.5亿元。分城乡看，城镇市场实现零售额203.9亿元，增长4.4%；"
        "乡村市场零售额37.6亿元；乡村增长6.3%。",
        [
            ("203.9亿元", {"indicator": "城镇消费品零售额"}),
            ("4.4%", {"indicator": "城镇消费品零售额"}),
            ("37.6亿元", {"indicator": "乡村消费品零售额"}),
            ("6.3%", {"indicator": "乡村消费品零售额"}),
        ],
    ),
    # "again" or "can" before a deed is no part of what is counted; before any other word (再生资源,
    # 可开工项目: ready to start) it is
    (
        "四季度力争再新增规上企业5家以上，再开工亿元以上项目12个。全市再生资源回收量12万吨。",
        [
            ("5家", {"indicator": "新增规上企业"}),
            ("12个", {"indicator": "开工亿元以上项目"}),
            ("12万吨", {"indicator": "再生资源回收量"}),
        ],
    ),
    (
        "衡南县可带动就业1500人。目前可开工项目58个。",
        [("1500人", {"indicator": "带动就业"}), ("58个", {"indicator": "可开工项目"})],
    ),
    # a bracketed aside on the province (（全省同期增长5.4%）) is the province's figure of the same indicator
    # (同期 no name of its own); the unit of the clause after the bracket is the report's again
    (
        "1—10月，社零总额1086.35亿元，增长5.8%，领先全省0.4个百分点（全省同期增长5.4%），增速居全省第7位。",
        [
            ("5.4%", {"subject": "湖南省", "indicator": "社会消费品零售总额"}),
            ("第7", {"subject": "衡阳市", "indicator": "社会消费品零售总额"}),
        ],
    ),
    # a share is named by what it is the share of (税收收入占比 → 税收收入), as a growth is
    (
        "一般公共预算收入142.37亿元，增长3.6%；税收收入占比56.9%。",
        [("56.9%", {"indicator": "税收收入", "measure": "ratio"})],
    ),
    # who does a thing for others is no part of its name; a beneficiary named by a generic noun alone neither
    (
        "10月，金融机构为链上企业新增授信30亿元，银行为企业新增贷款3.86亿元。",
        [("30亿元", {"indicator": "链上企业新增授信"}), ("3.86亿元", {"indicator": "新增贷款"})],
    ),
    # a rank that names nothing: in a row opening on it, by the figure after it; else by the last rank's name
    (
        "各县（市、区）得分及排名如下：\n第1名　衡南县　93.6分\n第2名　衡阳县　92.8分\n",
        [("第1", {"indicator": "得分"}), ("第2", {"indicator": "得分"})],
    ),
    (
        "1．衡南县：综合得分95.6分，排名第1。完成投资48.3亿元。\n\n衡阳县、祁东县分别排名第4、5位。",
        [("第4", {"indicator": "综合得分"}), ("5位", {"indicator": "综合得分"})],
    ),
    # a report whose headline names a 集中开工 calls its bare 开工项目 the event's (集中开工项目); one
    # that does not keeps the words
    (
        "全市第四季度重大项目集中开工\n10月28日，全市重大项目集中开工活动举行。衡南县开工项目14个，总投资168.5亿元。",
        [("14个", {"indicator": "集中开工项目"}), ("168.5亿元", {"indicator": "集中开工项目总投资"})],
    ),
    (
        "全市重点项目建设情况\n10月，衡南县开工项目14个，总投资168.5亿元。",
        [("14个", {"indicator": "开工项目"}), ("168.5亿元", {"indicator": "开工项目总投资"})],
    ),
    # 由原来的… before the old value ends the name (退税办理时间由原来的15个工作日压缩至3个工作日)
    (
        "联络员上门辅导，将退税办理时间由原来的15个工作日压缩至3个工作日。",
        [("15个工作日", {"indicator": "退税办理时间"}), ("3个工作日", {"indicator": "退税办理时间"})],
    ),
    # 项目完成投资 said of the place's projects after a figure named by a class of them is that class's
    (
        "1—10月，纳入督导的市级重点项目216个，年度计划投资495.3亿元。项目完成投资409.6亿元，完成率82.7%。",
        [
            ("409.6亿元", {"indicator": "市级重点项目完成投资"}),
            ("82.7%", {"indicator": "市级重点项目完成投资"}),
        ],
    ),
    # a deed between a holder and its measure leaves the holder's measure (港口完成货物吞吐量 →
    # 港口货物吞吐量); 完成投资 is a measure of its own, 实现的… a clause; 年度计划投资额 is 年度计划投资
    (
        "本周，全市港口完成货物吞吐量968.7万吨。全市重点项目完成投资12.3亿元，年度计划投资额18.6亿元。"
        "限额以上企业通过公共网络实现的零售额增长18.2%。",
        [
            ("968.7万吨", {"indicator": "港口货物吞吐量"}),
            ("12.3亿元", {"indicator": "重点项目完成投资"}),
            ("18.6亿元", {"indicator": "年度计划投资"}),
            ("18.2%", {"indicator": "限额以上企业通过公共网络实现的零售额"}),
        ],
    ),
    # a sum word inside a name (合计) leaves the amount the name's own
    (
        "1—10月，全市重点工业企业合计产值1862.4亿元，增长14.5%。",
        [("1862.4亿元", {"indicator": "重点工业企业产值"}), ("14.5%", {"indicator": "重点工业企业产值"})],
    ),
    # a list's closing count calls its items a group (三大主导产业, 三个重点产业): the group's mark is no part
    # of each item's name
    (
        "1—10月，钢铁、汽车零部件、浆纸三大主导产业增加值分别增长5.1%、14.7%和6.3%。",
        [
            ("5.1%", {"indicator": "钢铁产业增加值"}),
            ("14.7%", {"indicator": "汽车零部件产业增加值"}),
            ("6.3%", {"indicator": "浆纸产业增加值"}),
        ],
    ),
    # a rank's peer-group scope names no indicator: the rate before it does
    (
        "1—10月，衡阳高新区规上工业增加值增长8.7%，增速在全省105个省级以上开发区中排第9位。",
        [("第9", {"indicator": "规上工业增加值", "reference": "湖南省省级以上开发区"})],
    ),
    # a scope that is an evaluation names the ranking
    ("2023年，衡阳高新区在全省开发区综合考核中位列第11位。", [("第11", {"indicator": "开发区综合考核"})]),
    # a name opening with an anaphor takes the name it points back to
    (
        "某某装备产业链是全市规模最大的产业链。1—9月，该产业链营业收入1583亿元，增长7.9%。",
        [("1583亿元", {"indicator": "某某装备产业链营业收入"})],
    ),
    # the parts of a counted whole are kinds of its noun
    (
        "1—9月，全市共梳理项目建设问题12个，其中用地报批5个、资金筹措4个。",
        [("5个", {"indicator": "用地报批问题"}), ("4个", {"indicator": "资金筹措问题"})],
    ),
    # a share of the plan is a share of the figure before it
    (
        "2025年，衡阳高新区重点项目完成投资236亿元，为年度计划的108.6%。",
        [("108.6%", {"indicator": "重点项目完成投资"})],
    ),
    # a count in words before another numeral is a slogan's, part of the name (三家链主企业: the holders)
    (
        "2025年，全市“四个一批”项目186个，总投资1247.6亿元；三家链主企业合计产值86亿元。",
        [
            ("186个", {"indicator": "四个一批项目"}),
            ("1247.6亿元", {"indicator": "四个一批项目总投资"}),
            ("86亿元", {"indicator": "链主企业产值"}),
        ],
    ),
    # 按可比价格算 says how the growth was reckoned; 个人, 个体 open names (no counter 个 to drop)
    (
        "前三季度，全市地区生产总值按可比价格算增长5.7%。个人所得税5.26亿元，个体工商户新增1200户。",
        [
            ("5.7%", {"indicator": "地区生产总值"}),
            ("5.26亿元", {"indicator": "个人所得税"}),
            ("1200户", {"indicator": "新增个体工商户"}),
        ],
    ),
    # where a rate moved to, or a bound it is held at (收窄至, 守住), is no part of its name
    (
        "2025年，规上工业企业亏损面收窄至21.6%；力争全年规上工业增加值增幅守住9%以上。",
        [("21.6%", {"indicator": "规上工业企业亏损面"}), ("9%", {"indicator": "规上工业增加值"})],
    ),
    # a keep verb after its noun goes before it
    ("2025年，衡阳高新区专精特新企业新增6家。", [("6家", {"indicator": "新增专精特新企业"})]),
    # a sentence of the parts of the last sentence's whole, the whole unsaid (no 其中)
    (
        "2025年，全市居民人均可支配收入36120元，增长5.1%。城镇居民45210元，增长4.3%；农村居民21880元。",
        [
            ("45210元", {"indicator": "城镇居民人均可支配收入"}),
            ("4.3%", {"indicator": "城镇居民人均可支配收入"}),
            ("21880元", {"indicator": "农村居民人均可支配收入"}),
        ],
    ),
    # a bare amount right after a count of firms is those firms' (not a chain's roster, not another's)
    (
        "1—9月，全市重点监测企业共80户，合计完成产值612.4亿元，同比增长5.2%。",
        [("612.4亿元", {"indicator": "重点监测企业产值"}), ("5.2%", {"indicator": "重点监测企业产值"})],
    ),
    (
        "2025年，确保新增规模以上工业企业15家，力争宁岭碳素公司产值突破30亿元。",
        [("30亿元", {"indicator": "产值"})],
    ),
    # a batch or issue pointed at (本批, 本期) is no part of the name
    (
        "10月，全市第三批重大项目集中开工。本批集中开工项目38个，总投资96.2亿元；本期新签约项目9个。",
        [
            ("38个", {"indicator": "集中开工项目"}),
            ("96.2亿元", {"indicator": "集中开工项目总投资"}),
            ("9个", {"indicator": "新签约项目"}),
        ],
    ),
    # a cause told between a name and its number names nothing (受…影响, 受…拖累)
    (
        "1—9月，有色行业增加值增长4.1%，化工行业受原料涨价影响下降2.6%。",
        [("2.6%", {"indicator": "化工行业增加值", "value": -2.6})],
    ),
    # a bare yield after a crop's area is that crop's (not after a product's output: the firm's)
    (
        "2025年，全县脐橙种植面积稳定在18万亩左右，产量约26万吨。某某公司整车产量2.1万辆，实现产值48亿元。",
        [("26万吨", {"indicator": "脐橙产量"}), ("48亿元", {"indicator": "产值"})],
    ),
    # 各类 names nothing (but in 各级各类); a goal's verb after the name is no part of it
    (
        "上半年，全区新登记各类经营主体2410户，各级各类学校达到86所。下半年，社会消费品零售总额争取增长6%。",
        [
            ("2410户", {"indicator": "新登记经营主体"}),
            ("86所", {"indicator": "各级各类学校"}),
            ("6%", {"indicator": "社会消费品零售总额", "modality": "target"}),
        ],
    ),
    # a clause with no number that names an amount names the figure of the clause after it
    (
        "1—9月，家电类零售额增长12.1%；建筑及装潢材料类零售额受房地产市场低迷影响，下降8.4%。",
        [("8.4%", {"indicator": "建筑及装潢材料类零售额", "value": -8.4})],
    ),
    # units' rates of a set of projects shared out by 分别 are named as one unit's would be
    (
        "1—9月，甲县、乙县市重点项目完成率分别为88.1%、85.6%。",
        [("88.1%", {"indicator": "市重点项目完成投资"}), ("85.6%", {"indicator": "市重点项目完成投资"})],
    ),
    # a speaker's words: 头一个季度 is the first quarter, 大概 an about, 占比升到 a share's rise to
    (
        "2025年4月20日\n我市头一个季度工业投资增长16.2%，在全部投资中的占比升到38.5%，总投资大概2100亿元。",
        [
            ("16.2%", {"indicator": "工业投资", "period": "2025-01/2025-03"}),
            ("38.5%", {"indicator": "工业投资", "measure": "ratio"}),
            ("2100亿元", {"indicator": "总投资", "qualifier": "about"}),
        ],
    ),
    # 省、市重点项目 is one class of projects
    ("1—5月，全市省、市重点项目完成投资210.5亿元。", [("210.5亿元", {"indicator": "省市重点项目完成投资"})]),
    # so is 省、市两级重点项目
    ("全市纳入调度的省、市两级重点项目386个。", [("386个", {"indicator": "省市重点项目"})]),
    # parts named after the sentence's whole, shared out by 分别 or not, are the catalogue's names of them
    (
        "2025年，全体居民人均可支配收入30120元，增长5.2%，城镇、农村居民分别增长4.6%和6.4%。",
        [
            ("4.6%", {"indicator": "城镇居民人均可支配收入"}),
            ("6.4%", {"indicator": "农村居民人均可支配收入"}),
        ],
    ),
    # …or a catalogue name and what it is doing (仍在下行)
    (
        "1—9月，基础设施投资增长2.8%；房地产开发投资仍在下行，同比下降9.7%。",
        [("9.7%", {"indicator": "房地产开发投资", "value": -9.7})],
    ),
    # a list's last item's branch word is every item's (食品加工 → 食品加工产业)
    (
        "2025年，纺织服装、机械制造、新材料产业分别完成产值120.4亿元、88.1亿元和61.7亿元。",
        [("120.4亿元", {"indicator": "纺织服装产业产值"}), ("88.1亿元", {"indicator": "机械制造产业产值"})],
    ),
    # a week's or this month's word inside a name names nothing (当周, 本周, 当月)
    (
        "1—8月，全市完成投资700亿元，其中重大项目当周完成投资21.4亿元。",
        [("21.4亿元", {"indicator": "重大项目完成投资"})],
    ),
    # an amount written as the whole of a share (占年度计划投资…的) is that whole; the share after it is of
    # the amount before
    (
        "1—8月，全市重点项目完成投资512亿元，占年度计划投资760亿元的67.4%。",
        [("760亿元", {"indicator": "年度计划投资"}), ("67.4%", {"indicator": "重点项目完成投资"})],
    ),
    # a numbered item opening on a heading of its own (一、地区生产总值。) names its figures that name nothing
    (
        "1—9月\n一、地区生产总值。从总量看，衡南县以402.6亿元居首，占全市的18.2%。",
        [("402.6亿元", {"indicator": "地区生产总值"}), ("18.2%", {"indicator": "地区生产总值"})],
    ),
    # a rate in brackets after the region a comparison names is that region's rate of the same thing
    (
        "1—9月，全市地区生产总值增长6.0%，比全省（5.4%）高0.6个百分点。",
        [("5.4%", {"measure": "growth", "indicator": "地区生产总值", "subject": "湖南省"})],
    ),
    # a speaker's time words around a name (现在有, 单月) name nothing
    (
        "一季度，园区规上工业企业现在有61家。3月份单月产值突破120亿元。",
        [("61家", {"indicator": "规上工业企业"}), ("120亿元", {"indicator": "产值"})],
    ),
    # how it was reckoned (同口径) names nothing
    ("上半年，一般公共预算收入118.2亿元，同口径增长4.1%。", [("4.1%", {"indicator": "一般公共预算收入"})]),
    # a deed ending in a keep verb before a count keeps the verb before the units
    ("2025年，全市校地合作引进36名博士。", [("36名", {"indicator": "引进博士"})]),
    # a bare deed after a plan's figure is what was done
    (
        "1—9月，全市重大项目完成投资50亿元。某某工程年度计划投资8亿元，1—8月完成6.1亿元。",
        [("6.1亿元", {"indicator": "完成投资"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDICATOR_CASES, ids=[c[0][:10] for c in INDICATOR_CASES])
def test_indicators(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year=2025), expected)


MEASURE_CASES: list[Case] = [
    # a table's title noting its figures are in per cent (主要指标增速（单位：%）) makes a column naming a
    # quantity its rate, as 主要指标增速（%） does
    (
        "表2　2025年一季度县（市、区）主要指标增速（单位：%）\n县（市、区）\t地区生产总值\t固定资产投资\n"
        "衡南县\t7.6\t5.6\n衡东县\t6.1\t5.9\n",
        [
            ("7.6", {"measure": "growth", "indicator": "地区生产总值", "unit": "%"}),
            ("5.9", {"measure": "growth", "indicator": "固定资产投资"}),
        ],
    ),
    # a change word with its object before an amount, comparing with nothing, counts what was added or
    # done (增加床位400张, 巩固提升工程40处); after 比 / 较, or before 了 / 约, it is a change
    (
        "衡南县增加床位400张，实施供水巩固提升工程40处。衡阳县比上年增加企业12家，施工天数减少约20天。",
        [
            ("400张", {"measure": "level", "value": 400}),
            ("40处", {"measure": "level", "value": 40}),
            ("12家", {"measure": "change", "value": 12}),
            ("20天", {"measure": "change", "value": -20}),
        ],
    ),
    # 增 alone before a rate is 增长 written short (同比增4.2%): a growth, not a share
    (
        "全部固定资产投资同比增4.2%；工业投资增13.6%。新增贷款占比12%。",
        [
            ("4.2%", {"measure": "growth", "value": 4.2}),
            ("13.6%", {"measure": "growth", "value": 13.6}),
            ("12%", {"measure": "ratio", "value": 12}),
        ],
    ),
    # 比9月多19个: a change against the month named; 多 inside a name (多家企业) is no cue
    (
        "本月新收集企业问题147个，比9月多19个。全市多家企业累计投资5亿元。",
        [
            ("19个", {"measure": "change", "value": 19, "reference": "2025-09"}),
            ("5亿元", {"measure": "level", "value": 5}),
        ],
    ),
    # a fall of an amount against an earlier time (下降2.6分, 压缩12.4小时, 缩小3.4分) is a change; 压缩到 and
    # 缩小至 name the new level
    (
        "衡南县考核得分较二季度下降2.6分。进口整体通关时间36.5小时，比上年同期压缩12.4小时；"
        "联合验收用时压缩到5个工作日。得分分差比上半年缩小3.4分，缩小至8.1分。",
        [
            ("2.6分", {"measure": "change", "value": -2.6}),
            ("12.4小时", {"measure": "change", "value": -12.4, "reference": "上年同期"}),
            ("5个工作日", {"measure": "level", "value": 5}),
            ("3.4分", {"measure": "change", "value": -3.4}),
            ("8.1分", {"measure": "level", "value": 8.1}),
        ],
    ),
    # a time's unit as written (个工作日, 个月: the counter kept, as in 个月), like any other unit
    (
        "企业开办时间压缩至0.5个工作日，项目审批用时缩短至3个月。",
        [("0.5个工作日", {"unit": "个工作日", "value": 0.5}), ("3个月", {"unit": "个月"})],
    ),
    # 低于 / 高于 right before a rate is a bound the rate keeps (a qualifier), not a gap with a sign; before a
    # reference it is still the gap
    (
        "2025年，甲县、乙县贷款增速均低于6%，亏损面低于10%；全市增长5.2%，低于全省0.4个百分点。",
        [
            ("6%", {"measure": "growth", "value": 6, "qualifier": "under"}),
            ("10%", {"measure": "ratio", "value": 10, "qualifier": "under"}),
            ("0.4个百分点", {"measure": "diff", "value": -0.4, "qualifier": None}),
        ],
    ),
    # a higher goal for a growth, named by nothing but a verb, is a growth
    ("全区主要预期目标为：地区生产总值增长7.5%左右，力争达到8%。", [("8%", {"measure": "growth"})]),
    # an amount raised against a period before is a change
    ("全市全员劳动生产率达到每人38.6万元，比上年同期提高3.2万元。", [("3.2万元", {"measure": "change"})]),
    # a cue inside a label's brackets (鼓励提升类) says nothing of the count after it
    ("2025年，A类（优先支持类）120家，B类（鼓励提升类）410家。", [("410家", {"measure": "level"})]),
    # a rate's own name before where it went (增速回落至 / 提高到): the rate itself, a growth, unsigned
    (
        "2025年，全区规上工业产值增速一度回落至4.3%，年末增速提高到6.2%，工业投资占比提高到38%。",
        [
            ("4.3%", {"measure": "growth", "value": 4.3, "indicator": "规上工业产值"}),
            ("6.2%", {"measure": "growth", "value": 6.2}),
            ("38%", {"measure": "ratio"}),
        ],
    ),
    # a per-mille is a rate, named whole (no growth of 人口自然)
    ("2025年，全市人口自然增长率-3.12‰。", [("-3.12‰", {"measure": "ratio", "indicator": "人口自然增长率"})]),
    # an area enlarged by an amount is a change; enlarged to an amount, a level
    (
        "全县油茶种植面积42.5万亩，比上年扩大2.3万亩；茶园面积扩大到8.1万亩。",
        [("2.3万亩", {"measure": "change"}), ("8.1万亩", {"measure": "level"})],
    ),
    # a harvest up or down by a share is a growth (not 新增产能: a level)
    (
        "全市油菜籽产量6.2万吨，增产3.4%，其中冬油菜减产0.8%。新建项目新增产能2万吨。",
        [
            ("3.4%", {"measure": "growth", "value": 3.4}),
            ("0.8%", {"measure": "growth", "value": -0.8}),
            ("2万吨", {"measure": "level"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEASURE_CASES, ids=[c[0][:10] for c in MEASURE_CASES])
def test_measures(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year=2025), expected)


@pytest.mark.parametrize(
    ("text", "threshold"),
    [
        ("规上工业指年主营业务收入在2000万元以上（含）的工业企业。", "2000万元"),
        ("对完成率低于50%的项目实行挂牌督办。", "50%"),
        ("1—9月，进度落后于时序的企业30户，其中落后5个百分点以上的11户。", "5个百分点"),
    ],
)
def test_thresholds_are_no_figures(text: str, threshold: str) -> None:
    assert threshold not in [r.text for r in read(text, year=2025)]


def _check(records: list[Any], expected: list[tuple[str, dict[str, Any]]]) -> None:
    seen: dict[str, int] = {}
    for span, fields in expected:
        hits = [r for r in records if r.text == span or r.text.lstrip("-") == span]
        k = seen.get(span, 0)
        seen[span] = k + 1
        assert len(hits) > k, (span, [(r.text, r.subject, r.indicator, r.period) for r in records])
        got = hits[k]
        for key, value in fields.items():
            assert getattr(got, key) == value, (span, key, getattr(got, key), value)


# A count named by a bare deed after a count of a whole counts the whole's units that did it; the rest
# (尚有…) are those that did not; a whole already named by the deed keeps its name without the plan word.
# The deed keeps its 已 only where the text says it (已解决32个 → 已解决问题; 办结45个 → 办结问题).
DEED_CASES: list[Case] = [
    (
        "本月，全市共收集企业反映问题40个，已解决32个，尚有8个正在办理。",
        [("32个", {"indicator": "已解决问题"}), ("8个", {"indicator": "未解决问题"})],
    ),
    ("1—6月，全市累计受理问题50个，协调解决45个。", [("45个", {"indicator": "解决问题"})]),
    (
        "本周收集企业诉求30条，当周办结21条，其余9条已分解到相关部门办理。",
        [("21条", {"indicator": "办结诉求"}), ("9条", {"indicator": "未办结诉求"})],
    ),
    ("上半年，全市计划新开工项目60个，目前已开工52个。", [("52个", {"indicator": "新开工项目"})]),
    (
        "本周共梳理项目问题6个，其中用地3个、资金3个；已协调解决5个，其余1个移交专班。",
        [("5个", {"indicator": "已解决问题"}), ("1个", {"indicator": "未解决问题"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEED_CASES, ids=[c[0][:12] for c in DEED_CASES])
def test_deed_after_a_count_names_the_units(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text), expected)


# A collective name before 分别 stands for its parts in order (三次产业 → 第一、第二、第三产业).
COLLECTIVE_CASES: list[Case] = [
    (
        "上半年，全市三次产业对经济增长的贡献率分别为8.0%、40.0%和52.0%。",
        [
            ("8.0%", {"indicator": "第一产业增加值"}),
            ("40.0%", {"indicator": "第二产业增加值"}),
            ("52.0%", {"indicator": "第三产业增加值"}),
        ],
    ),
    # the noun after the collective name is each part's (三次产业投资 → 第一产业投资, …)
    (
        "1—10月，全市固定资产投资增长3.5%。三次产业投资分别增长12.6%、9.1%和下降1.8%。",
        [
            ("12.6%", {"indicator": "第一产业投资"}),
            ("9.1%", {"indicator": "第二产业投资"}),
            ("1.8%", {"indicator": "第三产业投资", "value": -1.8}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTIVE_CASES, ids=["三次产业", "三次产业投资"])
def test_collective_name_shares_out_to_its_parts(
    text: str, expected: list[tuple[str, dict[str, Any]]]
) -> None:
    _check(read(text), expected)


# A count with no name of its own, first in its sentence, counts the units the clause before it names.
TOPIC_CASES: list[Case] = [
    (
        "今年以来共收集问题40个。从类型看，融资类问题占比最高，累计达到20个。",
        [("20个", {"indicator": "融资类问题"})],
    ),
    # a rate opening its sentence as the topic (好评率方面，…均为99.93%) names the sentence's figures
    (
        "好评率方面，南岳区、衡山县均为99.93%，并列第一。",
        [("99.93%", {"indicator": "好评率", "subject": "南岳区"}), ("第一", {"indicator": "好评率"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_CASES, ids=["融资类问题", "好评率"])
def test_count_takes_the_topic_of_the_clause_before(
    text: str, expected: list[tuple[str, dict[str, Any]]]
) -> None:
    _check(read(text), expected)


# A place's 总投资 right after a count of its standing projects is their life total: no period; projects
# new in the period, or a sentence with its own period, keep it.
SET_TOTAL_CASES: list[Case] = [
    (
        "1—8月，全市重大项目建设有序推进。\n全市纳入调度的重大项目共80个，总投资300亿元。",
        [("300亿元", {"period": None})],
    ),
    (
        "1—8月，全市重大项目建设有序推进。\n全市新签约项目20个，总投资90亿元。",
        [("90亿元", {"period": "2021-01/2021-08"})],
    ),
    (
        "全市重大项目建设有序推进。1—8月，全市办结项目70个、总投资60亿元。",
        [("60亿元", {"period": "2021-01/2021-08"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_TOTAL_CASES, ids=["standing", "new", "dated"])
def test_life_total_of_a_standing_set_has_no_period(
    text: str, expected: list[tuple[str, dict[str, Any]]]
) -> None:
    _check(read(text), expected)


# A figure after 建成后 / 达产后 in its sentence is what a project will do once done: no period.
ONCE_DONE_CASES: list[Case] = [
    (
        "1—8月，全市重大项目建设有序推进。\n某某水厂扩建工程完成投资2亿元，建成后可新增日供水能力5万吨。",
        [
            ("2亿元", {"period": "2021-01/2021-08"}),
            ("5万吨", {"period": None, "indicator": "新增日供水能力"}),
        ],
    ),
    ("1—8月，全市签约项目10个，项目达产后预计可实现年产值80亿元。", [("80亿元", {"period": None})]),
]


@pytest.mark.parametrize(("text", "expected"), ONCE_DONE_CASES, ids=["建成后", "达产后"])
def test_figure_once_done_has_no_period(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text), expected)


# 本外币 names the currencies every 存款余额 (各项存款余额) counts: the same statistic, said longer.
@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("6月末，全市金融机构本外币存款余额1000亿元。", "存款余额"),
        ("6月末，全市本外币贷款余额800亿元。", "贷款余额"),
    ],
)
def test_local_and_foreign_currency_balances_are_the_catalogue_balance(text: str, indicator: str) -> None:
    records = read(text)
    assert records and records[0].indicator == indicator, [(r.text, r.indicator) for r in records]


#: a bulletin hard-wrapped at a fixed width (as a pdf's text is), opening on the time it speaks in
ENTERING = """某市统计月报
2025年10月号（总第96期）
某市统计局　综合科　2025年11月17日
一、综述：1—10月经济运行概况
　　步入四季度，全市经济运行总体平稳，工业和外贸继续发挥压舱石作用，消费和
投资稳中有进，各项指标好于预期。
　　工业增势较好。全市规上工业增加值增长8.2%，增幅较1—9月回落0.3个
百分点，高于全省1.6个百分点，在全省16市中居第4位；单看10月，当月
增长7.9%。规上工业企业实现营业收入5123.6亿元、利润总额312.8亿元，
分别增长6.4%和9.7%。装备制造业增加值增长12.1%，快于规上工业3.9
个百分点。
"""


def test_the_time_a_report_speaks_in_is_no_period(tmp_path: Path) -> None:
    """进入/步入四季度，… sets no period: the paragraphs after it are the report's months (1—10月)."""
    path = tmp_path / "bulletin.txt"
    path.write_text(ENTERING, encoding="utf-8")
    found = {m.text: m.period for m in extract(load_document(path), city=CITY)}
    assert found["8.2%"] == "2025-01/2025-10"
    assert found["5123.6亿元"] == "2025-01/2025-10"


#: a weekly note whose headline names its week, issued in the month after
WEEKLY = """某市港口运行周调度
第44周（2025年10月25日—10月31日）
印发：某市海洋经济发展专班办公室　　日期：2025年11月1日

一、港口生产
本周全市港口完成货物吞吐量968.7万吨，同比增长4.2%。
截至10月31日，全市港口今年累计完成货物吞吐量4.17亿吨，同比增长3.8%。
"""


def test_a_week_is_the_month_its_headline_puts_it_in(tmp_path: Path) -> None:
    """本周… in a weekly note on 10月25日—10月31日, issued on 11月1日: October's, not November's."""
    path = tmp_path / "weekly.txt"
    path.write_text(WEEKLY, encoding="utf-8")
    found = {m.text: m.period for m in extract(load_document(path), city=CITY)}
    assert found["968.7万吨"] == "2025-10"
    assert found["4.17亿吨"] == "2025-01/2025-10"


#: a page whose headline names a holiday, published in the holiday's month
HOLIDAY = """国庆中秋假期某市文旅市场平稳有序 游客接待量稳步增长
发布时间：2025-10-09 16:20　　来源：市文化和旅游局

今年国庆、中秋两节相连。10月1日至8日，全市共接待游客612.4万人次，同比增长8.2%。
住宿业同样活跃。全市过夜游客138.5万人次，增长11.6%，占游客总量的22.6%。
纳入监测的A级旅游景区共接待游客251.3万人次。假期发放消费券300万元，截至10月8日核销246.2万元。
"""


def test_a_holiday_headline_is_the_holiday_month(tmp_path: Path) -> None:
    """国庆中秋假期… in the headline: every paragraph is the holiday's (2025-10), not 1—10月, unless it
    says otherwise (今年以来)."""
    path = tmp_path / "holiday.html.txt"
    path.write_text(HOLIDAY, encoding="utf-8")
    found = {m.text: m.period for m in extract(load_document(path), city=CITY)}
    assert found["612.4万人次"] == "2025-10"
    assert found["138.5万人次"] == "2025-10"
    assert found["251.3万人次"] == "2025-10"
    assert found["300万元"] == "2025-10"


#: a news page whose <title> names the quarter its on-page headline leaves out
QUARTER_PAGE = """<html><head><title>我市第四季度重大项目集中开工_发改动态_某市发展和改革委员会</title></head>
<body><div class="nav">首页 | 发改动态 | 项目建设</div>
<h1>86个项目集中开工 总投资412.5亿元</h1>
<p>日期：2025-10-11 16:20　来源：市发展和改革委员会</p>
<p>10月10日上午，全市重大项目集中开工仪式在经济开发区主会场举行，各县区设分会场同步开工。</p>
<p>本批集中开工的项目共有86个，其中新开工项目72个，民间投资项目52个，占比60.5%。截至9月末，全市在建亿元以上项目486个。</p>
</body></html>
"""


def test_a_page_title_can_name_the_period() -> None:
    """The html <title> (我市第四季度…集中开工) says the batch is the fourth quarter's, though the page's own
    headline and its first day (10月10日) say only October."""
    found = {m.text: m.period for m in extract(document_from_html(QUARTER_PAGE), city=CITY)}
    assert found["72个"] == "2025-10/2025-12"
    assert found["60.5%"] == "2025-10/2025-12"


#: a weekly note whose paragraph opens on 本周，… and whose cumulative paragraph runs from New Year's Day
WEEK_PARAGRAPH = """某市港口和海洋经济运行周调度
（2025年第45周　11月1日—11月7日）

一、港口生产
本周，全市港口完成货物吞吐量1236.5万吨，同比增长4.8%。分港区看，东港区完成762.4万吨。集装箱吞吐量14.2万标箱。

二、年内累计
1月1日至11月7日，全市港口累计完成货物吞吐量5.26亿吨，同比增长3.9%。
"""


def test_a_paragraph_opening_on_the_week_is_the_weeks(tmp_path: Path) -> None:
    """本周，… opens a paragraph: all of it is the week's month, not only its first sentence."""
    path = tmp_path / "weekly.txt"
    path.write_text(WEEK_PARAGRAPH, encoding="utf-8")
    found = {m.text: m.period for m in extract(load_document(path), city=CITY)}
    assert found["1236.5万吨"] == "2025-11"
    assert found["762.4万吨"] == "2025-11"
    assert found["14.2万标箱"] == "2025-11"
    assert found["5.26亿吨"] == "2025-01/2025-11"


#: a January work report whose review section's heading names its year after another word
REVIEW_SECTION = """2026年某县人民政府工作报告

（2026年1月9日在县人民代表大会上）

一、“十四五”时期和2025年工作回顾

重大项目加力推进。全年纳入调度的重点项目68个，完成投资132.6亿元。

乡村振兴扎实推进。粮食总产量6.82亿斤，新建高标准农田5.3万亩。

二、今年的目标任务

今年力争新建高标准农田3万亩。
"""


def test_a_section_headings_year_holds_wherever_it_stands(tmp_path: Path) -> None:
    """一、“十四五”时期和2025年工作回顾: the section is 2025's, though its year does not open the heading
    (a January report's 全年 in it is that year, not the new one)."""
    path = tmp_path / "report.txt"
    path.write_text(REVIEW_SECTION, encoding="utf-8")
    found = {m.text: m.period for m in extract(load_document(path), city=CITY)}
    assert found["68个"] == "2025"
    assert found["6.82亿斤"] == "2025"
    assert found["3万亩"] == "2026"
