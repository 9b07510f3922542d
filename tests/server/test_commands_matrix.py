"""Every command endpoint × every kind of caller: the parties (officer and head of the user or
provider department), the supervisor of the jurisdiction, a supervisor outside it, a foreign
department and an administrator.

The expected answers follow from the rules, not from the code: the side that may act (R11–R22,
R3–R5, R15, R17, R24) answers 200/201; a party or supervisor who may see the object but not act
on it answers 403 (wrong side or role) or 422 (a rule refuses, e.g. asking for one's own
resource, R6); a department that may not see the object answers 404, exactly like a missing one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from app.models.entities import Dispute, Extension, Feedback, Filing, ShareRequest
from app.models.enums import (
    DisputeSubject,
    FeedbackKind,
    FeedbackStatus,
    FilingKind,
    RequestStatus,
    ResourceStatus,
    ShareAttribute,
)
from tests.server.conftest import World
from tests.server.test_commands_support import (
    REASONS,
    ask,
    entry,
    ok,
    send,
    submitted,
)

API = "/api/v1"
CALLERS = ("officer", "provider", "head", "supervisor", "city_supervisor", "zz_officer", "admin")
ON_REQUEST_PROVIDER = {"provider": 200, "head": 200, "officer": 403, "supervisor": 403}
ON_REQUEST_REQUESTER = {"officer": 200, "provider": 403, "head": 403, "supervisor": 403}
WHY = "需要与户籍系统逐条比对核实，工作量较大"


@dataclass(frozen=True)
class Case:
    """One command: how to set up its object, what to send, who succeeds or is refused how.

    ``expected`` maps callers to statuses; every caller not named expects 404."""

    name: str
    setup: Callable[[World], tuple[str, dict[str, Any], int | None]]
    expected: dict[str, int]
    method: str = "POST"
    national: bool = False
    params: list[Any] = field(default_factory=list)


def _request(
    w: World,
    status: RequestStatus,
    attribute: ShareAttribute = ShareAttribute.CONDITIONAL,
    requester: str = "officer",
    **changes: Any,
) -> ShareRequest:
    fields: dict[str, Any] = {
        "status": status,
        "data_items": ("姓名",),
        "legal_basis": "《优化营商环境条例》",
        "contact_name": "张敏",
        "contact_phone": "13800138000",
        "received_on": date(2026, 3, 2),
        "due": date(2026, 3, 16),
        **changes,
    }
    seeded: ShareRequest = w.request(entry(w, attribute), requester, **fields)
    return seeded


def on_request(
    action: str,
    status: RequestStatus,
    body: dict[str, Any] | None = None,
    attribute: ShareAttribute = ShareAttribute.CONDITIONAL,
) -> Callable[..., Any]:
    def setup(w: World) -> tuple[str, dict[str, Any], int | None]:
        request = _request(w, status, attribute)
        return f"{API}/requests/{request.id}/{action}", body or {}, 1

    return setup


def suspended(w: World) -> tuple[str, dict[str, Any], int | None]:
    request = submitted(w, entry(w))
    path = f"{API}/requests/{request['id']}"
    approve = {"decision": "approve", "delivery_method": "platform_interface"}
    ok(send(w, "provider", f"{path}/reply", approve, version=1))
    ok(send(w, "provider", f"{path}/suspend", {"reasons": REASONS}, version=2))
    return f"{path}/lift", {}, 3


def _feedback(w: World, status: FeedbackStatus, **changes: Any) -> Feedback:
    resource = entry(w)
    seeded: Feedback = w.put(
        Feedback(
            id=uuid.uuid4(),
            resource_id=resource.id,
            data_item="姓名",
            kind=FeedbackKind.DOUBT,
            description="姓名中的生僻字显示为问号",
            requester_department_id=w.dept["market"],
            requester_user_id=w.user["officer"],
            provider_department_id=w.dept["police"],
            status=status,
            received_on=date(2026, 3, 2),
            due=date(2026, 3, 9),
            created_at=w.clock.now,
            updated_at=w.clock.now,
            **changes,
        )
    )
    return seeded


def on_feedback(
    action: str, status: FeedbackStatus, body: dict[str, Any] | None = None, **changes: Any
) -> Callable[..., Any]:
    def setup(w: World) -> tuple[str, dict[str, Any], int | None]:
        feedback = _feedback(w, status, **changes)
        return f"{API}/feedback/{feedback.id}/{action}", dict(body or {}), 1

    return setup


def asked_extension(w: World) -> Extension:
    return Extension(
        days=5, reason=WHY, requested_by_user_id=w.user["provider"], requested_at=w.clock.now
    )


def on_extension(action: str, body: dict[str, Any] | None = None) -> Callable[..., Any]:
    def setup(w: World) -> tuple[str, dict[str, Any], int | None]:
        feedback = _feedback(w, FeedbackStatus.EXTENSION_REQUESTED, extension=asked_extension(w))
        return f"{API}/feedback/{feedback.id}/{action}", dict(body or {}), 1

    return setup


def _dispute(
    w: World, raiser: str = "market", against: str = "police", supervisor: str = "prov_sup"
) -> Dispute:
    seeded: Dispute = w.put(
        Dispute(
            id=uuid.uuid4(),
            subject=DisputeSubject.INCONSISTENT_DATA,
            subject_id=uuid.uuid4(),
            raised_by_department_id=w.dept[raiser],
            against_department_id=w.dept[against],
            supervisor_department_id=w.dept[supervisor],
            reason=REASONS,
            created_at=w.clock.now,
            updated_at=w.clock.now,
        )
    )
    return seeded


def on_dispute(
    action: str, body: dict[str, Any] | None = None, **parties: str
) -> Callable[..., Any]:
    def setup(w: World) -> tuple[str, dict[str, Any], int | None]:
        dispute = _dispute(w, **parties)
        return f"{API}/disputes/{dispute.id}/{action}", dict(body or {}), 1

    return setup


def on_resource(
    action: str, status: ResourceStatus, body: dict[str, Any] | None = None, **changes: Any
) -> Callable[..., Any]:
    def setup(w: World) -> tuple[str, dict[str, Any], int | None]:
        resource = entry(w, status=status, **changes)
        path = f"{API}/resources/{resource.id}" + (f"/{action}" if action else "")
        return path, dict(body or {}), 1

    return setup


def new_request(w: World) -> tuple[str, dict[str, Any], int | None]:
    return f"{API}/requests", ask(entry(w)), None


def new_feedback(w: World) -> tuple[str, dict[str, Any], int | None]:
    body = {
        "id": str(uuid.uuid4()),
        "resource_id": str(entry(w).id),
        "data_item": "姓名",
        "kind": "doubt",
        "description": "姓名中的生僻字显示为问号",
    }
    return f"{API}/feedback", body, None


def new_dispute(w: World) -> tuple[str, dict[str, Any], int | None]:
    request = _request(w, RequestStatus.REFUSED)
    body = {
        "id": str(uuid.uuid4()),
        "subject": "request",
        "subject_id": str(request.id),
        "reason": REASONS,
    }
    return f"{API}/disputes", body, None


def new_resource(w: World) -> tuple[str, dict[str, Any], int | None]:
    body = {
        "id": str(uuid.uuid4()),
        "category": "3",
        "item": "01",
        "section": "001",
        "name": "草稿条目",
        "code": "301001/000099",
        "provider_code": "X",
        "summary": "",
        "format": "",
        "share": {"attribute": "unconditional"},
    }
    return f"{API}/resources", body, None


DRAFT_FIELDS = {
    "category": "3",
    "item": "01",
    "section": "001",
    "name": "居民身份证信息",
    "code": "301001/000012",
    "provider_code": "11430000006940000X",
    "summary": "全省常住人口居民身份证基本信息",
    "format": "数据库",
    "share": {"attribute": "unconditional"},
}


def pending_filing(w: World) -> tuple[str, dict[str, Any], int | None]:
    filed = w.put(
        Filing(
            id=uuid.uuid4(),
            kind=FilingKind.CATALOG_UPDATE,
            subject_id=uuid.uuid4(),
            department_id=w.dept["police"],
            supervisor_department_id=w.dept["prov_sup"],
            summary="目录更新",
            filed_at=w.clock.now,
            created_at=w.clock.now,
            updated_at=w.clock.now,
        )
    )
    return f"{API}/filings/{filed.id}/acknowledge", {}, 1


def late_request(w: World) -> tuple[str, dict[str, Any], int | None]:
    request = _request(w, RequestStatus.SUBMITTED, due=date(2026, 2, 27))
    body = {"id": str(uuid.uuid4()), "subject_entity": "request", "subject_id": str(request.id)}
    return f"{API}/reminders", body, None


def city_dispute(w: World) -> tuple[str, dict[str, Any], int | None]:
    # Both parties under the city's supervisor (city_hr; county_health below county_sup).
    dispute = _dispute(w, raiser="city_hr", against="county_health", supervisor="city_sup")
    return f"{API}/disputes/{dispute.id}/escalate", {"reason": REASONS}, 1


ON_OWN_CREATION = {
    "officer": 201,
    "provider": 422,
    "head": 422,
    "supervisor": 403,
    "city_supervisor": 403,
    "zz_officer": 201,
    "admin": 403,
}
ON_DRAFT = {"provider": 200, "head": 200, "supervisor": 403, "admin": 403}
ON_PUBLISHED_PROVIDER = {
    "provider": 200,
    "head": 200,
    "officer": 403,
    "supervisor": 403,
    "city_supervisor": 403,
    "zz_officer": 403,
    "admin": 403,
}
ON_DISPUTE_SUPERVISOR = {
    "supervisor": 200,
    "officer": 403,
    "provider": 403,
    "head": 403,
    "admin": 403,
}
ON_DISPUTE_RAISER = {"officer": 200, "provider": 403, "head": 403, "supervisor": 403, "admin": 403}
REFUSE = {"decision": "refuse", "reasons": REASONS}
NC, CS, RS = RequestStatus, ShareAttribute, ResourceStatus

CASES = [
    Case("R11-submit-request", new_request, ON_OWN_CREATION),
    Case("R11-withdraw", on_request("withdraw", NC.SUBMITTED), ON_REQUEST_REQUESTER),
    Case("R13-reply", on_request("reply", NC.SUBMITTED, REFUSE), ON_REQUEST_PROVIDER),
    Case(
        "R14-agree",
        on_request("agree", NC.NEGOTIATING, {"terms": "仅限联办场景核验使用"}, CS.NOT_SHARED),
        ON_REQUEST_PROVIDER,
    ),
    Case(
        "R14-decline",
        on_request("decline", NC.NEGOTIATING, {"reasons": REASONS}, CS.NOT_SHARED),
        ON_REQUEST_PROVIDER,
    ),
    Case(
        "R17-suspend", on_request("suspend", NC.APPROVED, {"reasons": REASONS}), ON_REQUEST_PROVIDER
    ),
    Case(
        "R17-terminate",
        on_request("terminate", NC.APPROVED, {"reasons": REASONS}),
        ON_REQUEST_PROVIDER,
    ),
    Case("R17-lift", suspended, ON_REQUEST_PROVIDER),
    Case(
        "N3-material-notice",
        on_request("material-notice", NC.SUBMITTED, {"notice": "请补充营业执照复印件"}),
        ON_REQUEST_PROVIDER,
        national=True,
    ),
    Case(
        "N3-resubmit",
        on_request("resubmit", NC.MATERIAL_REQUESTED),
        ON_REQUEST_REQUESTER,
        national=True,
    ),
    Case("N4-deliver", on_request("deliver", NC.APPROVED), ON_REQUEST_PROVIDER, national=True),
    Case(
        "N2-extend-reply",
        on_request("extend-reply", NC.SUBMITTED, {"days": 3, "reason": WHY}),
        {"supervisor": 200, "officer": 403, "provider": 403, "head": 403},
        national=True,
    ),
    Case("R20-submit-feedback", new_feedback, ON_OWN_CREATION),
    Case(
        "R20-extension",
        on_feedback("extension", FeedbackStatus.SUBMITTED, {"days": 5, "reason": WHY}),
        ON_REQUEST_PROVIDER,
    ),
    Case(
        "R20-extension-approve",
        on_extension("extension/approve"),
        {"head": 200, "provider": 403, "officer": 403, "supervisor": 403},
    ),
    Case(
        "R20-extension-reject",
        on_extension("extension/reject", {"reason": WHY}),
        {"head": 200, "provider": 403, "officer": 403, "supervisor": 403},
    ),
    Case(
        "R22-resolve",
        on_feedback(
            "resolve", FeedbackStatus.SUBMITTED, {"outcome": "corrected", "corrected_value": "张三"}
        ),
        ON_REQUEST_PROVIDER,
    ),
    Case("R22-accept", on_feedback("accept", FeedbackStatus.CORRECTED), ON_REQUEST_REQUESTER),
    Case(
        "R20-withdraw-feedback",
        on_feedback("withdraw", FeedbackStatus.SUBMITTED),
        ON_REQUEST_REQUESTER,
    ),
    Case(
        "R15-dispute-feedback",
        on_feedback("dispute", FeedbackStatus.NO_ERROR, {"dispute_id": "", "reason": REASONS}),
        ON_REQUEST_REQUESTER,
    ),
    Case(
        "R15-raise-dispute",
        new_dispute,
        {"officer": 201, "provider": 403, "head": 403, "supervisor": 403},
    ),
    Case(
        "R15-decide",
        on_dispute("decide", {"decision": "以登记机关数据为准"}),
        ON_DISPUTE_SUPERVISOR,
    ),
    Case("R15-withdraw-dispute", on_dispute("withdraw"), ON_DISPUTE_RAISER),
    Case(
        "N9-escalate",
        city_dispute,
        {"city_supervisor": 200, "supervisor": 403, "county_officer": 403},
        national=True,
    ),
    Case(
        "R3-create-draft",
        new_resource,
        {
            "officer": 201,
            "provider": 201,
            "head": 201,
            "zz_officer": 201,
            "supervisor": 403,
            "city_supervisor": 403,
            "admin": 403,
        },
    ),
    Case("R3-update-draft", on_resource("", RS.DRAFT, DRAFT_FIELDS), ON_DRAFT, method="PUT"),
    Case("R3-submit-for-review", on_resource("submit", RS.DRAFT), ON_DRAFT),
    Case(
        "R3-review",
        on_resource("review", RS.IN_REVIEW, {"approve": True}),
        {"supervisor": 200, "provider": 403, "head": 403, "admin": 403},
    ),
    Case("R3-publish", on_resource("publish", RS.APPROVED), ON_DRAFT),
    Case("R3-retire", on_resource("retire", RS.PUBLISHED), ON_PUBLISHED_PROVIDER),
    Case(
        "R5-law-change",
        on_resource("law-change", RS.PUBLISHED, {"description": "法规修订调整"}),
        {**ON_PUBLISHED_PROVIDER, "supervisor": 200},
    ),
    Case(
        "R5-file-update",
        on_resource("file-update", RS.PUBLISHED, {"summary": "季度更新"}),
        {**ON_PUBLISHED_PROVIDER, "provider": 201, "head": 201},
    ),
    Case(
        "N7-extend-update",
        on_resource(
            "extend-update",
            RS.UPDATE_PENDING,
            {"days": 2, "reason": WHY},
            law_change_due=date(2026, 3, 16),
        ),
        {**ON_PUBLISHED_PROVIDER, "provider": 403, "head": 403, "supervisor": 200},
        national=True,
    ),
    Case(
        "R5-acknowledge-filing",
        pending_filing,
        {"supervisor": 200, "provider": 403, "head": 403, "admin": 403},
    ),
    Case(
        "R24-reminder",
        late_request,
        {"supervisor": 201, "officer": 403, "provider": 403, "head": 403},
    ),
]


@pytest.mark.parametrize(
    ("case", "caller"),
    [
        pytest.param(case, caller, id=f"{case.name}-{caller}")
        for case in CASES
        for caller in (*CALLERS, *(c for c in case.expected if c not in CALLERS))
    ],
)
def test_command_by_caller(world: World, case: Case, caller: str) -> None:
    if case.national:
        world.platform.profile_id = "national-2025"
    path, body, version = case.setup(world)
    if body.get("dispute_id") == "":
        body["dispute_id"] = str(uuid.uuid4())
    answer = send(world, caller, path, body, version=version, method=case.method)
    expected = case.expected.get(caller, 404)
    assert answer.status_code == expected, answer.text
    if expected >= 400:
        assert answer.headers["content-type"] == "application/problem+json"
    else:
        assert answer.json()["id"]
