"""Gold for the reports about places the corpus profile (``city.yaml``, 岚州市) does not know: a county's
government work report, another prefecture city's monthly release and another city's park summary.

They test that the reader finds a document's own subject from its text (``diaodu.reading.home``): 全县 is
the county the report is about, 全市 the city it names, a list of towns or counties before 分别 gives each
figure its own subject. ``build_gold.py`` calls ``annotate`` with its ``Doc`` class; the rules for the
annotations are the ones written at the top of that file. All places and figures are invented.
"""

from __future__ import annotations

from typing import Any

GDP = "地区生产总值"
IND = "规模工业增加值"
IND_A = ("规模以上工业增加值",)
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
REVENUE = "一般公共预算收入"
TAX = "税收收入"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"
NEW_IND_FIRMS = ("新增规模以上工业企业", "新增规上工业企业")
LOANS = ("金融机构本外币各项贷款余额", "贷款余额", "金融机构各项贷款余额", "各项贷款余额")
T = "target"


def annotate(doc_class: Any) -> None:
    """Add the three documents' annotations (``doc_class`` is ``build_gold.Doc``)."""
    _county(doc_class)
    _city(doc_class)
    _park(doc_class)


def _county(doc_class: Any) -> None:
    # a county the profile does not know, in a city the profile does not know (柯州市, named once)
    d = doc_class("14_other_county_report.txt", "澄水县", "2023")
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


def _city(doc_class: Any) -> None:
    # a prefecture city the profile does not know: 全市 is 柯州市, its counties are named by form only
    d = doc_class("15_other_city_monthly.txt", "柯州市", "2023-01/2023-10")
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
        "各项贷款余额⟦3318.7亿元⟧", 3318.7, "亿元", loans, period="2023-10", ia=LOANS, pa=("2023-01/2023-10",)
    )
    d.change(
        "比年初增加⟦241.5亿元⟧",
        241.5,
        "亿元",
        loans,
        "2022",
        period="2023-10",
        ia=LOANS,
        pa=("2023-01/2023-10",),
    )
    d.growth("分别增长⟦8.6%⟧", 8.6, IND, subject="澄水县", ia=IND_A)
    d.growth("8.6%、⟦7.1%⟧", 7.1, IND, subject="柯山县", ia=IND_A)
    d.growth("7.1%、⟦-1.4%⟧", -1.4, IND, subject="青禾区", ia=IND_A)


def _park(doc_class: Any) -> None:
    # a park of a city the profile does not know: 全区 and 园区 are the park, 全市 the city it names
    park = "柯州高新区"
    d = doc_class("16_other_park_summary.txt", park, "2023-01/2023-09")
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
