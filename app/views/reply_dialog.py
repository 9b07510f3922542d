"""书面答复 — the provider's written reply to a request (R13), and under the national rules the
one-time notice of missing material instead (N3).

The officer chooses approve / approve with conditions / refuse (only what the workflow allows
for this request); a refusal needs its reasons (R13), an approval its delivery method and, with
conditions, the conditions. Validation is live with the domain's own messages
(``ProviderDesk.check_reply``: the same ``validate_reply`` the platform runs), and Send stays
disabled — and ``accept`` refuses — while anything is missing. The department's reason
templates (:mod:`app.reply_templates`) are inserted at the cursor with the request's resource,
legal basis and conditions filled in; "Templates…" adds, edits and deletes them. Under the
national rules the dialog shows the 20-working-day delivery clock that consent starts (N4).
"Preview the letter…" shows the 书面答复函 the reply will make. Send queues the reply in the
outbox through the workspace, in a worker (If-Match), and closes.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import DeliveryMethod, ReplyDecision
from app.models.errors import DomainError, FieldError
from app.models.validation import validate_material_notice
from app.models.workflows import Action
from app.reply_templates import ReasonTemplate, TemplateBook, TemplateKind, fill
from app.sync.workspace_provider import ProviderDesk
from app.sync.workspace_provider_types import InboxDetail, ReplyDraft, ReplyLetter
from app.tasks import TaskRunner
from app.views.reply_letter import ReplyLetterDialog
from app.views.template_manager import TemplateManager

MATERIAL = "material"  # the N3 choice beside the three decisions
_DECISIONS = {Action.APPROVE: ReplyDecision.APPROVE,
              Action.APPROVE_WITH_CONDITIONS: ReplyDecision.APPROVE_WITH_CONDITIONS,
              Action.REFUSE: ReplyDecision.REFUSE}


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class ReplyDialog(QDialog):
    sent = Signal(object)  # the outbox item's UUID

    def __init__(self, provider: ProviderDesk, detail: InboxDetail, book: TemplateBook,
                 tasks: TaskRunner, *, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReplyDialog")
        self.provider, self.detail, self.book, self.tasks = provider, detail, book, tasks
        self.language = language
        self.errors: list[FieldError] = []
        self.templates: list[ReasonTemplate] = []
        self.manager: TemplateManager | None = None
        self.letter_dialog: ReplyLetterDialog | None = None
        self._busy = False
        self._build()
        self.retranslate()
        self.on_changed()
        self.load_templates()

    # ------------------------------------------------------------------------- building

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        allowed = self.detail.actions
        for action in (*_DECISIONS, Action.REQUEST_MATERIAL):
            if action not in allowed:
                continue  # only what the workflow allows here (R13; N3 under national rules)
            key = MATERIAL if action is Action.REQUEST_MATERIAL else _DECISIONS[action].value
            button = QRadioButton(self)
            self.group.addButton(button)
            self.choices[key] = button
            button.toggled.connect(self.on_changed)
        self.reasons = self._editor("ReplyReasons")
        self.conditions = self._editor("ReplyConditions")
        self.material = self._editor("MaterialNotice")
        self.delivery = QComboBox(self)
        self.delivery.addItem("", None)
        for method in DeliveryMethod:
            self.delivery.addItem(method.label(self.language), method.value)
        self.delivery.currentIndexChanged.connect(self.on_changed)
        self.reasons_error, self.conditions_error, self.delivery_error, self.material_error = (
            error_label(self) for _ in range(4))
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("TemplateChoice")
        self.insert_button = QPushButton(self)
        self.insert_button.clicked.connect(self.on_insert_template)
        self.manage_button = QPushButton(self)
        self.manage_button.clicked.connect(self.on_manage_templates)
        self.clock_note = QLabel(self)
        self.clock_note.setWordWrap(True)
        self.clock_note.setObjectName("ClockNote")
        self.failure = error_label(self)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.on_preview_letter)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        self._lay_out()

    def _editor(self, name: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setObjectName(name)
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(80)
        editor.textChanged.connect(self.on_changed)
        return editor

    def _lay_out(self) -> None:
        choices = QHBoxLayout()
        for button in self.choices.values():
            choices.addWidget(button)
        choices.addStretch(1)
        templates = QHBoxLayout()
        templates.addWidget(self.template_box, 1)
        templates.addWidget(self.insert_button)
        templates.addWidget(self.manage_button)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, widget, error in (("reasons", self.reasons, self.reasons_error),
                                   ("conditions", self.conditions, self.conditions_error),
                                   ("delivery", self.delivery, self.delivery_error),
                                   ("material", self.material, self.material_error)):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(error)
            self.form.addRow(label, column)
        self.templates_label = QLabel(self)
        self.templates_label.setBuddy(self.template_box)
        self.form.addRow(self.templates_label, templates)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(choices)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.clock_note)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    # ------------------------------------------------------------------------- state

    def choice(self) -> str | None:
        return next((key for key, button in self.choices.items() if button.isChecked()), None)

    def choose(self, key: ReplyDecision | str) -> None:
        self.choices[str(key)].setChecked(True)

    def draft(self) -> ReplyDraft | None:
        choice = self.choice()
        if choice is None or choice == MATERIAL:
            return None
        raw = self.delivery.currentData()
        return ReplyDraft(
            decision=next(d for d in ReplyDecision if d.value == choice),
            reasons=self.reasons.toPlainText(), conditions=self.conditions.toPlainText(),
            delivery_method=next((m for m in DeliveryMethod if m.value == raw), None))

    def template_kind(self) -> TemplateKind:
        return (TemplateKind.CONDITIONS if self.choice() == ReplyDecision.APPROVE_WITH_CONDITIONS
                else TemplateKind.REASONS)

    @Slot()
    def on_changed(self) -> None:
        choice = self.choice()
        self.failure.hide()
        approval = choice in (ReplyDecision.APPROVE.value,
                              ReplyDecision.APPROVE_WITH_CONDITIONS.value)
        shown = {"reasons": choice == ReplyDecision.REFUSE.value,
                 "conditions": choice == ReplyDecision.APPROVE_WITH_CONDITIONS.value,
                 "delivery": approval, "material": choice == MATERIAL}
        for key, visible in shown.items():
            self.form.setRowVisible(self.labels[key], visible)
        self.form.setRowVisible(self.templates_label, shown["reasons"] or shown["conditions"])
        self.errors = self.check()
        messages = {error.field: error.message(self.language) for error in self.errors}
        typed = {"reasons": self.reasons, "conditions": self.conditions,
                 "material_notice": self.material}
        for field, label in (("reasons", self.reasons_error),
                             ("conditions", self.conditions_error),
                             ("delivery_method", self.delivery_error),
                             ("material_notice", self.material_error)):
            editor = typed.get(field)
            # A field says what is missing once written in, or when only it is left.
            quiet = editor is not None and not editor.toPlainText().strip() and len(
                self.errors) > 1
            label.setText("" if quiet else messages.get(field, ""))
            label.setVisible(bool(label.text()))
        ok = choice is not None and not self.errors and not self._busy
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.preview_button.setEnabled(ok and choice != MATERIAL)
        if shown["reasons"] or shown["conditions"]:
            self._fill_template_box()

    def check(self) -> list[FieldError]:
        """R13 (and N3): every problem of what is chosen and written, as the platform sees it."""
        choice = self.choice()
        if choice == MATERIAL:
            allowed = self.detail.profile.material_notice_once
            return validate_material_notice(self.material.toPlainText(), allowed=allowed)
        draft = self.draft()
        return [] if draft is None else self.provider.check_reply(draft)

    # ------------------------------------------------------------------------- templates

    def load_templates(self) -> None:
        book = self.book
        task = self.tasks.submit("reply-templates", lambda _ctx: book.templates())
        task.succeeded.connect(self.on_templates)

    @Slot(object)
    def on_templates(self, templates: list[ReasonTemplate]) -> None:
        self.templates = templates
        self._fill_template_box()

    def _fill_template_box(self) -> None:
        kind = self.template_kind()
        self.template_box.clear()
        for template in self.templates:
            if template.kind is kind:
                self.template_box.addItem(template.title, str(template.id))
                self.template_box.setItemData(self.template_box.count() - 1, template.text,
                                              Qt.ItemDataRole.ToolTipRole)
        self.insert_button.setEnabled(self.template_box.count() > 0)

    def fill_values(self) -> dict[str, str]:
        resource = self.detail.resource
        return {"resource": self.detail.row.resource_name, "requester": self.detail.requester_name,
                "purpose": self.detail.request.purpose,
                "legal_basis": "" if resource is None else resource.share.legal_basis,
                "conditions": "" if resource is None else resource.share.conditions}

    @Slot()
    def on_insert_template(self) -> None:
        wanted = self.template_box.currentData()
        template = next((t for t in self.templates if str(t.id) == wanted), None)
        if template is None:
            return
        editor = (self.conditions if template.kind is TemplateKind.CONDITIONS
                  else self.reasons)
        editor.insertPlainText(fill(template.text, self.fill_values()))
        editor.setFocus()

    @Slot()
    def on_manage_templates(self) -> None:
        self.manager = TemplateManager(self.book, self.tasks, kind=self.template_kind(),
                                       parent=self)
        self.manager.changed.connect(self.load_templates)
        self.manager.open()

    # ------------------------------------------------------------------------- sending

    def accept(self) -> None:
        """Send; refused (the dialog stays) while the reply is incomplete (R13)."""
        self.errors = self.check()
        choice = self.choice()
        if choice is None or self.errors or self._busy:
            self.on_changed()
            return
        request_id, provider = self.detail.request.id, self.provider
        send: Callable[[], UUID]
        if choice == MATERIAL:
            notice = self.material.toPlainText()
            send = lambda: provider.request_material(request_id, notice)  # noqa: E731
        else:
            draft = self.draft()
            assert draft is not None
            send = lambda: provider.reply(request_id, draft)  # noqa: E731
        self._busy = True
        self.on_changed()
        task = self.tasks.submit("reply", lambda _ctx: send())
        task.succeeded.connect(self.on_sent)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_sent(self, item_id: UUID) -> None:
        self._busy = False
        self.sent.emit(item_id)
        super().accept()

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        self._busy = False
        self.on_changed()
        text = (error.message(self.language) if isinstance(error, DomainError)
                else self.tr("Something went wrong: %1").replace("%1", type(error).__name__))
        self.failure.setText(text)
        self.failure.show()

    @Slot()
    def on_preview_letter(self) -> None:
        draft, provider, request_id = self.draft(), self.provider, self.detail.request.id
        if draft is None:
            return
        task = self.tasks.submit("draft-letter",
                                 lambda _ctx: provider.draft_letter(request_id, draft))
        task.succeeded.connect(self.on_letter)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_letter(self, letter: ReplyLetter | None) -> None:
        if letter is None:
            return
        self.letter_dialog = ReplyLetterDialog(letter, self.tasks, language=self.language,
                                               parent=self)
        self.letter_dialog.open()

    # ------------------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Written reply"))
        row = self.detail.row
        self.summary.setText(self.tr("“%1”, asked for by %2. Purpose: %3").replace(
            "%1", row.resource_name).replace("%2", self.detail.requester_name).replace(
            "%3", self.detail.request.purpose))
        texts = {ReplyDecision.APPROVE.value: self.tr("&Approve"),
                 ReplyDecision.APPROVE_WITH_CONDITIONS.value: self.tr("Approve with &conditions"),
                 ReplyDecision.REFUSE.value: self.tr("&Refuse"),
                 MATERIAL: self.tr("Request missing &material (one notice)")}
        for key, button in self.choices.items():
            button.setText(texts[key])
        self.labels["reasons"].setText(self.tr("Rea&sons (required to refuse, R13):"))
        self.labels["conditions"].setText(self.tr("Con&ditions:"))
        self.labels["delivery"].setText(self.tr("Deli&very method:"))
        self.labels["material"].setText(self.tr("Missing material, all in &one notice:"))
        self.templates_label.setText(self.tr("&Template:"))
        self.insert_button.setText(self.tr("&Insert"))
        self.manage_button.setText(self.tr("&Edit templates…"))
        self.preview_button.setText(self.tr("Preview the &letter…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Se&nd reply"))
        self.clock_note.setText(self._clock_text())

    def _clock_text(self) -> str:
        detail = self.detail
        lines = []
        if detail.row.due is not None and detail.row.clock_citation is not None:
            lines.append(self.tr("Reply due %1 (%2).").replace(
                "%1", detail.row.due.isoformat()).replace(
                "%2", detail.row.clock_citation.describe(self.language)))
        clock, due = detail.delivery_clock, detail.delivery_if_consented
        if clock is not None and due is not None:  # N4
            days = clock.working_days or 0
            lines.append(self.tr("If you consent today, the data must be delivered within %n "
                                 "working day(s), by %2 (%3).", "", days).replace(
                "%2", due.date.isoformat()).replace(
                "%3", clock.citation.describe(self.language)))
        citation = detail.profile.material_notice_citation
        if MATERIAL in self.choices and citation is not None:  # N3
            lines.append(self.tr("Missing material may be requested once, listing everything "
                                 "(%1).").replace("%1", citation.describe(self.language)))
        return "\n".join(lines)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

