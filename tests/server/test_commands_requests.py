"""Share-request command endpoints: each happy path, refusals as readable problems (R13),
idempotent repeats, If-Match, and the side effects stored with the request (R14, R17)."""

from __future__ import annotations

import uuid

from app.models.enums import RequestStatus, ShareAttribute
from server import schema
from tests.server.conftest import World, assert_problem
from tests.server.test_commands_support import (
    REASONS,
    ask,
    count,
    entry,
    later,
    ok,
    rows,
    send,
    submitted,
)

BASE = "/api/v1/requests"


def test_r13_submit_then_refusal_without_reasons_is_a_readable_problem(world: World) -> None:
    resource = entry(world)
    request = submitted(world, resource)
    assert request["status"] == "submitted"
    assert request["due"] == "2026-03-16"  # Mon 3/2 + 10 working days, no holiday between
    assert request["version"] == 1
    problem = assert_problem(
        send(world, "provider", f"{BASE}/{request['id']}/reply", {"decision": "refuse"}, version=1),
        422,
        "reply.reasons_required",
    )
    assert problem["rule"] == "R13"
    assert problem["title"] == "不同意共享的，必须说明理由。"
    assert problem["title_en"] == "A refusal must state its reasons."
    assert problem["errors"][0]["field"] == "reasons"
    refused = ok(
        send(
            world,
            "provider",
            f"{BASE}/{request['id']}/reply",
            {"decision": "refuse", "reasons": REASONS},
            version=1,
        )
    )
    assert refused["status"] == "refused"
    assert refused["reply"]["reasons"] == REASONS
    assert refused["version"] == 2
    # The requester hears of the reply through a notification to its department.
    news = rows(world, schema.notifications, recipient_department_id=world.dept["market"])
    assert [n["kind"] for n in news] == ["reply_received"]


def test_r13_reply_numbers_count_up_per_provider_and_year(world: World) -> None:
    resource = entry(world)
    numbers = []
    for _ in range(2):
        request = submitted(world, resource)
        approved = ok(
            send(
                world,
                "head",
                f"{BASE}/{request['id']}/reply",
                {"decision": "approve", "delivery_method": "platform_interface"},
                version=1,
            )
        )
        numbers.append(approved["reply"]["reply_number"])
    assert numbers == ["湖南省公安厅答〔2026〕1号", "湖南省公安厅答〔2026〕2号"]


def test_r12_unconditional_is_granted_at_once(world: World) -> None:
    resource = entry(world, ShareAttribute.UNCONDITIONAL)
    answer = send(world, "officer", BASE, ask(resource, legal_basis=""))
    granted = ok(answer, 201)
    assert granted["status"] == RequestStatus.GRANTED.value
    assert granted["due"] is None
    assert answer.headers["location"] == f"{BASE}/{granted['id']}"
    assert count(world, schema.notifications) == 0


def test_repeat_with_the_same_key_answers_the_same_bytes_and_makes_nothing_new(
    world: World,
) -> None:
    resource = entry(world)
    body = ask(resource)
    key = str(uuid.uuid4())
    first = send(world, "officer", BASE, body, key=key)
    assert first.status_code == 201
    later(world, minutes=30)
    again = send(world, "officer", BASE, body, key=key)
    assert again.status_code == 201
    assert again.content == first.content
    assert again.headers["idempotent-replayed"] == "true"
    assert count(world, schema.share_requests) == 1
    assert count(world, schema.notifications) == 1


def test_a_new_key_for_an_existing_id_is_a_conflict(world: World) -> None:
    resource = entry(world)
    body = ask(resource)
    ok(send(world, "officer", BASE, body), 201)
    assert_problem(send(world, "officer", BASE, body), 409, "object.exists")


def test_stale_or_missing_if_match(world: World) -> None:
    request = submitted(world, entry(world))
    path = f"{BASE}/{request['id']}/withdraw"
    stale = assert_problem(
        send(world, "officer", path, version=7), 412, "precondition.version_stale"
    )
    assert stale["current_version"] == 1
    assert_problem(send(world, "officer", path), 428, "precondition.if_match_required")
    withdrawn = ok(send(world, "officer", path, {"note": "需求已取消"}, version=1))
    assert withdrawn["status"] == "withdrawn"
    assert_problem(send(world, "officer", path, version=2), 409, "workflow.illegal_transition")


def test_r14_negotiation_agreed_is_filed_with_the_supervisor(world: World) -> None:
    resource = entry(world, ShareAttribute.NOT_SHARED)
    request = ok(send(world, "officer", BASE, ask(resource)), 201)
    assert request["status"] == "negotiating"
    terms = "仅限企业注销联办场景核验，按月报送使用记录"
    agreed = ok(
        send(world, "provider", f"{BASE}/{request['id']}/agree", {"terms": terms}, version=1)
    )
    assert agreed["status"] == "agreed"
    (filed,) = rows(world, schema.filings)
    assert filed["kind"] == "not_shared_agreement"
    assert filed["subject_id"] == request["id"]
    assert filed["supervisor_department_id"] == str(world.dept["prov_sup"])
    assert filed["summary"] == terms
    # The supervisor sees the filing through its own reads.
    read = world.client.get(f"/api/v1/filings/{filed['id']}", headers=world.login("supervisor"))
    assert read.status_code == 200


def test_r14_decline_needs_reasons(world: World) -> None:
    request = ok(send(world, "officer", BASE, ask(entry(world, ShareAttribute.NOT_SHARED))), 201)
    path = f"{BASE}/{request['id']}/decline"
    assert_problem(send(world, "provider", path, {"reasons": "不行"}, version=1), 422,
                   "command.reason_required")  # fmt: skip
    declined = ok(send(world, "provider", path, {"reasons": REASONS}, version=1))
    assert declined["status"] == "declined"


def test_r17_suspend_files_a_report_and_lift_restores(world: World) -> None:
    request = submitted(world, entry(world))
    path = f"{BASE}/{request['id']}"
    approved = ok(send(world, "provider", f"{path}/reply",
                       {"decision": "approve", "delivery_method": "platform_interface"},
                       version=1))  # fmt: skip
    misuse = "使用部门将身份证信息提供给第三方公司，超出申请用途"
    stopped = ok(send(world, "provider", f"{path}/suspend", {"reasons": misuse},
                      version=approved["version"]))  # fmt: skip
    assert stopped["status"] == "suspended"
    (suspension,) = rows(world, schema.suspensions)
    (report,) = rows(world, schema.filings)
    assert suspension["reported_filing_id"] == report["id"]
    assert report["kind"] == "misuse_report"
    assert report["subject_id"] == suspension["id"]
    lifted = ok(send(world, "provider", f"{path}/lift", {"note": "已整改"},
                     version=stopped["version"]))  # fmt: skip
    assert lifted["status"] == "approved"
    (after,) = rows(world, schema.suspensions)
    assert after["status"] == "lifted"
    assert_problem(send(world, "provider", f"{path}/lift", version=lifted["version"]), 409,
                   "workflow.illegal_transition")  # fmt: skip


def test_r17_terminate_is_final(world: World) -> None:
    request = submitted(world, entry(world))
    path = f"{BASE}/{request['id']}"
    approve = {"decision": "approve", "delivery_method": "platform_interface"}
    ok(send(world, "provider", f"{path}/reply", approve, version=1))
    ended = ok(send(world, "head", f"{path}/terminate",
                    {"reasons": "使用部门多次超范围使用，终止提供"}, version=2))  # fmt: skip
    assert ended["status"] == "terminated"
    assert count(world, schema.filings) == 1


def test_n3_material_notice_resubmit_and_n4_delivery_under_national_rules(world: World) -> None:
    world.platform.profile_id = "national-2025"
    resource = entry(world)
    request = submitted(world, resource)
    path = f"{BASE}/{request['id']}"
    noticed = ok(send(world, "provider", f"{path}/material-notice",
                      {"notice": "请补充营业执照复印件和授权委托书"}, version=1))  # fmt: skip
    assert noticed["status"] == "material_requested"
    assert noticed["due"] is None
    later(world, days=2)  # Wed 2026-03-04: 10 working days end on Wed 3/18
    again = ok(send(world, "officer", f"{path}/resubmit",
                    {"legal_basis": "《优化营商环境条例》第三十五条"}, version=2))  # fmt: skip
    assert again["status"] == "submitted"
    assert again["due"] == "2026-03-18"
    approved = ok(send(world, "provider", f"{path}/reply",
                       {"decision": "approve", "delivery_method": "platform_interface"},
                       version=3))  # fmt: skip
    # 20 working days after Wed 3/4: 3/5–3/6 (2), 3/9–3/13 (7), 3/16–3/20 (12), 3/23–3/27
    # (17), 3/30, 3/31, 4/1 — Qingming (4/4–4/6) comes later.
    assert approved["delivery_due"] == "2026-04-01"
    delivered = ok(send(world, "provider", f"{path}/deliver", version=4))
    assert delivered["status"] == "delivered"


def test_n2_supervisor_extends_the_reply_under_national_rules(world: World) -> None:
    world.platform.profile_id = "national-2025"
    request = submitted(world, entry(world))
    extended = ok(send(world, "supervisor", f"{BASE}/{request['id']}/extend-reply",
                       {"days": 3, "reason": "涉及多个系统的数据比对，需要更多时间"},
                       version=1))  # fmt: skip
    assert extended["due"] == "2026-03-19"  # Mon 3/16 + 3 working days


def test_n3_the_provincial_rules_have_no_material_notice(world: World) -> None:
    request = submitted(world, entry(world))
    assert_problem(
        send(world, "provider", f"{BASE}/{request['id']}/material-notice",
             {"notice": "请补充营业执照复印件"}, version=1),
        422,
        "workflow.not_in_profile",
    )  # fmt: skip


def test_unknown_body_members_are_refused(world: World) -> None:
    resource = entry(world)
    assert_problem(
        send(world, "officer", BASE, ask(resource, purpos="typo")),
        422,
        "validation.request_invalid",
    )
