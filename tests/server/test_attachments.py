"""Attachments: type sniffed from the bytes, size limited, downloads authorised."""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from typing import Any

import pytest
import sqlalchemy as sa

from server import attachments, db, schema
from server.authz import Principal
from server.problems import Problem
from tests.server.conftest import World, assert_problem

URL = "/api/v1/attachments"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n" + "证明材料".encode() * 1000


def office_file(marker: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(marker, "<x/>")
    return buffer.getvalue()


def upload(
    world: World,
    username: str,
    content: bytes,
    *,
    name: str = "证明.pdf",
    declared: str = "application/pdf",
    key: str | None = None,
) -> Any:
    headers = {**world.login(username), "Idempotency-Key": key or str(uuid.uuid4())}
    return world.client.post(URL, files={"file": (name, content, declared)}, headers=headers)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (PDF, "application/pdf"),
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 32, "image/jpeg"),
        (
            office_file("word/document.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            office_file("xl/workbook.xml"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        (office_file("OFD.xml"), "application/ofd"),
    ],
)
def test_allowed_types_are_recognised_by_their_bytes(
    world: World, content: bytes, expected: str
) -> None:
    answer = upload(world, "officer", content, declared="application/octet-stream")
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["content_type"] == expected
    assert body["size"] == len(content)
    assert body["sha256"] == hashlib.sha256(content).hexdigest()


@pytest.mark.parametrize(
    "content",
    [b"MZ\x90\x00" + b"\x00" * 100, office_file("something/else.xml"), b"PK\x03\x04broken", b""],
)
def test_other_content_is_refused_whatever_the_header_says(world: World, content: bytes) -> None:
    body = assert_problem(
        upload(world, "officer", content, declared="application/pdf"),
        415,
        "attachment.type_not_allowed",
    )
    assert "application/pdf" in body["allowed"]
    with db.read(world.platform.engine) as conn:
        results = (
            conn.execute(
                sa.select(schema.audit_log.c.result).where(
                    schema.audit_log.c.action == "attachment.upload"
                )
            )
            .scalars()
            .all()
        )
    assert results == ["attachment.type_not_allowed"]


def test_a_file_over_the_limit_is_refused_while_reading(world: World) -> None:
    limit = world.platform.settings.attachment_max_bytes
    body = assert_problem(
        upload(world, "officer", b"%PDF-" + b"0" * limit), 413, "attachment.too_large"
    )
    assert body["max_bytes"] == limit == 10 * 1024 * 1024
    with db.read(world.platform.engine) as conn:
        assert (
            conn.execute(sa.select(sa.func.count()).select_from(schema.attachments)).scalar() == 0
        )


def test_a_declared_length_over_the_limit_is_refused_before_reading(world: World) -> None:
    headers = {
        **world.login("officer"),
        "Idempotency-Key": str(uuid.uuid4()),
        "Content-Type": "multipart/form-data; boundary=x",
        "Content-Length": str(11 * 1024 * 1024),
    }
    answer = world.client.post(URL, content=b"--x--\r\n", headers=headers)
    assert_problem(answer, 413, "attachment.too_large")


def test_a_repeated_upload_is_one_attachment(world: World) -> None:
    key = str(uuid.uuid4())
    first = upload(world, "officer", PDF, key=key)
    second = upload(world, "officer", PDF, key=key)
    assert second.content == first.content
    assert second.headers["idempotent-replayed"] == "true"
    assert_problem(upload(world, "officer", PNG, key=key), 422, "idempotency.key_reused")


def test_downloads_follow_the_object_the_attachment_belongs_to(world: World) -> None:
    made = upload(world, "officer", PDF, name="营业执照.pdf").json()
    url = f"{URL}/{made['id']}"
    # Before it is attached: the uploading department only.
    assert world.client.get(url, headers=world.login("officer")).status_code == 200
    assert world.client.get(url, headers=world.login("provider")).status_code == 404
    request = world.request(world.resource("police"), requester="officer")
    principal = Principal(
        str(world.user["officer"]), "officer", "", str(world.dept["market"]), frozenset()
    )
    with db.write(world.platform.engine) as conn:
        attached = attachments.attach(conn, principal, made["id"], "request", request.id)
    assert attached.sha256 == made["sha256"]
    download = world.client.get(url, headers=world.login("provider"))
    assert download.status_code == 200
    assert download.content == PDF
    assert download.headers["content-type"] == "application/pdf"
    assert "filename*=UTF-8''%E8%90%A5" in download.headers["content-disposition"]
    foreign = world.client.get(url, headers=world.login("zz_officer"))
    missing = world.client.get(f"{URL}/{uuid.uuid4()}", headers=world.login("zz_officer"))
    assert foreign.status_code == missing.status_code == 404
    assert foreign.content == missing.content


def test_another_department_cannot_attach_an_upload(world: World) -> None:
    made = upload(world, "officer", PDF).json()
    request = world.request(world.resource("police"), requester="zz_officer")
    principal = Principal(
        str(world.user["zz_officer"]), "zz_officer", "", str(world.dept["zz_dept"]), frozenset()
    )
    with db.write(world.platform.engine) as conn, pytest.raises(Problem) as refused:
        attachments.attach(conn, principal, made["id"], "request", request.id)
    assert refused.value.status == 404
