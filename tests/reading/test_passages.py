"""Passage-level rules: inherited periods, item headings, speakers, plan sections, late qualifiers, changes
said as "more than before", category thresholds.

Each case is read with the example profile (衡阳市, 湖南省) as a report about 2021; the places, projects
and companies are invented. ``expected`` maps a figure's text to the fields it must carry (a figure
stated on one span for several records appears once per record, in order); ``absent`` lists texts that
must give no record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from diaodu.reading.tables import Lines
from tests.reading.example_city import read

Case = tuple[str, list[tuple[str, dict[str, Any]]], list[str]]

CASES: list[Case] = [
    # a bulletin whose headline names no period: its body's running period holds in later sections
    (
        "柯州市项目调度通报\n（第5期）\n\n一、总体进展\n截至5月底，全市重点项目完成投资88亿元。\n\n"
        "二、分县进展\n澄水县完成投资12亿元，占年度计划的41%。\n",
        [("12亿元", {"period": "2021-01/2021-05"}), ("41%", {"period": "2021-01/2021-05"})],
        [],
    ),
    # a monthly report: its own month first, then the running total; the running total is its period
    (
        "柯州市产业链月报\n（第8期）\n\n【综述】\n8月份，各链运行平稳。1—8月，全市产业链产值增长6%。\n\n"
        "【招商】\n新签约链上项目21个。\n",
        [("21个", {"period": "2021-01/2021-08"})],
        [],
    ),
    # a year review keeps the year even when its body opens with part of the year
    (
        "柯州市年度盘点\n\n2021年前三季度，全市经济回升。\n\n一、项目\n全市新开工项目120个。\n",
        [("120个", {"period": "2021"})],
        [],
    ),
    # a news report on an event: the event's month; 今年以来 there runs from January to that month
    (
        "柯州市在博览会上签约项目30个\n来源：柯州市商务局\n\n"
        "5月8日至12日，博览会在省城举办。柯州市共签约项目30个，签约额120亿元。\n"
        "今年以来，全市外出招商40批次，接待客商110批次，这一势头还在延续。\n",
        [("120亿元", {"period": "2021-05"}), ("40批次", {"period": "2021-01/2021-05"})],
        [],
    ),
    # in a report on part of the year, a paragraph opening with an event's date is that month's
    (
        "柯州市项目调度通报\n（第5期）\n\n截至5月底，全市重点项目完成投资88亿元，占年度计划的41%。\n"
        "5月18日，全市集中开工仪式举行，集中开工项目23个，年内计划完成投资15亿元。\n",
        [("88亿元", {"period": "2021-01/2021-05"}), ("23个", {"period": "2021-05"})],
        [],
    ),
    # a paragraph opening with a topic-turn word does not inherit the period of the one before
    (
        "柯州市在博览会上签约项目30个\n来源：柯州市商务局\n\n"
        "5月8日至12日，博览会在省城举办，柯州市共签约项目30个，展会规模再创新高。\n"
        "1—4月，全市招商引资到位资金88亿元，同比增长9%，完成年度目标的36%，这一势头还在延续。\n"
        "另据了解，本届博览会共签约项目900个，签约总额超过4000亿元，规模为历届之最。\n",
        [("88亿元", {"period": "2021-01/2021-04"}), ("900个", {"period": "2021-05"})],
        [],
    ),
    # a numbered item headed by a project's name, then 项目…: the project is its figures' subject
    (
        "三、重点项目\n（二）澄水至柯山公路改建工程。项目总投资36亿元，上半年完成投资4.2亿元，完成率52%。\n",
        [
            ("36亿元", {"subject": "澄水至柯山公路改建工程"}),
            ("4.2亿元", {"subject": "澄水至柯山公路改建工程"}),
            ("52%", {"subject": "澄水至柯山公路改建工程"}),
        ],
        [],
    ),
    # a numbered item whose heading is a topic (no 项目… after it) keeps the report's subject
    (
        "二、主要工作\n（一）工业经济提质增效。新增规上工业企业8家。\n",
        [("8家", {"subject": "衡阳市"})],
        [],
    ),
    # enumerators and verbs make no project name: 一是…项目 is no subject
    (
        "柯州市工作总结\n\n一是紧盯重点项目，全年完成投资116亿元。二是部分项目进度滞后，涉及投资23亿元。\n",
        [("116亿元", {"subject": "柯州市"}), ("23亿元", {"subject": "柯州市"})],
        [],
    ),
    # a suffix right after a verb is no place: 接受区人大监督
    (
        "青禾区2021年工作总结\n\n自觉接受区人大监督，办理代表建议45件。\n",
        [("45件", {"subject": "青禾区"})],
        [],
    ),
    # a company named after a place is the company, not the place
    (
        "柯州市招商简报\n\n苏州澄华光电科技有限公司计划投资18亿元建设光伏组件项目。\n",
        [("18亿元", {"subject": "苏州澄华光电科技有限公司"})],
        [],
    ),
    # 另有 before a company's name is not part of it
    (
        "柯州市招商简报\n\n另有澄水果业集团投资6.5亿元建设冷链物流中心。\n",
        [("6.5亿元", {"subject": "澄水果业集团"})],
        [],
    ),
    # a department that speaks is not the subject of what it says
    (
        "柯州市招商工作综述\n\n柯州市商务局负责人介绍，1—6月全市新引进项目210个。\n",
        [("210个", {"subject": "柯州市"})],
        [],
    ),
    # a company after a role noun is the subject
    (
        "柯州市产业链月报\n\n其中，链主企业澄华电子公司实现产值68亿元，增长12%。\n",
        [("68亿元", {"subject": "澄华电子公司"}), ("12%", {"subject": "澄华电子公司"})],
        [],
    ),
    # 分别 in a clause after the one that lists the units: one unit each, in order
    (
        "柯州市项目通报\n\n分县看，澄水县、柯山县、青禾区推进较快，完成投资分别占年度计划的61%、58%和55%。\n",
        [
            ("61%", {"subject": "澄水县"}),
            ("58%", {"subject": "柯山县"}),
            ("55%", {"subject": "青禾区"}),
        ],
        [],
    ),
    # 预计 does not reach past a ； that opens a clause of another time
    (
        "全市预计全年水果产量达到96万吨；1—9月出口水果3.6万吨。",
        [("96万吨", {"modality": "forecast"}), ("3.6万吨", {"modality": None})],
        [],
    ),
    # 预计 holds over a list of clauses joined by ； when none turns to another time
    (
        "预计全年地区生产总值增长8%；固定资产投资增长9%。",
        [("8%", {"modality": "forecast"}), ("9%", {"modality": "forecast"})],
        [],
    ),
    # a plan section's list items are targets; a count that names what a goal is about is not
    (
        "柯州市工作总结\n\n四、下半年工作安排\n一是办好民生实事，年内新增学位2000个。"
        "二是确保60个重点项目全年完成投资90亿元。\n",
        [
            ("2000个", {"modality": "target"}),
            ("60个", {"modality": None}),
            ("90亿元", {"modality": "target"}),
        ],
        [],
    ),
    # a report on a campaign that says when it began runs from that month: its figures to date, and
    # its own period, count from it (not from January); an explicit span keeps its months
    (
        "柯州市重点项目冬季攻坚督查通报\n\n一、总体进展\n"
        "攻坚行动自9月1日启动，目前进入收官阶段。截至11月30日，全市攻坚项目完成投资126.4亿元。\n"
        "二、各地情况\n澄水县完成投资18.2亿元，居全市第一。1—11月全市固定资产投资增长4.1%。\n",
        [
            ("126.4亿元", {"period": "2021-09/2021-11"}),
            ("18.2亿元", {"period": "2021-09/2021-11"}),
            ("4.1%", {"period": "2021-01/2021-11"}),
        ],
        [],
    ),
    # the campaign's start said other ways: 于…正式启动, or the date first
    (
        "柯州市重点项目百日会战通报\n\n一、总体情况\n百日会战于9月1日正式启动。截至11月30日，全市完成投资126.4亿元。\n",
        [("126.4亿元", {"period": "2021-09/2021-11"})],
        [],
    ),
    (
        "柯州市重点项目百日会战通报\n\n一、总体情况\n9月1日，全市重点项目百日会战全面启动。"
        "截至11月30日，全市完成投资126.4亿元。\n",
        [("126.4亿元", {"period": "2021-09/2021-11"})],
        [],
    ),
    # a date with no campaign started on it opens no span
    (
        "柯州市经济运行通报\n\n一、总体情况\n截至11月30日，全市完成投资126.4亿元。9月1日，市委召开会议。\n",
        [("126.4亿元", {"period": "2021-01/2021-11"})],
        [],
    ),
    # the set of projects planned to start this year is the year's plan, whatever span the report runs;
    # those of them still waiting now are counted in the report's span
    (
        "柯州市2021年1—10月重点项目推进情况\n\n全市重点项目完成投资541.8亿元。"
        "计划新开工的118个项目中已开工109个。全市仍有9个计划新开工项目未开工。\n",
        [
            ("118个", {"period": "2021"}),
            ("109个", {"period": "2021-01/2021-10"}),
            ("9个", {"period": "2021-01/2021-10"}),
        ],
        [],
    ),
    # a section headed as the year's goals is a plan: its figures are targets
    (
        "柯州市政府工作报告\n\n一、去年工作回顾\n全市地区生产总值增长5.8%。\n二、今年主要预期目标\n"
        "地区生产总值增长6%左右；城镇新增就业3万人。\n",
        [
            ("5.8%", {"modality": None}),
            ("6%", {"modality": "target"}),
            ("3万人", {"modality": "target"}),
        ],
        [],
    ),
    # a plan for a year (its title): goals throughout, but in a section that looks back
    (
        "关于印发《柯山区2026年工作要点》的通知\n\n一、2025年工作简要回顾\n全区新增市场主体4100户。\n"
        "二、重点任务\n新培育规上企业30家，新建标准厂房12万平方米。\n",
        [
            ("4100户", {"modality": None}),
            ("30家", {"modality": "target"}),
            ("12万平方米", {"modality": "target"}),
        ],
        [],
    ),
    # what a project will add once built or running is an expectation
    (
        "澄水供水二期工程开工，建成后可新增日供水能力8万吨；柯山污水厂扩建工程总投资3亿元。"
        "某某项目投产后将新增年产值15亿元。",
        [
            ("8万吨", {"modality": "forecast"}),
            ("3亿元", {"modality": None}),  # the next project's, past the ；
            ("15亿元", {"modality": "forecast"}),
        ],
        [],
    ),
    # qualifiers said around the number phrase
    (
        "桥梁桩基完成总量的六成左右。柯州市签约额约占全省的6.6%。企业开办实现1个工作日内办结。",
        [
            ("六成", {"qualifier": "about"}),
            ("6.6%", {"qualifier": "about"}),
            ("1个工作日", {"qualifier": "under"}),
        ],
        [],
    ),
    # 比…多<verb>: a change against the compared period
    (
        "全市新开工项目2187个，比上年同期多开工146个；新增贷款44亿元，比上年同期少投放3亿元。",
        [("146个", {"measure": "change", "value": 146}), ("3亿元", {"measure": "change", "value": -3})],
        [],
    ),
    # compound counters and per-mille rates
    (
        "走访企业136家次。人口出生率为8.46‰。",
        [("136家次", {"unit": "家次", "value": 136}), ("8.46‰", {"measure": "ratio", "unit": "‰"})],
        [],
    ),
    # a rank shared by the units the figures before it were given: one record each
    (
        "柯州市经济运行简况\n\n澄水县和柯山县均增长6.5%，并列全市第1位。",
        [
            ("6.5%", {"subject": "澄水县"}),
            ("6.5%", {"subject": "柯山县"}),
            ("第1", {"subject": "澄水县", "measure": "rank"}),
            ("第1", {"subject": "柯山县", "measure": "rank"}),
        ],
        [],
    ),
    # a rank after a list of units and its cue: one record each
    (
        "柯州市经济运行简况\n\n澄水县、柯山县增速分列全市前2位。",
        [("2位", {"subject": "澄水县"}), ("2位", {"subject": "柯山县"})],
        [],
    ),
    # ranks listed after one 第: one rank each, paired with the units of the run before
    (
        "柯州市经济运行简况\n\n澄水县、柯山县、青禾区分别增长9.7%、9.2%和8.9%，分别居第4、5、6位。",
        [
            ("第4", {"measure": "rank", "value": 4, "subject": "澄水县"}),
            ("5", {"measure": "rank", "value": 5, "subject": "柯山县"}),
            ("6位", {"measure": "rank", "value": 6, "subject": "青禾区"}),
        ],
        [],
    ),
    # a top rank whose units are listed right after it (排名前三的依次为…): a rank 3 (under) for each
    (
        "柯州市经济运行简况\n\n到位资金排名前三的依次为澄水县、柯山县和青禾区，分别完成26.4亿元、18.7亿元、15.6亿元。",
        [
            ("三", {"measure": "rank", "value": 3, "subject": "澄水县", "qualifier": "under"}),
            ("三", {"measure": "rank", "value": 3, "subject": "柯山县"}),
            ("三", {"measure": "rank", "value": 3, "subject": "青禾区"}),
        ],
        [],
    ),
    # so in Chinese numerals (分列第二、三位)
    (
        "柯州市经济运行简况\n\n澄水县、柯山县完成率分别为65.9%、63.2%，分列第二、三位。",
        [
            ("第二", {"measure": "rank", "value": 2, "subject": "澄水县"}),
            ("三位", {"measure": "rank", "value": 3, "subject": "柯山县"}),
        ],
        [],
    ),
    # 全省 a few words into a clause of a city's report: the province did it
    (
        "柯州市招商简报\n\n据统计，本届展会全省共签约项目900个，签约总额4000亿元。柯州市签约额占全省的6%。",
        [
            ("900个", {"subject": "湖南省"}),
            ("4000亿元", {"subject": "湖南省"}),
            ("6%", {"subject": "柯州市"}),
        ],
        [],
    ),
    # 位列前三 after a list of units: a rank 3 (under) for each; 前三季度 is a period, no rank
    (
        "柯州市项目通报\n\n澄水县、柯山县、青禾区综合得分位列前三。前三季度，全市用电量居全省第一。",
        [
            ("三", {"measure": "rank", "value": 3, "qualifier": "under", "subject": "澄水县"}),
            ("三", {"subject": "柯山县"}),
            ("三", {"subject": "青禾区"}),
            ("第一", {"measure": "rank", "value": 1}),
        ],
        [],
    ),
    # 均 before 低于…平均水平: one record per unit of the run before (平均 is no 均)
    (
        "柯州市项目通报\n\n澄水县、柯山县完成率分别为44.6%、42.3%，均低于全市平均水平10个百分点以上。",
        [("10个百分点", {"subject": "澄水县", "measure": "diff"}), ("10个百分点", {"subject": "柯山县"})],
        [],
    ),
    # a rank of the city's counties with no region said is among the city's units
    (
        "衡阳市项目通报\n\n衡南县、衡东县综合得分位列前二。",
        [
            ("二", {"subject": "衡南县", "reference": "衡阳市"}),
            ("二", {"subject": "衡东县", "reference": "衡阳市"}),
        ],
        [],
    ),
    # a category of projects (制造业项目…) is no project's name: the clause keeps the passage's subject
    (
        "柯州市招商简报\n\n其中制造业项目签约额占比高于全省平均水平8个百分点。",
        [("8个百分点", {"subject": "柯州市"})],
        [],
    ),
    # a percentage said only as 分别为 after a clause naming 增速 is a growth
    (
        "柯州市经济运行简况\n\n澄水县、柯山县增速低于全市，分别为3.3%和2.5%。",
        [("3.3%", {"measure": "growth"}), ("2.5%", {"measure": "growth"})],
        [],
    ),
    # a project's own total has no period; the year's plan is the year's
    (
        "柯州市项目调度通报\n\n上半年，澄华物流园项目总投资23亿元，年度计划投资6亿元，完成投资3.1亿元。\n",
        [
            ("23亿元", {"period": None}),
            ("6亿元", {"period": "2021"}),
            ("3.1亿元", {"period": "2021-01/2021-06"}),
        ],
        [],
    ),
    # a company's planned investment is its project's total: no period
    (
        "柯州市招商简报\n\n上半年，澄华光电科技有限公司拟投资8.2亿元，建设组件项目。\n",
        [("8.2亿元", {"period": None, "subject": "澄华光电科技有限公司"})],
        [],
    ),
    # 1—10月平均，… is a period
    (
        "柯州市经济运行简况\n\n10月份，居民消费价格上涨0.4%。1—10月平均，居民消费价格比上年同期上涨0.3%。",
        [("0.4%", {"period": "2021-10"}), ("0.3%", {"period": "2021-01/2021-10"})],
        [],
    ),
    # a split A:B:C after a structure word: one share per part
    (
        "三次产业结构为12.5:40.2:47.3。",
        [
            ("12.5", {"measure": "ratio", "unit": "%", "value": 12.5}),
            ("40.2", {"measure": "ratio", "value": 40.2}),
            ("47.3", {"measure": "ratio", "value": 47.3}),
        ],
        [],
    ),
    # a goal with no period of its own is the year's, not the passage's months
    (
        "柯州市工作总结\n\n上半年，全市新开工项目37个。\n下一步，力争新开工项目总数达到50个。\n",
        [("37个", {"period": "2021-01/2021-06"}), ("50个", {"period": "2021", "modality": "target"})],
        [],
    ),
    # a gap right after a rate its clause dates is of that period
    (
        "上半年，全区地区生产总值增长6.8%，其中二季度增长7.2%，比一季度加快0.8个百分点。",
        [("6.8%", {"period": "2021-01/2021-06"}), ("0.8个百分点", {"period": "2021-04/2021-06"})],
        [],
    ),
    # N月底前 in a goal is January to that month
    (
        "截至5月底，全市重点项目完成投资280亿元。力争6月底前重点项目完成投资突破330亿元。",
        [("280亿元", {"period": "2021-01/2021-05"}), ("330亿元", {"period": "2021-01/2021-06"})],
        [],
    ),
    # the end of a quarter, for an amount counted from January, is January to the quarter's last month
    (
        "力争三季度末重点项目累计完成投资突破480亿元。",
        [("480亿元", {"period": "2021-01/2021-09", "modality": "target"})],
        [],
    ),
    # 年内 is the year
    (
        "柯州市招商简报\n\n上半年到位资金88亿元。下一步，确保年内资金到位率不低于30%。\n",
        [("30%", {"period": "2021", "modality": "target"})],
        [],
    ),
    # a threshold that defines a category is no figure; the count after it is
    (
        "规上工业企业中营业收入超过10亿元的仅有4家。对产值首次突破50亿元、100亿元的企业分别奖励200万元、500万元。",
        [("4家", {"measure": "level"}), ("200万元", {"measure": "level"})],
        ["10亿元", "50亿元", "100亿元"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES, ids=[c[0][:14] for c in CASES])
def test_passage_rules(text: str, expected: list[tuple[str, dict[str, Any]]], absent: list[str]) -> None:
    records = read(text)
    seen: dict[str, int] = {}
    for span, fields in expected:
        hits = [r for r in records if r.text == span or r.text.lstrip("-") == span]
        k = seen.get(span, 0)
        seen[span] = k + 1
        assert len(hits) > k, (span, [(r.text, r.subject, r.period, r.modality) for r in records])
        got = hits[k]
        for key, value in fields.items():
            assert getattr(got, key) == value, (span, key, getattr(got, key), value)
    for span in absent:
        assert not [r for r in records if r.text == span], (span, [r.text for r in records])


def test_lines_are_pulled_as_asked_for_and_let_go() -> None:
    """The reader's lines (``tables.Lines``) come from an iterator as they are asked for: a long document is
    never held whole as a list of its lines, and lines read past are let go."""
    pulled: list[int] = []

    def spans() -> Iterator[tuple[int, int]]:
        for k in range(1000):
            pulled.append(k)
            yield (10 * k, 10 * k + 5)

    lines = Lines(spans())
    assert lines.has(3) and len(pulled) == 4
    assert lines[2] == (20, 25)
    assert lines[1:4] == [(10, 15), (20, 25), (30, 35)]
    assert not lines.has(1000) and lines[999] == (9990, 9995)
    lines.release(900)
    assert lines[950] == (9500, 9505)
