"""违规使用 — the provider's answer to misuse (R16, R17): suspend or terminate provision of a
granted, approved, agreed or delivered request, with the misuse found written out; the action
is reported to the supervisor (a misuse-report filing) and the requesting department sees it
and why. Lifting a suspension (never a termination) is a separate, note-only step
(:class:`LiftDialog`).
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtWidgets import QButtonGroup, QDialogButtonBox, QHBoxLayout, QRadioButton, QWidget

from app.models.enums import SuspensionKind
from app.models.validation import REASON_MIN_LENGTH, meaningful_length
from app.models.validation_messages import field_error
from app.models.workflows import Action
from app.sync.workspace_provider import ProviderDesk
from app.sync.workspace_provider_types import InboxDetail
from app.tasks import TaskRunner
from app.views.negotiation_dialog import DecisionDialog


class MisuseDialog(DecisionDialog):
    """R17: suspend or terminate (whichever the workflow allows now), with reasons."""

    def __init__(self, provider: ProviderDesk, detail: InboxDetail, tasks: TaskRunner, *,
                 kind: SuspensionKind = SuspensionKind.SUSPEND, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(provider, detail, tasks, language=language, parent=parent)
        self.setObjectName("MisuseDialog")
        self.group = QButtonGroup(self)
        self.kinds: dict[SuspensionKind, QRadioButton] = {}
        row = QHBoxLayout()
        for each, action in ((SuspensionKind.SUSPEND, Action.SUSPEND),
                             (SuspensionKind.TERMINATE, Action.TERMINATE)):
            button = QRadioButton(self)
            button.setEnabled(action in detail.actions)
            button.toggled.connect(self.on_changed)
            self.group.addButton(button)
            self.kinds[each] = button
            row.addWidget(button)
        row.addStretch(1)
        self.body.insertLayout(1, row)
        chosen = kind if self.kinds[kind].isEnabled() else next(
            (k for k, b in self.kinds.items() if b.isEnabled()), kind)
        self.kinds[chosen].setChecked(True)
        self.retranslate()
        self.on_changed()

    def kind(self) -> SuspensionKind | None:
        return next((k for k, b in self.kinds.items() if b.isChecked() and b.isEnabled()), None)

    def problem(self) -> str:
        if not hasattr(self, "kinds"):
            return ""  # still being built
        if self.kind() is None:
            return self.tr("Choose whether to suspend or to terminate provision.")
        if meaningful_length(self.text()) < REASON_MIN_LENGTH:  # R17: say what was misused
            return field_error("reasons", "suspension.reasons_required",
                               min=REASON_MIN_LENGTH).message(self.language)
        return ""

    def action(self) -> Callable[[], UUID]:
        provider, request_id, text, kind = (self.provider, self.detail.request.id, self.text(),
                                            self.kind())
        assert kind is not None
        return lambda: provider.stop(request_id, kind, text)

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "kinds"):
            return
        self.setWindowTitle(self.tr("Suspend or terminate provision (R17)"))
        self.kinds[SuspensionKind.SUSPEND].setText(self.tr("&Suspend (can be lifted)"))
        self.kinds[SuspensionKind.TERMINATE].setText(self.tr("&Terminate (final)"))
        self.prompt.setText(self.tr("&Misuse found (at least %1 characters):").replace(
            "%1", str(REASON_MIN_LENGTH)))
        supervisor = self.detail.supervisor_name or self.tr("the sharing supervisor")
        self.note.setText(self.tr(
            "This is reported to %1 (R17). The requesting department sees that provision is "
            "stopped and why.").replace("%1", supervisor))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("St&op provision"))
        self.editor.setAccessibleName(self.prompt.text())


class LiftDialog(DecisionDialog):
    """R17: resume provision after a suspension; an optional note for the timeline."""

    def __init__(self, provider: ProviderDesk, detail: InboxDetail, tasks: TaskRunner, *,
                 language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(provider, detail, tasks, language=language, parent=parent)
        self.setObjectName("LiftDialog")
        self.retranslate()
        self.on_changed()

    def problem(self) -> str:
        return ""

    def action(self) -> Callable[[], UUID]:
        provider, request_id, text = self.provider, self.detail.request.id, self.text()
        return lambda: provider.lift(request_id, text)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Lift the suspension (R17)"))
        self.prompt.setText(self.tr("&Note (optional), e.g. how the misuse was put right:"))
        self.note.setText(self.tr("Provision resumes as it was before the suspension."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lift"))
        self.editor.setAccessibleName(self.prompt.text())
