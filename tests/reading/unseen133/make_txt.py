"""Builds 04_gongye_zhoubao.txt: the city industry bureau's weekly bulletin, hard-wrapped at about 36
characters as a typed bulletin is (a number is never split, closing punctuation never starts a line),
two tables aligned with full-width spaces, CRLF line ends, encoded in GB18030.

    /work/main/.venv/bin/python make_txt.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_gongye_zhoubao.txt"
WIDTH = 36
SP = "\u3000"

HEAD = [
    "萍乡市工业经济运行周报",
    "",
    "2025年第50期（12月15日—12月21日）",
    "",
    "萍乡市工业和信息化局运行监测协调科" + SP * 4 + "2025年12月22日",
    "",
]

PARTS: list[tuple[str, object]] = [
    (
        "n",
        "【本期要点】本周工业用电量增长7.9%；150户重点企业产值增长8.1%；1—11月新增规上工业企业78家，"
        "规上工业亏损面22.4%。",
    ),
    ("h", "一、用电监测"),
    (
        "p",
        "本周全市全社会用电量3.86亿千瓦时，同比增长6.2%；其中工业用电量2.47亿千瓦时，增长7.9%，"
        "占全社会用电量的64.0%。日均工业用电3529万千瓦时，比上周增加46万千瓦时。分行业看，"
        "黑色金属冶炼行业用电0.72亿千瓦时，增长5.6%；电瓷、工业陶瓷等非金属矿物制品业用电"
        "0.58亿千瓦时，增长11.4%；化学原料和化学制品业用电0.31亿千瓦时，下降3.2%。",
    ),
    (
        "p",
        "据供电公司数据，11月全市工业用电量5.32亿千瓦时，同比增长10.3%；1—11月累计57.46亿千瓦时，"
        "增长7.4%，增速比1—10月提高0.3个百分点。按目前走势，预计12月工业用电量5.45亿千瓦时左右。",
    ),
    ("h", "二、生产运行"),
    (
        "p",
        "市统计局快报显示，1—11月全市规上工业增加值同比增长8.6%，增幅居全省第3位，比全省平均水平高"
        "0.9个百分点；单月看，11月增长9.2%。规上工业营业收入1386.54亿元，增长6.9%。分行业看，钢铁行业增加值增长3.2%，"
        "电瓷及工业陶瓷行业增长11.8%，新能源新材料行业增长16.4%，粉末冶金行业增长9.1%。1—11月"
        "全市工业投资增长12.8%，其中工业技术改造投资增长15.6%，占工业投资的41.3%。新能源新材料"
        "产业链1—11月实现营业收入412.6亿元，增长15.3%，占规上工业营业收入的29.8%。",
    ),
    (
        "p",
        "本周纳入调度的150户重点工业企业实现产值48.62亿元，同比增长8.1%，增速比上周回落0.6个百分点。"
        "其中产值同比增长的企业103户，占68.7%；下降的41户；持平的6户。重点企业开工率96.7%，比上周"
        "下降1.3个百分点，有5户企业因订单不足减产或阶段性停产。产值居前五位的企业如下：",
    ),
    (
        "t",
        [
            ("企业名称", 16, "本周产值（亿元）", "同比增长（％）"),
            ("萍乡鑫晟特钢有限公司", 16, "6.84", "5.2"),
            ("江西华瓷电气股份有限公司", 16, "2.17", "12.6"),
            ("萍乡锐能新材料科技有限公司", 16, "1.93", "28.4"),
            ("江西楚萍工业陶瓷有限公司", 16, "1.46", "9.7"),
            ("萍乡市恒驰汽车零部件有限公司", 16, "1.12", "-4.3"),
        ],
    ),
    (
        "p",
        "前五户企业本周合计产值13.52亿元，占重点企业产值的27.8%。萍乡锐能新材料科技有限公司"
        "新增的2条负极材料生产线11月底投产，本周产值增幅居重点企业首位。",
    ),
    ("h", "三、企业培育"),
    (
        "p",
        "1—11月全市新增入库规上工业企业78家，比上年同期多12家，完成年度目标任务100家的78.0%。"
        "分县区看，湘东区19家、上栗县17家、芦溪县15家、安源区11家、莲花县9家、萍乡经开区5家、"
        "萍乡高新区2家。11月末全市规上工业企业达到1392家。目前已达规待入库企业21家，12月预计"
        "还可入库15家左右，全年新增有望达到93家。梯度培育方面，今年新认定省级专精特新中小企业46家，"
        "全市累计达到318家；国家级专精特新“小巨人”企业累计27家。",
    ),
    ("h", "四、亏损企业监测"),
    (
        "p",
        "1—11月，全市规上工业亏损企业312家，亏损面22.4%，比1—10月收窄0.8个百分点，比上年同期"
        "扩大1.3个百分点；亏损企业亏损额9.86亿元，同比增长14.2%，其中亏损额居前10位的企业合计亏损5.12亿元，占全部亏损额的51.9%。亏损面超过25%的有安源区和"
        "萍乡高新区，需重点关注。分县区情况如下：",
    ),
    (
        "t",
        [
            ("县区", 8, "规上企业（家）", "亏损企业（家）", "亏损面（％）"),
            ("安源区", 8, "198", "54", "27.3"),
            ("湘东区", 8, "282", "58", "20.6"),
            ("莲花县", 8, "146", "29", "19.9"),
            ("上栗县", 8, "287", "61", "21.3"),
            ("芦溪县", 8, "263", "57", "21.7"),
            ("萍乡经开区", 8, "124", "29", "23.4"),
            ("萍乡高新区", 8, "92", "24", "26.1"),
            ("全市", 8, "1392", "312", "22.4"),
        ],
    ),
    ("h", "五、企业诉求办理"),
    (
        "p",
        "本周通过“企业服务直通车”平台收集企业诉求17件，已办结12件，办结率70.6%，其余5件涉及用地、"
        "融资，已转相关部门限时办理。今年以来累计受理企业诉求643件，办结612件，办结率95.2%。",
    ),
    ("h", "六、下步工作"),
    (
        "p",
        "一是抓好年末冲刺，力争12月规上工业增加值增长9%以上，确保全年增长8.5%以上。二是做好迎峰"
        "度冬电力保障，优先保障重点企业用电，预计全年工业用电量突破62亿千瓦时。三是对21家待入库"
        "企业逐户上门服务，确保应入尽入。",
    ),
]

FOOT = [
    "",
    "报：市委、市政府领导",
    "送：各县（区）工信部门，萍乡经开区、萍乡高新区经发局",
    "联系人：钟晓燕" + SP * 2 + "电话：0799-6836024" + SP * 2 + "（共印30份）",
]

NUMBER = re.compile(r"[0-9.%\-—]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = SP * 2) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, closing punctuation never starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while (
            0 < cut < len(text)
            and NUMBER.match(text[cut])
            and (NUMBER.match(text[cut - 1]) or text[cut - 1] == "第")
        ):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def table(rows: list[tuple]) -> list[str]:
    """Rows whose cells are padded with full-width spaces: the first cell to a fixed width, then a gap."""
    out = []
    for name, width, *cells in rows:
        line = name + SP * (width - len(name))
        line += (SP * 2).join(
            c + SP * max(0, 6 - len(c)) if i < len(cells) - 1 else c for i, c in enumerate(cells)
        )
        out.append(line.rstrip(SP))
    return out


def all_lines() -> list[str]:
    lines = list(HEAD)
    for kind, body in PARTS:
        if kind == "h":
            lines += ["", str(body)]
        elif kind == "p":
            lines += wrap(str(body))
        elif kind == "n":
            lines += wrap(str(body), first="")
        else:
            lines += table(body)  # type: ignore[arg-type]
    return lines + FOOT


if __name__ == "__main__":
    text = "\r\n".join(all_lines()) + "\r\n"
    (HERE / NAME).write_bytes(text.encode("gb18030"))
    print(f"wrote {NAME}: {text.count(chr(10))} lines")
