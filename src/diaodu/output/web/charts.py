"""ECharts options built on the server as plain JSON (no functions), drawn by ``static/app.js``."""

from __future__ import annotations

from typing import Any

PALETTE = ["#1f5fae", "#b3261e", "#2e8b57", "#d49b00", "#6a3d9a", "#00838f", "#8d6e63", "#5c6bc0"]
FONT = {"fontFamily": "Noto Sans CJK SC, Source Han Sans SC, sans-serif"}


def lines(
    title: str, x: list[str], series: list[tuple[str, list[float | None]]], unit: str = ""
) -> dict[str, Any]:
    """A line chart: one line a series, over the categories ``x``."""
    return {
        "color": PALETTE,
        "textStyle": FONT,
        "title": {"text": title, "left": 0, "textStyle": {"fontSize": 14}},
        "tooltip": {"trigger": "axis"},
        "legend": {"type": "scroll", "top": 24},
        "grid": {"left": 48, "right": 16, "top": 64, "bottom": 32},
        "xAxis": {"type": "category", "data": x},
        "yAxis": {"type": "value", "name": unit},
        "series": [
            {"name": name, "type": "line", "data": data, "connectNulls": True, "symbolSize": 6}
            for name, data in series
        ],
    }


#: The three-colour warning (三色预警) of dispatch.progress, as bar colours.
WARNING_COLOURS = {"green": "#2e8b57", "yellow": "#d49b00", "red": "#c62828", "grey": "#9aa3ad"}


def progress_bars(
    title: str,
    names: list[str],
    completion: list[float | None],
    schedule: float,
    colours: list[str] | None = None,
) -> dict[str, Any]:
    """Bars of completion rates, coloured by the three-colour warning, with a marked line at 时序进度."""
    many = len(names) > 6
    data: list[Any] = []
    for i, v in enumerate(completion):
        value = None if v is None else round(v, 1)
        colour = WARNING_COLOURS.get(colours[i], PALETTE[0]) if colours else PALETTE[0]
        data.append({"value": value, "itemStyle": {"color": colour}})
    return {
        "color": PALETTE,
        "textStyle": FONT,
        "title": {"text": title, "left": 0, "textStyle": {"fontSize": 14}},
        "tooltip": {"trigger": "axis"},
        "grid": {"left": 48, "right": 96, "top": 48, "bottom": 100 if many else 48},
        "xAxis": {
            "type": "category",
            "data": names,
            "axisLabel": {"interval": 0, "rotate": 45 if many else 0, "fontSize": 11},
        },
        "yAxis": {"type": "value", "name": "%"},
        "series": [
            {
                "name": "投资完成率",
                "type": "bar",
                "data": data,
                "label": {"show": not many, "position": "top"},
                "markLine": {
                    "symbol": "none",
                    "label": {"formatter": f"时序进度\n{schedule:.1f}%", "position": "end"},
                    "lineStyle": {"color": "#b3261e", "type": "dashed"},
                    "data": [{"yAxis": round(schedule, 1)}],
                },
            }
        ],
    }


def bars(
    title: str, names: list[str], series: list[tuple[str, list[float]]], unit: str = ""
) -> dict[str, Any]:
    """Grouped bars."""
    return {
        "color": PALETTE,
        "textStyle": FONT,
        "title": {"text": title, "left": 0, "textStyle": {"fontSize": 14}},
        "tooltip": {"trigger": "axis"},
        "legend": {"top": 24},
        "grid": {"left": 48, "right": 16, "top": 64, "bottom": 56},
        "xAxis": {"type": "category", "data": names, "axisLabel": {"interval": 0, "rotate": 20}},
        "yAxis": {"type": "value", "name": unit},
        "series": [{"name": n, "type": "bar", "data": d} for n, d in series],
    }
