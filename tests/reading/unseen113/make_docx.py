"""Builds 03_zhongdian_xiangmu_guanmo_wenti.docx: headings, paragraphs and one real Word table (the problem
list: 序号 / 问题 / 责任单位 / 完成时限 / 进展).

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
NAME = "03_zhongdian_xiangmu_guanmo_wenti.docx"
FIXED = datetime(2023, 12, 6, 10, 30, 0)
OFFICE = "安顺市重大项目建设推进办公室"

PARAS_1 = [
    "11月27日至29日，市委、市政府主要领导带队，组织各县（区）、市直有关部门负责同志，对全市重点项目开展"
    "第四季度观摩。本次共观摩项目46个，总投资612.8亿元，其中产业项目31个、总投资418.6亿元，占观摩项目"
    "总投资的68.3%；本季度新开工项目12个，已建成投产项目9个。",
    "分县（区）看，西秀区观摩项目7个、总投资98.4亿元；平坝区6个、86.2亿元；普定县、镇宁县各5个，总投资分别为"
    "52.7亿元、48.9亿元；关岭县、紫云县各4个，总投资分别为36.5亿元、31.8亿元；安顺经开区6个、112.6亿元；"
    "安顺高新区5个、104.3亿元；黄果树旅游区4个、41.4亿元。",
    "观摩组按项目质量、推进速度、要素保障三个方面现场打分。安顺经开区、平坝区、西秀区综合得分分别为94.6分、"
    "93.2分和92.8分，分列第1、2、3名；紫云县、关岭县得分均低于85分，排名靠后。",
]

PARAS_2 = [
    "截至11月底，全市纳入调度的省、市重点项目328个，年度计划投资486.5亿元，1—11月累计完成投资461.3亿元，"
    "占年度计划的94.8%，快于时序进度3.1个百分点。其中，省重点项目72个，完成投资213.6亿元，完成率97.2%。"
    "计划新开工项目98个，已开工91个，开工率92.9%，比10月末提高4.1个百分点；竣工投产项目37个。"
    "按领域分，产业项目完成投资268.4亿元，增长9.6%，占全部重点项目完成投资的58.2%；基础设施项目完成投资121.7亿元，"
    "社会民生项目完成投资71.2亿元。单体投资10亿元以上的重大项目63个，累计完成投资248.7亿元，"
    "对全市重点项目投资的支撑作用明显。",
    "从观摩情况看，一批产业项目进展较快。安顺经开区年产20万套新能源汽车电驱动系统项目总投资32.6亿元，"
    "累计完成投资18.4亿元，一期厂房已封顶，预计2024年3月投产，达产后年产值可达45亿元左右。"
    "平坝区年产10万吨锂电池负极材料项目总投资26.8亿元，今年完成投资9.7亿元，完成年度计划的107.8%。"
    "安顺高新区民用航空零部件精密制造产业园项目（一期）总投资15.2亿元，已入驻企业6家。"
    "黄果树旅游区大瀑布游客集散中心提升改造项目总投资6.8亿元，已完成投资4.9亿元，占总投资的72.1%。",
]

PARAS_3 = [
    "观摩中共梳理出影响项目推进的问题38条，其中用地、用电、用水等要素保障类14条，审批手续类11条，资金类8条，"
    "其他5条。截至12月5日，已解决21条，解决率55.3%；正在推进13条；需提请省级层面协调的4条。分县（区）看，"
    "紫云县未解决问题最多，有5条。第三季度观摩梳理的31条问题中已解决28条，未解决的3条已并入本次清单继续跟踪。"
    "重点问题清单如下。",
]

TABLE = [
    ("序号", "问题", "责任单位", "完成时限", "进展"),
    (
        "1",
        "年产20万套新能源汽车电驱动系统项目110千伏专用变电站未建成，影响设备调试",
        "安顺供电局、安顺经开区管委会",
        "12月20日前",
        "正在推进，土建已完成80%",
    ),
    (
        "2",
        "年产10万吨锂电池负极材料项目用地指标缺口126亩",
        "市自然资源局、平坝区人民政府",
        "2024年1月底前",
        "已落实82亩，剩余44亩正在报批",
    ),
    (
        "3",
        "普定县农产品冷链物流园项目拖欠工程进度款860万元",
        "普定县人民政府",
        "12月底前",
        "已解决，款项已全额拨付",
    ),
    (
        "4",
        "镇宁县精品水果加工项目环评批复未办结",
        "市生态环境局",
        "12月15日前",
        "已解决，12月1日取得批复",
    ),
    (
        "5",
        "关岭县肉牛屠宰及精深加工项目资金缺口约2.3亿元",
        "关岭县人民政府、市地方金融监管局",
        "2024年2月底前",
        "正在对接银行，已获授信1.5亿元",
    ),
    (
        "6",
        "大瀑布游客集散中心提升改造项目施工图审查超期",
        "市住房城乡建设局",
        "12月10日前",
        "已解决",
    ),
    (
        "7",
        "紫云县格凸河景区旅游公路项目涉及37户农户未签订征收协议",
        "紫云县人民政府",
        "12月31日前",
        "正在推进，已签约29户",
    ),
    (
        "8",
        "民用航空零部件精密制造产业园项目2栋标准厂房交付延迟",
        "安顺高新区管委会",
        "12月25日前",
        "已交付1栋",
    ),
]

PARAS_4 = [
    "各县（区）和市直有关部门要对照问题清单逐条销号，确保12月20日前问题解决率达到80%以上；对需省级协调的问题，"
    "由市项目办汇总后专题报送。要抓住年底施工黄金期，力争全年重点项目完成投资突破500亿元、新开工项目开工率"
    "达到95%以上；12月计划新开工项目7个，总投资不少于30亿元。2024年第一季度观摩将重点看新开工项目和投产项目。",
]


def build() -> bytes:
    doc = Document()
    props = doc.core_properties
    props.author = OFFICE
    props.last_modified_by = OFFICE
    props.title = "全市2023年第四季度重点项目观摩活动情况及问题清单"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1

    doc.add_heading("全市2023年第四季度重点项目观摩活动情况及问题清单", 0)
    doc.add_paragraph("安项目办〔2023〕41号")
    doc.add_paragraph(f"{OFFICE}　　　　2023年12月6日")
    doc.add_heading("一、观摩活动基本情况", 1)
    for text in PARAS_1:
        doc.add_paragraph(text)
    doc.add_heading("二、全市重点项目推进情况", 1)
    for text in PARAS_2:
        doc.add_paragraph(text)
    doc.add_heading("三、观摩发现的问题及整改进展", 1)
    for text in PARAS_3:
        doc.add_paragraph(text)
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    table.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    doc.add_heading("四、下步工作", 1)
    for text in PARAS_4:
        doc.add_paragraph(text)
    doc.add_paragraph("联系人：罗文杰　电话：0851-33224097")

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
