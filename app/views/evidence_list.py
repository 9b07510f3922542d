"""A list of evidence files with Add… and Remove, each file checked before it is listed.

Files are chosen with a file picker and checked in a worker against the platform's limits
(10 MB; PDF, PNG, JPEG, OFD, DOCX or XLSX by content — :mod:`app.sync.evidence`): the accepted
ones are listed with their size, the refused ones named with the reason in :attr:`refusals`
(in the officer's language) until the list changes again. Only paths are kept here; the bytes
are read when the form is submitted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import DomainError
from app.sync.evidence import CheckedFile, megabytes
from app.sync.workspace_types import AttachmentRef
from app.tasks import TaskRunner

_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    return f"{megabytes(size)} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


class EvidenceList(QWidget):
    changed = Signal()  # files added or removed (or refused)
    checked = Signal()  # the files last chosen were checked

    def __init__(self, check: Callable[[str], CheckedFile], tasks: TaskRunner, *,
                 language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.tasks = tasks
        self.language = language
        self.refusals: list[str] = []
        self.files = QListWidget(self)
        self.files.setObjectName("attachments")
        self.files.setMaximumHeight(84)
        self.add_files = QPushButton(self)
        self.add_files.clicked.connect(self.on_add_files)
        self.remove_files = QPushButton(self)
        self.remove_files.clicked.connect(self.on_remove_files)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files, 1, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.addWidget(self.add_files)
        side.addWidget(self.remove_files)
        side.addStretch(1)
        layout.addLayout(side)
        self.setFocusProxy(self.files)
        self.retranslate()

    def refs(self) -> tuple[AttachmentRef, ...]:
        rows = (self.files.item(i) for i in range(self.files.count()))
        return tuple(r.data(_ROLE) for r in rows)

    def set_refs(self, refs: Sequence[AttachmentRef]) -> None:
        self.files.clear()
        for ref in refs:
            self._add_ref(ref)

    def _add_ref(self, ref: AttachmentRef) -> None:
        size = "" if ref.size is None else f" ({size_text(ref.size)})"
        entry = QListWidgetItem(f"{ref.filename}{size}")
        entry.setData(_ROLE, ref)
        entry.setToolTip(ref.path or ref.filename)
        self.files.addItem(entry)

    @Slot()
    def on_add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach evidence"), "",
            self.tr("Evidence (*.pdf *.png *.jpg *.jpeg *.ofd *.docx *.xlsx);;All files (*)"))
        self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        """Check each file in a worker; the accepted ones are listed, the others named."""
        if not paths:
            return
        check = self.check

        def run(_ctx: object) -> list[CheckedFile | DomainError]:
            found: list[CheckedFile | DomainError] = []
            for path in paths:
                try:
                    found.append(check(path))
                except DomainError as refused:
                    found.append(refused)
            return found

        task = self.tasks.submit("check-evidence", run)
        task.succeeded.connect(self.on_checked)

    @Slot(object)
    def on_checked(self, found: list[CheckedFile | DomainError]) -> None:
        self.refusals = [f.message(self.language) for f in found if isinstance(f, DomainError)]
        for checked in found:
            if isinstance(checked, CheckedFile):
                self._add_ref(AttachmentRef(checked.filename, path=checked.path,
                                            size=checked.size))
        self.changed.emit()
        self.checked.emit()

    @Slot()
    def on_remove_files(self) -> None:
        for entry in self.files.selectedItems():
            self.files.takeItem(self.files.row(entry))
        self.refusals = []
        self.changed.emit()

    def retranslate(self) -> None:
        self.add_files.setText(self.tr("&Add…"))
        self.add_files.setToolTip(self.tr(
            "PDF, PNG, JPEG, OFD, DOCX or XLSX, at most 10 MB each"))
        self.remove_files.setText(self.tr("Re&move"))
        self.files.setAccessibleName(self.tr("Evidence files"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
