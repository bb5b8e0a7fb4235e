"""Write the corpus files that are not plain UTF-8 text, from the sources here, so they can be edited.

    .venv/bin/python tests/reading/corpus/make_corpus.py

- ``sources/04_highlights_bom.txt``   → ``04_highlights_bom.txt``   UTF-8 with a BOM
- ``sources/06_district_gb18030.txt`` → ``06_district_gb18030.txt`` GB18030
- ``sources/09_commerce_utf16.txt``   → ``09_commerce_utf16.txt``   UTF-16 (little-endian, with BOM)
- ``sources/13_old_site_gb2312.html`` → ``13_old_site_gb2312.html`` GB2312, an old site's table layout
- ``DOCX_*`` below                    → ``08_project_bulletin.docx`` python-docx: paragraphs and a table
- ``PDF_LINES`` below                 → ``10_county_brief.pdf``      a one-page PDF written byte by byte, its
  text in the non-embedded Adobe font STSong-Light (UniGB-UCS2-H), which pypdf reads back

Every document here is invented, about the fictional city of ``city.yaml``. After editing a source, run
this script and then ``build_gold.py`` (the gold spans index the text as ``load_document`` decodes it).
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

ENCODED = {
    "04_highlights_bom.txt": "utf-8-sig",
    "06_district_gb18030.txt": "gb18030",
    "09_commerce_utf16.txt": "utf-16",
    "13_old_site_gb2312.html": "gb2312",
}
# What load_document reports for each: GB2312 is read as GB18030, its superset.
DETECTED = {"gb2312": "gb18030"}

DOCX_BEFORE = [
    "岚州市重点项目建设进展通报",
    "（2023年第3期）",
    "岚州市重点项目建设指挥部办公室　　2023年6月5日",
    "截至5月底，全市218个市级重点项目累计开工196个，开工率89.9%；累计完成投资263.8亿元，"
    "占年度计划投资的41.5%，低于时序进度0.2个百分点。",
    "分县（市、区）看，宁岭县、汾北县、岚州经开区投资完成率分别为52.3%、48.7%、47.9%；"
    "白泉县投资完成率为29.4%，进度相对滞后。",
    "部分重大项目进展情况如下：",
]
DOCX_TABLE = [
    ["项目名称", "年度计划投资（亿元）", "1-5月完成投资（亿元）", "完成率（%）"],
    ["岚州重工智能装备产业园", "12.0", "6.35", "52.9"],
    ["汾北年产2GW光伏组件制造项目", "8.5", "3.12", "36.7"],
    ["岚州东站综合交通枢纽", "6.8", "2.94", "43.2"],
    ["宁岭县城乡供水一体化工程", "3.2", "1.67", "52.2"],
]
DOCX_AFTER = [
    "下一步，各地各部门要对照年度目标，力争6月底前重点项目完成投资突破330亿元，开工率达到95%以上，"
    "确保实现“双过半”。",
]

PDF_LINES = [
    "白泉县2023年上半年经济运行简析",
    "白泉县统计局 2023年7月20日",
    "上半年，全县地区生产总值完成86.42亿元，同比增长4.8%，低于全市1.1个百分点。",
    "规模以上工业增加值增长3.6%，其中煤炭行业增加值下降1.7%。",
    "固定资产投资完成21.7亿元，增长6.9%，项目投资占比达62.4%。",
    "社会消费品零售总额27.35亿元，增长5.2%，增速居全市第三。",
    "城乡居民人均可支配收入分别为18760元和7935元，分别增长4.9%和7.1%。",
]


def write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    for text in DOCX_BEFORE:
        document.add_paragraph(text)
    table = document.add_table(rows=len(DOCX_TABLE), cols=len(DOCX_TABLE[0]))
    for r, row in enumerate(DOCX_TABLE):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for text in DOCX_AFTER:
        document.add_paragraph(text)
    document.core_properties.author = "diaodu tests"
    document.save(str(path))


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF whose text is ``lines``, one per line; the same bytes every time."""
    content = ["BT", "/F1 11 Tf", "16 TL", "40 800 Td"]
    for line in lines:
        content.append(f"<{line.encode('utf-16-be').hex().upper()}> Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main() -> None:
    for name, encoding in ENCODED.items():
        text = (HERE / "sources" / name).read_text(encoding="utf-8")
        (HERE / name).write_bytes(text.encode(encoding))
    write_docx(HERE / "08_project_bulletin.docx")
    (HERE / "10_county_brief.pdf").write_bytes(pdf_bytes(PDF_LINES))
    print("wrote", ", ".join([*ENCODED, "08_project_bulletin.docx", "10_county_brief.pdf"]))


if __name__ == "__main__":
    main()
