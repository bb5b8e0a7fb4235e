"""Charts for the Word reports, drawn with matplotlib in a CJK font so the Chinese labels render.

Each function writes one PNG and returns its path. The font is the first of ``CJK_FONTS`` installed
(Noto Sans CJK SC on most systems); ``cjk_font()`` says which one was found.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib import font_manager

from diaodu.dispatch.leads import FunnelStep
from diaodu.dispatch.progress import GroupProgress
from diaodu.dispatch.reports import IndicatorLine

CJK_FONTS = ("Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei")
COLOURS = {"green": "#2e7d32", "yellow": "#f9a825", "red": "#c62828", "grey": "#9e9e9e"}


def cjk_font() -> str | None:
    """The name of the first installed CJK font of ``CJK_FONTS``, or ``None``."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((f for f in CJK_FONTS if f in installed), None)


def _style() -> None:
    font = cjk_font()
    if font is not None:
        plt.rcParams["font.family"] = "sans-serif"
        plt.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False


def progress_chart(groups: list[GroupProgress], path: Path, title: str) -> Path:
    """Bars of completion rate per group, coloured by warning, with the 时序进度 line."""
    _style()
    fig, ax = plt.subplots(figsize=(7.5, 3.8), dpi=150, layout="constrained")
    names = [g.key.removesuffix("产业链") for g in groups]
    rates = [g.completion or 0.0 for g in groups]
    bars = ax.bar(names, rates, color=[COLOURS[g.colour] for g in groups], width=0.6)
    if groups:
        schedule = groups[0].schedule
        ax.axhline(schedule, color="#1565c0", linestyle="--", linewidth=1.2, label=f"时序进度{schedule:.1f}%")
        ax.legend(loc="upper right", fontsize=9, frameon=False)
    for bar, rate in zip(bars, rates, strict=True):
        ax.text(bar.get_x() + bar.get_width() / 2, rate + 1, f"{rate:.1f}%", ha="center", fontsize=8)
    ax.set_ylabel("投资完成率（%）")
    ax.set_title(title, fontsize=12)
    ax.set_ylim(0, max([*rates, 100.0]) * 1.15)
    ax.spines[["top", "right"]].set_visible(False)
    plt.setp(
        ax.get_xticklabels(),
        rotation=20 if len(names) > 6 else 0,
        ha="right" if len(names) > 6 else "center",
        fontsize=8,
    )
    fig.savefig(path)
    plt.close(fig)
    return path


def trend_chart(indicators: list[IndicatorLine], path: Path, title: str) -> Path:
    """Lines of each indicator's cumulative 同比 over the year's periods."""
    _style()
    fig, ax = plt.subplots(figsize=(7.5, 3.8), dpi=150, layout="constrained")
    drawn = 0
    for ind in indicators:
        if len(ind.trend) < 1:
            continue
        xs = [f"1—{int(p[-2:])}月" for p, _ in ind.trend]
        ys = [v for _, v in ind.trend]
        ax.plot(xs, ys, marker="o", label=ind.indicator)
        drawn += 1
    ax.axhline(0, color="#666666", linewidth=0.8)
    ax.set_ylabel("同比增长（%）")
    ax.set_title(title, fontsize=12)
    if drawn:
        ax.legend(fontsize=8, loc="best")
    else:
        ax.text(0.5, 0.5, "账本中暂无指标数据", ha="center", va="center", transform=ax.transAxes)
    ax.spines[["top", "right"]].set_visible(False)
    fig.savefig(path)
    plt.close(fig)
    return path


def funnel_chart(steps: list[FunnelStep], path: Path, title: str) -> Path:
    """Horizontal bars of the 招商 funnel."""
    _style()
    fig, ax = plt.subplots(figsize=(7.5, 3.2), dpi=150, layout="constrained")
    labels = [s.step for s in steps][::-1]
    counts = [s.count for s in steps][::-1]
    bars = ax.barh(labels, counts, color="#1565c0")
    for bar, n in zip(bars, counts, strict=True):
        ax.text(bar.get_width() + 2, bar.get_y() + bar.get_height() / 2, f"{n}个", va="center", fontsize=9)
    ax.set_xlim(0, max([*counts, 1]) * 1.15)
    ax.set_xlabel("项目个数")
    ax.set_title(title, fontsize=12)
    ax.spines[["top", "right"]].set_visible(False)
    fig.savefig(path)
    plt.close(fig)
    return path
