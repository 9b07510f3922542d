"""The forms the catalog opens (part of the composition root): the request form (R11) from
"Request access…" and the feedback form (R20) from "Report an error…".

:class:`DeskForms` loads the catalog entry in a worker, then opens the form over the main window;
what a form queues goes to the Desk's ``queued`` slot (lists redraw, a sync when online) and its
messages to the status bar. :class:`app.desk.Desk` composes it. Its messages are translated in
the ``Desk`` context with literal ``QCoreApplication.translate("Desk", …)`` calls (lupdate reads
them; that is where these strings have always been), so the translations stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QWidget

from app.models.entities import Resource
from app.sync.workspace import Workspace
from app.tasks import TaskRunner
from app.views.feedback_form import FeedbackForm
from app.views.feedback_page import FeedbackPage
from app.views.request_form import RequestForm
from app.views.requests_page import RequestsPage


class DeskForms(QObject):
    """Opens the request and feedback forms for a catalog entry, one at a time each."""

    def __init__(self, window: QWidget, workspace: Workspace | None, tasks: TaskRunner, *,
                 requests: RequestsPage | None, feedback: FeedbackPage | None,
                 language: Callable[[], str], show_message: Callable[[str], None],
                 queued: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.workspace = workspace
        self.tasks = tasks
        self.requests = requests
        self.feedback = feedback
        self._language = language
        self._show_message = show_message
        self._queued = queued
        self.form: RequestForm | None = None
        self.feedback_form: FeedbackForm | None = None

    @Slot(str)
    def on_request_access(self, resource_id: str) -> None:
        """The catalog's "Request access…": the request form for that entry (R11)."""
        workspace = self.workspace
        if workspace is None:
            self._show_message(QCoreApplication.translate(
                "Desk", "Sync once before asking for resources."))
            return
        task = self.tasks.submit("form-resource", lambda _c: workspace.resource(resource_id))
        task.succeeded.connect(self.on_form_resource)

    @Slot(object)
    def on_form_resource(self, resource: Resource | None) -> None:
        if resource is None or self.workspace is None:
            self._show_message(QCoreApplication.translate(
                "Desk", "This catalog entry is not in the local copy; sync and try again."))
            return
        form = RequestForm(self.workspace, self.tasks, resource, language=self._language(),
                           parent=self.window)
        form.message.connect(self._show_message)
        form.submitted.connect(self._queued)
        form.draft_saved.connect(self.on_draft_saved)
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()

    @Slot(object)
    def on_draft_saved(self, _draft_id: object) -> None:
        if self.requests is not None:
            self.requests.reload()  # drafts are listed with the officer's requests

    @Slot(str, str)
    def on_report_error(self, resource_id: str, item: str) -> None:
        """The catalog's "Report an error…": the feedback form for that entry, with the data
        item preselected when it came from one (R20)."""
        workspace = self.workspace
        if workspace is None:
            self._show_message(QCoreApplication.translate(
                "Desk", "Sync once before reporting doubtful data."))
            return
        task = self.tasks.submit("feedback-resource", lambda _c: workspace.resource(resource_id))
        task.deliver_to(self, lambda resource: self.on_feedback_resource(resource, item))

    def on_feedback_resource(self, resource: Resource | None, item: str) -> None:
        if resource is None or self.feedback is None:
            self._show_message(QCoreApplication.translate(
                "Desk", "This catalog entry is not in the local copy; sync and try again."))
            return
        form = FeedbackForm(self.feedback.feedback, self.tasks, resource, data_item=item,
                            language=self._language(), parent=self.window)
        form.message.connect(self._show_message)
        form.submitted.connect(self._queued)
        page = self.feedback
        form.draft_saved.connect(lambda _draft: page.reload())  # drafts are listed there
        form.finished.connect(form.deleteLater)
        self.feedback_form = form
        form.open()

    def forget(self) -> None:
        """Drop the open forms (the window that holds them is being destroyed)."""
        self.form = None
        self.feedback_form = None
