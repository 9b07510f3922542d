"""Feedback, dispute, catalog and supervision command endpoints: each happy path with what it
stores (R3, R5, R15, R20, R22, R24), and the refusals an officer meets."""

from __future__ import annotations

import uuid
from typing import Any

from app.models.entities import Resource
from app.models.enums import ResourceStatus
from server import schema
from tests.server.conftest import World, assert_problem
from tests.server.test_commands_support import (
    REASONS,
    count,
    entry,
    later,
    ok,
    rows,
    send,
    submitted,
)

API = "/api/v1"
WHY = "需要与户籍系统逐条比对核实，工作量较大"


def feedback_on(w: World, resource: Resource, user: str = "officer") -> dict[str, Any]:
    body = {
        "id": str(uuid.uuid4()),
        "resource_id": str(resource.id),
        "data_item": "姓名",
        "kind": "error",
        "description": "姓名中的生僻字显示为问号",
        "record_reference": "430102199001011234",
        "proposed_value": "张㵘",
    }
    return ok(send(w, user, f"{API}/feedback", body), 201)


def test_r20_feedback_extension_approved_by_the_head_then_corrected_r22(world: World) -> None:
    feedback = feedback_on(world, entry(world))
    assert feedback["status"] == "submitted"
    assert feedback["due"] == "2026-03-09"  # Mon 3/2 + 5 working days
    path = f"{API}/feedback/{feedback['id']}"
    asked = ok(send(world, "provider", f"{path}/extension", {"days": 10, "reason": WHY},
                    version=1))  # fmt: skip
    assert asked["status"] == "extension_requested"
    assert_problem(send(world, "provider", f"{path}/extension/approve", version=2), 403,
                   "workflow.role_not_allowed")  # fmt: skip
    approved = ok(send(world, "head", f"{path}/extension/approve", version=2))
    assert approved["status"] == "extended"
    assert approved["due"] == "2026-03-23"  # Mon 3/9 + 10 working days
    assert approved["extension"]["approved_by_user_id"] == str(world.user["head"])
    fix = {"outcome": "corrected", "corrected_value": "张㵘"}
    corrected = ok(send(world, "provider", f"{path}/resolve", fix, version=3))
    assert corrected["status"] == "corrected"
    assert corrected["correction_notice_at"] is not None
    told = rows(world, schema.notifications, recipient_department_id=world.dept["market"])
    assert {n["kind"] for n in told} == {"verification_extended", "feedback_resolved"}
    accepted = ok(send(world, "officer", f"{path}/accept", version=4))
    assert accepted["status"] == "accepted"


def test_r20_head_rejects_and_no_error_needs_an_explanation(world: World) -> None:
    feedback = feedback_on(world, entry(world))
    path = f"{API}/feedback/{feedback['id']}"
    ok(send(world, "provider", f"{path}/extension", {"days": 5, "reason": WHY}, version=1))
    rejected = ok(send(world, "head", f"{path}/extension/reject",
                       {"reason": "比对工作可以在原期限内完成"}, version=2))  # fmt: skip
    assert rejected["status"] == "submitted"
    assert rejected["due"] == "2026-03-09"
    assert_problem(send(world, "provider", f"{path}/resolve", {"outcome": "no_error"}, version=3),
                   422, "resolution.explanation_required")  # fmt: skip


def test_r15_feedback_result_disputed_creates_the_dispute(world: World) -> None:
    feedback = feedback_on(world, entry(world))
    path = f"{API}/feedback/{feedback['id']}"
    ok(send(world, "provider", f"{path}/resolve",
            {"outcome": "no_error", "explanation": "经与户籍档案核对，登记姓名与原始材料一致"},
            version=1))  # fmt: skip
    dispute_id = str(uuid.uuid4())
    disputed = ok(send(world, "officer", f"{path}/dispute",
                       {"dispute_id": dispute_id, "reason": REASONS}, version=2))  # fmt: skip
    assert disputed["status"] == "disputed"
    (dispute,) = rows(world, schema.disputes)
    assert dispute["id"] == dispute_id
    assert dispute["subject"] == "feedback"
    assert dispute["supervisor_department_id"] == str(world.dept["prov_sup"])


def test_r15_dispute_raised_decided_by_the_supervisor(world: World) -> None:
    request = submitted(world, entry(world))
    ok(send(world, "provider", f"{API}/requests/{request['id']}/reply",
            {"decision": "refuse", "reasons": REASONS}, version=1))  # fmt: skip
    body = {"id": str(uuid.uuid4()), "subject": "request", "subject_id": request["id"],
            "reason": "申请用途合法且有法律依据，拒绝理由不成立"}  # fmt: skip
    answer = send(world, "officer", f"{API}/disputes", body)
    dispute = ok(answer, 201)
    assert answer.headers["location"] == f"{API}/disputes/{body['id']}"
    assert dispute["against_department_id"] == str(world.dept["police"])
    assert dispute["supervisor_department_id"] == str(world.dept["prov_sup"])
    (stored_request,) = rows(world, schema.share_requests)
    assert stored_request["timeline"][-1]["action"] == "raise_dispute"
    path = f"{API}/disputes/{dispute['id']}"
    decided = ok(send(world, "supervisor", f"{path}/decide",
                      {"decision": "提供部门应在5个工作日内重新答复"}, version=1))  # fmt: skip
    assert decided["status"] == "decided"
    assert_problem(send(world, "officer", f"{path}/withdraw", version=2), 409,
                   "workflow.illegal_transition")  # fmt: skip


def test_r15_dispute_withdrawn_and_n9_escalation_refused_under_provincial_rules(
    world: World,
) -> None:
    resource = entry(world)
    body = {"id": str(uuid.uuid4()), "subject": "inconsistent_data",
            "subject_id": str(resource.id),
            "reason": "同一企业的登记住所与我局登记数据不一致"}  # fmt: skip
    dispute = ok(send(world, "officer", f"{API}/disputes", body), 201)
    path = f"{API}/disputes/{dispute['id']}"
    assert_problem(send(world, "supervisor", f"{path}/escalate", {"reason": REASONS}, version=1),
                   422, "workflow.not_in_profile")  # fmt: skip
    withdrawn = ok(send(world, "officer", f"{path}/withdraw", version=1))
    assert withdrawn["status"] == "withdrawn"


def test_n9_city_dispute_escalated_to_the_province_under_national_rules(world: World) -> None:
    world.platform.profile_id = "national-2025"
    resource = entry(world, provider="zz_dept")
    body = {"id": str(uuid.uuid4()), "subject": "inconsistent_data",
            "subject_id": str(resource.id),
            "reason": "同一人员的救助登记与我局登记数据不一致"}  # fmt: skip
    dispute = ok(send(world, "county_officer", f"{API}/disputes", body), 201)
    assert dispute["supervisor_department_id"] == str(world.dept["prov_sup"])
    assert_problem(send(world, "supervisor", f"{API}/disputes/{dispute['id']}/escalate",
                        {"reason": REASONS}, version=1),
                   422, "dispute.no_higher_supervisor")  # fmt: skip


def draft_body(**changes: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "category": "3",
        "item": "01",
        "section": "001",
        "name": "机动车驾驶证信息",
        "code": "301001/000077",
        "provider_code": "11430000006940000X",
        "summary": "全省机动车驾驶证基本信息",
        "format": "数据库",
        "data_items": [{"name": "驾驶证号", "length": 18}, {"name": "准驾车型"}],
        "share": {"attribute": "conditional", "conditions": "仅用于政务服务",
                  "legal_basis": "《道路交通安全法》"},
        "share_method": {"kind": "interface"},
        **changes,
    }  # fmt: skip


def test_r3_catalog_draft_review_publish_and_r5_update_filed(world: World) -> None:
    body = draft_body()
    created = ok(send(world, "provider", f"{API}/resources", body), 201)
    assert created["status"] == "draft"
    path = f"{API}/resources/{body['id']}"
    assert_problem(send(world, "provider", f"{path}/submit", version=1), 422,
                   "resource.usage_scope_required")  # fmt: skip
    fields = {k: v for k, v in body.items() if k != "id"}
    edited = ok(send(world, "provider", path, {**fields, "usage_scope": "全省政务部门"},
                     version=1, method="PUT"))  # fmt: skip
    assert edited["usage_scope"] == "全省政务部门"
    ok(send(world, "provider", f"{path}/submit", version=2))
    assert_problem(send(world, "supervisor", f"{path}/review", {"approve": False}, version=3),
                   422, "review.comment_required")  # fmt: skip
    ok(send(world, "supervisor", f"{path}/review", {"approve": True}, version=3))
    published = ok(send(world, "provider", f"{path}/publish", version=4))
    assert published["status"] == "published"
    assert published["publish_date"] == "2026-03-02"
    assert count(world, schema.filings) == 0
    # R5: the law changed on Mon 3/2; 15 working days end on Mon 3/23.
    due = ok(send(world, "supervisor", f"{path}/law-change",
                  {"description": "《道路交通安全法》修订"}, version=5))  # fmt: skip
    assert due["status"] == "update_pending"
    assert due["law_change_due"] == "2026-03-23"
    ok(send(world, "provider", path, {**fields, "usage_scope": "全省"}, version=6, method="PUT"))
    ok(send(world, "provider", f"{path}/submit", version=7))
    ok(send(world, "supervisor", f"{path}/review", {"approve": True}, version=8))
    updated = ok(send(world, "provider", f"{path}/publish", version=9))
    assert updated["law_change_due"] is None
    (filed,) = rows(world, schema.filings)
    assert filed["kind"] == "catalog_update"
    acknowledged = ok(send(world, "supervisor", f"{API}/filings/{filed['id']}/acknowledge",
                           version=1))  # fmt: skip
    assert acknowledged["status"] == "acknowledged"


def test_r5_regular_update_filed_and_retire(world: World) -> None:
    resource = entry(world)
    path = f"{API}/resources/{resource.id}"
    answer = send(world, "provider", f"{path}/file-update",
                  {"summary": "按季度更新：新增2026年第一季度数据"}, version=1)  # fmt: skip
    filed = ok(answer, 201)
    assert answer.headers["location"] == f"{API}/filings/{filed['id']}"
    assert filed["kind"] == "catalog_update"
    retired = ok(send(world, "provider", f"{path}/retire", version=1))
    assert retired["status"] == ResourceStatus.RETIRED.value


def test_n7_supervisor_extends_the_update_under_national_rules(world: World) -> None:
    world.platform.profile_id = "national-2025"
    resource = entry(world)
    path = f"{API}/resources/{resource.id}"
    due = ok(send(world, "provider", f"{path}/law-change",
                  {"description": "机构改革职能调整"}, version=1))  # fmt: skip
    assert due["law_change_due"] == "2026-03-16"  # Mon 3/2 + 10 working days
    extended = ok(send(world, "supervisor", f"{path}/extend-update",
                       {"days": 5, "reason": "涉及跨部门数据项标准调整"}, version=2))  # fmt: skip
    assert extended["law_change_due"] == "2026-03-23"


def test_r24_reminder_to_a_late_provider(world: World) -> None:
    request = submitted(world, entry(world))
    later(world, days=15)  # Tue 3/17: the reply was due on Mon 3/16
    body = {"id": str(uuid.uuid4()), "subject_entity": "request",
            "subject_id": request["id"], "message": "请尽快书面答复"}  # fmt: skip
    reminder = ok(send(world, "supervisor", f"{API}/reminders", body), 201)
    assert reminder["kind"] == "reminder"
    assert reminder["recipient_department_id"] == str(world.dept["police"])
    assert reminder["title_zh"] == "督办提醒（已逾期）：请尽快书面答复"
    seen = world.client.get(f"{API}/notifications/{body['id']}", headers=world.login("provider"))
    assert seen.status_code == 200
