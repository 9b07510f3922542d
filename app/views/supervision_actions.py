"""The decisions of the supervision page (督办; R3, R5, R14, R15, R17, R24): which ones an item
allows, and what each one runs on the :class:`~app.sync.workspace_supervision.SupervisionDesk`.

No widgets and no texts here: :class:`app.views.supervision_page.SupervisionPage` owns the
buttons (keyed by :data:`ACTION_KEYS`) and their translated labels, enables them from
:func:`allowed_actions` and runs :func:`decision_call` through its ``TaskRunner``.
"""

from __future__ import annotations

from collections.abc import Callable

from app.sync.store_outbox import OutboxState
from app.sync.workspace_supervision import SupervisionDesk, SupervisionGroup, SupervisionRow
from app.views.decision_dialogs import DecisionKind

# The page's decision buttons, in the order they are shown.
ACTION_KEYS = ("decide", "escalate", "acknowledge", "approve", "return", "remind", "compare")

# R24/R25: the groups whose department can be reminded, and the entity the reminder is about.
REMINDABLE = {SupervisionGroup.REPLY_DUE: "request",
              SupervisionGroup.VERIFICATION_OVERDUE: "feedback",
              SupervisionGroup.EXTENSION_GRANTED: "feedback",
              SupervisionGroup.CATALOG_UPDATE: "resource"}


def allowed_actions(row: SupervisionRow, *, can_escalate: bool) -> dict[str, bool]:
    """``{action key: enabled}`` for ``row``: a decision only where the supervisor decides
    (``actionable``) and none waits in the outbox; escalation only under a ladder (N9); the
    two versions only after a 412 (conflict)."""
    free = row.actionable and not row.pending
    group = row.group
    return {
        "decide": free and group is SupervisionGroup.DISPUTE,  # R15
        "escalate": free and group is SupervisionGroup.DISPUTE and can_escalate,
        "acknowledge": free and group is SupervisionGroup.FILING,  # R5, R14, R17
        "approve": free and group is SupervisionGroup.CATALOG_REVIEW,  # R3
        "return": free and group is SupervisionGroup.CATALOG_REVIEW,
        "remind": row.actionable and group in REMINDABLE,
        "compare": row.outbox_state is OutboxState.CONFLICT,
    }


def decision_call(desk: SupervisionDesk, kind: DecisionKind, row: SupervisionRow,
                  text: str) -> Callable[[], object]:
    """The desk call for decision ``kind`` on ``row`` with the dialog's ``text`` (run it in a
    worker)."""
    runs: dict[DecisionKind, Callable[[], object]] = {
        DecisionKind.DECIDE: lambda: desk.decide_dispute(row.id, text),
        DecisionKind.ESCALATE: lambda: desk.escalate_dispute(row.id, text),
        DecisionKind.ACKNOWLEDGE: lambda: desk.acknowledge_filing(row.id, text),
        DecisionKind.APPROVE: lambda: desk.review_resource(row.id, approve=True, comment=text),
        DecisionKind.RETURN: lambda: desk.review_resource(row.id, approve=False, comment=text),
        DecisionKind.REMIND: lambda: desk.remind(REMINDABLE[row.group], row.id, text),
    }
    return runs[kind]
