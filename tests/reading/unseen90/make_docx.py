"""Builds 04_jingkaiqu_liangdian_shuju.docx: a one-page-style highlights list of 汉中经济技术开发区 for
2025年1—11月, section lines led by ■ and short figure lines led by ●, one Word paragraph a line.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
NAME = "04_jingkaiqu_liangdian_shuju.docx"
FIXED = datetime(2025, 12, 8, 10, 0, 0)

TITLE = "汉中经济技术开发区2025年1—11月亮点数据"
HEAD = [
    "（数据截至2025年11月30日）",
    "汉中经开区管委会经济运行局　2025年12月8日",
]

SECTIONS: list[tuple[str, list[str]]] = [
    (
        "■ 经济运行",
        [
            "● 规上工业总产值412.63亿元，同比增长10.8%，增速居全省开发区第4位",
            "● 规上工业增加值增长9.6%，高于全市2.4个百分点，高于全省开发区平均水平1.9个百分点",
            "● 11月当月规上工业总产值41.26亿元，增长12.3%，比10月当月加快1.5个百分点",
            "● 规上工业企业97家，比年初净增9家",
            "● 工业用电量12.86亿千瓦时，增长9.3%",
            "● 单位工业增加值能耗下降4.2%",
            "● 固定资产投资增长12.4%，高于全市8.3个百分点",
            "● 工业投资增长19.8%，占全部投资的58.6%",
            "● 一般公共预算收入8.74亿元，增长6.1%",
            "● 税收收入7.27亿元，占一般公共预算收入的83.2%",
            "● 外贸进出口18.36亿元，增长24.7%，占全市外贸总量的38.2%，居全省开发区第7位",
            "● 社会消费品零售总额36.48亿元，增长6.4%；限上商贸企业58家",
        ],
    ),
    (
        "■ 主导产业",
        [
            "● 航空装备：产值138.52亿元，增长16.2%，占经开区规上工业总产值的33.6%",
            "● 新材料：产值96.41亿元，增长8.9%",
            "● 生物医药：产值47.36亿元，增长11.5%",
            "● 绿色食品：产值39.82亿元，增长5.4%",
            "● 四大主导产业合计产值322.11亿元，占比78.1%，比上年同期提高1.6个百分点",
            "● 年产值超10亿元企业9家，超亿元企业68家",
            "● 龙头企业陕西云翔航空装备有限公司产值118.2亿元，占航空装备产业的85.3%",
            "● 航空装备产业链配套企业达到46家，本地配套率提高到41.5%",
            "● 航空装备产业集群入选全省重点产业集群“十强”",
        ],
    ),
    (
        "■ 项目建设",
        [
            "● 省市重点项目36个，年度计划投资104.3亿元",
            "● 省市重点项目开复工34个，开复工率94.4%",
            "● 重点项目完成投资101.4亿元，完成年度计划的97.2%，超时序进度5.7个百分点",
            "● 新开工项目17个，其中亿元以上项目12个；竣工投产项目11个",
            "● 年产2万吨航空铝锂合金材料项目（总投资21.5亿元）11月底建成试产",
            "● 年产1500台套智能数控装备项目累计完成投资6.8亿元，主体厂房封顶",
            "● 园区道路、管网等基础设施配套工程完成投资2.3亿元",
        ],
    ),
    (
        "■ 招商引资",
        [
            "● 签约项目29个，合同引资176.5亿元，增长21.3%",
            "● 10亿元以上项目6个，合同引资合计102.6亿元",
            "● 实际到位资金88.2亿元，完成年度目标的105.0%",
            "● 引进世界500强、中国500强企业投资项目3个",
            "● 签约项目履约率86.2%，比上年同期提高4.5个百分点",
        ],
    ),
    (
        "■ 科技创新",
        [
            "● 高新技术企业86家，比上年末净增14家，数量居全省经开区第3位",
            "● 科技型中小企业入库153家，增长27.5%",
            "● 研发经费投入强度3.12%，比上年提高0.26个百分点",
            "● 新建省级以上研发平台7个，累计达到42个",
            "● 新增省级专精特新中小企业8家，累计达到31家",
            "● 发明专利授权214件，增长18.2%",
            "● 技术合同成交额15.7亿元，增长32.4%",
        ],
    ),
    (
        "■ 综合位次",
        [
            "● 2024年度全省开发区高质量发展综合考核：第5位",
            "● 亩均税收41.6万元，居全省开发区第6位",
            "● 规上工业总产值总量居全省经开区第2位",
            "● 营商环境满意度测评得分94.6分，居全市各县区、园区第一",
        ],
    ),
    (
        "■ 绿色低碳与要素保障",
        [
            "● 新增屋顶分布式光伏装机容量4.8万千瓦",
            "● 工业固体废物综合利用率92.5%，比上年提高2.1个百分点",
            "● 新认定省级绿色工厂5家，累计达到18家",
            "● 新增工业用地供应1860亩，盘活低效闲置土地420亩",
            "● 园区企业新增贷款42.3亿元，增长15.6%",
            "● 新建人才公寓620套，引进各类专业技术人才1150余人",
        ],
    ),
    (
        "■ 企业服务与民生",
        [
            "● 新增市场主体1286户，其中企业412户；新增规上服务业企业6家",
            "● 标准化厂房交付28.6万平方米，新入驻企业37家",
            "● 驻企联络员包联企业124家，收集问题182个，已解决170个，解决率93.4%",
            "● 帮助企业招用工3260人，城镇新增就业2140人",
            "● 兑现各类惠企资金1.26亿元，惠及企业316家",
        ],
    ),
]

RANKS = [
    ("指标", "1—11月", "全省位次"),
    ("规上工业总产值增速", "10.8%", "开发区第4位"),
    ("规上工业总产值", "412.63亿元", "经开区第2位"),
    ("外贸进出口", "18.36亿元", "开发区第7位"),
    ("高新技术企业", "86家", "经开区第3位"),
    ("亩均税收", "41.6万元", "开发区第6位"),
]

NOTES = [
    "注：1.规上工业指年主营业务收入2000万元及以上的工业企业。2.产值增速按现价计算，增加值增速按可比价计算。",
    "3.位次来源于省商务厅、省统计局通报。",
    "联系人：赵一帆　电话：0916-2218607",
]

doc = Document()
props = doc.core_properties
props.author = "汉中经开区管委会经济运行局"
props.last_modified_by = "汉中经开区管委会经济运行局"
props.title = TITLE
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading(TITLE, 0)
for line in HEAD:
    doc.add_paragraph(line)
for head, lines in SECTIONS:
    run = doc.add_paragraph().add_run(head)
    run.bold = True
    run.font.size = Pt(14)
    for line in lines:
        doc.add_paragraph(line)
doc.add_paragraph("附：主要指标全省位次")
table = doc.add_table(rows=len(RANKS), cols=len(RANKS[0]))
table.style = "Table Grid"
for i, row in enumerate(RANKS):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
for line in NOTES:
    doc.add_paragraph(line)

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / NAME).write_bytes(out.getvalue())
