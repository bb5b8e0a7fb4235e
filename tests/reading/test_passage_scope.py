"""How far a period, a subject or a name reaches in a passage, each rule shown on sentences written for it.

Asides (单看9月份, 其中三季度, 9月当月) hold for their sentence only; a section heading naming a period or
another year sets it for the paragraphs under it; a quarter's report whose body runs from January states
the year so far; a plan of this year (今年计划投资) is the year's; a source clause (据…核算结果) names no
subject; a project's name that begins with a place is the project; a branch of the economy before a deed
verb stays in the name; a list of short modifiers before 的 shares the head; the comparator that names
the reference is the one before a bare 高出. Read with the example profile (衡阳市, 湖南省); all names are
invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from diaodu.reading import extract, load_document
from tests.reading.example_city import CITY, check, read

Case = tuple[str, int, list[tuple[str, dict[str, Any]]]]

CASES: list[Case] = [
    # an aside's single month holds for its sentence; the next sentence is back on the running period
    (
        "前三季度，全市规上工业增加值增长7.8%。单看9月份，规上工业增加值增长8.9%。分门类看，采矿业增长3.6%。",
        2025,
        [
            ("8.9%", {"period": "2025-09"}),
            ("3.6%", {"period": "2025-01/2025-09"}),
        ],
    ),
    (
        "1—9月，全市产业链产值增长11.8%。其中第三季度产值增长6.4%。链上企业利润总额增长5.2%。",
        2025,
        [("6.4%", {"period": "2025-07/2025-09"}), ("5.2%", {"period": "2025-01/2025-09"})],
    ),
    (
        "1—10月，全市社零总额增长6.1%。10月当月社零总额增长7.5%。网络零售额增长12.0%。",
        2025,
        [("7.5%", {"period": "2025-10"}), ("12.0%", {"period": "2025-01/2025-10"})],
    ),
    # a section heading naming another year: its paragraphs, and their 全年, are that year's
    (
        "衡阳县人民政府工作报告\n\n一、2025年工作回顾\n\n过去一年，全县地区生产总值增长6.5%。\n\n"
        "二、2026年主要目标\n\n（一）扩大有效投资。全年安排县级重点项目120个，年度计划投资180亿元。\n",
        2025,
        [("6.5%", {"period": "2025"}), ("120个", {"period": "2026"}), ("180亿元", {"period": "2026"})],
    ),
    # a section heading naming part of the year: its paragraphs are that part's
    (
        "衡阳县经济运行简报\n\n一、上半年运行情况\n\n全县规上工业增加值增长7.0%。\n\n"
        "二、1—9月运行情况\n\n全县规上工业增加值增长7.4%。\n",
        2025,
        [("7.0%", {"period": "2025-01/2025-06"}), ("7.4%", {"period": "2025-01/2025-09"})],
    ),
    # a quarter's report whose body runs from January: the year so far
    (
        "衡阳高新区产业链工作通报（2025年三季度）\n\n截至9月底，链上企业210家。1—9月，产业链实现产值560亿元。"
        "\n\n链主企业研发投入12亿元。\n",
        2025,
        [("12亿元", {"period": "2025-01/2025-09"})],
    ),
    # a month's report whose body runs from January states the year so far
    (
        "衡阳高新区2025年9月经济运行月报\n\n1—9月，园区规上工业总产值612.4亿元，增长8.7%。\n\n"
        "二、项目建设\n\n园区完成工业投资96.7亿元。\n",
        2025,
        [("96.7亿元", {"period": "2025-01/2025-09"})],
    ),
    # …but a quarter's notice whose body opens on the quarter itself reports on the quarter
    (
        "关于2025年第三季度全市重点项目建设情况的通报\n\n第三季度，全市新开工项目64个。1—9月，全市累计开工项目252个。\n\n"
        "本季度竣工项目42个。\n",
        2025,
        [("64个", {"period": "2025-07/2025-09"}), ("42个", {"period": "2025-07/2025-09"})],
    ),
    # 今年累计 is the year so far, not the whole year
    (
        "1—10月，全市规上工业增加值增长7%。截至10月底，今年累计收集企业问题146个。",
        2025,
        [("146个", {"period": "2025-01/2025-10"})],
    ),
    # a year's goal stated in a half-year report: the goal is the year's; what the half-year did is no goal
    (
        "上半年，固定资产投资年度目标为增长4%，上半年增长2.9%，完成年度投资计划的47.3%。",
        2025,
        [
            ("4%", {"indicator": "固定资产投资", "period": "2025", "modality": "target"}),
            ("2.9%", {"indicator": "固定资产投资", "period": "2025-01/2025-06", "modality": None}),
        ],
    ),
    # a project's plan for this year is the year's; its life total has no period
    (
        "1—6月，全市重点项目完成投资120亿元。\n——甲乙新材料项目总投资30亿元，今年计划投资8亿元，1—6月完成4.2亿元。\n",
        2025,
        [
            ("30亿元", {"period": None, "subject": "甲乙新材料项目"}),
            ("8亿元", {"period": "2025"}),
            ("4.2亿元", {"period": "2025-01/2025-06"}),
        ],
    ),
    # a project's facts (length, beds, berths) are in no period; what it did in the passage's period is
    (
        "1—6月，全区重点项目完成投资182亿元。\n——甲乙大道北延工程总投资9.6亿元，全长6.3公里，上半年完成投资2.1亿元。\n"
        "——丙丁医院新院区项目设置床位800张，完成投资1.3亿元。\n",
        2025,
        [
            ("6.3公里", {"period": None}),
            ("2.1亿元", {"period": "2025-01/2025-06"}),
            ("800张", {"period": None}),
            ("1.3亿元", {"period": "2025-01/2025-06"}),
        ],
    ),
]

NAME_CASES: list[Case] = [
    # a source clause names no subject: the figures after it are the city's
    (
        "据湖南省地区生产总值统一核算结果，上半年，全市地区生产总值增长5.6%。从产业看，第二产业增加值增长6.1%。",
        2025,
        [("6.1%", {"subject": "衡阳市"})],
    ),
    # a project named after its place is the project, and so is a phase of a works
    (
        "1—6月，全县重点项目进展顺利。\n——衡阳县人民医院新院区项目总投资6亿元，设置床位600张。\n"
        "——丙丁物流园二期总投资9.5亿元，新建仓库4栋。\n",
        2025,
        [
            ("6亿元", {"subject": "衡阳县人民医院新院区项目"}),
            ("9.5亿元", {"subject": "丙丁物流园二期"}),
        ],
    ),
    # a works named in passing, with no figure in its clause, is not the subject of what follows
    (
        "这一年里，某某污水处理厂三期建成通水，12个工业园区实现污水集中处理。",
        2020,
        [("12个", {"subject": "衡阳市"})],
    ),
    # a branch of the economy before 实现 stays in the name
    (
        "1—8月，建材产业实现产值168.4亿元，增长11.2%；食品加工产业链实现产值126.7亿元。",
        2025,
        [
            ("168.4亿元", {"indicator": "建材产业产值"}),
            ("126.7亿元", {"indicator": "食品加工产业链产值"}),
        ],
    ),
    # a class the catalogue counts (规模以上工业企业) keeps its name before 实现
    (
        "全年规模以上工业企业实现营业收入412.8亿元，增长7.9%。",
        2024,
        [("412.8亿元", {"indicator": "规模以上工业企业营业收入"})],
    ),
    # 完成 inside a name before a measure noun is a verb (完成投资 keeps it: it is the indicator's word)
    (
        "从三次产业看，第一产业完成增加值582.14亿元，增长4.1%。全年完成投资120亿元。",
        2024,
        [("582.14亿元", {"indicator": "第一产业增加值"}), ("120亿元", {"indicator": "完成投资"})],
    ),
    # the shares of a structure, with the ratio sign: one per part, named by the part (the share's base)
    (
        "2024年，全市三次产业结构调整为11.9∶42.9∶45.2。",
        2024,
        [
            ("11.9", {"measure": "ratio", "indicator": "第一产业增加值"}),
            ("45.2", {"indicator": "第三产业增加值"}),
        ],
    ),
    # short modifiers before 的 share the head
    (
        "从诉求类别看，涉及用工、融资、物流的问题分别有63个、52个、37个。",
        2025,
        [
            ("63个", {"indicator": "用工问题"}),
            ("52个", {"indicator": "融资问题"}),
            ("37个", {"indicator": "物流问题"}),
        ],
    ),
    # a set counted again by its bare noun keeps the name it was counted under, to the sentence's end
    (
        "今年全区安排区级重点项目152个。1—6月，152个项目累计完成投资182.6亿元，占年度计划的57.8%。",
        2025,
        [
            ("182.6亿元", {"indicator": "区级重点项目完成投资"}),
            ("57.8%", {"indicator": "区级重点项目完成投资"}),
        ],
    ),
    # a count that names its set before it (纳入…的N个项目)
    (
        "1—6月，纳入省级重点项目的21个项目完成投资64.8亿元。",
        2025,
        [("21个", {"indicator": "省级重点项目"}), ("64.8亿元", {"indicator": "省级重点项目完成投资"})],
    ),
    # a holder said in parallel with the one before takes the rest of its name
    (
        "1—9月，城镇常住居民人均可支配收入39360元，增长5.1%；农村常住居民为22163元，增长6.9%。",
        2025,
        [
            ("22163元", {"indicator": "农村居民人均可支配收入"}),
            ("6.9%", {"indicator": "农村居民人均可支配收入"}),
        ],
    ),
    # a year's own amount after 由/到 (由2020年的…增加到2025年的…)
    (
        "五年来，地方一般公共预算收入由2020年的18.64亿元增加到2025年的30.17亿元。",
        2025,
        [("18.64亿元", {"period": "2020"}), ("30.17亿元", {"period": "2025"})],
    ),
    # 环比 is no name
    (
        "1—9月，产业链实现产值1126.5亿元。其中第三季度实现产值402.7亿元，环比增长6.4%。",
        2025,
        [("6.4%", {"indicator": "产值"})],
    ),
    # a share said with its whole as a scope is the share of the figure before
    (
        "1—9月，高技术制造业增加值增长15.8%，在规上工业中的占比为14.3%；工业投资增长14.2%，在全部投资中占38.6%。",
        2025,
        [("14.3%", {"indicator": "高技术制造业增加值"}), ("38.6%", {"indicator": "工业投资"})],
    ),
    # 拉动…增长N个百分点: the part's pull on the total, the total being the reference
    (
        "1—9月，全市在建亿元以上项目完成投资增长10.7%，拉动全部投资增长6.2个百分点。",
        2025,
        [("6.2个百分点", {"indicator": "在建亿元以上项目完成投资", "reference": "固定资产投资"})],
    ),
    # a rank of a thing ranked (an industrial chain) in an assessment is named by the assessment
    (
        "在全市第三季度重点产业链工作考评中，衡阳高新区生物医药产业链位列全市同类产业链第一。",
        2025,
        [("第一", {"indicator": "重点产业链工作考评"})],
    ),
    # a page's banner names its site; the headline, naming what and when it reports, names the subject
    (
        "欢迎访问衡阳市人民政府门户网站\n当前位置：首页 > 要闻\n衡阳高新区前三季度主要指标稳步攀升\n\n"
        "1—9月，园区规上工业增加值增长8.1%。\n",
        2025,
        [("8.1%", {"subject": "衡阳高新技术产业开发区"})],
    ),
    # 和/及 inside the names of a 分别 list: only 、 parts the items
    (
        "1—10月，工业投资、基础设施投资、民生和社会事业投资分别增长14.2%、6.5%、3.9%。",
        2025,
        [("3.9%", {"indicator": "民生和社会事业投资"}), ("6.5%", {"indicator": "基础设施投资"})],
    ),
    # one-character items share what follows the last one's first character; what follows 分别 names the deed
    (
        "全年省、市重点项目分别完成投资32.4亿元、58.7亿元。",
        2024,
        [
            ("32.4亿元", {"indicator": "省重点项目完成投资"}),
            ("58.7亿元", {"indicator": "市重点项目完成投资"}),
        ],
    ),
    # 依次 spreads figures over a list as 分别 does
    (
        "上半年，城镇和农村居民人均可支配收入依次为24186元、10473元。",
        2025,
        [
            ("24186元", {"indicator": "城镇居民人均可支配收入"}),
            ("10473元", {"indicator": "农村居民人均可支配收入"}),
        ],
    ),
    # a name the catalogue knows, in the report's own variant of one word (规上 / 规模以上 / 规模)
    (
        "截至9月底，全市规上工业企业达到236家，本季度新增规上工业企业9家。",
        2025,
        [("236家", {"indicator": "规上工业企业"}), ("9家", {"indicator": "新增规上工业企业"})],
    ),
    # 其他 is a word, not 其 and a name
    ("10月，其他用品及服务价格上涨4.6%。", 2025, [("4.6%", {"indicator": "其他用品及服务价格"})]),
    # 比全省高出: the comparator that names something gives the reference
    (
        "前三季度，全市规上工业增加值增长7.8%，比全省高出1.2个百分点。",
        2025,
        [("1.2个百分点", {"reference": "湖南省"})],
    ),
]


_check = check


@pytest.mark.parametrize(("text", "year", "expected"), CASES, ids=[c[0][:10] for c in CASES])
def test_how_far_a_period_reaches(text: str, year: int, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year), expected)


@pytest.mark.parametrize(("text", "year", "expected"), NAME_CASES, ids=[c[0][:10] for c in NAME_CASES])
def test_subjects_names_and_references(
    text: str, year: int, expected: list[tuple[str, dict[str, Any]]]
) -> None:
    _check(read(text, year), expected)


@pytest.mark.parametrize(
    ("text", "threshold", "count", "indicator"),
    [
        ("今年签约项目112个，其中百亿元以上项目2个。", "百亿元", "2个", "百亿元以上项目"),
        ("三季度新签约十亿元以上项目12个。", "十亿元", "12个", "新签约十亿元以上项目"),
        ("全年新引进五十亿元以上项目3个。", "五十亿元", "3个", "新引进五十亿元以上项目"),
    ],
)
def test_a_threshold_in_words_names_a_category(text: str, threshold: str, count: str, indicator: str) -> None:
    records = read(text, 2025)
    assert threshold not in [r.text for r in records]
    _check(records, [(count, {"indicator": indicator})])


@pytest.mark.parametrize(
    ("text", "not_figure"),
    [
        ("全县产值过10亿元的企业发展到21家。", "10亿元"),
        ("规上工业的统计口径是年主营业务收入达到2000万元的工业企业。", "2000万元"),
        ("三季度引进世界500强、中国500强企业投资项目5个。", "500强"),
    ],
)
def test_an_amount_that_defines_a_category_is_no_figure(text: str, not_figure: str) -> None:
    assert not_figure not in [r.text for r in read(text, 2025)]


@pytest.mark.parametrize(
    ("text", "span", "fields"),
    [
        ("第三季度，白杨镇考核得分94.6分，排名第一。", "94.6分", {"measure": "level", "unit": "分"}),
        ("全区8个镇平均得分86.4分，比第二季度提高2.1分。", "2.1分", {"measure": "change", "value": 2.1}),
    ],
)
def test_a_score_is_a_figure(text: str, span: str, fields: dict[str, Any]) -> None:
    _check(read(text, 2025), [(span, fields)])


@pytest.mark.parametrize(
    ("text", "not_figure"),
    [
        ("会议于上午9时30分召开，通报了各镇考核结果。", "30分"),
        ("得分低于80分的有2个镇。", "80分"),
        ("得分在80分至90分的有11个部门。", "90分"),
    ],
)
def test_clock_times_and_score_bands_are_no_figures(text: str, not_figure: str) -> None:
    assert not_figure not in [r.text for r in read(text, 2025)]


_WEEKLY = (
    "全市重点项目建设周调度（第38周）\n\n市重点项目建设指挥部办公室　2025年9月22日\n\n"
    "截至9月19日，全市重点项目累计完成投资468.2亿元，占年度计划的71.6%。\n"
    "二、分县市区完成情况\n"
    "县市区　　项目数（个）　　年度计划（亿元）　　累计完成（亿元）　　完成率（%）\n"
    "石门县　　　28　　　　　　　46.5　　　　　　　　36.2　　　　　　　　77.8\n"
    "确保年底全市重点项目完成投资650亿元以上。\n"
)


@pytest.mark.parametrize(
    ("span", "fields"),
    [
        ("468.2亿元", {"period": "2025-01/2025-09"}),  # 截至9月19日: January to September
        ("28", {"subject": "石门县", "indicator": "项目数", "unit": "个"}),  # a count column past the first
        ("46.5", {"indicator": "年度计划投资", "period": "2025"}),  # a money column labelled 年度计划
        ("36.2", {"indicator": "完成投资", "period": "2025-01/2025-09"}),  # …and 累计完成
        ("77.8", {"measure": "ratio", "indicator": "完成投资"}),
        (
            "650亿元",
            {"subject": "衡阳市", "indicator": "重点项目完成投资", "period": "2025"},
        ),  # 年底: the year
    ],
)
def test_a_weekly_dispatch_with_a_table(span: str, fields: dict[str, Any]) -> None:
    _check(read(_WEEKLY, 2025), [(span, fields)])


_WEEKLY_NOTE = (
    "衡阳高新区招商引资暨驻企联络员工作周报\n（2025年第44期　10月27日—11月2日）\n\n"
    "本周全区84名驻企联络员走访企业216家次。今年以来，累计走访企业8640家次。\n"
    "本周新签约项目6个。今年以来，实际使用外资4260万美元，同比增长9.7%。\n"
)


def test_a_weekly_note_dated_by_the_span_it_covers(tmp_path: Any) -> None:
    path = tmp_path / "weekly.txt"
    path.write_text(_WEEKLY_NOTE, encoding="utf-8")
    document = load_document(path)
    assert str(document.published_on) == "2025-11-02"
    _check(
        extract(document, city=CITY),
        [
            ("84名", {"indicator": "驻企联络员", "period": "2025-11"}),  # the week's month
            ("8640家次", {"period": "2025-01/2025-11"}),
            ("6个", {"indicator": "新签约项目"}),  # 本周 is no part of a name
            ("4260万美元", {"indicator": "实际使用外资"}),  # the catalogue's name in the report's variant
        ],
    )


@pytest.mark.parametrize(
    ("text", "span", "unit", "indicator"),
    [
        ("1—9月，园区亩均税收达到42.6万元/亩。", "42.6万元/亩", "万元/亩", "亩均税收"),
        ("全市工业用电均价为0.62元/千瓦时。", "0.62元/千瓦时", "元/千瓦时", "工业用电均价"),
    ],
)
def test_a_unit_per_unit(text: str, span: str, unit: str, indicator: str) -> None:
    _check(read(text, 2025), [(span, {"unit": unit, "indicator": indicator})])


_KINDS = (
    "全市重点项目建设调度情况\n\n1—10月，全市重点项目建设总体平稳。\n"
    "项目类别\t项目数（个）\t总投资（亿元）\t1—10月完成投资（亿元）\t完成年度计划（%）\n"
    "省重点项目\t86\t1672.8\t312.3\t87.6\n"
    "市重点项目\t312\t2410.5\t531.2\t85.7\n"
    "合计\t398\t4083.3\t843.5\t86.4\n"
    "其中，省重点项目超时序进度4.3个百分点。\n"
)


@pytest.mark.parametrize(
    ("span", "fields"),
    [
        ("86", {"subject": "衡阳市", "indicator": "省重点项目数"}),  # a kind's row is the home's
        ("1672.8", {"indicator": "省重点项目总投资", "period": None}),  # life totals: no period
        ("312.3", {"indicator": "省重点项目完成投资", "period": "2025-01/2025-10"}),
        ("87.6", {"measure": "ratio", "indicator": "省重点项目完成投资"}),  # the share done of the plan
        ("398", {"subject": "衡阳市", "indicator": "重点项目数"}),  # 合计: what the kinds share
        ("4.3个百分点", {"indicator": "省重点项目完成投资", "reference": "时序进度"}),
    ],
)
def test_a_table_of_kinds_of_projects(span: str, fields: dict[str, Any]) -> None:
    _check(read(_KINDS, 2025), [(span, fields)])


_CHAIN = (
    "衡阳市先进装备制造产业链工作推进情况（2025年10月）\n\n"
    "1—10月，链主企业甲乙电气实现营收268.3亿元，增长15.1%；丙丁重工实现营收41.2亿元，下降2.6%。\n"
    "三、重点任务清单\n"
    "1.推动链上企业技术改造。责任单位：市工信局；完成时限：2025年12月底前；目标：新实施技改项目20个以上。\n"
    "2.强化要素保障。责任单位：市自然资源局；目标：保障链上项目用地500亩。\n"
)


@pytest.mark.parametrize(
    ("span", "fields"),
    [
        ("268.3亿元", {"subject": "甲乙电气", "indicator": "营业收入"}),  # a company after its role noun
        ("41.2亿元", {"subject": "丙丁重工"}),  # …and the next one in parallel
        ("20个", {"modality": "target", "period": "2025", "qualifier": "over"}),  # 目标： in a task list
        ("500亩", {"subject": "衡阳市", "modality": "target"}),  # 保障…项目 is no project's name
    ],
)
def test_a_chain_report_with_a_task_list(span: str, fields: dict[str, Any]) -> None:
    _check(read(_CHAIN, 2025), [(span, fields)])


def test_the_titles_year_is_the_years_report(tmp_path: Any) -> None:
    """2024年…统计公报 issued in 2025年4月: the report is about 2024."""
    path = tmp_path / "bulletin.txt"
    path.write_text(
        "2024年石门县国民经济和社会发展统计公报\n\n石门县统计局\n2025年4月\n\n"
        "经初步核算，2024年全县地区生产总值286.45亿元，增长5.8%。年末全县户籍人口58.62万人。\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert document.report_year == 2024
    _check(extract(document, city=CITY), [("58.62万人", {"period": "2024"})])


def test_a_date_line_under_the_title_is_no_period() -> None:
    """遵义市统计局 / 2025年4月 under a year's bulletin: the date it was issued."""
    text = (
        "2024年石门县国民经济和社会发展统计公报\n\n石门县统计局\n2025年4月\n\n七、各乡镇主要指标\n\n"
        "白杨镇地区生产总值完成79.3亿元，增长5.1%。\n"
    )
    _check(read(text, 2024), [("79.3亿元", {"period": "2024"})])
