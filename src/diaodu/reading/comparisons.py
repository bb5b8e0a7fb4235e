"""Changes said as "more than before": 比上年同期多开工146个, 较去年少引进3家.

``measures.MeasureCues`` reads 多增 / 净增 as a change. A comparison (比…, 较…, 同比) followed by 多 or 少
and a verb of one or two characters (多开工, 多投放, 多争取, 少引进), or 新增 (比年初新增18家), says the same
of any deed: the amount after it is a change against the compared period, not a level.
"""

from __future__ import annotations

import re

__all__ = ["more_than_change", "rate_named_before"]

_MORE = re.compile(r"(?:比|较|同比)[^，,；;。！？0-9]{0,12}?(?:(?P<w>[多少])[\u4e00-\u9fff]{0,2}|新增)\s*$")


def more_than_change(text: str, clause_start: int, num_start: int) -> int:
    """1 for 比…多<verb> (or 比年初新增) right before the number, -1 for 比…少<verb>, 0 when the clause
    says neither."""
    m = _MORE.search(text, max(clause_start, num_start - 20), num_start)
    if m is None:
        return 0
    return -1 if m["w"] == "少" else 1


_BARE_IS = re.compile(r"[\s\u3000]*(?:分别|均|都)?(?:为|是)[\s\u3000]*(?:[-－]?[0-9.]+[%％][、和及与])*$")


def rate_named_before(text: str, ss: int, cs: int, num_start: int, rate_words: re.Pattern[str]) -> bool:
    """甲县增速低于全省，分别为6.3%、5.8%: a percentage said only as "(分别)为" in its clause is the rate the
    clause before it in the sentence names (增速, 增幅): a growth, not a share."""
    joined = max(text.rfind("，", cs, num_start), text.rfind(",", cs, num_start))
    if joined >= cs:
        cs = joined + 1  # 贷款增速较高的是甲县、乙县，分别为…: a superlative's clause, joined to the figure's
    if cs <= ss or _BARE_IS.fullmatch(text, cs, num_start) is None:
        return False
    prev = max(text.rfind("，", ss, cs - 1), text.rfind(",", ss, cs - 1)) + 1
    return rate_words.search(text, max(prev, ss), cs) is not None
