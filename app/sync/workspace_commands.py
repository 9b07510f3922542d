"""Turning an officer's action into an outbox plan: the domain command run locally, the request
the server expects, and what the cache shows meanwhile.

Each ``plan_*`` function runs the same domain command the server will run
(:mod:`app.models.commands_requests`, :mod:`app.models.commands_disputes`) with the outbox item's
id as the command id, so a refusal reaches the officer at once (a ``DomainError`` with its field
errors; nothing is queued) and the objects shown as pending carry the ids and due dates the
server will give them. The :class:`Plan` holds the HTTP call (paths and bodies of
``server/commands/requests.py`` and ``disputes.py``), the objects to write to the cache, and the
undo steps that put the cache back if the officer discards the command.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from app.models.codec import to_json_dict
from app.models.commands import Actor, CommandEnv
from app.models.commands_disputes import DisputeInput, raise_dispute
from app.models.commands_requests import RequestInput, submit_request, withdraw_request
from app.models.entities import Attachment, Department, Resource, ShareRequest
from app.models.enums import DisputeSubject
from app.models.errors import DomainError, FieldError
from app.models.validation import REASON_MIN_LENGTH, meaningful_length
from app.models.validation_messages import field_error
from app.sync import command_kinds as kinds
from app.sync.store_outbox import LocalAttachment, LocalFile
from app.sync.workspace_local import UndoStep, record_fingerprint
from app.sync.workspace_types import AttachmentRef, RequestFormData

API = "/api/v1"
SUBMIT, WITHDRAW = kinds.SUBMIT_REQUEST, kinds.WITHDRAW_REQUEST
RAISE_DISPUTE = kinds.RAISE_DISPUTE


@dataclass(frozen=True, slots=True)
class Plan:
    """One command ready for the outbox: the call, the cache writes and how to undo them."""

    kind: str
    path: str
    body: dict[str, Any]
    entity: str
    entity_id: str
    if_match: int | None
    local: tuple[tuple[str, dict[str, Any]], ...]  # the item's own entity first
    method: str = "POST"


def request_input(form: RequestFormData, request_id: UUID,
                  attachments: tuple[Attachment, ...] = ()) -> RequestInput:
    return RequestInput(
        id=request_id, purpose=form.purpose, legal_basis=form.legal_basis,
        scenario=form.scenario, data_items=form.data_items, usage_scope=form.usage_scope,
        period_start=form.period_start, period_end=form.period_end,
        contact_name=form.contact_name, contact_phone=form.contact_phone,
        attachments=attachments,
    )


def preview_request(form: RequestFormData, resource: Resource, actor: Actor,
                    now: datetime) -> ShareRequest:
    """The request as the form stands, before any rule is checked (for live validation)."""
    return ShareRequest(
        id=form.draft_id or uuid4(), resource_id=form.resource_id,
        requester_department_id=actor.department_id, requester_user_id=actor.user_id,
        provider_department_id=resource.provider_department_id, purpose=form.purpose,
        legal_basis=form.legal_basis, scenario=form.scenario, data_items=form.data_items,
        usage_scope=form.usage_scope, period_start=form.period_start,
        period_end=form.period_end, contact_name=form.contact_name,
        contact_phone=form.contact_phone, created_at=now, updated_at=now,
    )


def read_files(refs: tuple[AttachmentRef, ...]) -> list[LocalFile]:
    """The bytes of newly chosen files, to keep with the command (nothing typed is lost)."""
    files: list[LocalFile] = []
    for ref in refs:
        if ref.stored_id is not None:
            continue
        try:
            data = Path(ref.path).read_bytes()
        except OSError as error:
            raise DomainError(
                code="request.attachment_unreadable",
                message_zh=f"无法读取附件“{ref.filename}”，请确认文件仍在原处。",
                message_en=f"The attachment “{ref.filename}” cannot be read; is it still there?",
                field_errors=(FieldError(
                    "attachments", "request.attachment_unreadable",
                    f"无法读取附件“{ref.filename}”。", f"Cannot read “{ref.filename}”.",
                ),),
                details={"reason": type(error).__name__},
            ) from error
        kind = mimetypes.guess_type(ref.filename)[0] or "application/octet-stream"
        files.append(LocalFile(ref.filename, kind, data, id=uuid4()))
    return files


def attachment_of(file: LocalFile | LocalAttachment) -> Attachment:
    """How a locally kept file appears on the pending request."""
    if isinstance(file, LocalFile):
        assert file.id is not None
        return Attachment(id=file.id, filename=file.filename, content_type=file.content_type,
                          size=len(file.data), sha256=hashlib.sha256(file.data).hexdigest())
    return Attachment(id=file.id, filename=file.filename, content_type=file.content_type,
                      size=file.size, sha256=file.sha256)


def plan_submit(form: RequestFormData, resource: Resource, actor: Actor, env: CommandEnv, *,
                request_id: UUID, attachments: tuple[Attachment, ...] = ()) -> Plan:
    """R11–R14: submit (granted at once when unconditional under R12)."""
    result = submit_request(request_input(form, request_id, attachments), resource, actor, env)
    request = result.entity
    body: dict[str, Any] = {
        "id": str(request.id), "resource_id": str(resource.id), "purpose": form.purpose,
        "legal_basis": form.legal_basis, "scenario": form.scenario,
        "data_items": list(form.data_items), "usage_scope": form.usage_scope,
        "period_start": None if form.period_start is None else form.period_start.isoformat(),
        "period_end": None if form.period_end is None else form.period_end.isoformat(),
        "contact_name": form.contact_name, "contact_phone": form.contact_phone,
        # Evidence files travel with the item (attachments_local); the platform numbers an
        # upload itself, so their ids join this list only once they are uploaded.
        "attachment_ids": [],
    }
    return Plan(SUBMIT, f"{API}/requests", body, "request", str(request.id), None,
                (("request", to_json_dict(request)),))


def plan_withdraw(request: ShareRequest, actor: Actor, env: CommandEnv, note: str) -> Plan:
    """R11: take back an open request; If-Match carries the version the officer saw."""
    result = withdraw_request(request, actor, env, note)
    return Plan(WITHDRAW, f"{API}/requests/{request.id}/withdraw", {"note": note}, "request",
                str(request.id), request.version, (("request", to_json_dict(result.entity)),))


def check_reason(reason: str) -> None:
    """R15: the supervisor is asked to coordinate with reasons written out."""
    if meaningful_length(reason) < REASON_MIN_LENGTH:
        problem = field_error("reason", "dispute.reason_required", min=REASON_MIN_LENGTH)
        raise DomainError(code=problem.code, message_zh=problem.message_zh,
                          message_en=problem.message_en, rule="R15", field_errors=(problem,))


def plan_dispute(request: ShareRequest, actor: Actor, departments: Mapping[UUID, Department],
                 env: CommandEnv, *, reason: str, dispute_id: UUID) -> Plan:
    """R15: ask the supervisor over both departments to coordinate. The endpoint creates the
    dispute and declares no If-Match; the request's new state comes back through the feed."""
    check_reason(reason)
    data = DisputeInput(id=dispute_id, subject=DisputeSubject.REQUEST, subject_id=request.id,
                        reason=reason)
    result = raise_dispute(data, request, actor, departments, env)
    local: list[tuple[str, dict[str, Any]]] = [("dispute", to_json_dict(result.entity))]
    local += [("request", to_json_dict(obj)) for obj in result.related
              if isinstance(obj, ShareRequest)]
    body = {"id": str(dispute_id), "subject": DisputeSubject.REQUEST.value,
            "subject_id": str(request.id), "reason": reason}
    return Plan(RAISE_DISPUTE, f"{API}/disputes", body, "dispute", str(dispute_id), None,
                tuple(local))


def undo_steps(plan: Plan, before: Mapping[tuple[str, str], Mapping[str, Any] | None]
               ) -> list[UndoStep]:
    """What to put back for each object the plan writes (``before``: the cache beforehand)."""
    steps = []
    for entity, data in plan.local:
        key = (entity, str(data["id"]))
        steps.append(UndoStep(entity, key[1], before.get(key), record_fingerprint(data)))
    return steps


def form_of_submit(body: Mapping[str, Any], stored: list[LocalAttachment]) -> RequestFormData:
    """The request form's data back from a queued submission (to edit it)."""
    form = RequestFormData.from_dict({**body, "draft_id": None, "attachments": []})
    refs = tuple(AttachmentRef(a.filename, stored_id=a.id, size=a.size) for a in stored)
    return replace(form, attachments=refs)
