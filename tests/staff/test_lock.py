"""Kiosk lock (full screen, frameless, a staff PIN to close) and the single-instance guard."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.staff.conftest import COORDINATOR_PIN
from tests.ui.conftest import db_rows, settle, type_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("env", "flag", "windowed"), [
    (None, False, False), ("1", False, True), ("yes", False, True), ("0", False, False), ("", False, False),
    (None, True, True),
])
def test_windowed_comes_from_the_flag_or_the_environment(monkeypatch, env, flag, windowed):
    from kiosk.ui.lock import windowed_requested

    if env is None:
        monkeypatch.delenv("KIOSK_WINDOWED", raising=False)
    else:
        monkeypatch.setenv("KIOSK_WINDOWED", env)
    assert windowed_requested(flag) is windowed


def test_the_cli_has_a_windowed_flag():
    from kiosk.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["--windowed"]).windowed is True
    assert parser.parse_args([]).windowed is False
    assert parser.parse_args(["demo", "--open", "--windowed"]).windowed is True


def test_a_locked_window_is_full_screen_and_frameless(qtbot, staff_window, seed):
    seed()
    window = staff_window(locked=True)
    assert window.lock.engaged
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    window.lock.show_window()
    assert window.windowState() & Qt.WindowState.WindowFullScreen


def exit_dialog(qtbot, window):
    qtbot.waitUntil(lambda: window.lock.dialog is not None and window.lock.dialog.isVisible(), timeout=5000)
    dialog = window.lock.dialog
    qtbot.waitUntil(lambda: bool(dialog.panel.staff), timeout=5000)
    return dialog


def type_pin(qtbot, dialog, name, pin):
    panel = dialog.panel
    if panel.chosen is None or panel.chosen.display_name != name:
        qtbot.mouseClick(next(t for t in panel.tiles() if t.member.display_name == name), Qt.MouseButton.LeftButton)
    type_text(panel.pad.field, pin)
    qtbot.keyClick(panel.pad.field, Qt.Key.Key_Return)


def test_a_wrong_pin_keeps_the_kiosk_open_and_the_right_one_closes_it(qtbot, staff_window, seed, home):
    ids = seed()
    window = staff_window(locked=True)
    assert window.close() is False  # refused: the dialog asks for a PIN
    assert window.isVisible()
    dialog = exit_dialog(qtbot, window)
    type_pin(qtbot, dialog, "Zulma", "000000")
    qtbot.waitUntil(lambda: dialog.panel.message.isVisible(), timeout=10_000)
    assert dialog.panel.message.text() == "Ese PIN no es correcto. Te quedan 4 intentos."
    assert window.isVisible() and not window.lock.may_close()
    settle(qtbot, window)
    assert db_rows(home, "SELECT failed_tries FROM staff WHERE id = ?", ids["coordinator"]) == [(1,)]

    with qtbot.waitSignal(window.lock.exit_authorised, timeout=10_000) as authorised:
        type_pin(qtbot, dialog, "Zulma", COORDINATOR_PIN)
    assert authorised.args == [ids["coordinator"]]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert db_rows(home, "SELECT count(*) FROM staff_sessions") == [(0,)]  # an exit is not a sign-in


def test_alt_f4_asks_for_the_pin_and_cancel_keeps_the_learner_signed_in(qtbot, staff_window, seed):
    seed(learners=("Lucía",))
    window = staff_window(locked=True)
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        qtbot.mouseClick(window.signin.tiles()[0], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.home_screen, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    dialog = exit_dialog(qtbot, window)
    assert window.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.lock.dialog is None and window.isVisible()
    assert window.learner is not None and window.learner.display_name == "Lucía"
    assert window.current_screen() is window.home_screen


def test_a_locked_kiosk_with_no_staff_starts_with_the_first_run(qtbot, staff_window):
    window = staff_window(locked=True)
    qtbot.waitUntil(lambda: window.current_screen() is window.first_run_screen, timeout=5000)
    assert not window.first_run_screen.back_button.isVisible()  # no way around it
    # nobody could ever give a PIN yet: closing is allowed (there is nothing to protect)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_a_staff_member_signed_in_may_close_the_kiosk(qtbot, staff_window, seed):
    seed(teacher=False)
    window = staff_window(locked=True)
    window.show_staff_signin()
    qtbot.waitUntil(lambda: window.current_screen() is window.staff_signin_screen, timeout=5000)
    panel = window.staff_signin_screen.panel
    type_text(panel.pad.field, COORDINATOR_PIN)
    with qtbot.waitSignal(window.staff_signed_in, timeout=10_000):
        qtbot.keyClick(panel.pad.field, Qt.Key.Key_Return)
    area = window.staff_area
    qtbot.mouseClick(area.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.close_dialog is not None and area.close_dialog.isVisible(), timeout=5000)
    qtbot.mouseClick(area.close_dialog.cancel_button, Qt.MouseButton.LeftButton)  # a tap by mistake
    qtbot.wait(50)
    assert window.isVisible() and window.staff is not None
    qtbot.mouseClick(area.close_button, Qt.MouseButton.LeftButton)  # it asks before closing
    qtbot.waitUntil(lambda: area.close_dialog.isVisible(), timeout=5000)
    assert window.isVisible()
    qtbot.mouseClick(area.close_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert window.staff is None


def test_a_windowed_kiosk_closes_without_a_pin(qtbot, staff_window, seed):
    seed()
    window = staff_window()
    assert not window.lock.engaged
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.close() is True


# -- single instance -------------------------------------------------------------------------


def test_a_second_guard_on_the_same_home_asks_the_first_to_come_forward(qtbot, tmp_path):
    from kiosk.ui.single_instance import SingleInstance, server_name

    first = SingleInstance(tmp_path / "a")
    assert first.acquire() is True
    try:
        second = SingleInstance(tmp_path / "a")
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert second.acquire() is False
        other_home = SingleInstance(tmp_path / "b")
        assert other_home.name != first.name == server_name(tmp_path / "a")
        assert other_home.acquire() is True  # another home: another kiosk
        other_home.release()
    finally:
        first.release()
    again = SingleInstance(tmp_path / "a")
    assert again.acquire() is True  # released: the name is free
    again.release()


GUARD_SCRIPT = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from kiosk.ui.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(Path(sys.argv[1]))
assert guard.acquire()
print("listening", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind on Windows")
def test_a_stale_name_left_by_a_crash_is_taken_over(qtbot, tmp_path):
    from kiosk.ui.single_instance import SingleInstance

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    crashed = subprocess.Popen([sys.executable, "-c", GUARD_SCRIPT, str(tmp_path / "a")], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert crashed.stdout.readline().strip() == "listening"
    finally:
        crashed.send_signal(signal.SIGKILL)
        crashed.wait(10)
    guard = SingleInstance(tmp_path / "a")
    assert guard.acquire() is True
    try:
        second = SingleInstance(tmp_path / "a")
        assert second.acquire() is False  # and the new owner answers
    finally:
        guard.release()


def test_a_second_kiosk_launch_exits_and_raises_the_first(tmp_path):
    """End to end: two ``kiosk --windowed`` processes on one home."""
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_HOME": str(home)}
    env.pop("KIOSK_WINDOWED", None)
    command = [sys.executable, "-m", "kiosk", "--windowed"]
    first = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        from kiosk.ui.single_instance import server_name
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + 60
        while True:  # wait until the first kiosk listens (a bare connect sends nothing)
            probe = QLocalSocket()
            probe.connectToServer(server_name(home))
            if probe.waitForConnected(200):
                probe.disconnectFromServer()
                break
            assert first.poll() is None, first.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.1)
        second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=60)
        assert second.returncode == 0
        log = home / "logs" / "kiosk.log"
        deadline = time.monotonic() + 30
        while "asked the kiosk to come to the front" not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.1)
        assert "another kiosk is running on this home" in log.read_text(encoding="utf-8")
    finally:
        first.terminate()
        first.wait(20)


def test_no_part_of_the_kiosk_launches_another_program():
    """A locked kiosk opens no PDF viewer, browser or file manager: PDFs are shown in the kiosk
    (``kiosk.ui.staff.pdf_preview``) and copied where the staff choose."""
    from pathlib import Path

    import kiosk

    root = Path(kiosk.__file__).parent
    found = [f"{path.relative_to(root)}: {word}" for path in root.rglob("*.py")
             for word in ("QDesktopServices", "openUrl", "startfile", "xdg-open", "webbrowser")
             if word in path.read_text(encoding="utf-8")]
    assert found == []
