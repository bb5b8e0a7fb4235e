"""Bytes → text: which format a file is (txt, html, docx, pdf), which encoding its text is in, and the text.

The format comes from the extension, checked against the bytes (``%PDF-``, a zip holding
``word/document.xml``, markup that opens with ``<html`` or ``<!doctype``), so a mis-named file still reads.
Text encodings: a BOM decides (UTF-8, UTF-16, UTF-32); otherwise strict UTF-8, then GB18030 (a superset of
GBK and GB2312) when the result reads as Chinese, then whatever charset-normalizer finds with little mess.
Anything else is refused with ``DocumentError`` rather than read as mojibake.

What the reader reads: an html page's visible text; a hard-wrapped text (a PDF's text layer) with its soft
line breaks taken out (``wraps.py``); any other text as it is. ``Decoded.offsets`` maps the first two back.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from diaodu.errors import DocumentError
from diaodu.reading.offsets import Aligner, OffsetMap, sub_mapped
from diaodu.reading.wraps import unwrap

Format = Literal["txt", "html", "docx", "pdf"]

_EXTENSIONS: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".csv": "txt",
    ".tsv": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".xml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
_REFUSED_EXTENSIONS = {".doc": "旧版 Word (.doc) 文件 / legacy .doc", ".wps": "WPS 文件 / WPS file"}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),  # decoded as plain UTF-8 below: the BOM stays in the text
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, line feed, form feed and carriage return: a text file has few.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, the encoding it was in (or the format's name for docx/pdf), a title hint, and
    furniture known from the file's structure (html). For html, ``text`` is the decoded markup (what
    figure spans index), ``visible`` the page's visible text (what the reader reads; ``furniture`` indexes
    it) and ``offsets`` where each visible character sits in ``text``; for a hard-wrapped text, ``visible``
    is the text with its soft line breaks taken out."""

    text: str
    encoding: str
    format: Format
    title: str | None = None
    furniture: tuple[tuple[int, int], ...] = ()
    visible: str | None = None
    offsets: OffsetMap | None = None


def sniff_format(data: bytes, name: str) -> Format:
    """The file's format from its bytes, falling back on its extension; ``txt`` when nothing says else."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    suffix = _suffix(name)
    by_name = _EXTENSIONS.get(suffix)
    if by_name in ("html", "docx", "pdf"):
        return by_name
    head = data[:2048]
    for bom, enc in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :].decode(enc.replace("-sig", ""), errors="ignore").encode("utf-8")
            break
    if _HTML_START.match(head):
        return "html"
    return "txt"


def read_text(data: bytes, name: str, where: str) -> Decoded:
    """Decode a file's bytes into text by its format; ``DocumentError`` (naming ``where``) if it cannot."""
    suffix = _suffix(name)
    if suffix in _REFUSED_EXTENSIONS and not data.startswith((b"PK\x03\x04", b"%PDF-")):
        what = _REFUSED_EXTENSIONS[suffix]
        raise DocumentError(f"{what}不支持，请另存为 .docx / not supported, save as .docx", path=where)
    if not data:
        raise DocumentError("文件是空的 / the file is empty", path=where)
    fmt = sniff_format(data, name)
    if fmt == "pdf":
        return _unwrapped(Decoded(_pdf_text(data, where), "pdf", "pdf"))
    if fmt == "docx":
        return _unwrapped(Decoded(_docx_text(data, where), "docx", "docx"))
    text, encoding = decode_bytes(data, where)
    if fmt == "html":
        body, title, furniture, offsets = html_to_text_mapped(text)
        return Decoded(text, encoding, "html", title, tuple(furniture), body, offsets)
    return _unwrapped(Decoded(text, encoding, "txt"))


def _unwrapped(decoded: Decoded) -> Decoded:
    """A hard-wrapped text (a PDF's text layer, a copy of one) read with its soft line breaks taken out
    (``wraps.py``); any other text as it is."""
    joined = unwrap(decoded.text)
    if joined is None:
        return decoded
    return replace(decoded, visible=joined.text, offsets=joined.offsets)


def decode_bytes(data: bytes, where: str) -> tuple[str, str]:
    """Text and encoding name of a text file's bytes. A UTF-8 BOM is kept as the text's first code point
    (U+FEFF), as the spec's offsets count it; a UTF-16/32 BOM is not part of the text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode("utf-8" if enc == "utf-8-sig" else enc)
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    f"无法按 {enc} 解码 / does not decode as {enc}: {exc.reason}", path=where
                ) from exc
            if enc != "utf-8-sig":
                # A UTF-16/32 BOM is how the bytes are laid out. A UTF-8 BOM stays: the spec's spans
                # count code points of the file "decoded as UTF-8 with nothing stripped", so U+FEFF is
                # offset 0 (a file saved by Notepad starts with one).
                text = text.removeprefix("\ufeff")
            _refuse_binary(text, where)
            return text, enc
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            _refuse_binary(utf16[0], where)
            return utf16
        raise DocumentError("这是二进制文件，不是文字 / a binary file, not text", path=where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _refuse_binary(text, where)
        return text, "utf-8"
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        if _reads_as_chinese(text):
            _refuse_binary(text, where)
            return text, "gb18030"
    nearly = _nearly_utf8(data)
    if nearly is not None:
        _refuse_binary(nearly, where)
        return nearly, "utf-8"
    return _normalizer_guess(data, where)


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a page cut mid-character): each becomes U+FFFD, one code point, so
    the rest of the text keeps its place. None when more than a few bytes are broken."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    if broken <= max(3, len(data) // 2000) and _reads_as_chinese(text.replace("\ufffd", "")):
        return text
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: NUL bytes mostly in odd (LE) or even (BE) positions of mostly-ASCII/CJK text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    half = len(data) // 2
    for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros >= half * 0.2 and zeros > 2 * min(even, odd):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _CONTROL.search(text):
                return text, "utf-16"
    return None


def _reads_as_chinese(text: str) -> bool:
    """GB18030 decodes many byte strings; accept its reading only if it is mostly CJK or plain ASCII."""
    if not text:
        return False
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return True
    cjk = sum(1 for c in non_ascii if _CJK.match(c))
    return cjk / len(non_ascii) >= 0.9


def _normalizer_guess(data: bytes, where: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise DocumentError("无法识别文字编码 / the text does not decode in any known encoding", path=where)
    text = str(best)
    _refuse_binary(text, where)
    return text, best.encoding.replace("_", "-")


def _refuse_binary(text: str, where: str) -> None:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise DocumentError("这是二进制文件，不是文字 / a binary file, not text", path=where)


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


# --- html -------------------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
        "center",
        "option",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_DROPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "iframe",
        "object",
        "canvas",
        "select",
        "button",
        "input",
        "textarea",
    }
)
_SPACES = re.compile(r"[ \r\n\f\v\u00a0]+")
_TABS = re.compile(r" ?\t[ \t]*")


def html_to_text(markup: str) -> tuple[str, str | None, list[tuple[int, int]]]:
    """An html page as plain text: each block element on a line of its own, table cells tab-separated,
    scripts, styles and the head dropped, runs of white space collapsed.

    Returns the text, the ``<title>``, and the spans of lines that lie wholly inside page furniture by the
    page's own structure: a ``<nav>``/``<footer>``/``<aside>``, or an element whose class or id names a
    menu, breadcrumb, share box, footer… (``html_tags`` and ``html_class_words`` in furniture.yaml)."""
    text, title, spans, _offsets = html_to_text_mapped(markup)
    return text, title, spans


def html_to_text_mapped(markup: str) -> tuple[str, str | None, list[tuple[int, int]], OffsetMap]:
    """``html_to_text`` and, for each character of the text, where it sits in ``markup``
    (``diaodu.reading.offsets``)."""
    from selectolax.lexbor import LexborHTMLParser

    from diaodu.reading.lexicon_documents import furniture_lexicon

    lex = furniture_lexicon()
    furniture_tags = frozenset(lex.html_tags)
    class_words = tuple(w.lower() for w in lex.html_class_words)

    def is_furniture(node: Any, tag: str) -> bool:
        if tag in furniture_tags:
            return True
        attrs = getattr(node, "attributes", None) or {}
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
        return bool(names.strip()) and any(w in names for w in class_words)

    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node is not None else None
    root = tree.body or tree.root
    aligner = Aligner(markup)
    lines: list[tuple[str, list[int], list[int], bool]] = []
    current: list[str] = []
    cur_starts: list[int] = []
    cur_ends: list[int] = []
    current_furniture: list[bool] = []
    depth = 0

    def flush() -> None:
        line, starts, ends = "".join(current), cur_starts[:], cur_ends[:]
        line, starts, ends = sub_mapped(_SPACES, " ", line, starts, ends)
        line, starts, ends = sub_mapped(_TABS, "\t", line, starts, ends)
        stripped = line.strip(" \t\r\n\f\v")
        furniture = bool(current_furniture) and all(current_furniture)
        current.clear()
        cur_starts.clear()
        cur_ends.clear()
        current_furniture.clear()
        if stripped:
            lead = len(line) - len(line.lstrip(" \t\r\n\f\v"))
            end = lead + len(stripped)
            lines.append((stripped, starts[lead:end], ends[lead:end], furniture))

    tables: list[_Grid] = []  # the tables the walk is in, innermost last

    def put(piece: str, starts: list[int], ends: list[int]) -> None:
        current.append(piece)
        cur_starts.extend(starts)
        cur_ends.extend(ends)

    def cell_end() -> None:
        put("\t", [aligner.gap()], [aligner.gap()])

    def fill(grid: _Grid) -> None:
        """The cells of rows above that span down into this row, at the column the row has reached."""
        while (spanned := grid.pending.get(grid.col)) is not None:
            put(spanned.text, spanned.starts, spanned.ends)
            cell_end()
            spanned.rows -= 1
            if spanned.rows <= 0:
                del grid.pending[grid.col]
            grid.col += 1

    if root is not None:
        # Iterative walk with an explicit stack: (node, leaving?, furniture?) so block ends are seen too.
        stack: list[tuple[Any, bool, bool]] = [(root, False, False)]
        while stack:
            node, leaving, marked = stack.pop()
            tag = getattr(node, "tag", "")
            if leaving:
                if tag == "tr" and tables:
                    fill(tables[-1])  # a spanning cell at the row's end
                if tag in _BLOCK_TAGS:
                    flush()
                elif tag in _CELL_TAGS:
                    grid = tables[-1] if tables else None
                    if grid is not None:
                        text = "".join(current)[grid.cell_from :]
                        starts, ends = cur_starts[grid.cell_from :], cur_ends[grid.cell_from :]
                    cell_end()
                    if grid is not None:
                        grid.close_cell(node, text, starts, ends)
                if tag == "table" and tables:
                    tables.pop()
                if marked:
                    depth -= 1
                continue
            if tag == "-text":
                piece = getattr(node, "text_content", "") or ""
                starts, ends = aligner.take(piece)
                current.append(piece)
                cur_starts.extend(starts)
                cur_ends.extend(ends)
                if piece.strip():
                    current_furniture.append(depth > 0)
                continue
            if tag in _DROPPED_TAGS or tag == "-comment" or not isinstance(tag, str):
                continue
            if tag in _BLOCK_TAGS:
                flush()
            if tag == "table":
                tables.append(_Grid())
            elif tag == "tr" and tables:
                tables[-1].col = 0
            elif tag in _CELL_TAGS and tables:
                fill(tables[-1])
                tables[-1].cell_from = len(cur_starts)
            marked = is_furniture(node, tag)
            if marked:
                depth += 1
            stack.append((node, True, marked))
            children = []
            child = getattr(node, "child", None)
            while child is not None:
                children.append(child)
                child = child.next
            stack.extend((c, False, False) for c in reversed(children))
    flush()
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    all_starts: list[int] = []
    all_ends: list[int] = []
    pos = 0
    for line, starts, ends, furniture in lines:
        if parts:  # the newline between two blocks: an empty span where the markup between them begins
            all_starts.append(all_ends[-1])
            all_ends.append(all_ends[-1])
        if furniture:
            spans.append((pos, pos + len(line)))
        parts.append(line)
        all_starts.extend(starts)
        all_ends.extend(ends)
        pos += len(line) + 1
    return "\n".join(parts), title or None, spans, OffsetMap(all_starts, all_ends)


@dataclass(slots=True)
class _Spanned:
    """A cell spanning down: its text for the rows it still covers."""

    rows: int
    text: str
    starts: list[int]
    ends: list[int]


@dataclass(slots=True)
class _Grid:
    """Where the walk is in an html table's grid: a cell spanning rows (rowspan) is repeated into the
    rows below it, at its column (a cell spanning columns, colspan, counting for as many), so each row's
    cells stand under their column's label as in a table written out in full (单位 亿千瓦时 spanning two
    rows). Empty cells run together as a text table's do: the table reader aligns a short row from the right.
    A spanning cell holding a number is left empty in the rows below: one figure, read once."""

    pending: dict[int, _Spanned] = field(default_factory=dict)
    col: int = 0
    cell_from: int = 0  # where the open cell's text starts in the line being built

    def close_cell(self, node: Any, text: str, starts: list[int], ends: list[int]) -> None:
        attrs = getattr(node, "attributes", None) or {}
        rows, cols = _span(attrs.get("rowspan")), _span(attrs.get("colspan"))
        if rows > 1:
            bare = text.strip(" \t\r\n")
            lead = len(text) - len(text.lstrip(" \t\r\n"))
            if any(ch.isdigit() for ch in bare):
                bare, lead = "", 0
            for c in range(self.col, self.col + cols):
                span = slice(lead, lead + len(bare))
                self.pending[c] = _Spanned(rows - 1, bare, starts[span], ends[span])
        self.col += cols


def _span(value: str | None) -> int:
    """A rowspan / colspan attribute's count (1 when missing or unreadable; at most a page's worth)."""
    try:
        return max(1, min(int(str(value).strip()), 200))
    except ValueError:
        return 1


# --- docx -------------------------------------------------------------------------------------------


def _docx_text(data: bytes, where: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise DocumentError("这个 zip 文件不是 Word 文档 / a zip, not a .docx", path=where)
    except zipfile.BadZipFile as exc:
        raise DocumentError("损坏的 .docx 文件 / a damaged .docx file", path=where) from exc
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise DocumentError(f"无法读取 .docx / cannot read the .docx ({exc})", path=where) from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return "\n".join(lines)


def _table_lines(table: object) -> list[str]:
    """One line per table row, its cells joined by tabs (a merged cell is written once)."""
    from docx.table import Table

    assert isinstance(table, Table)
    out: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            key = id(cell._tc)
            if key in seen:
                continue
            seen.add(key)
            cells.append(cell.text.replace("\n", " ").strip())
        out.append("\t".join(cells).rstrip("\t"))
    return out


# --- pdf --------------------------------------------------------------------------------------------


def _pdf_text(data: bytes, where: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError("PDF 已加密 / the PDF is encrypted", path=where)
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except PdfReadError as exc:
        raise DocumentError(f"无法读取 PDF / cannot read the PDF ({exc})", path=where) from exc
    except Exception as exc:  # pypdf raises many kinds on a damaged file; each means the same to a user
        raise DocumentError(f"无法读取 PDF / cannot read the PDF ({type(exc).__name__})", path=where) from exc
    text = "\n".join(page.strip("\n") for page in pages)
    if not text.strip():
        raise DocumentError("PDF 里没有文字层（扫描件？）/ the PDF holds no text (a scan?)", path=where)
    return text
