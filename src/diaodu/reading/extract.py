"""``extract(document) -> list[FigureMention]``: every figure of a report, with its span and its meaning.

The reader walks the text paragraph by paragraph, sentence by sentence. A paragraph starts with the
document's period (the report year, or the half-year or quarter its headline names) and the city as its
subject; a period or a subject written at the start of a paragraph holds for the rest of it (the
passage's subject and period carried forward), one written inside a sentence holds to the sentence's end.
A paragraph that runs on from the one before (no full stop, no bullet) keeps the state it was left in.

For each number phrase (``measures.QuantityFinder``) the reader decides the measure from its cue words,
names the indicator from the words before it (or, for a count, after it), distributes 分别 / 均 / 双双 over
the list they refer to, and sets the reference and modality. Pure: no database, no files but the lexicon.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from diaodu.errors import DiaoduError
from diaodu.reading.attribution import LIST_SPLIT, Namer, Subjects, clean
from diaodu.reading.home import RegionsAt, load_regions, region_at, region_names
from diaodu.reading.lexicon import Lexicon, load_lexicon, sorted_longest_first
from diaodu.reading.measures import MeasureCues, Quantity, QuantityFinder
from diaodu.reading.mentions import FigureMention
from diaodu.reading.offsets import read_mapped
from diaodu.reading.periods import PeriodFinder, PeriodMark
from diaodu.reading.profile import CityProfile, load_profile
from diaodu.reading.tables import (
    Cell,
    Column,
    ColumnKinds,
    cell_value,
    is_empty_cell,
    is_number_cell,
    split_cells,
)

try:  # the document's own subject, from its headline and self-words (全县, 我区 …)
    from diaodu.reading.home import home_subject, home_word_subjects
except ImportError:  # pragma: no cover - the module ships with the package
    home_subject = None  # type: ignore[assignment]
    home_word_subjects = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from diaodu.reading.documents import SourceDocument

__all__ = ["Reader", "extract", "iter_mentions"]

_PARAGRAPH = re.compile(r"[^\n\r]+")
_SENTENCE_END = re.compile(r"[。！？!?]+|(?<=[\u4e00-\u9fff\)）”])\.(?!\d)")
_WINDOW = 65536
_HOME_CHARS = 6000
_CLAUSE_END = re.compile(r"[，,；;：:]")
_BULLET = re.compile(
    r"^[\s\u3000]*(?:[●■•◆◇▲△★☆○◎□▪\-—*#]|\d{1,2}[.、．)）]|[（(]?[一二三四五六七八九十]+[)）、])"
)
_LEAD_JUNK = re.compile(
    r"(?:[\s\u3000●■•◆◇▲△★☆○◎□▪\-—*#“”\"]|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)+"
)
_YEAR_IN_TEXT = re.compile(r"((?:19|20)\d{2})\s*年")
_HEADING = re.compile(
    r"^\s*(?:#|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|第[一二三四五六七八九十]+[章节部分])"
)
_RULE_CELL = re.compile(r"^:?-{3,}:?$")
_RUN_GLUE = {"、", "和", "及", "与", "，", ","}
_PROJECT = re.compile(r"([\u4e00-\u9fffA-Za-z（）()]{2,24}?项目)(?![数的])")
_COUNTED = ("count", "money", "measure")
_MEMO_SIZE = 8192


class _Document(Protocol):
    name: str
    text: str
    report_year: int | None
    furniture: list[tuple[int, int]]
    title: str | None


@dataclass(slots=True)
class _PlainDocument:
    name: str
    text: str
    report_year: int | None = None
    furniture: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None


@dataclass(slots=True)
class _Fig:
    q: Quantity
    measure: str
    sign: int
    clause_start: int
    lead_start: int
    indicator: str = ""
    trailing: str = ""
    trailing_end: int = -1
    used_trailing: bool = False
    region_start: int = -1
    """Where the text this figure's 分别 / 均 may refer to starts (the clause, or after the figure before)."""
    run: int = 0
    """Index within its run of figures joined by 、 (0 for the first)."""
    records: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    """(indicator, period, subject) per record: several when 分别 / 均 distribute it."""


@dataclass(slots=True)
class _Table:
    columns: list[Column]
    title: str
    key_is_subject: bool


class _RowKey(NamedTuple):
    """A table row's key cell, read: its last period, its name, its text cleaned, and the unit it
    names (a place of the profile as written, or a region by its form, when the whole key is one)."""

    mark: PeriodMark | None
    name: str
    cleaned: str
    place: str | None
    generic: str | None


class _Opening(NamedTuple):
    """How a line opens."""

    bullet: bool
    heading: bool


@dataclass(slots=True)
class _State:
    period: str | None
    subject: str
    run_names: list[str] = field(default_factory=list)
    run_subjects: list[str | None] = field(default_factory=list)


class Reader:
    """A compiled reader for one lexicon and one city profile; reuse it for many documents."""

    def __init__(self, lexicon: Lexicon, profile: CityProfile | None) -> None:
        self.lexicon = lexicon
        self.profile = profile
        self.finder = QuantityFinder(lexicon)
        self.columns = ColumnKinds(lexicon)
        self.unit_parent = {u.name: u.parent for u in profile.all_units()} if profile else {}
        self.code_names = {u.code: u.name for u in profile.all_units()} if profile else {}
        self.city_code = profile.city.code if profile else None
        self.cues = MeasureCues(lexicon)
        self.periods = PeriodFinder(lexicon)
        self.subjects = Subjects(profile, lexicon)
        _add_home_words(self.subjects)
        self.namer = Namer(lexicon, self.subjects, self.periods)
        self.regions_at = RegionsAt(profile)
        # answers of pure look-ups, remembered by all they read (shared by the per-document copies)
        self._subject_items_of: dict[str, tuple[tuple[str | None, ...], str] | None] = {}
        self._period_items_of: dict[
            tuple[str, int | None, str | None, int | None], tuple[str, tuple[str | None, ...]] | None
        ] = {}
        self._not_name_start_of: dict[str, bool] = {}
        self._references: dict[tuple[str, str, int | None, str, tuple[tuple[str, str], ...]], str | None] = {}
        self._word_key: tuple[tuple[str, str], ...] = ()
        self._labels: dict[str, tuple[str, PeriodMark | None]] = {}
        self._row_keys: dict[str, _RowKey] = {}
        self.city = self.subjects.city
        self.doc_subject = self.city
        self.word_map: dict[str, str] = {}
        self.published_year: int | None = None
        self._window = (0, -1)
        self._spans: tuple[list[tuple[int, int]], list[int]] = ([], [])
        self._words_of = (-1, -1)
        self._words: tuple[int, list[tuple[int, str]]] = (0, [])
        self.province = self.subjects.province
        mod = sorted_longest_first([m.word for m in lexicon.modality])
        self.modality_regex = re.compile("|".join(re.escape(w) for w in mod)) if mod else re.compile("(?!)")
        self.modality_values: dict[str, str] = {m.word: m.value for m in lexicon.modality}
        self.policy = re.compile("|".join(re.escape(w) for w in sorted_longest_first(lexicon.policy)))
        self.capacity = {c.word: c.indicator for c in lexicon.capacity}
        cap = sorted_longest_first(list(self.capacity))
        self.capacity_regex = re.compile("(?:" + "|".join(re.escape(w) for w in cap) + r")(?:能|达|为)?$")
        self.annual = {e.name: e.accumulation == "annual" for e in lexicon.indicators}
        self.rank_cue = re.compile("|".join(re.escape(w) for w in sorted_longest_first(lexicon.rank_cues)))
        self.same_period = sorted_longest_first(lexicon.same_period)
        region_words = [
            w for w, (_n, k) in self.subjects.names.items() if k in ("province", "city", "region")
        ]
        groups = sorted_longest_first([*region_words, *lexicon.peer_groups])
        self.rank_region_end = re.compile("(?:" + "|".join(re.escape(w) for w in groups) + r")(?:平均)?$")
        self.connective = _alternation(lexicon.connectives)
        self.dist_words = _alternation(lexicon.distribution)
        self.continues = re.compile(r"\s*" + _alternation(lexicon.continuation).pattern)
        self.keep_verbs = frozenset(lexicon.keep_verbs)
        self.not_name_start = _alternation(lexicon.not_name_start)
        yard = _alternation(lexicon.yardstick_words).pattern
        self.yardstick = re.compile(f"^(?:{yard})+")
        self.not_an_indicator = re.compile(f"^(?:{yard}|[0-9.])")
        self.project_generic = _alternation(lexicon.project_generic)
        self.project_verbs = _alternation(lexicon.project_verbs)
        self.bad_mark_before = re.compile(
            r"(?:比|较|占|同|于|超|从|自|至|到|截至|截止|与)(?:去年|上年|今年|同期)?\s*$"
        )
        self.bad_mark_after = re.compile(r"^(?:目标|任务|计划|比重|同期|平均|水平|的|底|末|初)")

    # ---- document level ---------------------------------------------------------------------------

    def read(self, doc: _Document) -> Iterator[FigureMention]:
        """The figure mentions of one document, in reading order."""
        # per-document state lives on a shallow copy, so that two documents can be read interleaved
        yield from copy.copy(self)._read(doc)

    def _read(self, doc: _Document) -> Iterator[FigureMention]:
        text = doc.text
        year = doc.report_year if doc.report_year is not None else infer_report_year(text)
        published = getattr(doc, "published_on", None)
        self.published_year = published.year if published is not None else year
        doc_period = self._document_period(doc, year)
        self.doc_subject = self._document_subject(doc)
        self.word_map = {}
        if home_subject is not None and home_word_subjects is not None:
            head = text[:_HOME_CHARS]  # the opening says what a report is about; bounded cost per document
            if doc.title:
                head = doc.title + "\n" + head  # the title, found past any page furniture, leads
            home = home_subject(head, self.profile)
            if home.name:
                self.doc_subject = home.name
                self.word_map = dict(home_word_subjects(head, self.profile, home))
        self._word_key = tuple(sorted(self.word_map.items()))
        furniture = _Spans(doc.furniture)
        self._window = (0, -1)
        state = _State(doc_period, self.doc_subject)
        prev_line = ""
        prev_opening = _Opening(False, False)
        table: _Table | None = None
        for pm in _PARAGRAPH.finditer(text):
            ps, pe = pm.start(), pm.end()
            line = pm.group()
            if not line.strip():
                continue
            if furniture and furniture.inside(ps, pe):
                continue
            if "\t" in line or "  " in line or "\u3000" in line or "|" in line:
                cells = split_cells(text, ps, pe)
                if len(cells) >= 2 and self.columns.is_header(cells):
                    key_label = cells[0].text
                    columns = self.columns.columns(cells)
                    for col in columns[1:]:
                        mark = self.periods.word(_strip_paren(col.label).strip())
                        if col.role == "other" and mark is not None:
                            col.role = "level"  # a column headed 1-4月 holds the period's amounts
                    table = _Table(columns, prev_line.strip(), self.columns.key_is_subject(key_label))
                    continue
                if table is not None and all(_RULE_CELL.match(c.text) for c in cells):
                    continue  # | --- | --- |: a markdown table's rule
                if table is not None and len(cells) >= 2 and any(is_number_cell(c.text) for c in cells[1:]):
                    yield from self._table_row(text, cells, table, state, year, doc.name)
                    continue
            table = None
            # whether a line opens with a bullet or a heading is asked of it twice, as this line and
            # as the next one's previous line: found once
            opening = _Opening(_BULLET.match(line) is not None, _HEADING.match(line) is not None)
            if not self._runs_on(prev_line, line, prev_opening, opening):
                keeps = self._keeps_period(prev_line, line, prev_opening, opening)
                keep = state.period if keeps else doc_period
                if keep != doc_period and _one_month(keep) and not _one_month(doc_period):
                    keep = doc_period  # 10月当月 / 10月末 hold for their paragraph, not for the next
                state = _State(keep, self.doc_subject)
            prev_line = line
            prev_opening = opening
            yield from self._paragraph(text, ps, pe, state, year, doc_period, doc.name, furniture)

    def _table_row(
        self, text: str, cells: list[Cell], table: _Table, state: _State, year: int | None, doc_name: str
    ) -> Iterator[FigureMention]:
        """The figures of one row of a table-like block."""
        key = cells[0]
        values = cells[1:]
        columns = table.columns[1:]
        if len(values) != len(columns):
            # align from the right: a missing cell is usually a leading one
            columns = columns[-len(values) :] if len(values) < len(columns) else columns
            values = values[-len(columns) :]
        row_key = self._row_key(key.text)
        period = state.period
        if row_key.mark is not None:
            period = self._mark_value(row_key.mark, year, state.period)
        subject = state.subject
        base = ""
        if row_key.place is not None:
            subject = self.word_map.get(row_key.place, self.subjects.names[row_key.place][0])
            base = self._title_indicator(table.title)
        elif row_key.generic is not None:
            subject = row_key.generic  # a county or park the profile does not know, named by its form
            base = self._title_indicator(table.title)
        elif table.key_is_subject:
            subject = row_key.cleaned
            yield from self._key_capacity(text, key, subject, doc_name)
        else:
            base = self.namer.canonical(row_key.name)
        unit: str | None = None
        for cell, col in zip(values, columns, strict=False):
            if col.role == "unit" and not is_number_cell(cell.text):
                unit = cell.text
        label_period: str | None = None
        for cell, col in zip(values, columns, strict=False):
            if col.role not in ("level", "growth", "ratio", "rank"):
                continue
            label, label_mark = self._column_label(col.label)
            col_period = period
            if label_mark is not None:
                col_period = self._mark_value(label_mark, year, period)
                label_period = col_period
            elif col.role == "ratio" and label_period is not None:
                col_period = label_period
            if label.startswith("年度"):
                col_period = str(year) if year is not None else col_period
            if is_empty_cell(cell.text) or not is_number_cell(cell.text):
                continue
            try:
                value = cell_value(cell.text)
            except ValueError:
                continue
            indicator = base
            if not indicator:
                name = self.namer.trim(label)
                if col.role == "ratio" and name.endswith("完成率"):
                    name = name[: -len("完成率")] + "完成投资" if name[:-3] else "完成投资"
                indicator = self.namer.canonical(name)
            measure = col.role
            rec_unit: str | None
            reference: str | None = None
            if measure == "rank":
                rec_unit = None
                value = float(int(value))
                parent = self.unit_parent.get(subject)
                reference = self.city if parent == self.city_code else self.province or None
                if parent is None and subject != self.doc_subject and self.doc_subject:
                    reference = self.doc_subject  # a unit the profile does not know, in the home
            elif measure in ("growth", "ratio"):
                rec_unit = "%"
            else:
                rec_unit = col.unit or unit
            yield FigureMention(
                doc=doc_name,
                start=cell.start,
                end=cell.end,
                text=text[cell.start : cell.end],
                measure=measure,
                value=value,
                unit=rec_unit,
                subject=subject,
                indicator=indicator,
                period=col_period,
                reference=reference,
            )

    def _row_key(self, raw: str) -> _RowKey:
        """What a table row's key cell says, read once per distinct key (rows repeat their keys)."""
        done = self._row_keys.get(raw)
        if done is None:
            key_text = re.sub(r"^\s*其中\s*[：:]\s*", "", raw)
            marks = self.periods.find(key_text)
            cleaned = clean(key_text)
            place = self.subjects.regex.fullmatch(cleaned)
            generic = region_at(cleaned, 0, profile=self.profile)
            done = _RowKey(
                mark=marks[-1] if marks else None,
                name=self.namer.trim(_strip_paren(key_text)),
                cleaned=cleaned,
                place=place.group() if place is not None else None,
                generic=generic.name if generic is not None and generic.end == len(cleaned) else None,
            )
            if len(self._row_keys) >= _MEMO_SIZE:
                self._row_keys.clear()
            self._row_keys[raw] = done
        return done

    def _column_label(self, raw: str) -> tuple[str, PeriodMark | None]:
        """A column's label without brackets and without its last period, and that period: the same
        for every row of a table, so read once."""
        done = self._labels.get(raw)
        if done is None:
            label = _strip_paren(raw)
            marks = self.periods.find(label)
            mark = marks[-1] if marks else None
            if mark is not None:
                label = label[: mark.start] + label[mark.end :]
            done = (label, mark)
            if len(self._labels) >= _MEMO_SIZE:
                self._labels.clear()
            self._labels[raw] = done
        return done

    def _key_capacity(self, text: str, key: Cell, subject: str, doc_name: str) -> Iterator[FigureMention]:
        """A capacity written inside a project's name (年产2GW…项目)."""
        start, end = key.start, key.end
        for q in self.finder.find(text, start, end):
            before = text[max(start, q.num_start - 6) : q.num_start]
            cap = self.capacity_regex.search(before)
            if cap is None or q.kind in ("percent", "pp", "rank", None):
                continue
            word = cap.group().rstrip("能达为") if cap.group() not in self.capacity else cap.group()
            yield FigureMention(
                doc=doc_name,
                start=q.start,
                end=q.end,
                text=text[q.start : q.end],
                measure="level",
                value=q.value,
                unit=q.unit,
                qualifier=q.qualifier,
                subject=subject,
                indicator=self.capacity.get(word, word),
                period=None,
            )

    def _title_indicator(self, title: str) -> str:
        name = self.namer.trim(_strip_paren(title))
        return self.namer.canonical(name)

    def _document_subject(self, doc: _Document) -> str:
        """The unit a report is about: the first unit its headline names (else the city)."""
        head = headline(doc.text)
        if doc.title:
            head = doc.title + "\n" + head
        for place in self.subjects.all_in(head, 0, len(head)):
            if place.kind not in ("region", "self", "department"):
                return place.name
        return self.city

    @staticmethod
    def _keeps_period(prev: str, line: str, prev_opening: _Opening, opening: _Opening) -> bool:
        """A prose paragraph keeps the period of the one before it, unless a heading or bullet intervenes.
        ``prev_opening`` / ``opening``: how ``prev`` / ``line`` open."""
        if not prev or opening.bullet or prev_opening.bullet or opening.heading or prev_opening.heading:
            return False
        return len(prev.strip()) > 30 and len(line.strip()) > 30

    def _document_period(self, doc: _Document, year: int | None) -> str | None:
        head = headline(doc.text)
        if doc.title:
            head = doc.title + "\n" + head
        for mark in self.periods.find(head):
            if not mark.is_whole_year and not mark.open and mark.year_offset == 0:
                return mark.resolve(year)
        return str(year) if year is not None else None

    def _runs_on(self, prev: str, line: str, prev_opening: _Opening, opening: _Opening) -> bool:
        """Does ``line`` continue the paragraph before it (a broken paragraph, or under a heading)?"""
        p = prev.rstrip()
        if not p or opening.bullet or prev_opening.bullet:
            return False
        if p[-1] in '。！？!?”"）)':
            return False
        if p[-1] in "，,、；;：:" or self.continues.match(line):
            return True
        return len(p) > 40

    # ---- paragraph level --------------------------------------------------------------------------

    def _paragraph(
        self,
        text: str,
        ps: int,
        pe: int,
        state: _State,
        year: int | None,
        doc_period: str | None,
        doc_name: str,
        furniture: _Spans,
    ) -> Iterator[FigureMention]:
        quantities = self.finder.find(text, ps, pe, self._blocked(text, ps, pe))
        marks = [m for m in self.periods.find(text, ps, pe) if self._valid_mark(text, m, ps, pe)]
        if not quantities and not marks:
            return
        sentences: list[tuple[int, int]] = []
        pos = ps
        for m in _SENTENCE_END.finditer(text, ps, pe):
            sentences.append((pos, m.end()))
            pos = m.end()
        if pos < pe:
            sentences.append((pos, pe))
        qi = 0
        mi = 0
        for sent_index, (ss, se) in enumerate(sentences):
            sent_q: list[Quantity] = []
            while qi < len(quantities) and quantities[qi].start < se:
                if quantities[qi].start >= ss:
                    sent_q.append(quantities[qi])
                qi += 1
            sent_marks: list[PeriodMark] = []
            while mi < len(marks) and marks[mi].start < se:
                if marks[mi].start >= ss:
                    sent_marks.append(marks[mi])
                mi += 1
            if not sent_q:
                # no figure: only what the sentence leaves for those after it (its opening period, and
                # the subject its first clause names when it opens the paragraph)
                if sent_marks:
                    cut = _CLAUSE_END.search(text, ss, se)
                    opening_end = cut.end() if cut else se
                    for mark in sent_marks:
                        if mark.start < opening_end:
                            state.period = self._mark_value(mark, year, doc_period)
                if sent_index == 0:
                    opening = self._clause_subjects(text, [ss], se, sent_marks)
                    if opening:
                        state.subject = opening[0][1]
                continue
            clause_starts = [ss] + [m.end() for m in _CLAUSE_END.finditer(text, ss, se)]
            first_clause_end = clause_starts[1] if len(clause_starts) > 1 else se
            sentence_period = state.period
            for mark in sent_marks:
                if mark.start < first_clause_end:
                    state.period = self._mark_value(mark, year, doc_period)
            subjects = self._clause_subjects(text, clause_starts, se, sent_marks)
            if subjects and subjects[0][0] == ss and sent_index == 0:
                state.subject = subjects[0][1]
            mark_scope = {
                id(m): self._mark_scope(text, m, ss, first_clause_end, clause_starts, se) for m in sent_marks
            }
            yield from self._sentence(
                text,
                ss,
                se,
                sent_q,
                sent_marks,
                clause_starts,
                subjects,
                sentence_period,
                state,
                year,
                doc_period,
                doc_name,
                furniture,
                mark_scope,
            )

    def _mark_scope(
        self, text: str, mark: PeriodMark, ss: int, first_clause_end: int, clause_starts: list[int], se: int
    ) -> int:
        """Where a period's scope starts: the sentence (ss) when it opens the sentence or a clause,
        else just its clause."""
        if mark.start < first_clause_end:
            return ss
        cs = _clause_of(clause_starts, mark.start)
        opening = _LEAD_JUNK.sub("", text[cs : mark.start]).strip()
        if not opening or opening in self.modality_values:
            return ss  # it opens its clause (力争全年…): it holds to the sentence's end
        return cs

    def _blocked(self, text: str, ps: int, pe: int) -> tuple[list[tuple[int, int]], list[int]]:
        """Not-a-figure spans for the paragraph ``ps..pe``, found a window of text at a time."""
        if not (self._window[0] <= ps and pe <= self._window[1]):
            end = text.find("\n", ps + _WINDOW)
            end = len(text) if end < 0 else end
            end = max(end, pe)
            spans = self.finder.blocked_spans(text, ps, end)
            self._window = (ps, end)
            self._spans = (spans, [s for s, _ in spans])
        return self._spans

    def _valid_mark(self, text: str, mark: PeriodMark, ps: int, pe: int) -> bool:
        if self.bad_mark_before.search(text, max(ps, mark.start - 5), mark.start):
            return False
        if mark.year is not None and mark.months is None:
            # a bare year sets the period only where it opens a clause (2020年，… / 2020年全市…)
            before = text[max(ps, mark.start - 1) : mark.start]
            if before and before not in "，,。；;：:●■•◆▲★·、 \u3000（(“":
                return False
        return not self.bad_mark_after.match(text[mark.end : min(pe, mark.end + 3)])

    def _mark_value(self, mark: PeriodMark, year: int | None, doc_period: str | None) -> str | None:
        if mark.open:
            return doc_period
        if mark.relative and mark.year is None:
            return mark.resolve(self.published_year)
        return mark.resolve(year)

    def _clause_subjects(
        self, text: str, clause_starts: list[int], se: int, marks: list[PeriodMark]
    ) -> list[tuple[int, str, int]]:
        """(clause start, subject, end of its name) for each clause that opens with a unit's name."""
        out: list[tuple[int, str, int]] = []
        mark_end: dict[int, int] = {}  # where the first period starting at a position ends
        for m in marks:
            mark_end.setdefault(m.start, m.end)
        for cs in clause_starts:
            pos = cs
            for _ in range(4):
                j = _LEAD_JUNK.match(text, pos, se)
                if j and j.end() > pos:
                    pos = j.end()
                if pos in mark_end:
                    pos = mark_end[pos]
                    continue
                c = self.connective.match(text, pos, se)
                if c and c.end() > pos:
                    pos = c.end()
                    continue
                break
            if text[pos - 1 : pos] == "在" and pos > cs:
                continue  # 在全市…中排名第一: a scope, not the subject
            place = self.subjects.at(text, pos, se)
            generic = self.regions_at(text, pos, se)
            if generic is not None and (place is None or generic.end > place.end):
                # a region named by its form (澄水县, 柯州高新区): the subject of what its clause states
                out.append((cs, generic.name, generic.end))
                continue
            if place is not None:
                after = text[place.end : place.end + 3]
                if place.kind in ("province", "region") and (
                    self.rank_cue.match(after) or after[:1] in "第前"
                ):
                    continue
                if place.kind == "region":
                    continue
                name = place.name if place.kind != "self" else self.doc_subject
                name = self.word_map.get(text[place.start : place.end], name)
                out.append((cs, name, place.end))
                continue
            proj = _PROJECT.match(text, pos, min(se, pos + 26))
            if (
                proj is not None
                and len(proj.group(1)) >= 5
                and not self.project_generic.match(proj.group(1))
                and not self.project_verbs.search(proj.group(1))
                and not re.match(r"\s*[0-9０-９]", text[proj.end() : proj.end() + 2])
            ):
                out.append((cs, clean(proj.group(1)), proj.end()))
        return out

    # ---- sentence level ---------------------------------------------------------------------------

    def _sentence(
        self,
        text: str,
        ss: int,
        se: int,
        quantities: list[Quantity],
        marks: list[PeriodMark],
        clause_starts: list[int],
        subjects: list[tuple[int, str, int]],
        sentence_period: str | None,
        state: _State,
        year: int | None,
        doc_period: str | None,
        doc_name: str,
        furniture: _Spans,
        mark_scope: dict[int, int],
    ) -> Iterator[FigureMention]:
        figs: list[_Fig] = []
        for q in quantities:
            if furniture and furniture.touches(q.start, q.end):
                continue
            cs = clause_starts[bisect_right(clause_starts, q.num_start) - 1] if q.num_start >= ss else ss
            prev = figs[-1] if figs else None
            if q.kind == "rank" and not self._rank_ok(text, q, cs, prev):
                continue
            decision = self.cues.decide(q, text, cs)
            lead_start = cs
            if prev is not None and prev.q.tail <= q.num_start and prev.q.tail > cs:
                lead_start = prev.q.tail
            region_start = lead_start
            for scs, _name, send in subjects:
                if scs == cs and send <= q.num_start:
                    lead_start = max(lead_start, send)
            fig = _Fig(q, decision.measure, decision.sign, cs, lead_start, region_start=region_start)
            if prev is not None and prev.q.tail <= q.num_start:
                glue_start = prev.trailing_end if prev.used_trailing else prev.q.tail
                glue = text[max(prev.q.tail, glue_start) : q.num_start].strip()
                if glue in _RUN_GLUE and (glue in "、和及与" or prev.measure == fig.measure):
                    fig.run = prev.run + 1
                elif glue[:1] in "、和及与" and len(glue) <= 12 and not _CLAUSE_STOP.search(glue):
                    fig.run = prev.run + 1  # 项目120个、总投资80亿元: parallel figures, each named
            self._name(text, fig, prev, marks)
            figs.append(fig)
        for k in range(len(figs) - 1):
            if not figs[k].indicator and figs[k + 1].q.num_start == figs[k].q.tail:
                figs[k].indicator = figs[k + 1].indicator
        self._distribute(text, figs, ss, marks, year, doc_period, state)
        for fig in figs:
            yield from self._records(
                text,
                fig,
                ss,
                se,
                marks,
                subjects,
                sentence_period,
                state,
                year,
                doc_period,
                doc_name,
                mark_scope,
            )

    def _rank_ok(self, text: str, q: Quantity, cs: int, prev: _Fig | None) -> bool:
        if q.qualifier == "under":  # N强, 前N名
            return True
        before = text[cs : q.start]
        if self.rank_cue.search(before):
            return True
        if self.rank_region_end.search(before):
            return True
        return bool(
            prev is not None and prev.measure == "rank" and text[prev.q.tail : q.start].strip() == "、"
        )

    def _name(self, text: str, fig: _Fig, prev: _Fig | None, marks: list[PeriodMark]) -> None:
        q = fig.q
        lead = _excise(text, fig.lead_start, q.num_start, marks)
        cs = fig.clause_start
        if (
            (prev is None or prev.clause_start != cs)
            and cs > 0
            and text[cs - 1] in "：:"
            and not self.namer.lead_name(lead, fig.measure)
        ):
            # 指标：数值 (GDP：132.7亿元, 投资：增长7%): the label before the colon names it
            label_start = _last_label_stop(text, cs - 1) + 1
            lead = text[label_start : cs - 1]
        name = self.namer.lead_name(lead, fig.measure)
        if self._not_name_start(lead) and fig.measure in (
            "diff",
            "change",
            "rank",
            "ratio",
            "growth",
        ):
            name = ""
        if prev is not None and prev.used_trailing and prev.trailing and name.startswith(prev.trailing):
            rest = self.namer.trim(name[len(prev.trailing) :])
            lead_is_prev = not rest
        else:
            lead_is_prev = False
        trailing = ""
        trailing_end = q.tail
        if q.kind not in ("percent", "pp", "rank", "multiple") and fig.measure in ("level", "change"):
            clause_end = _next_clause_end(text, q.tail)
            trailing, trailing_end = self.namer.trailing_name(text, q.tail, clause_end)
        elif fig.measure == "rank" and text.startswith("个", q.rank_end):
            # 全省第三个复工率达95%的城市: the rank is in what follows
            clause_end = _next_clause_end(text, q.rank_end + 1)
            trailing, trailing_end = self.namer.trailing_name(text, q.rank_end + 1, clause_end)
            if trailing:
                name = ""
        if not trailing and name and q.kind in _COUNTED and fig.measure == "level":
            deed = self.namer.deed(text, q.tail, _next_clause_end(text, q.tail))
            if deed:  # 12个行业有6个实现正增长 → 正增长规模工业主要行业 (the units, by what they did)
                name = deed + (name[:-1] if name.endswith("有") else name)
        if trailing and (len(name) <= 2 or lead_is_prev or q.kind in _COUNTED or fig.measure == "rank"):
            fig.used_trailing = True
            fig.trailing = trailing
            fig.trailing_end = trailing_end
            name = name + trailing if name in self.keep_verbs else trailing
        if name.startswith("总") and len(name) <= 4 and prev is not None and prev.indicator:
            base = prev.indicator[:-1] if prev.indicator.endswith("数") else prev.indicator
            name = base + name
        fig.indicator = self.namer.canonical(name) if name else ""
        if not fig.indicator and prev is not None:
            fig.indicator = prev.indicator

    def _not_name_start(self, lead: str) -> bool:
        """Does ``lead`` open with a word no indicator name opens with?"""
        done = self._not_name_start_of.get(lead)
        if done is None:
            done = self.not_name_start.match(clean(lead)) is not None
            if len(self._not_name_start_of) >= _MEMO_SIZE:
                self._not_name_start_of.clear()
            self._not_name_start_of[lead] = done
        return done

    def _distribute(
        self,
        text: str,
        figs: list[_Fig],
        ss: int,
        marks: list[PeriodMark],
        year: int | None,
        doc_period: str | None,
        state: _State,
    ) -> None:
        """Give each figure its records: one, or one per item that 分别 / 均 / a ranked list names."""
        i = 0
        while i < len(figs):
            j = i + 1
            while j < len(figs) and figs[j].run > 0:
                j += 1
            run = figs[i:j]
            first = run[0]
            region_start = first.region_start
            if i > 0 and figs[i - 1].used_trailing and figs[i - 1].trailing_end > region_start:
                region_start = figs[i - 1].trailing_end
            region = text[region_start : first.q.num_start]
            dist = None
            for m in self.dist_words.finditer(region):
                dist = m
            names: list[str] | None = None
            periods: list[str | None] | None = None
            subjs: list[str | None] | None = None
            if dist is not None:
                before = region[: dist.start()]
                phrase_raw = region[dist.end() :]
                items = self.namer.split_items(before, expand=len(run) > 1) if before else []
                period_items = self._period_items(before, year, doc_period)
                subject_items = self._subject_items(before) if before else None
                if subject_items is not None and (len(run) == 1 or len(subject_items[0]) == len(run)):
                    subjs = list(subject_items[0])
                    rest = self.namer.lead_name(subject_items[1], first.measure)
                    base_name = self.namer.canonical(rest) if rest else first.indicator
                    names = [base_name] * len(subjs)
                elif period_items is not None:
                    periods = period_items[1]
                    base = period_items[0]
                    if base:
                        names = [self.namer.canonical(base)] * len(periods)
                    else:
                        names = [first.indicator] * len(periods) if first.indicator else None
                        if not first.indicator and len(figs) and i > 0:
                            names = [figs[i - 1].indicator] * len(periods)
                elif len(items) >= 2 and (len(items) == len(run) or len(run) == 1):
                    names = [self.namer.canonical(x) for x in items]
                elif not items and _parallel_before(figs, i, len(run)):
                    # 城镇…42310元，农村…21560元，分别增长5.0%和7.3%: one each, in the order named
                    names = [f.indicator for f in figs[i - len(run) : i]]
                elif len(run) >= 1 and state.run_names and (len(run) > 1 or not items):
                    phrase = self.namer.lead_name(phrase_raw, first.measure) if phrase_raw else ""
                    if before and len(items) <= 1:
                        phrase = self.namer.lead_name(before, first.measure) + phrase
                    if not phrase and first.measure == "ratio" and "投资" in phrase_raw + before:
                        phrase = "完成投资"  # 分别完成年度投资计划的…%: the share is of the investment done
                    prev_names = state.run_names
                    want = len(run) if len(run) > 1 else len(prev_names)
                    if len(prev_names) >= want:
                        picked = prev_names[-want:]
                        names = [self.namer.canonical(self._join(n, phrase)) for n in picked]
                        prev_subjects = state.run_subjects[-want:]
                        if len(prev_subjects) == want and any(prev_subjects):
                            subjs = prev_subjects
            elif first.measure == "rank":
                cut = self.rank_cue.search(region)
                lead = region[: cut.start()] if cut else region
                items = self.namer.split_items(lead)
                if len(items) >= 2 and len(run) == 1:
                    names = [self.namer.canonical(x) for x in items]
            subj_list: list[str | None] = subjs if subjs is not None else [None] * len(names or [])
            if names is not None and len(run) > 1 and len(names) == len(run):
                for fig, name, subj in zip(run, names, subj_list, strict=True):
                    fig.indicator = name
                    fig.records = [(name, None, subj)]
            elif names is not None and len(run) == 1:
                if periods is not None:
                    first.records = [(n, p, None) for n, p in zip(names, periods, strict=True)]
                else:
                    first.records = [(n, None, subj) for n, subj in zip(names, subj_list, strict=True)]
                first.indicator = names[0]
            elif len(run) > 1:
                # a run without a list to pair with: each keeps the first's name unless it has its own
                for fig in run[1:]:
                    if not fig.indicator or fig.indicator == run[0].indicator:
                        fig.indicator = run[0].indicator
            if len(run) > 1:
                state.run_names = [f.indicator for f in run]
                state.run_subjects = [f.records[0][2] if f.records else None for f in run]
            elif subjs is not None and len(subjs) > 1:
                state.run_names = list(names or [])
                state.run_subjects = list(subjs)
            i = j
        for fig in figs:
            if not fig.records:
                fig.records = [(fig.indicator, None, None)]

    def _subject_items(self, before: str) -> tuple[list[str | None], str] | None:
        """``岚州经开区、岚州高新区规模以上工业增加值`` → ([两个园区], 规模以上工业增加值)."""
        if before not in self._subject_items_of:  # it reads only ``before`` and the profile
            if len(self._subject_items_of) >= _MEMO_SIZE:
                self._subject_items_of.clear()
            found = self._read_subject_items(before)
            self._subject_items_of[before] = None if found is None else (tuple(found[0]), found[1])
        done = self._subject_items_of[before]
        return None if done is None else (list(done[0]), done[1])

    def _read_subject_items(self, before: str) -> tuple[list[str | None], str] | None:
        parts = [p for p in LIST_SPLIT.split(_LEAD_JUNK.sub("", clean(before))) if p]
        if len(parts) < 2:
            return None
        subjects: list[str | None] = []
        rest = ""
        for k, part in enumerate(parts):
            m = self.subjects.regex.match(part)
            generic = region_at(part, 0, profile=self.profile)
            if generic is not None and (m is None or generic.end > m.end()):
                name, kind, name_end = generic.name, generic.kind, generic.end
            elif m is not None:
                name, kind = self.subjects.names[m.group()]
                name_end = m.end()
            else:
                return None
            if kind in ("region", "self"):
                return None
            if name_end != len(part):
                if k != len(parts) - 1:
                    return None
                rest = part[name_end:]
            subjects.append(name)
        return subjects, rest

    def _period_items(
        self, before: str, year: int | None, doc_period: str | None
    ) -> tuple[str, list[str | None]] | None:
        """``全社会用电量一季度、半年`` → (全社会用电量, [2020-01/2020-03, 2020-01/2020-06])."""
        key = (before, year, doc_period, self.published_year)  # all it reads
        if key not in self._period_items_of:
            if len(self._period_items_of) >= _MEMO_SIZE:
                self._period_items_of.clear()
            found = self._read_period_items(before, year, doc_period)
            self._period_items_of[key] = None if found is None else (found[0], tuple(found[1]))
        done = self._period_items_of[key]
        return None if done is None else (done[0], list(done[1]))

    def _read_period_items(
        self, before: str, year: int | None, doc_period: str | None
    ) -> tuple[str, list[str | None]] | None:
        parts = [p for p in re.split(r"[、和及]", clean(before)) if p]
        if len(parts) < 2:
            return None
        out: list[str | None] = []
        base = ""
        for k, part in enumerate(parts):
            marks = self.periods.find(part)
            if not marks or marks[-1].end != len(part):
                return None
            if k == 0:
                base = self.namer.trim(part[: marks[-1].start])
            elif marks[-1].start != 0:
                return None
            out.append(self._mark_value(marks[-1], year, doc_period))
        return base, out

    @staticmethod
    def _join(name: str, phrase: str) -> str:
        if not phrase:
            return name
        if name.endswith("数"):
            name = name[:-1]
        return name + phrase

    # ---- records ----------------------------------------------------------------------------------

    def _records(
        self,
        text: str,
        fig: _Fig,
        ss: int,
        se: int,
        marks: list[PeriodMark],
        subjects: list[tuple[int, str, int]],
        sentence_period: str | None,
        state: _State,
        year: int | None,
        doc_period: str | None,
        doc_name: str,
        mark_scope: dict[int, int],
    ) -> Iterator[FigureMention]:
        q = fig.q
        period = sentence_period
        last_mark: PeriodMark | None = None  # the last period before the figure whose scope holds it
        for mark in marks:
            scope = mark_scope.get(id(mark), ss)
            if mark.end <= q.num_start and (scope == ss or scope == fig.clause_start):
                last_mark = mark
        if last_mark is not None:
            period = self._mark_value(last_mark, year, doc_period)
        subject = state.subject
        segment = max(text.rfind("；", ss, q.num_start), text.rfind(";", ss, q.num_start)) + 1 or ss
        for cs, name, _end in subjects:
            if cs <= q.num_start and (cs >= segment or cs == ss):
                subject = name
        indicator_override: str | None = None
        before_text = text[max(fig.clause_start, q.num_start - 8) : q.num_start]
        cap = self.capacity_regex.search(before_text)
        if cap is not None:
            word = cap.group().rstrip("能达为") if cap.group() not in self.capacity else cap.group()
            indicator_override = self.capacity.get(word) or self.capacity.get(cap.group())
            period = None
            subject = self._project_name(
                text, fig.clause_start, ss, q, cap.start() + (q.num_start - len(before_text))
            )
        policy_end, modal_words = self._sentence_words(text, ss, se)
        if cap is None and policy_end <= q.num_start:
            period = None
        modality = None
        for word_end, word_value in modal_words:
            if word_end <= q.num_start:
                modality = word_value
        reference = self._reference(text, fig, year, subject)
        value = q.value * fig.sign
        if (
            modality == "target"
            and period is not None
            and year is not None
            and period == str(year)
            and self.published_year is not None
            and self.published_year > year
        ):
            period = str(self.published_year)  # a January report's goals are for the new year
        if period is not None and year is not None and "/" in period:
            # an indicator counted once a year (粮食产量) is the year's, whatever month the passage says
            names = {r[0] for r in fig.records}
            if names and all(self.annual.get(n) for n in names):
                period = period[:4]
        for indicator, rec_period, rec_subject in fig.records:
            yield FigureMention(
                doc=doc_name,
                start=q.start,
                end=q.end,
                text=text[q.start : q.end],
                measure=fig.measure,
                value=value,
                unit=None if fig.measure == "rank" else q.unit,
                qualifier=q.qualifier,
                modality=modality,
                subject=rec_subject or subject,
                indicator=indicator_override or indicator,
                period=rec_period if rec_period is not None else period,
                reference=reference,
            )

    def _sentence_words(self, text: str, ss: int, se: int) -> tuple[int, list[tuple[int, str]]]:
        """Where the sentence's first policy word ends, and its modality words (end, value): found once
        a sentence, not once a figure."""
        if self._words_of != (ss, se):
            policy = self.policy.search(text, ss, se)
            modal = [
                (m.end(), self.modality_values[m.group()]) for m in self.modality_regex.finditer(text, ss, se)
            ]
            self._words = (policy.end() if policy else se + 1, modal)
            self._words_of = (ss, se)
        return self._words

    def _not_itself(self, ref: str, subject: str) -> str:
        """A unit is not compared with itself: 全市 in a county-level city's report, as the yardstick of
        its own figure, is the city above it."""
        if ref != subject or not self.profile:
            return ref
        for unit in self.profile.all_units():
            if unit.name == subject and unit.parent is not None:
                return self.code_names.get(unit.parent, ref)
        return ref

    def _project_name(self, text: str, cs: int, ss: int, q: Quantity, cap_start: int) -> str:
        """The project a capacity belongs to: the words around 年产N… up to 项目."""
        left = text[cs:cap_start]
        left = re.split(r"[、，,]", left)[-1]
        right_end = _next_clause_end(text, q.tail)
        right = text[q.tail : right_end]
        right = re.split(r"[、等]", right)[0]
        idx = right.find("项目")
        if idx >= 0:
            right = right[:idx]
        name = clean(self.namer.trim(left) + right)
        return name + "项目" if name else self.doc_subject

    def _home_province(self) -> str | None:
        """The province this document's self-words (全省 …) stand for, when the document says."""
        for word, kinds in load_regions().home_words.items():
            if "province" in kinds and word in self.word_map:
                return self.word_map[word]
        return None

    def _reference(self, text: str, fig: _Fig, year: int | None, subject: str) -> str | None:
        if fig.measure not in ("diff", "change", "rank"):
            return None
        region_text = text[fig.clause_start : fig.q.start]
        # it reads only the clause before the number, the year, the subject and the document's
        # self-words: a comparison written again (比上年同期…) is read once
        key = (fig.measure, region_text, year, subject, self._word_key)
        if key in self._references:
            return self._references[key]
        found = self._read_reference(region_text, fig.measure, year, subject)
        if len(self._references) >= _MEMO_SIZE:
            self._references.clear()
        self._references[key] = found
        return found

    def _read_reference(self, region_text: str, measure: str, year: int | None, subject: str) -> str | None:
        if measure == "rank":
            ref = self.subjects.region_ref(region_text, 0, len(region_text), self.word_map)
            if ref is None:
                named = [
                    r
                    for r in region_names(region_text, None)
                    if r.kind in ("province", "city") and r.name != subject
                ]
                ref = named[-1].name if named else None  # 居柯州市各县第二: a city named by its form
            if ref is None:
                return self._home_province() or self.province or None
            return self._not_itself(ref, subject)
        comp = self.namer.comparison_ref(region_text)
        if comp is None:
            return "上年同期"
        for word in self.same_period:
            if comp.startswith(word):
                rest = self.periods.regex.match(comp, len(word))
                if (
                    word in ("去年", "上年")
                    and rest is not None
                    and rest.end() > len(word)
                    and year is not None
                ):
                    found = self.periods.word(rest.group())  # 比去年全年 → last year as a period
                    if found is not None:
                        return found.resolve(year - 1)
                return "上年同期"
        place = self.subjects.regex.match(comp)
        if place is not None:
            after = self.namer.trim(comp[place.end() :])
            after = self.yardstick.sub("", after)
            if after and not self.not_an_indicator.match(after):
                return self.namer.canonical(after)  # 高出全区投资增速… → the indicator compared with
            ref = self.word_map.get(place.group(), self.subjects.names[place.group()][0])
            return self._not_itself(ref, subject)
        generic = region_at(comp, 0, profile=self.profile)
        if generic is not None:
            return self._not_itself(generic.name, subject)  # 高于澄水县平均水平: a region named by its form
        mark = self.periods.regex.match(comp)
        if mark is not None and mark.end() > 0:
            found = self.periods.word(mark.group())
            if found is not None and year is not None:
                return found.resolve(year)
        name = self.namer.trim(comp)
        return self.namer.canonical(name) if name else "上年同期"


def _alternation(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A regex matching any of ``words``, longest first (never matching when there are none)."""
    ordered = sorted_longest_first(list(words))
    return re.compile("(?:" + "|".join(re.escape(w) for w in ordered) + ")" if ordered else "(?!)")


def _add_home_words(subjects: Subjects) -> None:
    """The self-words of ``lexicon/regions.yaml`` (全市, 本市, 全省 …) the profile does not list, so that
    they are read as places with no profile too; each document maps them to what they stand for."""
    added = False
    for word, kinds in load_regions().home_words.items():
        if word in subjects.names:
            continue
        if "province" in kinds or "city" in kinds:
            subjects.names[word] = (word, "province" if "province" in kinds else "city")
        else:
            subjects.names[word] = ("", "region" if "nation" in kinds else "self")
        added = True
    if added:
        alt = "|".join(re.escape(w) for w in sorted_longest_first(list(subjects.names)))
        subjects.regex = re.compile(alt)


def _one_month(period: str | None) -> bool:
    return period is not None and len(period) == 7 and period[4] == "-"


def _parallel_before(figs: list[_Fig], i: int, n: int) -> bool:
    """Are the ``n`` figures before ``figs[i]`` a list to pair a run of ``n`` with (one named each)?"""
    if n < 2 or i < n:
        return False
    prev = figs[i - n : i]
    names = [f.indicator for f in prev]
    return all(names) and len(set(names)) == n and all(f.run == 0 for f in prev)


def _strip_paren(text: str) -> str:
    return re.sub(r"[（(][^）)]*[）)]", "", text)


def _excise(text: str, start: int, end: int, marks: list[PeriodMark]) -> str:
    """``text[start:end]`` without the period expressions in it."""
    parts: list[str] = []
    pos = start
    for mark in marks:
        if start <= mark.start and mark.end <= end and mark.start >= pos:
            parts.append(text[pos : mark.start])
            pos = mark.end
    parts.append(text[pos:end])
    return "".join(parts)


def _clause_of(clause_starts: list[int], pos: int) -> int:
    """The start of the clause ``pos`` is in (``clause_starts`` ascending, the first <= ``pos``)."""
    return clause_starts[bisect_right(clause_starts, pos) - 1]


_LABEL_STOP = re.compile(r"[，,；;。\n▶●■•]")


def _last_label_stop(text: str, end: int) -> int:
    """Where the last of ，,；;。▶●■• or a line break before ``end`` is (-1: none), looking back a
    stretch at a time rather than over the whole text."""
    width = 64
    while True:
        low = max(0, end - width)
        last = -1
        for m in _LABEL_STOP.finditer(text, low, end):
            last = m.start()
        if last >= 0 or low == 0:
            return last
        width *= 4


_CLAUSE_STOP = re.compile(r"[，,；;：:。！？!?\n]")


def _next_clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_STOP.search(text, pos, pos + 40)
    return m.start() if m else min(len(text), pos + 40)


class _Spans:
    """Sorted spans (page furniture), asked whether one holds or touches a stretch of text: a bisection
    over the starts and the running maximum of the ends, not a walk over every span."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.ends: list[int] = []
        reach = -1
        for _, b in ordered:
            reach = max(reach, b)
            self.ends.append(reach)  # the furthest end of the spans up to here

    def __bool__(self) -> bool:
        return bool(self.starts)

    def inside(self, s: int, e: int) -> bool:
        """Does one span hold ``s..e`` (a <= s and e <= b)?"""
        k = bisect_right(self.starts, s) - 1
        return k >= 0 and self.ends[k] >= e

    def touches(self, s: int, e: int) -> bool:
        """Does one span overlap ``s..e`` (a < e and s < b)?"""
        k = bisect_left(self.starts, e) - 1
        return k >= 0 and self.ends[k] > s


def headline(text: str) -> str:
    """The short lines that open a document (its headline zone), before the first long paragraph."""
    out: list[str] = []
    for m in _PARAGRAPH.finditer(text, 0, min(len(text), 400)):
        line = m.group().strip()
        if not line:
            continue
        if len(line) >= 60 or line[-1] in "。！？!?" or len(out) >= 5:
            break
        out.append(line)
    return "\n".join(out)


def infer_report_year(text: str) -> int | None:
    """The year a report is about when nobody said: the year it names most often."""
    counts = Counter(int(y) for y in _YEAR_IN_TEXT.findall(text[:20000]))
    if not counts:
        return None
    best = max(counts.values())
    return min(y for y, c in counts.items() if c == best)


# ---- public entry points ----------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _reader(lexicon_dir: str | None, city: str | None) -> Reader:
    lexicon = load_lexicon(lexicon_dir)
    profile = _profile(city)
    return Reader(lexicon, profile)


def _profile(city: str | None) -> CityProfile | None:
    if city is None:
        from diaodu.settings import get_settings

        city = get_settings().city
    try:
        return load_profile(city)
    except DiaoduError:
        if Path(city).exists():
            raise
        return None


def iter_mentions(
    document: SourceDocument | _Document | str,
    *,
    report_year: int | None = None,
    name: str = "<text>",
    city: str | Path | None = None,
    lexicon: str | Path | None = None,
) -> Iterator[FigureMention]:
    """Yield the figure mentions of a document one by one (memory flat in the document's length)."""
    doc: _Document
    if isinstance(document, str):
        doc = _PlainDocument(name=name, text=document, report_year=report_year)
    else:
        doc = document
        if report_year is not None and doc.report_year is None:
            doc = _PlainDocument(doc.name, doc.text, report_year, list(doc.furniture), doc.title)
    reader = _reader(str(lexicon) if lexicon is not None else None, str(city) if city is not None else None)
    yield from read_mapped(reader.read, doc, document)  # html: spans into the markup


def extract(
    document: SourceDocument | _Document | str,
    *,
    report_year: int | None = None,
    name: str = "<text>",
    city: str | Path | None = None,
    lexicon: str | Path | None = None,
) -> list[FigureMention]:
    """Every figure mention of ``document`` (a ``SourceDocument`` or plain text), in text order.

    ``report_year`` is the year the report is about (for a plain string, or when the document's own is
    unknown); ``city`` a city-profile folder (default: ``settings.city``); ``lexicon`` another lexicon
    folder (default: the package's own).
    """
    out = list(iter_mentions(document, report_year=report_year, name=name, city=city, lexicon=lexicon))
    out.sort(key=lambda r: (r.start, r.end))
    return out
