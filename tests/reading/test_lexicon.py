"""The lexicon's data files load, and a broken one is refused with its file and entry named."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from diaodu.errors import LexiconError
from diaodu.reading.lexicon import HERE, indicator_catalogue, load_indicators, load_lexicon

# the reader's files (dates.yaml and furniture.yaml belong to the document loader, with their own schema)
FILES = [
    "indicators.yaml",
    "units.yaml",
    "qualifiers.yaml",
    "periods.yaml",
    "modality.yaml",
    "measures.yaml",
    "references.yaml",
    "not_figures.yaml",
    "attribution.yaml",
    "tables.yaml",
]


@pytest.mark.parametrize("name", FILES)
def test_every_file_exists_and_is_validated(tmp_path: Path, name: str) -> None:
    assert (HERE / name).is_file()
    load_lexicon()
    folder = tmp_path / "lexicon"
    shutil.copytree(HERE, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / name).write_text("unexpected_key: 1\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=name.replace(".", r"\.")):
        load_lexicon(folder)


def test_catalogue_entries() -> None:
    entries = indicator_catalogue()
    assert len(entries) >= 30
    codes = [e.code for e in entries]
    assert len(codes) == len(set(codes))
    owner: dict[str, str] = {}
    for e in entries:
        for alias in (e.name, *e.aliases):
            assert owner.setdefault(alias, e.name) == e.name, f"{alias} names {owner[alias]} and {e.name}"


def test_qualifier_yu_is_data() -> None:
    words = {q.word: q.value for q in load_lexicon().qualifiers}
    assert words["逾"] == "over"


Edit = Callable[[dict], None]  # type: ignore[type-arg]


def _set(path: list[object], value: object) -> Edit:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        node = data
        for key in path[:-1]:
            node = node[key]  # type: ignore[index]
        node[path[-1]] = value  # type: ignore[index]

    return edit


def _append(path: list[object], value: object) -> Edit:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        node = data
        for key in path:
            node = node[key]  # type: ignore[index]
        node.append(value)  # type: ignore[attr-defined]

    return edit


BROKEN = [
    ("qualifiers.yaml", _set(["qualifiers", 0, "valu"], "over"), "valu"),
    ("qualifiers.yaml", _set(["qualifiers", 0, "value"], "more"), "超过"),
    ("qualifiers.yaml", _set(["qualifiers", 2, "position"], "middle"), "逾"),
    ("units.yaml", _set(["units", 0, "kind"], "weight"), "个百分点"),
    ("units.yaml", _append(["scales"], "k"), "scale"),
    ("periods.yaml", _set(["periods", 0, "months"], [6, 1]), "一季度"),
    ("periods.yaml", _set(["periods", 0, "months"], [1, 13]), "一季度"),
    ("indicators.yaml", _set(["indicators", 0, "kind"], "flows"), "地区生产总值"),
    ("indicators.yaml", _set(["indicators", 0, "code"], "GDP Total"), "地区生产总值"),
    (
        "indicators.yaml",
        _append(
            ["indicators"],
            {
                "code": "gdp2",
                "name": "经济总量指标",
                "aliases": ["GDP"],
                "unit": None,
                "kind": "flow",
                "accumulation": "cumulative",
            },
        ),
        "GDP",
    ),
    (
        "indicators.yaml",
        _append(
            ["indicators"],
            {
                "code": "gdp",
                "name": "另一个",
                "aliases": [],
                "unit": None,
                "kind": "flow",
                "accumulation": "point",
            },
        ),
        "gdp",
    ),
    ("not_figures.yaml", _set(["patterns", 0, "regex"], "(unclosed"), "date"),
    ("measures.yaml", _set(["cues", 0, "measure"], "speed"), "增长"),
    ("measures.yaml", _set(["cues", 0, "applies"], []), "增长"),
    ("modality.yaml", _set(["modality", 0, "value"], "hope"), "力争"),
    ("references.yaml", _set(["regions", 0, "extra"], 1), "全国"),
    ("attribution.yaml", _set(["capacity", 0, "indicator"], ""), "年产"),
    ("tables.yaml", _set(["columns", "colour"], ["红"]), "colour"),
]


def _broken_copy(tmp_path: Path, name: str, edit: Edit) -> Path:
    folder = tmp_path / "lexicon"
    shutil.copytree(HERE, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = folder / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("name", "edit", "named"), BROKEN, ids=[f"{b[0]}-{i}" for i, b in enumerate(BROKEN)])
def test_broken_file_is_refused_naming_file_and_entry(
    tmp_path: Path, name: str, edit: Edit, named: str
) -> None:
    folder = _broken_copy(tmp_path, name, edit)
    with pytest.raises(LexiconError) as info:
        load_lexicon(folder)
    message = str(info.value)
    assert name in message
    assert named in message


def test_not_yaml_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    shutil.copytree(HERE, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / "units.yaml").write_text("units: [\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"units\.yaml: not valid YAML"):
        load_lexicon(folder)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    shutil.copytree(HERE, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / "periods.yaml").unlink()
    with pytest.raises(LexiconError, match=r"periods\.yaml: cannot read"):
        load_lexicon(folder)


def test_load_indicators_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "indicators:\n  - {code: a, name: 甲, aliases: [乙], unit: null, kind: other, accumulation: point}\n"
        "  - {code: b, name: 丙, aliases: [乙], unit: null, kind: other, accumulation: point}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="乙"):
        load_indicators(path)


def test_an_added_qualifier_changes_reading(tmp_path: Path) -> None:
    """The recipe of docs/lexicon.md: add a word to a data file, and the reader uses it."""
    from diaodu.reading import extract

    text = "签约资金足有50亿元。"
    plain = tmp_path / "plain"
    shutil.copytree(HERE, plain, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    assert [r.qualifier for r in extract(text, report_year=2021, lexicon=plain)] == [None]
    edited = tmp_path / "edited"
    shutil.copytree(HERE, edited, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = edited / "qualifiers.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["qualifiers"].append({"word": "足有", "value": "over", "position": "before"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert [r.qualifier for r in extract(text, report_year=2021, lexicon=edited)] == ["over"]
