"""Indicator names, one rule per case (``diaodu.reading.indicator_names`` and the words of
``lexicon/naming.yaml``): table captions, place-only clauses, protected nouns, deed verbs, relative
clauses, example lists, rate words, shared list tails, size words, the catalogue's own names.

Every sentence here was written for these tests. A case is ``(text, figure, indicator)``: the record on
``figure`` must carry ``indicator``.
"""

from __future__ import annotations

import pytest

from diaodu.reading.indicator_names import Naming, load_naming
from diaodu.reading.lexicon import load_lexicon
from tests.reading.example_city import read

CASES: list[tuple[str, str, str]] = [
    # a table's caption, without its label, period, set of rows and column words
    (
        "附表：2021年1—6月各县市区规模工业增加值增速及位次\n地区　　增速（%）　　位次\n衡南县　　7.1　　1\n",
        "7.1",
        "规模工业增加值",
    ),
    (
        "表2  2021年1—6月分县区社会消费品零售总额完成情况\n地区  增速（%）\n衡东县  6.4\n",
        "6.4",
        "社会消费品零售总额",
    ),
    # a caption naming only the table's kind (主要经济指标) names no quantity: each column names its own
    (
        "表2 2025年上半年各县（市、区）主要经济指标\n"
        "县（市、区）|地区生产总值（亿元）|增长（%）\n衡南县|96.34|2.8\n",
        "2.8",
        "地区生产总值",
    ),
    # a products' table (产品名称｜…｜产量) names each row's output (饲料产量); a row naming a quantity of
    # that kind already (发电量) keeps its own name
    (
        "表3 2025年主要工业产品产量\n产品名称｜单位｜产量\n饲料｜万吨｜48.6\n发电量｜亿千瓦时｜126.4\n",
        "48.6",
        "饲料产量",
    ),
    (
        "表3 2025年主要工业产品产量\n产品名称｜单位｜产量\n饲料｜万吨｜48.6\n发电量｜亿千瓦时｜126.4\n",
        "126.4",
        "发电量",
    ),
    # a clause naming only its subject measures what the passage measured last
    ("1—6月，全市社会消费品零售总额增长6.1%。衡南县增长7.2%，衡东县增长5.4%。", "7.2%", "社会消费品零售总额"),
    ("1—6月，全市固定资产投资增长8.1%。衡南县、衡东县分别增长9.2%和7.4%。", "7.4%", "固定资产投资"),
    # … or what its section's heading names
    ("一、规模以上工业生产\n1—6月，衡南县增长7.2%，衡东县增长5.4%。", "7.2%", "规模工业增加值"),
    # a place is never an indicator, nor a bare number
    ("全市工业投资增长9%，衡南县、衡东县分别居全市第2、3位。", "第2", "工业投资"),
    # a plan word opening a name is the figure's modality, not its name … unless it names a set of the plan
    ("今年计划新建改造供热管网26公里。", "26公里", "新建改造供热管网"),
    ("计划新开工的31个项目已开工28个。", "31个", "计划新开工项目"),
    # 有 in 有色, 共 in 公共: part of a noun, not a verb
    ("其中，有色金属矿采选业增长8.2%。", "8.2%", "有色金属矿采选业"),
    ("全市一般公共预算收入完成86亿元，增长6.2%。", "6.2%", "一般公共预算收入"),
    # … and a deed verb that opens or closes such a word is no verb
    ("全市共享单车投放量达到2万辆。", "2万辆", "共享单车投放量"),
    # a name before a number starts after the last deed verb
    ("今年以来，推动园区企业签订供货合同40份。", "40份", "供货合同"),
    ("园区推动实施数字化改造项目18个。", "18个", "数字化改造项目"),
    # … unless the actor, without its generic noun, joins what follows into a catalogue name
    ("1—9月，全市规模以上服务业企业实现营业收入120亿元。", "120亿元", "规模以上服务业营业收入"),
    # A的B is B; A的 + a bare generic noun keeps the deed
    ("全市列入调度的产业项目共120个。", "120个", "产业项目"),
    ("目前被列为预警的项目5个。", "5个", "列为预警项目"),
    # … but a short bare noun keeps what it is of, and a rate is a name of its own
    ("限额以上企业通过公共网络实现的零售额增长18%。", "18%", "限额以上企业通过公共网络实现的零售额"),
    ("新材料产业增加值增长21%，对全市工业增长的贡献率达到46%。", "46%", "贡献率"),
    # … and A的B is A + B when A ends in a generic noun (whose, not which)
    ("全市高新技术企业的营业收入增长15%。", "15%", "高新技术企业营业收入"),
    # A、B等C is C
    ("全县油茶、柑橘等经济林面积达到30万亩。", "30万亩", "经济林面积"),
    # 仅, 可达: adverbs, not part of the name
    ("批发业销售额仅增长1.8%。", "1.8%", "批发业销售额"),
    ("预计全年茶叶产值可达5亿元。", "5亿元", "茶叶产值"),
    # B among the A
    ("重点项目中外资项目仅有12个。", "12个", "外资项目"),
    # a rate word names the amount it is a share of
    ("市重点工程完成投资80亿元，完成率为55%。", "55%", "市重点工程完成投资"),
    # a list item lacking the shared noun is completed into a catalogue name
    ("城镇、农村居民人均可支配收入分别达到30000元和15000元。", "30000元", "城镇居民人均可支配收入"),
    # 总量 after a catalogue name is its amount; a name of its own keeps it
    ("社会消费品零售总额总量居全省第三。", "第三", "社会消费品零售总额"),
    ("全年邮政业务总量增长9.6%。", "9.6%", "邮政业务总量"),
    # the catalogue maps only the same statistic
    ("年末城镇登记失业率为3.5%。", "3.5%", "城镇登记失业率"),
    ("全年网络零售额增长20.5%。", "20.5%", "网络零售额"),
    ("该公司拟投资8亿元，建设新厂房。", "8亿元", "投资"),
    ("在建项目60个全部复工，复工率100%。", "100%", "复工率"),
    ("全年出口额增长12%。", "12%", "出口额"),
    # a county named by its form keeps a name opening with a generic noun (项目投资 is a kind of investment)
    ("澄水县项目投资增长15%。", "15%", "项目投资"),
    # 共 as an adverb: the name starts after it
    ("本次活动共签约项目42个。", "42个", "签约项目"),
    # 总数 after a count of new units is the stock of those units
    ("全市新增高新技术企业12家，总数达到150家。", "150家", "高新技术企业"),
    ("全市高新技术企业净增12家，总数达到150家。", "150家", "高新技术企业"),
    # … and 累计 after such a count, too
    ("全县新增市场主体800户，累计达到5万余户。", "5万余户", "市场主体"),
    # a rank with no name of its own takes the ranking a 在…中 clause names
    ("在年度全省营商环境评价中，衡南县进入全省前3名。", "3名", "营商环境评价"),
    # a catalogue name after a unit's name (…景区, …园区) is that unit's figure
    ("南岳景区接待游客320万人次。", "320万人次", "接待游客"),
    # a project's own figure, named by the generic noun standing for it, drops that noun
    ("（一）某某新材料产业园建设项目。项目总投资42亿元。", "42亿元", "总投资"),
    # a share is named by what it is the share of: 税收占比 is 税收's, the catalogue's 税收收入 (not 税占比)
    ("其中税收收入3.5亿元，税收占比为72%。", "72%", "税收收入"),
    # 分列 is a rank cue: the name before it is the growth's base
    ("1—6月，全市固定资产投资增长8.1%，衡南县、衡东县增速分列全市前2位。", "2位", "固定资产投资"),
    # 区内 / 县内: where, not what
    (
        "园区内高新技术企业营业收入增长12%，区内电子信息产业本地配套率达到31%。",
        "31%",
        "电子信息产业本地配套率",
    ),
    # 完成 before a four-character name that is no list head is the verb, not the name
    ("1—9月，完成产值36亿元，增长11%。", "36亿元", "产值"),
    # two-character items share the rest of the last one
    ("茶叶、油茶收购价格分别上涨12%和8%。", "12%", "茶叶收购价格"),
    # a two-character name padded by one ideographic space is one cell
    (
        "附表：2021年1—6月各县市区固定资产投资增速\n地区　　增速（%）\n全　市　　6.2\n衡南县　　7.1\n",
        "6.2",
        "固定资产投资",
    ),
    # a short name in a run takes the start of the name before it when that makes a catalogue name
    ("全县粮食播种面积80万亩、产量35万吨。", "35万吨", "粮食产量"),
    # a time limit inside a name is no part of it
    ("确保签约项目六个月内开工率达到60%以上。", "60%", "签约项目开工率"),
    # 比 in 占比 is no comparator (the name is not cut to …占); the share is named by its base quantity
    ("全市高新技术产业增加值占比高于全省2个百分点。", "2个百分点", "高新技术产业增加值"),
    # a period word ends a name read after a count
    ("力争全县8条特色产业链全年产值突破500亿元。", "8条", "特色产业链"),
    # kinds of a set named as the scope of a sentence before (收集的问题中，…) are kinds of its noun
    ("本周收集的诉求中，来自园区的40个。按类型分，融资类12个，用地类9个。", "12个", "融资类诉求"),
    # an item headed by a class of projects: its bare amounts are that class's, not one project's
    (
        "柯州市重点项目推进情况\n（一）市重点项目。今年以来进展顺利，1—9月累计完成投资210.5亿元。\n",
        "210.5亿元",
        "市重点项目完成投资",
    ),
    (
        "（二）省重点项目。其中某某新材料年产3万吨树脂项目完成投资4.2亿元，该项目总投资18亿元。\n",
        "18亿元",
        "总投资",
    ),
    # a year inside a name is the period's, not the name's
    ("谋划储备2022年重大项目80个。", "80个", "储备重大项目"),
    ("力争到2025年重点产业链营业收入突破900亿元。", "900亿元", "重点产业链营业收入"),
]


@pytest.mark.parametrize(("text", "figure", "indicator"), CASES, ids=[c[0][:24] for c in CASES])
def test_indicator_name(text: str, figure: str, indicator: str) -> None:
    records = [r for r in read(text) if r.text == figure]
    assert records, f"no record for {figure!r}"
    assert indicator in [r.indicator for r in records], [r.indicator for r in records]


def test_naming_words_load_and_are_strict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from diaodu.errors import LexiconError
    from diaodu.reading.lexicon import HERE

    words = load_naming()
    assert "公共" in words.noun_words
    (tmp_path / "naming.yaml").write_text("unexpected_key: [x]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"naming\.yaml"):
        load_naming(tmp_path)
    assert (HERE / "naming.yaml").is_file()


def test_caption_keeps_what_is_measured() -> None:
    lexicon = load_lexicon()
    naming = Naming(lexicon.indicator_names())
    import re

    periods = re.compile(r"\d{4}年(?:\d{1,2}[—-]\d{1,2}月)?")
    assert naming.caption("附表3：2021年1—9月各市州地区生产总值增速及排名", periods) == "地区生产总值"


REFERENCE_CASES: list[tuple[str, str, str]] = [
    # a shortened catalogue name compared with is the one catalogue name it shortens
    ("监测户人均纯收入增长10%，高于全市农村居民收入增速3个百分点。", "3个百分点", "农村居民人均可支配收入"),
    # a region's bare total in a comparison is the region's total of that kind
    ("1—6月，工业投资增长11%，高于全市投资3.2个百分点。", "3.2个百分点", "固定资产投资"),
    # a group compared with is completed by the figure's own indicator
    (
        "农村居民人均可支配收入增长6.5%，增速快于城镇居民1.9个百分点。",
        "1.9个百分点",
        "城镇居民人均可支配收入",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "reference"), REFERENCE_CASES, ids=[c[0][:24] for c in REFERENCE_CASES]
)
def test_reference_named_as_indicator(text: str, figure: str, reference: str) -> None:
    records = [r for r in read(text) if r.text == figure]
    assert records, f"no record for {figure!r}"
    assert reference in [r.reference for r in records], [r.reference for r in records]


def test_a_measure_word_inside_a_noun_word_stays() -> None:
    from diaodu.reading.extract import _reader
    from tests.reading.example_city import CITY

    namer = _reader(None, str(CITY)).namer
    assert namer.trim("产值保持正增长") == "产值保持正增长"  # 增长 closes 正增长, not a cue word
    assert namer.trim("产值增长") == "产值"
    assert namer.trim("三次产业结构为20.1:30.2") == "三次产业结构"  # the run's figures before it go
