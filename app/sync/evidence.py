"""Evidence files checked on this computer against the platform's limits, before they are queued.

The reference server (``server/attachments.py``) accepts at most 10 MB of PDF, PNG, JPEG, OFD,
DOCX or XLSX, and decides the type by the content's magic bytes — for the ZIP-based formats by
the part only they have — never by the file name. The same check runs here when the officer
picks a file, so a refusal is said at once, in words, instead of hours later from the outbox
(an ``.exe`` renamed ``.png`` is refused here as it would be there). A file that passes is read
into a :class:`~app.sync.store_outbox.LocalFile` (with the content type found) and kept in the
store with its outbox item until the pusher uploads it (:mod:`app.sync.outbox_uploads`).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from uuid import uuid4

from app.models.errors import DomainError, FieldError
from app.sync.store_outbox import LocalFile

# The platform's limit (ServerSettings.attachment_max_bytes); the server still has the last word.
EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
_ZIP_MARKERS = (
    ("OFD.xml", "application/ofd"),
    ("word/document.xml",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
)
ALLOWED_TYPES: tuple[str, ...] = tuple(t for _, t in _MAGIC) + tuple(t for _, t in _ZIP_MARKERS)
ALLOWED_NAMES = "PDF、PNG、JPEG、OFD、DOCX、XLSX"
ALLOWED_NAMES_EN = "PDF, PNG, JPEG, OFD, DOCX and XLSX"
FIELD = "attachments"


@dataclass(frozen=True, slots=True)
class CheckedFile:
    """A file that may be attached: its name, size and the type its content shows."""

    path: str
    filename: str
    size: int
    content_type: str


def sniff(head: bytes, file: IO[bytes]) -> str | None:
    """The allowed content type these bytes really are, or ``None`` (the server's rule)."""
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


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def _refused(code: str, zh: str, en: str, **details: object) -> DomainError:
    return DomainError(code=code, message_zh=zh, message_en=en,
                       field_errors=(FieldError(FIELD, code, zh, en),), details=details)


def too_large(filename: str, size: int) -> DomainError:
    limit = megabytes(EVIDENCE_MAX_BYTES).removesuffix(".0")
    return _refused(
        "attachment.too_large",
        f"“{filename}”有 {megabytes(size)} MB，超过平台允许的 {limit} MB，未能添加。",
        f"“{filename}” is {megabytes(size)} MB, more than the platform's limit of {limit} MB; "
        "it was not added.",
        filename=filename, size=size, max_bytes=EVIDENCE_MAX_BYTES,
    )


def type_refused(filename: str) -> DomainError:
    return _refused(
        "attachment.type_not_allowed",
        f"“{filename}”的内容不是平台接受的文件类型（仅接受 {ALLOWED_NAMES}），未能添加。",
        f"The content of “{filename}” is not a type the platform accepts (only "
        f"{ALLOWED_NAMES_EN}); it was not added.",
        filename=filename, allowed=list(ALLOWED_TYPES),
    )


def unreadable(filename: str, reason: str) -> DomainError:
    return _refused(
        "attachment.unreadable",
        f"无法读取“{filename}”，请确认文件仍在原处。",
        f"“{filename}” cannot be read; is it still there?",
        filename=filename, reason=reason,
    )


def empty(filename: str) -> DomainError:
    return _refused("attachment.empty", f"“{filename}”是空文件，未能添加。",
                    f"“{filename}” is empty; it was not added.", filename=filename)


def check_file(path: str | Path) -> CheckedFile:
    """Size and type of the file at ``path``, or a ``DomainError`` saying why it is refused."""
    source = Path(path)
    filename = source.name
    try:
        size = source.stat().st_size
        if size > EVIDENCE_MAX_BYTES:
            raise too_large(filename, size)
        if size == 0:
            raise empty(filename)
        with source.open("rb") as handle:
            content_type = sniff(handle.read(16), handle)
    except OSError as error:
        raise unreadable(filename, type(error).__name__) from error
    if content_type is None:
        raise type_refused(filename)
    return CheckedFile(str(source), filename, size, content_type)


def read_checked(path: str | Path, filename: str = "") -> LocalFile:
    """The bytes of an allowed file, checked again as they are read (it may have changed)."""
    source = Path(path)
    name = filename or source.name
    try:
        data = source.read_bytes()
    except OSError as error:
        raise unreadable(name, type(error).__name__) from error
    if len(data) > EVIDENCE_MAX_BYTES:
        raise too_large(name, len(data))
    if not data:
        raise empty(name)
    content_type = sniff(data[:16], io.BytesIO(data))
    if content_type is None:
        raise type_refused(name)
    return LocalFile(name, content_type, data, id=uuid4())
