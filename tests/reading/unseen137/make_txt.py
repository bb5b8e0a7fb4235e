"""Builds 03_zhuqi_fuwu.txt: a weekly bulletin on enterprise liaison and on-site service, hard-wrapped at
about 34 characters a line as a typed-up office bulletin is, with a page foot after every 40 lines, written
in GB18030. A number is never split across lines and closing punctuation never starts a line.

The same bytes every time:

    .venv/bin/python <this folder>/make_txt.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "03_zhuqi_fuwu.txt"
WIDTH = 34
PER_PAGE = 40
INDENT = "\u3000\u3000"

HEAD = [
    "庆阳市包抓联系企业和驻企服务工作周报",
    "",
    "第35期",
    "",
    "庆阳市优化营商环境工作领导小组办公室　　　2026年8月31日",
    "（统计时段：8月24日—8月30日）",
    "",
]

# ("h", heading) is a line of its own; ("p", paragraph) is wrapped; ("t", line) is a table line, kept as is.
BODY: list[tuple[str, str]] = [
    ("h", "一、本周工作情况"),
    (
        "p",
        "本周，市县两级包抓领导和驻企服务专员共走访企业214户次，召开现场办公会6场，收集企业诉求47条，"
        "当周解决39条，解决率83.0%。新收集的诉求中，要素保障类15条、融资类11条、用工类8条，三类合计占本周"
        "诉求的72.3%。本周组织银企对接会1场，12家企业与5家银行现场签约，签约贷款3.6亿元。市级领导本周带队走访包抓企业17户，现场协调解决问题11个，"
        "其余问题已明确责任单位和办结时限。本周经12345政务服务便民热线转办的涉企诉求6条，均已按时签收办理。",
    ),
    ("h", "二、累计工作进展"),
    (
        "p",
        "今年以来，全市纳入包抓联系的企业618户，其中市级领导包抓86户，选派驻企服务专员1236名，规上工业企业"
        "实现包抓全覆盖。截至8月30日，累计收集企业诉求1352条，已解决1218条，解决率90.1%，比6月底提高2.3个"
        "百分点；尚在办理的134条中，需市级层面协调的29条。分层级看，市级领导包抓的86户企业累计提出诉求403条，已解决381条，解决率94.5%，"
        "高于全市4.4个百分点。",
    ),
    (
        "p",
        "从诉求类型看，要素保障类（用地、用电、用气、用水）412条，占30.5%，居各类诉求首位；融资类286条；"
        "审批办证类198条；用工类173条；政策兑现类161条；其他122条。",
    ),
    (
        "p",
        "8月份，全市收集诉求176条，解决162条，当月解决率92.0%，比7月份提高1.6个百分点。今年以来累计为企业"
        "协调落实贷款48.7亿元，涉及企业263户；兑现各类惠企资金2.84亿元，兑现率85.6%，惠及企业1026户次；帮助企业招用"
        "工人3815人。",
    ),
    ("h", "三、各县区（园区）诉求办理情况"),
    ("t", "县区（园区）　　收集诉求（条）　已解决（条）　解决率（%）"),
    ("t", "西峰区　　　　　246　　　　　　230　　　　　93.5"),
    ("t", "庆城县　　　　　158　　　　　　145　　　　　91.8"),
    ("t", "环县　　　　　　187　　　　　　169　　　　　90.4"),
    ("t", "华池县　　　　　124　　　　　　110　　　　　88.7"),
    ("t", "合水县　　　　　107　　　　　　93　　　　　 86.9"),
    ("t", "正宁县　　　　　113　　　　　　95　　　　　 84.1"),
    ("t", "宁县　　　　　　149　　　　　　134　　　　　89.9"),
    ("t", "镇原县　　　　　166　　　　　　145　　　　　87.3"),
    ("t", "庆阳经开区　　　102　　　　　　97　　　　　 95.1"),
    ("t", "合计　　　　　　1352　　　　　 1218　　　　 90.1"),
    (
        "p",
        "庆阳经开区解决率最高，为95.1%；正宁县最低，为84.1%，低于全市6.0个百分点。西峰区本周新收集诉求"
        "9条，数量居各县区之首；环县本周解决诉求8条，当周解决率为各县区最高。镇原县、合水县各有2条诉求"
        "超过承诺时限，已由县区督查部门跟踪督办。",
    ),
    ("h", "四、典型案例"),
    (
        "p",
        "（一）甘肃陇环新能源有限公司反映，环县一处风电场升压站的送出线路迟迟不能接入。驻企服务专员会同供电"
        "部门现场踏勘，把接网工期由原计划的45天压缩到20天，8月28日线路完成送电，预计每月可增发电量"
        "1200万千瓦时。",
    ),
    (
        "p",
        "（二）庆阳佳禾食品有限公司扩产急需流动资金。西峰区包抓领导协调2家银行开辟绿色通道，5个工作日内发放"
        "信用贷款800万元，企业新增的一条生产线已于本周试运行。",
    ),
    (
        "p",
        "（三）宁县恒固建材有限公司对研发费用加计扣除政策不熟悉。县税务部门上门辅导，帮助企业享受加计扣除"
        "并办理增值税留抵退税326万元。",
    ),
    (
        "p",
        "（四）庆阳正源油田技术服务有限公司反映部分工程款长期拖欠，影响职工工资发放。庆城县工信局牵头约谈"
        "发包单位，督促分两批支付拖欠款项1460万元，其中农民工工资312万元已于8月27日足额发放到位。",
    ),
    (
        "p",
        "（五）华池县鑫达石油装备有限公司新接订单后，焊工、电工等技术工人缺口较大。县人社局为其举办专场招聘会，"
        "帮助企业招用技术工人35人，并联合职业学校开展岗前培训2期，企业生产线已恢复满负荷运转。",
    ),
    ("h", "五、存在的问题"),
    (
        "p",
        "一是部分诉求办理周期偏长，超期未办结的21条中，超过30天的7条。二是融资类诉求解决率偏低，仅为"
        "82.5%，比全部诉求低7.6个百分点。三是个别驻企服务专员“走过场”，本周抽查的40名专员中有3名"
        "未按要求填报服务台账。四是政策兑现进度不平衡，合水县、正宁县惠企资金兑现率分别为68.2%、71.5%，"
        "低于全市平均水平。",
    ),
    ("h", "六、下周工作安排"),
    (
        "p",
        "深入开展“三抓三促”行动，下周计划走访企业200户次以上，重点推动需市级层面协调事项的办理；组织第2期“政银企”融资对接会，邀请金融机构10家以上、企业60户左右参加；"
        "对超期诉求逐条挂牌督办，确保9月底累计解决率达到92%以上。",
    ),
]

TAIL = [
    "",
    "报：市委、市政府主要领导，市委、市政府分管领导",
    "送：市直有关部门，各县（区）委、县（区）人民政府，庆阳经开区管委会",
    "联系人：王静怡　　电话：0934-8256019　　　　（共印40份）",
]

NUMBER = re.compile(r"[0-9.%]")
NO_LINE_START = set("，。；、：）%”")


def wrap(text: str) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, closing punctuation never starts a line."""
    text = INDENT + text
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


def all_lines() -> list[str]:
    out = list(HEAD)
    for kind, text in BODY:
        out += wrap(text) if kind == "p" else [text]
    return out + TAIL


def paged(lines: list[str]) -> list[str]:
    out: list[str] = []
    for n, start in enumerate(range(0, len(lines), PER_PAGE), start=1):
        out += lines[start : start + PER_PAGE]
        out += ["", f"—{n}—", ""]
    return out


if __name__ == "__main__":
    text = "\r\n".join(paged(all_lines())) + "\r\n"
    (HERE / NAME).write_bytes(text.encode("gb18030"))
    print(f"wrote {NAME}")
