"""Test configuration shared by the whole suite.

Qt runs headless: the platform is forced to ``offscreen`` before anything imports Qt, so the
suite behaves the same on a developer's desktop, in CI and over SSH.
"""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
