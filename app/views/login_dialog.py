"""The sign-in dialog: server, username, password, "remember me", and the way in when offline.

Thin: every step (keyring probe, login, remembered session, offline copy) is a method of
:class:`~app.signin.SignInService` run through the :class:`~app.tasks.TaskRunner`, so neither the
network nor the keyring ever blocks the window. Problems are said in words, never as a
traceback (the texts: :mod:`app.views.login_messages`). When the platform cannot be
reached and this computer holds a copy of the account, the dialog names whose copy it is and
opens it offline once the officer confirms that is them (docs/decisions.md, "Opening offline").

With ``session`` given the dialog signs an open session in again (its login ended): server and
username are fixed, and "Keep working offline" leaves the queue as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.signin import CachedAccount, NoRememberedSession, SignedIn, SignInRequest, SignInService
from app.sync.credentials import KeyringHealth
from app.sync.problems import AuthExpired, Locked, NetworkUnavailable, Unauthorized
from app.tasks import Task, TaskRunner
from app.views.login_messages import describe_problem, offline_offer


class LoginDialog(QDialog):
    """Signs the officer in; emits ``signed_in(SignedIn)`` and accepts when done."""

    signed_in = Signal(object)

    def __init__(self, service: SignInService, tasks: TaskRunner, *, server_url: str = "",
                 username: str = "", remember: bool = False, resume: bool = False,
                 session: SignedIn | None = None,
                 language: Callable[[], str] = lambda: "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self._service = service
        self._tasks = tasks
        self._session = session
        self._language = language
        self._task: Task | None = None
        self._offline_account: CachedAccount | None = None
        self._offline_since: datetime | None = None
        self._keyring: KeyringHealth | None = None
        self._cancelled = False
        self._build()
        locked = service.settings.is_locked("server_url") and bool(service.settings.server_url)
        if session is not None:
            self.server_field.setText(session.server_url)
            self.user_field.setText(session.username)
            self.user_field.setReadOnly(True)
            self.server_field.setReadOnly(True)
            remember = session.remember
        else:
            self.server_field.setText(service.settings.server_url if locked else server_url)
            self.user_field.setText(username)
            self.server_field.setReadOnly(locked)
        self.form.setRowVisible(self.locked_note, locked)
        self.remember_box.setChecked(remember)
        self.retranslate()
        self._probe_keyring()
        server = self.server_field.text().strip()
        if resume and session is None and server and username:
            self._start(self.tr("Signing in with the session remembered on this computer…"),
                        "resume", lambda _c: service.resume(server, username),
                        self.on_resume_failed)
        self._focus_first_empty()

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("DialogHeading")
        self.server_field = QLineEdit(self)
        self.server_field.setObjectName("ServerUrl")
        self.locked_note = QLabel(self)
        self.locked_note.setObjectName("LockedNote")
        self.locked_note.setWordWrap(True)
        self.user_field = QLineEdit(self)
        self.user_field.setObjectName("Username")
        self.password_field = QLineEdit(self)
        self.password_field.setObjectName("Password")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self)
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("KeyringNote")
        self.keyring_note.setWordWrap(True)
        self._build_messages()
        self._build_layout()

    def _build_messages(self) -> None:
        self.error_label = QLabel(self)
        self.error_label.setObjectName("ErrorText")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.offline_label = QLabel(self)
        self.offline_label.setWordWrap(True)
        self.offline_button = QPushButton(self)
        self.offline_button.setObjectName("OpenOffline")
        self.offline_button.clicked.connect(self.on_open_offline)
        self.offline_label.hide()
        self.offline_button.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_sign_in)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:
        self.server_label = QLabel(self)
        self.server_label.setBuddy(self.server_field)
        self.user_label = QLabel(self)
        self.user_label.setBuddy(self.user_field)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password_field)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.server_label, self.server_field)
        self.form.addRow("", self.locked_note)
        self.form.addRow(self.user_label, self.user_field)
        self.form.addRow(self.password_label, self.password_field)
        self.form.addRow("", self.remember_box)
        self.form.addRow("", self.keyring_note)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.offline_label)
        layout.addWidget(self.offline_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def retranslate(self) -> None:
        if self._session is None:
            self.setWindowTitle(self.tr("Sign in — ShareDesk"))
            self.heading.setText(self.tr("Sign in to the government information sharing platform"))
            self.cancel_button.setText(self.tr("Cancel"))
        else:
            self.setWindowTitle(self.tr("Sign in again — ShareDesk"))
            self.heading.setText(self.tr(
                "Your sign-in has ended. Enter your password to continue; everything queued "
                "in the outbox is kept."))
            self.cancel_button.setText(self.tr("Keep working offline"))
        self.server_label.setText(self.tr("&Server:"))
        self.user_label.setText(self.tr("&Username:"))
        self.password_label.setText(self.tr("&Password:"))
        self.server_field.setPlaceholderText("https://")
        self.locked_note.setText(self.tr("Set by your IT department; it cannot be changed here."))
        self.remember_box.setText(self.tr("&Remember me on this computer"))
        self.remember_box.setToolTip(self.tr(
            "Keeps only a sign-in token in the system keyring, never your password (R23)."))
        self.sign_in_button.setText(self.tr("Sign &in"))
        self._draw_keyring()
        if self._offline_account is not None:
            self._draw_offline_offer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _focus_first_empty(self) -> None:
        for field in (self.server_field, self.user_field, self.password_field):
            if not field.text() and not field.isReadOnly():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.password_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------------- the keyring

    def _probe_keyring(self) -> None:
        service = self._service  # never the dialog itself in a worker's closure (see _start)
        task = self._tasks.submit("keyring-health", lambda _c: service.keyring_health())
        task.succeeded.connect(self.on_keyring_health)

    @Slot(object)
    def on_keyring_health(self, health: KeyringHealth) -> None:
        self._keyring = health
        if not health.available:
            self.remember_box.setChecked(False)
            self.remember_box.setEnabled(False)
        self._draw_keyring()

    def _draw_keyring(self) -> None:
        health = self._keyring
        unavailable = health is not None and not health.available
        if health is not None and unavailable:
            self.keyring_note.setText(self.tr("“Remember me” is not available: %1")
                                      .replace("%1", health.message(self._language())))
        self.form.setRowVisible(self.keyring_note, unavailable)

    # ------------------------------------------------------------------------- signing in

    def _busy(self, message: str | None) -> None:
        working = message is not None
        self.busy.setVisible(working)
        self.sign_in_button.setEnabled(not working)
        self.offline_button.setEnabled(not working)
        for field in (self.server_field, self.user_field, self.password_field):
            field.setEnabled(not working)
        if working:
            self._say(message or "", error=False)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.error_label.setProperty("tone", "error" if error else "info")
        self.error_label.style().polish(self.error_label)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _start(self, message: str, name: str, function: Callable[[object], object],
               on_failed: Callable[[Exception], None]) -> None:
        """Run ``function`` in a worker. It must not hold the dialog: a worker dropping the last
        reference to a widget would destroy it off the GUI thread."""
        self._busy(message)
        task = self._tasks.submit(name, function)  # type: ignore[arg-type]
        self._task = task
        task.succeeded.connect(self.on_signed_in)
        task.failed.connect(on_failed)

    @Slot()
    def on_sign_in(self) -> None:
        server = self.server_field.text().strip()
        username = self.user_field.text().strip()
        password = self.password_field.text()
        if not server or not username or not password:
            self._say(self.tr("Enter the server address, your username and your password."))
            self._focus_first_empty()
            return
        self._offline_account = None
        self.offline_label.hide()
        self.offline_button.hide()
        remember = self.remember_box.isChecked()
        service, session = self._service, self._session
        request = SignInRequest(server, username, password, remember)

        def function(_context: object) -> SignedIn:
            if session is not None:
                return service.reauthenticate(session, request.password, request.remember)
            return service.sign_in(request)

        self._start(self.tr("Signing in…"), "sign-in", function, self.on_sign_in_failed)

    @Slot(object)
    def on_signed_in(self, signed_in: SignedIn) -> None:
        self._task = None
        if self._cancelled:
            if self._session is None:
                signed_in.close()  # the officer gave up meanwhile: nothing stays open
            return
        self._busy(None)
        self.password_field.clear()
        self.signed_in.emit(signed_in)
        self.accept()

    def reject(self) -> None:
        self._cancelled = True
        if self._task is not None:
            self._task.cancel()
        super().reject()

    @Slot(object)
    def on_resume_failed(self, error: Exception) -> None:
        self._task = None
        self._busy(None)
        if isinstance(error, NoRememberedSession):
            self._say("")
        elif isinstance(error, AuthExpired):
            self._say(self.tr("The session remembered on this computer has ended. "
                              "Please sign in with your password."))
        else:
            self.on_sign_in_failed(error)
        self._focus_first_empty()

    @Slot(object)
    def on_sign_in_failed(self, error: Exception) -> None:
        self._task = None
        self._busy(None)
        self._say(self.describe(error))
        if isinstance(error, Unauthorized | Locked):
            self.password_field.selectAll()
            self.password_field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(error, NetworkUnavailable):
            self._offline_since = datetime.now(UTC)
            self._look_for_local_copy()

    def describe(self, error: Exception) -> str:
        """The officer-facing words for a sign-in problem (see :mod:`app.views.login_messages`)."""
        return describe_problem(error, self.server_field.text().strip(),
                                self._language().startswith("en"))

    # ------------------------------------------------------------------------------ offline

    def _look_for_local_copy(self) -> None:
        if self._session is not None:
            return  # already working on the local copy
        server, username = self.server_field.text().strip(), self.user_field.text().strip()
        service = self._service
        task = self._tasks.submit(
            "local-copy", lambda _c: service.cached_account(server, username))
        task.succeeded.connect(self.on_local_copy)

    @Slot(object)
    def on_local_copy(self, account: CachedAccount | None) -> None:
        self._offline_account = account
        if account is not None:
            self._draw_offline_offer()

    def _draw_offline_offer(self) -> None:
        account = self._offline_account
        if account is None:
            return
        self.offline_label.setText(offline_offer(account))
        self.offline_button.setText(self.tr("This is me — &open offline"))
        self.offline_label.show()
        self.offline_button.show()

    @Slot()
    def on_open_offline(self) -> None:
        account = self._offline_account
        if account is None:
            return
        since = self._offline_since or datetime.now(UTC)
        service = self._service
        self._start(self.tr("Opening the local copy…"), "open-offline",
                    lambda _c: service.open_offline(account.server_url, account.username, since),
                    self.on_sign_in_failed)
