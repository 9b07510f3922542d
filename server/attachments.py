"""Attachments: evidence for feedback, material and reply letters — uploaded, checked, streamed.

``POST /api/v1/attachments`` (multipart field ``file``; an idempotent command) accepts at most
:attr:`ServerSettings.attachment_max_bytes` (10 MB) of PDF, PNG, JPEG, OFD, DOCX or XLSX. The type
is decided by the content's magic bytes (and, for the ZIP-based formats, the part that names the
format), never by the declared header. The bytes go to ``attachment_chunks`` in pieces.

An upload belongs to the uploader's department until a command attaches it to an object
(:func:`attach`); from then on whoever may see that object may download it
(``GET /api/v1/attachments/{id}``), and nobody else (404, like a missing one).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Iterator
from typing import IO, Any
from urllib.parse import quote

import orjson
import sqlalchemy as sa
from fastapi import APIRouter, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response, StreamingResponse
from sqlalchemy.engine import Connection
from starlette.datastructures import UploadFile

from app.models.entities import Attachment
from app.models.errors import FieldError
from server import audit, authz, db, idempotency, schema
from server.auth import CurrentPrincipal
from server.authz import Principal
from server.platform import CurrentPlatform, Platform
from server.problems import Problem, not_found

router = APIRouter(prefix="/api/v1/attachments", tags=["attachments"])
CHUNK = 256 * 1024
_MULTIPART_SLACK = 64 * 1024  # boundaries and part headers around the file

# ZIP-based formats, told apart by the part that only they have.
_ZIP_MARKERS = (
    ("OFD.xml", "application/ofd"),
    (
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
)
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
ALLOWED_TYPES = tuple(t for _, t in _MAGIC) + tuple(t for _, t in _ZIP_MARKERS)


def sniff(head: bytes, file: IO[bytes]) -> str | None:
    """The allowed content type these bytes really are, or ``None``."""
    for magic, content_type in _MAGIC:
        if head.startswith(magic):
            return content_type
    if head.startswith(b"PK\x03\x04"):
        try:
            file.seek(0)
            names = set(zipfile.ZipFile(file).namelist())
        except (zipfile.BadZipFile, OSError):
            return None
        for marker, content_type in _ZIP_MARKERS:
            if marker in names:
                return content_type
    return None


def clean_filename(name: str | None) -> str:
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    return (base or "attachment")[:255]


def _too_large(limit: int) -> Problem:
    megabytes = limit / (1024 * 1024)
    return Problem(
        413,
        "attachment.too_large",
        "附件过大。",
        "The attachment is too large.",
        detail=f"附件不能超过 {megabytes:g} MB。",
        detail_en=f"Attachments may not exceed {megabytes:g} MB.",
        extra={"max_bytes": limit},
    )


def _type_refused() -> Problem:
    return Problem(
        415,
        "attachment.type_not_allowed",
        "不支持的附件类型。",
        "This type of file is not accepted.",
        detail="仅接受 PDF、PNG、JPEG、OFD、DOCX、XLSX 文件。",
        detail_en="Only PDF, PNG, JPEG, OFD, DOCX and XLSX files are accepted.",
        extra={"allowed": list(ALLOWED_TYPES)},
    )


def _measure(file: IO[bytes], limit: int) -> tuple[int, str, bytes]:
    """Size, SHA-256 and first bytes of an upload, read in chunks; 413 past the limit."""
    digest = hashlib.sha256()
    size = 0
    head = b""
    file.seek(0)
    while chunk := file.read(CHUNK):
        if not head:
            head = chunk[:16]
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        digest.update(chunk)
    return size, digest.hexdigest(), head


def _store(conn: Connection, attachment_id: str, file: IO[bytes]) -> None:
    file.seek(0)
    n = 0
    while chunk := file.read(CHUNK):
        conn.execute(
            schema.attachment_chunks.insert().values(
                attachment_id=attachment_id, n=n, content=chunk
            )
        )
        n += 1


def _upload(
    platform: Platform,
    principal: Principal,
    upload: UploadFile,
    key_header: str | None,
    target: str,
) -> Response:
    key = idempotency.parse_key(key_header)
    size, sha256, head = _measure(upload.file, platform.settings.attachment_max_bytes)
    content_type = sniff(head, upload.file)
    if content_type is None:
        raise _type_refused()
    filename = clean_filename(upload.filename)
    print_ = idempotency.fingerprint("POST", target, f"{filename}\n{sha256}".encode())
    replay = idempotency.claim(platform.engine, principal.user_id, key, print_, platform.utcnow())
    if replay is not None:
        return replay.to_response(replayed=True)
    try:
        with db.write(platform.engine) as conn:
            now = platform.utcnow()
            attachment = Attachment(
                id=uuid.uuid4(),
                filename=filename,
                content_type=content_type,
                size=size,
                sha256=sha256,
            )
            conn.execute(
                schema.attachments.insert().values(
                    id=str(attachment.id),
                    filename=filename,
                    content_type=content_type,
                    size=size,
                    sha256=sha256,
                    uploaded_by_user_id=principal.user_id,
                    department_id=principal.department_id,
                    created_at=now,
                )
            )
            _store(conn, str(attachment.id), upload.file)
            answer = idempotency.StoredResponse(
                201,
                orjson.dumps(attachment_json(attachment)),
                {
                    "content-type": "application/json",
                    "location": f"/api/v1/attachments/{attachment.id}",
                },
            )
            audit.append(
                conn,
                now=now,
                actor=principal.username,
                action="attachment.upload",
                entity="attachment",
                entity_id=str(attachment.id),
                result="ok",
                actor_user_id=principal.user_id,
                actor_department_id=principal.department_id,
            )
            idempotency.complete(conn, principal.user_id, key, answer)
    except BaseException:
        idempotency.release(platform.engine, principal.user_id, key)
        raise
    return answer.to_response()


def attachment_json(attachment: Attachment) -> dict[str, Any]:
    return {
        "id": str(attachment.id),
        "filename": attachment.filename,
        "content_type": attachment.content_type,
        "size": attachment.size,
        "sha256": attachment.sha256,
    }


@router.post(
    "",
    status_code=201,
    summary="Upload an attachment / 上传附件",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {"file": {"type": "string", "format": "binary"}},
                    }
                }
            },
        }
    },
    responses={413: {"description": "Too large"}, 415: {"description": "Type not allowed"}},
)
async def upload_attachment(
    request: Request,
    principal: CurrentPrincipal,
    platform: CurrentPlatform,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key"),
) -> Response:
    limit = platform.settings.attachment_max_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + _MULTIPART_SLACK:
        raise _too_large(limit)  # refused before a byte of the body is read
    form = await request.form(max_files=1, max_fields=4)
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise Problem(
                422,
                "attachment.file_missing",
                "缺少附件文件。",
                "No file was sent.",
                errors=(
                    FieldError("file", "attachment.file_missing", "请选择文件。", "Choose a file."),
                ),
            )
        return await run_in_threadpool(
            _upload, platform, principal, upload, idempotency_key, request.url.path
        )
    except Problem as refused:
        await run_in_threadpool(_audit_refusal, platform, principal, refused.code)
        raise
    finally:
        await form.close()


def _audit_refusal(platform: Platform, principal: Principal, code: str) -> None:
    with db.write(platform.engine) as conn:
        audit.append(
            conn,
            now=platform.utcnow(),
            actor=principal.username,
            action="attachment.upload",
            entity="attachment",
            entity_id="-",
            result=code,
            actor_user_id=principal.user_id,
            actor_department_id=principal.department_id,
        )


def attach(
    conn: Connection, principal: Principal, attachment_id: object, entity: str, entity_id: object
) -> Attachment:
    """Bind an upload of the principal's department to an object (commands call this).

    From then on the attachment is visible to whoever sees that object. 404 for an attachment
    the principal's department did not upload or that belongs to another object.
    """
    table = schema.attachments
    row = conn.execute(sa.select(table).where(table.c.id == str(attachment_id))).first()
    if row is None:
        raise not_found()
    owner_ok = row.department_id == principal.department_id and row.entity is None
    same = row.entity == entity and row.entity_id == str(entity_id)
    if not (owner_ok or same):
        raise not_found()
    conn.execute(
        table.update().where(table.c.id == row.id).values(entity=entity, entity_id=str(entity_id))
    )
    return Attachment(
        id=uuid.UUID(row.id),
        filename=row.filename,
        content_type=row.content_type,
        size=row.size,
        sha256=row.sha256,
    )


def _may_download(conn: Connection, principal: Principal, row: Any) -> bool:
    if row.entity is None:
        return bool(row.department_id == principal.department_id)
    return authz.can_see(conn, principal, row.entity, row.entity_id)


@router.get(
    "/{attachment_id}",
    summary="Download an attachment / 下载附件",
    response_class=StreamingResponse,
)
def download_attachment(
    attachment_id: str,
    principal: CurrentPrincipal,
    platform: CurrentPlatform,
) -> StreamingResponse:
    table = schema.attachments
    with db.read(platform.engine) as conn:
        row = conn.execute(sa.select(table).where(table.c.id == attachment_id)).first()
        if row is None or not _may_download(conn, principal, row):
            raise not_found()

    def chunks() -> Iterator[bytes]:
        chunk_table = schema.attachment_chunks
        with db.read(platform.engine) as conn:
            result = conn.execution_options(yield_per=4).execute(
                sa.select(chunk_table.c.content)
                .where(chunk_table.c.attachment_id == row.id)
                .order_by(chunk_table.c.n)
            )
            for content in result.scalars():
                yield bytes(content)

    return StreamingResponse(
        chunks(),
        media_type=row.content_type,
        headers={
            "Content-Length": str(row.size),
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(row.filename)}",
            "ETag": f'"{row.sha256}"',
            "X-Content-Type-Options": "nosniff",
        },
    )
