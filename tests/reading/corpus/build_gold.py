"""The gold figure mentions of this corpus, written as annotations, and the script that turns them into
``gold.jsonl`` in the form of ``../shared/spec/figures.md``.

    .venv/bin/python tests/reading/corpus/build_gold.py          # rewrite gold.jsonl
    .venv/bin/python tests/reading/corpus/build_gold.py --check  # exit 1 if gold.jsonl is out of date

Each annotation names its figure by a context written with the figure in ⟦ ⟧, e.g. ``"同比增长⟦19.8%⟧"``;
``…`` in a context stands for any text on the same line (``"宁岭县…⟦12.7⟧"``). The context must occur once
in the document's text as ``load_document`` decodes it (or give ``nth``); the offsets are computed from it,
never typed by hand. For an html page the context is found in its visible text and the span given in
the markup (``load_document(...).offsets``), where ``../shared/spec/figures.md`` puts it. Each ``Doc``
sets the subject and period its passages leave unsaid; a record overrides them where the text says
otherwise. Where two readings are fair, the other goes in an alias.

All documents are invented: a fictional city (``city.yaml``: 岚州市, 山西省), in styles the seeds lack.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"
_KEEP: Any = object()

UNIT_OF = {"growth": "%", "ratio": "%", "diff": "pp", "rank": None}


@dataclass
class Note:
    ctx: str
    measure: str
    value: float
    unit: str | None
    indicator: str
    subject: str
    period: str | None
    reference: str | None = None
    qualifier: str | None = None
    modality: str | None = None
    subject_aliases: list[str] = field(default_factory=list)
    indicator_aliases: list[str] = field(default_factory=list)
    period_aliases: list[str] = field(default_factory=list)
    nth: int | None = None


class Doc:
    """One document's annotations, with the subject and period its passages leave unsaid."""

    def __init__(self, name: str, subject: str, period: str | None, subject_aliases: tuple[str, ...] = ()):
        self.name = name
        self.subject = subject
        self.period = period
        self.subject_aliases = list(subject_aliases)
        self.notes: list[Note] = []
        DOCS.append(self)

    def at(self, period: str | None) -> Doc:
        """Set the period for the annotations that follow."""
        self.period = period
        return self

    def _add(
        self,
        ctx: str,
        measure: str,
        value: float,
        unit: str | None,
        indicator: str,
        *,
        subject: str | None = None,
        period: Any = _KEEP,
        ref: str | None = None,
        q: str | None = None,
        mod: str | None = None,
        sa: tuple[str, ...] | None = None,
        ia: tuple[str, ...] = (),
        pa: tuple[str, ...] = (),
        nth: int | None = None,
    ) -> None:
        self.notes.append(
            Note(
                ctx=ctx,
                measure=measure,
                value=value,
                unit=unit,
                indicator=indicator,
                subject=subject or self.subject,
                period=self.period if period is _KEEP else period,
                reference=ref,
                qualifier=q,
                modality=mod,
                subject_aliases=list(
                    sa if sa is not None else (self.subject_aliases if subject is None else ())
                ),
                indicator_aliases=list(ia),
                period_aliases=list(pa),
                nth=nth,
            )
        )

    def level(self, ctx: str, value: float, unit: str, indicator: str, **kw: Any) -> None:
        self._add(ctx, "level", value, unit, indicator, **kw)

    def growth(self, ctx: str, value: float, indicator: str, **kw: Any) -> None:
        self._add(ctx, "growth", value, "%", indicator, **kw)

    def ratio(self, ctx: str, value: float, indicator: str, **kw: Any) -> None:
        self._add(ctx, "ratio", value, "%", indicator, **kw)

    def diff(self, ctx: str, value: float, indicator: str, ref: str, **kw: Any) -> None:
        self._add(ctx, "diff", value, "pp", indicator, ref=ref, **kw)

    def change(self, ctx: str, value: float, unit: str, indicator: str, ref: str, **kw: Any) -> None:
        self._add(ctx, "change", value, unit, indicator, ref=ref, **kw)

    def rank(self, ctx: str, value: int, indicator: str, ref: str, **kw: Any) -> None:
        self._add(ctx, "rank", value, None, indicator, ref=ref, **kw)


DOCS: list[Doc] = []

GDP = "地区生产总值"
IND = "规模工业增加值"
IND_A = ("规模以上工业增加值",)
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
REVENUE = "一般公共预算收入"
TAX = "税收收入"

# --- 01: a statistics bureau's quarterly release ------------------------------------------------------
d = Doc("01_stats_monthly.txt", "岚州市", "2021-01/2021-03")
TWO_YEAR = ("{}两年平均增长", "{}两年平均增速")


def two(ind: str) -> tuple[str, ...]:
    return tuple(t.format(ind) for t in TWO_YEAR)


d.level("地区生产总值⟦612.35亿元⟧", 612.35, "亿元", GDP)
d.growth("按可比价格计算，同比增长⟦19.8%⟧", 19.8, GDP)
d.growth("同比增长19.8%，两年平均增长⟦5.6%⟧", 5.6, GDP, ia=two(GDP))
d.level("第一产业增加值⟦24.61亿元⟧", 24.61, "亿元", "第一产业增加值")
d.growth("24.61亿元，增长⟦8.2%⟧", 8.2, "第一产业增加值")
d.level("第二产业增加值⟦268.47亿元⟧", 268.47, "亿元", "第二产业增加值")
d.growth("268.47亿元，增长⟦24.5%⟧", 24.5, "第二产业增加值")
d.level("第三产业增加值⟦319.27亿元⟧", 319.27, "亿元", "第三产业增加值")
d.growth("319.27亿元，增长⟦16.9%⟧", 16.9, "第三产业增加值")
d.growth("规模以上工业增加值同比增长⟦23.7%⟧", 23.7, IND, ia=IND_A)
d.diff("高于全省⟦2.1个百分点⟧", 2.1, IND, "山西省", ia=IND_A)
d.growth("2.1个百分点，两年平均增长⟦7.4%⟧", 7.4, IND, ia=IND_A + two(IND))
d.growth("洗选业增加值增长⟦12.6%⟧", 12.6, "煤炭开采和洗选业", ia=("煤炭开采和洗选业增加值",))
d.growth("压延加工业增长⟦31.8%⟧", 31.8, "黑色金属冶炼和压延加工业", ia=("黑色金属冶炼和压延加工业增加值",))
d.growth("装备制造业增长⟦42.3%⟧", 42.3, "装备制造业", ia=("装备制造业增加值",))
d.growth("规模以上工业增加值增长⟦15.4%⟧", 15.4, IND, period="2021-03", ia=IND_A)
d.diff("比1-2月回落⟦16.2个百分点⟧", -16.2, IND, "2021-01/2021-02", period="2021-03", ia=IND_A)
d.growth("固定资产投资同比增长⟦36.2%⟧", 36.2, FAI)
d.growth("36.2%，两年平均增长⟦8.1%⟧", 8.1, FAI, ia=two(FAI))
d.growth("工业投资增长⟦52.7%⟧", 52.7, "工业投资")
d.growth("基础设施投资增长⟦18.9%⟧", 18.9, "基础设施投资")
d.growth("房地产开发投资下降⟦4.3%⟧", -4.3, "房地产开发投资")
d.level("累计达到⟦214个⟧", 214, "个", "在建亿元以上项目数", ia=("在建亿元以上项目",))
d.level(
    "214个，完成投资⟦87.56亿元⟧",
    87.56,
    "亿元",
    "在建亿元以上项目完成投资",
    ia=("完成投资", "亿元以上项目完成投资"),
)
d.level("社会消费品零售总额达⟦138.64亿元⟧", 138.64, "亿元", RETAIL)
d.growth("138.64亿元，同比增长⟦31.5%⟧", 31.5, RETAIL)
d.growth("31.5%，两年平均增长⟦3.2%⟧", 3.2, RETAIL, ia=two(RETAIL))
d.level("消费品零售额⟦41.07亿元⟧", 41.07, "亿元", "限额以上单位消费品零售额", ia=("限上消费品零售额",))
d.growth("41.07亿元，增长⟦38.9%⟧", 38.9, "限额以上单位消费品零售额", ia=("限上消费品零售额",))
d.level("网上零售额⟦9.83亿元⟧", 9.83, "亿元", "网上零售额")
d.growth("9.83亿元，增长⟦27.4%⟧", 27.4, "网上零售额")
d.level("一般公共预算收入完成⟦27.18亿元⟧", 27.18, "亿元", REVENUE)
d.growth("27.18亿元，同比增长⟦21.6%⟧", 21.6, REVENUE)
d.level("税收收入⟦20.93亿元⟧", 20.93, "亿元", TAX)
d.growth("20.93亿元，增长⟦26.0%⟧", 26.0, TAX)
d.ratio("比重为⟦77.0%⟧", 77.0, TAX, ia=("税收收入占一般公共预算收入比重", "税收占比"))
d.level("一般公共预算支出⟦59.42亿元⟧", 59.42, "亿元", "一般公共预算支出")
d.growth("59.42亿元，增长⟦4.7%⟧", 4.7, "一般公共预算支出")
d.at("2021-03")
DEPOSITS = ("各项存款余额", "存款余额", "金融机构各项存款余额")
LOANS = ("金融机构本外币各项贷款余额", "贷款余额", "金融机构各项贷款余额")
d.level(
    "各项存款余额⟦3917.46亿元⟧",
    3917.46,
    "亿元",
    "金融机构本外币各项存款余额",
    ia=DEPOSITS,
    pa=("2021-01/2021-03",),
)
d.growth(
    "3917.46亿元，同比增长⟦8.7%⟧", 8.7, "金融机构本外币各项存款余额", ia=DEPOSITS, pa=("2021-01/2021-03",)
)
d.level("各项贷款余额⟦2806.11亿元⟧", 2806.11, "亿元", "各项贷款余额", ia=LOANS, pa=("2021-01/2021-03",))
d.growth("2806.11亿元，同比增长⟦13.2%⟧", 13.2, "各项贷款余额", ia=LOANS, pa=("2021-01/2021-03",))
d.at("2021-01/2021-03")
d.level("新增贷款⟦156.3亿元⟧", 156.3, "亿元", "新增贷款")
d.change("同比多增⟦38.5亿元⟧", 38.5, "亿元", "新增贷款", "上年同期")
INCOME_ALL = "全体居民人均可支配收入"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"
d.level("全体居民人均可支配收入⟦8652元⟧", 8652, "元", INCOME_ALL, ia=("居民人均可支配收入",))
d.growth("8652元，同比增长⟦13.9%⟧", 13.9, INCOME_ALL, ia=("居民人均可支配收入",))
d.growth("13.9%，两年平均增长⟦7.0%⟧", 7.0, INCOME_ALL, ia=("居民人均可支配收入", *two(INCOME_ALL)))
d.level("城镇居民人均可支配收入⟦11438元⟧", 11438, "元", URBAN)
d.growth("11438元，增长⟦12.1%⟧", 12.1, URBAN)
d.level("农村居民人均可支配收入⟦4967元⟧", 4967, "元", RURAL)
d.growth("4967元，增长⟦15.3%⟧", 15.3, RURAL)
CPI = ("居民消费价格指数", "CPI", "居民消费价格总水平")
d.growth("同比上涨⟦0.4%⟧", 0.4, "居民消费价格", period="2021-03", ia=CPI)
d.growth("平均下降⟦0.2%⟧", -0.2, "居民消费价格", ia=CPI)

# --- 02: a county government's work report (January: a review of last year, targets for this) --------
d = Doc("02_county_work_report.txt", "宁岭县", "2021")
F = "forecast"
T = "target"
d.level("地区生产总值达到⟦156.8亿元⟧", 156.8, "亿元", GDP, mod=F)
d.growth("156.8亿元，增长⟦8.6%⟧", 8.6, GDP, mod=F)
d.growth("规模以上工业增加值增长⟦11.2%⟧", 11.2, IND, mod=F, ia=IND_A)
d.growth("固定资产投资增长⟦9.5%⟧", 9.5, FAI, mod=F)
d.level("社会消费品零售总额⟦51.3亿元⟧", 51.3, "亿元", RETAIL, mod=F)
d.growth("51.3亿元，增长⟦12.7%⟧", 12.7, RETAIL, mod=F)
d.level("一般公共预算收入⟦9.16亿元⟧", 9.16, "亿元", REVENUE, mod=F)
d.growth("9.16亿元，增长⟦15.4%⟧", 15.4, REVENUE, mod=F)
d.level("分别达到⟦35280元⟧", 35280, "元", URBAN, mod=F)
d.level("35280元和⟦15960元⟧", 15960, "元", RURAL, mod=F)
d.growth("分别增长⟦7.9%⟧", 7.9, URBAN, mod=F)
d.growth("7.9%和⟦9.8%⟧", 9.8, RURAL, mod=F)
d.level("新引进亿元以上项目⟦23个⟧", 23, "个", "新引进亿元以上项目数", ia=("新引进亿元以上项目",))
d.level("总投资⟦118.5亿元⟧", 118.5, "亿元", "新引进亿元以上项目总投资", ia=("总投资",))
d.level("10亿元以上项目⟦4个⟧", 4, "个", "新引进10亿元以上项目数", ia=("10亿元以上项目", "10亿元以上项目数"))
d.level("年产值突破⟦20亿元⟧", 20, "亿元", "年产值", subject="宁岭碳素公司", q="over", ia=("产值",))
NEW_IND_FIRMS = ("新增规模以上工业企业", "新增规上工业企业")
d.level("新增规模以上工业企业⟦17家⟧", 17, "家", "新增规模工业企业", ia=NEW_IND_FIRMS)
d.level("17家，总数达到⟦126家⟧", 126, "家", "规模工业企业", ia=("规模以上工业企业", "规模以上工业企业数"))
d.level("高新技术企业净增⟦9家⟧", 9, "家", "净增高新技术企业", ia=("高新技术企业", "高新技术企业净增数"))
HIGH_TECH = ("高新技术企业数", "高新技术企业总数")
d.level("9家，总数达到⟦41家⟧", 41, "家", "高新技术企业", ia=HIGH_TECH)
d.level("⟦32个⟧省市重点项目", 32, "个", "省市重点项目数", ia=("省市重点项目",))
d.level("完成投资⟦46.7亿元⟧", 46.7, "亿元", "省市重点项目完成投资", ia=("完成投资",))
d.ratio("年度计划的⟦112.6%⟧", 112.6, "省市重点项目完成投资", ia=("投资完成率", "年度计划完成率"))
d.level("等⟦8个⟧项目", 8, "个", "提前建成项目数", ia=("提前建成项目",))
d.level(
    "提标改造工程完成投资⟦1.2亿元⟧",
    1.2,
    "亿元",
    "完成投资",
    subject="县城污水处理厂提标改造工程",
    sa=("宁岭县",),
)
d.level("⟦42.6万亩⟧", 42.6, "万亩", "粮食播种面积")
d.level("⟦2.35亿斤⟧", 2.35, "亿斤", "粮食总产量", ia=("粮食产量", "总产量"))
d.level("新建高标准农田⟦3.8万亩⟧", 3.8, "万亩", "新建高标准农田", ia=("高标准农田",))
d.diff("高于城镇居民⟦1.9个百分点⟧", 1.9, RURAL, URBAN)
d.level("民生支出⟦23.4亿元⟧", 23.4, "亿元", "民生支出")
d.ratio("一般公共预算支出的⟦80.5%⟧", 80.5, "民生支出", ia=("民生支出占一般公共预算支出比重",))
d.level("城镇新增就业⟦3120人⟧", 3120, "人", "城镇新增就业")
d.ratio("控制在⟦5.5%⟧以内", 5.5, "城镇调查失业率", q="under")
d.level("农村公路⟦186公里⟧", 186, "公里", "新建改建农村公路", ia=("农村公路",))
d.at("2022")
d.growth("地区生产总值增长⟦8%⟧左右", 8, GDP, q="about", mod=T)
d.growth("规模以上工业增加值增长⟦10%⟧以上", 10, IND, q="over", mod=T, ia=IND_A)
d.growth("固定资产投资增长⟦10%⟧；", 10, FAI, mod=T)
d.growth("社会消费品零售总额增长⟦9%⟧", 9, RETAIL, mod=T)
d.growth("一般公共预算收入增长⟦8%⟧", 8, REVENUE, mod=T)
d.growth("能耗下降⟦3.2%⟧", -3.2, "单位地区生产总值能耗", mod=T, ia=("单位GDP能耗", "能耗"))
d.level("实施重点项目⟦40个⟧以上", 40, "个", "实施重点项目数", q="over", mod=T, ia=("重点项目", "重点项目数"))
d.level("完成投资⟦55亿元⟧", 55, "亿元", "重点项目完成投资", mod=T, ia=("完成投资",))
d.ratio("开工率达到⟦95%⟧", 95, "新开工项目开工率", mod=T, ia=("开工率",))
d.level("确保新增规模以上工业企业⟦15家⟧", 15, "家", "新增规模工业企业", mod=T, ia=NEW_IND_FIRMS)
d.level("产值突破⟦30亿元⟧", 30, "亿元", "年产值", subject="宁岭碳素公司", q="over", mod=T, ia=("产值",))
d.level("总数达到⟦50家⟧", 50, "家", "高新技术企业", mod=T, ia=HIGH_TECH)
d.level(
    "接待游客突破⟦600万人次⟧",
    600,
    "万人次",
    "接待游客",
    q="over",
    mod=T,
    sa=("宁岭文旅康养示范区",),
    ia=("游客接待量", "接待游客人次"),
)
d.level(
    "旅游综合收入⟦45亿元⟧", 45, "亿元", "旅游综合收入", mod=T, sa=("宁岭文旅康养示范区",), ia=("旅游收入",)
)
d.growth(
    "营业收入增长⟦20%⟧以上", 20, "营业收入", subject="宁岭文旅康养示范区", q="over", mod=T, sa=("康养示范区",)
)

# --- 03: a development zone's half-year summary (the park is the subject) ----------------------------
PARK = "岚州经济技术开发区"
d = Doc("03_park_halfyear.txt", PARK, "2022-01/2022-06", subject_aliases=("岚州经开区", "经开区"))
d.level("地区生产总值⟦128.4亿元⟧", 128.4, "亿元", GDP)
d.growth("128.4亿元，同比增长⟦7.6%⟧", 7.6, GDP)
d.diff("高于全市⟦1.8个百分点⟧", 1.8, GDP, "岚州市")
d.rank("增速居全市⟦第一⟧", 1, GDP, "岚州市")
d.growth("规模以上工业增加值增长⟦10.3%⟧", 10.3, IND, ia=IND_A)
d.ratio("总量占全市的⟦28.5%⟧", 28.5, IND, ia=(*IND_A, "规模工业增加值占全市比重"))
d.level("完成固定资产投资⟦63.2亿元⟧", 63.2, "亿元", FAI)
d.growth("63.2亿元，增长⟦15.1%⟧", 15.1, FAI)
d.ratio("年度目标任务的⟦52.7%⟧", 52.7, FAI, ia=("年度目标任务完成率", "固定资产投资完成率"))
d.level("一般公共预算收入⟦7.85亿元⟧", 7.85, "亿元", REVENUE)
d.growth("7.85亿元，增长⟦11.6%⟧", 11.6, REVENUE)
d.level("税收收入⟦6.93亿元⟧", 6.93, "亿元", TAX)
d.ratio("税收占比达⟦88.3%⟧", 88.3, TAX, ia=("税收占比", "税收收入占比"))
d.level("实际利用外资⟦2860万美元⟧", 2860, "万美元", "实际利用外资", ia=("实际使用外资",))
d.growth("2860万美元，增长⟦32.4%⟧", 32.4, "实际利用外资", ia=("实际使用外资",))
d.rank("总量居全市⟦第一⟧", 1, "实际利用外资", "岚州市", ia=("实际使用外资",))
d.level("进出口总额⟦18.6亿元⟧", 18.6, "亿元", "进出口总额")
d.growth("18.6亿元，同比增长⟦41.2%⟧", 41.2, "进出口总额")
d.ratio("占全市进出口总额的近⟦四成⟧", 40, "进出口总额", q="about", ia=("进出口总额占全市比重",))
d.level("区内⟦52个⟧重点项目", 52, "个", "重点项目数", ia=("重点项目",))
d.level("重点项目完成投资⟦41.9亿元⟧", 41.9, "亿元", "重点项目完成投资", ia=("完成投资",))
d.ratio("投资完成率为⟦54.3%⟧", 54.3, "重点项目完成投资", ia=("投资完成率", "重点项目投资完成率"))
d.level("等⟦6个⟧项目竣工投产", 6, "个", "竣工投产项目数", ia=("竣工投产项目",))
d.level("新签约项目⟦19个⟧", 19, "个", "新签约项目数", ia=("新签约项目",))
d.level("签约总额⟦146亿元⟧", 146, "亿元", "新签约项目签约总额", ia=("签约总额",))
d.level("50亿元以上项目⟦2个⟧", 2, "个", "新签约50亿元以上项目数", ia=("50亿元以上项目", "50亿元以上项目数"))
d.level("新增规上工业企业⟦8家⟧", 8, "家", "新增规模工业企业", ia=NEW_IND_FIRMS)
d.level(
    "“小巨人”企业⟦2家⟧",
    2,
    "家",
    "新增国家级专精特新小巨人企业",
    ia=("专精特新小巨人企业", "国家级专精特新小巨人企业", "新增专精特新小巨人企业"),
)
d.level("新认定高新技术企业⟦14家⟧", 14, "家", "新认定高新技术企业")
d.level("全区高新技术企业达到⟦97家⟧", 97, "家", "高新技术企业", ia=HIGH_TECH)
d.rank("97家，居全市⟦第一⟧", 1, "高新技术企业", "岚州市", ia=HIGH_TECH)
HEAVY = "岚州重工集团"
d.level("营业收入⟦86.7亿元⟧", 86.7, "亿元", "营业收入", subject=HEAVY, sa=("岚州重工",))
d.growth("86.7亿元，增长⟦18.9%⟧", 18.9, "营业收入", subject=HEAVY, sa=("岚州重工",))
d.ratio(
    "规上工业营业收入的⟦31.2%⟧",
    31.2,
    "营业收入",
    subject=HEAVY,
    sa=("岚州重工",),
    ia=("占全区规上工业营业收入比重",),
)
d.level("压缩至⟦0.5个工作日⟧", 0.5, "个工作日", "企业开办时间")
d.level("压减至⟦30个工作日⟧以内", 30, "个工作日", "工程建设项目审批时间", q="under", ia=("审批时间",))
d.level("新增市场主体⟦1726户⟧", 1726, "户", "新增市场主体")
d.growth("1726户，同比增长⟦22.8%⟧", 22.8, "新增市场主体")
AIR = ("空气质量优良天数", "空气质量优良率", "空气质量优良天数比率")
d.ratio("优良天数比例达到⟦78.6%⟧", 78.6, "空气质量优良天数比例", ia=AIR)
d.diff("同比提高⟦5.2个百分点⟧", 5.2, "空气质量优良天数比例", "上年同期", ia=AIR)
d.growth("工业投资增长⟦6.4%⟧", 6.4, "工业投资")
d.diff("比一季度回落⟦9.7个百分点⟧", -9.7, "工业投资", "2022-01/2022-03")
d.ratio(
    "约⟦三成⟧",
    30,
    "营业收入下降的规上工业企业",
    q="about",
    ia=("营业收入同比下降的规上工业企业占比", "营业收入下降企业占比", "规上工业企业"),
)
d.at("2022")
d.growth("确保地区生产总值增长⟦8.5%⟧", 8.5, GDP, mod=T)
d.level("固定资产投资完成⟦120亿元⟧以上", 120, "亿元", FAI, q="over", mod=T)
d.level("力争新增规上工业企业⟦15家⟧", 15, "家", "新增规模工业企业", mod=T, ia=NEW_IND_FIRMS)
d.level("突破⟦5000万美元⟧", 5000, "万美元", "实际利用外资", q="over", mod=T, ia=("实际使用外资",))
d.rank(
    "进入前⟦三名⟧",
    3,
    "综合考评",
    "岚州市开发区",
    q="under",
    mod=T,
    ia=("开发区综合考评", "全市开发区综合考评"),
)

# --- 04: a bulleted highlights list (UTF-8 with a BOM) ----------------------------------------------
d = Doc("04_highlights_bom.txt", "岚州市", "2022-01/2022-09")
d.level("地区生产总值⟦1865.3亿元⟧", 1865.3, "亿元", GDP)
d.growth("1865.3亿元，同比增长⟦5.9%⟧", 5.9, GDP)
d.diff("高于全省⟦0.8个百分点⟧", 0.8, GDP, "山西省")
d.rank("增速排全省⟦第3位⟧", 3, GDP, "山西省")
d.growth("规模以上工业增加值增长⟦8.7%⟧", 8.7, IND, ia=IND_A)
d.diff("比上半年加快⟦1.2个百分点⟧", 1.2, IND, "2022-01/2022-06", ia=IND_A)
d.rank("增速居全省⟦第二⟧", 2, IND, "山西省", ia=IND_A)
d.growth("固定资产投资增长⟦12.4%⟧", 12.4, FAI)
d.growth("制造业投资增长⟦26.1%⟧", 26.1, "制造业投资")
d.growth("民间投资增长⟦9.8%⟧", 9.8, "民间投资")
d.level("社会消费品零售总额⟦754.6亿元⟧", 754.6, "亿元", RETAIL)
d.growth("754.6亿元，增长⟦3.1%⟧", 3.1, RETAIL)
d.level("突破⟦400万千瓦⟧", 400, "万千瓦", "新能源装机容量", q="over", ia=("新能源装机",))
d.level("达到⟦412.6万千瓦⟧", 412.6, "万千瓦", "新能源装机容量", ia=("新能源装机",))
d.level("进出口总额⟦232.8亿元⟧", 232.8, "亿元", "进出口总额")
d.growth("232.8亿元，增长⟦17.5%⟧", 17.5, "进出口总额")
d.diff("高出全省平均水平⟦6.3个百分点⟧", 6.3, "进出口总额", "山西省")
d.level(
    "缓税缓费⟦58.9亿元⟧",
    58.9,
    "亿元",
    "新增减税降费及退税缓税缓费",
    ia=("减税降费及退税缓税缓费", "新增减税降费", "减税降费"),
)
d.level("惠及市场主体⟦4.6万户⟧", 4.6, "万户", "惠及市场主体", ia=("减税降费惠及市场主体",))
d.level("城镇新增就业⟦4.12万人⟧", 4.12, "万人", "城镇新增就业")
d.ratio("全年目标任务的⟦91.6%⟧", 91.6, "城镇新增就业", ia=("城镇新增就业目标完成率",))
HIGH_PARK = "岚州高新技术产业开发区"
d.growth("分别增长⟦12.3%⟧", 12.3, IND, subject=PARK, sa=("岚州经开区",), ia=IND_A)
d.growth("12.3%、⟦10.8%⟧", 10.8, IND, subject=HIGH_PARK, sa=("岚州高新区",), ia=IND_A)
d.rank("均居全市前⟦两位⟧", 2, IND, "岚州市", subject=PARK, sa=("岚州经开区",), q="under", ia=IND_A)
d.rank("均居全市前⟦两位⟧", 2, IND, "岚州市", subject=HIGH_PARK, sa=("岚州高新区",), q="under", ia=IND_A)
VISITORS = ("接待游客", "游客接待量", "A级景区游客接待量")
d.level("接待游客⟦1286.4万人次⟧", 1286.4, "万人次", "A级景区接待游客", ia=VISITORS)
d.level("实现旅游收入⟦97.3亿元⟧", 97.3, "亿元", "旅游收入", ia=("A级景区旅游收入",))
d.ratio("2019年同期的⟦78.2%⟧", 78.2, "A级景区接待游客", ia=VISITORS)
d.ratio("78.2%和⟦74.5%⟧", 74.5, "旅游收入", ia=("A级景区旅游收入",))

# --- 05: a table-like list: indicator, unit, value and growth as columns of text --------------------
d = Doc("05_table.txt", "岚州市", "2022-01/2022-11")
d.growth("规模以上工业增加值…⟦7.9⟧", 7.9, IND, ia=IND_A)
d.growth("其中：制造业…⟦11.6⟧", 11.6, "制造业", ia=("制造业增加值",))
d.growth("固定资产投资…⟦9.4⟧", 9.4, FAI)
d.growth("其中：工业投资…⟦18.2⟧", 18.2, "工业投资")
d.level("房地产开发投资…⟦115.36⟧", 115.36, "亿元", "房地产开发投资")
d.growth("房地产开发投资…⟦-12.8⟧", -12.8, "房地产开发投资")
d.level("社会消费品零售总额…⟦893.27⟧", 893.27, "亿元", RETAIL)
d.growth("社会消费品零售总额…893.27…⟦2.6⟧", 2.6, RETAIL)
d.level("一般公共预算收入…⟦96.41⟧", 96.41, "亿元", REVENUE)
d.growth("一般公共预算收入…96.41…⟦10.3⟧", 10.3, REVENUE)
d.level("其中：税收收入…⟦71.58⟧", 71.58, "亿元", TAX)
d.growth("其中：税收收入…71.58…⟦6.7⟧", 6.7, TAX)
d.level("一般公共预算支出…⟦287.95⟧", 287.95, "亿元", "一般公共预算支出")
d.growth("一般公共预算支出…287.95…⟦5.1⟧", 5.1, "一般公共预算支出")
d.level("进出口总额…⟦261.44⟧", 261.44, "亿元", "进出口总额")
d.growth("进出口总额…261.44…⟦14.9⟧", 14.9, "进出口总额")
END_NOV = ("2022-01/2022-11",)
d.level(
    "各项存款余额（11月末）…⟦4386.70⟧",
    4386.70,
    "亿元",
    "金融机构各项存款余额",
    period="2022-11",
    pa=END_NOV,
    ia=DEPOSITS[:2],
)
d.growth(
    "各项存款余额（11月末）…4386.70…⟦10.2⟧",
    10.2,
    "金融机构各项存款余额",
    period="2022-11",
    pa=END_NOV,
    ia=DEPOSITS[:2],
)
d.level(
    "各项贷款余额（11月末）…⟦3125.48⟧",
    3125.48,
    "亿元",
    "金融机构各项贷款余额",
    period="2022-11",
    pa=END_NOV,
    ia=("各项贷款余额", "贷款余额"),
)
d.growth(
    "各项贷款余额（11月末）…3125.48…⟦11.7⟧",
    11.7,
    "金融机构各项贷款余额",
    period="2022-11",
    pa=END_NOV,
    ia=("各项贷款余额", "贷款余额"),
)
for county, growth, place in (
    ("岚东区", 8.3, 3),
    ("岚西区", 6.1, 4),
    ("宁岭县", 12.7, 1),
    ("汾北县", -2.4, 6),
    ("白泉县", 9.0, 2),
    ("楼烦市", 5.5, 5),
):
    shown = f"{growth:.1f}"
    d.growth(f"{county}…⟦{shown}⟧", growth, IND, subject=county, ia=IND_A)
    d.rank(f"{county}…{shown}…⟦{place}⟧", place, IND, "岚州市", subject=county, ia=IND_A)

# --- 06: a district's news item, in GB18030 ----------------------------------------------------------
d = Doc("06_district_gb18030.txt", "岚东区", "2023-01/2023-09")
d.level("地区生产总值⟦312.6亿元⟧", 312.6, "亿元", GDP)
d.growth("312.6亿元，同比增长⟦6.4%⟧", 6.4, GDP)
d.diff("比上半年提高⟦0.5个百分点⟧", 0.5, GDP, "2023-01/2023-06")
d.diff("高于全市平均水平⟦0.9个百分点⟧", 0.9, GDP, "岚州市")
d.growth("规模以上工业增加值增长⟦7.2%⟧", 7.2, IND, ia=IND_A)
d.level(
    "规模以上工业企业达到⟦187家⟧", 187, "家", "规模工业企业", ia=("规模以上工业企业", "规模以上工业企业数")
)
d.change("较去年同期多增⟦21家⟧", 21, "家", "规模工业企业", "上年同期", ia=("规模以上工业企业",))
d.growth("固定资产投资同比增长⟦11.3%⟧", 11.3, FAI)
d.growth("项目投资增长⟦15.8%⟧", 15.8, "项目投资")
d.diff("高出全区投资增速⟦4.5个百分点⟧", 4.5, "项目投资", FAI)
d.level("社会消费品零售总额完成⟦118.9亿元⟧", 118.9, "亿元", RETAIL)
d.growth("118.9亿元，增长⟦7.5%⟧", 7.5, RETAIL)
d.growth("限额以上单位零售额增长⟦9.1%⟧", 9.1, "限额以上单位零售额", ia=("限额以上单位消费品零售额",))
d.level("新增市场主体近⟦6000户⟧", 6000, "户", "新增市场主体", q="about")
d.level("累计达到⟦5.3万余户⟧", 5.3, "万户", "市场主体", q="over", ia=("市场主体总数", "累计市场主体"))
d.level("一般公共预算收入⟦18.37亿元⟧", 18.37, "亿元", REVENUE)
d.growth("同比下降⟦2.6%⟧", -2.6, REVENUE)
d.growth("同口径增长⟦5.8%⟧", 5.8, REVENUE, ia=("一般公共预算收入同口径",))
d.at("2023")
d.growth("地区生产总值增长⟦6.5%⟧以上", 6.5, GDP, q="over", mod=T)
d.growth("固定资产投资增长⟦12%⟧", 12, FAI, mod=T)

# --- 07: a government web page, with its page furniture ----------------------------------------------
d = Doc("07_news.html", "岚州市", "2023-01/2023-03")
d.level("地区生产总值⟦628.7亿元⟧", 628.7, "亿元", GDP)
d.growth("628.7亿元，同比增长⟦5.1%⟧", 5.1, GDP)
d.diff("比去年全年加快⟦1.3个百分点⟧", 1.3, GDP, "2022")
d.growth("规模以上工业增加值同比增长⟦6.9%⟧", 6.9, IND, ia=IND_A)
d.rank("增速居全省⟦第四位⟧", 4, IND, "山西省", ia=IND_A)
d.level("⟦41个⟧工业行业大类", 41, "个", "工业行业大类", ia=("工业行业大类数",))
d.level("中有⟦29个⟧实现增长", 29, "个", "实现增长的工业行业大类", ia=("实现增长的行业大类", "增长行业"))
d.ratio("增长面达⟦70.7%⟧", 70.7, "增长面", ia=("工业行业增长面",))
d.growth("固定资产投资增长⟦8.2%⟧", 8.2, FAI)
d.growth("亿元以上项目完成投资增长⟦14.6%⟧", 14.6, "亿元以上项目完成投资", ia=("亿元以上项目投资",))
KEY = "市级重点项目完成投资"
KEY_A = ("市重点项目完成投资", "完成投资", "重点项目完成投资")
d.level("⟦156个⟧市级重点项目", 156, "个", "市级重点项目数", ia=("市级重点项目", "市重点项目数"))
d.level("一季度完成投资⟦92.4亿元⟧", 92.4, "亿元", KEY, ia=KEY_A)
d.ratio("年度计划的⟦26.3%⟧", 26.3, KEY, ia=KEY_A)
d.diff("超时序进度⟦1.3个百分点⟧", 1.3, KEY, "时序进度", ia=KEY_A)
d.level("社会消费品零售总额⟦229.5亿元⟧", 229.5, "亿元", RETAIL)
d.growth("229.5亿元，增长⟦6.3%⟧", 6.3, RETAIL)
d.growth("餐饮收入增长⟦18.7%⟧", 18.7, "餐饮收入")
d.level("进出口总额⟦61.8亿元⟧", 61.8, "亿元", "进出口总额")
d.growth("61.8亿元，增长⟦23.9%⟧", 23.9, "进出口总额")
d.diff("高于全国⟦19.1个百分点⟧", 19.1, "进出口总额", "全国")

# --- 08: a key-project bulletin in Word, with a table -------------------------------------------------
d = Doc("08_project_bulletin.docx", "岚州市", "2023-01/2023-05")
d.level("全市⟦218个⟧市级重点项目", 218, "个", "市级重点项目数", ia=("市级重点项目", "市重点项目数"))
d.level("累计开工⟦196个⟧", 196, "个", "市级重点项目开工数", ia=("累计开工项目数", "开工项目数", "开工项目"))
d.ratio("开工率⟦89.9%⟧", 89.9, "开工率", ia=("市级重点项目开工率",))
d.level("累计完成投资⟦263.8亿元⟧", 263.8, "亿元", KEY, ia=KEY_A)
d.ratio("年度计划投资的⟦41.5%⟧", 41.5, KEY, ia=(*KEY_A, "投资完成率"))
d.diff("低于时序进度⟦0.2个百分点⟧", -0.2, KEY, "时序进度", ia=KEY_A)
RATE_A = (*KEY_A, "投资完成率", "市级重点项目投资完成率")
d.ratio("分别为⟦52.3%⟧", 52.3, KEY, subject="宁岭县", ia=RATE_A)
d.ratio("52.3%、⟦48.7%⟧", 48.7, KEY, subject="汾北县", ia=RATE_A)
d.ratio("48.7%、⟦47.9%⟧", 47.9, KEY, subject=PARK, sa=("岚州经开区",), ia=RATE_A)
d.ratio("白泉县投资完成率为⟦29.4%⟧", 29.4, KEY, subject="白泉县", ia=RATE_A)
ROWS = (
    ("岚州重工智能装备产业园", "12.0", "6.35", "52.9"),
    ("汾北年产2GW光伏组件制造项目", "8.5", "3.12", "36.7"),
    ("岚州东站综合交通枢纽", "6.8", "2.94", "43.2"),
    ("宁岭县城乡供水一体化工程", "3.2", "1.67", "52.2"),
)
for project, plan, done, rate in ROWS:
    d.level(
        f"{project}…⟦{plan}⟧",
        float(plan),
        "亿元",
        "年度计划投资",
        subject=project,
        period="2023",
        mod=T,
        ia=("计划投资",),
    )
    d.level(f"{project}…{plan}…⟦{done}⟧", float(done), "亿元", "完成投资", subject=project)
    d.ratio(
        f"{project}…{done}…⟦{rate}⟧", float(rate), "完成投资", subject=project, ia=("完成率", "投资完成率")
    )
d.level(
    "汾北年产⟦2GW⟧",
    2,
    "GW",
    "年产能",
    subject="汾北年产2GW光伏组件制造项目",
    period=None,
    ia=("产能", "光伏组件产能"),
)
d.at("2023-01/2023-06")
d.level("完成投资突破⟦330亿元⟧", 330, "亿元", KEY, q="over", mod=T, ia=KEY_A)
d.ratio("开工率达到⟦95%⟧以上", 95, "开工率", q="over", mod=T, ia=("市级重点项目开工率",))

# --- 09: a bureau's annual review, published in January, in UTF-16 ---------------------------------
d = Doc("09_commerce_utf16.txt", "岚州市", "2022")
d.level("进出口总额完成⟦305.2亿元⟧", 305.2, "亿元", "进出口总额")
d.growth("305.2亿元，同比增长⟦15.6%⟧", 15.6, "进出口总额")
d.rank("总量居全省⟦第五位⟧", 5, "进出口总额", "山西省")
d.rank("增速居全省⟦第三位⟧", 3, "进出口总额", "山西省")
d.level("出口⟦212.4亿元⟧", 212.4, "亿元", "出口", ia=("出口总额", "出口额"))
d.growth("212.4亿元，增长⟦19.3%⟧", 19.3, "出口", ia=("出口总额", "出口额"))
d.level("进口⟦92.8亿元⟧", 92.8, "亿元", "进口", ia=("进口总额", "进口额"))
d.growth("92.8亿元，增长⟦8.0%⟧", 8.0, "进口", ia=("进口总额", "进口额"))
TRADERS = ("有进出口实绩企业", "外贸实绩企业", "有进出口实绩的企业数")
d.level("企业达到⟦286家⟧", 286, "家", "有进出口实绩的企业", ia=TRADERS)
d.change("比上年净增⟦37家⟧", 37, "家", "有进出口实绩的企业", "上年同期", ia=TRADERS)
FDI = ("实际利用外资",)
d.level("实际使用外资⟦1.86亿美元⟧", 1.86, "亿美元", "实际使用外资", ia=FDI)
d.growth("1.86亿美元，增长⟦21.1%⟧", 21.1, "实际使用外资", ia=FDI)
d.ratio("省定目标的⟦106.3%⟧", 106.3, "实际使用外资", ia=(*FDI, "省定目标完成率"))
d.level("社会消费品零售总额⟦1032.5亿元⟧", 1032.5, "亿元", RETAIL)
d.level("首次突破⟦千亿元⟧", 1000, "亿元", RETAIL, q="over")
d.growth("大关，增长⟦2.8%⟧", 2.8, RETAIL)
d.level("新签约招商项目⟦138个⟧", 138, "个", "新签约招商项目数", ia=("新签约招商项目",))
d.level("合同引资额⟦826亿元⟧", 826, "亿元", "合同引资额")
d.level("亿元以上项目⟦64个⟧", 64, "个", "新落地亿元以上项目数", ia=("新落地亿元以上项目",))
d.level("外资项目⟦9个⟧", 9, "个", "新落地外资项目数", ia=("外资项目", "外资项目数"))
d.at("2023")
d.growth("进出口总额增长⟦10%⟧以上", 10, "进出口总额", q="over", mod=T)
d.level("实际使用外资⟦2亿美元⟧", 2, "亿美元", "实际使用外资", mod=T, ia=FDI)
d.growth("社会消费品零售总额增长⟦6%⟧左右", 6, RETAIL, q="about", mod=T)

# --- 10: a county statistics bureau's brief, as a PDF ------------------------------------------------
d = Doc("10_county_brief.pdf", "白泉县", "2023-01/2023-06")
d.level("地区生产总值完成⟦86.42亿元⟧", 86.42, "亿元", GDP)
d.growth("86.42亿元，同比增长⟦4.8%⟧", 4.8, GDP)
d.diff("低于全市⟦1.1个百分点⟧", -1.1, GDP, "岚州市")
d.growth("规模以上工业增加值增长⟦3.6%⟧", 3.6, IND, ia=IND_A)
d.growth("煤炭行业增加值下降⟦1.7%⟧", -1.7, "煤炭行业", ia=("煤炭行业增加值",))
d.level("固定资产投资完成⟦21.7亿元⟧", 21.7, "亿元", FAI)
d.growth("21.7亿元，增长⟦6.9%⟧", 6.9, FAI)
d.ratio("项目投资占比达⟦62.4%⟧", 62.4, "项目投资", ia=("项目投资占比", "项目投资占固定资产投资比重"))
d.level("社会消费品零售总额⟦27.35亿元⟧", 27.35, "亿元", RETAIL)
d.growth("27.35亿元，增长⟦5.2%⟧", 5.2, RETAIL)
d.rank("增速居全市⟦第三⟧", 3, RETAIL, "岚州市")
d.level("分别为⟦18760元⟧", 18760, "元", URBAN)
d.level("18760元和⟦7935元⟧", 7935, "元", RURAL)
d.growth("分别增长⟦4.9%⟧", 4.9, URBAN)
d.growth("4.9%和⟦7.1%⟧", 7.1, RURAL)


# --- 11: a year-end review with odd numerals: full-width digits, thousands separators, Chinese numbers --
d = Doc("11_numerals_review.txt", "岚州市", "2023")
d.level("总数达到⟦１，２８６家⟧", 1286, "家", "规模工业企业", ia=("规模以上工业企业", "规模以上工业企业数"))
d.change("比上年末净增⟦１０２家⟧", 102, "家", "规模工业企业", "上年同期", ia=("规模以上工业企业",))
d.level("工业总产值突破⟦2,000亿元⟧", 2000, "亿元", "工业总产值", q="over")
d.level("达到⟦2,136.8亿元⟧", 2136.8, "亿元", "工业总产值")
d.level(
    "首次突破⟦百亿元⟧", 100, "亿元", "营业收入", subject=HEAVY, q="over", ia=("年营业收入",), sa=("岚州重工",)
)
d.growth("较2020年⟦翻一番⟧", 100, "营业收入", subject=HEAVY, ia=("年营业收入",), sa=("岚州重工",))
d.level("新认定高新技术企业⟦一百二十家⟧", 120, "家", "新认定高新技术企业")
d.level("总数接近⟦六百家⟧", 600, "家", "高新技术企业", q="about", ia=HIGH_TECH)
d.ratio(
    "预计达到⟦2.1%⟧左右",
    2.1,
    "研发经费投入强度",
    q="about",
    mod=F,
    ia=("全社会研发经费投入强度", "研发经费投入"),
)
d.level("城镇新增就业⟦4.5万余人⟧", 4.5, "万人", "城镇新增就业", q="over")
d.level("转移就业⟦1.2万余人次⟧", 1.2, "万人次", "农村劳动力转移就业", q="over")
d.level(
    "幼儿园⟦三十八所⟧",
    38,
    "所",
    "新建和改扩建中小学幼儿园",
    ia=("新建和改扩建中小学、幼儿园", "新建改扩建中小学幼儿园"),
)
d.level("新增学位⟦2.3万个⟧", 2.3, "万个", "新增学位")
d.level("拓展至⟦三百多项⟧", 300, "项", "一件事一次办事项", q="over", ia=("一件事一次办",))
d.level("压缩至⟦1个工作日⟧以内", 1, "个工作日", "企业开办时间", q="under", ia=("企业开办全流程时间",))
d.level("经营主体突破⟦三十万户⟧", 30, "万户", "经营主体", q="over", ia=("市场主体",))
d.ratio("企业约占⟦三成⟧", 30, "企业", q="about", ia=("企业占经营主体比重", "企业户数占比"))
d.level("接待游客⟦2,850万人次⟧", 2850, "万人次", "接待游客", ia=("游客接待量",))
d.growth("2,850万人次，同比增长⟦86.4%⟧", 86.4, "接待游客", ia=("游客接待量",))
d.level("旅游收入达到⟦263亿元⟧", 263, "亿元", "旅游收入")
d.ratio("恢复到2019年的⟦105.6%⟧", 105.6, "旅游收入")
d.rank(
    "全省前⟦2⟧—3名",
    2,
    "高质量发展综合绩效考核",
    "山西省",
    q="over",
    mod=F,
    ia=("高质量发展考核", "全省高质量发展综合绩效考核"),
)
d.rank(
    "全省前2—⟦3名⟧",
    3,
    "高质量发展综合绩效考核",
    "山西省",
    q="under",
    mod=F,
    ia=("高质量发展考核", "全省高质量发展综合绩效考核"),
)


# --- 12: a WeChat-style post: highlights restated in the body (two mentions each), a lead paragraph
# repeated verbatim (its second copy is page furniture, so not gold), emoji bullets ---------------------
d = Doc("12_wechat_post.txt", "楼烦市", "2024-01/2024-06")
d.growth("稳中有进，地区生产总值同比增长⟦5.8%⟧", 5.8, GDP, nth=0)
d.level("GDP：⟦132.7亿元⟧", 132.7, "亿元", GDP, ia=("GDP",))
d.growth("GDP：132.7亿元，增长⟦5.8%⟧", 5.8, GDP, ia=("GDP",))
d.growth("规上工业增加值：增长⟦9.6%⟧", 9.6, IND, ia=(*IND_A, "规上工业增加值"))
d.rank("9.6%，居全市⟦第一⟧", 1, IND, "岚州市", ia=(*IND_A, "规上工业增加值"))
d.growth("固定资产投资：增长⟦7.3%⟧", 7.3, FAI)
d.level("社零总额：⟦41.6亿元⟧", 41.6, "亿元", RETAIL, ia=("社零总额",))
d.growth("社零总额：41.6亿元，增长⟦4.9%⟧", 4.9, RETAIL, ia=("社零总额",))
d.level("实现地区生产总值⟦132.7亿元⟧", 132.7, "亿元", GDP)
d.growth("132.7亿元，同比增长⟦5.8%⟧", 5.8, GDP)
d.diff("高于全市⟦0.4个百分点⟧", 0.4, GDP, "岚州市")
d.growth("规模以上工业增加值增长⟦9.6%⟧", 9.6, IND, ia=IND_A)
d.rank("增速居全市⟦第一⟧", 1, IND, "岚州市", ia=IND_A)
d.growth("新材料产业增加值增长⟦21.5%⟧", 21.5, "新材料产业", ia=("新材料产业增加值",))
d.ratio(
    "贡献率达到⟦46.2%⟧", 46.2, "新材料产业", ia=("新材料产业对工业增长的贡献率", "贡献率", "新材料产业增加值")
)
d.growth("固定资产投资增长⟦7.3%⟧", 7.3, FAI)
d.growth("技改投资增长⟦35.7%⟧", 35.7, "工业技改投资", ia=("技改投资",))
d.level("社会消费品零售总额⟦41.6亿元⟧", 41.6, "亿元", RETAIL)
d.growth("社会消费品零售总额41.6亿元，增长⟦4.9%⟧", 4.9, RETAIL)
d.growth(
    "零售额增长⟦18.2%⟧",
    18.2,
    "限额以上企业网上零售额",
    ia=("限额以上企业通过公共网络实现的零售额", "网上零售额", "限额以上网上零售额"),
)
d.level("分别达到⟦21360元⟧", 21360, "元", URBAN)
d.level("21360元、⟦9870元⟧", 9870, "元", RURAL)
d.growth("分别增长⟦4.6%⟧", 4.6, URBAN)
d.growth("4.6%、⟦6.8%⟧", 6.8, RURAL)
d.at("2024")
d.growth("全年地区生产总值增长⟦6%⟧", 6, GDP, mod=T)
d.growth("规模以上工业增加值增长⟦10%⟧以上", 10, IND, q="over", mod=T, ia=IND_A)


# --- 13: an old county site in GB2312: table layout, &nbsp; indents, an html data table ---------------
d = Doc("13_old_site_gb2312.html", "汾北县", "2024-01/2024-04")
d.growth("规模以上工业增加值同比增长⟦4.2%⟧", 4.2, IND, ia=IND_A)
d.diff("比一季度回升⟦1.5个百分点⟧", 1.5, IND, "2024-01/2024-03", ia=IND_A)
d.growth("固定资产投资下降⟦3.6%⟧", -3.6, FAI)
d.diff("降幅比一季度收窄⟦2.1个百分点⟧", 2.1, FAI, "2024-01/2024-03")
d.growth("4月份，全县规模以上工业增加值增长⟦6.8%⟧", 6.8, IND, period="2024-04", ia=IND_A)
NEW_MAT = "汾源新材料公司"
d.level("实现产值⟦12.6亿元⟧", 12.6, "亿元", "产值", subject=NEW_MAT, sa=("汾源新材料",), ia=("工业产值",))
d.growth("12.6亿元，增长⟦23.5%⟧", 23.5, "产值", subject=NEW_MAT, sa=("汾源新材料",), ia=("工业产值",))
d.ratio(
    "规模工业产值的⟦41.3%⟧",
    41.3,
    "产值",
    subject=NEW_MAT,
    sa=("汾源新材料",),
    ia=("工业产值", "占全县规模工业产值比重"),
)
d.growth("规模以上工业增加值…－…⟦4.2⟧", 4.2, IND, ia=IND_A)
d.growth("固定资产投资…－…⟦-3.6⟧", -3.6, FAI)
d.level("社会消费品零售总额…⟦15.84⟧", 15.84, "亿元", RETAIL)
d.growth("社会消费品零售总额…15.84…⟦5.7⟧", 5.7, RETAIL)
d.level("一般公共预算收入…⟦3.27⟧", 3.27, "亿元", REVENUE)
d.growth("一般公共预算收入…3.27…⟦-8.4⟧", -8.4, REVENUE)
d.level("其中：税收收入…⟦2.41⟧", 2.41, "亿元", TAX)
d.growth("其中：税收收入…2.41…⟦-11.2⟧", -11.2, TAX)
END_APR = ("2024-01/2024-04",)
d.level(
    "存款余额（4月末）…⟦268.53⟧",
    268.53,
    "亿元",
    "金融机构各项存款余额",
    period="2024-04",
    pa=END_APR,
    ia=DEPOSITS[:2],
)
d.growth(
    "存款余额（4月末）…268.53…⟦7.9⟧",
    7.9,
    "金融机构各项存款余额",
    period="2024-04",
    pa=END_APR,
    ia=DEPOSITS[:2],
)


LOANS_OTHER = (*LOANS, "各项贷款余额")

# --- 14: another county's government work report (a county and a city the profile does not know) --
# a county the profile does not know, in a city the profile does not know (柯州市, named once)
d = Doc("14_other_county_report.txt", "澄水县", "2023")
d.level("完成⟦198.4亿元⟧", 198.4, "亿元", GDP)
d.growth("198.4亿元，增长⟦5.6%⟧", 5.6, GDP)
d.diff("高于全市⟦0.7个百分点⟧", 0.7, GDP, "柯州市")
d.level("一般公共预算收入⟦12.86亿元⟧", 12.86, "亿元", REVENUE)
d.growth("12.86亿元，增长⟦9.3%⟧", 9.3, REVENUE)
d.level("税收收入⟦9.41亿元⟧", 9.41, "亿元", TAX)
d.ratio("税收占比⟦73.2%⟧", 73.2, TAX, ia=("税占比", "税收占比", "税收收入占一般公共预算收入比重"))
d.growth("规模以上工业增加值增长⟦8.2%⟧", 8.2, IND, ia=IND_A)
d.rank("⟦第2位⟧；", 2, IND, "柯州市", ia=IND_A)
d.level("新增规模以上工业企业⟦14家⟧", 14, "家", "新增规模工业企业", ia=NEW_IND_FIRMS)
d.level("总数达到⟦167家⟧", 167, "家", "规模工业企业", ia=("规模以上工业企业", "规模以上工业企业数"))
park = "澄水经开区"
d.level("技工贸总收入⟦326亿元⟧", 326, "亿元", "技工贸总收入", subject=park)
d.growth("326亿元，增长⟦15.1%⟧", 15.1, "技工贸总收入", subject=park)
d.rank("位列⟦第11位⟧", 11, "开发区综合考核", "山西省", subject=park)
d.growth("固定资产投资增长⟦6.4%⟧", 6.4, FAI)
d.growth("工业投资增长⟦18.7%⟧", 18.7, "工业投资")
d.level("重点项目⟦112个⟧", 112, "个", "重点项目数", ia=("实施重点项目数", "重点项目", "实施重点项目"))
d.level("完成投资⟦95.3亿元⟧", 95.3, "亿元", "重点项目完成投资", ia=("完成投资",))
d.ratio("年度计划的⟦108.6%⟧", 108.6, "重点项目完成投资", ia=("投资完成率", "年度计划完成率"))
d.growth("分别增长⟦11.2%⟧", 11.2, REVENUE, subject="青石镇")
d.growth("11.2%、⟦9.5%⟧", 9.5, REVENUE, subject="柳河镇")
d.growth("9.5%、⟦6.8%⟧", 6.8, REVENUE, subject="东坪乡")
d.level("城镇居民人均可支配收入⟦39860元⟧", 39860, "元", URBAN)
d.level("农村居民人均可支配收入⟦18240元⟧", 18240, "元", RURAL)
d.growth("分别增长⟦4.9%⟧", 4.9, URBAN)
d.growth("4.9%和⟦7.6%⟧", 7.6, RURAL)
d.level("城镇新增就业⟦3260人⟧", 3260, "人", "城镇新增就业")
d.ratio("控制在⟦5.5%⟧以内", 5.5, "城镇调查失业率", q="under")
d.at("2024")
d.growth("地区生产总值增长⟦6%⟧左右", 6, GDP, q="about", mod=T)
d.growth("规模以上工业增加值增长⟦8%⟧；", 8, IND, mod=T, ia=IND_A)
d.growth("固定资产投资增长⟦7%⟧以上", 7, FAI, q="over", mod=T)
d.level("不少于⟦15家⟧", 15, "家", "新增规模工业企业", q="over", mod=T, ia=NEW_IND_FIRMS)


# --- 15: another prefecture city's monthly release (全市 is that city; its counties named by form) ----
# a prefecture city the profile does not know: 全市 is 柯州市, its counties are named by form only
d = Doc("15_other_city_monthly.txt", "柯州市", "2023-01/2023-10")
d.growth("同比增长⟦6.3%⟧", 6.3, IND, ia=IND_A)
d.diff("比1-9月加快⟦0.4个百分点⟧", 0.4, IND, "2023-01/2023-09", ia=IND_A)
d.diff("高于全省⟦1.9个百分点⟧", 1.9, IND, "山西省", ia=IND_A)
d.rank("居全省⟦第3位⟧", 3, IND, "山西省", ia=IND_A)
d.growth("洗选业增长⟦4.1%⟧", 4.1, "煤炭开采和洗选业", ia=("煤炭开采和洗选业增加值",))
power = "电力、热力生产和供应业"
d.growth("供应业增长⟦9.7%⟧", 9.7, power, ia=(power + "增加值", "电力热力生产和供应业"))
d.growth("同比下降⟦2.6%⟧", -2.6, FAI)
d.diff("降幅比1-9月收窄⟦0.8个百分点⟧", 0.8, FAI, "2023-01/2023-09")
d.growth("工业投资增长⟦14.2%⟧", 14.2, "工业投资")
d.ratio("比重为⟦38.5%⟧", 38.5, "工业投资", ia=("工业投资占全部投资比重", "工业投资占固定资产投资比重"))
d.growth("房地产开发投资下降⟦12.9%⟧", -12.9, "房地产开发投资")
d.level("达到⟦586.41亿元⟧", 586.41, "亿元", RETAIL)
d.growth("586.41亿元，同比增长⟦6.9%⟧", 6.9, RETAIL)
d.level("社会消费品零售总额⟦66.08亿元⟧", 66.08, "亿元", RETAIL, period="2023-10")
d.growth("66.08亿元，增长⟦8.4%⟧", 8.4, RETAIL, period="2023-10")
d.level("收入完成⟦96.35亿元⟧", 96.35, "亿元", REVENUE)
d.growth("96.35亿元，同比增长⟦5.2%⟧", 5.2, REVENUE)
loans = "金融机构本外币各项贷款余额"
d.level(
    "各项贷款余额⟦3318.7亿元⟧",
    3318.7,
    "亿元",
    loans,
    period="2023-10",
    ia=LOANS_OTHER,
    pa=("2023-01/2023-10",),
)
d.change(
    "比年初增加⟦241.5亿元⟧",
    241.5,
    "亿元",
    loans,
    "2022",
    period="2023-10",
    ia=LOANS_OTHER,
    pa=("2023-01/2023-10",),
)
d.growth("分别增长⟦8.6%⟧", 8.6, IND, subject="澄水县", ia=IND_A)
d.growth("8.6%、⟦7.1%⟧", 7.1, IND, subject="柯山县", ia=IND_A)
d.growth("7.1%、⟦-1.4%⟧", -1.4, IND, subject="青禾区", ia=IND_A)


# --- 16: another city's park summary (全区 and 园区 are the park) ---------------------------------------
# a park of a city the profile does not know: 全区 and 园区 are the park, 全市 the city it names
park = "柯州高新区"
d = Doc("16_other_park_summary.txt", park, "2023-01/2023-09")
d.level("技工贸总收入⟦412.6亿元⟧", 412.6, "亿元", "技工贸总收入")
d.growth("同比增长⟦13.8%⟧", 13.8, "技工贸总收入")
total = ("规模以上工业总产值",)
d.level("工业总产值⟦287.3亿元⟧", 287.3, "亿元", "规模工业总产值", ia=total)
d.growth("287.3亿元，增长⟦11.5%⟧", 11.5, "规模工业总产值", ia=total)
d.growth("规模以上工业增加值增长⟦10.2%⟧", 10.2, IND, ia=IND_A)
d.diff("高于全市⟦3.9个百分点⟧", 3.9, IND, "柯州市", ia=IND_A)
d.rank("各园区⟦第一⟧", 1, IND, "柯州市", ia=IND_A)
d.level("投资完成⟦68.4亿元⟧", 68.4, "亿元", FAI)
d.growth("68.4亿元，增长⟦16.7%⟧", 16.7, FAI)
d.level("产业投资⟦52.1亿元⟧", 52.1, "亿元", "产业投资")
d.ratio("占比⟦76.2%⟧", 76.2, "产业投资", ia=("产业投资占比", "产业投资占固定资产投资比重"))
d.level("实际利用外资⟦1.86亿美元⟧", 1.86, "亿美元", "实际利用外资")
d.growth("1.86亿美元，增长⟦21.3%⟧", 21.3, "实际利用外资")
new_tech = ("新认定高新技术企业", "高新技术企业")
d.level("新认定高新技术企业⟦37家⟧", 37, "家", "新增高新技术企业", ia=new_tech)
d.level("总数达到⟦214家⟧", 214, "家", "高新技术企业", ia=("高新技术企业数", "高新技术企业总数"))
share = ("高新技术产业增加值占规模以上工业增加值比重", "高新技术产业增加值占比")
d.ratio("比重达到⟦62.4%⟧", 62.4, "高新技术产业增加值", ia=share)
d.diff("提高⟦2.8个百分点⟧", 2.8, "高新技术产业增加值", "上年同期", ia=share)
d.level("新签约项目⟦29个⟧", 29, "个", "签约项目", ia=("新签约项目", "新签约项目数"))
d.level("合同引资⟦186亿元⟧", 186, "亿元", "合同引资")
d.level("10亿元以上项目⟦6个⟧", 6, "个", "10亿元以上项目数", ia=("10亿元以上项目",))
d.level("到位资金⟦94.7亿元⟧", 94.7, "亿元", "到位资金")
d.ratio("年度目标的⟦81.6%⟧", 81.6, "到位资金", ia=("到位资金完成率", "年度目标完成率"))


# --- building -----------------------------------------------------------------------------------------

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_CN_VALUES = {
    "百亿元": 100,
    "翻一番": 100,
    "一百二十家": 120,
    "六百家": 600,
    "三十八所": 38,
    "三百多项": 300,
    "三十万户": 30,
    "四成": 40,
    "三成": 30,
    "三名": 3,
    "两位": 2,
    "千亿元": 1000,
    "第一": 1,
    "第二": 2,
    "第三": 3,
    "第四位": 4,
    "第五位": 5,
    "第三位": 3,
}


def _locate(text: str, note: Note, doc: str) -> tuple[int, int]:
    before, rest = note.ctx.split("⟦", 1)
    figure, after = rest.split("⟧", 1)
    parts = [re.escape(p) for p in before.split("…")]
    pattern = (
        "[^\\n]*?".join(parts)
        + f"({re.escape(figure)})"
        + "[^\\n]*?".join([""] + [re.escape(p) for p in after.split("…")])
    )
    hits = list(re.finditer(pattern, text))
    if note.nth is None and len(hits) != 1:
        raise ValueError(f"{doc}: context {note.ctx!r} occurs {len(hits)} times, not once")
    m = hits[note.nth or 0]
    return m.start(1), m.end(1)


def _check_value(note: Note, span_text: str, doc: str) -> None:
    """The value must be the number written in the span (sign from the words around it)."""
    plain = re.sub(r"(?<=\d),(?=\d{3})", "", unicodedata.normalize("NFKC", span_text))
    m = _NUMBER.search(plain)
    written = float(m.group()) if m else _CN_VALUES.get(span_text)
    if written is None:
        raise ValueError(f"{doc}: cannot read a number in {span_text!r}; add it to _CN_VALUES")
    if abs(abs(note.value) - abs(written)) > 1e-9:
        raise ValueError(f"{doc}: {note.ctx!r} says value {note.value}, the text says {written}")
    if note.unit != UNIT_OF.get(note.measure, note.unit):
        raise ValueError(f"{doc}: {note.ctx!r}: unit {note.unit!r} does not fit measure {note.measure}")


def build_records() -> list[dict[str, Any]]:
    """Every gold record, in document order, with offsets into the text ``load_document`` gives."""
    sys.path.insert(0, str(HERE.parents[2] / "src"))
    from diaodu.reading.documents import load_document

    out: list[dict[str, Any]] = []
    for doc in DOCS:
        loaded = load_document(HERE / doc.name)
        text = loaded.text
        rows = []
        for note in doc.notes:
            if loaded.visible is not None and loaded.offsets is not None:
                # html: the context is found in the visible text, the span given in the markup
                vs, ve = _locate(loaded.visible, note, doc.name)
                start, end = loaded.offsets.to_raw(vs, ve)
                if text[start:end] != loaded.visible[vs:ve]:
                    raise ValueError(
                        f"{doc.name}: {note.ctx!r}: markup inside the figure, {text[start:end]!r}"
                    )
            else:
                start, end = _locate(text, note, doc.name)
            _check_value(note, text[start:end], doc.name)
            record: dict[str, Any] = {
                "doc": doc.name,
                "start": start,
                "end": end,
                "text": text[start:end],
                "measure": note.measure,
                "value": int(note.value) if float(note.value).is_integer() else note.value,
                "unit": note.unit,
                "qualifier": note.qualifier,
                "modality": note.modality,
                "subject": note.subject,
                "indicator": note.indicator,
                "period": note.period,
                "reference": note.reference,
            }
            for key in ("subject_aliases", "indicator_aliases", "period_aliases"):
                values = [v for v in getattr(note, key) if v != record[key.removesuffix("_aliases")]]
                if values:
                    record[key] = values
            rows.append(record)
        rows.sort(key=lambda r: (r["start"], r["end"]))
        out.extend(rows)
    return out


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str]) -> int:
    text = render(build_records())
    if "--check" in argv:
        current = GOLD.read_text(encoding="utf-8") if GOLD.exists() else ""
        if current != text:
            print("gold.jsonl is out of date: run tests/reading/corpus/build_gold.py", file=sys.stderr)
            return 1
        return 0
    GOLD.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} records to {GOLD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
