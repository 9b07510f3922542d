"""The first window while the full client is being built: product name, version, the session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from app import __version__


class StartWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("ShareDesk — government information resource sharing"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("Government information resource sharing client"), body)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 20pt;")
        version = QLabel(self.tr("Version %1").replace("%1", __version__), body)
        version.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.session_label = QLabel(body)
        self.session_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.session_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        layout.addWidget(version)
        layout.addWidget(self.session_label)
        self.setCentralWidget(body)
        self.resize(640, 400)

    def show_demo_session(self, url: str, username: str) -> None:
        self.session_label.setText(
            self.tr("Demo platform at %1 — account: %2")
            .replace("%1", url)
            .replace("%2", username)
        )
