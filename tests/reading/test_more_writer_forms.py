"""More forms a report's writer may use without knowing the reader's rules, each on a sentence written for it.

Periods: 截至本周 and 累计 in a weekly bulletin are the year so far, and so is 全年累计; 比上周 is the
week's; 据了解 turns to a new topic. Tables: a row label's unit in brackets, a rank column's ordinals
(第9位), a task table's cells split by ``|``. Rankings:
rows that open on their place (第1名 某县，…) under a lead-in naming what is ranked (按办结率排序如下：).
Names: a project after 某县的, a count's share of the year's task, list openers (二是), stock and week
words (拥有, 仍有, 本周), a list's shared head (…、衣着价格; …、社会民生项目) and the deed after its 分别
(分别完成投资), a plan rate after such a list (年度计划完成率分别为), a list before a clause of its own
(…；房地产开发投资下降), parts of a whole counted before 中, a modifier before 的, a count in words
opening a name (三家), 涨幅, 市区, a set's flow after its count.
Ranks: 分列第二、第三位 and the peers counted before 分别居. Units: 均 over names holding 和, the
units a clause lists after 对 paired with 上述单位…分别. Units of measure: scores (分), 吉瓦时. Read
with the example profile (衡阳市, 湖南省); all other names and all figures are invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diaodu.reading import extract, load_document
from tests.reading.example_city import CITY, check, read

Case = tuple[str, list[tuple[str, dict[str, Any]]]]


def _check(records: list[Any], expected: list[tuple[str, dict[str, Any]]]) -> None:
    check(records, [(span, {**fields, "any_of": True}) for span, fields in expected])


WEEK = "衡阳市重点项目周调度通报\n（2025年第44周）\n\n衡阳市重点项目办　2025年11月4日\n\n"

WEEK_CASES: list[Case] = [
    # 截至本周 in a weekly bulletin: January to the month of its date; 本周 alone: that month
    (
        WEEK + "本周全市重点项目完成投资6.2亿元。截至本周，全市重点项目累计完成投资318亿元。\n",
        [("6.2亿元", {"period": "2025-11"}), ("318亿元", {"period": "2025-01/2025-11"})],
    ),
    # 累计 after 本周 in the same sentence: the running total, not the week's
    (
        WEEK + "本周各县市区上报问题12个，已解决9个；累计上报问题230个，累计解决201个。\n",
        [("12个", {"period": "2025-11"}), ("230个", {"period": "2025-01/2025-11"})],
    ),
    # a gap with last week (比上周) is the week's, though the figure it follows is the year so far
    (
        WEEK + "截至本周，全市重点项目开工率为94.5%，比上周提高0.9个百分点。\n",
        [("94.5%", {"period": "2025-01/2025-11"}), ("0.9个百分点", {"period": "2025-11"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEEK_CASES, ids=[str(i) for i in range(len(WEEK_CASES))])
def test_week_bulletin_periods(text: str, expected: list[tuple[str, dict[str, Any]]], tmp_path: Path) -> None:
    path = tmp_path / "weekly.txt"
    path.write_text(text, encoding="utf-8")
    _check(extract(load_document(path), city=CITY), expected)


CASES: list[Case] = [
    # 全年累计 in a month's report is the year so far, not the whole year
    (
        "衡阳县2025年10月营商环境月报\n\n本月回访企业284家，满意率98.2%。全年累计回访2436家次，满意率97.6%。\n",
        [("2436家次", {"period": "2025-01/2025-10"}), ("97.6%", {"period": "2025-01/2025-10"})],
    ),
    # a paragraph opening on 据了解 turns to a new topic: not the goals' year of the quote before it
    (
        "衡阳高新区前三季度经济运行稳中向好\n\n前三季度，园区实现营业收入812亿元，增长9.1%。\n\n"
        "园区负责人表示，全年力争营业收入突破1100亿元。\n\n据了解，园区目前从业人员约4.6万人。\n",
        [("1100亿元", {"period": "2025"}), ("4.6万人", {"period": "2025-01/2025-09"})],
    ),
    # a project named after the place it stands in (某县的…项目) is the project, not 某县的…
    (
        WEEK + "衡南县的湘江储能材料项目总投资30亿元，本周完成投资0.8亿元。\n",
        [("30亿元", {"subject": "湘江储能材料项目", "period": None})],
    ),
    # a table's row label with its unit in brackets gives the unit; a rank column's ordinals are ranks
    (
        "衡阳市2025年上半年计划执行情况\n\n指标              | 1—6月   | 增速(%) | 全省排位\n"
        "地区生产总值（亿元）| 2100.5  | 5.6     | 第7位\n规模工业增加值    | —       | 6.9     | 第5位\n",
        [
            ("2100.5", {"unit": "亿元", "measure": "level", "indicator": "地区生产总值"}),
            ("第7位", {"measure": "rank", "value": 7.0, "indicator": "地区生产总值"}),
            ("第5位", {"measure": "rank", "value": 5.0}),
        ],
    ),
    # a task table split by |: a cell's figure is named by its own cell, not by the row number or the
    # next column
    (
        "衡阳县2025年8月产业链调度通报\n\n序号 | 任务内容                     | 责任单位   | 完成时限\n"
        "1    | 组织产销对接活动3场         | 县商务局   | 9月底前\n"
        "2    | 兑现产业链专项扶持资金2.5亿元 | 县财政局   | 10月底前\n",
        [("3场", {"indicator": "产销对接活动"}), ("2.5亿元", {"indicator": "产业链专项扶持资金"})],
    ),
    # a ranking's rows open on their place: each row's rank and figures are that place's, ranked on what
    # the lead-in names
    (
        "衡阳市2025年9月项目督办通报\n\n本月承办督办事项的县市区共3个，按办结率排序如下：\n"
        "第1名 衡阳县，承办20件，办结20件，办结率100%；\n第2名 衡南县，承办12件，办结11件，办结率91.7%。\n",
        [
            ("第1", {"measure": "rank", "subject": "衡阳县", "indicator": "办结率"}),
            ("20件", {"subject": "衡阳县"}),
            ("第2", {"measure": "rank", "subject": "衡南县", "indicator": "办结率"}),
            ("91.7%", {"subject": "衡南县", "indicator": "办结率"}),
        ],
    ),
    # a count named only by the year's task after a count in the same unit is that count's goal
    (
        "衡阳县2025年10月简报\n\n1—10月，全县累计培训农民工4126人次，已完成全年任务4800人次的86%。\n",
        [
            ("4800人次", {"indicator": "培训农民工", "period": "2025"}),
            ("86%", {"indicator": "培训农民工"}),
        ],
    ),
    # list openers (一是, 二是) are no part of a name
    (
        "衡阳县2025年10月简报\n\n下步要求：一是全县走访企业不少于300家次。二是企业满意率力争保持在95%以上。\n",
        [("300家次", {"indicator": "走访企业"}), ("95%", {"indicator": "企业满意率"})],
    ),
    # a clause after a 分别 list names its own figure, not the list's
    (
        "衡阳市2025年1—10月经济运行简况\n\n按领域分，工业投资、交通投资、教育投资分别增长14.2%、6.5%、3.9%；"
        "房地产开发投资下降9.7%，降幅比1—9月收窄1.1个百分点。\n",
        [("9.7%", {"indicator": "房地产开发投资"}), ("1.1个百分点", {"indicator": "房地产开发投资"})],
    ),
    # a list's last item's head (价格, 项目) is every item's
    (
        "衡阳市2025年1—10月经济运行简况\n\n八大类商品和服务中，教育文化娱乐、医疗保健、衣着价格分别上涨1.8%、1.1%、"
        "0.9%。\n",
        [("1.8%", {"indicator": "教育文化娱乐价格"}), ("1.1%", {"indicator": "医疗保健价格"})],
    ),
    # the deed after a list's 分别 names each item's figure; a plan rate after them is of that amount
    (
        "衡阳市2025年1—10月项目简报\n\n分领域看，先进制造业、基础设施、社会民生项目分别完成投资81.2亿元、43.6亿元、"
        "18.7亿元，年度计划完成率分别为96.1%、88.7%、84.6%。\n",
        [
            ("81.2亿元", {"indicator": "先进制造业项目完成投资"}),
            ("43.6亿元", {"indicator": "基础设施项目完成投资"}),
            ("18.7亿元", {"indicator": "社会民生项目完成投资"}),
            ("96.1%", {"indicator": "先进制造业项目完成投资"}),
            ("84.6%", {"indicator": "社会民生项目完成投资"}),
        ],
    ),
    # 分列第二、第三位 after two places' figures: one rank each, in order
    (
        "衡阳市2025年第三季度招商通报\n\n从签约额看，衡阳县签约额126.8亿元，居全市第一；衡南县、衡山县分别为98.4亿元、"
        "85.2亿元，分列第二、第三位。\n",
        [("第二", {"subject": "衡南县"}), ("第三", {"subject": "衡山县"})],
    ),
    # the peers counted before 分别居 (在全市14个县市区和园区中) do not join the ranks' run
    (
        "衡阳市2025年第三季度招商通报\n\n衡东县、祁东县签约额分别为8.6亿元、7.9亿元，在全市14个县市区和园区中"
        "分别居第13位、第14位。\n",
        [("第13", {"subject": "衡东县"}), ("第14", {"subject": "祁东县"})],
    ),
    # the parts of a whole counted before 中 are kinds of it, named with what its units have not done
    (
        "衡阳县2025年8月问题清单通报\n\n8月，全县累计收集问题120个，已办结95个。未办结的25个问题中，资金类10个、"
        "用地类8个、其他7个。\n",
        [
            ("25个", {"indicator": "未办结问题"}),
            ("10个", {"indicator": "未办结资金类问题"}),
            ("7个", {"indicator": "未办结其他问题"}),
        ],
    ),
    # a bare deed after a count and an amount counts the units of the count before the amount
    (
        "衡阳县2025年1—8月简况\n\n1—8月，新引进零部件配套项目27个，协议投资额142.6亿元，已开工19个。\n",
        [("19个", {"indicator": "已开工项目"})],
    ),
    # a short modifier before 的 names the units counted after it; a deed after them is theirs
    (
        "衡阳县2025年1—10月项目简报\n\n年内计划竣工的64个项目中，已竣工41个。各地上报项目问题18个。\n",
        [
            ("64个", {"indicator": "计划竣工项目"}),
            ("41个", {"indicator": "已竣工项目"}),
            ("18个", {"indicator": "上报项目问题"}),
        ],
    ),
    # scores (分) are figures; 上述单位…分别 pairs them with the units the clause before lists after 对
    (
        "衡阳市2025年第三季度考评通报\n\n经综合考评，对衡阳县、衡南县、祁东县3个单位予以通报表扬，上述单位考评得分"
        "分别为96.5分、94.2分、93.1分。会议于9时30分召开，1080分辨率屏幕已安装。\n",
        [
            ("96.5分", {"subject": "衡阳县", "indicator": "考评得分", "unit": "分"}),
            ("93.1分", {"subject": "祁东县", "indicator": "考评得分"}),
        ],
    ),
    # 吉瓦时 is a unit; 居 in 居民 is no ranking word; 不高于 is an upper bound
    (
        "衡阳市2025年上半年简况\n\n全市储能电池装机量4.2吉瓦时，增长20%。农村居民收入增速居全省第8位。"
        "全年城镇调查失业率不高于5.5%。\n",
        [
            ("4.2吉瓦时", {"unit": "吉瓦时", "measure": "level"}),
            ("第8", {"indicator": "农村居民人均可支配收入"}),
            ("5.5%", {"measure": "ratio", "qualifier": "under"}),
        ],
    ),
    # 降幅收窄至N% states the fall itself: a negative growth
    (
        "衡阳市2025年上半年简况\n\n下半年力争固定资产投资降幅收窄至2%以内。\n",
        [("2%", {"measure": "growth", "value": -2.0, "qualifier": "under", "indicator": "固定资产投资"})],
    ),
    # 均 over units whose names hold 和 (市自然资源和规划局): one record each
    (
        "衡阳市2025年8月通报\n\n从责任单位看，市自然资源和规划局、衡南县办结率均为100%；祁东县办结率为81.8%。\n",
        [
            ("100%", {"subject": "衡阳市自然资源和规划局", "indicator": "办结率"}),
            ("100%", {"subject": "衡南县"}),
        ],
    ),
    # a project's 总投资 after a rate of something else is the project's, not that thing's total
    (
        "衡阳县2025年8月产业链通报\n\n湘南电池公司：储能电池装机量4.2吉瓦时，增长20%；二期扩能项目总投资45亿元。\n",
        [("45亿元", {"indicator": "总投资"})],
    ),
    # a small count in words opening a name (三家) counts its holders: no part of the name
    (
        "衡阳市2025年8月产业链通报\n\n1—8月，三家龙头企业产值1604.9亿元，增长8.5%。\n",
        [("1604.9亿元", {"indicator": "龙头企业产值"}), ("8.5%", {"indicator": "龙头企业产值"})],
    ),
    # 诉求 is a whole whose units a bare deed after it counts; 开展 ends a name read after a count
    (
        "衡阳县2025年10月营商环境月报\n\n本月收集企业诉求80个，已解决72个。本月对45名联络员开展履职考核。\n",
        [("72个", {"indicator": "已解决诉求"}), ("45名", {"indicator": "联络员"})],
    ),
    # 涨幅 after a price's rise names that price's gap; 市区 opening a name is where, not what
    (
        "衡阳市2025年1—10月简况\n\n市区居民消费价格同比上涨0.2%，涨幅比1—9月提高0.1个百分点。\n",
        [
            ("0.2%", {"indicator": "居民消费价格"}),
            ("0.1个百分点", {"indicator": "居民消费价格", "reference": "2025-01/2025-09"}),
        ],
    ),
    # a flow right after a count of a set of projects is that set's; a project's own size is not
    (
        "衡阳市2025年1—10月简况\n\n全市亿元以上在建项目1036个，完成投资增长8.2%。签约的8个项目中，有5个为制造业项目，"
        "其中投资12亿元的湘江铸造产业园项目已开工。\n",
        [("8.2%", {"indicator": "亿元以上在建项目完成投资"}), ("12亿元", {"period": None})],
    ),
    # one change cue before a run of amounts joined by 和 makes each a change; 落后 a gap is a negative one
    (
        "衡阳市2025年1—10月简况\n\n10月末，全市存款余额962.8亿元、贷款余额781.5亿元，比年初分别增加70.3亿元和"
        "46.9亿元。甲乙大道项目年度计划完成率为48.2%，落后序时进度36.8个百分点。\n",
        [
            ("70.3亿元", {"measure": "change"}),
            ("46.9亿元", {"measure": "change", "reference": "2024-12"}),
            ("36.8个百分点", {"measure": "diff", "value": -36.8}),
        ],
    ),
    # stock and week words before a name (拥有, 仍有, 本周) are no part of it
    (
        WEEK + "截至本周，全市仍有投资进度滞后项目19个。本周新增供应建设用地210亩。全市拥有省级孵化器8家。\n",
        [
            ("19个", {"indicator": "投资进度滞后项目"}),
            ("210亩", {"indicator": "新增供应建设用地"}),
            ("8家", {"indicator": "省级孵化器"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_more_writer_forms(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(read(text, year=2025), expected)
