"""Numbers as reports write them: Arabic, full-width, with thousands separators, Chinese, and mixed.

The value of a figure is kept *as written*, with its scale in the unit: ``1.2万余人`` is value 1.2,
unit ``万人``; ``千亿元`` is value 1000, unit ``亿元``; ``1个亿`` is value 1, unit ``亿元``; ``翻一番`` is
growth 100.
``to_base`` brings a (value, scale) pair to a plain number when a caller needs one.

Chinese numerals (二, 十二, 两千) go to cn2an, which reads them well. The rest is written here because
cn2an works on whole strings, not spans: it has no notion of where a number starts and ends inside a
sentence, raises on anything that is not purely a numeral, and would turn ``1.2万`` into 12000 while the
spec keeps the scale in the unit. Arabic digits need no library: normalise full-width forms and
separators, then ``float``.
"""

from __future__ import annotations

from functools import lru_cache

import cn2an

ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．·][0-9０-９]+)?"
"""An Arabic number: digits (ASCII or full-width), optional thousands separators and decimals."""

CHINESE_DIGITS = "〇零一二两三四五六七八九十百千"
CHINESE = f"[{CHINESE_DIGITS}]+"

SCALE_VALUES: dict[str, float] = {
    "十": 1e1,
    "百": 1e2,
    "千": 1e3,
    "万": 1e4,
    "十万": 1e5,
    "百万": 1e6,
    "千万": 1e7,
    "亿": 1e8,
    "万亿": 1e12,
}

_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_BARE_MAGNITUDE = {"十": 10.0, "百": 100.0, "千": 1000.0, "万": 10000.0}


def parse_arabic(text: str) -> float:
    """``"1,234.5"`` / ``"１２３"`` / ``"3·5"`` → float; ``ValueError`` when it is not a number."""
    if text.isascii() and "," not in text:
        return float(text)  # nothing to normalise (the commonest case)
    cleaned = text.translate(_FULLWIDTH).replace(",", "").replace("，", "").replace("·", ".")
    return float(cleaned)


@lru_cache(maxsize=4096)
def parse_chinese(text: str) -> float:
    """``"二"`` → 2, ``"十二"`` → 12, ``"两千"`` → 2000, ``"千"`` → 1000; ``ValueError`` if not a numeral."""
    if text in _BARE_MAGNITUDE:
        return _BARE_MAGNITUDE[text]
    if not text or any(ch not in CHINESE_DIGITS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError) as exc:  # cn2an's own errors are ValueError subclasses
        raise ValueError(f"not a Chinese numeral: {text!r}") from exc
    return float(value)


def parse_number(text: str) -> float:
    """Arabic, full-width or Chinese numeral → float."""
    try:
        return parse_arabic(text)
    except ValueError:
        return parse_chinese(text)


def to_base(value: float, scale: str) -> float:
    """``(1.2, "万")`` → 12000.0; an empty scale leaves the value alone."""
    if not scale:
        return value
    if scale not in SCALE_VALUES:
        raise ValueError(f"unknown scale {scale!r}")
    return value * SCALE_VALUES[scale]


def doubling_growth(times: str) -> float:
    """翻一番 → 100, 翻两番 → 300, 翻3番 → 700: growth in % of a number doubled ``times`` times."""
    n = parse_number(times.replace("两", "二"))
    return float((2.0**n - 1.0) * 100.0)
