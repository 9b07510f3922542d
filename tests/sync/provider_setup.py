"""The provider's side of the small province of ``workspace_setup``: requests the market bureau
made to the police, at the stages the inbox shows, in a real local store.

The clock stands at Friday 27 November 2026, 10:00 in Beijing. Reply deadlines are counted by
hand (R13: 10 working days after the day the provider received the application; November and
early December 2026 have no public holiday):

* received Mon 2 Nov  → due Mon 16 Nov (3–6, 9–13, 16): overdue by 9 working days (17–20, 23–27);
* received Fri 13 Nov → due Fri 27 Nov (16–20, 23–27): due today;
* received Fri 20 Nov → due Fri 4 Dec (23–27, 30 Nov–4 Dec): 5 working days left.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta

from app.models.commands import Actor
from app.models.entities import Reply, ShareRequest, TimelineEvent
from app.models.enums import DeliveryMethod, ReplyDecision, RequestStatus, Role
from app.sync.store import LocalStore
from app.sync.workspace import Workspace
from app.sync.workspace_provider import ProviderDesk
from tests.models.commands_setup import MARKET, POLICE
from tests.sync.workspace_setup import (
    Clock,
    Province,
    beijing,
    seed,
    server_request,
    upsert,
)

NOW = beijing(2026, 11, 27)


@dataclass
class Inbox:
    """The requests :func:`seed_inbox` put in the store, by what the provider owes."""

    overdue: ShareRequest
    due_today: ShareRequest
    due_later: ShareRequest
    negotiating: ShareRequest
    refused: ShareRequest
    approved: ShareRequest


def provider_actor(province: Province) -> Actor:
    return Actor(user_id=province.provider_officer.id, department_id=POLICE.id,
                 roles=frozenset({Role.OFFICER}))


def provider_desk(store: LocalStore, province: Province, clock: Clock) -> ProviderDesk:
    return ProviderDesk(Workspace(store, provider_actor(province), clock=clock))


def approved(request: ShareRequest, province: Province, conditions: str = "") -> ShareRequest:
    """``request`` after the provider's approval (R13), as the platform holds it."""
    assert request.submitted_at is not None
    at = request.submitted_at + timedelta(days=2)
    decision = (ReplyDecision.APPROVE_WITH_CONDITIONS if conditions
                else ReplyDecision.APPROVE)
    status = (RequestStatus.APPROVED_WITH_CONDITIONS if conditions
              else RequestStatus.APPROVED)
    reply = Reply(id=uuid.uuid4(), request_id=request.id, decision=decision,
                  conditions=conditions, delivery_method=DeliveryMethod.PLATFORM_INTERFACE,
                  reply_number="湘公答〔2026〕3号", replied_by_user_id=province.provider_officer.id,
                  replied_at=at, cited_rule="R13")
    step = TimelineEvent(at=at, actor_user_id=province.provider_officer.id,
                         actor_department_id=POLICE.id, action=decision.value,
                         note=conditions, status_after=status.value, rule="R13")
    return replace(request, status=status, reply=reply, timeline=(*request.timeline, step),
                   version=request.version + 1, updated_at=at)


def seed_inbox(store: LocalStore, province: Province) -> Inbox:
    def submitted(day: date, due: date | None) -> ShareRequest:
        moment = beijing(day.year, day.month, day.day)
        return server_request(province.conditional, province, status=RequestStatus.SUBMITTED,
                              submitted=moment, due=due)

    inbox = Inbox(
        overdue=submitted(date(2026, 11, 2), date(2026, 11, 16)),
        due_today=submitted(date(2026, 11, 13), date(2026, 11, 27)),
        due_later=submitted(date(2026, 11, 20), date(2026, 12, 4)),
        negotiating=replace(
            server_request(province.not_shared, province, status=RequestStatus.NEGOTIATING,
                           submitted=beijing(2026, 11, 10), due=None),
            scenario="出入境管理协查中核验企业法定代表人的出境记录"),
        refused=server_request(province.conditional, province, status=RequestStatus.REFUSED,
                               submitted=beijing(2026, 10, 12), due=date(2026, 10, 27)),
        approved=approved(submitted(date(2026, 9, 1), None), province),
    )
    store.apply_changes([upsert("request", r) for r in (
        inbox.overdue, inbox.due_today, inbox.due_later, inbox.negotiating, inbox.refused,
        inbox.approved)], "2")
    return inbox


def seeded(store: LocalStore) -> tuple[Province, Inbox]:
    province = seed(store)
    return province, seed_inbox(store, province)


__all__ = ["MARKET", "NOW", "POLICE", "Inbox", "approved", "provider_actor", "provider_desk",
           "seed_inbox", "seeded"]
