"""The first window while the full client is being built: product name, version, what is ready."""

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
        layout.addWidget(title)
        layout.addWidget(version)
        self.setCentralWidget(body)
        self.resize(640, 400)
