"""The catalog's detail pane: one resource's national-guide metadata, its data items, and what
the officer's own department has asked or reported about it; the Request and Report actions.

:class:`ResourceDetail` draws a :class:`ResourceDetailData` that the catalog page loads from the
store; it reads nothing itself. Whether the officer may ask for the resource follows the same
rules as :func:`app.models.validation.validate_request` and ``validate_feedback``, with their
messages: not for the own department's resources (R6, R20) nor for entries outside the
published catalog (R3); under a profile where unconditional resources are obtained directly
(R12, ``hunan-2021``) the action says so. The "Requests and feedback" tab is
:class:`~app.views.resource_detail_history.ResourceHistoryTable`.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.entities import Feedback, Resource, ShareRequest
from app.models.enums import ShareAttribute
from app.models.profiles import RuleProfile
from app.models.validation_messages import field_error
from app.models.workflow_tables import ProfileFeature
from app.views.resource_detail_history import (
    ResourceHistoryTable,
    day,
    prepare_table,
    table_item,
)

_MUTED = QColor("#8a8f98")


@dataclass(frozen=True, slots=True)
class ResourceDetailData:
    """Everything the pane shows about one resource (loaded by the page from the store)."""

    resource: Resource
    provider_name: str
    requests: tuple[ShareRequest, ...] = ()  # the officer's department's, newest first
    feedback: tuple[Feedback, ...] = ()
    profile: RuleProfile | None = None  # the platform's rules, when a sync has fetched them


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class ResourceDetail(QWidget):
    """The detail pane (see the module docstring)."""

    request_access_requested = Signal(str)  # resource id
    report_error_requested = Signal(str, str)  # resource id, data item name ("" for none chosen)

    def __init__(self, department_id: str, language: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._department_id = str(department_id)
        self._language = language
        self._data: ResourceDetailData | None = None
        self._request_block: str | None = None
        self._report_block: str | None = None
        self._loading = False
        self._build()
        self.show_empty()
        self.retranslate()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = _value_label(self)
        self.title.setObjectName("DetailTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QWidget(self)
        self.subtitle = _value_label(self.body)
        self.request_button = QPushButton(self.body)
        self.request_button.clicked.connect(self.on_request_clicked)
        self.report_button = QPushButton(self.body)
        self.report_button.clicked.connect(self.on_report_clicked)
        self.note = _value_label(self.body)
        self.note.setObjectName("ActionNote")
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        self.tabs = QTabWidget(self.body)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)  # narrow pane: titles elide instead of scrolling
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.items_table = prepare_table(QTableWidget(0, 5, self))
        self.items_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.items_table.customContextMenuRequested.connect(self.on_items_menu)
        self.mine_table = ResourceHistoryTable(self)
        for tab in (self._build_overview(), self.items_table, self.mine_table):
            self.tabs.addTab(tab, "")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.subtitle)
        body.addLayout(buttons)
        body.addWidget(self.note)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def _build_overview(self) -> QTextBrowser:
        # Rich text wraps long legal bases at any width and scrolls by itself, where a form of
        # word-wrapped labels in a scroll area clips them (no height-for-width there).
        self.overview = QTextBrowser(self)
        self.overview.setObjectName("ResourceOverview")
        self.overview.setOpenLinks(False)
        self.overview.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.values: dict[str, str] = {}
        return self.overview

    # -- showing -------------------------------------------------------------------------------
    @property
    def resource_id(self) -> str | None:
        return None if self._data is None else str(self._data.resource.id)

    def show_empty(self) -> None:
        self._show_message(loading=False)

    def show_loading(self) -> None:
        self._show_message(loading=True)

    def _show_message(self, *, loading: bool) -> None:
        self._data = None
        self._loading = loading
        self.title.setText(self.tr("Loading…") if loading
                           else self.tr("Choose a resource in the list to see its details."))
        self.body.hide()

    def show_resource(self, data: ResourceDetailData) -> None:
        self._data = data
        self._draw()
        self.body.show()

    def _draw(self) -> None:
        data = self._data
        if data is None:
            return
        resource = data.resource
        self.title.setText(resource.name)
        self.subtitle.setText(f"{resource.code}  ·  {resource.status.label(self._language)}")
        self.values = {key: text or "—" for key, text in self._field_values(data).items()}
        self._draw_overview()
        self._draw_items(resource)
        self._draw_mine(data)
        self._decide_actions(data)
        self._draw_tab_titles()

    def _field_values(self, data: ResourceDetailData) -> dict[str, str]:
        resource, lang = data.resource, self._language
        method, share = resource.share_method, resource.share
        parts = (resource.category, resource.item, resource.section, resource.subsection)
        return {
            "classification": " / ".join(part or "—" for part in parts),
            "code": resource.code,
            "provider": f"{data.provider_name}（{resource.provider_code}）"
            if data.provider_name else resource.provider_code,
            "summary": resource.summary, "format": resource.format,
            "share_attribute": share.attribute.label(lang),
            "conditions": share.conditions, "legal_basis": share.legal_basis,
            "share_method": f"{method.category.label(lang)} · {method.kind.label(lang)}"
            if method else "",
            "usage_scope": resource.usage_scope,
            "open_attribute": resource.open_attribute.label(lang),
            "update_cycle": resource.update_cycle.label(lang),
            "catalog_type": resource.catalog_type.label(lang),
            "publish_date": day(resource.publish_date),
            "related_codes": "\n".join(resource.related_codes),
            "status": self._status_text(resource),
        }

    def _draw_overview(self) -> None:
        titles = self._field_titles()
        rows = "".join(
            f"<tr><td class='k'>{escape(titles[key])}</td>"
            f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>"
            for key, value in self.values.items())
        muted = _MUTED.name()
        self.overview.setHtml(
            f"<style>td {{ padding: 3px 6px; vertical-align: top; }} "
            f"td.k {{ color: {muted}; white-space: nowrap; text-align: right; }}</style>"
            f"<table width='100%' cellspacing='0'>{rows}</table>")

    def _status_text(self, resource: Resource) -> str:
        parts = [resource.status.label(self._language)]
        if resource.law_change_due is not None:
            parts.append(self.tr("update due by %1 after a change of law (R5)")
                         .replace("%1", resource.law_change_due.isoformat()))
        if resource.review_comment:
            parts.append(self.tr("supervisor's comment: %1").replace("%1", resource.review_comment))
        return "\n".join(parts)

    def _draw_items(self, resource: Resource) -> None:
        table = self.items_table
        table.setRowCount(len(resource.data_items))
        yes, no = self.tr("Yes"), self.tr("No")
        withheld = self.tr("Withheld: not given to other departments (R10)")
        for row, data_item in enumerate(resource.data_items):
            cells = (data_item.name, data_item.type.label(self._language),
                     "" if data_item.length is None else str(data_item.length),
                     yes if data_item.shared else no, data_item.description)
            for column, text in enumerate(cells):
                cell = table_item(text, data_item.description if column == 0 else "")
                if not data_item.shared:
                    cell.setForeground(QBrush(_MUTED))
                    cell.setToolTip(withheld)
                table.setItem(row, column, cell)
        table.clearSelection()

    def _draw_mine(self, data: ResourceDetailData) -> None:
        self.mine_table.show_history(data.resource.share.attribute, data.requests,
                                     data.feedback, data.profile, self._language)

    # -- actions -------------------------------------------------------------------------------
    def _decide_actions(self, data: ResourceDetailData) -> None:
        resource, lang = data.resource, self._language
        own = str(resource.provider_department_id) == self._department_id
        self._request_block = self._report_block = None
        if own:  # R6 / R20: the own department neither asks itself nor reports to itself
            self._request_block = field_error("resource_id", "request.own_resource").message(lang)
            self._report_block = field_error("resource_id", "feedback.own_resource").message(lang)
        elif not resource.is_available:  # R3: only the published catalog is open to others
            status = resource.status
            self._request_block = field_error(
                "resource_id", "request.resource_not_published",
                status_zh=status.zh, status_en=status.en).message(lang)
            self._report_block = self.tr(
                "This entry is not in the published catalog (%1); no shared data to report on."
            ).replace("%1", status.label(lang))
        self._draw_actions()

    def _how_obtained(self, data: ResourceDetailData) -> tuple[bool, str]:
        """(obtained directly, explanation) for this resource under the platform's rules."""
        profile, lang = data.profile, self._language
        attribute = data.resource.share.attribute
        if profile is None:
            return False, ""
        if attribute is ShareAttribute.UNCONDITIONAL:
            clock = profile.unconditional_reply
            if ProfileFeature.DIRECT_UNCONDITIONAL.enabled_in(profile):  # R12
                return True, self.tr(
                    "Unconditional share: obtained directly through the platform, no written "
                    "reply needed. Basis: %1").replace("%1", clock.citation.describe(lang))
            return False, self.tr("Unconditional share: the provider answers within "
                                  "%n working day(s). Basis: %1", "", clock.working_days or 0
                                  ).replace("%1", clock.citation.describe(lang))
        if attribute is ShareAttribute.CONDITIONAL:  # R13
            clock = profile.conditional_reply
            return False, self.tr("Conditional share: the provider replies in writing within "
                                  "%n working day(s). Basis: %1", "", clock.working_days or 0
                                  ).replace("%1", clock.citation.describe(lang))
        return False, self.tr("Not shared: the two departments negotiate; an agreement to "
                              "provide is filed with the supervisor (R14).")

    def _draw_actions(self) -> None:
        data = self._data
        if data is None:
            return
        direct, how = self._how_obtained(data)
        self.request_button.setText(self.tr("Obtain &directly…") if direct
                                    else self.tr("&Request access…"))
        self.request_button.setEnabled(self._request_block is None)
        self.request_button.setToolTip(self._request_block or how)
        self.report_button.setEnabled(self._report_block is None)
        self.report_button.setToolTip(self._report_block or self.tr(
            "Report doubtful or wrong data to the provider, who verifies it (R20); "
            "the data item chosen under Data items is named in the report."))
        self.note.setText(self._request_block or how)

    def selected_data_item(self) -> str:
        rows = self.items_table.selectionModel().selectedRows()
        if not rows or self._data is None:
            return ""
        return self._data.resource.data_items[rows[0].row()].name

    @Slot()
    def on_request_clicked(self) -> None:
        if self._data is not None and self._request_block is None:
            self.request_access_requested.emit(str(self._data.resource.id))

    @Slot()
    def on_report_clicked(self) -> None:
        if self._data is not None and self._report_block is None:
            self.report_error_requested.emit(str(self._data.resource.id),
                                             self.selected_data_item())

    @Slot(QPoint)
    def on_items_menu(self, position: QPoint) -> None:
        item = self.items_table.itemAt(position)
        if item is None or self._data is None:
            return
        self.items_table.selectRow(item.row())
        menu = QMenu(self)
        action = menu.addAction(self.tr("Report an error in this item…"))
        action.setEnabled(self._report_block is None)
        action.triggered.connect(self.on_report_clicked)
        menu.popup(self.items_table.viewport().mapToGlobal(position))

    # -- language ------------------------------------------------------------------------------
    @Slot(str)
    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Length"), self.tr("Shared"),
             self.tr("Description")])
        self.report_button.setText(self.tr("Report an &error…"))
        self._draw_tab_titles()
        if self._data is None:
            self._show_message(loading=self._loading)
        self._draw()

    def _field_titles(self) -> dict[str, str]:
        """The overview's rows, in order: the national guide's core metadata."""
        return {
            "classification": self.tr("Classification"),  # 类/项/目/细目 of the national guide
            "code": self.tr("Resource code"), "provider": self.tr("Provider (code)"),
            "summary": self.tr("Summary"), "format": self.tr("Format"),
            "share_attribute": self.tr("Share attribute (R10)"),
            "conditions": self.tr("Share conditions"), "legal_basis": self.tr("Legal basis"),
            "share_method": self.tr("Share method (R4)"),
            "usage_scope": self.tr("Usage scope (R4)"),
            "open_attribute": self.tr("Open to the public"),
            "update_cycle": self.tr("Update cycle"), "catalog_type": self.tr("Catalog type (R3)"),
            "publish_date": self.tr("Published on"), "related_codes": self.tr("Related codes"),
            "status": self.tr("Status"),
        }

    def _draw_tab_titles(self) -> None:
        data = self._data
        items = len(data.resource.data_items) if data else 0
        mine = len(data.requests) + len(data.feedback) if data else 0
        self.tabs.setTabText(0, self.tr("Overview"))
        self.tabs.setTabText(1, self.tr("Data items (%n)", "", items))
        self.tabs.setTabText(2, self.tr("Requests and feedback (%n)", "", mine))
        self.tabs.setTabToolTip(2, self.tr("What your department asked for or reported"))
        # The pane never gets narrower than its tab titles in the current language (they
        # would elide to "Over…" at the default window width otherwise).
        margins = self.layout().contentsMargins()
        self.setMinimumWidth(self.tabs.tabBar().sizeHint().width() + margins.left()
                             + margins.right())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

