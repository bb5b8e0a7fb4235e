"""Builds 03_baijiu_lianzhang_zongjie.docx (headings, paragraphs and one real Word table of six key
enterprises). The core properties and every zip entry's date are fixed, so the file has the same bytes
every time:

    .venv/bin/python <this folder>/make_docx.py
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "03_baijiu_lianzhang_zongjie.docx"
STAMP = dt.datetime(2025, 1, 22, 9, 30, 0)


def build() -> Document:
    doc = Document()
    doc.add_heading("泸州市优质白酒产业链2024年度链长制工作总结", 0)
    doc.add_paragraph("泸州市优质白酒产业链链长制工作推进办公室　　2025年1月22日")
    doc.add_paragraph(
        "2024年，优质白酒产业链链长、副链长牵头抓总，链长办会同市经信局、市商务局、市市场监管局等部门，"
        "围绕稳产能、提品质、拓市场三项重点持续发力，产业链在行业调整中保持较快增长。现将全年工作总结如下。"
    )

    doc.add_heading("一、产业链运行情况", 1)
    doc.add_paragraph(
        "全年，全市优质白酒产业链纳入监测的规上企业198家，比上年末增加11家；实现营业收入1632.8亿元，"
        "增长9.7%，占全市规上工业营业收入的46.3%，营业收入居全省第2位；实现利润总额421.5亿元，增长11.2%；"
        "上缴税收168.4亿元，增长7.9%。受终端消费放缓影响，白酒产量（折65度）48.6万千升，下降3.2%。"
    )
    doc.add_paragraph(
        "分香型看，浓香型、酱香型白酒分别实现营业收入1118.6亿元、514.2亿元，分别增长8.1%、13.4%；"
        "酱香型占全链比重达到31.5%，比上年提高1.0个百分点。分区域看，古蔺县、龙马潭区、江阳区白酒营业收入"
        "分别为402.7亿元、356.9亿元、308.4亿元，三地合计占全链的65.4%。泸州白酒产业园区实现营业收入"
        "286.3亿元，增长12.6%，入园规上企业达到87家。"
    )
    doc.add_paragraph(
        "龙头带动作用突出。营业收入超百亿元的企业3家、超10亿元的企业14家。链主企业泸州醇澜酒业集团有限公司"
        "营业收入612.4亿元，增长8.6%，占全链的37.5%，在全国白酒企业中排名第4位；四川赤崖酱酒股份有限公司"
        "营业收入增长14.2%，成为全市第二家营收超过200亿元的酒企。"
    )

    doc.add_heading("二、链长制工作开展情况", 1)
    doc.add_paragraph(
        "（一）精准服务企业。链长、副链长全年带队走访企业46次，召开链长专题会议8次。全年累计收集企业诉求"
        "137个，已解决126个，解决率92.0%，剩余11个均已明确责任单位和办结时限。协调金融机构为链上企业新增授信"
        "58.3亿元，发放“酒企贷”专项贷款23.6亿元。"
    )
    doc.add_paragraph(
        "（二）强链补链招商。围绕包材、物流、文创等配套环节，全年引进配套项目23个、协议投资142.6亿元，"
        "其中年产5亿只高端酒瓶项目落户纳溪区。本地配套率达到63.8%，比上年末提高2.5个百分点。"
    )
    doc.add_paragraph(
        "（三）夯实原料基础。酿酒专用粮基地发展到136.5万亩，其中有机高粱基地28.6万亩；订单收购本地高粱"
        "38.2万吨，带动种植户增收约4.1亿元。"
    )
    doc.add_paragraph(
        "（四）拓展品牌市场。组织链上企业参加国内外展会12场，新增海外经销商37家，全年白酒出口额9.6亿元，"
        "增长31.8%。"
    )

    doc.add_heading("三、重点企业情况", 1)
    doc.add_paragraph("表　2024年优质白酒产业链重点企业主要指标")
    rows = [
        ("企业", "营业收入（亿元）", "增长%", "税收（亿元）"),
        ("泸州醇澜酒业集团有限公司", "612.4", "8.6", "71.3"),
        ("四川赤崖酱酒股份有限公司", "285.7", "14.2", "32.6"),
        ("泸州曲韵酒业有限公司", "126.8", "6.3", "13.9"),
        ("合江荔乡酒业有限公司", "38.5", "-4.7", "3.9"),
        ("纳溪泓泉酿造有限公司", "26.1", "11.8", "2.7"),
        ("泸州瓷晟包装材料有限公司", "18.9", "9.5", "1.2"),
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    doc.add_paragraph("以上6家企业合计营业收入1108.4亿元，占全链的67.9%；合计上缴税收125.6亿元。")

    doc.add_heading("四、存在的问题", 1)
    doc.add_paragraph(
        "一是行业调整压力向链上传导，约三成规上企业营业收入下降，亏损企业23家，比上年增加5家。"
        "二是原酒价格同比下降15%左右，中小原酒企业库存积压，叙永县、合江县原酒企业产能利用率均不足50%。三是链上中小企业融资需求缺口约40亿元，"
        "高端酿酒技术人才缺口较大。"
    )

    doc.add_heading("五、2025年工作打算", 1)
    doc.add_paragraph(
        "力争全链营业收入突破1750亿元、增长7%以上，酱香型占比提高到33%左右；新增规上企业不少于10家，"
        "新培育营业收入超10亿元的企业2家以上；企业诉求解决率保持在90%以上。3月底前完成链上企业"
        "“一企一策”走访，按季度召开链长专题会议。"
    )
    core = doc.core_properties
    core.author = "泸州市优质白酒产业链链长办"
    core.last_modified_by = "泸州市优质白酒产业链链长办"
    core.title = "泸州市优质白酒产业链2024年度链长制工作总结"
    core.revision = 1
    core.created = STAMP
    core.modified = STAMP
    core.last_printed = STAMP
    return doc


def fixed_zip(raw: bytes) -> bytes:
    """The same package with every entry dated STAMP, so the bytes do not depend on when it was built."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    buf = io.BytesIO()
    build().save(buf)
    (HERE / NAME).write_bytes(fixed_zip(buf.getvalue()))
    print(f"wrote {NAME}")
