"""The reader, one behaviour per case: units, measures, qualifiers, 分别 / 均, modality, subjects,
not-a-figure rules, tables.

Every sentence here was written for these tests (none is taken from a third-party report). The lists
are named by what they exercise; ``BUGS_CAUGHT`` keeps cases that once failed. A case is
``(text, expected)`` where ``expected`` maps the figure's text to the fields it must carry (only the
fields named are checked); a figure stated on one span for several indicators appears once per record.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading.example_city import read

Case = tuple[str, list[tuple[str, dict[str, Any]]]]

UNIT_CASES: list[Case] = [
    ("全市完成投资12.5亿元。", [("12.5亿元", {"value": 12.5, "unit": "亿元", "measure": "level"})]),
    ("为企业增容至1250千伏安。", [("1250千伏安", {"value": 1250, "unit": "千伏安", "measure": "level"})]),
    ("引进各类人才3.4万余人。", [("3.4万余人", {"value": 3.4, "unit": "万人", "qualifier": "over"})]),
    ("入库项目达１２０个。", [("１２０个", {"value": 120, "unit": "个"})]),
    ("实现营业收入1,250万元。", [("1,250万元", {"value": 1250, "unit": "万元"})]),
    ("对落户企业给予最高2个亿的奖励。", [("2个亿", {"value": 2, "unit": "亿元", "qualifier": "under"})]),
    # an amount per unit of something
    ("单位能耗增加值2.1万元/吨标准煤。", [("2.1万元/吨标准煤", {"value": 2.1, "unit": "万元/吨标准煤"})]),
    ("水价加价0.8元/立方米。", [("0.8元/立方米", {"value": 0.8, "unit": "元/立方米"})]),
    # goods counted in cases, liquids in kilolitres, freight work in tonne-kilometres
    ("卷烟产量71.2万箱。", [("71.2万箱", {"value": 71.2, "unit": "万箱"})]),
    ("白酒产量（折65度）48.6万千升。", [("48.6万千升", {"value": 48.6, "unit": "万千升"})]),
    ("货物周转量86.4亿吨公里。", [("86.4亿吨公里", {"value": 86.4, "unit": "亿吨公里"})]),
    # 个 then 亿元以上: a count of projects above a threshold, no 28个亿
    ("新签约28个亿元以上项目。", [("28个", {"value": 28, "unit": "个", "indicator": "新签约亿元以上项目"})]),
    ("新增注册企业80多家。", [("80多家", {"value": 80, "unit": "家", "qualifier": "over"})]),
    # counters and measures of farming and fishing reports
    ("全年投放人工鱼礁2.4万空方。", [("2.4万空方", {"value": 2.4, "unit": "万空方"})]),
    ("增殖放流苗种860万尾，新增深水网箱9组。", [("860万尾", {"unit": "万尾"}), ("9组", {"unit": "组"})]),
    ("油菜播种面积56.2万亩。", [("56.2万亩", {"value": 56.2, "unit": "万亩"})]),
    ("接待游客820万人次。", [("820万人次", {"value": 820, "unit": "万人次"})]),
    ("培训技术工人12000名。", [("12000名", {"value": 12000, "unit": "名"})]),
    ("新建光伏电站年发电1.2亿千瓦时。", [("1.2亿千瓦时", {"value": 1.2, "unit": "亿千瓦时"})]),
    (
        "每个园区配备3—5名专员。",
        [("3", {"value": 3, "qualifier": "over"}), ("5名", {"value": 5, "qualifier": "under"})],
    ),
    ("落实9大重点任务。", [("9", {"value": 9, "unit": None, "measure": "level"})]),
]

MEASURE_CASES: list[Case] = [
    # a rate in a bracketed aside is cued on its own: a comparison outside it (低于, 高于) says nothing of it,
    # a rate named outside it (这一增速较全省（5.8%）快…) still does
    (
        "累计完成投资302.7亿元，低于时序进度13.7个百分点（时序进度为92.0%）。三项指标高于时序进度（75%）。"
        "这一增速较全省平均水平（5.8%）快0.5个百分点。",
        [
            ("92.0%", {"measure": "ratio", "value": 92.0}),
            ("75%", {"measure": "ratio", "value": 75.0}),
            ("5.8%", {"measure": "growth", "value": 5.8}),
        ],
    ),
    # the rate a superlative picks out (增速最快的是…，为…): a growth; a completion rate stays a share
    (
        "上半年，规上工业增加值增速最快的是衡南县，为9.6%；投资完成率最高的是衡阳县，为96.2%。",
        [("9.6%", {"measure": "growth", "value": 9.6}), ("96.2%", {"measure": "ratio", "value": 96.2})],
    ),
    # a price's short forms: 涨 a growth, 跌 a fall
    (
        "居民消费价格比上年同月涨0.3%，猪肉价格跌5.2%。",
        [("0.3%", {"measure": "growth", "value": 0.3}), ("5.2%", {"measure": "growth", "value": -5.2})],
    ),
    # a rate's move in basis points is a diff in bp, signed by its cue
    (
        "新发放企业贷款加权平均利率为3.45%，同比下降31个基点。",
        [("31个基点", {"measure": "diff", "value": -31.0, "unit": "bp", "reference": "上年同期"})],
    ),
    (
        "增长6%，比全省高1.1个百分点。",
        [("1.1个百分点", {"measure": "diff", "value": 1.1, "reference": "湖南省"})],
    ),
    (
        "增长2%，增速比全国慢0.4个百分点。",
        [("0.4个百分点", {"measure": "diff", "value": -0.4, "reference": "全国"})],
    ),
    (
        "下降1.8%，降幅比全省低2.3个百分点。",
        [("2.3个百分点", {"measure": "diff", "value": 2.3, "reference": "湖南省"})],
    ),
    ("全市工业增加值同比增长6.5%。", [("6.5%", {"measure": "growth", "value": 6.5, "unit": "%"})]),
    ("出口额下降3.2%。", [("3.2%", {"measure": "growth", "value": -3.2})]),
    (
        "增速比一季度加快0.8个百分点。",
        [("0.8个百分点", {"measure": "diff", "value": 0.8, "unit": "pp", "reference": "2021-01/2021-03"})],
    ),
    ("增速回落1.5个百分点。", [("1.5个百分点", {"measure": "diff", "value": -1.5, "reference": "上年同期"})]),
    (
        "税收增长4%，低于全省2.1个百分点。",
        [
            ("4%", {"measure": "growth"}),
            ("2.1个百分点", {"measure": "diff", "value": -2.1, "reference": "湖南省"}),
        ],
    ),
    ("已完成全年任务的58.3%。", [("58.3%", {"measure": "ratio", "value": 58.3})]),
    ("园区亩均税收占比达41.2%。", [("41.2%", {"measure": "ratio"})]),
    ("存款余额同比多增42亿元。", [("42亿元", {"measure": "change", "value": 42, "reference": "上年同期"})]),
    (
        "出口总额增速居全省第三。",
        [("第三", {"measure": "rank", "value": 3, "reference": "湖南省", "unit": None})],
    ),
    (
        "我市营商环境进入全国50强。",
        [("50强", {"measure": "rank", "value": 50, "qualifier": "under", "reference": "全国"})],
    ),
    ("园区营业收入全省排名第5位。", [("第5", {"measure": "rank", "value": 5})]),
    ("企业利润翻一番。", [("翻一番", {"measure": "growth", "value": 100, "unit": "%"})]),
    ("外资企业数量占全市的近三成。", [("三成", {"measure": "ratio", "value": 30, "qualifier": "about"})]),
    # a count after 增长的 counts what grew: no change
    ("投资实现正增长的仅5个县区。", [("5个", {"measure": "level", "value": 5})]),
    # 成 after a verb of growth is the growth, in tenths
    ("新能源汽车零售额增长近四成。", [("四成", {"measure": "growth", "value": 40, "qualifier": "about"})]),
    ("航线增加至26条。", [("26条", {"measure": "level", "value": 26})]),
]

CHINESE_NUMERAL_CASES: list[Case] = [
    ("全年新认定专精特新企业一百二十家。", [("一百二十家", {"value": 120, "unit": "家"})]),
    ("新建村级服务站三十八所。", [("三十八所", {"value": 38, "unit": "所"})]),
    ("经营主体突破三十万户。", [("三十万户", {"value": 30, "unit": "万户", "qualifier": "over"})]),
    ("政务服务事项拓展至三百多项。", [("三百多项", {"value": 300, "unit": "项", "qualifier": "over"})]),
    ("全年投资近两千万元。", [("两千万元", {"value": 2000, "unit": "万元", "qualifier": "about"})]),
    # a writer counting in words (十四个) writes the single digits near it so too
    (
        "尚未解决的问题中，用地类十四个，资金类七个，其他五个。这三个问题均已交办。",
        [("七个", {"value": 7, "unit": "个"}), ("五个", {"value": 5, "unit": "个"})],
    ),
]

QUALIFIER_CASES: list[Case] = [
    ("规上企业超过300家。", [("300家", {"qualifier": "over"})]),
    ("签约资金逾50亿元。", [("50亿元", {"qualifier": "over"})]),
    ("建成近20个服务站。", [("20个", {"qualifier": "about"})]),
    ("带动就业约1.5万人。", [("1.5万人", {"qualifier": "about"})]),
    ("不良率不足1%。", [("1%", {"qualifier": "under"})]),
    ("单个项目补助最高5万元。", [("5万元", {"qualifier": "under"})]),
    ("参会代表1000人左右。", [("1000人", {"qualifier": "about"})]),
    ("每年投入不少于2亿元。", [("2亿元", {"qualifier": "over"})]),
    ("审批时限压缩至3天以内。", [("3天", {"qualifier": "under"})]),
    ("两家企业入选全省前10名。", [("10名", {"measure": "rank", "qualifier": "under"})]),
]

DISTRIBUTION_CASES: list[Case] = [
    # a label listing items before its colon gives them out to the run after it, as 分别 does
    (
        "全市经济运行情况\n●城镇、农村居民人均可支配收入：13268元、6154元\n●衡南县、衡东县地区生产总值：120.5亿元、98.2亿元\n",
        [
            ("13268元", {"indicator": "城镇居民人均可支配收入"}),
            ("6154元", {"indicator": "农村居民人均可支配收入"}),
            ("120.5亿元", {"subject": "衡南县", "indicator": "地区生产总值"}),
            ("98.2亿元", {"subject": "衡东县", "indicator": "地区生产总值"}),
        ],
    ),
    # 均 over one figure: one record for each unit the sentence gave before (a run's units, or a list)
    (
        "衡南县、衡山县分别收集问题18个、16个，解决率均超过七成。",
        [
            ("18个", {"subject": "衡南县"}),
            ("16个", {"subject": "衡山县"}),
            ("七成", {"subject": "衡南县", "indicator": "解决率"}),
            ("七成", {"subject": "衡山县", "indicator": "解决率"}),
        ],
    ),
    # a second run for the same units under a catalogue name of its own: that name, the units kept
    (
        "衡阳高新区、松木经开区规上工业增加值分别增长11.8%、9.2%，固定资产投资分别增长4.5%、下降3.9%。",
        [
            ("11.8%", {"indicator": "规上工业增加值", "subject": "衡阳高新技术产业开发区"}),
            ("9.2%", {"indicator": "规上工业增加值", "subject": "衡阳松木经济开发区"}),
            ("4.5%", {"indicator": "固定资产投资", "subject": "衡阳高新技术产业开发区"}),
            ("3.9%", {"indicator": "固定资产投资", "subject": "衡阳松木经济开发区", "value": -3.9}),
        ],
    ),
    # an item opening on a word that holds a verb's character (有色) keeps it
    (
        "有色和建材产值分别下降6.2%和11.5%。",
        [("6.2%", {"indicator": "有色产值", "value": -6.2}), ("11.5%", {"indicator": "建材产值"})],
    ),
    # periods listed before what they count: one each, in order; the list holds for none after it
    (
        "全年完成投资50亿元。一季度、二季度集中开工项目分别为15个、12个。新建厂房25万平方米。",
        [
            ("50亿元", {"period": "2021"}),
            ("15个", {"period": "2021-01/2021-03", "indicator": "集中开工项目"}),
            ("12个", {"period": "2021-04/2021-06", "indicator": "集中开工项目"}),
            ("25万平方米", {"period": "2021"}),
        ],
    ),
    (
        "种植、养殖、加工产值分别增长4.1%、6.2%、8.3%。",
        [
            ("4.1%", {"indicator": "种植产值"}),
            ("6.2%", {"indicator": "养殖产值"}),
            ("8.3%", {"indicator": "加工产值"}),
        ],
    ),
    (
        "税收收入和民间投资均居全省第一。",
        [("第一", {"indicator": "税收收入"}), ("第一", {"indicator": "民间投资"})],
    ),
    (
        "全社会用电量一季度、上半年均居全省第二。",
        [
            ("第二", {"indicator": "全社会用电量", "period": "2021-01/2021-03"}),
            ("第二", {"indicator": "全社会用电量", "period": "2021-01/2021-06"}),
        ],
    ),
    (
        "农业总产值、旅游总收入双双突破百亿元。",
        [
            ("百亿元", {"value": 100, "unit": "亿元", "qualifier": "over"}),
            ("百亿元", {"value": 100, "unit": "亿元", "qualifier": "over"}),
        ],
    ),
    (
        "12个乡镇工业园、5个农业园，分别完成投资3.2亿元、1.1亿元。",
        [
            ("12个", {"indicator": "乡镇工业园"}),
            ("5个", {"indicator": "农业园"}),
            ("3.2亿元", {"indicator": "乡镇工业园完成投资"}),
            ("1.1亿元", {"indicator": "农业园完成投资"}),
        ],
    ),
]

MODALITY_CASES: list[Case] = [
    ("力争全年生产总值增长8%。", [("8%", {"modality": "target", "period": "2021"})]),
    ("预计全年完成投资300亿元。", [("300亿元", {"modality": "forecast"})]),
    ("交易额有望突破50亿元。", [("50亿元", {"modality": "forecast", "qualifier": "over"})]),
    ("上半年实际完成投资80亿元。", [("80亿元", {"modality": None})]),
]

SUBJECT_CASES: list[Case] = [
    ("衡阳高新区完成投资52亿元。", [("52亿元", {"subject": "衡阳高新技术产业开发区"})]),
    # 观摩项目 (the projects picked to be inspected) is a class of a place's projects, not one project
    (
        "衡南县观摩项目总投资112.5亿元。",
        [("112.5亿元", {"subject": "衡南县", "indicator": "观摩项目总投资"})],
    ),
    ("我市新增市场主体500户。", [("500户", {"subject": "衡阳市", "indicator": "新增市场主体"})]),
    ("全省地区生产总值增长4.5%。", [("4.5%", {"subject": "湖南省", "indicator": "地区生产总值"})]),
    (
        "耒阳完成固定资产投资90亿元；常宁完成60亿元。",
        [("90亿元", {"subject": "耒阳市"}), ("60亿元", {"subject": "常宁市"})],
    ),
    (
        "衡南县、衡东县规模工业增加值分别增长7.1%、6.4%。",
        [
            ("7.1%", {"subject": "衡南县", "indicator": "规模工业增加值"}),
            ("6.4%", {"subject": "衡东县", "indicator": "规模工业增加值"}),
        ],
    ),
    (
        # a report about another city, read with this city's profile: 全市 is the city its headline names
        "株洲市上半年经济运行简况\n上半年，全市地区生产总值增长8.1%。",
        [("8.1%", {"subject": "株洲市", "period": "2021-01/2021-06"})],
    ),
    # a sentence about all the units together is the home's, not the last unit's named
    (
        "衡阳市三季度考核结果通报\n\n衡南县、衡阳县进入红榜。各单位平均得分91.22分，比二季度提高0.85分。",
        [
            ("91.22分", {"subject": "衡阳市", "indicator": "平均得分"}),
            ("0.85分", {"subject": "衡阳市"}),
        ],
    ),
    # a project named with its size is named as written, size included, from after the company, the
    # deed or the 的 before it; its own total right after the name is its too
    (
        "某电子公司年产200万台显示器项目开工。",
        [("200万台", {"subject": "年产200万台显示器项目", "period": None, "indicator": "年产能"})],
    ),
    (
        "澄水某某光电科技有限公司年产3GW组件项目总投资21亿元，年底前试生产。",
        [
            ("3GW", {"subject": "年产3GW组件项目", "indicator": "年产能"}),
            ("21亿元", {"subject": "年产3GW组件项目", "indicator": "总投资", "period": None}),
        ],
    ),
    (
        "上半年，衡南县引进年产800万只灯具项目，签约后一个月即开工。",
        [("800万只", {"subject": "年产800万只灯具项目", "indicator": "年产能"})],
    ),
    (
        "会议要求确保澄光二期年产2GW电池片项目按期投产。",
        [("2GW", {"subject": "澄光二期年产2GW电池片项目", "indicator": "年产能"})],
    ),
    (
        "衡阳某某铝业年加工15万吨铝型材项目完成投资3.2亿元。",
        [("3.2亿元", {"subject": "衡阳某某铝业年加工15万吨铝型材项目", "indicator": "完成投资"})],
    ),
    # a power written inside a project's name is its rating; the project's own figure after it is its too
    (
        "1—9月，衡南县80兆瓦农光互补光伏电站完成投资1.6亿元，某某风电公司30万千瓦风电项目开工。",
        [
            ("80兆瓦", {"subject": "衡南县80兆瓦农光互补光伏电站", "indicator": "装机容量", "period": None}),
            ("1.6亿元", {"subject": "衡南县80兆瓦农光互补光伏电站", "indicator": "完成投资"}),
            ("30万千瓦", {"subject": "30万千瓦风电项目", "indicator": "装机容量", "period": None}),
        ],
    ),
    # in a table, the same in a row's project name
    (
        "项目名称\t总投资（亿元）\n祁东县50MW渔光互补电站\t3.1\n某某公司年出栏10万头生猪养殖项目\t2.4\n",
        [
            ("50MW", {"subject": "祁东县50MW渔光互补电站", "indicator": "装机容量", "period": None}),
            ("10万头", {"indicator": "年出栏能力", "period": None}),
        ],
    ),
]

PERIOD_IN_TEXT_CASES: list[Case] = [
    (
        "前三季度，全市新增企业120家。其中制造业企业35家。",
        [("120家", {"period": "2021-01/2021-09"}), ("35家", {"period": "2021-01/2021-09"})],
    ),
    ("1-5月，外贸进出口增长12%。", [("12%", {"period": "2021-01/2021-05", "indicator": "进出口总额"})]),
    (
        "全市招商签约项目46个，其中3月份签约12个。",
        [("46个", {"period": "2021"}), ("12个", {"period": "2021-03"})],
    ),
    ("对新认定的企业每月给予2万元补贴。", [("2万元", {"period": None})]),
    ("确保年底前逾期任务减少至12项以内。", [("12项", {"measure": "level", "qualifier": "under"})]),
    # a later quarter's assessment whose body names the quarter's work as what was scored: the quarter's own
    (
        "2021年第三季度各县市区争先创优考核结果通报\n市考核办对各县市区第三季度工作进行了量化评分。\n"
        "一、县市区组\n衡南县得分93.8分，居第一。\n二、主要指标\n1—9月，衡南县规模工业增加值增长9.1%。\n",
        [("93.8分", {"period": "2021-07/2021-09"}), ("9.1%", {"period": "2021-01/2021-09"})],
    ),
    # a rate told from where it stood (由上半年的…) to where it is: both growths, the first the half-year's
    (
        "前三季度，全市规模工业增加值增速由上半年的4.1%提高到7.3%。",
        [
            ("4.1%", {"measure": "growth", "period": "2021-01/2021-06"}),
            ("7.3%", {"measure": "growth", "period": "2021-01/2021-09"}),
        ],
    ),
    # a later sentence turning to the whole year (今年粮食播种面积…) holds for its own paragraph; the next
    # paragraph goes on in the report's period. A paragraph opening on the year's plan and turning to the
    # report's period (今年…。1—6月，…) passes that period on.
    (
        "前三季度全市经济运行稳中有进\n前三季度，全市地区生产总值1146.8亿元，按不变价格计算，增长4.7%。\n"
        "农业生产总体稳定。全市农林牧渔业总产值462.7亿元，增长3.5%。今年粮食播种面积702.6万亩，较上年增加8.4万亩。\n"
        "工业生产加快回升。全市规上工业增加值增长5.9%，增幅比上半年扩大0.4个百分点，高出全省1.2个百分点。",
        [
            ("462.7亿元", {"period": "2021-01/2021-09"}),
            ("702.6万亩", {"period": "2021"}),
            ("5.9%", {"period": "2021-01/2021-09"}),
        ],
    ),
    (
        "上半年重点项目建设情况\n今年，全县共安排重点项目52个，年度计划投资115.7亿元。1—6月，52个项目累计完成投资62.6亿元。\n"
        "分类别看，工业项目28个、基础设施项目14个，分别完成投资36.3亿元、18.2亿元，完成率均已过半。",
        [("115.7亿元", {"period": "2021"}), ("36.3亿元", {"period": "2021-01/2021-06"})],
    ),
]

NOT_A_FIGURE_CASES: list[str] = [
    "对全年综合排名前三的县（市、区）给予奖励。",
    "落后时序进度5个百分点以内的亮黄灯，落后5个百分点以上的亮红灯。",
    "白酒产量（折65度）有所下降。",
    "2021年7月29日召开推进会。",
    "加快5G基站建设。",
    "群众可拨打12345热线反映问题。",
    "完善“1+5”政策体系。",
    "成功创建5A级景区。",
    "十四五规划顺利开局。",
    "项目获评全国一等奖。",
    "多项指标位居全省前列。",
    "出口实现两位数增长。",
    "全省首家直播基地落户。",
    "更新时间 2022-03-17 10:21:06",
    "第二届博览会开幕。",
    "对进度排名后3位的县区进行约谈。",
    "浏览量：2381",
    "5000万元以上项目加快推进。",
    "创近5年来最好水平。",
    "水质达到Ⅲ类标准。",
    "第一时间启动应急响应。",
    "印发《实施意见》（衡政发〔2021〕5号）。",
    "做好COVID-19疫情防控。",
    "咨询电话：0734-8888888。",
    "按1:1比例配套资金。",
    "3D打印产业园开园。",
    "网址 www.example.gov.cn/art/2021/5/12/art_1234.html",
    "荣获2020年度先进单位。",
    "稳楼市“十七条”出台。",
    "坚持“三个一”工作法。",
    # a statistical scope's threshold, a rate bounding a class, the top of a ranking shown elsewhere
    "规上工业统计起点为年营业收入2000万元。",
    "统计范围为年主营收入达到2000万元的工业企业。",
    "对办结率连续两个季度低于90%的单位进行约谈。",
    "办结率前五名见下表。",
    "对超过30天未办结的问题逐件挂牌督办。",
    # a rate bounding a class of units named after it; a paper's print run at its foot
    "固定资产投资增速超过10%的有雁峰区、石鼓区。",
    "联系人：张三　　（共印60份）",
    "2021年5月6日印发　　共印120份",
    # a run of bare numbers is in its last one's unit only when that is a figure's (years are not)
    "2023、2024年持续增长。",
]

TABLE_CASES: list[Case] = [
    (
        "1-6月主要指标\n指标        单位    绝对值    增速（%）\n固定资产投资    亿元    —    6.1\n"
        "社会消费品零售总额    亿元    512.3    -2.5\n",
        [
            ("6.1", {"measure": "growth", "indicator": "固定资产投资", "period": "2021-01/2021-06"}),
            ("512.3", {"measure": "level", "unit": "亿元", "indicator": "社会消费品零售总额"}),
            ("-2.5", {"measure": "growth", "value": -2.5}),
        ],
    ),
]

# a project's planned investment in a table of projects (项目名称｜计划投资（亿元）) is what it is to
# cost over its life, in no period, beside the period's own column of work done
TABLE_CASES.append(
    (
        "1—10月重点项目进展\n项目名称\t计划投资（亿元）\t1—10月完成投资（亿元）\n"
        "某某新材料产业园项目\t12.5\t6.8\n",
        [
            ("12.5", {"subject": "某某新材料产业园项目", "indicator": "计划投资", "period": None}),
            ("6.8", {"indicator": "完成投资", "period": "2021-01/2021-10"}),
        ],
    )
)

# an indented part under a row naming no unit (固定资产投资) takes that row's measure noun, not the
# catalogue's reading of its bare name (第一产业 → 第一产业增加值)
TABLE_CASES.append(
    (
        "指标名称            10月     1—10月    比上年同期增长（%）\n"
        "固定资产投资          —       —        3.5\n"
        "　第一产业           —       —        12.6\n"
        "　第二产业           —       —        9.1\n",
        [
            ("3.5", {"measure": "growth", "indicator": "固定资产投资"}),
            ("12.6", {"measure": "growth", "indicator": "第一产业投资"}),
            ("9.1", {"measure": "growth", "indicator": "第二产业投资"}),
        ],
    )
)

# an indented part naming only a part of the row above (城镇 under 社零总额) has the catalogue's name for
# that part; one naming a kind (＃汽车类) takes the row's measure noun
TABLE_CASES.append(
    (
        "指标名称            10月     1—10月    增长（%）\n"
        "社零总额（亿元）     398.2    3727.5     6.1\n"
        "　城镇              338.9    3172.4     5.9\n"
        "　乡村               59.3     555.1     7.2\n"
        "限上单位商品零售额（亿元）  152.6  1392.8  9.4\n"
        "　＃汽车类           28.7     276.4    -2.3\n",
        [
            ("3172.4", {"indicator": "城镇消费品零售额"}),
            ("7.2", {"indicator": "乡村消费品零售额"}),
            ("276.4", {"indicator": "汽车类零售额"}),
        ],
    )
)

# a row whose brackets name its rate (（增长%）, （降低%）) holds growth rates, a fall's with its sign;
# the next row's own unit (（万人）) is not carried to a rate row after it
TABLE_CASES.append(
    (
        "指标\t年度目标\t1—9月完成\n地区生产总值（增长%）\t6.5左右\t5.9\n城镇新增就业（万人）\t4.2\t3.65\n"
        "居民消费价格（涨幅%）\t2左右\t0.4\n单位地区生产总值能耗（降低%）\t3\t2.1\n",
        [
            ("5.9", {"measure": "growth", "unit": "%", "indicator": "地区生产总值"}),
            ("3.65", {"measure": "level", "unit": "万人"}),
            ("0.4", {"measure": "growth", "unit": "%", "indicator": "居民消费价格"}),
            ("2.1", {"measure": "growth", "value": -2.1, "indicator": "单位地区生产总值能耗"}),
        ],
    )
)

# a rate of done named by the plan's words alone (目标完成率) in a table of a quantity that is no money is
# the rate of that quantity (城镇新增就业), not of an investment
TABLE_CASES.append(
    (
        "县（市、区）\t城镇新增就业（人）\t目标完成率（%）\t失业人员再就业（人）\n衡南县\t6215\t94.2\t1684\n",
        [
            ("94.2", {"measure": "ratio", "indicator": "城镇新增就业"}),
            ("1684", {"indicator": "失业人员再就业"}),
        ],
    )
)

# 实际完成（亿元） is investment done, like 完成; 计划完成率 is the rate of investment done (计划 names no
# quantity of its own)
TABLE_CASES.append(
    (
        "序号\t项目名称\t责任单位\t全年计划（亿元）\t1—10月实际完成（亿元）\t计划完成率\n"
        "1\t某某冷轧薄板二期项目\t某某区\t18.6\t17.9\t96.2%\n",
        [
            ("18.6", {"indicator": "年度计划投资"}),
            ("17.9", {"indicator": "完成投资", "period": "2021-01/2021-10"}),
            ("96.2%", {"measure": "ratio", "indicator": "完成投资"}),
        ],
    )
)

# a growth column headed by its yardstick (比上年同期增长（%）) is of the amount column before it
TABLE_CASES.append(
    (
        "序号\t企业名称\t1—3月产值（亿元）\t比上年同期增长（%）\n1\t某某精密板材有限公司\t68.4\t10.2\n",
        [
            ("68.4", {"measure": "level", "indicator": "产值", "period": "2021-01/2021-03"}),
            ("10.2", {"measure": "growth", "indicator": "产值", "period": "2021-01/2021-03"}),
        ],
    )
)

TABLE_CASES.append(
    (
        "指标名称\t单位\t1-4月\t同比增长（%）\n地方税收收入\t亿元\t3.15\t-6.2\n",
        [
            (
                "3.15",
                {
                    "measure": "level",
                    "unit": "亿元",
                    "period": "2021-01/2021-04",
                    "indicator": "地方税收收入",
                },
            ),
            ("-6.2", {"measure": "growth", "value": -6.2}),
        ],
    )
)

TABLE_CASES.append(
    (
        "| 指标 | 单位 | 1-9月 | 同比增长（%） |\n"
        "| --- | --- | --- | --- |\n"
        "| 地区生产总值 | 亿元 | 2710.5 | 4.1 |\n",
        [
            ("2710.5", {"measure": "level", "unit": "亿元", "period": "2021-01/2021-09"}),
            ("4.1", {"measure": "growth", "indicator": "地区生产总值"}),
        ],
    )
)

# a row under another, indented or marked # (其中项), has the unit of the rows above when its label names
# none, and a part's bare name takes the measure noun of the row it is part of
TABLE_CASES.append(
    (
        "指标名称          10月      1—10月累计    同比增长（%）\n"
        "限上单位商品零售额（亿元）    152.6     1392.8     9.4\n"
        "\u3000#汽车类            28.7      276.4      -2.3\n"
        "一般公共预算收入（亿元）     48.6      572.4      3.6\n"
        "\u3000#税收收入           34.1      410.3      2.9\n",
        [
            ("276.4", {"measure": "level", "unit": "亿元", "indicator": "汽车类零售额"}),
            ("410.3", {"measure": "level", "unit": "亿元", "indicator": "税收收入"}),
            ("-2.3", {"measure": "growth", "indicator": "汽车类零售额"}),
        ],
    )
)

# a bare growth column after a month's and the running months' amounts is the growth of the running months
TABLE_CASES.append(
    (
        "指标名称          10月      1—10月    同比增长（%）\n社零总额（亿元）    398.2     3727.5     6.1\n",
        [
            ("398.2", {"period": "2021-10"}),
            ("3727.5", {"period": "2021-01/2021-10"}),
            ("6.1", {"measure": "growth", "period": "2021-01/2021-10"}),
        ],
    )
)

# in a table counting a quantity of its own (城镇新增就业（人）), a bare goal column and a bare rate of done
# are that quantity's goal and rate, not an investment's; in a table of money the rate stays the investment's
TABLE_CASES.append(
    (
        "上半年各县市区城镇新增就业\n县市区\t城镇新增就业（人）\t年度任务（人）\t完成率（%）\n"
        "甲区\t4464\t7200\t62.0\n",
        [
            ("7200", {"indicator": "城镇新增就业", "modality": "target"}),
            ("62.0", {"measure": "ratio", "indicator": "城镇新增就业"}),
        ],
    )
)
TABLE_CASES.append(
    (
        "县区\t项目数（个）\t年度计划（亿元）\t1—10月完成（亿元）\t完成率（%）\n甲县\t12\t30.5\t27.4\t89.8\n",
        [("89.8", {"measure": "ratio", "indicator": "完成投资"})],
    )
)
TABLE_CASES.append(
    (
        "县市区\t年度任务（万亩）\t已完成（万亩）\t完成率\n甲县\t5.2\t4.6\t88.5%\n",
        [("5.2", {"indicator": "年度任务"})],
    )
)

# a row naming a group of the rows under it (县（市、区）, 一、工业) is inside the table, not its end
TABLE_CASES.append(
    (
        "2021年1—9月主要指标\n指标名称\t计量单位\t1—9月\t同比增长（%）\n一、工业\n"
        "规模以上工业总产值\t亿元\t1456.2\t7.3\n二、投资\n工业投资\t亿元\t—\t11.2\n",
        [
            ("1456.2", {"indicator": "规模以上工业总产值", "period": "2021-01/2021-09"}),
            ("11.2", {"measure": "growth", "indicator": "工业投资"}),
        ],
    )
)
# columns naming their own quantities win over the title's name, of the title's class of projects (省、市
# is one class); a lone rank ranks the rate of completion; a count column's counter is from its label
TABLE_CASES.append(
    (
        "1—9月各县省、市重点项目投资完成情况\n"
        "单位\t在建项目数\t年度计划投资（亿元）\t1—9月完成（亿元）\t完成率（%）\t排名\n"
        "县（市、区）\n衡南县\t28\t64.2\t50.1\t78.0\t1\n",
        [
            ("28", {"unit": "个", "indicator": "在建项目数"}),
            ("64.2", {"indicator": "省市重点项目年度计划投资", "period": "2021"}),
            ("50.1", {"indicator": "省市重点项目完成投资", "period": "2021-01/2021-09"}),
            ("78.0", {"measure": "ratio", "indicator": "省市重点项目完成投资"}),
            ("1", {"measure": "rank", "indicator": "省市重点项目完成投资"}),
        ],
    )
)

# a post's pictograph bullets: no part of a name; a rate with its own sign is a growth; a bulleted line
# opening on a comparison goes on with the item above it
TABLE_CASES.append(
    (
        "2021年1—8月\n【投资】\n📈固定资产投资：增长7.2%↑\n🔹高于全省1.4个百分点，居全省第4\n📈8月份当月：+12.6%\n"
        "✅工业投资+15.3%\n⬇️房地产开发投资-8.1%\n推行“1+3”服务机制。\n",
        [
            ("7.2%", {"indicator": "固定资产投资"}),
            ("1.4个百分点", {"measure": "diff", "indicator": "固定资产投资"}),
            ("+12.6%", {"measure": "growth", "indicator": "固定资产投资", "period": "2021-08"}),
            ("第4", {"measure": "rank", "indicator": "固定资产投资"}),
            ("+15.3%", {"measure": "growth", "value": 15.3, "indicator": "工业投资"}),
            ("-8.1%", {"measure": "growth", "value": -8.1, "indicator": "房地产开发投资"}),
        ],
    )
)

# a target column's label names its year (2022年目标): that year, not the report's
TABLE_CASES.append(
    (
        "2021年工作总结\n指标\t单位\t2021年完成\t2022年目标\t增长（%）\n规上工业产值\t亿元\t512.3\t560\t9.3\n",
        [("512.3", {"period": "2021"}), ("560", {"period": "2022", "modality": "target"})],
    )
)

# a column past the first naming a set of projects counts them (在建项目 → 个)
TABLE_CASES.append(
    (
        "2021年1—8月\n| 区县 | 在建项目 | 累计完成投资（亿元） |\n|---|---|---|\n| 衡南县 | 27 | 41.6 |\n",
        [("27", {"unit": "个", "indicator": "在建项目"}), ("41.6", {"indicator": "完成投资"})],
    )
)

# a bare rate column, and a rank of it, are of the amount column before them
TABLE_CASES.append(
    (
        "2021年1—9月各县区主要指标\n县区\t地区生产总值（亿元）\t增速（%）\t位次\n衡南县\t402.6\t6.1\t3\n",
        [
            ("6.1", {"measure": "growth", "indicator": "地区生产总值"}),
            ("3", {"measure": "rank", "indicator": "地区生产总值"}),
        ],
    )
)

# a row marked # (其中项) is a part, no markdown heading: it keeps the title's unit note (单位：亿元)
TABLE_CASES.append(
    (
        "表1　工业生产（单位：亿元）\n指标名称 | 10月 | 1—10月累计 | 累计增速(%)\n"
        "规上工业总产值 | 1012.6 | 9873.4 | 9.2\n  #石化产业 | 318.5 | 3052.7 | 21.6\n",
        [("318.5", {"unit": "亿元", "period": "2021-10"}), ("3052.7", {"unit": "亿元"})],
    )
)

# a column in percentage points is a diff, against what its label compares with (比1—9月, 比全省)
TABLE_CASES.append(
    (
        "指标 | 1—10月增速(%) | 比1—9月增减(百分点)\n固定资产投资 | 4.2 | 0.6\n"
        "  第一产业投资 | -8.3 | -1.2\n\n"
        "县区 | 1—10月投资增速（%） | 比全省高（百分点）\n衡南县 | 5.6 | 1.2\n",
        [
            ("0.6", {"measure": "diff", "reference": "2021-01/2021-09", "period": "2021-01/2021-10"}),
            ("-1.2", {"measure": "diff", "value": -1.2, "indicator": "第一产业投资"}),
            ("1.2", {"measure": "diff", "subject": "衡南县", "reference": "湖南省"}),
        ],
    )
)

# a title naming a rate in % (主要指标增速（%）) makes the columns that only name a quantity that rate
TABLE_CASES.append(
    (
        "1—10月\n表5　县区主要指标增速（%）\n县区 | 规上工业增加值 | 固定资产投资 | 社零\n"
        "衡南县 | 10.2 | 6.8 | 4.5\n",
        [
            ("10.2", {"measure": "growth", "indicator": "规上工业增加值"}),
            ("6.8", {"measure": "growth", "indicator": "固定资产投资"}),
            ("4.5", {"measure": "growth", "subject": "衡南县", "indicator": "社会消费品零售总额"}),
        ],
    )
)

# a title naming no quantity (重点企业生产情况) gives way to a column naming one (一季度产值)
TABLE_CASES.append(
    (
        "重点企业一季度生产情况\n企业\t一季度产值（亿元）\t增速（%）\n衡阳恒康制药有限公司\t42.6\t15.8\n",
        [
            ("42.6", {"indicator": "产值", "subject": "衡阳恒康制药有限公司", "period": "2021-01/2021-03"}),
            ("15.8", {"measure": "growth", "indicator": "产值"}),
        ],
    )
)

# a bare rate of done (完成年度目标%, its % unbracketed) is of the amount named just before it, and so is
# the rank after it; one after the deed's words alone (1—10月完成) is of the investment
TABLE_CASES.append(
    (
        "1—11月\n县市区\t签约个数\t协议投资（亿元）\t到位资金（亿元）\t完成年度目标%\t排名\n衡南县\t48\t286.4\t98.6\t93.8\t6\n\n"
        "县市区\t年度计划（亿元）\t1—11月完成（亿元）\t完成率%\n耒阳市\t52.0\t47.1\t90.6\n",
        [
            ("93.8", {"measure": "ratio", "unit": "%", "indicator": "到位资金"}),
            ("6", {"measure": "rank", "indicator": "到位资金"}),
            ("90.6", {"measure": "ratio", "indicator": "完成投资"}),
        ],
    )
)

# a ranking's moves (较上月升降 | ↑1, 进2, ↓1; — none) are changes in 位 of the rank before them, against
# what the label compares with; a first column naming the units' group (类别｜单位｜…) is passed over
TABLE_CASES.append(
    (
        "9月份综合排名\n类别\t单位\t综合得分（分）\t排名\t较上月升降\n县（市、区）\t衡南县\t92.6\t1\t↑1\n"
        "县（市、区）\t耒阳市\t91.8\t2\t↓1\n县（市、区）\t衡阳县\t90.3\t3\t—\n"
        "县（市、区）\t衡山县\t89.9\t4\t进2\n",
        [
            ("92.6", {"subject": "衡南县", "indicator": "综合得分"}),
            ("1", {"measure": "rank", "subject": "衡南县", "indicator": "综合得分"}),
            ("↑1", {"measure": "change", "value": 1, "unit": "位", "reference": "2021-08"}),
            ("↓1", {"measure": "change", "value": -1, "subject": "耒阳市", "indicator": "综合得分"}),
            ("进2", {"measure": "change", "value": 2, "subject": "衡山县"}),
        ],
    )
)

# 完成年度% is a rate of done of the year's plan, here of the table's own quantity (原煤产量)
TABLE_CASES.append(
    (
        "表　1—10月各县原煤产量\n县（市）\t原煤产量（万吨）\t同比±%\t完成年度%\n衡南县\t2896.4\t+4.2\t87.8\n",
        [("87.8", {"measure": "ratio", "unit": "%", "indicator": "原煤产量"})],
    )
)

# a row opening on 其中： is a part of the row above, as an indented or #-marked one is
TABLE_CASES.append(
    (
        "指标\t单位\t1—10月\t增速（%）\n社会消费品零售总额\t亿元\t176.52\t3.3\n其中：城镇\t亿元\t150.2\t3.1\n",
        [("150.2", {"indicator": "城镇消费品零售额"}), ("3.1", {"indicator": "城镇消费品零售额"})],
    )
)

# in a month's table, a column labelled 累计 (no period of its own) holds January to that month, and so
# does the rate after it
TABLE_CASES.append(
    (
        "10月份全市经济运行\n指标\t单位\t本月\t增速（%）\t累计\t增速（%）\n"
        "规模以上工业增加值\t亿元\t21.37\t9.1\t198.64\t6.4\n",
        [
            ("21.37", {"period": "2021-10"}),
            ("198.64", {"period": "2021-01/2021-10"}),
            ("6.4", {"measure": "growth", "period": "2021-01/2021-10"}),
        ],
    )
)

# a label's unit after a slash (企业数/家, 亩均税收/万元) is its unit, as in brackets; a label naming a rate
# in % (办结率（%）) holds that rate, no growth
TABLE_CASES.append(
    (
        "表2　各县问题办理情况\n县（市、区）\t企业数/家\t亩均税收/万元\t办结率（%）\n"
        "衡南县\t46\t34.9\t91.3\n",
        [
            ("46", {"measure": "level", "unit": "家"}),
            ("34.9", {"measure": "level", "unit": "万元", "indicator": "亩均税收"}),
            ("91.3", {"measure": "ratio", "unit": "%", "indicator": "办结率"}),
        ],
    )
)

# 县市区｜指标｜…: the rows' places, then a column naming what each row measures (its unit with it)
TABLE_CASES.append(
    (
        "表3　各县主要指标\n县市区\t指标\t1—10月\t增速（%）\n衡南县\t规上工业增加值（亿元）\t50.1\t6.2\n"
        "衡南县\t固定资产投资（亿元）\t80.3\t4.4\n",
        [
            ("50.1", {"subject": "衡南县", "indicator": "规上工业增加值", "unit": "亿元"}),
            ("4.4", {"subject": "衡南县", "indicator": "固定资产投资", "measure": "growth"}),
        ],
    )
)

# 排名｜较上月: a bare comparison after a rank is the rank's move, against the last month's ranking
TABLE_CASES.append(
    (
        "1—10月各县测评得分\n单位｜综合得分｜排名｜较上月\n衡南县｜91.86｜2｜↑1\n衡阳县｜88.57｜3｜↓2\n",
        [
            ("↑1", {"measure": "change", "value": 1.0, "unit": "位", "reference": "2021-01/2021-09"}),
            ("↓2", {"measure": "change", "value": -2.0}),
        ],
    )
)

# a column of the year's plan (本年计划投资) is the year's, beside one of the months so far; a rate of
# done against the year's goal (完成年度目标（%）, 年度计划完成率（%）) and its rank are of the months so far
TABLE_CASES.append(
    (
        "1—10月重点项目推进情况\n序号\t项目\t本年计划投资（亿元）\t1—10月累计完成（亿元）\t完成年度目标（%）\n"
        "1\t某某码头工程\t12.0\t6.84\t57.0\n",
        [
            ("12.0", {"period": "2021"}),
            ("6.84", {"period": "2021-01/2021-10"}),
            ("57.0", {"period": "2021-01/2021-10"}),
        ],
    )
)

TABLE_CASES.append(
    (
        "1—8月各县市区项目推进情况\n县市区\t完成投资（亿元）\t年度计划完成率（%）\t排名\n衡南县\t98.6\t76.4\t1\n",
        [("76.4", {"measure": "ratio", "period": "2021-01/2021-08"}), ("1", {"period": "2021-01/2021-08"})],
    )
)

# a second header row under the first (its first cells left empty, or repeating the first's: a merged
# cell) splits each period of the first into its columns: 10月绝对数, 10月增长%, 1—10月绝对数, …
TABLE_CASES.append(
    (
        "附表　2021年10月主要经济指标\n指标｜单位｜10月｜1—10月\n｜｜绝对数｜增长%｜绝对数｜增长%\n"
        "规上工业增加值｜亿元｜286.4｜9.5｜2713.6｜8.6\n",
        [
            ("286.4", {"measure": "level", "period": "2021-10", "unit": "亿元"}),
            ("9.5", {"measure": "growth", "period": "2021-10"}),
            ("2713.6", {"measure": "level", "period": "2021-01/2021-10"}),
            ("8.6", {"measure": "growth", "period": "2021-01/2021-10"}),
        ],
    )
)
TABLE_CASES.append(
    (
        "表1　主要指标\n指标\t单位\t10月\t1—10月\n指标\t单位\t绝对值\t增速（%）\t绝对值\t增速（%）\n"
        "固定资产投资\t亿元\t31.2\t4.1\t312.5\t4.2\n",
        [("31.2", {"period": "2021-10"}), ("4.2", {"measure": "growth", "period": "2021-01/2021-10"})],
    )
)
# a pdf's text layer parts a table's cells by one space: a header of short labels over a row of as many
# cells is a table (a ``＃`` part row opening on an ideographic space included); the rows under it too
TABLE_CASES.append(
    (
        "表1　主要统计指标（1—10月累计）\n指标 单位 1—10月 增长% 全省位次\n规模工业增加值 亿元 — 7.4 3\n"
        "全社会用电量 亿千瓦时 38.62 6.9 5\n\u3000#工业投资 亿元 — 11.2 4\n",
        [
            ("7.4", {"measure": "growth", "indicator": "规模工业增加值", "period": "2021-01/2021-10"}),
            ("3", {"measure": "rank", "indicator": "规模工业增加值"}),
            ("38.62", {"measure": "level", "unit": "亿千瓦时"}),
            ("11.2", {"measure": "growth", "indicator": "工业投资"}),
        ],
    )
)
# a row keyed by a month's end (存款余额（10月末）) is a stock at that month, under a column of 1—10月
TABLE_CASES.append(
    (
        "表1\n指标\t单位\t1—10月\t增长%\n一般公共预算收入\t亿元\t96.38\t2.1\n存款余额（10月末）\t亿元\t3286.5\t7.2\n",
        [
            ("96.38", {"period": "2021-01/2021-10"}),
            ("3286.5", {"period": "2021-10", "indicator": "存款余额"}),
            ("7.2", {"period": "2021-10", "measure": "growth"}),
        ],
    )
)
# a header of a key's label and periods alone (指标｜11月｜｜1—11月｜, its spanning cells left empty) over a
# second row splitting them: the first period's amounts are read, the key column is no amount
TABLE_CASES.append(
    (
        "附表　主要经济指标\n指标｜11月｜｜1—11月｜\n｜绝对数｜增长%｜绝对数｜增长%\n"
        "社会消费品零售总额（亿元）｜188.64｜6.4｜1912.37｜5.9\n",
        [
            ("188.64", {"measure": "level", "period": "2021-11", "unit": "亿元"}),
            ("6.4", {"measure": "growth", "period": "2021-11"}),
            ("1912.37", {"period": "2021-01/2021-11"}),
        ],
    )
)
# lights counted in a ranking's columns (绿灯｜红灯) are counts, no parts of its score
TABLE_CASES.append(
    (
        "附表：各县（市、区）考评结果\n位次  县（市、区）  综合得分  绿灯  红灯\n"
        "1     衡南县        92.46     10    0\n",
        [
            ("92.46", {"unit": "分"}),
            ("10", {"measure": "level", "unit": "个", "indicator": "绿灯"}),
            ("0", {"measure": "level", "unit": "个", "indicator": "红灯"}),
        ],
    )
)
# a table as a pdf's text layer may give it, one cell to a line: the header's width parts the rows
TABLE_CASES.append(
    (
        "附表　1—9月主要经济指标\n指标\n单位\n绝对额\n同比增长（%）\n全省位次\n地区生产总值\n亿元\n"
        "1386.20\n5.7\n6\n　其中：工业增加值\n亿元\n402.18\n6.9\n—\n固定资产投资\n—\n—\n3.8\n4\n"
        "注：位次为在全省14个市州中的排位。\n",
        [
            ("1386.20", {"measure": "level", "unit": "亿元", "indicator": "地区生产总值"}),
            ("5.7", {"measure": "growth", "indicator": "地区生产总值"}),
            ("6", {"measure": "rank", "indicator": "地区生产总值"}),
            ("402.18", {"measure": "level", "indicator": "工业增加值"}),
            ("3.8", {"measure": "growth", "indicator": "固定资产投资"}),
            ("4", {"measure": "rank", "indicator": "固定资产投资"}),
        ],
    )
)
# the 合计 row of a table of the home's places is the home's, whichever place the passage named last
TABLE_CASES.append(
    (
        "衡南县开工项目14个，居全市第一。各县区开工情况见下表。\n县区\t开工项目数（个）\t总投资（亿元）\n"
        "衡南县\t14\t98.6\n衡阳县\t9\t46.2\n合计\t23\t144.8\n",
        [("23", {"subject": "衡阳市"}), ("144.8", {"subject": "衡阳市"}), ("9", {"subject": "衡阳县"})],
    )
)
# a batch event's report (集中开工): its places' 开工项目数 column counts the event's projects
TABLE_CASES.append(
    (
        "2021年一季度重点项目集中开工情况通报\n各县市区开工情况见下表。\n县区\t开工项目数（个）\t总投资（亿元）\n"
        "衡南县\t14\t98.6\n衡阳县\t9\t46.2\n",
        [("14", {"indicator": "集中开工项目", "unit": "个"}), ("9", {"indicator": "集中开工项目"})],
    )
)
# 县（市、区）合计: the sum of the home's places is the home's, named for the group it sums
TABLE_CASES.append(
    (
        "全市重点项目推进情况\n上半年，全市重点项目建设稳步推进，各县（市、区）完成情况见下表。\n"
        "县（市、区）\t年度计划投资（亿元）\t1—6月完成投资（亿元）\n衡南县\t46.5\t27.9\n衡阳县\t52.6\t31.4\n"
        "县（市、区）合计\t99.1\t59.3\n",
        [
            ("59.3", {"subject": "衡阳市", "indicator": "县（市、区）完成投资"}),
            ("27.9", {"subject": "衡南县"}),
        ],
    )
)
# a row of units under a header aligned by spaces (（亿元）  （%）): each unit its label's, by where it stands
TABLE_CASES.append(
    (
        "表1  县市区组主要指标\n单位        实际到位内资  同比增长  实际使用外资  综合得分  排名\n"
        "            （亿元）      （%）     （万美元）    （分）\n"
        "衡南县      138.52        11.8      4210          93.6      1\n"
        "衡阳县      121.47        9.6       3680          90.2      2\n",
        [
            (
                "138.52",
                {"measure": "level", "unit": "亿元", "indicator": "实际到位内资", "subject": "衡南县"},
            ),
            ("11.8", {"measure": "growth", "indicator": "实际到位内资"}),
            ("4210", {"measure": "level", "unit": "万美元", "indicator": "实际使用外资"}),
            ("90.2", {"unit": "分"}),
            ("2", {"measure": "rank", "subject": "衡阳县"}),
        ],
    )
)
# a table one cell to a line whose labels wrap their units onto lines of their own (新签约项目⏎ （个）): each
# unit joins its label, and the rows are as wide as the labels
TABLE_CASES.append(
    (
        "表1　1—7月各县（市、区）招商引资主要指标\n单位\n新签约项目\n （个）\n协议投资\n（亿元）\n"
        "目标完成率\n （%）\n衡南县\n27\n148.6\n62.0\n衡阳县\n21\n126.4\n59.9\n合计\n48\n275.0\n61.0\n",
        [
            ("27", {"measure": "level", "unit": "个", "indicator": "新签约项目", "subject": "衡南县"}),
            ("126.4", {"measure": "level", "unit": "亿元", "indicator": "协议投资", "subject": "衡阳县"}),
            ("59.9", {"measure": "ratio", "subject": "衡阳县"}),
            ("275.0", {"subject": "衡阳市"}),
        ],
    )
)
# a stacked table's moves (↑1, —) are its cells; 续表 after a page break goes on with the last table's title
TABLE_CASES.append(
    (
        "表1　各县市区规模工业增加值增速及排名\n单位\n增速（%）\n排名\n较上月升降\n衡南县\n9.1\n1\n—\n"
        "衡阳县\n8.6\n2\n↑1\n续表\n单位\n增速（%）\n排名\n较上月升降\n耒阳市\n7.4\n3\n↓1\n常宁市\n6.8\n4\n—\n",
        [
            ("8.6", {"measure": "growth", "indicator": "规模工业增加值", "subject": "衡阳县"}),
            ("↑1", {"measure": "change", "value": 1}),
            ("7.4", {"measure": "growth", "indicator": "规模工业增加值", "subject": "耒阳市"}),
            ("↓1", {"measure": "change", "value": -1}),
        ],
    )
)
# a numbered table one cell to a line, its labels wrapped in their cells (观摩项目⏎（个）, 本季度⏎排名), its
# first row alone on a page before the header comes again
TABLE_CASES.append(
    (
        "表1　观摩评比结果\n序号\n县区\n观摩项目\n（个）\n综合得分\n本季度\n排名\n上季度\n排名\n"
        "1\n衡南县\n6\n93.62\n1\n2\n"
        "序号\n县区\n观摩项目\n（个）\n综合得分\n本季度\n排名\n上季度\n排名\n"
        "2\n衡阳县\n5\n92.85\n2\n1\n3\n耒阳市\n5\n91.74\n3\n3\n",
        [
            ("6", {"measure": "level", "unit": "个", "subject": "衡南县"}),
            ("93.62", {"measure": "level", "unit": "分", "subject": "衡南县"}),
            ("91.74", {"subject": "耒阳市"}),
        ],
    )
)
# a signed column (比上半年（±百分点）): its values are points, their signs their own
TABLE_CASES.append(
    (
        "1—9月各县规上工业增加值\n县区\t增速（%）\t比上半年（±百分点）\n衡南县\t6.8\t-0.5\n衡阳县\t9.6\t0.8\n",
        [
            ("-0.5", {"measure": "diff", "unit": "百分点", "value": -0.5, "subject": "衡南县"}),
            ("0.8", {"measure": "diff", "unit": "百分点", "value": 0.8}),
        ],
    )
)
# a column named by its period alone (1—10月累计（万元）) holds the quantity of the column before it
TABLE_CASES.append(
    (
        "重点企业生产情况\n企业名称\t10月产值（万元）\t1—10月累计（万元）\t同比增长（%）\n"
        "衡阳华菱钢管有限公司\t186420\t1652380\t28.4\n",
        [
            ("186420", {"indicator": "产值", "period": "2021-10"}),
            ("1652380", {"indicator": "产值", "period": "2021-01/2021-10"}),
            ("28.4", {"indicator": "产值", "measure": "growth"}),
        ],
    )
)
# a rule drawn under a header (────  ────) is no row: the rows after it are the table's
TABLE_CASES.append(
    (
        "各县市区主要指标\n县市区        地区生产总值（亿元）  增速（%）\n"
        "────────────  ──────────  ────────\n衡南县        412.36      6.8\n",
        [("412.36", {"subject": "衡南县", "indicator": "地区生产总值"}), ("6.8", {"measure": "growth"})],
    )
)
# a rank first (名次｜县区｜经济发展｜项目建设｜综合得分) ranks the score a word names, not the first part
TABLE_CASES.append(
    (
        "名次  县区  经济发展  项目建设  综合得分\n"
        "1  衡南县  57.62  23.85  95.43\n2  耒阳市  56.88  23.40  94.60\n",
        [
            ("1", {"measure": "rank", "indicator": "综合得分", "subject": "衡南县"}),
            ("57.62", {"indicator": "经济发展得分"}),
        ],
    )
)
# a numbered table written one cell to a line may have columns of words (签约地⏎衡南县, 产业链⏎新材料)
TABLE_CASES.append(
    (
        "签约项目清单\n序号\n项目名称\n总投资（亿元）\n签约地\n产业链\n"
        "1\n高性能电解铜箔项目\n32.0\n衡南县\n有色金属\n2\n前驱体一体化项目\n45.0\n耒阳市\n新能源\n",
        [
            ("32.0", {"indicator": "总投资", "subject": "高性能电解铜箔项目", "unit": "亿元"}),
            ("45.0", {"subject": "前驱体一体化项目"}),
        ],
    )
)
# 绝对量 heads a level column
TABLE_CASES.append(
    (
        "1—11月主要指标\n指标名称　　　　绝对量　　　增长（%）\n工业用电量（亿千瓦时）　　72.36　　9.8\n",
        [("72.36", {"measure": "level", "unit": "亿千瓦时", "indicator": "工业用电量"})],
    )
)
# a key as wide as its column, its unit touching the row's first value, is two cells
TABLE_CASES.append(
    (
        "1—11月主要指标\n指标名称　　　　　　绝对值　　增长（%）\n一般公共预算收入（亿元）96.82　　5.3\n",
        [
            ("96.82", {"measure": "level", "unit": "亿元", "indicator": "一般公共预算收入"}),
            ("5.3", {"measure": "growth", "indicator": "一般公共预算收入"}),
        ],
    )
)
# a count column labelled by a deed alone (已解决（个）) counts what the count before it counts, so dealt with
TABLE_CASES.append(
    (
        "表　12月份各地驻企联络员工作情况\n县（市、区）\t收集问题（个）\t已解决（个）\t解决率（%）\n"
        "衡南县\t14\t13\t92.9\n",
        [("14", {"indicator": "收集问题"}), ("13", {"indicator": "解决问题", "unit": "个"})],
    )
)

# a ranked table one cell to a line: its rank's label wrapped (综合⏎排名), its parts' labels wrapped
# as the text before it writes them out (经济⏎发展: 经济发展), 县（市、区） closing its label, 组别 naming
# a kind, 总分 the score
TABLE_CASES.append(
    (
        "考评由经济发展、项目建设、民生和生态三类指标构成。\n表1　考评结果\n综合\n排名\n县（市、区）\n组别\n"
        "经济\n发展\n项目\n建设\n民生和\n生态\n总分\n"
        "1\n衡南县\n工业型\n37.86\n23.42\n18.56\n79.84\n2\n耒阳市\n工业型\n36.45\n23.18\n18.49\n78.12\n",
        [
            ("1", {"measure": "rank", "indicator": "总分", "subject": "衡南县"}),
            ("37.86", {"measure": "level", "unit": "分", "indicator": "经济发展得分"}),
            ("23.42", {"indicator": "项目建设得分"}),
            ("18.56", {"indicator": "民生和生态得分"}),
            ("78.12", {"indicator": "总分", "subject": "耒阳市"}),
        ],
    )
)

# a second header row under labels spanning unevenly many of its measures (增速｜位次 then 总量｜增速｜位次):
# each measure labelled by the label over it, a rank named by what it ranks (地区生产总值位次), a growth by
# its own quantity, not the title's; 地区生产总值 is no key column for holding 地区
TABLE_CASES.append(
    (
        "1—9月县市区主要经济指标排位表\n地区\t地区生产总值\t社会消费品零售总额\n"
        "\t增速（%）\t位次\t总量（亿元）\t增速（%）\t位次\n衡南县\t4.6\t5\t96.42\t3.4\t2\n",
        [
            ("4.6", {"measure": "growth", "indicator": "地区生产总值", "subject": "衡南县"}),
            ("5", {"measure": "rank", "indicator": "地区生产总值"}),
            ("96.42", {"measure": "level", "indicator": "社会消费品零售总额", "unit": "亿元"}),
            ("3.4", {"measure": "growth", "indicator": "社会消费品零售总额"}),
            ("2", {"measure": "rank", "indicator": "社会消费品零售总额"}),
        ],
    )
)

# 区市 heads a key column of places (a city's districts and county-level cities, as some provinces write them)
TABLE_CASES.append(
    (
        "表1　考核得分情况（单位：分）\n区市\n经济发展\n加分\n总分\n名次\n"
        "衡南县\n36.27\n1.20\n90.75\n2\n耒阳市\n36.94\n0.90\n91.91\n1\n",
        [
            ("36.27", {"measure": "level", "unit": "分", "subject": "衡南县", "indicator": "经济发展得分"}),
            ("2", {"measure": "rank", "indicator": "总分", "subject": "衡南县"}),
        ],
    )
)

# a header of two rows written one cell to a line: labels spanning unevenly many measures, then the measures
TABLE_CASES.append(
    (
        "地区\n地区生产总值\n社会消费品零售总额\n增速（%）\n位次\n总量（亿元）\n增速（%）\n位次\n"
        "衡南县\n4.6\n5\n96.42\n3.4\n2\n耒阳市\n5.1\n3\n88.10\n4.0\n1\n",
        [
            ("4.6", {"measure": "growth", "indicator": "地区生产总值", "subject": "衡南县"}),
            ("5", {"measure": "rank", "indicator": "地区生产总值", "subject": "衡南县"}),
            ("96.42", {"measure": "level", "indicator": "社会消费品零售总额", "unit": "亿元"}),
            ("2", {"measure": "rank", "indicator": "社会消费品零售总额", "subject": "衡南县"}),
            ("88.10", {"subject": "耒阳市", "indicator": "社会消费品零售总额"}),
        ],
    )
)
# a table led into by a sentence of prose turning to the work ahead (抓好四季度各项工作。) is of the report's
# period, not of the period that sentence names last
TABLE_CASES.append(
    (
        "2021年1—9月各县市区主要指标排位表\n现将1—9月各县市区主要指标的完成情况印发给你们，请对照查找差距，\n"
        "结合实际抓好四季度各项工作。排位结果将作为年度考核的重要参考。\n"
        "县区\t地区生产总值（亿元）\t增速（%）\n衡南县\t412.36\t6.8\n",
        [("412.36", {"period": "2021-01/2021-09"}), ("6.8", {"period": "2021-01/2021-09"})],
    )
)

# a numbered table given one cell to a line, then an indented paragraph: the paragraph's one cell is no row
# (dropping its number left none, which once read as a markdown table's rule, and the prose was lost)
TABLE_CASES.append(
    (
        "表2　部分重点项目\n序号\n项目名称\n总投资（亿元）\n1\n某某产业园项目\n38.6\n2\n某某物流港项目\n9.2\n"
        "\u3000\u3000表列2个项目总投资47.8亿元，占本批总投资的37.7%。\n",
        [
            ("38.6", {"measure": "level", "subject": "某某产业园项目"}),
            ("47.8亿元", {"measure": "level", "unit": "亿元", "subject": "衡阳市"}),
            ("37.7%", {"measure": "ratio"}),
        ],
    )
)

# a bare count of projects (项目数, 项目个数) under a title naming a class of projects counts that class; at a
# batch event (集中开工) named in the headline, the event's projects
TABLE_CASES.append(
    (
        "表　各县市区省市重点项目推进情况\n县市区\t项目数（个）\t年度计划（亿元）\t累计完成（亿元）\n"
        "衡南县\t72\t142.6\t55.93\n耒阳市\t48\t86.4\t31.87\n",
        [
            ("72", {"measure": "level", "unit": "个", "subject": "衡南县", "indicator": "省市重点项目"}),
            ("142.6", {"indicator": "省市重点项目年度计划投资"}),
        ],
    )
)
TABLE_CASES.append(
    (
        "全市第二批重点项目集中开工\n表1　第二批开工项目分县市区情况\n"
        "县市区\t项目个数（个）\t总投资（亿元）\n衡南县\t12\t42.6\n耒阳市\t8\t26.4\n",
        [("12", {"measure": "level", "subject": "衡南县", "indicator": "集中开工项目"})],
    )
)

# a caption's set of rows with groups of places listed after it (各县市区、园区) names no quantity: the class
# of projects after it does, and a bare count counts it; a rate of a deed (新开工率) keeps its own name
TABLE_CASES.append(
    (
        "2025年上半年各县市区、园区重点项目“双过半”情况表\n"
        "单位\t项目数（个）\t年度计划投资（亿元）\t新开工率（%）\n衡南县\t38\t58.4\t66.7\n耒阳市\t42\t66.2\t65.0\n",
        [
            ("38", {"measure": "level", "subject": "衡南县", "indicator": "重点项目"}),
            ("58.4", {"indicator": "重点项目年度计划投资"}),
            ("66.7", {"measure": "ratio", "indicator": "新开工率"}),
        ],
    )
)

# a table whose title names its own period (附表：一季度主要经济指标) under a section's heading naming
# the quarter ahead (四、二季度走势预判) is of the title's period
TABLE_CASES.append(
    (
        "2021年一季度经济运行分析\n一、总体情况\n一季度，全市地区生产总值增长5.8%。\n四、二季度走势预判\n"
        "二季度经济有望继续回升。\n附表：2021年一季度衡阳市主要经济指标\n指标\t绝对值\t增速（%）\n"
        "地区生产总值（亿元）\t2086.4\t5.8\n",
        [("2086.4", {"period": "2021-01/2021-03"}), ("5.8", {"period": "2021-01/2021-03"})],
    )
)

# a rank's move written in words (上升1位 / 下降2位) under 位次变化: a change in places, up or down
TABLE_CASES.append(
    (
        "附表：主要经济指标及全省位次\n指标\t增速（%）\t全省位次\t位次变化\n"
        "规模以上工业增加值\t7.6\t2\t上升1位\n固定资产投资\t6.9\t7\t下降2位\n",
        [
            ("上升1位", {"measure": "change", "value": 1.0, "indicator": "规模以上工业增加值"}),
            ("下降2位", {"measure": "change", "value": -2.0, "indicator": "固定资产投资"}),
        ],
    )
)

# a numbered table one cell to a line after a sentence naming a rank (…分别排名。结果如下。): the sentence is
# no label of its numbering column, however its lines fall
TABLE_CASES.append(
    (
        "二、观摩评比结果\n观摩评比实行百分制，县区组、功能区组分别排名。结果如下。\n"
        "表1 第三季度观摩评比结果（县区组）\n"
        "序号\n县区\n观摩项目\n（个）\n综合得分\n本季度\n排名\n1\n衡南县\n6\n93.62\n1\n2\n耒阳市\n5\n92.85\n2\n"
        "3\n衡山县\n5\n91.74\n3\n",
        [
            ("6", {"measure": "level", "subject": "衡南县", "indicator": "观摩项目"}),
            ("93.62", {"measure": "level", "unit": "分", "subject": "衡南县", "indicator": "综合得分"}),
        ],
    )
)

BUGS_CAUGHT: list[Case] = [
    # a list of units, a period and a name (甲县、乙县1—11月新入规企业分别为…) once lost the dash
    (
        "衡南县、衡阳县1—11月新入规企业分别为3家、2家。",
        [("3家", {"indicator": "新入规企业", "subject": "衡南县"}), ("2家", {"indicator": "新入规企业"})],
    ),
    # a bullet mark was once kept in the indicator's name
    ("▲ 实际使用外资1.2亿美元，增长8%。", [("1.2亿美元", {"indicator": "实际使用外资", "unit": "亿美元"})]),
    # a number that starts like a year (1982.24) was once taken for one
    ("第三产业增加值1982.24亿元。", [("1982.24亿元", {"measure": "level", "value": 1982.24})]),
    # 增加 inside 增加值 is no change cue; 比上年末减少 before an amount is one
    (
        "年末常住人口664.5万人，比上年末减少3.2万人。",
        [
            ("664.5万人", {"measure": "level", "indicator": "常住人口"}),
            (
                "3.2万人",
                {"measure": "change", "value": -3.2, "indicator": "常住人口", "reference": "2020"},
            ),
        ],
    ),
    ("第一产业增加值447.5亿元。", [("447.5亿元", {"measure": "level", "indicator": "第一产业增加值"})]),
    # 降幅收窄 is a rise of the growth rate, not a fall
    (
        "工业投资下降3.1%，降幅比一季度收窄1.4个百分点。",
        [("1.4个百分点", {"value": 1.4, "indicator": "工业投资"})],
    ),
    # 比去年全年 compares with last year as a whole, and 全年 here sets no period
    (
        "一季度增长5.2%，比去年全年加快0.9个百分点。",
        [("0.9个百分点", {"reference": "2020", "period": "2021-01/2021-03"})],
    ),
    # 新增 was once trimmed to 增 as if it were a filler word
    ("新增高新技术企业15家。", [("15家", {"indicator": "新增高新技术企业"})]),
    # a one-character alias (省) once made 省定… the province's own figure
    ("省定18项重点任务全面完成。", [("18项", {"subject": "衡阳市"})]),
    # a ranked ordinal followed by 个 names its indicator after it
    (
        "全省第三个复工率达100%的市州。",
        [("第三", {"measure": "rank", "value": 3}), ("100%", {"measure": "ratio"})],
    ),
]


def _check(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    records = read(text)
    for r in records:
        assert text[r.start : r.end] == r.text
    remaining = list(records)
    for figure_text, fields in expected:
        candidates = [r for r in remaining if r.text == figure_text]
        assert candidates, f"no record for {figure_text!r}; got {[(r.text, r.measure) for r in records]}"
        chosen = None
        for r in candidates:
            if all(getattr(r, k) == v for k, v in fields.items()):
                chosen = r
                break
        assert chosen is not None, (
            f"{figure_text!r}: want {fields}, got {[{k: getattr(r, k) for k in fields} for r in candidates]}"
        )
        remaining.remove(chosen)


def _ids(cases: list[Case]) -> list[str]:
    return [text[:24] for text, _ in cases]


@pytest.mark.parametrize(("text", "expected"), UNIT_CASES, ids=_ids(UNIT_CASES))
def test_units(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), MEASURE_CASES, ids=_ids(MEASURE_CASES))
def test_measures(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), CHINESE_NUMERAL_CASES, ids=_ids(CHINESE_NUMERAL_CASES))
def test_chinese_numerals(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), QUALIFIER_CASES, ids=_ids(QUALIFIER_CASES))
def test_qualifiers(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DISTRIBUTION_CASES, ids=_ids(DISTRIBUTION_CASES))
def test_distribution(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(text, expected)
    assert len(read(text)) == len(expected)


@pytest.mark.parametrize(("text", "expected"), MODALITY_CASES, ids=_ids(MODALITY_CASES))
def test_modality(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), SUBJECT_CASES, ids=_ids(SUBJECT_CASES))
def test_subjects(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), PERIOD_IN_TEXT_CASES, ids=_ids(PERIOD_IN_TEXT_CASES))
def test_periods_in_text(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", NOT_A_FIGURE_CASES, ids=[t[:24] for t in NOT_A_FIGURE_CASES])
def test_not_a_figure(text: str) -> None:
    assert [(r.text, r.measure) for r in read(text)] == []


@pytest.mark.parametrize(("text", "expected"), TABLE_CASES, ids=_ids(TABLE_CASES))
def test_tables(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT, ids=_ids(BUGS_CAUGHT))
def test_bugs_caught(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    _check(text, expected)


def test_threshold_then_its_count() -> None:
    """A threshold defines a category; the count after it is the figure."""
    records = read("3000万元以上新开工项目86个。")
    assert [(r.text, r.value) for r in records] == [("86个", 86)]


def test_plain_string_and_document_agree() -> None:
    from diaodu.reading import document_from_text, extract
    from tests.reading.example_city import CITY

    text = "2021年上半年，全市规模工业增加值增长7.3%。"
    doc = document_from_text(text, "x.txt")
    from_doc = [(r.text, r.period) for r in extract(doc, city=CITY)]
    from_str = [(r.text, r.period) for r in extract(text, report_year=2021, city=CITY)]
    assert from_doc == from_str == [("7.3%", "2021-01/2021-06")]
