"""The cases of the demo: who asked whom for what, when, and how it went.

The hand-written tables put the demo accounts in the middle of things: ``officer``'s department
(人力资源和社会保障厅) asks 公安厅 (``provider``, ``head``) and others for data and reports
doubtful records; other departments ask 人社厅 in turn; cases start so that today some replies and
verifications have days to go, some are due tomorrow or today, some are overdue (R13, R20) and
have gone to the supervisor (R15). Every plan of :mod:`server.demo_plans` appears at least once.
Random cases, more of them for a larger catalog, add volume, still mostly around the demo accounts.

Starts written as ``("reply", d)`` or ``("verify", d)`` are the active profile's reply or
verification clock plus ``d`` working days ago — ``("reply", -1)`` is due tomorrow whatever the
profile.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

from app.models.commands_feedback import FeedbackInput
from app.models.commands_requests import RequestInput
from app.models.entities import Resource
from app.models.enums import FeedbackKind, ShareAttribute
from app.models.profiles import RuleProfile
from server import demo_texts as texts
from server.commands.support import department_prefix
from server.demo_feedback_stories import InconsistentCase
from server.demo_plans import (
    FEEDBACK_PLANS,
    REQUEST_PLANS,
    FeedbackCase,
    RequestCase,
    Texts,
    plan_for,
)
from server.demo_province import DemoIds, Office
from server.demo_replay import People
from server.demo_time import DemoClock

Start = int | tuple[str, int]
_D, _E = FeedbackKind.DOUBT, FeedbackKind.ERROR

# (requester, (office, stem) of the resource — office None: the stem's province department,
#  plan, start)
REQUESTS: tuple[tuple[str, tuple[str | None, str], str, Start], ...] = (
    ("officer", (None, "居民身份证信息"), "open", 2),
    ("officer", (None, "户籍人口基本信息"), "open", ("reply", -1)),
    ("yx_hrss.officer", (None, "居民身份证信息"), "open", ("reply", 0)),
    ("market.officer", (None, "户籍人口基本信息"), "open", ("reply", 3)),
    ("civil.officer", (None, "人口死亡注销信息"), "overdue_dispute", ("reply", 5)),
    ("officer", (None, "人口死亡注销信息"), "approve", 20),
    ("officer", (None, "企业法定代表人身份信息"), "conditions", 15),
    ("officer", (None, "居民身份证信息"), "refuse_dispute", 9),
    ("edu.officer", (None, "户籍迁移信息"), "refuse_decided", 14),
    ("officer", (None, "居民身份证照片信息"), "open", 3),
    ("health.officer", (None, "居民身份证照片信息"), "agree", 8),
    ("tax.officer", (None, "居民身份证照片信息"), "agree_acknowledged", 12),
    ("officer", (None, "个人诊疗记录"), "decline", 10),
    ("market.officer", (None, "社会保险参保信息"), "open", 5),
    ("tax.officer", (None, "养老保险待遇领取信息"), "open", ("reply", 2)),
    ("officer", (None, "低保救助对象信息"), "withdraw", 6),
    ("officer", (None, "企业登记信息"), "granted", 4),
    ("civil.officer", (None, "人口死亡注销信息"), "suspend", 25),
    ("land.officer", (None, "居民身份证信息"), "suspend_acknowledged", 28),
    ("yx_civil.officer", (None, "户籍人口基本信息"), "terminate", 30),
    ("housing.officer", (None, "居民身份证信息"), "lift", 22),
    ("officer", (None, "不动产登记信息"), "material", 4),
    ("market.officer", (None, "不动产登记信息"), "resubmit", 14),
    ("officer", (None, "学籍信息"), "extend", 9),
    ("officer", (None, "婚姻登记信息"), "deliver", 15),
    ("provider", (None, "社会保险参保信息"), "approve", 12),
    ("officer", (None, "出生医学证明"), "conditions", 11),
    ("officer", (None, "住房公积金缴存信息"), "refuse", 16),
    ("officer", (None, "纳税人完税信息"), "approve", 7),
    ("yx_lj_hrss.officer", ("yx_police", "户籍人口基本信息"), "open", ("reply", 2)),
    ("np_bs_civil.officer", ("np_civil", "低保救助对象信息"), "open", ("reply", -1)),
    ("yx_fl_civil.officer", ("yx_police", "户籍人口基本信息"), "escalate", 10),
    ("ql_sq_hrss.officer", ("ql_market", "企业登记信息"), "granted", 6),
)
# (requester, resource, plan, start, data item, kind)
FEEDBACK: tuple[tuple[str, tuple[str | None, str], str, Start, str, FeedbackKind], ...] = (
    ("officer", (None, "居民身份证信息"), "open", 1, "住址", _D),
    ("officer", (None, "户籍人口基本信息"), "open", ("verify", -1), "民族", _E),
    ("market.officer", (None, "居民身份证信息"), "open", ("verify", 2), "有效期限截止日期", _E),
    ("civil.officer", (None, "户籍人口基本信息"), "extension_requested", 3, "与户主关系", _D),
    ("officer", (None, "户籍人口基本信息"), "extended", 6, "婚姻状况", _D),
    ("edu.officer", (None, "户籍迁移信息"), "extension_rejected", 3, "迁入日期", _E),
    ("officer", (None, "户籍迁移信息"), "corrected", 5, "迁入日期", _E),
    ("officer", (None, "企业登记信息"), "no_error_accepted", 9, "法定代表人", _D),
    ("tax.officer", (None, "居民身份证信息"), "corrected_accepted", 12, "签发机关", _E),
    ("officer", (None, "户籍人口基本信息"), "disputed", 8, "服务处所", _D),
    ("health.officer", (None, "社会保险参保信息"), "open", 2, "参保状态", _D),
    ("provider", (None, "社会保险参保信息"), "extension_requested", 3, "参保单位名称", _E),
    ("officer", (None, "居民身份证信息"), "withdraw", 4, "性别", _D),
    ("housing.officer", (None, "户籍人口基本信息"), "overdue_dispute", ("verify", 4), "户号", _E),
    ("yx_lj_hrss.officer", ("yx_police", "户籍人口基本信息"), "open", ("verify", 1), "住址", _D),
    ("officer", (None, "机动车登记信息"), "extended_corrected", 12, "机动车状态", _E),
    ("civil.officer", (None, "户籍人口基本信息"), "disputed_decided", 10, "户籍地址", _E),
    ("officer", (None, "不动产登记信息"), "no_error", 6, "抵押状态", _D),
)
# R7: (raiser, resource, reason, start, withdrawal note) — data of the same kind that disagrees.
INCONSISTENT: tuple[tuple[str, tuple[str | None, str], str, int, str], ...] = (
    ("tax.officer", (None, "企业登记信息"),
     "本局税务登记中2,317户企业的法定代表人与市场监管部门登记信息不一致，"
     "双方协商未果，请主管部门协调。", 6, ""),
    ("housing.officer", (None, "不动产登记信息"),
     "本厅商品房网签备案中436套房屋的坐落与不动产登记信息不一致，请主管部门协调核对。", 9,
     "经双方核对，差异系道路门牌更名所致，已由双方分别更正，撤回协调申请。"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CaseContext:
    ids: DemoIds
    clock: DemoClock
    profile: RuleProfile
    people: People
    office_of: Mapping[UUID, Office]  # department id → office
    canonical: Mapping[str, Resource]  # stem → its canonical entry (all in the catalog)
    city_entries: Mapping[tuple[str, str], Resource]  # (office key, stem) → published entry
    # R5: entries whose update went through review lately (out of the catalog for some days)
    under_update: frozenset[UUID] = frozenset()

    def requestable(self) -> list[Resource]:
        """Canonical entries a random case may ask for at any time of the last two months."""
        return [r for r in self.canonical.values() if r.id not in self.under_update]


def _start(start: Start, profile: RuleProfile) -> int:
    if isinstance(start, int):
        return start
    clock, delta = start
    days = (profile.conditional_reply if clock == "reply" else profile.verification).working_days
    return max(1, (days or 0) + delta)


def _resource(ctx: CaseContext, key: tuple[str | None, str]) -> Resource:
    office, stem = key
    return ctx.canonical[stem] if office is None else ctx.city_entries[(office, stem)]


def _minimum_start(plans: Mapping[str, tuple[tuple[int, str], ...]], plan: str) -> int:
    return max((offset for offset, _ in plans[plan]), default=0) + 1


def request_cases(ctx: CaseContext, rng: random.Random, extra: int) -> list[RequestCase]:
    """The table's requests, then ``extra`` random ones around the demo accounts."""
    cases = [
        _request(ctx, rng, number, requester, _resource(ctx, key), plan, _start(start, ctx.profile))
        for number, (requester, key, plan, start) in enumerate(REQUESTS)
    ]
    published = ctx.requestable()
    officers = [name for name in ctx.people.users if name.endswith(".officer")]
    plans = {
        ShareAttribute.CONDITIONAL: ("open", "approve", "conditions", "refuse", "withdraw"),
        ShareAttribute.UNCONDITIONAL: ("granted",),
        ShareAttribute.NOT_SHARED: ("open", "agree", "decline"),
    }
    police = [r for r in published if ctx.office_of[r.provider_department_id].key == "police"]
    for number in range(len(cases), len(cases) + extra):
        requester = "officer" if rng.random() < 0.4 else rng.choice(officers)
        mine = ctx.people.users[requester].department_id
        pool = police if rng.random() < 0.5 else published
        resource = rng.choice([r for r in pool if r.provider_department_id != mine])
        plan = rng.choice(plans[resource.share.attribute])
        low = _minimum_start(REQUEST_PLANS, plan)
        top = (ctx.profile.conditional_reply.working_days or 10) + 4 if plan == "open" else 40
        cases.append(_request(ctx, rng, number, requester, resource, plan, rng.randint(low, top)))
    return cases


def _request(  # noqa: PLR0917 - one row of the case table, read positionally
    ctx: CaseContext, rng: random.Random, number: int, requester: str, resource: Resource,
    plan: str, started: int,
) -> RequestCase:  # fmt: skip
    user = ctx.people.users[requester]
    kind = ctx.office_of[user.department_id].kind
    purpose, basis, scenario = texts.PURPOSES.get(kind, texts.DEFAULT_PURPOSE)
    attribute = resource.share.attribute
    # R10: items held back are not asked for; a not-shared entry is negotiated whole (R14).
    negotiated = attribute is ShareAttribute.NOT_SHARED
    shared = [i.name for i in resource.data_items if i.shared or negotiated]
    wanted = set(rng.sample(shared, min(len(shared), rng.randint(3, 6))))
    start_day = ctx.clock.ago(started)
    reply = {
        "conditions": rng.choice(texts.CONDITIONS),
        "agree": texts.AGREEMENT, "agree_acknowledged": texts.AGREEMENT, "decline": texts.DECLINE,
    }.get(plan, rng.choice(texts.REFUSALS))  # fmt: skip
    return RequestCase(
        id=ctx.ids("request", number),
        requester=requester,
        resource=resource,
        plan=plan_for(plan, ctx.profile),
        started=started,
        hour=9 + rng.randrange(8),
        details=RequestInput(
            id=ctx.ids("request", number),
            purpose=purpose,
            legal_basis=basis if attribute is not ShareAttribute.UNCONDITIONAL else "",
            scenario=scenario,
            data_items=tuple(name for name in shared if name in wanted),
            usage_scope=texts.REQUEST_USAGE,
            period_start=start_day,
            period_end=start_day + timedelta(days=730),
            contact_name=user.display_name,
            contact_phone=f"1{rng.choice('3578')}{rng.randrange(10**9):09d}",
        ),
        texts=Texts(
            reply=reply,
            stop=texts.TERMINATE if plan == "terminate" else texts.SUSPEND,
            dispute=texts.DISPUTE_OVERDUE if plan == "overdue_dispute" else texts.DISPUTE_REFUSED,
            decision=texts.DECISION,
            other=texts.REQUEST_NOTES,
        ),
        reply_prefix=department_prefix(ctx.people.departments, resource.provider_department_id),
    )


def feedback_cases(ctx: CaseContext, rng: random.Random, extra: int) -> list[FeedbackCase]:
    """The table's feedback, then ``extra`` random reports on the provider's entries."""
    cases = [
        _feedback(ctx, rng, number, requester, _resource(ctx, key), plan,
                  _start(start, ctx.profile), item, kind)
        for number, (requester, key, plan, start, item, kind) in enumerate(FEEDBACK)
    ]  # fmt: skip
    police = [
        r for r in ctx.requestable()
        if ctx.office_of[r.provider_department_id].key == "police"
        and r.share.attribute is not ShareAttribute.NOT_SHARED
    ]  # fmt: skip
    officers = [name for name in ctx.people.users if name.endswith(".officer")]
    for number in range(len(cases), len(cases) + extra):
        requester = rng.choice(["officer", *officers])
        if ctx.office_of[ctx.people.users[requester].department_id].key == "police":
            requester = "officer"
        resource = rng.choice(police)
        plan = rng.choice(("open", "corrected", "no_error_accepted", "extended"))
        started = rng.randint(_minimum_start(FEEDBACK_PLANS, plan), 14)
        item = rng.choice([i.name for i in resource.data_items if i.shared])
        cases.append(_feedback(ctx, rng, number, requester, resource, plan, started, item,
                               rng.choice((_D, _E))))  # fmt: skip
    return cases


def _feedback(  # noqa: PLR0917 - one row of the case table, read positionally
    ctx: CaseContext, rng: random.Random, number: int, requester: str, resource: Resource,
    plan: str, started: int, item: str, kind: FeedbackKind,
) -> FeedbackCase:  # fmt: skip
    value = texts.PROPOSED_VALUES.get(item, texts.DEFAULT_PROPOSED)
    template = texts.ERROR if kind is FeedbackKind.ERROR else texts.DOUBT
    return FeedbackCase(
        id=ctx.ids("feedback", number),
        requester=requester,
        resource=resource,
        plan=plan_for(plan, ctx.profile),
        started=started,
        hour=9 + rng.randrange(8),
        details=FeedbackInput(
            id=ctx.ids("feedback", number),
            data_item=item,
            kind=kind,
            description=template.format(item=item, value=value),
            record_reference=f"业务流水号 {rng.randrange(10**12):012d}",
            proposed_value=value if kind is FeedbackKind.ERROR else "",
        ),
        texts=Texts(
            dispute=texts.FEEDBACK_OVERDUE if plan == "overdue_dispute" else texts.FEEDBACK_DISPUTE,
            decision=texts.DECISION,
            other=texts.FEEDBACK_NOTES,
        ),
        corrected_value=value,
    )


def inconsistent_cases(ctx: CaseContext) -> list[InconsistentCase]:
    """R7: the disputes about inconsistent data of the table."""
    return [
        InconsistentCase(
            dispute_id=ctx.ids("dispute", "inconsistent", number),
            raiser=raiser,
            resource=_resource(ctx, key),
            reason=reason,
            started=start,
            withdrawal=withdrawal,
        )
        for number, (raiser, key, reason, start, withdrawal) in enumerate(INCONSISTENT)
    ]
