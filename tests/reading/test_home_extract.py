"""The reader on reports about places the city profile does not know (or knows only as a peer).

Each case is read with the example profile (衡阳市, 湖南省); the places in the texts are invented, or a
peer of the profile used only as a name. ``expected`` maps a figure's text to the fields it must carry;
a figure stated on one span for several records appears once per record, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading.example_city import read

Case = tuple[str, list[tuple[str, dict[str, Any]]]]

CASES: list[Case] = [
    # a county's work report: 全县 is the county the opening names, not the profile's city
    (
        "政府工作报告\n——在澄水县第七届人民代表大会第四次会议上\n\n"
        "过去一年，全县地区生产总值完成156.2亿元，增长4.9%，增速高于全市0.3个百分点。\n",
        [
            ("156.2亿元", {"subject": "澄水县", "indicator": "地区生产总值"}),
            ("4.9%", {"subject": "澄水县", "measure": "growth"}),
            ("0.3个百分点", {"subject": "澄水县", "measure": "diff"}),
        ],
    ),
    # a peer city's release: 全市 is that city throughout
    (
        "株洲市2021年1-4月经济运行简况\n\n1-4月，全市固定资产投资增长7.7%。全市社会消费品零售总额增长9.9%。\n",
        [("7.7%", {"subject": "株洲市"}), ("9.9%", {"subject": "株洲市"})],
    ),
    # a list of regions named only by their form, before 分别: one subject each, in order
    (
        "柯州市2021年上半年经济运行简况\n\n上半年，澄水县、柯山县、青禾区工业投资分别增长6.1%、4.4%、-0.9%。\n",
        [
            ("6.1%", {"subject": "澄水县", "indicator": "工业投资"}),
            ("4.4%", {"subject": "柯山县", "indicator": "工业投资"}),
            ("0.9%", {"subject": "青禾区", "indicator": "工业投资"}),
        ],
    ),
    # a clause opening with a park named by its form: the park's figure; the next sentence is the city's
    (
        "柯州市2021年经济运行简况\n\n柯州高新区技工贸总收入增长12.2%。全市规上工业增加值增长5.1%。\n",
        [("12.2%", {"subject": "柯州高新区"}), ("5.1%", {"subject": "柯州市"})],
    ),
    # indicators named one after another, then 分别 over their growths: paired in order
    (
        "全市城镇居民人均可支配收入41200元，农村居民人均可支配收入20150元，分别增长4.6%和6.9%。",
        [
            ("4.6%", {"indicator": "城镇居民人均可支配收入"}),
            ("6.9%", {"indicator": "农村居民人均可支配收入"}),
        ],
    ),
    # a ranking framed by 在全省…中 belongs to the clause's own subject, not to the province
    (
        "澄水经开区营业收入增长9.2%，在全省开发区考核中排名第7位。",
        [("9.2%", {"subject": "澄水经开区"}), ("第7", {"subject": "澄水经开区", "measure": "rank"})],
    ),
    # the profile's own county: its report's 全市 is the profile's city
    (
        "衡南县2021年上半年经济运行情况\n\n上半年，全县工业投资增长8.8%，高于全市1.2个百分点，居全市第二。\n",
        [
            ("8.8%", {"subject": "衡南县"}),
            ("1.2个百分点", {"subject": "衡南县", "reference": "衡阳市"}),
            ("第二", {"subject": "衡南县", "reference": "衡阳市"}),
        ],
    ),
    # a table keyed by counties the profile does not know: each row is its county's, ranked in the city
    (
        "柯州市2021年1-11月主要经济指标\n\n分县（市、区）规模以上工业增加值增速\n\n"
        "地区          增速（%）    位次\n澄水县        12.7         1\n柯山县        -2.4         6\n",
        [
            ("12.7", {"subject": "澄水县", "measure": "growth"}),
            ("1", {"subject": "澄水县", "measure": "rank", "reference": "柯州市"}),
            ("-2.4", {"subject": "柯山县", "value": -2.4}),
        ],
    ),
    # a company named by its form opens the sentence: its figures, not the county's
    (
        "政府工作报告\n——在澄水县人民代表大会上\n\n过去一年，全县工业增长5.5%。澄水电子公司二期投产，年产值突破12亿元。\n",
        [("5.5%", {"subject": "澄水县"}), ("12亿元", {"subject": "澄水电子公司", "qualifier": "over"})],
    ),
    # a one-month period holds for its own paragraph only
    (
        "柯州市2021年1-9月经济运行简况\n\n9月当月，全市社会消费品零售总额增长6.2%，比上月加快一点。\n"
        "财政收入平稳增长。全市一般公共预算收入完成88.2亿元，同比增长4.1%，税收收入稳中有升。\n",
        [("6.2%", {"period": "2021-09"}), ("88.2亿元", {"period": "2021-01/2021-09"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:14] for c in CASES])
def test_subjects_from_the_document(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    records = read(text)
    seen: dict[str, int] = {}
    for span, fields in expected:
        hits = [r for r in records if r.text == span or r.text.lstrip("-") == span]
        k = seen.get(span, 0)
        seen[span] = k + 1
        assert len(hits) > k, (span, [(r.text, r.subject, r.indicator) for r in records])
        got = hits[k]
        for key, value in fields.items():
            assert getattr(got, key) == value, (span, key, getattr(got, key), value)
