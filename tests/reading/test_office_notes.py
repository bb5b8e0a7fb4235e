"""Forms of the office's own notes, each on a text written for it and read with the example profile
(衡阳市, 湖南省); all other names and all figures are invented.

Periods: a weekly note dated only by the week it covers runs on the year so far, to the month the week ends
in (今年以来…); a quarter's assessment whose body says 本季度 is of the quarter itself, not January to it;
quarters in Arabic digits (第3季度, 前3季度); a month's report opening on an aside (10月当月) runs from
January; a year word before a part of the year (明年一季度).
Subjects: a class of projects heading a numbered item (（一）省重点项目。) is no project: its counts are the
place's and keep the passage's period; a clause for the projects (为重点项目供应…), a ledger of projects
(核查项目台账) and a category (…类项目) name no project; units listed after 的是 pair with the 分别 after.
Names: a method of calculation (按不变价格计算) and 但 name nothing; counts named by a kind (政策兑现类, 其他)
after 从问题类型看 are kinds of 问题; a list's three-character last item shares only its head; a count whose
noun is left out after 的 (已签约未开工的97个) counts the noun counted before it; a plan word after an amount
(1400亿元目标任务) makes it the goal of the amount named before; what was got (获得银行授信) is named by the
thing; a sentence opening on its topic (固定资产投资方面，) names its unnamed figures. Tables: a unit
note (（单位：亿元）) puts a list's bare amounts in that unit, each named by its cell; a table's header
over rows is no menu, its 序号 column is skipped, 责任单位 is no unit column; a caption naming no
quantity (主要指标…) leaves each column's label to name its figures, a bare 位次 ranks the first of them, and
a page's number line does not end a table. 全链 in a numbered item
naming a chain is that chain; 缩短 / 延长 are changes. Figures: a score
with decimals before 排名 is a score (得分 when unnamed, and so is its rank); 500强 classes listed before
企业 are no rank.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diaodu.reading import extract, load_document
from tests.reading.example_city import CITY, check

Case = tuple[str, list[tuple[str, dict[str, Any]]]]

WEEKLY = "衡阳高新区驻企服务周报\n（2025年第44期　11月3日—11月9日）\n\n"
QUARTER = "关于2025年第3季度重点工作考核结果的通报\n\n各县市区人民政府，市直各单位：\n"
PROJECTS = "衡阳市2025年1—10月重点项目推进情况\n\n"

CASES: list[Case] = [
    # a weekly note's table: a column labelled 累计… (累计完成（亿元）) holds the year so far, and so does the
    # rate after it
    (
        WEEKLY
        + "各县（市、区）推进情况如下：\n县（市、区）\t年度计划（亿元）\t累计完成（亿元）\t完成率（%）\n"
        "衡南县\t118.6\t93.1\t78.5\n",
        [("93.1", {"period": "2025-01/2025-11"}), ("78.5", {"period": "2025-01/2025-11"})],
    ),
    # a paragraph opening on the week (本周收集的问题中，…) is the week's, its later sentences too
    (
        "衡阳高新区驻企服务工作周报\n\n第45期\n\n某某办公室编印　　2025年11月10日\n\n"
        "【本周概况】（11月3日—11月9日）\n\n本周，全区走访企业386家次。截至11月9日，今年以来累计收集问题2318个。\n\n【问题分类】\n\n"
        "本周收集的问题中，来自民营企业的62个。按类型分，融资信贷类21个，用工招工类14个。\n",
        [("2318个", {"period": "2025-01/2025-11"}), ("21个", {"period": "2025-11"})],
    ),
    # a table's column labelled with the week (本周开工率) is the week's, beside a column of the year so far
    (
        WEEKLY + "1—10月，全区锂电产值418.65亿元。\n序号\t企业名称\t1—10月产值（亿元）\t本周开工率（%）\n"
        "1\t某某锂业有限公司\t126.37\t92.0\n",
        [("126.37", {"period": "2025-01/2025-10"}), ("92.0", {"period": "2025-11", "measure": "ratio"})],
    ),
    # a weekly note: 今年以来 runs to the month its week ends in, not to the month before
    (
        WEEKLY
        + "本周走访企业52家次。今年以来，联络员累计走访企业1864家次，办结率93.2%，较10月底提高0.8个百分点。\n"
        "1—10月，全区实际使用外资9860万美元。\n",
        [("52家次", {"period": "2025-11"}), ("1864家次", {"period": "2025-01/2025-11"})],
    ),
    # a weekly note is about its week: a figure naming no period is the week's month, one said to date
    # (累计, 截至) the year so far, and so is a section headed 截至本周累计情况
    (
        WEEKLY + "【问题分类】\n融资信贷类问题21个，占29.2%。目前全区在岗联络员612名。累计收集问题2318个。\n"
        "二、截至本周累计情况\n重点项目完成投资1562.3亿元，占年度计划的91.8%。\n",
        [
            ("21个", {"period": "2025-11"}),
            ("612名", {"period": "2025-11"}),
            ("2318个", {"period": "2025-01/2025-11"}),
            ("1562.3亿元", {"period": "2025-01/2025-11"}),
        ],
    ),
    # 比上周 is the gap's yardstick: the gap is the week's, a figure after it in the sentence is not
    (
        WEEKLY + "截至11月9日，今年以来累计办结问题2204个，办结率95.1%，"
        "比上周提高0.4个百分点；回访满意率为98.6%。\n",
        [("0.4个百分点", {"period": "2025-11"}), ("98.6%", {"period": "2025-01/2025-11"})],
    ),
    # a weekly note's section headed by the week (一、本周运行概况) is the week's month, sentence after
    # sentence; 截至本周 is the year so far, past the plan's 全年 that names the figure right after it
    (
        WEEKLY
        + "一、本周运行概况\n本周全市工业用电量3.62亿千瓦时，同比增长4.8%。其中制造业用电2.71亿千瓦时。\n"
        "截至本周，全年计划走访的2400家企业已走访2218家，走访率92.4%。\n",
        [
            ("2.71亿千瓦时", {"period": "2025-11"}),
            ("2400家", {"period": "2025"}),
            ("92.4%", {"period": "2025-01/2025-11"}),
        ],
    ),
    # 比上周 / 较前一周 measure against the week before ("上周"), not the year before
    (
        WEEKLY
        + "本周全区重点企业实现产值21.6亿元，比上周多0.8亿元；开工率95.2%，较前一周提高0.6个百分点。\n",
        [("0.8亿元", {"reference": "上周"}), ("0.6个百分点", {"reference": "上周"})],
    ),
    # a role noun right before a deed (骨干企业实现产值) names no company: the verb is no subject
    (
        "衡阳市2025年1—10月工业经济运行分析\n\n1—10月，骨干企业实现产值812.6亿元，同比增长9.1%。\n",
        [("812.6亿元", {"subject": "衡阳市"}), ("9.1%", {"subject": "衡阳市"})],
    ),
    # a section headed 下半年打算 / 下阶段… is a plan: its figures are goals, of the year when they name none
    (
        "衡阳市雁峰区2025年上半年工作总结\n\n四、下半年打算\n\n全区将紧盯全年目标不松劲：地区生产总值增长6%左右，"
        "固定资产投资增长12%以上。\n",
        [("6%", {"modality": "target", "period": "2025"}), ("12%", {"modality": "target", "period": "2025"})],
    ),
    # a figure named by a bare deed (某县接待…万人次) takes the name the deed opened before (接待游客)
    (
        "衡阳市2025年国庆假期文旅市场情况\n\n10月1日至8日，全市接待游客612.4万人次，同比增长8.2%。"
        "南岳区接待186.3万人次，衡东县接待42.7万人次，同比下降2.1%。\n",
        [
            ("186.3万人次", {"indicator": "接待游客"}),
            ("42.7万人次", {"indicator": "接待游客"}),
            ("2.1%", {"indicator": "接待游客"}),
        ],
    ),
    # 假期 / 节日期间 opening a clause is the time, not part of the name (假期全市接待游客…)
    (
        "衡阳市2025年国庆假期文旅市场情况\n\n10月1日至8日，全市文旅市场平稳有序。假期全市接待游客612.5万人次。\n",
        [("612.5万人次", {"indicator": "接待游客", "subject": "衡阳市"})],
    ),
    # a ranking table keyed by 县（市、区）: its rows are the units, each with its rank and score
    (
        "衡阳市2025年前三季度县域经济考评结果通报\n\n位次｜县（市、区）｜综合得分\n1｜耒阳市｜93.45\n2｜衡南县｜91.20\n",
        [
            ("93.45", {"subject": "耒阳市", "indicator": "综合得分"}),
            ("2", {"subject": "衡南县", "measure": "rank"}),
        ],
    ),
    # in a table of scores, the parts of the score are figures too: a part headed by its full marks, or by
    # a plain label, named as its score (扣分 as it is)
    (
        "衡阳市2025年三季度考核结果通报\n\n排名｜单位｜综合得分｜经济发展（40分）｜项目建设｜扣分\n"
        "1｜耒阳市｜93.45｜36.20｜28.10｜0.5\n2｜衡南县｜91.20｜35.10｜27.40｜1.0\n",
        [
            ("93.45", {"subject": "耒阳市", "indicator": "综合得分"}),
            ("36.20", {"subject": "耒阳市", "indicator": "经济发展得分", "unit": "分"}),
            ("27.40", {"subject": "衡南县", "indicator": "项目建设得分", "unit": "分"}),
            ("1.0", {"subject": "衡南县", "indicator": "扣分", "unit": "分"}),
        ],
    ),
    # a change of places in a ranking is in the quantity the ranking before it ranked
    (
        "衡阳市2025年三季度考核结果通报\n\n排名｜单位｜综合得分\n1｜耒阳市｜93.45\n2｜衡南县｜91.20\n\n"
        "与二季度相比，衡南县前进3位，耒阳市保持第一。\n",
        [("3位", {"subject": "衡南县", "measure": "change", "indicator": "综合得分"})],
    ),
    # a column of the share of the year's goal done is a ratio of the table's period, not a goal of the year
    (
        "衡阳高新区2025年上半年工作总结\n\n指标\t单位\t1—6月\t同比增长（%）\t完成全年目标（%）\n"
        "营业总收入\t亿元\t862.4\t12.5\t52.3\n税收收入\t亿元\t18.62\t8.4\t49.8\n",
        [
            ("52.3", {"measure": "ratio", "period": "2025-01/2025-06", "modality": None}),
            ("49.8", {"measure": "ratio", "indicator": "税收收入"}),
        ],
    ),
    # units of traffic and of a room night: 辆次, 架次, 元/间夜
    (
        "衡阳市2025年国庆假期文旅市场情况\n\n假期全市高速公路车流量达到126.4万辆次；星级饭店平均房价312元/间夜。\n",
        [("126.4万辆次", {"unit": "万辆次"}), ("312元/间夜", {"unit": "元/间夜"})],
    ),
    # a time word before 市… (假期市旅游服务中心) makes no place by its form (假期市)
    (
        "衡阳市2025年国庆假期文旅市场情况\n\n假期市旅游服务中心共受理游客咨询2136件。\n",
        [("2136件", {"subject": "衡阳市"})],
    ),
    # …nor does a word of assessment (参评县（市、区）平均得分: no county named 参评县)
    (
        "衡阳市2025年前三季度县域经济考评结果通报\n\n参评县（市、区）平均得分84.12分。\n",
        [("84.12分", {"subject": "衡阳市"})],
    ),
    # 比上年多 a span of days is a change, and so is the amount 分别 pairs with it after 、
    (
        "衡阳市2025年国庆假期文旅市场情况\n\n过夜游客人均停留2.1天，人均花费1340元，分别比上年多0.3天、118元。\n",
        [
            ("0.3天", {"measure": "change", "reference": "上年同期"}),
            ("118元", {"measure": "change", "indicator": "人均花费"}),
        ],
    ),
    # …的有11个: a count after 的 and a verb of being, its noun left out, counts the noun counted before
    (
        PROJECTS + "进度滞后的原因主要是：征地拆迁未完成的项目有14个，环评未批复的有6个。\n",
        [("6个", {"indicator": "环评未批复项目"})],
    ),
    # 与上半年相比，… opening a sentence is what its changes are measured against
    (
        "衡阳市2025年前三季度县域经济考评结果通报\n\n与上半年相比，衡南县前移3位，祁东县、常宁市各后退2位。\n",
        [
            ("3位", {"measure": "change", "reference": "2025-01/2025-06"}),
            ("2位", {"value": -2.0, "indicator": ""}),  # 各 alone names nothing
        ],
    ),
    # a table of a plan's goals and the half year's outcome: rows labelled in per cent are rates (a growth
    # when the label says 增速 / 涨幅), a 上半年执行 column holds the half year's figures, and a cell's
    # after-qualifier (6左右, 5.5以内) is read
    (
        "衡阳市2025年上半年计划执行情况\n\n指标｜全年计划目标｜上半年执行\n"
        "地区生产总值增速（%）｜6左右｜5.6\n城镇调查失业率（%）｜5.5以内｜5.1\n",
        [
            ("6左右", {"measure": "growth", "qualifier": "about", "modality": "target", "period": "2025"}),
            ("5.6", {"measure": "growth", "period": "2025-01/2025-06", "indicator": "地区生产总值"}),
            ("5.5以内", {"measure": "ratio", "qualifier": "under"}),
        ],
    ),
    # 其中 before a list of units that 分别 pairs with its figures: each its own
    (
        "衡阳市2025年1—9月经济运行\n\n规上工业增加值增长8.0%，其中衡南县、衡东县分别增长7.4%、7.1%。\n",
        [("7.4%", {"subject": "衡南县"}), ("7.1%", {"subject": "衡东县"})],
    ),
    # a quarter's assessment that calls the quarter its own: the quarter, not January to it
    (
        QUARTER + "本季度共对12个县市区开展考核。全市平均得分为86.4分，比第2季度提高2.1分。\n",
        [("86.4分", {"period": "2025-07/2025-09"}), ("2.1分", {"reference": "2025-04/2025-06"})],
    ),
    # …but one whose body first says it assessed January to the quarter (前三季度) is of that span, however
    # the quarter is called later (本季度继续位列第一)
    (
        QUARTER + "市考核办对各县市区前三季度经济发展情况进行了评价。\n二、评价结果\n"
        "雁峰区以91.2分排名第一，本季度继续位列全市第一。\n",
        [("91.2分", {"period": "2025-01/2025-09"})],
    ),
    # a month's report whose body opens on an aside about the month (10月当月，…) still runs from January
    (
        "衡阳市10月份工业经济运行简况\n\n衡阳市工业和信息化局　2025年11月14日\n\n一、总体运行\n\n"
        "10月当月，全市规模以上工业增加值增长8.7%。从累计看，1—10月规上工业增加值增长7.9%。\n\n"
        "二、工业用电\n\n全市工业用电量86.4亿千瓦时，增长5.9%。\n",
        [("8.7%", {"period": "2025-10"}), ("86.4亿千瓦时", {"period": "2025-01/2025-10"})],
    ),
    # a title naming the year a plan is for (及2026年工作打算) is about the year before it, however often the
    # plan's year comes back in the body
    (
        "衡阳高新区2025年前三季度工作总结及2026年工作打算\n\n1—9月，园区实现技工贸总收入1684.3亿元，同比增长8.6%。"
        "2026年，力争技工贸总收入突破2400亿元。2026年，新引进项目50个以上。\n",
        [("1684.3亿元", {"period": "2025-01/2025-09"}), ("2400亿元", {"period": "2026"})],
    ),
    # a sentence opening on 其中 names its parts by words the catalogue knows only with the rest of the
    # whole's name (城镇居民 + 人均可支配收入); exports are 出口, as a bulletin writes them
    (
        "衡阳市2025年国民经济和社会发展统计公报\n\n全年全体居民人均可支配收入41236元，增长5.1%。"
        "其中城镇居民52870元，增长4.4%；农村居民27415元，增长6.2%。\n"
        "全年货物进出口总额612.4亿元。其中，出口401.8亿元，增长9.7%。\n",
        [
            ("52870元", {"indicator": "城镇居民人均可支配收入"}),
            ("6.2%", {"indicator": "农村居民人均可支配收入"}),
            ("401.8亿元", {"indicator": "出口"}),
        ],
    ),
    # 依次为 and 只有 between a rate's name and its number are no part of the name
    (
        PROJECTS + "衡南县、祁东县完成率依次为55.1%、53.7%；衡山县完成率只有47.6%。\n",
        [
            ("55.1%", {"subject": "衡南县", "indicator": "完成率"}),
            ("47.6%", {"subject": "衡山县", "indicator": "完成率"}),
        ],
    ),
    # a unit named right after a figure and 、, with a figure of its own, is that figure's subject; a role
    # noun before a period (骨干企业全年产值) names no company; 居 opens no place (居县市区第1位)
    (
        QUARTER + "衡南县得89.3分、祁东县得87.5分。衡南县投资增长8.1%、祁东县增长7.2%，居县市区第1位。\n",
        [
            ("89.3分", {"subject": "衡南县"}),
            ("87.5分", {"subject": "祁东县"}),
            ("7.2%", {"subject": "祁东县", "indicator": "投资"}),
            ("第1", {"subject": "祁东县"}),
        ],
    ),
    # 分列 after units listed with their own figures ranks them one each, in the order named
    (
        QUARTER + "耒阳市以92.6分排名第一，衡南县得89.3分、祁东县得87.5分，分列第二、第三位。\n",
        [("第一", {"subject": "耒阳市"}), ("第二", {"subject": "衡南县"}), ("第三", {"subject": "祁东县"})],
    ),
    (
        QUARTER + "确保骨干企业全年产值增长8%。\n",
        [("8%", {"subject": "衡阳市", "indicator": "骨干企业产值"})],
    ),
    # a table's 合计 row, under a numbering column, is the rows' sum: the passage's subject's, its key kept
    (
        PROJECTS
        + "（金额单位：亿元）\n编号｜项目｜总投资｜年度计划\n1｜衡阳华耀新材料产业园项目｜48.6｜15.0\n"
        "2｜衡阳南岳储能电池项目｜22.4｜8.5\n合计｜｜71.0｜23.5\n",
        [("71.0", {"subject": "衡阳市"}), ("23.5", {"subject": "衡阳市"})],
    ),
    # units listed with a count and an amount each, after one naming both: each figure the name of the
    # last of its kind (开工项目, 开工项目总投资: at the 集中开工 the headline names, its projects'), and a
    # place is no deed (耒阳市12个 is no 已…项目)
    (
        "衡阳市重大项目集中开工\n衡阳高新区开工项目14个、总投资168.5亿元；耒阳市12个、76.3亿元。\n",
        [
            ("12个", {"subject": "耒阳市", "indicator": "集中开工项目"}),
            ("76.3亿元", {"subject": "耒阳市", "indicator": "集中开工项目总投资"}),
        ],
    ),
    # a section's heading with a long note in brackets is still a heading, and the period its note names
    # (累计完成为1—10月数) is the period of the table under it, in a weekly note running to November
    (
        WEEKLY + "一、全盘进度\n本周完成投资24.6亿元。\n\n"
        "二、市领导挂点项目进度一览（单位：亿元、%；累计完成为1—10月数）\n"
        "项目名称\t总投资\t年度计划\t累计完成\t完成率\n衡阳华耀新材料产业园项目\t286.00\t42.50\t38.76\t91.2\n",
        [("24.6亿元", {"period": "2025-11"}), ("38.76", {"period": "2025-01/2025-10"})],
    ),
    # a breakdown of a count (分地区看，…) counts what that count counted, for its period (the week's); a unit
    # right after a count and 、 is the next count's subject
    (
        WEEKLY + "本周新开工项目7个，合计总投资63.8亿元。分地区看，珠晖区2个、衡南县3个。\n",
        [
            ("2个", {"subject": "珠晖区", "indicator": "新开工项目", "period": "2025-11"}),
            ("3个", {"subject": "衡南县", "indicator": "新开工项目", "period": "2025-11"}),
        ],
    ),
    # 该区 opening a clause is the unit named last (even as the speaker's); 推进 / 用于 open no name and
    # 预期 ends none
    (
        "衡阳市招商周报\n衡阳高新区相关负责人表示，今年以来该区已累计签约台资项目41个。"
        "全年推进重点项目412个。社会消费品零售总额预期增长6%。\n",
        [
            ("41个", {"subject": "衡阳高新技术产业开发区", "indicator": "签约台资项目"}),
            ("412个", {"indicator": "重点项目"}),
            ("6%", {"indicator": "社会消费品零售总额"}),
        ],
    ),
    # a cause (主要是…) and a price's per-unit words (均价为每吨) are no part of a name
    (
        PROJECTS + "石鼓区规上工业增加值下降3.2%，主要是铁矿石产量下降6.5%。"
        "10月氧化镨钕均价为每吨46.8万元，较9月下跌7.3%。\n",
        [("6.5%", {"indicator": "铁矿石产量"}), ("7.3%", {"indicator": "氧化镨钕均价"})],
    ),
    # 跑赢 / 跑输 / 落后于 compare with a yardstick: the gap is of the rate before, the yardstick its
    # reference
    (
        PROJECTS
        + "年度计划完成率为87.2%，跑赢时序进度3.9个百分点，跑输全省1.2个百分点，落后于全国0.5个百分点。\n",
        [
            ("3.9个百分点", {"indicator": "年度计划完成率", "reference": "时序进度"}),
            ("1.2个百分点", {"subject": "衡阳市", "reference": "湖南省", "value": -1.2}),
            ("0.5个百分点", {"reference": "全国"}),
        ],
    ),
    # 7.7个和9个百分点: the first number shares the second's unit; a run of gaps after a run given one unit
    # each (分别) pairs with those units in order
    (
        PROJECTS + "衡南县、衡山县问题办结率分别为86.4%和85.1%，低于全市平均水平7.7个和9个百分点。\n",
        [
            ("7.7个", {"measure": "diff", "unit": "pp", "subject": "衡南县", "indicator": "问题办结率"}),
            ("9个百分点", {"subject": "衡山县", "indicator": "问题办结率"}),
        ],
    ),
    # 涨幅 / 降幅 before a percentage are growth (降幅 a fall); 颗 counts; a rise or fall in places
    # (上升3个位次,
    # 下滑5位) is a change
    (
        PROJECTS + "预计全年房地产开发投资降幅在10%左右，居民消费价格涨幅2%左右。芯片年封装能力达12亿颗。"
        "祁东县排名上升3个位次，衡山县下滑5位。\n",
        [
            ("10%", {"measure": "growth", "value": -10, "qualifier": "about"}),
            ("2%", {"measure": "growth", "value": 2}),
            ("12亿颗", {"value": 12, "unit": "亿颗"}),
            ("3个位次", {"measure": "change", "unit": "位次"}),
            ("5位", {"measure": "change", "value": -5}),
        ],
    ),
    # a label's bullet (◆ 市场主体：实有2.87万户；新登记3126户): 实有 opens no name, a bare deed makes
    # what it made of the label's units; 升至 ends no name; 外贸进出口总值 is the catalogue's 进出口总额
    (
        "衡阳经开区1—9月经济运行情况\n◆ 市场主体：实有2.87万户；前三季度新登记3126户\n"
        "◆ 航班客座率升至83.4%\n◆ 外贸进出口总值78.52亿元\n",
        [
            ("2.87万户", {"indicator": "市场主体"}),
            ("3126户", {"indicator": "新登记市场主体"}),
            ("83.4%", {"indicator": "航班客座率"}),
            ("78.52亿元", {"indicator": "进出口总额"}),
        ],
    ),
    # 今年 before a deed adding units (今年新入规11家), in a report on 1—10月, is the year so far; 今年
    # before a year's list (今年全市共安排重点项目…) is the year
    (
        "衡阳市2025年1—10月工业经济运行\n截至10月底，全市规上工业企业达到168家，其中今年新入规11家。"
        "今年全市共安排重点项目1288个。\n",
        [("11家", {"period": "2025-01/2025-10"}), ("1288个", {"period": "2025"})],
    ),
    # a month's bulletin whose body opens on the month with no figure (10月份，全区上下…简报如下。) runs from
    # January when its figures are counted so (1—10月，…)
    (
        "雁峰区2025年10月经济运行简况\n\n10月份，全区上下紧扣年度目标，经济运行总体平稳，现将主要情况简报如下。\n"
        "工业：全区规上工业1—10月增加值增长7.8%；规模工业总产值412.6亿元。\n",
        [("412.6亿元", {"period": "2025-01/2025-10"})],
    ),
    # a breakdown (分城乡看，城镇居民50127元) names its parts as 其中 does; 二产 doing a deed is the
    # industry's
    (
        "衡阳市2025年前三季度经济运行情况\n第一产业实现增加值171.25亿元；二产实现增加值1198.67亿元。\n"
        "全市居民人均可支配收入39862元，增长5.3%。分城乡看，城镇居民50127元，增长4.6%；农村居民26341元。\n",
        [
            ("1198.67亿元", {"indicator": "第二产业增加值"}),
            ("50127元", {"indicator": "城镇居民人均可支配收入"}),
            ("26341元", {"indicator": "农村居民人均可支配收入"}),
        ],
    ),
    # a list closed by a count of its items and their head (三大产业产值, 三条链的增加值): each item with it
    (
        PROJECTS + "食品、新材料、装备制造三大产业产值分别增长11.2%、8.7%、6.4%。"
        "轨道交通装备、航空动力两条链的增加值分别增长14.6%、17.3%。\n",
        [
            ("11.2%", {"indicator": "食品产业产值"}),
            ("6.4%", {"indicator": "装备制造产业产值"}),
            ("17.3%", {"indicator": "航空动力产业链增加值"}),
        ],
    ),
    # kinds after a kind word that names no noun (按类型分，用地类2个) are kinds of what was last counted
    (
        WEEKLY + "本周新收集企业问题9个，当周办结7个；按类型分，用地类2个、融资类3个。\n",
        [("2个", {"indicator": "用地类问题"}), ("3个", {"indicator": "融资类问题"})],
    ),
    # a blank parts phrases as a comma does (新签约项目37个 计划总投资126.4亿元); 另有 opens no project's name
    (
        WEEKLY
        + "本周全市新签约项目37个 计划总投资126.4亿元\n本周另有外资项目签约3个，合同外资1.26亿美元。\n",
        [
            ("37个", {"indicator": "新签约项目"}),
            ("3个", {"subject": "衡阳高新技术产业开发区"}),
        ],
    ),
    # the office issuing a report reports the work of the place it serves
    (
        "衡阳市重点工作周报\n衡阳市统计局编　2025年11月10日\n\n市统计局本周走访企业52家。\n",
        [("52家", {"subject": "衡阳市"})],
    ),
    # a sentence opening on a view of a period (从第三季度执行情况看，…) is of that period
    (
        "衡阳市2025年第四季度“四个一批”项目通报\n第四季度全市共安排项目186个。"
        "从第三季度执行情况看，开工一批的52个项目已开工49个，开工率为94.2%。\n",
        [("49个", {"period": "2025-07/2025-09"}), ("94.2%", {"period": "2025-07/2025-09"})],
    ),
    # a doer before a deed verb whose name joined to the deed's is a catalogue name (规模工业实现增加值) stays
    (
        "衡阳市经济运行\n1—9月全市规模工业实现增加值增长8.1%，增幅比上半年加快0.6个百分点。\n",
        [("8.1%", {"indicator": "规模工业增加值"}), ("0.6个百分点", {"indicator": "规模工业增加值"})],
    ),
    # a 总… figure after a name measuring its thing's area (早稻播种面积…，总产量…) measures the thing
    (
        "衡阳市农业生产情况\n早稻播种面积58.3万亩，总产量22.6万吨，比上年增长1.9%。\n",
        [("22.6万吨", {"indicator": "早稻总产量"}), ("1.9%", {"indicator": "早稻总产量"})],
    ),
    # a ratio named only by a plan (完成年度计划82.5%) after an amount is that amount's share of the plan
    (
        PROJECTS + "市重点项目完成投资162.7亿元，完成年度计划82.5%。\n",
        [("82.5%", {"indicator": "市重点项目完成投资"})],
    ),
    # a branch or kind named alone after one named with an amount's noun (制造业增加值…，采矿业下降2.8%)
    # measures the same amount
    (
        "衡阳市经济运行\n分门类看，制造业增加值增长13.6%，采矿业下降2.8%。"
        "新能源汽车零售额增长48.3%，通讯器材类增长22.7%。\n",
        [("2.8%", {"indicator": "采矿业增加值"}), ("22.7%", {"indicator": "通讯器材类零售额"})],
    ),
    # what follows the time a thing will be so (全部建成后预计可…, 投产后可…) names the figure
    (
        PROJECTS + "本批项目全部建成后预计可新增就业岗位1.3万个。该项目投产后可新增年产值18亿元。\n",
        [("1.3万个", {"indicator": "新增就业岗位"}), ("18亿元", {"indicator": "新增年产值"})],
    ),
    # 前3季度 with an Arabic digit is January to September
    (
        "衡阳市经济运行简况\n\n2025年前3季度，全市地区生产总值增长5.8%。\n",
        [("5.8%", {"period": "2025-01/2025-09"})],
    ),
    # a year word right before a part of the year moves that part to its year (明年一季度, 去年三季度)
    (
        PROJECTS + "三是项目储备不足，明年一季度可开工项目仅58个。去年三季度全市开工项目42个。\n",
        [("58个", {"period": "2026-01/2026-03"}), ("42个", {"period": "2024-07/2024-09"})],
    ),
    # sets of projects named before their count (纳入省重点的9个项目), counted then doing (市重点项目37个，
    # 完成投资…), or a class doing (社会民生项目完成24.6亿元): the place's, named by the set and the deed
    (
        PROJECTS + "截至10月底，纳入省重点的9个项目完成投资28.3亿元；市重点项目37个，完成投资61.5亿元。"
        "社会民生项目完成24.6亿元，增长6.9%。\n",
        [
            ("28.3亿元", {"indicator": "省重点项目完成投资", "subject": "衡阳市"}),
            ("61.5亿元", {"indicator": "市重点项目完成投资"}),
            ("24.6亿元", {"indicator": "社会民生项目完成投资", "subject": "衡阳市"}),
        ],
    ),
    # 今年 right before a part of the year (今年前三季度) is that part: it holds for the clauses after it
    (
        "衡阳市2025年经济运行\n\n10月27日，记者从市统计局获悉，今年前三季度全市实现地区生产总值1893.6亿元，"
        "比上年同期增长6.4%，比1—6月回升0.3个百分点。\n",
        [("6.4%", {"period": "2025-01/2025-09"}), ("0.3个百分点", {"period": "2025-01/2025-09"})],
    ),
    # a count of a class then a bare 完成 (基础设施项目97个，完成231.7亿元): those projects' investment
    (
        PROJECTS + "1—10月，基础设施项目97个，完成231.7亿元。\n",
        [("231.7亿元", {"indicator": "基础设施项目完成投资", "subject": "衡阳市"})],
    ),
    # a rate as the topic (从各县完成率看) names the rates after it; a 分别 pairs with units in its ；
    (
        PROJECTS + "从各县（市、区）完成率看，衡南县、耒阳市、常宁市居前三位，分别为95.2%、91.8%、89.6%；"
        "祁东县、衡东县、南岳区排名靠后，分别为68.4%、71.2%、72.5%。\n",
        [
            ("95.2%", {"subject": "衡南县", "indicator": "完成投资"}),
            ("68.4%", {"subject": "祁东县", "indicator": "完成投资"}),
            ("72.5%", {"subject": "南岳区"}),
        ],
    ),
    # a deed before a region's form word (安排市重点项目…, 下一步经开区…) names no place
    (
        PROJECTS + "今年共安排市重点项目260个，总投资1873亿元。下一步经开区将新增标准厂房12万平方米。\n",
        [
            ("260个", {"subject": "衡阳市"}),
            ("1873亿元", {"subject": "衡阳市"}),
            ("12万平方米", {"subject": "衡阳市"}),
        ],
    ),
    # a numbered project with a bracketed note of its size (（总投资12.6亿元）) is the subject of its item
    (
        PROJECTS + "2. 衡阳某某新材料年产5万吨电子级树脂项目（总投资12.6亿元），完成率37.8%。"
        "原因是环评批复推迟了近4个月。\n",
        [
            ("37.8%", {"subject": "衡阳某某新材料年产5万吨电子级树脂项目"}),
            ("12.6亿元", {"subject": "衡阳某某新材料年产5万吨电子级树脂项目", "period": None}),
        ],
    ),
    # a class of projects heading an item: the city's counts, with the passage's period
    (
        PROJECTS + "（一）省重点项目。省重点项目进展较快，新开工18个，竣工投产11个。\n",
        [
            ("18个", {"subject": "衡阳市", "period": "2025-01/2025-10"}),
            ("11个", {"period": "2025-01/2025-10"}),
        ],
    ),
    # a clause for the projects, not of one: the city supplies the land
    (
        PROJECTS
        + "1—10月，全市争取专项债券资金128.5亿元；为重点项目供应建设用地1.36万亩，办理施工许可412件。\n",
        [("1.36万亩", {"subject": "衡阳市", "period": "2025-01/2025-10"}), ("412件", {"subject": "衡阳市"})],
    ),
    # a category of projects (…类项目) is no project either
    (
        PROJECTS + "分类别看，社会民生类项目完成投资271.7亿元，增长0.8%。\n",
        [("271.7亿元", {"subject": "衡阳市"})],
    ),
    # units listed after 的是, paired with the 分别 after them
    (
        QUARTER + "排名后三位的是衡东县、祁东县和南岳区，得分分别为78.6分、76.9分、74.2分。\n",
        [
            ("78.6分", {"subject": "衡东县"}),
            ("76.9分", {"subject": "祁东县"}),
            ("74.2分", {"subject": "南岳区"}),
        ],
    ),
    # a method of calculation glued to its figure names nothing: the amount's indicator holds
    (
        "衡阳市经济运行简况\n\n前三季度，全市地区生产总值3216.5亿元，按不变价格计算增长6.3%。\n",
        [("6.3%", {"indicator": "地区生产总值", "measure": "growth"})],
    ),
    # counts named by a kind alone, in a sentence that sorts a noun by kind: kinds of that noun
    (
        WEEKLY + "从问题类型看，要素保障类87个、政策兑现类64个、其他12个。\n",
        [
            ("87个", {"indicator": "要素保障类问题"}),
            ("64个", {"indicator": "政策兑现类问题"}),
            ("12个", {"indicator": "其他问题"}),
        ],
    ),
    # a list's last item of three characters shares only its head (产量), not its last character
    (
        "衡阳市经济运行简况\n\n前三季度，全市兰炭、甲醇、聚烯烃产量分别增长8.7%、12.3%、5.1%。\n",
        [("8.7%", {"indicator": "兰炭产量"}), ("12.3%", {"indicator": "甲醇产量"})],
    ),
    # 但 opening a clause is no part of a name; 按不变价计算 is a method, as 按不变价格计算 is
    (
        "衡阳市经济运行简况\n\n前三季度，全市地区生产总值3216.5亿元，按不变价计算增长5.7%，"
        "比上半年提高0.2个百分点，但仍低于全省平均水平0.3个百分点。\n",
        [("5.7%", {"indicator": "地区生产总值"}), ("0.3个百分点", {"indicator": "地区生产总值"})],
    ),
    # a count with its noun left out after 的 counts the noun the paragraph counted before
    (
        "衡阳市2025年招商月报\n\n截至10月底，全市项目库入库项目412个。按推进阶段分，已签约未开工的97个，"
        "开工在建的121个。\n",
        [("97个", {"indicator": "签约未开工项目"}), ("121个", {"indicator": "开工在建项目"})],
    ),
    # a goal named by a plan word after the amount (1400亿元目标任务) is the goal of what came before
    (
        "衡阳市2025年招商月报\n\n1—10月，全市实际到位资金1127.5亿元，增长12.1%，完成全年1400亿元目标任务的80.5%。"
        "确保全年到位资金完成1400亿元目标任务。\n",
        [("1400亿元", {"indicator": "实际到位资金", "period": "2025"})],
    ),
    # what units got (获得) or had put in place (落实) is named by the thing, not by the getting
    (
        "衡阳市2025年招商月报\n\n1—10月，组织银企对接会4场，帮助62家企业获得银行授信14.6亿元，落实流动资金贷款3.2亿元。\n",
        [("14.6亿元", {"indicator": "银行授信"}), ("3.2亿元", {"indicator": "流动资金贷款"})],
    ),
    # a unit note over a list of projects: bare amounts in its cells are in that unit, each cell named by
    # its label, the project the item's first cell names (its level note aside) their subject
    (
        "衡阳市2025年重大项目调度\n\n二、重点项目进展（单位：亿元）\n"
        "1.衡阳某某新材料产业园项目（省重点）｜建设单位：某某新材料有限公司｜总投资56.0｜年度计划18.0｜"
        "1—10月完成15.9｜完成率88.3%\n",
        [
            ("56.0", {"unit": "亿元", "indicator": "总投资", "subject": "衡阳某某新材料产业园项目"}),
            ("18.0", {"indicator": "年度计划投资"}),
            ("15.9", {"indicator": "完成投资", "period": "2025-01/2025-10"}),
        ],
    ),
    # a table under a unit note of two units, its rows numbered (序号), cells split by ｜: the amounts in the
    # note's unit, the rates in %, the project of each row their subject (责任单位 is who, not a unit)
    (
        "衡阳县2025年1—10月重点项目推进情况\n\n三、县领导联系重点项目推进表（单位：亿元、%）\n"
        "序号｜项目名称｜年度计划｜完成｜进度｜责任单位｜存在问题\n"
        "1｜某某文旅康养综合体｜6.50｜5.12｜78.8｜县文旅局｜用地报批滞后\n"
        "2｜某某医院新院区（二期）｜2.40｜2.37｜98.8｜县卫健局｜无\n",
        [
            (
                "6.50",
                {
                    "unit": "亿元",
                    "indicator": "年度计划投资",
                    "subject": "某某文旅康养综合体",
                    "period": "2025",
                },
            ),
            ("5.12", {"unit": "亿元", "indicator": "完成投资", "period": "2025-01/2025-10"}),
            ("78.8", {"unit": "%", "measure": "ratio"}),
            ("2.40", {"unit": "亿元", "subject": "某某医院新院区（二期）"}),
        ],
    ),
    # a numbered item naming a chain: 全链… in its paragraph is the chain's; the next section's is not
    (
        "衡阳市10月份工业经济运行简况\n\n二、重点产业链运行\n（一）有色金属产业链。1—10月，全链实现产值612.4亿元，"
        "同比增长13.5%。\n三、工业用电\n1—10月，全市工业用电量86.4亿千瓦时，增长5.9%。\n",
        [
            ("612.4亿元", {"subject": "有色金属产业链", "indicator": "产值"}),
            ("86.4亿千瓦时", {"subject": "衡阳市"}),
        ],
    ),
    # a rank moving forward or back (较上年前移2位) is a change of places
    (
        "衡阳高新区2025年前三季度工作总结\n\n在全省园区综合评价中，园区位列第5位，较上年前移2位。\n",
        [("2位", {"measure": "change", "value": 2})],
    ),
    # 缩短 / 延长 by a time is a change, 缩短至 a new level; a set 纳入调度的 is no project
    (
        "衡阳市2025年营商环境周报\n\n今年以来，企业诉求平均响应时间比上月缩短0.8小时，应收账款回收期比上年同期延长4.1天，"
        "审批时限缩短至7个工作日。纳入调度的重点项目累计完成投资152.7亿元。\n",
        [
            ("0.8小时", {"measure": "change", "value": -0.8}),
            ("4.1天", {"measure": "change", "value": 4.1}),
            ("7个工作日", {"measure": "level"}),
            ("152.7亿元", {"subject": "衡阳市"}),
        ],
    ),
    # in a county's bulletin, 全市排位第2 places the county in the city: the county ranks, not the city
    (
        "衡南县统计月报\n（2025年第10期）\n\n二、主要指标一览（1—10月）\n规模以上工业增加值：增长8.4%，全市排位第2\n"
        "固定资产投资：增长4.7%，全市排位第9\n",
        [("第2", {"subject": "衡南县", "reference": "衡阳市"}), ("第9", {"subject": "衡南县"})],
    ),
    # a sentence opening on its topic (X方面， / 从X看，) names what its unnamed figures measure
    (
        "衡阳市2025年1—10月经济运行情况\n\n固定资产投资方面，衡南县增长14.7%，居各县市区第1位。"
        "从各县（市、区）规上工业增加值增速看，耒阳市、常宁市分别增长11.2%、10.6%。\n",
        [
            ("14.7%", {"indicator": "固定资产投资"}),
            ("11.2%", {"subject": "耒阳市", "indicator": "规上工业增加值"}),
        ],
    ),
    # 以不变价计 is a method too; 部分 (some of them) opens no name; 协调 before an amount names nothing
    (
        "衡阳市经济运行简况\n\n前三季度，全市地区生产总值1620亿元，以不变价计增长5.6%。部分化工企业产能利用率不足65%。"
        "专班协调新增产业链贷款20亿元。\n",
        [
            ("5.6%", {"indicator": "地区生产总值"}),
            ("65%", {"indicator": "化工企业产能利用率"}),
            ("20亿元", {"indicator": "新增产业链贷款"}),
        ],
    ),
    # a generic agent before a keep verb (企业新增…) is no part of what was added
    (
        "衡阳市2025年前三季度科技创新情况\n\n前三季度，企业新增发明专利授权863件，增长27.4%。\n",
        [("863件", {"indicator": "新增发明专利授权"})],
    ),
    # 争取到位资金: 到位 is one word, 争取 the verb that goes
    (
        PROJECTS + "1—10月，全市争取到位资金38.6亿元。\n",
        [("38.6亿元", {"indicator": "到位资金"})],
    ),
    # goods produced or sold (生产中重型卡车3.86万辆) are the goods' output; 生产安全事故6起 is no output
    (
        "衡阳市2025年1—8月汽车产业链调度\n\n1—8月，链主企业生产中重型卡车3.86万辆，同比增长4.7%。"
        "全市发生生产安全事故6起。\n",
        [
            ("3.86万辆", {"indicator": "中重型卡车产量"}),
            ("4.7%", {"indicator": "中重型卡车产量"}),
            ("6起", {"indicator": "生产安全事故"}),
        ],
    ),
    # who held an event (市级层面召开…) is no part of the event's name
    (
        PROJECTS + "1—10月，市级层面召开重点项目调度会11次，组织专题招商活动8场。\n",
        [("11次", {"indicator": "重点项目调度会"}), ("8场", {"indicator": "专题招商活动"})],
    ),
    # a method of calculation inside the words before a figure is dropped where it stands
    (
        "衡阳市经济运行简况\n\n1—10月，全市规模以上工业增加值按可比价格计算增长7.4%。\n",
        [("7.4%", {"indicator": "规模以上工业增加值"})],
    ),
    # short of a goal (尚差) and behind the schedule (落后时序进度): gaps below, of the figure before
    (
        "衡阳市2025年前三季度经济运行情况\n\n前三季度，全市地区生产总值增长6.3%，对照年度目标增长6.5%，尚差0.2个百分点。"
        "一般公共预算收入14.82亿元，落后时序进度2.6个百分点，钢铁行业则回落2.7%。\n",
        [
            ("0.2个百分点", {"measure": "diff", "value": -0.2, "indicator": "地区生产总值"}),
            ("6.5%", {"indicator": "地区生产总值"}),
            ("2.6个百分点", {"value": -2.6, "indicator": "一般公共预算收入"}),
            ("2.7%", {"indicator": "钢铁行业"}),
        ],
    ),
    # a score with decimals before 排名 is a score; its rank is of the same standing
    (
        QUARTER + "衡南县以96.5分排名第1，耒阳市94.2分排名第2。\n",
        [
            ("96.5分", {"subject": "衡南县", "unit": "分", "indicator": "得分"}),
            ("第1", {"subject": "衡南县", "indicator": "得分"}),
            ("94.2分", {"subject": "耒阳市", "indicator": "得分"}),
        ],
    ),
    # a numbered row with a full-width point (1．某县：…) or a ▶ bullet opens on the unit it is about
    (
        QUARTER + "（一）红榜\n\n1．衡南县：综合得分95.6分，排名第1。完成投资48.3亿元。\n\n"
        "▶ 耒阳市：完成投资31.2亿元，位列全市第2\n",
        [
            ("95.6分", {"subject": "衡南县"}),
            ("48.3亿元", {"subject": "衡南县"}),
            ("31.2亿元", {"subject": "耒阳市"}),
        ],
    ),
    # a highlights list's arrows are a rise and a fall, and no part of the name
    (
        "衡阳市前三季度经济数读\n\n● 产业投资 ↑21.7%\n● 化工行业产值 ↓4.5%\n",
        [
            ("21.7%", {"measure": "growth", "value": 21.7, "indicator": "产业投资"}),
            ("4.5%", {"measure": "growth", "value": -4.5, "indicator": "化工行业产值"}),
        ],
    ),
    # a line indented under a bulleted item goes on with the item: its unnamed gap and its rank by 总量 /
    # 增速 are of the item's figure; a rank closing the text is still read
    (
        "衡阳市前三季度经济数读\n\n● 地区生产总值：836.42亿元\n　同比增长5.8%\n　高出全省0.6个百分点\n"
        "　总量居全省第3，增速位列全省第5\n● 规上工业增加值：同比增长9.6%，增速位列全省第2",
        [
            ("0.6个百分点", {"indicator": "地区生产总值"}),
            ("第3", {"indicator": "地区生产总值"}),
            ("第5", {"indicator": "地区生产总值"}),
            ("第2", {"measure": "rank", "indicator": "规上工业增加值"}),
        ],
    ),
    # a table's 全年目标 column is the year's goal; its 完成率 cells may carry their % sign
    (
        "衡南县2025年前三季度工作总结\n\n主要指标完成情况见下表。\n指标\t全年目标\t1—9月完成\t完成率\n"
        "一般公共预算收入（万元）\t16800\t12936\t77.0%\n",
        [
            ("16800", {"measure": "level", "modality": "target", "period": "2025", "unit": "万元"}),
            ("12936", {"period": "2025-01/2025-09", "modality": None}),
            ("77.0%", {"measure": "ratio", "value": 77.0, "indicator": "一般公共预算收入"}),
        ],
    ),
    # a goal said as a remark on the growth before it is that growth's goal, and reaches no clause after
    # its own; a clause opening on 其中 names its parts with the rest of the sentence's whole
    (
        "衡阳市2025年上半年计划执行情况报告\n\n全体居民人均可支配收入24816元，增长5.4%，年度预期目标为增长5.5%左右；"
        "其中城镇居民31952元，增长4.7%。\n",
        [
            ("5.5%", {"indicator": "居民人均可支配收入", "modality": "target", "period": "2025"}),
            (
                "31952元",
                {"indicator": "城镇居民人均可支配收入", "modality": None, "period": "2025-01/2025-06"},
            ),
            ("4.7%", {"modality": None, "period": "2025-01/2025-06"}),
        ],
    ),
    # a gap measured against the year's goal is what the half-year did, not a goal of the year
    (
        "衡阳市2025年上半年计划执行情况报告\n\n社会消费品零售总额增长3.7%，低于年度预期目标1.8个百分点。\n",
        [("1.8个百分点", {"value": -1.8, "modality": None, "period": "2025-01/2025-06"})],
    ),
    # a leader's must (GDP要增长5.5%左右, 开工率要达到90%) is a goal, and 要 is no part of a name
    (
        "衡阳市2025年上半年经济运行调度会讲话\n\n全年GDP要增长5.5%左右。社零增速要回升到4%以上。"
        "市级重大产业项目6月底前开工率要达到90%。\n",
        [
            ("5.5%", {"modality": "target", "indicator": "地区生产总值"}),
            ("4%", {"modality": "target", "indicator": "社会消费品零售总额"}),
            ("90%", {"modality": "target", "indicator": "市级重大产业项目开工率"}),
        ],
    ),
    # 还 (still) closes no name, and 各村 opens none
    (
        "衡阳市2025年上半年经济运行调度会讲话\n\n规上工业企业亏损面还有17.6%。各村村级集体经营性收入平均68.4万元。\n",
        [
            ("17.6%", {"indicator": "规上工业企业亏损面"}),
            ("68.4万元", {"indicator": "村级集体经营性收入"}),
        ],
    ),
    # a figure named by nothing, in a passage whose first figures were rates, measures the last one named
    (
        "衡阳市2025年上半年重点项目双过半情况\n\n分县域看，常宁市完成率只有47.6%。耒阳市完成年度计划投资的63.8%，"
        "在各县市区中排第一位。\n",
        [("63.8%", {"indicator": "完成率"}), ("第一", {"indicator": "完成率"})],
    ),
    # a clause of no figure ending in a superlative is one clause with the figure after it
    (
        "衡阳市第三季度经济运行\n\n衡南县规上工业增加值增长最快，达12.3%。耒阳市办结率最低，为78.5%。\n",
        [
            ("12.3%", {"measure": "growth", "indicator": "规上工业增加值", "subject": "衡南县"}),
            ("78.5%", {"measure": "ratio", "indicator": "办结率", "subject": "耒阳市"}),
        ],
    ),
    # a plan of a task in a unit (计划新建和改造农村公路420公里): a bare deed's figure in that unit later in
    # the passage, a place's share of it, and the rate after it are that task done
    (
        "衡阳市十件民生实事进展情况（截至10月末）\n\n三、农村公路建设。计划新建和改造农村公路420公里。"
        "截至10月末已完成388.5公里，完成率92.5%。分地区看，衡南县完成104.2公里。"
        "一、城镇老旧小区改造。年度目标为改造城镇老旧小区86个。目前已完工79个。\n",
        [
            ("388.5公里", {"indicator": "新建和改造农村公路"}),
            ("92.5%", {"indicator": "新建和改造农村公路"}),
            ("104.2公里", {"indicator": "新建和改造农村公路", "subject": "衡南县"}),
            ("86个", {"indicator": "改造城镇老旧小区"}),
            ("79个", {"indicator": "改造城镇老旧小区"}),
        ],
    ),
    # a ranking table (排名｜单位｜得分｜…): keyed by its units, the rank column a figure of its own named by
    # the score, the score in 分, each other column named by its label
    (
        "衡阳市2025年第三季度招商引资考核排名通报\n\n表1　第三季度招商引资工作考核排名\n"
        "排名\t单位\t得分\t签约项目数（个）\t到位资金（亿元）\n1\t衡南县\t94.6\t18\t32.5\n"
        "2\t耒阳市\t91.2\t15\t27.8\n",
        [
            ("1", {"measure": "rank", "subject": "衡南县", "indicator": "得分"}),
            ("94.6", {"measure": "level", "unit": "分", "subject": "衡南县", "indicator": "得分"}),
            ("18", {"subject": "衡南县", "indicator": "签约项目"}),
            ("27.8", {"subject": "耒阳市", "unit": "亿元", "indicator": "到位资金"}),
        ],
    ),
    # a table of products with a 产量 column names each row's figures by the product's output, and the year
    # its growth column compares with (比上年增长) is no period of its figures
    (
        "衡阳市2025年国民经济和社会发展统计公报\n\n主要工业产品产量：\n产品名称｜单位｜产量｜比上年增长（%）\n"
        "饲料｜万吨｜186.4｜5.8\n\n四、投资\n",
        [
            ("186.4", {"indicator": "饲料产量", "unit": "万吨", "period": "2025"}),
            ("5.8", {"measure": "growth", "indicator": "饲料产量", "period": "2025"}),
        ],
    ),
    # a catalogue name with 的 inside is the catalogue's; 三产 alone is the tertiary industry's value added
    (
        "衡阳市2025年统计公报\n\n城镇居民、农村居民的人均可支配收入依次为35316元、19904元。"
        "三产比重比2024年上升0.5个百分点。\n",
        [
            ("19904元", {"indicator": "农村居民人均可支配收入"}),
            ("0.5个百分点", {"indicator": "第三产业增加值"}),
        ],
    ),
    # a name said short after the catalogue's name it opens (贷款余额…，贷款增速…) is that name
    (
        "衡阳市2025年10月经济运行\n\n10月末，全市贷款余额2105.9亿元，同比增长9.2%，"
        "贷款增速比上月末加快0.3个百分点。\n",
        [("0.3个百分点", {"indicator": "贷款余额"})],
    ),
    # a share of the year's budget (达到年度预算的53.1%) is the amount's share, named by the amount
    (
        "衡阳市2025年上半年计划执行情况\n\n一般公共预算收入242.16亿元，同比增长2.6%，达到年度预算的53.1%。\n",
        [("53.1%", {"measure": "ratio", "indicator": "一般公共预算收入"})],
    ),
    # a table under a ranking's lead-in (按投资完成率由高到低排序如下（…）：): each column named by its label,
    # the rank by what the rows are ranked on
    (
        "衡阳市1—10月重点项目晾晒\n\n按投资完成率由高到低排序如下（项目数单位：个）：\n\n"
        "县市区　　项目数　　开工率　　投资完成率　　排名\n衡南县　　38　　97.4%　　96.8%　　1\n"
        "耒阳市　　46　　95.7%　　93.5%　　2\n\n注：跨区域项目未列入本表。\n",
        [
            ("97.4%", {"indicator": "开工率", "subject": "衡南县"}),
            ("1", {"measure": "rank", "indicator": "投资完成率", "subject": "衡南县"}),
        ],
    ),
    # 该项目 after a project's heading: the project is the subject, no part of the name (its 计划总投资 is its
    # 总投资); an adverb left alone of a deed (实际完成) names nothing, so a plan's figure before names it
    (
        "衡阳市1—10月重点项目晾晒\n\n三、滞后项目名单及原因\n\n（一）衡南县楚源生物医药产业园项目。"
        "该项目计划总投资15.6亿元，今年计划完成投资4.2亿元，1—10月实际完成1.1亿元。\n",
        [
            ("15.6亿元", {"indicator": "总投资", "subject": "衡南县楚源生物医药产业园项目"}),
            ("1.1亿元", {"indicator": "完成投资"}),
        ],
    ),
    # 必须增长 is a goal and 必须 no name; 目标是 and 单看 open none
    (
        "衡阳市2025年前三季度经济形势分析会讲话\n\n今年全市定的目标是地区生产总值增长6%以上。"
        "按前三季度的基数测算，四季度必须增长6.3%左右。单看9月，固定资产投资增长1.8%。\n",
        [
            ("6%", {"indicator": "地区生产总值", "modality": "target"}),
            ("6.3%", {"indicator": "地区生产总值", "modality": "target"}),
            ("1.8%", {"indicator": "固定资产投资", "period": "2025-09"}),
        ],
    ),
    # 该县 stands for the last county named, not for 全市 said on the way (保持全市第一。该县…)
    (
        "衡阳市2025年第三季度招商考核通报\n\n衡南县得分94.6分，继续保持全市第一。该县依托玉米产业优势开展驻点招商，"
        "前三季度签约项目7个，到位资金增长23.4%。\n",
        [("7个", {"subject": "衡南县"}), ("23.4%", {"subject": "衡南县"})],
    ),
    # a sentence of prose leading in a table (…见下表。) is no title to name its figures; a total row keyed by
    # a place (全市合计) is that place's
    (
        "衡阳市2026年高标准农田建设进展\n\n（二）分县市区进度。各县市区年度任务和完成情况见下表。\n"
        "县市区\t年度任务（万亩）\t已完成（万亩）\t完成率\n衡南县\t5.2\t4.6\t88.5%\n全市合计\t58.6\t49.3\t84.1%\n",
        [
            ("5.2", {"subject": "衡南县", "indicator": "年度任务", "modality": "target"}),
            ("58.6", {"subject": "衡阳市", "indicator": "年度任务"}),
        ],
    ),
    # 货物进出口总值 is the catalogue's 进出口总额
    (
        "衡阳市2025年1—10月外贸进出口分析\n\n1—10月，全市货物进出口总值248.3亿元，同比增长12.6%。\n",
        [("248.3亿元", {"indicator": "进出口总额"})],
    ),
    # 下拉 is the pull down (a negative 拉动), of the growth before it, against the whole it pulls
    (
        "衡阳市1—10月工业经济运行分析\n\n化学原料及化学制品制造业增加值下降7.9%，下拉全市规上工业增速0.9个百分点。\n",
        [("0.9个百分点", {"measure": "diff", "value": -0.9, "indicator": "化学原料及化学制品制造业增加值"})],
    ),
    # a county's news of a city-wide event: 本次 before 全市 leaves the clause to the city
    (
        "衡山县2025年四季度重点项目集中开工\n\n11月19日，衡山县分会场活动在某某项目现场举行。"
        "记者获悉，本次全市集中开工项目共98个，总投资436.8亿元。我县集中开工项目8个。\n",
        [
            ("98个", {"subject": "衡阳市"}),
            ("436.8亿元", {"subject": "衡阳市"}),
            ("8个", {"subject": "衡山县"}),
        ],
    ),
    # a sentence opening on its source (记者从市发改委获悉，…) opens on the clause after it: its unit is the
    # passage's for the sentences after
    (
        "衡山县2025年四季度重点项目集中开工\n\n11月19日，衡山县分会场活动在某某项目现场举行。\n"
        "记者从市发改委获悉，全市集中开工项目共98个。其中，产业项目71个、总投资352.4亿元。\n",
        [("71个", {"subject": "衡阳市"}), ("352.4亿元", {"subject": "衡阳市"})],
    ),
    # a month's work report (一、本月工作概况, 本月 said more often than a span from January): a figure with
    # no period of its own is the month's
    (
        "衡阳市工信局驻企联络员工作月报\n2025年第10期\n\n一、本月工作概况\n"
        "10月份，全市联络员走访企业1200家次。截至10月底，今年累计走访9800家次。\n二、问题情况\n"
        "本月新收集问题156个，当月解决98个。\n三、问题类型\n融资类问题43个，用工类问题27个。\n",
        [("43个", {"period": "2025-10"}), ("9800家次", {"period": "2025-01/2025-10"})],
    ),
    # 该工程 / 该项目 points to the project named before: its 总投资 is that project's, over its life
    (
        "衡山县2025年第四季度重点项目集中开工\n\n在开云镇分会场，县城集中供热管网改造工程同步开工。"
        "该工程总投资2.3亿元，建成后可新增供热面积80万平方米。\n",
        [("2.3亿元", {"subject": "县城集中供热管网改造工程", "period": None})],
    ),
    # a bare deed (开工) counts what it last opened in the report, a word of manner before it (集中开工项目)
    (
        "衡阳市2025年四季度重点项目集中开工情况\n\n全市集中开工项目共98个，总投资436.8亿元。"
        "衡南县、衡山县分别开工9个、7个，耒阳市开工12个。\n",
        [
            ("9个", {"indicator": "集中开工项目", "subject": "衡南县"}),
            ("12个", {"indicator": "集中开工项目", "subject": "耒阳市"}),
        ],
    ),
    # a table whose caption names no quantity (主要指标增速及位次): each column's label names its figures,
    # its one bare 位次 ranks the first of them; a page's number line (— 1 —) does not end the table
    (
        "衡阳市2025年前三季度县域经济运行通报\n\n表　前三季度各县市区主要指标增速及位次（单位：%）\n"
        "县市区    规上工业增加值增速    固定资产投资增速    位次\n"
        "衡南县    8.4    -2.1    3\n— 1 —\n衡山县    9.6    4.3    1\n",
        [
            ("8.4", {"subject": "衡南县", "indicator": "规上工业增加值", "measure": "growth"}),
            ("-2.1", {"subject": "衡南县", "indicator": "固定资产投资", "value": -2.1}),
            ("3", {"subject": "衡南县", "indicator": "规上工业增加值", "measure": "rank"}),
            ("4.3", {"subject": "衡山县", "indicator": "固定资产投资"}),
            ("1", {"subject": "衡山县", "measure": "rank"}),
        ],
    ),
]


def _profile_with(tmp_path: Path, unit_line: str) -> Path:
    """The example city's profile with one more unit (a YAML list item), written under ``tmp_path``."""
    profile = tmp_path / "city.yaml"
    profile.write_text((CITY / "city.yaml").read_text(encoding="utf-8") + unit_line, encoding="utf-8")
    return profile


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_office_note_forms(text: str, expected: list[tuple[str, dict[str, Any]]], tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    check(extract(load_document(path), city=CITY), [(s, {**f, "any_of": True}) for s, f in expected])


NOT_FIGURES = [
    # a list of 500强 classes before 企业 (世界500强、中国500强和行业领军企业) is no rank
    ("衡阳市2025年招商月报\n\n1—10月，全市落地世界500强、中国500强和行业领军企业投资项目26个。\n", "500强"),
]


@pytest.mark.parametrize(("text", "span"), NOT_FIGURES, ids=[s for _, s in NOT_FIGURES])
def test_not_a_figure(text: str, span: str, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    records = extract(load_document(path), city=CITY)
    assert records and span not in [r.text for r in records], [(r.text, r.measure) for r in records]


def test_a_distribution_word_inside_a_place_name_is_the_name(tmp_path: Path) -> None:
    """都昌县增长4.1%: 都 ("all of them") inside a county's name distributes nothing (read with the profile of
    tests/reading/unseen10, whose 都昌县 it is)."""
    path = tmp_path / "note.txt"
    path.write_text(
        "九江市2025年1—10月经济运行\n\n湖口县增长11.2%；都昌县增长4.1%，低于全市平均3.3个百分点。\n", "utf-8"
    )
    records = extract(load_document(path), city=Path(__file__).parent / "unseen10" / "city.yaml")
    assert [(r.subject, r.value) for r in records if r.text == "4.1%"] == [("都昌县", 4.1)]


def test_a_project_the_profile_lists_as_a_company_has_a_life_total(tmp_path: Path) -> None:
    """A profile may list a project as a company (it has no project kind): its 总投资 is still the total
    over the project's life, with no period, while a county's investment keeps the passage's period."""
    profile = _profile_with(
        tmp_path, '  - {code: "430400C91", name: 衡阳华耀新材料产业园项目, kind: company, parent: "430400"}\n'
    )
    path = tmp_path / "note.txt"
    path.write_text(
        PROJECTS + "1—10月，衡阳华耀新材料产业园项目总投资42.6亿元，年度计划投资8.5亿元，已完成6.1亿元。"
        "衡南县完成投资58.3亿元。\n",
        encoding="utf-8",
    )
    check(
        extract(load_document(path), city=profile),
        [
            ("42.6亿元", {"subject": "衡阳华耀新材料产业园项目", "period": None}),
            ("58.3亿元", {"subject": "衡南县", "period": "2025-01/2025-10"}),
        ],
    )


def test_a_town_the_profile_lists_as_other_is_a_report_s_home(tmp_path: Path) -> None:
    """A profile has no kind for a town: one listed as ``other`` whose name has a town's form (某某镇) is
    still the home of a report it writes, not the district above it that the report thanks."""
    profile = _profile_with(
        tmp_path, '  - {code: "430422T01", name: 云集镇, kind: other, parent: "430422", aliases: [云集]}\n'
    )
    path = tmp_path / "note.txt"
    path.write_text(
        "云集镇2025年前三季度工作总结\n\n今年以来，云集镇在衡南县委、县政府的坚强领导下，稳中求进。\n"
        "1—9月，全镇实现一般公共预算收入12936万元，同比增长6.2%。\n",
        encoding="utf-8",
    )
    check(extract(load_document(path), city=profile), [("12936万元", {"subject": "云集镇"})])


def test_a_web_page_s_banner_and_menu_are_not_its_headline(tmp_path: Path) -> None:
    """A page whose greeting bar (欢迎访问…网站 移动版) and menu come before the headline: the headline is the
    article's, and a body that opens on the event's dates (10月1日至7日…) is of that month."""
    menu = "".join(
        f"<li><a href='/{i}/'>{w}</a></li>"
        for i, w in enumerate(["首页", "政务公开", "办事服务", "互动交流"])
    )
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>长假我市客流旺盛_工作动态</title></head><body>"
        "<div class='top'><span>欢迎访问衡阳市商务局网站</span> <a href='/m/'>移动版</a></div>"
        f"<div class='nav'><ul>{menu}</ul></div>"
        "<h1>长假我市客流旺盛 消费持续回暖</h1>"
        "<div class='info'>发布时间：2025-10-09 10:20　来源：市商务局</div>"
        "<p>10月1日至8日，全市重点商贸企业实现销售额18.6亿元，同比增长7.4%。</p>"
        "<p>全市12个重点商圈接待顾客326.5万人次。</p></body></html>",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.title == "长假我市客流旺盛 消费持续回暖"
    check(
        extract(doc, city=CITY),
        [("18.6亿元", {"period": "2025-10"}), ("326.5万人次", {"period": "2025-10"})],
    )


def test_a_figure_the_office_got_for_a_company_is_the_company_s(tmp_path: Path) -> None:
    """A liaison's report: what the office did for a company the profile names (协调银行为某公司续贷…,
    帮助某公司争取…) is the company's figure; a sentence naming no company stays the city's."""
    profile = _profile_with(
        tmp_path, '  - {code: "430400C92", name: 衡阳云岭精密机械有限公司, kind: company, parent: "430400"}\n'
    )
    path = tmp_path / "note.txt"
    path.write_text(
        "衡阳市驻企联络员工作月报\n2025年第10期\n\n本月帮助企业解决的典型问题有：协调银行为衡阳云岭精密机械有限公司"
        "续贷2000万元。全市本月新增入库企业12家。\n",
        encoding="utf-8",
    )
    check(
        extract(load_document(path), city=profile),
        [("2000万元", {"subject": "衡阳云岭精密机械有限公司"}), ("12家", {"subject": "衡阳市"})],
    )
