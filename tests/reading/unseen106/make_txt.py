"""Builds 02_nongye_fengshou.txt from the draft below: UTF-8 with a byte-order mark, CRLF-free, the body
hard-wrapped at 40 characters as a plain-text mail would be (a number is never cut, closing punctuation
never starts a line, so sentences run on across lines). Lines starting with # in DRAFT are headings and
are written unwrapped without the #. The same bytes every time:

    /work/main/.venv/bin/python make_txt.py
"""

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "02_nongye_fengshou.txt"
WIDTH = 40
INDENT = "\u3000\u3000"
NUMBER = re.compile(r"[0-9.%]")
NO_LINE_START = set("，。；、：）％%”")

DRAFT = """\
#2024年齐齐哈尔市农业农村经济运行回顾
#齐齐哈尔市农业农村局　2025年1月20日
2024年，全市农业农村系统顶住春季低温、夏季局地冰雹和秋收前连阴雨的影响，抓粮食、稳畜牧、强加工，全市农业农村经济保持稳中向好。全年实现农林牧渔业总产值968.7亿元，扣除价格因素后增长4.1%。
#一、粮食生产再获丰收
全年粮食播种面积3702.4万亩，较上年扩大15.6万亩；粮食总产量1262.8万吨，折合252.56亿斤，比上年增长2.3%，总产量居全省第2位。平均亩产341.1公斤，比上年提高6.3公斤。
分品种看：
——玉米播种面积1826.5万亩，产量912.4万吨，亩产499.5公斤，产量增长3.1%；
——大豆播种面积1104.8万亩，占全市粮食播种面积的29.8%，产量163.7万吨，亩产148.2公斤，产量下降1.6%；
——水稻播种面积296.3万亩，产量148.9万吨，亩产502.5公斤；
——杂粮杂豆和薯类（折粮）播种面积474.8万亩，产量37.8万吨。
分县（市、区）看，讷河市、依安县、克山县粮食产量分别为128.6万吨、96.3万吨和93.7万吨，分列全市第一、二、三位。拜泉县大豆播种面积142.5万亩，居全市第一；泰来县水稻播种面积61.2万亩，占全市水稻面积的20.7%。富裕县、甘南县玉米亩产分别为536.4公斤和521.8公斤，均高于全市平均水平。全年粮食作物受灾面积48.6万亩，比上年减少31.2万亩，其中绝收面积不足2万亩。
#二、农业生产条件继续改善
全年新建高标准农田96.5万亩，全市累计建成1986.3万亩。农业综合机械化率达到98.6%，比上年提高0.3个百分点；秸秆综合利用率为94.2%。落实耕地地力保护、玉米大豆生产者补贴等各项惠农资金63.8亿元，全部通过“一卡通”直接发放到户。
#三、经营主体和社会化服务
全市农民合作社发展到1.18万个，家庭农场8926个，当年新增省级以上示范社和示范家庭农场37个。农业生产托管服务面积1580万亩次，增长11.3%；其中全程托管412.6万亩，占托管服务面积的26.1%。全市土地规模经营面积2436万亩，规模经营比重达到68.4%，比上年提高1.7个百分点。绿色、有机食品认证面积1320万亩，增长5.6%。
#四、畜牧业稳中有进
年末全市奶牛存栏32.6万头，增长2.8%；全年生鲜乳产量138.5万吨，增长3.6%。生猪出栏612.4万头，增长4.2%，年末生猪存栏398.7万头，下降1.3%。肉牛出栏56.3万头，增长7.8%；肉羊出栏168.2万只。肉类总产量86.4万吨，增长3.9%。全市畜禽规模养殖场达到1427个，规模化养殖比重为78.5%。当年新建和改扩建存栏千头以上的奶牛牧场5个，新增奶牛存栏能力约1.2万头。
#五、农产品加工业加快发展
全市规模以上农产品加工企业286家，比上年净增19家；实现营业收入862.5亿元，增长9.4%。营业收入超过10亿元的企业有14家，比上年增加3家。农产品加工转化率达到72.6%，比上年提高2.3个百分点。甘南县禾润乳业有限公司年产30万吨液态奶项目9月建成投产，项目总投资12.6亿元，投产后至年底实现产值2.4亿元。四季度，规模以上农产品加工企业实现营业收入268.4亿元，同比增长12.5%，增速比前三季度加快4.4个百分点。
#六、秋粮收购平稳有序
新季秋粮收购从10月中旬开始。四季度全市累计收购新粮486.2万吨，比上年同期多收38.4万吨，其中12月收购173.4万吨，是收购量最大的一个月。按品种分，玉米收购361.5万吨，占四季度收购量的74.4%；大豆收购52.7万吨。12月末，全市玉米平均收购价格为每斤0.92元。
#七、农民收入稳步增长
全年农村居民人均可支配收入21386元，增长6.4%，快于城镇居民收入增速2.1个百分点。工资性收入和经营净收入分别增长7.2%和5.1%，转移净收入增长8.6%。脱贫人口人均纯收入14286元，增长9.2%，比全市农民收入增速高2.8个百分点。全年新建和改造农村户厕2.3万户，新修农村公路612公里，农村生活垃圾收运处置体系实现行政村全覆盖。
#八、2025年主要目标
2025年，全市粮食播种面积稳定在3700万亩以上，粮食总产量力争达到1270万吨；新建高标准农田100万亩；规模以上农产品加工企业营业收入突破900亿元，农产品加工转化率提高到75%左右；农村居民人均可支配收入增长6%以上。
"""


def wrap(text: str) -> list[str]:
    """Lines of about WIDTH characters."""
    text = (INDENT if not text.startswith("——") else "") + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while 0 < cut < len(text) and NUMBER.match(text[cut]) and NUMBER.match(text[cut - 1]):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def build() -> str:
    out: list[str] = []
    for raw in DRAFT.splitlines():
        if not raw.strip():
            continue
        if raw.startswith("#"):
            if out and raw[1:].startswith(("一", "二", "三", "四", "五", "六", "七", "八")):
                out.append("")
            out.append(raw[1:])
        else:
            out += wrap(raw)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    (HERE / NAME).write_bytes(b"\xef\xbb\xbf" + build().encode("utf-8"))
    print(f"wrote {NAME}")
