"""The packaging files say what they must (packaging/): fast, no build.

The real proof is tools/check_bundle.sh (CI): it builds the Linux bundle and starts it.  Here:
the PyInstaller spec parses and its filters keep what the kiosk loads and drop the rest; the
.desktop files have the keys a desktop needs; the kiosk session script restarts a kiosk that
stopped and ends when staff closed it; the Inno Setup script has the desktop icon, the kiosk-mode
start and keeps the learners' data; build.ps1 runs the documented steps.
"""

from __future__ import annotations

import ast
import configparser
import os
import struct
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "telecentro.spec"
ISS = PACKAGING / "windows" / "telecentro.iss"


def spec_helpers(monkeypatch, platform: str = "linux") -> dict:
    """The spec's constants and functions: its code above ``a = Analysis(``, run with what
    PyInstaller would define (SPECPATH; collect_submodules, never called above that line)."""
    source = SPEC.read_text(encoding="utf-8")
    head = source[: source.index("\na = Analysis(")]
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda *args, **kwargs: []
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts the checkout first
    namespace = {"SPECPATH": str(PACKAGING), "__name__": "spec"}
    exec(compile(head, str(SPEC), "exec"), namespace)  # noqa: S102 - our own file
    return namespace


def test_the_spec_parses_and_builds_one_folder_from_the_cli_entry():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    calls = {node.func.id: node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= set(calls)  # COLLECT: one folder, not one file
    entry = PACKAGING / "telecentro_main.py"
    assert "telecentro_main.py" in ast.unparse(calls["Analysis"].args[0])
    entry_source = entry.read_text(encoding="utf-8")
    assert "from kiosk.cli import main" in entry_source and "freeze_support()" in entry_source


def test_the_spec_puts_lessons_assets_and_migrations_inside(monkeypatch):
    spec = spec_helpers(monkeypatch)
    assert set(spec["BUNDLED"]) == {"lessons", "assets", "db"}  # what kiosk/resources.py looks for
    from kiosk import resources

    assert set(spec["BUNDLED"]) == set(resources.BUNDLED)
    pairs = spec["data_folders"]()
    destinations = {Path(dest).as_posix() for _src, dest in pairs}
    sources = {Path(src).relative_to(ROOT).as_posix() for src, _dest in pairs}
    assert {"db", "db/versions", "assets/icons", "assets/fonts"} <= destinations
    assert "db/env.py" in sources and any(s.startswith("lessons/") and s.endswith(".md") for s in sources)
    assert not any("screenshots" in s or "__pycache__" in s for s in sources)  # never read at run time


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_the_spec_keeps_the_qt_the_kiosk_loads_and_drops_the_rest(monkeypatch, platform):
    keep = spec_helpers(monkeypatch, platform)["keep"]
    if platform == "win32":
        lib = "PySide6\\{}.dll"
        plugin = "PySide6\\plugins\\{}\\{}.dll"
        translation = "PySide6\\translations\\{}"
    else:
        lib = "PySide6/Qt/lib/lib{}.so.6"
        plugin = "PySide6/Qt/plugins/{}/lib{}.so"
        translation = "PySide6/Qt/translations/{}"
    kept = [plugin.format("platforms", "qxcb"), plugin.format("platforms", "qoffscreen"),
            plugin.format("platforms", "qwindows"), plugin.format("imageformats", "qsvg"),
            plugin.format("iconengines", "qsvgicon"), translation.format("qtbase_es.qm"),
            lib.format("Qt6Widgets"), lib.format("Qt6Svg"), lib.format("Qt6PrintSupport"),
            lib.format("Qt6Network"), "kiosk/ui/i18n/kiosk_es.qm", "lessons/module.yaml"]
    dropped = [plugin.format("platforms", "qwayland"), plugin.format("platforms", "qeglfs"),
               plugin.format("platformthemes", "qgtk3"), plugin.format("imageformats", "qpdf"),
               plugin.format("imageformats", "qjpeg"), plugin.format("tls", "qopensslbackend"),
               plugin.format("platforminputcontexts", "qtvirtualkeyboardplugin"),
               translation.format("qtbase_de.qm"), translation.format("qt_help_es.qm"),
               lib.format("Qt6Quick"), lib.format("Qt6Qml"), lib.format("Qt6Pdf"), lib.format("Qt6WaylandClient")]
    assert [path for path in kept if not keep(path)] == []
    assert [path for path in dropped if keep(path)] == []


def test_the_spec_leaves_out_the_collector_the_tests_and_pip(monkeypatch):
    excludes = spec_helpers(monkeypatch)["EXCLUDES"]
    for name in ("kiosk.collector", "starlette", "uvicorn", "psycopg", "pytest", "pip"):
        assert name in excludes
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(req.startswith("pyinstaller") for req in pyproject["project"]["optional-dependencies"]["bundle"])


def desktop_entry(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser


def test_the_desktop_entry_is_in_education_and_starts_the_bundle():
    entry = desktop_entry(PACKAGING / "linux" / "telecentro-kiosk.desktop")["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Telecentro"
    assert "Education" in entry["Categories"].split(";")
    assert entry["Exec"] == "/opt/telecentro/kiosk"  # no argument: the locked, full-screen kiosk
    assert entry["Terminal"] == "false"
    assert entry["Icon"].endswith("_internal/assets/icons/app.svg")
    assert (ROOT / "assets" / "icons" / "app.svg").is_file()


def test_the_kiosk_session_runs_the_session_script():
    session = desktop_entry(PACKAGING / "linux" / "telecentro-kiosk-session.desktop")["Desktop Entry"]
    assert session["Type"] == "Application" and session["Name"]
    assert session["Exec"] == "/usr/local/bin/telecentro-kiosk-session"
    lightdm = desktop_entry(PACKAGING / "linux" / "lightdm-telecentro-kiosk.conf")["Seat:*"]
    assert lightdm["autologin-session"] == "telecentro-kiosk-session"  # the .desktop file's name
    assert lightdm["autologin-user"] and lightdm["autologin-user-timeout"] == "0"


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_the_session_script_restarts_the_kiosk_until_staff_close_it(tmp_path):
    """A fake kiosk stops with an error once (started again), then exits 0 (the session ends).
    About 1 s: the script waits a second before starting the kiosk again."""
    runs = tmp_path / "runs"
    fake = tmp_path / "kiosk"
    fake.write_text(f'#!/bin/sh\necho run >> "{runs}"\n[ "$(wc -l < "{runs}")" -ge 2 ] && exit 0\nexit 3\n')
    fake.chmod(0o755)
    script = PACKAGING / "linux" / "telecentro-kiosk-session"
    env = {"PATH": "/usr/bin:/bin", "KIOSK_BIN": str(fake), "HOME": str(tmp_path)}
    done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert runs.read_text().splitlines() == ["run", "run"]
    assert "starting it again" in done.stderr
    assert os.access(script, os.X_OK)


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
            sections[current] = []
        elif stripped and not stripped.startswith(";") and current:
            sections[current].append(stripped)
    return sections


def test_the_installer_has_the_desktop_icon_and_the_kiosk_mode_start():
    sections = iss_sections()
    setup = "\n".join(sections["Setup"])
    assert "PrivilegesRequired=admin" in setup and r"DefaultDirName={autopf}\Telecentro" in setup
    assert r'MessagesFile: "compiler:Languages\Spanish.isl"' in sections["Languages"][0]
    tasks = "\n".join(sections["Tasks"])
    assert 'Name: "desktopicon"' in tasks
    kiosk_task = next(line for line in sections["Tasks"] if 'Name: "kioskstart"' in line)
    assert "Flags: unchecked" in kiosk_task  # optional: chosen by whoever installs
    messages = "\n".join(sections["CustomMessages"])
    assert "spanish.TaskKioskStart=Iniciar con Windows en modo kiosco" in messages
    icons = sections["Icons"]
    desktop = next(line for line in icons if "{autodesktop}" in line)
    assert "Tasks: desktopicon" in desktop and r"{app}\Telecentro.exe" in desktop
    startup = next(line for line in icons if "{commonstartup}" in line)
    assert "Tasks: kioskstart" in startup and "Parameters" not in startup  # no --windowed: locked
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="Telecentro", console=False' in spec and 'name="telecentro"' in spec  # what the .iss installs


def test_uninstalling_keeps_the_learners_data_unless_asked():
    code = "\n".join(iss_sections()["Code"])
    assert r"{localappdata}\telecentro-kiosk" in code  # kiosk/config.py: platformdirs' user data dir
    from kiosk.config import APP_NAME

    assert APP_NAME == "telecentro-kiosk"
    assert "MB_DEFBUTTON2, IDNO) = IDYES then" in code  # "No" is the default, and for a silent uninstall
    assert code.index("SuppressibleMsgBox") < code.index("DelTree")


def test_build_ps1_runs_the_documented_steps():
    script = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    for step in ('"-m", "venv"', '".[bundle]"', r"packaging\telecentro.spec", r"packaging\windows\telecentro.iss"):
        assert step in script


def test_the_windows_icon_is_a_multi_size_ico():
    data = (PACKAGING / "windows" / "telecentro.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 4
    sides = {struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides
