"""Reader throughput: characters per second of full extraction on one core, beside jionlp's
``extract_money`` on the same text; and peak memory, which must stay flat as a document grows.

The text (≥ 5 MB) is varied: our own test reports (``tests/reading/corpus``), the third-party seeds when
``../shared/seeds`` is present (read at run time, never stored here), and report-like paragraphs made
from templates with random figures (a fixed seed, so every run reads the same text).

    .venv/bin/python -m benchmarks reading
"""

from __future__ import annotations

import random
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "reading" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"
CITY = ROOT / "examples" / "hengyang"
TARGET_CHARS = 5_000_000
GOAL = 500_000
BASELINE_CHARS = 300_000

SUBJECTS = ["全市", "我市", "衡阳高新区", "耒阳市", "衡南县", "松木经开区", "全县", "园区"]
PERIODS = ["1—6月", "前三季度", "上半年", "1-11月", "一季度", "今年以来", "2021年", "6月份"]
INDICATORS = [
    "地区生产总值",
    "规模以上工业增加值",
    "固定资产投资",
    "社会消费品零售总额",
    "一般公共预算收入",
    "进出口总额",
    "实际利用外资",
    "高新技术产业增加值",
    "民间投资",
    "快递业务量",
    "全社会用电量",
]
PROSE = [
    "{s}坚持稳中求进工作总基调，统筹疫情防控和经济社会发展，扎实做好“六稳”工作，全面落实“六保”任务。",
    "围绕产业链建设，{s}持续优化营商环境，深化“放管服”改革，推动各项政策落地见效，市场活力不断增强。",
    "下一步，{s}将紧盯全年目标任务，加大项目调度力度，强化要素保障，确保经济平稳健康发展。",
    "各有关部门要强化责任担当，加强协调配合，形成工作合力，以钉钉子精神抓好各项工作落实。",
]
TEMPLATES = [
    "{p}，{s}{i}完成{a}亿元，同比增长{g}%，比上半年加快{d}个百分点，高于全省{d2}个百分点，居全省第{r}。",
    "{s}新增市场主体{n}户，其中企业{m}家，较去年同期多增{k}家。",
    "{p}，{i}、{i2}分别增长{g}%、{g2}%，均居全省第{r}。",
    "{s}共有{n}个项目开工，总投资超过{a}亿元，占年度计划的{g}%。",
    "力争全年{i}增长{g}%以上，预计完成{a}亿元。",
    "指标    单位    绝对值    增速（%）\n{i}    亿元    {a}    {g}\n{i2}    亿元    —    -{g2}",
    "2021年7月29日，{s}召开第{r}届推进会，发布“1+{r}”政策，拨打12345热线可咨询。",
]


def _generated(rng: random.Random, count: int) -> str:
    out = []
    for _ in range(count):
        t = rng.choice(TEMPLATES) if rng.random() < 0.6 else rng.choice(PROSE)
        out.append(
            t.format(
                p=rng.choice(PERIODS),
                s=rng.choice(SUBJECTS),
                i=rng.choice(INDICATORS),
                i2=rng.choice(INDICATORS),
                a=f"{rng.uniform(1, 900):.2f}",
                g=f"{rng.uniform(0, 30):.1f}",
                g2=f"{rng.uniform(0, 30):.1f}",
                d=f"{rng.uniform(0, 5):.1f}",
                d2=f"{rng.uniform(0, 5):.1f}",
                r="一二三四五六七八九"[rng.randrange(9)],
                n=rng.randrange(10, 9000),
                m=rng.randrange(1, 900),
                k=rng.randrange(1, 300),
            )
        )
    return "\n".join(out)


def _real_texts() -> list[str]:
    from diaodu.reading import load_document

    texts = []
    for folder in (CORPUS, SEEDS):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".html", ".docx", ".pdf"):
                try:
                    texts.append(load_document(path).reading_view().text)  # html: its visible text
                except Exception:  # a file the loader refuses is no benchmark input
                    continue
    return texts


def corpus_text(target: int = TARGET_CHARS) -> str:
    """At least ``target`` characters of varied report text."""
    rng = random.Random(20201)
    real = _real_texts()
    parts: list[str] = []
    size = 0
    while size < target:
        chunk = real[len(parts) % len(real)] if real and len(parts) % 3 == 0 else _generated(rng, 40)
        parts.append(chunk)
        size += len(chunk) + 2
    return "\n\n".join(parts)


def _rate(fn: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    fn(text)
    return len(text) / (time.perf_counter() - start)


def _peak(text: str) -> int:
    from diaodu.reading import iter_mentions

    tracemalloc.start()
    for _ in iter_mentions(text, report_year=2021, city=CITY):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def run() -> None:
    from diaodu.reading import NATIVE, extract, iter_mentions

    print(
        "reader: compiled (mypyc, build/native)"
        if NATIVE
        else "reader: pure Python (no up-to-date build/native, or DIAODU_PURE is set; see `make native`)"
    )
    text = corpus_text()
    extract("预热：全市增长5%。", report_year=2021, city=CITY)  # compile the lexicon once

    def ours(t: str) -> int:
        return sum(1 for _ in iter_mentions(t, report_year=2021, city=CITY))

    start = time.perf_counter()
    figures = ours(text)
    seconds = time.perf_counter() - start
    rate = len(text) / seconds
    verdict = "meets" if rate >= GOAL else "is below"
    print(
        f"diaodu extract: {len(text):,} chars, {figures:,} figures in {seconds:.2f}s = {rate:,.0f} chars/s "
        f"({verdict} the goal of {GOAL:,})"
    )

    sample = text[:BASELINE_CHARS]
    try:
        import jionlp  # type: ignore[import-untyped]

        extract_money = getattr(jionlp, "extract_money", None) or jionlp.ner.extract_money
    except Exception as exc:  # jionlp is a dev-only dependency and may fail to import
        print(f"jionlp.extract_money: not measured, jionlp failed to import ({type(exc).__name__}: {exc})")
    else:
        paragraphs = [p for p in sample.split("\n") if p.strip()]
        extract_money(paragraphs[0])  # load its dictionaries before timing

        def baseline(_: str) -> int:
            return sum(len(extract_money(p)) for p in paragraphs)

        theirs = _rate(baseline, sample)
        ours_sample = _rate(ours, sample)
        print(
            f"jionlp.extract_money (money only, no attribution) on the first {len(sample):,} chars of the "
            f"same text: {theirs:,.0f} chars/s; diaodu on that sample: {ours_sample:,.0f} chars/s "
            f"= {ours_sample / theirs:.1f}x jionlp"
        )

    small, large = text[:200_000], text[:800_000]
    p_small, p_large = _peak(small), _peak(large)
    flat = p_large <= max(1.5 * p_small, p_small + 1_000_000)
    print(
        f"peak memory while streaming: {p_small / 1e6:.1f} MB for 0.2M chars, {p_large / 1e6:.1f} MB for "
        f"0.8M chars ({'flat' if flat else 'NOT flat'} in document length)"
    )
