"""Composition root: the one place that builds the Qt application and wires its parts.

Nothing else constructs stores, clients, engines or windows; they receive what they need from
here (and from :mod:`app.desk`, the half that exists once somebody signed in). The flow:

* ``sharedesk`` — the configuration, the language and the style sheet, then the login dialog
  (:class:`~app.views.login_dialog.LoginDialog`), which resumes a remembered session by itself;
* ``sharedesk --demo`` — the embedded demo platform starts in a worker while the account
  chooser shows; the chosen account signs in with the demo password through the *same*
  :meth:`ShareDesk.on_signed_in` as a typed login; its ShareDesk menu gets "Demo: network
  off", which stops the embedded platform and starts it again on the same URL (issue 5);
* signed in → :class:`~app.desk.Desk` (store, engine, sync controller, pages, main window);
  a damaged store was recovered on the way, and the officer is told what was kept;
* the login ends while working → the login dialog again, over the window, the outbox intact;
* quit → sync stopped, every worker joined, the session and the demo closed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import PySide6
import shiboken6
from PySide6.QtCore import QObject, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__
from app.config import ConfigError, ConfigPaths, Configuration, Settings
from app.demo import DEMO_PASSWORD, DemoPlatform, DemoUnavailable, start_demo_platform
from app.desk import Desk
from app.diagnostics import DiagnosticsInput, write_report
from app.i18n import LanguageSwitcher, translations_folder
from app.signin import SignedIn, SignInRequest, SignInService
from app.sync import paths
from app.sync.store_recovery import RecoveryReport
from app.tasks import TaskContext, TaskRunner
from app.views.demo_chooser import DemoChooser
from app.views.login_dialog import LoginDialog
from app.views.settings_dialog import SettingsDialog

STYLE_SHEET = "style.qss"


def resources_folder() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    return translations_folder().parent / "resources"


def load_style_sheet(application: QApplication) -> bool:
    """Apply ``resources/style.qss``; False (and Qt's own look) when it is missing."""
    try:
        text = (resources_folder() / STYLE_SHEET).read_text(encoding="utf-8")
    except OSError:
        return False
    icons = (resources_folder() / "icons").as_posix()
    application.setStyleSheet(text.replace("@ICONS@", icons))
    return True


class ShareDesk(QObject):
    """The running client: configuration, language, workers, and the desk once signed in."""

    desk_opened = Signal(object)  # Desk
    quit_requested = Signal()

    def __init__(self, configuration: Configuration, settings: Settings,
                 languages: LanguageSwitcher, *, data_dir: str | None = None,
                 tasks: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.configuration = configuration
        self.settings = settings
        self.languages = languages
        self.data_dir = data_dir
        self.tasks = tasks or TaskRunner()
        self.service = SignInService(settings, data_dir)
        self.demo: DemoPlatform | None = None
        self.desk: Desk | None = None
        self.dialogs: list[QWidget] = []  # top-level dialogs kept alive while shown
        self._reauth: LoginDialog | None = None
        self.notice: QMessageBox | None = None  # the last message shown (repair, failure)
        self._demo_data: tempfile.TemporaryDirectory[str] | None = None
        self._closed = False

    def language(self) -> str:
        return self.languages.language

    @staticmethod
    def _notify(parent: QWidget | None, title: str, text: str,
                icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
        """A message that does not block the event loop (syncing goes on behind it)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("Notice")
        box.open()
        return box

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_: self.dialogs.remove(dialog)
                                 if dialog in self.dialogs else None)

    # --------------------------------------------------------------------------- login

    def start_login(self) -> LoginDialog:
        """The login dialog, prefilled from the last session (and resuming it if remembered)."""
        state = self.configuration.load_state()
        remember = bool(state.get("remember"))
        dialog = LoginDialog(
            self.service, self.tasks, server_url=str(state.get("server_url") or
                                                     self.settings.server_url),
            username=str(state.get("username") or ""), remember=remember, resume=remember,
            language=self.language)
        dialog.signed_in.connect(self.on_signed_in)
        dialog.rejected.connect(self.quit_requested)
        self._keep(dialog)
        dialog.show()
        return dialog

    @Slot(object)
    def on_signed_in(self, session: SignedIn) -> None:
        """Every way in ends here: a typed login, a remembered one, the demo, offline."""
        if self.demo is None:
            self.configuration.save_state({**self.configuration.load_state(),
                                           "server_url": session.server_url,
                                           "username": session.username,
                                           "remember": session.remember})
        self.open_desk(session)

    def open_desk(self, session: SignedIn) -> Desk:
        desk = Desk(session, self.tasks, interval_minutes=self.settings.sync_interval_minutes,
                    language=self.language, parent=self)
        self.desk = desk
        desk.controller.auth_expired.connect(self.on_auth_expired)
        desk.settings_requested.connect(self.open_settings)
        desk.quit_requested.connect(self.quit_requested)
        desk.window.closing.connect(self.quit_requested)
        if self.demo is not None:
            desk.desk_menu.add_demo_network().toggled.connect(self.on_demo_network)
        desk.start()
        if session.recovery is not None:
            self.notice = self._notify(desk.window, self.tr("Local data repaired"),
                                       self._recovery_text(session.recovery))
        if session.remember and session.keyring is not None and not session.keyring.available:
            desk.show_message(session.keyring.message(self.language()))
        self.desk_opened.emit(desk)
        return desk

    def _recovery_text(self, report: RecoveryReport) -> str:
        """Whole sentences, one per line (plural forms per count; no sentence glued in code)."""
        lines = [self.tr("The local data file was damaged and has been rebuilt."),
                 self.tr("%n queued item(s) were kept.", "", report.outbox_kept)]
        if report.outbox_lost:
            lines.append(self.tr("%n queued item(s) could not be read.", "", report.outbox_lost))
        lines.append(self.tr("Everything else is being synchronised again from the platform."))
        lines.append(self.tr("The damaged file was kept at %1.").replace(
            "%1", str(report.moved_to)))
        return "\n".join(lines)

    @Slot()
    def on_auth_expired(self) -> None:
        """The login ended: sign in again over the window; the outbox stays as it is."""
        desk = self.desk
        if desk is None or self._reauth is not None:
            return
        dialog = LoginDialog(self.service, self.tasks, session=desk.session,
                             language=self.language, parent=desk.window)
        self._reauth = dialog
        dialog.signed_in.connect(lambda _session: desk.controller.resume())
        dialog.finished.connect(self._forget_reauth)
        dialog.open()

    @Slot()
    def _forget_reauth(self) -> None:
        if self._reauth is not None:
            self._reauth.deleteLater()
        self._reauth = None

    # ---------------------------------------------------------------------------- demo

    def start_demo(self) -> DemoChooser:
        """Show the account chooser at once; the platform starts in a worker meanwhile."""
        chooser = DemoChooser(self.language())
        task = self.tasks.submit("demo-platform", _start_platform)

        def on_ready(platform: DemoPlatform) -> None:
            if self._closed:
                platform.stop()
                return
            self.demo = platform
            chooser.on_platform_ready(platform.accounts)

        def on_failed(error: Exception) -> None:
            if isinstance(error, DemoUnavailable):
                english = self.language().startswith("en")
                chooser.on_platform_failed(error.message_en if english else error.message_zh)
            else:
                chooser.on_platform_failed(type(error).__name__)

        task.succeeded.connect(on_ready)
        task.failed.connect(on_failed)
        chooser.account_chosen.connect(self.on_demo_account)
        chooser.rejected.connect(self.quit_requested)
        self._keep(chooser)
        chooser.show()
        return chooser

    @Slot(str)
    def on_demo_account(self, username: str) -> None:
        """Sign the chosen demo account in, then on exactly as after a typed login."""
        if self.demo is None:
            return
        folder = self.data_dir
        if folder is None:  # the demo's accounts are throw-away: so is their local data
            self._demo_data = tempfile.TemporaryDirectory(prefix="sharedesk-demo-data-",
                                                           ignore_cleanup_errors=True)
            folder = self._demo_data.name
        service = SignInService(self.settings, folder, use_keyring=False)
        request = SignInRequest(self.demo.url, username, DEMO_PASSWORD, remember=False)
        task = self.tasks.submit("demo-sign-in", lambda _c: service.sign_in(request))
        task.succeeded.connect(self.on_signed_in)
        task.failed.connect(self.on_demo_sign_in_failed)

    @Slot(bool)
    def on_demo_network(self, off: bool) -> None:
        """Stop or restart the embedded platform in a worker (uvicorn takes a moment), then
        sync at once: the status bar turns offline, or the outbox drains, visibly."""
        demo, desk = self.demo, self.desk
        if demo is None or desk is None:
            return
        action = desk.desk_menu.demo_network_action
        if action is not None:
            action.setEnabled(False)  # one switch at a time
        task = self.tasks.submit("demo-network",
                                 lambda _c: demo.go_offline() if off else demo.go_online())
        task.succeeded.connect(lambda _result: self._sync_after_switch(desk))
        task.failed.connect(lambda error: desk.show_message(self.tr(
            "The demo platform could not be switched (%1).").replace("%1", type(error).__name__)))
        if action is not None:
            task.finished.connect(lambda: action.setEnabled(True))

    def _sync_after_switch(self, desk: Desk) -> None:
        if desk is not self.desk or self._closed:
            return
        controller = desk.controller
        if not controller.on_sync_requested() and controller.running:
            # A round that began before the switch ends on the old state: sync once more.
            def again(_when: object) -> None:
                controller.finished.disconnect(again)
                controller.on_sync_requested()
            controller.finished.connect(again)

    @Slot(object)
    def on_demo_sign_in_failed(self, error: Exception) -> None:
        self.notice = self._notify(None, self.tr("ShareDesk demo"), self.tr(
            "Signing in to the demo platform failed (%1).").replace("%1", type(error).__name__),
            QMessageBox.Icon.Warning)
        self.notice.finished.connect(self.quit_requested)

    # ------------------------------------------------------------------------ settings

    @Slot()
    def open_settings(self) -> SettingsDialog | None:
        desk = self.desk
        if desk is None:
            return None
        dialog = SettingsDialog(self.settings, self.data_folder(), self.tasks,
                                language=self.language(), export=self.diagnostics_exporter(),
                                parent=desk.window)
        dialog.applied.connect(self.apply_settings)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def data_folder(self) -> Path:
        if self.desk is not None:
            return self.desk.session.store.path.parent
        return paths.data_dir(self.data_dir)

    @Slot(dict)
    def apply_settings(self, changes: dict[str, Any]) -> None:
        """Save the officer's choices and put them into effect without a restart."""
        try:
            self.settings = self.configuration.save_user_settings(changes)
        except (ConfigError, PermissionError, KeyError) as error:
            text = error.message_en if isinstance(error, ConfigError) else str(error)
            if self.desk is not None:
                self.desk.show_message(text)
            return
        self.service.settings = self.settings
        if "language" in changes:
            self.languages.switch(self.settings.language)
            if self.desk is not None:
                self.desk.set_language(self.settings.language)
        if self.desk is not None and "sync_interval_minutes" in changes:
            self.desk.controller.set_interval(self.settings.sync_interval_minutes)

    def diagnostics_exporter(self) -> Any:
        """A function for a worker that writes the report; the GUI-side facts taken now."""
        desk = self.desk
        facts = DiagnosticsInput(
            settings=self.settings, configuration=self.configuration,
            data_dir=self.data_folder(), store=desk.session.store if desk else None,
            qt_version=qVersion(), pyside_version=PySide6.__version__,
            online=desk.controller.online if desk else None,
            offline_since=desk.controller.offline_since if desk else None,
            last_errors=tuple(desk.controller.last_errors) if desk else (),
            language=self.language())
        service = self.service

        def export(target: Path) -> Path:
            facts.keyring = service.keyring_health()
            return write_report(target, facts)

        return export

    # ----------------------------------------------------------------------------- quit

    @Slot()
    def close(self) -> None:
        """Stop syncing, join every worker, then close the session and the demo. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self.desk is not None:
            self.desk.stop()
        self.tasks.shutdown()
        if self._reauth is not None:
            self._reauth.deleteLater()
            self._reauth = None
        if self.desk is not None:
            self.desk.dispose()
            self.desk.session.close()
            shiboken6.delete(self.desk)
        if self.demo is not None:
            self.demo.stop()
            self.demo = None
        if self._demo_data is not None:
            self._demo_data.cleanup()
            self._demo_data = None


def _start_platform(context: TaskContext) -> DemoPlatform:
    context.progress(0, 1, "demo")
    return start_demo_platform()


def _configuration_problem(error: ConfigError) -> int:
    """A bad configuration file: said in a message box (and on stderr, or in the frozen log)."""
    text = f"{error.message_zh}\n{error.message_en}"
    if sys.stderr is not None:  # None in a windowed build without app.logfile
        sys.stderr.write(text + "\n")
    QMessageBox.critical(None, "ShareDesk", text.replace("\n", "\n\n"))
    return 2


def run_gui(args: argparse.Namespace) -> int:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(application, QApplication)
    application.setApplicationName("ShareDesk")
    application.setApplicationDisplayName("ShareDesk")
    application.setApplicationVersion(__version__)
    # Windows come and go (chooser, login, main window): quitting is decided here, explicitly.
    application.setQuitOnLastWindowClosed(False)
    load_style_sheet(application)
    configuration = Configuration(ConfigPaths.default())
    try:
        settings = configuration.load()
    except ConfigError as error:
        return _configuration_problem(error)
    languages = LanguageSwitcher(application)
    languages.switch(args.lang or settings.language)
    desk = ShareDesk(configuration, settings, languages, data_dir=args.data_dir)
    desk.quit_requested.connect(application.quit)
    application.aboutToQuit.connect(desk.close)
    if args.demo:
        desk.start_demo()
    else:
        desk.start_login()
    return application.exec()
