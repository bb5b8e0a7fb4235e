"""Upload: a report document (read into the ledger by the reader and the ledger's intake) or an Excel
sheet (imported by ``dispatch.sheets``, with every row error shown).

Limits: ``upload_max_mb`` (an early 413 from the Content-Length, and a count of the bytes actually read);
documents must be .txt, .html, .htm, .docx or .pdf and sheets .xlsx, checked by name and by the file's
first bytes, so a renamed binary gets a clear message instead of a stack trace.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response

from diaodu.dispatch import sheets
from diaodu.dispatch.sheets import SHEETS
from diaodu.errors import InputError, SheetError
from diaodu.ledger.accounts import Principal, authorize
from diaodu.ledger.batches import from_reader
from diaodu.ledger.intake import Intake
from diaodu.output.web.auth import current_user, writer
from diaodu.output.web.routes import engine, render, settings, tx

pages = APIRouter()
api = APIRouter(tags=["上传"])

Who = Annotated[Principal, Depends(current_user)]
Writer = Annotated[Principal, Depends(writer)]

DOCUMENT_TYPES = (".txt", ".html", ".htm", ".docx", ".pdf")
SHEET_TYPES = (".xlsx",)
CHUNK = 1024 * 1024


def _safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[^\w.\-（）()\u4e00-\u9fff]+", "_", base).strip("._") or "upload"
    return base[:120]


async def receive(request: Request, upload: UploadFile, allowed: tuple[str, ...]) -> tuple[str, bytes]:
    """The upload's safe file name and bytes, within the size limit and of an allowed type."""
    limit = settings(request).upload_max_mb * 1024 * 1024
    name = _safe_name(upload.filename or "")
    suffix = Path(name).suffix.lower()
    if suffix not in allowed:
        raise InputError(f"不支持的文件类型「{suffix or '无扩展名'}」：只接受 {'、'.join(allowed)}")
    data = bytearray()
    while chunk := await upload.read(CHUNK):
        data.extend(chunk)
        if len(data) > limit:
            raise InputError(f"文件太大：上传上限为 {settings(request).upload_max_mb} MiB")
    if not data:
        raise InputError("文件是空的")
    body = bytes(data)
    zipped = body.startswith(b"PK\x03\x04")
    if suffix in (".docx", ".xlsx") and not zipped:
        raise InputError(f"「{name}」不是有效的 {suffix} 文件（内容不是 Office Open XML）")
    if suffix == ".pdf" and not body.startswith(b"%PDF"):
        raise InputError(f"「{name}」不是有效的 PDF 文件")
    if suffix in (".txt", ".html", ".htm") and (zipped or b"\x00" in body[:4096]):
        raise InputError(f"「{name}」看起来是二进制文件，不是文本")
    return name, body


def _store(request: Request, folder: str, name: str, data: bytes) -> Path:
    digest = hashlib.sha256(data).hexdigest()[:16]
    target = settings(request).instance_dir / "uploads" / folder / f"{digest}-{name}"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def read_document(request: Request, who: Principal, name: str, data: bytes) -> dict[str, Any]:
    """Read an uploaded report into the ledger (skipped when the same bytes were read before)."""
    authorize(who, "document.upload")
    path = _store(request, "documents", name, data)
    items = from_reader([path])
    intake = Intake(engine(request), actor=who.name)
    results = []
    for item in items:
        result = intake.ingest(item.source, item.prepared)
        results.append(
            {
                "name": name,
                "document_id": result.document_id,
                "skipped": result.skipped,
                "mentions": result.mentions,
                "observations": result.observations,
                "conflicts": result.conflicts,
            }
        )
    return {"documents": results}


def import_sheet(request: Request, who: Principal, sheet: str, name: str, data: bytes) -> dict[str, Any]:
    """Import an uploaded Excel sheet of kind ``sheet`` (``dispatch.sheets.SHEETS``); a bad sheet is
    refused whole, with every row error listed (``SheetError``)."""
    authorize(who, "sheet.upload")
    if sheet not in SHEETS:
        raise InputError(
            f"未知的表格类型「{sheet}」，可选：{'、'.join(f'{k}（{v.title}）' for k, v in SHEETS.items())}"
        )
    path = _store(request, "sheets", name, data)
    with tx(request) as session:
        result = sheets.import_sheet(session, sheet, path, actor=who.name)
    return {
        "name": name,
        "sheet": result.sheet,
        "rows": result.rows,
        "created": result.created,
        "updated": result.updated,
        "summary": result.summary(),
    }


def _sheet_choices() -> list[tuple[str, str]]:
    return [(k, v.title) for k, v in SHEETS.items()]


@pages.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request, _who: Who) -> Response:
    return render(
        request, "upload.html", nav="upload", result=None, errors=[], message=None, sheets=_sheet_choices()
    )


@pages.post("/upload", response_class=HTMLResponse)
async def upload_submit(
    request: Request,
    who: Writer,
    kind: Annotated[str, Form()],
    file: Annotated[UploadFile, File()],
    sheet: Annotated[str, Form()] = "",
) -> Response:
    errors: list[str] = []
    message: str | None = None
    result: dict[str, Any] | None = None
    status = 200
    try:
        if kind == "document":
            name, data = await receive(request, file, DOCUMENT_TYPES)
            result = read_document(request, who, name, data)
            doc = result["documents"][0] if result["documents"] else None
            if doc and doc["skipped"]:
                message = f"「{name}」已在台账中，未重复读入。"
            elif doc:
                message = (
                    f"已读入「{name}」：{doc['mentions']}个数据，{doc['observations']}个观测值，"
                    f"{doc['conflicts']}个冲突。"
                )
        elif kind == "sheet":
            name, data = await receive(request, file, SHEET_TYPES)
            result = import_sheet(request, who, sheet, name, data)
            message = f"已导入「{name}」：{result['summary']}。"
        else:
            raise InputError("请选择上传类型：报告或表格")
    except SheetError as exc:
        status = 400
        errors = [str(e) for e in exc.errors]
        message = f"共{len(exc.errors)}处错误，整个文件未导入。"
    except InputError as exc:
        status = 400
        errors = [str(exc)]
    return render(
        request,
        "upload.html",
        status_code=status,
        nav="upload",
        result=result,
        errors=errors,
        message=message,
    )


@api.post("/documents", status_code=201, summary="上传报告并读入台账（.txt .html .docx .pdf）")
async def api_upload_document(
    request: Request, who: Writer, file: Annotated[UploadFile, File()]
) -> dict[str, Any]:
    authorize(who, "document.upload")
    name, data = await receive(request, file, DOCUMENT_TYPES)
    return read_document(request, who, name, data)


@api.post(
    "/sheets/{sheet}",
    status_code=201,
    summary="上传 Excel 表格并导入（整表校验，有错误时逐行列出、整表不导入）",
)
async def api_upload_sheet(
    request: Request, sheet: str, who: Writer, file: Annotated[UploadFile, File()]
) -> Any:
    authorize(who, "sheet.upload")
    name, data = await receive(request, file, SHEET_TYPES)
    try:
        return import_sheet(request, who, sheet, name, data)
    except SheetError as exc:
        return JSONResponse(
            {"detail": f"共{len(exc.errors)}处错误，整个文件未导入", "errors": [str(e) for e in exc.errors]},
            status_code=400,
        )
