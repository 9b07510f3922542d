"""Settings: language, sync interval, proxy and CA file, the data folder, and diagnostics.

The dialog only edits: on OK it emits ``applied(changes)`` with the keys that changed, and the
composition root saves them and puts them into effect (the language at once, without a restart;
the interval at once; proxy and CA file at the next sign-in). Keys the deployment configuration
locks are shown disabled with a note that the IT department set them. "Export diagnostics…"
writes the report of :mod:`app.diagnostics` through the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import MAX_SYNC_MINUTES, MIN_SYNC_MINUTES, Settings
from app.tasks import TaskRunner

# Each language is named in its own words, so it can be found whatever is showing now.
LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))
Exporter = Callable[[Path], Path]


class SettingsDialog(QDialog):
    """Edits the officer's settings; emits ``applied(dict)`` with what changed on OK."""

    applied = Signal(dict)
    exported = Signal(str)

    def __init__(self, settings: Settings, data_folder: Path, tasks: TaskRunner, *,
                 language: str, export: Exporter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self._settings = settings
        self._data_folder = data_folder
        self._tasks = tasks
        self._export = export
        self._language = language
        self._build()
        self._fill()
        self.retranslate()

    # --------------------------------------------------------------------------- build

    def _build(self) -> None:
        self.language_box = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self.interval_box = QSpinBox(self)
        self.interval_box.setRange(MIN_SYNC_MINUTES, MAX_SYNC_MINUTES)
        self.proxy_field = QLineEdit(self)
        self.proxy_field.setPlaceholderText("http://proxy.example.gov.cn:8080")
        self.ca_field = QLineEdit(self)
        self.ca_browse = QPushButton(self)
        self.ca_browse.clicked.connect(self.on_browse_ca)
        self._ca_row = ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_field, 1)
        ca_row.addWidget(self.ca_browse)
        self.locked_note = QLabel(self)
        self.locked_note.setObjectName("LockedNote")
        self.locked_note.setWordWrap(True)
        self.network_note = QLabel(self)
        self.network_note.setObjectName("HintText")
        self.network_note.setWordWrap(True)
        self.data_field = QLineEdit(self)
        self.data_field.setReadOnly(True)
        self.open_folder = QPushButton(self)
        self.open_folder.clicked.connect(self.on_open_folder)
        self._data_row = data_row = QHBoxLayout()
        data_row.addWidget(self.data_field, 1)
        data_row.addWidget(self.open_folder)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.export_button.setEnabled(self._export is not None)
        self.message = QLabel(self)
        self.message.setObjectName("ErrorText")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self._build_layout()

    def _build_layout(self) -> None:
        self.language_label, self.interval_label = QLabel(self), QLabel(self)
        self.proxy_label, self.ca_label, self.data_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in ((self.language_label, self.language_box),
                             (self.interval_label, self.interval_box),
                             (self.proxy_label, self.proxy_field),
                             (self.ca_label, self.ca_field), (self.data_label, self.data_field)):
            label.setBuddy(field)
        self.general = QGroupBox(self)
        general = QFormLayout(self.general)
        general.addRow(self.language_label, self.language_box)
        general.addRow(self.interval_label, self.interval_box)
        self.network = QGroupBox(self)
        network = QFormLayout(self.network)
        network.addRow(self.proxy_label, self.proxy_field)
        network.addRow(self.ca_label, self._ca_row)
        network.addRow(self.locked_note)
        network.addRow(self.network_note)
        self.storage = QGroupBox(self)
        storage = QFormLayout(self.storage)
        storage.addRow(self.data_label, self._data_row)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        storage.addRow("", export_row)
        for form in (general, network, storage):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for part in (self.general, self.network, self.storage, self.message):
            layout.addWidget(part)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _fill(self) -> None:
        settings = self._settings
        index = self.language_box.findData(self._language)
        self.language_box.setCurrentIndex(max(0, index))
        self.interval_box.setValue(settings.sync_interval_minutes)
        self.proxy_field.setText(settings.proxy)
        self.ca_field.setText(settings.ca_file)
        self.data_field.setText(str(self._data_folder))
        self.data_field.setCursorPosition(0)
        for key, widgets in self._editors().items():
            for widget in widgets:
                widget.setEnabled(not settings.is_locked(key))
        self.locked_note.setVisible(bool(self.locked_keys()))

    def _editors(self) -> dict[str, tuple[QWidget, ...]]:
        return {
            "language": (self.language_box,),
            "sync_interval_minutes": (self.interval_box,),
            "proxy": (self.proxy_field,),
            "ca_file": (self.ca_field, self.ca_browse),
        }

    def locked_keys(self) -> list[str]:
        return [key for key in self._editors() if self._settings.is_locked(key)]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings — ShareDesk"))
        self.general.setTitle(self.tr("General"))
        self.network.setTitle(self.tr("Network"))
        self.storage.setTitle(self.tr("Local data"))
        self.language_label.setText(self.tr("&Language:"))
        self.interval_label.setText(self.tr("S&ync every:"))
        self.interval_box.setSuffix(self.tr(" min"))
        self.proxy_label.setText(self.tr("&Proxy:"))
        self.ca_label.setText(self.tr("Extra &CA file:"))
        self.ca_browse.setText(self.tr("&Browse…"))
        self.data_label.setText(self.tr("Data folder:"))
        self.open_folder.setText(self.tr("Open &folder"))
        self.export_button.setText(self.tr("&Export diagnostics…"))
        self.export_button.setToolTip(self.tr(
            "Writes versions, paths, the local store's counts and the last sync errors for your "
            "IT department. No passwords, tokens or personal data."))
        self.locked_note.setText(self.tr("Greyed-out settings are locked by your IT department."))
        self.network_note.setText(self.tr(
            "Proxy and CA file take effect the next time you sign in. The system's trusted "
            "certificates are always used as well."))
        for key, widgets in self._editors().items():
            tip = self.tr("Locked by your IT department.") if self._settings.is_locked(key) \
                else ""
            for widget in widgets:
                widget.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------------- actions

    def changes(self) -> dict[str, Any]:
        """What the officer changed, without the locked keys."""
        settings = self._settings
        wanted: dict[str, Any] = {
            "language": str(self.language_box.currentData()),
            "sync_interval_minutes": self.interval_box.value(),
            "proxy": self.proxy_field.text().strip(),
            "ca_file": self.ca_field.text().strip(),
        }
        current: dict[str, Any] = {
            "language": self._language,
            "sync_interval_minutes": settings.sync_interval_minutes,
            "proxy": settings.proxy, "ca_file": settings.ca_file,
        }
        return {key: value for key, value in wanted.items()
                if value != current[key] and not settings.is_locked(key)}

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setProperty("tone", "error" if error else "info")
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot()
    def on_accepted(self) -> None:
        changes = self.changes()
        ca_file = changes.get("ca_file")
        if ca_file and not Path(ca_file).is_file():
            self._say(self.tr("The CA file %1 does not exist.").replace("%1", ca_file),
                      error=True)
            self.ca_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if changes:
            self.applied.emit(changes)
        self.accept()

    @Slot()
    def on_browse_ca(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CA certificate"), self.ca_field.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if chosen:
            self.ca_field.setText(chosen)

    @Slot()
    def on_open_folder(self) -> None:
        self._data_folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_folder)))

    @Slot()
    def on_export_clicked(self) -> None:
        suggested = str(Path.home() / "sharedesk-diagnostics.json")
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export diagnostics"), suggested, self.tr("JSON report (*.json)"))
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        """Write the diagnostics report to ``target`` in a worker; say where when done."""
        export = self._export
        if export is None:
            return
        self.export_button.setEnabled(False)
        self._say(self.tr("Writing the diagnostics report…"), error=False)
        task = self._tasks.submit("diagnostics", lambda _c: export(target))
        task.succeeded.connect(self.on_exported)
        task.failed.connect(self.on_export_failed)

    @Slot(object)
    def on_exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("Diagnostics written to %1.").replace("%1", str(path)), error=False)
        self.exported.emit(str(path))

    @Slot(object)
    def on_export_failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        detail = error.strerror if isinstance(error, OSError) and error.strerror else \
            type(error).__name__
        self._say(self.tr("The diagnostics report could not be written: %1").replace(
            "%1", str(detail)), error=True)
