"""Builds 01_zhengfu_gongzuo_baogao_zhaiyao.docx: the 2023 review and the 2024 targets of 平顶山市's
政府工作报告 (an invented excerpt), as a title, headings and paragraphs.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "01_zhengfu_gongzuo_baogao_zhaiyao.docx"
FIXED = datetime(2024, 1, 20, 9, 0, 0)

PARTS: list[tuple[str, str]] = [
    ("title", "政府工作报告（摘要）"),
    ("p", "——2024年1月16日在平顶山市第十一届人民代表大会第四次会议上"),
    ("p", "平顶山市人民政府市长　赵启明"),
    ("p", "各位代表："),
    (
        "p",
        "受市人民政府委托，现将政府工作情况报告如下，请各位代表审议，并请政协委员和列席同志提出意见。"
        "以下为报告中回顾2023年工作和安排2024年主要目标的部分。",
    ),
    ("h1", "一、2023年工作回顾"),
    (
        "p",
        "过去一年，面对需求收缩、煤焦钢价格下行等多重压力，全市上下坚持稳中求进，全力拼经济、抓项目、优环境，"
        "主要指标好于预期、快于全省。经初步核算，全年地区生产总值达到2868.5亿元、增长5.3%，增速高于全省1.2个百分点、"
        "居全省第4位；三次产业结构由上年的9.4∶43.1∶47.5调整为9.1∶42.0∶48.9。规模以上工业增加值增长7.6%，"
        "增幅比全省高2.6个百分点；社会消费品零售总额1086.5亿元、增长5.9%，固定资产投资增长6.8%、其中工业投资增长18.4%；"
        "一般公共预算收入达到186.3亿元，同比增长7.1%，税收占比为69.2%，比上年提高1.5个百分点；"
        "城镇和农村居民人均可支配收入分别为41260元和20318元，分别增长4.6%和7.3%。",
    ),
    ("h2", "（一）项目建设实现新突破"),
    (
        "p",
        "坚持以项目论英雄，全年326个市重点项目完成投资1268.4亿元，占年度计划的113.2%。按季度组织重点项目"
        "集中开工，全年累计开工项目318个、总投资1642.8亿元，项目个数比上年多23个。争取地方政府专项债券资金96.8亿元，"
        "增长21.3%；争取中央预算内投资18.6亿元。年产20万吨尼龙66切片、高端特种钢板深加工等一批带动性强的项目开工建设，"
        "市区至叶县快速通道建成通车。",
    ),
    ("h2", "（二）产业转型迈出新步伐"),
    (
        "p",
        "尼龙新材料产业营业收入突破700亿元，中国尼龙城入选全省先进制造业集群培育名单。全市规上工业企业新增146家、"
        "总量达1268家；高新技术企业达到428家，净增96家；入库科技型中小企业1216家。平顶山高新区在全省开发区"
        "综合考核中居第5位，比上年前移3位；城乡一体化示范区硅碳负极材料产业从无到有，引进配套企业7家。"
        "年末全市经营主体总量达到42.6万户，增长8.3%。",
    ),
    ("h2", "（三）招商引资取得新成效"),
    (
        "p",
        "深入开展“三个一批”项目建设和“万人助万企”活动，市级领导带队赴长三角、珠三角开展招商42次。"
        "全年新签约亿元以上项目218个、合同金额1126.7亿元；实际到位省外资金763.5亿元，增长6.2%，完成年度目标的103.2%；"
        "实际利用外资2.86亿美元，增长9.6%。",
    ),
    ("h2", "（四）城乡面貌和生态环境持续改善"),
    (
        "p",
        "中心城区新建改造道路28条、总里程46.5公里，新增城市绿地面积126公顷。空气质量优良天数达到248天，比上年增加11天；"
        "PM2.5平均浓度为46微克/立方米，下降6.1%；国省控地表水断面水质达标率100%。白龟湖湿地保护修复工程完成投资"
        "3.4亿元，全市森林覆盖率达到32.6%。",
    ),
    ("h2", "（五）民生保障持续加强"),
    (
        "p",
        "民生支出348.0亿元，占一般公共预算支出的78.6%。全年城镇新增就业5.82万人，调查失业率保持在5.5%以内。"
        "新建和改扩建中小学、幼儿园37所，增加学位2.1万个；改造老旧小区186个，惠及居民3.2万余户。",
    ),
    (
        "p",
        "在肯定成绩的同时，我们也清醒看到：民间投资增长乏力，传统产业占规上工业的比重仍超过六成，新兴产业规模偏小；"
        "部分县（市、区）财政收支矛盾突出，民生领域还有不少短板。我们将直面问题，切实加以解决。",
    ),
    ("h1", "二、2024年主要预期目标"),
    (
        "p",
        "综合考虑各方面因素，建议今年全市发展的主要预期指标为：生产总值增长6%左右，规上工业增加值增长7%以上，"
        "社会消费品零售总额增长6.5%，固定资产投资增长8%，一般公共预算收入增长5%，居民收入增长和经济增长保持同步，"
        "城镇新增就业5万人以上，居民消费价格涨幅控制在3%左右，节能降碳完成省定任务。",
    ),
    (
        "p",
        "围绕上述目标，重点抓好以下几方面工作。一是扩大有效投资。谋划实施市重点项目350个以上，年度计划投资1200亿元以上，"
        "力争专项债券资金规模突破100亿元。二是做强先进制造业。力争尼龙新材料产业营业收入达到850亿元，新增规上工业企业"
        "100家以上，高新技术企业总数突破500家。三是深化招商引资。确保实际到位省外资金800亿元以上，签约亿元以上项目"
        "200个以上。预计年产20万吨尼龙66切片等12个重大项目年内建成投产，可新增工业产值150亿元左右。四是持续改善民生。"
        "年内再改造老旧小区150个以上，新建改扩建中小学和幼儿园30所。",
    ),
    ("p", "各位代表，新的一年，我们将坚定信心、真抓实干，为建设现代化平顶山作出新的更大贡献！"),
]


def build() -> bytes:
    doc = Document()
    props = doc.core_properties
    props.author = "平顶山市人民政府办公室"
    props.last_modified_by = "平顶山市人民政府办公室"
    props.title = "政府工作报告（摘要）"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1
    for kind, text in PARTS:
        if kind == "title":
            doc.add_heading(text, 0)
        elif kind == "h1":
            doc.add_heading(text, 1)
        elif kind == "h2":
            doc.add_heading(text, 2)
        else:
            doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


if __name__ == "__main__":
    (HERE / NAME).write_bytes(build())
    print(f"wrote {NAME}")
