"""Builds 02_jingji_yunxing_fenxi.docx: headings 一、二、…, paragraphs that open with a bold lead sentence,
and one real Word table of the main indicators (指标 | 1—8月 | 增速 | 全省位次).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_jingji_yunxing_fenxi.docx"
FIXED = datetime(2025, 9, 18, 10, 0, 0)

SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "一、总体运行情况",
        [
            (
                "主要指标稳中有进，多数增速快于全省。",
                (
                    "1—8月，全市规上工业增加值486.3亿元，同比增长9.8%，高于全省2.3个百分点，增速居全省第2位，"
                    "比1—7月加快0.4个百分点。投资方面，固定资产投资增长6.3%，高于全省3.1个百分点；消费方面，"
                    "社会消费品零售总额达到853.7亿元，增长5.2%；外贸方面，进出口总额412.6亿元，增长14.7%；"
                    "财政方面，一般公共预算收入178.42亿元，增长4.6%。"
                    "附表所列主要指标中，有6项增速高于全省平均水平。"
                ),
            ),
        ],
    ),
    (
        "二、工业生产",
        [
            (
                "工业生产较快增长，新动能支撑作用突出。",
                (
                    "8月份单月，规上工业增加值同比增长11.2%，增幅较7月扩大1.6个百分点。1—8月规上工业销售产值2186.4亿元，"
                    "增长8.6%。从行业看，26个工业大类行业增加值保持增长，行业增长面达74.3%。分产业看，新能源（锂电）"
                    "材料产业增加值增长28.6%，占规上工业增加值的22.4%；高端装备制造业增长11.3%；特种纸产业增长6.1%；"
                    "氟硅新材料产业受产品价格走低拖累，下降3.5%。高新技术产业增加值增长13.5%，占规上工业增加值的"
                    "68.2%，比重比上年同期提高2.6个百分点。今年以来新增规上工业企业112家，8月末全市规上工业企业"
                    "达到2063家。全社会用电量186.5亿千瓦时，增长7.9%，其中工业用电量增长9.2%。"
                ),
            ),
        ],
    ),
    (
        "三、有效投资",
        [
            (
                "投资增速有所回落，结构继续向好。",
                (
                    "固定资产投资增长6.3%，比1—7月回落0.8个百分点，增速居全省第4位。制造业投资增长21.4%，"
                    "比全部投资增速高15.1个百分点；交通投资增长12.6%；民间投资增长4.2%，占全部投资的52.3%；"
                    "房地产开发投资下降11.8%。全市重大项目今年已完成投资441.3亿元，年度计划完成率为70.2%。"
                ),
            ),
        ],
    ),
    (
        "四、消费市场",
        [
            (
                "消费平稳增长，以旧换新拉动明显。",
                (
                    "社会消费品零售总额增速低于全省0.3个百分点。限额以上单位零售额增长7.4%，其中家用电器和音像"
                    "器材类增长32.5%，新能源汽车增长46.3%，通讯器材类增长18.9%；餐饮收入增长4.1%。"
                ),
            ),
        ],
    ),
    (
        "五、对外贸易",
        [
            (
                "外贸增势较好，出口贡献较大。",
                (
                    "进出口总额增速居全省第3位。分进出口看，出口268.9亿元，同比增长17.3%，进口143.7亿元，同比增长10.1%。"
                    "对共建“一带一路”国家进出口186.2亿元，同比增长19.5%，在全市外贸总额中占45.1%。锂电材料出口增长36.8%。"
                ),
            ),
        ],
    ),
    (
        "六、财政金融",
        [
            (
                "财政收入稳步增加，信贷投放保持较快。",
                (
                    "一般公共预算收入中，税收收入141.35亿元，增长5.9%，税收占比79.2%。财政支出方面，一般公共预算支出"
                    "312.86亿元，同比增长3.7%。从金融看，8月末全市本外币存款余额6842.3亿元，同比增长9.6%；本外币贷款"
                    "余额6915.7亿元，增长11.3%，较年初新增584.6亿元，贷款增速居全省第2位。1—8月居民消费价格同比"
                    "上涨0.3%，8月当月下降0.2%。"
                ),
            ),
        ],
    ),
    (
        "七、县（市、区）运行",
        [
            (
                "各地发展各有亮点。",
                (
                    "龙游县规上工业增加值增速达15.2%，在各县（市、区）中排名第一；衢州智造新城规上工业增加值153.2亿元，增长13.7%，"
                    "占全市的31.5%；江山市固定资产投资增长10.6%，高于全市4.3个百分点；柯城区社会消费品零售总额"
                    "增长6.8%。常山县、开化县固定资产投资分别下降2.4%和1.7%。"
                ),
            ),
        ],
    ),
    (
        "八、需要关注的问题",
        [
            (
                "稳增长的基础仍需巩固。",
                (
                    "一是房地产开发投资降幅仍在两位数，商品房销售面积下降9.6%。二是传统材料产业效益承压，"
                    "1—7月氟硅新材料产业利润总额下降18.6%。三是消费恢复基础不牢，社零增速仍低于全省。"
                ),
            ),
        ],
    ),
    (
        "九、下步建议",
        [
            (
                "紧盯全年目标抓好四季度冲刺。",
                (
                    "力争全年规上工业增加值增长9%以上，固定资产投资增长6%左右，社会消费品零售总额增长5.5%；"
                    "预计1—9月规上工业增加值增速保持在9.5%左右。"
                ),
            ),
        ],
    ),
]

TABLE = [
    ("指标", "1—8月", "增速（%）", "全省位次"),
    ("规上工业增加值（亿元）", "486.3", "9.8", "2"),
    ("规上工业销售产值（亿元）", "2186.4", "8.6", "3"),
    ("社会消费品零售总额（亿元）", "853.7", "5.2", "7"),
    ("全社会用电量（亿千瓦时）", "186.5", "7.9", "4"),
    ("固定资产投资", "—", "6.3", "4"),
    ("进出口总额（亿元）", "412.6", "14.7", "3"),
    ("其中：出口（亿元）", "268.9", "17.3", "2"),
    ("一般公共预算收入（亿元）", "178.42", "4.6", "6"),
]


def build() -> bytes:
    doc = Document()
    props = doc.core_properties
    props.author = "衢州市发展和改革委员会"
    props.last_modified_by = "衢州市统计局"
    props.title = "2025年1—8月衢州市经济运行情况分析"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1

    doc.add_heading("2025年1—8月衢州市经济运行情况分析", 0)
    doc.add_paragraph("衢州市发展和改革委员会　衢州市统计局　2025年9月18日")
    doc.add_paragraph(
        "今年以来，全市上下围绕“制造业高质量发展”主线，抓项目、稳工业、促消费，经济运行总体平稳、"
        "稳中有进。现将1—8月全市经济运行情况分析如下。"
    )
    for heading, paragraphs in SECTIONS:
        doc.add_heading(heading, 1)
        for lead, rest in paragraphs:
            p = doc.add_paragraph()
            p.add_run(lead).bold = True
            p.add_run(rest)

    doc.add_paragraph("附表　2025年1—8月衢州市主要经济指标")
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    table.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    doc.add_paragraph("注：固定资产投资只发布增速；规上工业指年主营业务收入在2000万元以上（含）的工业企业。")
    doc.add_paragraph("执笔：陈思远　审核：刘一鸣　联系电话：0570-3012867")

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
