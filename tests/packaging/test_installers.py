"""The Linux package layout (built for real into the test's folder from a stand-in bundle, no
dpkg needed) and the Windows installer recipe (read as text: Inno Setup is not on Linux).

Expected values come from the packaging issue: the UOS app-store layout under
``/opt/apps/<appid>``, the libraries Qt's xcb plugin needs, a Chinese font, and IT's
deployment file in ProgramData where users may read but not write.
"""

from __future__ import annotations

import configparser
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "cn.gov.sharedesk"
XCB_LIBRARIES = ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1",
                 "libxcb-shape0", "libxcb-render-util0", "libxcb-image0", "libegl1",
                 "libfontconfig1", "libdbus-1-3")


def load(name: str) -> ModuleType:
    """``packaging/`` is not importable by name (PyPI's ``packaging`` owns it)."""
    spec = importlib.util.spec_from_file_location(
        f"sharedesk_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def staged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    build_deb = load("build_deb")
    bundle = tmp_path_factory.mktemp("bundle")
    (bundle / "sharedesk").write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / "_internal").mkdir()
    staging = tmp_path_factory.mktemp("deb") / "root"
    return build_deb.layout(bundle, staging, __version__, "amd64")


def test_uos_layout_with_bundle_entries_icons_and_info(staged: Path) -> None:
    app_root = staged / "opt" / "apps" / APP_ID
    assert (app_root / "files" / "sharedesk").is_file()
    assert (app_root / "entries" / "applications" / f"{APP_ID}.desktop").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon = app_root / "entries" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        png = (icon / f"{APP_ID}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png[16:20], "big") == size  # IHDR width
    info = json.loads((app_root / "info").read_text(encoding="utf-8"))
    assert info["appid"] == APP_ID
    assert info["version"] == __version__
    assert info["arch"] == ["amd64"]
    assert info["name"]
    assert isinstance(info["permissions"], dict)
    link = staged / "usr" / "bin" / "sharedesk"
    assert str(link.readlink()) == f"/opt/apps/{APP_ID}/files/sharedesk"


def test_the_desktop_entry_starts_the_bundle_with_its_icon(staged: Path) -> None:
    entry = staged / "opt" / "apps" / APP_ID / "entries" / "applications" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(entry.read_text(encoding="utf-8"))
    desktop = parser["Desktop Entry"]
    assert desktop["Exec"] == f"/opt/apps/{APP_ID}/files/sharedesk"
    assert desktop["Icon"] == APP_ID
    assert desktop["Name[zh_CN]"] == "政务信息资源共享客户端"
    assert desktop["Terminal"] == "false"


def test_control_depends_on_what_the_xcb_plugin_and_chinese_text_need(staged: Path) -> None:
    fields = dict(line.split(": ", 1) for line in
                  (staged / "DEBIAN" / "control").read_text(encoding="utf-8").splitlines()
                  if ": " in line and not line.startswith(" "))
    assert fields["Package"] == APP_ID
    assert fields["Version"] == __version__
    depends = [part.strip() for part in fields["Depends"].split(",")]
    for library in XCB_LIBRARIES:
        assert library in depends
    assert "fonts-noto-cjk | fonts-wqy-microhei" in depends
    for script in ("postinst", "postrm"):
        assert (staged / "DEBIAN" / script).stat().st_mode & 0o755 == 0o755


ISS = ROOT / "packaging" / "windows" / "sharedesk.iss"


def test_inno_script_installs_per_machine_with_a_start_menu_entry() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Inno Setup 6 reads the Chinese right
    text = raw.decode("utf-8-sig")
    assert "PrivilegesRequired=admin" in text
    assert "DefaultDirName={autopf}\\" in text
    assert 'Name: "{autoprograms}\\' in text
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/DIR=", "/CONFIG="):
        assert switch in text


def test_inno_script_puts_the_deployment_file_where_the_app_reads_it_read_only() -> None:
    text = ISS.read_bytes().decode("utf-8-sig")
    line = next(line for line in text.splitlines() if line.startswith('Source: "{param:CONFIG}"'))
    assert 'DestDir: "{commonappdata}\\ShareDesk"' in line
    assert 'DestName: "deployment.ini"' in line
    assert "Permissions: users-readexec admins-full" in text
    assert "*S-1-5-32-545:(OI)(CI)RX" in text  # users read/execute, inheritance replaced
