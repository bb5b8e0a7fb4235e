"""The document's own subject and the region names in it, found from the text, not from the profile.

Every sentence here is invented for this file (places are fictional or used only as names).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from diaodu.errors import LexiconError
from diaodu.reading.home import (
    REGIONS_FILE,
    home_subject,
    home_word_subjects,
    load_regions,
    region_at,
    region_names,
)
from diaodu.reading.profile import CityProfile, load_profile

ROOT = Path(__file__).resolve().parents[2]
HENGYANG = load_profile(ROOT / "examples" / "hengyang" / "city.yaml")
LANZHOU = load_profile(Path(__file__).resolve().parent / "corpus" / "city.yaml")


# ---- region names by form ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("澄水县、柯山县和青禾市工业投资分别增长3%、4%、5%。", ["澄水县", "柯山县", "青禾市"]),
        ("今年以来，墨县规上工业增加值增长2.4%。", ["墨县"]),
        ("——在澄水县第九届人民代表大会第二次会议上", ["澄水县"]),
        ("澄水经开区营业收入增长一成，柯山高新区增长8%。", ["澄水经开区", "柯山高新区"]),
        ("带动云川市外贸回暖。", ["云川市"]),
        ("青禾市2024年前三季度经济运行简况", ["青禾市"]),
        ("河西新区与白石镇签约，石桥乡引进项目3个。", ["河西新区", "白石镇", "石桥乡"]),
        ("阿勒泰旗完成造林2万亩。", ["阿勒泰旗"]),
        ("苍州市和苍州的关系", ["苍州市", "苍州"]),
        ("东湖街道、南塘街道分别新增企业5家、3家。", ["东湖街道", "南塘街道"]),
        ("青禾化工集团和澄水电子有限公司投产。", ["青禾化工集团", "澄水电子有限公司"]),
    ],
)
def test_names_by_form(text: str, names: list[str]) -> None:
    assert [r.text for r in region_names(text, None)] == names


@pytest.mark.parametrize(
    "text",
    [
        "全市城市更新项目开工12个，超市和都市农业同步发展。",
        "全县新登记市场主体820户，本市市民满意度提高。",
        "地区生产总值增长5%，社区和小区改造完成，景区接待游客增长9%。",
        "园区规上企业达到40家，各县市区均有新增。",
        "城镇居民人均可支配收入增长4.8%，城乡差距缩小，乡村振兴有序推进。",
        "高于全省平均水平1.2个百分点，居全省第三，完成省定目标。",
        "打造制造强市，创建国家文明城市，争当示范县。",
        "全省14个市州中，五区两园保二争一，县域经济提速。",
        "企业上市实现破零，省级园区综合评价进位，县长调研重点项目。",
        "产业园区和科技园区提质，物流园区扩容，革命老区和民族地区加快发展。",
        # a name inside a longer proper name: a road, an airport, a school (no city 柯州, no county 梅县)
        "柯州大道数字走廊开工，梅县机场改扩建完成投资3亿元，岚州中学新校区投用。",
    ],
)
def test_common_words_are_no_names(text: str) -> None:
    assert [r.text for r in region_names(text, None) if not r.known] == []


def test_profile_names_are_canonical_and_beat_a_longer_guess() -> None:
    found = region_names("衡阳高新区与松木经开区，带动衡南县", HENGYANG)
    assert [(r.text, r.name, r.known) for r in found] == [
        ("衡阳高新区", "衡阳高新技术产业开发区", True),
        ("松木经开区", "衡阳松木经济开发区", True),
        ("衡南县", "衡南县", True),
    ]


def test_self_words_are_not_region_names() -> None:
    # 全市 / 全省 are aliases in the profile, but what they stand for depends on the document
    assert region_names("全市增长5%，高于全省1个百分点", HENGYANG) == []


def test_province_names_come_from_the_list() -> None:
    found = region_names("与浙江省、贵州的企业合作", None)
    assert [(r.name, r.kind) for r in found] == [("浙江省", "province"), ("贵州省", "province")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("柯州高新区营业收入增长9%", "柯州高新区"),
        ("澄水县城关镇", "澄水县"),
        ("阳综保区获批试点", None),  # 综保区 wants a two-character place before it
        ("抓住衡阳市获批的契机", None),  # ends in a name the profile knows, after a verb
        ("澄水高新区营收增长", "澄水高新区"),  # 高新区 alone is the profile's park alias: the place wins
        ("规上工业增加值增长", None),
        ("力争青禾化工集团产值突破", "青禾化工集团"),  # the name after 力争 is the clause's subject
        ("高于青禾市平均水平", None),  # the name after a comparator is not
    ],
)
def test_region_at_a_clause_start(text: str, expected: str | None) -> None:
    found = region_at(text, 0, profile=HENGYANG)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("炎山县规上工业增加值", "炎山县"),
        ("澄水经开区营业收入", "澄水经开区"),
        ("城镇居民人均可支配收入", None),
        ("规上工业增加值", None),
        ("衡东县工业投资", "衡东县"),
    ],
)
def test_a_list_item_opening_with_a_name(fragment: str, expected: str | None) -> None:
    found = region_at(fragment, 0, profile=HENGYANG)
    assert (found.name if found else None) == expected


# ---- the home subject --------------------------------------------------------------------------------

COUNTY_REPORT = (
    "政府工作报告\n——2025年1月9日在澄水县第七届人民代表大会第四次会议上\n\n各位代表：\n"
    "过去一年，全县地区生产总值达到156.2亿元，增长4.9%。我县新增规上企业11家。\n"
)
CITY_RELEASE = (
    "青禾市2024年1-5月经济运行简况\n发布时间：2024-06-18\n\n"
    "1-5月，全市规模以上工业增加值增长5.5%。柯山县、墨县分别增长6.1%、3.9%。\n"
)
PARK_SUMMARY = (
    "澄水高新区2024年上半年工作总结\n\n"
    "上半年，全区实现技工贸总收入88.6亿元，同比增长12.4%，园区新入驻企业23家。\n"
)
NO_HEADLINE_COUNTY = (
    "今年以来，全县上下紧盯目标。墨县规上工业增加值增长6.6%，墨县固定资产投资增长3.1%，"
    "全县社会消费品零售总额增长5.0%，高于全市1.1个百分点。\n"
)
NOTHING_SAID = "一季度，规上工业增加值增长4.4%，固定资产投资增长2.0%。\n"


@pytest.mark.parametrize(
    ("text", "profile", "name", "kind", "source", "known"),
    [
        (COUNTY_REPORT, HENGYANG, "澄水县", "county", "headline", False),
        (COUNTY_REPORT, None, "澄水县", "county", "headline", False),
        (CITY_RELEASE, HENGYANG, "青禾市", "city", "headline", False),
        (PARK_SUMMARY, LANZHOU, "澄水高新区", "park", "headline", False),
        (NO_HEADLINE_COUNTY, HENGYANG, "墨县", "county", "self_words", False),
        (NOTHING_SAID, HENGYANG, "衡阳市", "city", "profile", True),
        (NOTHING_SAID, None, "", "city", "none", False),
        (
            "衡南县2024年上半年经济运行情况\n\n上半年，全县增长5%。",
            HENGYANG,
            "衡南县",
            "county",
            "headline",
            True,
        ),
        ("株洲市统计信息\n\n全市工业投资增长8%。", HENGYANG, "株洲市", "city", "headline", True),
        (
            "岚州高新区半年报\n\n上半年，全区营业收入增长9%。",
            LANZHOU,
            "岚州高新技术产业开发区",
            "park",
            "headline",
            True,
        ),
    ],
)
def test_home_subject(
    text: str, profile: CityProfile | None, name: str, kind: str, source: str, known: bool
) -> None:
    home = home_subject(text, profile)
    assert (home.name, home.kind, home.source, home.known) == (name, kind, source, known)


def test_a_headline_with_two_names_takes_the_one_the_body_speaks_as() -> None:
    text = "青禾市澄水县2024年经济运行简况\n\n全县地区生产总值增长5.1%，全县新增企业20家。\n"
    assert home_subject(text, None).name == "澄水县"


def test_a_province_report_is_the_province_s() -> None:
    text = "浙江省2024年国民经济运行情况\n\n全省地区生产总值增长5.5%，全省规上工业增长6%，全省投资增长3%。\n"
    home = home_subject(text, HENGYANG)
    assert (home.name, home.kind) == ("浙江省", "province")


def test_a_city_report_full_of_province_comparisons_stays_the_city_s() -> None:
    text = "青禾市上半年经济运行简况\n\n全市增长5%，高于全省1个百分点，居全省第二，全省排名前移。\n"
    assert home_subject(text, None).name == "青禾市"


def test_the_title_apart_from_the_text_counts_as_the_headline() -> None:
    home = home_subject("上半年，全县工业投资增长8%。", HENGYANG, title="澄水县上半年经济运行情况")
    assert (home.name, home.source) == ("澄水县", "headline")


def test_mentions_of_the_profile_s_own_units_count_for_its_city() -> None:
    # no headline: the body speaks as a city, names two peers once each, and three of the city's counties
    text = "今年以来，全市工业增长6%，高于长沙、株洲。衡南县、衡东县、祁东县增速居前，全市投资平稳。\n"
    assert home_subject(text, HENGYANG).name == "衡阳市"


def test_the_title_line_beats_a_site_name_above_it() -> None:
    text = "青禾市人民政府门户网站\n首页 > 统计信息\n柯山市2024年上半年经济运行简况\n\n全市工业增长6%。\n"
    assert home_subject(text, None).name == "柯山市"


def test_a_department_in_the_headline_stands_for_its_city() -> None:
    text = "岚州市统计局发布\n\n全市工业增长7%。"
    assert home_subject(text, LANZHOU).name == "岚州市"


# ---- what the self-words stand for -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        # a county the profile does not know: 全县 is the county; 全市 unknown unless the text names a city
        (COUNTY_REPORT, HENGYANG, {"全县": "澄水县", "我县": "澄水县", "全省": "湖南省", "全国": "全国"}),
        # a peer city of the profile: 全市 is that city, not the profile's
        ("株洲市统计信息\n\n全市工业投资增长8%，高于全省。", HENGYANG, {"全市": "株洲市", "全省": "湖南省"}),
        # a county the profile knows: 全市 is its city
        (
            "衡南县上半年经济运行情况\n\n全县增长5%，高于全市。",
            HENGYANG,
            {"全县": "衡南县", "全市": "衡阳市"},
        ),
        # a park under a county: 全市 is the city above the county
        (
            "西渡高新区上半年工作总结\n\n全区营收增长9%。",
            HENGYANG,
            {"全区": "衡阳西渡高新技术产业开发区", "全市": "衡阳市"},
        ),
        # a county of another province, whose report names its province and city
        (
            "政府工作报告\n——在澄水县人民代表大会上\n\n全县增长5%，高于青禾市和浙江省，居全市第二、全省第十。",
            HENGYANG,
            {"全县": "澄水县", "全市": "青禾市", "全省": "浙江省"},
        ),
    ],
)
def test_home_word_subjects(text: str, profile: CityProfile | None, expected: dict[str, str]) -> None:
    got = home_word_subjects(text, profile, home_subject(text, profile))
    for word, name in expected.items():
        assert got.get(word) == name, (word, got.get(word))
    if "全市" not in expected and "county" in home_subject(text, profile).kind:
        assert "全市" not in got


# ---- the data file -----------------------------------------------------------------------------------


def test_regions_file_loads() -> None:
    lex = load_regions()
    assert "县" in lex.suffixes and lex.suffixes["经开区"].kind == "park"
    assert lex.home_words["全县"] == ("county",)
    assert set(lex.home_words["全区"]) == {"district", "park"}
    assert "城市" in lex.not_names


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.update(extra_key=1), r"extra_key"),
        (
            lambda d: d["suffixes"].append(
                {"suffix": "堡", "kind": "fortress", "min_base": 1, "max_base": 2}
            ),
            r"'堡'",
        ),
        (
            lambda d: d["suffixes"].append({"suffix": "县", "kind": "county", "min_base": 1, "max_base": 2}),
            r"'县'.*twice",
        ),
        (
            lambda d: d["suffixes"].append({"suffix": "寨", "kind": "town", "min_base": 3, "max_base": 2}),
            r"'寨'.*min_base",
        ),
        (lambda d: d["home_words"].append({"word": "全寨", "kinds": ["village"]}), r"'全寨'"),
        (lambda d: d["not_before"].update({"堡": ["子"]}), r"'堡'"),
        (lambda d: d["name_parts_after"].append("国际会展中心"), r"'国际会展中心'.*longer"),
    ],
)
def test_a_broken_regions_file_is_refused_naming_file_and_entry(
    tmp_path: Path, edit: object, message: str
) -> None:
    path = tmp_path / "regions.yaml"
    shutil.copy(REGIONS_FILE, path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"regions\.yaml") as info:
        load_regions(path)
    assert re.search(message, str(info.value)), str(info.value)
