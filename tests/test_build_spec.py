"""Static checks of ``build.spec`` and the Windows version resource, without running PyInstaller.

The spec's data part (lists and the two filters) is executed as PyInstaller would, minus the
build; the build part is read as a syntax tree: onedir (EXE excludes the binaries, COLLECT
gathers them), windowed, no UPX. Expected names come from the issue: no server, no unused Qt
module, only qtbase zh_CN/en of Qt's translations, every keyring backend of the entry points.
"""

from __future__ import annotations

import ast
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    namespace: dict[str, Any] = {"SPECPATH": str(ROOT), "__name__": "spec"}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102
    return namespace


def calls(name: str) -> list[ast.Call]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id == name]


def keyword(call: ast.Call, name: str) -> Any:
    for item in call.keywords:
        if item.arg == name:
            return ast.literal_eval(item.value) if isinstance(item.value, ast.Constant) else item
    return None


def test_onedir_windowed_without_upx() -> None:
    executables = calls("EXE")
    assert executables, "the spec builds an executable"
    gui = executables[0]
    assert keyword(gui, "exclude_binaries") is True  # onedir: binaries go to COLLECT
    assert keyword(gui, "console") is False
    assert keyword(gui, "upx") is False
    assert len(calls("COLLECT")) == 1
    assert "onefile" in SPEC.read_text(encoding="utf-8")  # the reason is written down


@pytest.mark.parametrize("module", [
    "server", "fastapi", "uvicorn", "sqlalchemy", "pytest",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtQuick",
    "PySide6.QtQml", "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtPdf",
    "PySide6.QtDesigner",
])
def test_unused_modules_and_the_server_are_excluded(spec: dict[str, Any], module: str) -> None:
    assert module in spec["EXCLUDED_MODULES"]


def test_the_modules_the_client_uses_are_not_excluded(spec: dict[str, Any]) -> None:
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport",
            "PySide6.QtSvg", "keyring", "requests", "truststore", "sqlite_utils", "openpyxl"}
    assert not used & set(spec["EXCLUDED_MODULES"])


def test_every_keyring_backend_entry_point_is_a_hidden_import(spec: dict[str, Any]) -> None:
    backends = {point.value.split(":")[0] for point in entry_points(group="keyring.backends")}
    assert backends
    assert backends <= set(spec["HIDDEN_IMPORTS"])
    assert "keyring.backends.fail" in spec["HIDDEN_IMPORTS"]  # what "absent" is reported by


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),  # the self-test runs offscreen
    ("PySide6/qwindows.dll", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6QuickControls2.so.6", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6QmlModels.so.6", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("PySide6/Qt6Pdf.dll", False),
    ("PySide6/Qt6Quick.dll", False),
    ("PySide6/opengl32sw.dll", False),
    ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
])
def test_binary_filter(spec: dict[str, Any], dest: str, kept: bool) -> None:
    assert spec["keep_binary"](dest) is kept
    assert spec["keep_binary"](dest.replace("/", "\\")) is kept  # Windows spelling


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_zh_CN.qm", False),
    ("PySide6/Qt/translations/assistant_zh_CN.qm", False),
    ("PySide6/translations/qtbase_zh_CN.qm", True),  # Windows wheels put it here
    ("PySide6/translations/designer_zh_CN.qm", False),
    ("i18n/sharedesk_zh_CN.qm", True),
    ("resources/style.qss", True),
])
def test_data_filter_keeps_only_qtbase_zh_and_en(spec: dict[str, Any], dest: str,
                                                 kept: bool) -> None:
    assert spec["keep_data"](dest) is kept


def test_our_datas_carry_resources_and_both_catalogues(spec: dict[str, Any]) -> None:
    datas = spec["our_datas"]()
    assert (str(ROOT / "resources"), "resources") in datas
    catalogues = {Path(source).name for source, target in datas if target == "i18n"}
    assert catalogues == {"sharedesk_zh_CN.qm", "sharedesk_en.qm"}


def test_windows_version_resource_names_the_product_in_chinese(spec: dict[str, Any]) -> None:
    """Evaluated with recording stand-ins for PyInstaller's classes (pefile is Windows-only)."""
    strings: dict[str, str] = {}

    def record(name: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
            if name == "StringStruct":
                strings[args[0]] = args[1]
            return name, args, kwargs
        return make

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    text = Path(spec["VERSION_INFO"]).read_text(encoding="utf-8")
    info = eval(text, {name: record(name) for name in names})  # noqa: S307 - our own file
    assert info[0] == "VSVersionInfo"
    assert strings["ProductName"] == "ShareDesk 政务信息资源共享客户端"
    assert strings["ProductVersion"] == __version__
    assert strings["FileVersion"] == __version__
    fixed = info[2]["ffi"][2]
    numbers = tuple(int(part) for part in __version__.split("."))
    assert fixed["filevers"][:3] == numbers
    assert fixed["prodvers"][:3] == numbers
