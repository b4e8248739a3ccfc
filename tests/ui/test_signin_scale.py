"""The sign-in screen with a real telecenter's numbers of learners (22, 150, 500) at 1366x768:
every name readable on tiles of one size, a given learner reached by class and by letter in a
few taps, arrow keys across the grid, and learners added by staff shown without a restart."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from kiosk.backend import Backend
from kiosk.store.quick import read_roster
from kiosk.ui import theme
from kiosk.ui.learner_flow import read_roster as backend_roster
from tests.ui.conftest import settle, type_text

NAMES = [
    "Lucía", "Mateo", "Sofía", "Tiago", "Ana", "Nahuel", "José", "Valentina", "Bruno", "Camila", "Dylan", "Fátima", "Gael",
    "Isabella", "Ñandutí", "Kaʼaguy", "Rocío", "Tomás", "Aylén", "Derlis", "Celeste", "María José", "Juan Pablo",
    "Ángel", "Óscar", "Úrsula", "Zulma", "Yanina", "Wilson", "Verónica", "Ulises", "Liz", "Ñamandú",
    "Pedro", "Quimey", "Ramón", "Sandra", "Teodoro", "Ximena", "Hugo", "Gisela", "Emilia", "Diego", "Clara",
    "Benjamín", "Abigail", "Maximiliano Andrés", "Florencia Belén", "Guadalupe", "Jazmín", "Kevin", "Lourdes",
    "Marcos", "Nicolás", "Olga", "Paola", "Rodrigo", "Sebastián", "Tania", "Víctor", "Walter", "Yésica",
]
CLASSES = ["3º A", "4º B", "5º A", "6º turno tarde", "Taller de familias"]


def roster_csv(count: int) -> bytes:
    """``count`` learners over the classes (names repeat across classes, never inside one)."""
    lines = ["nombre;edad;rol;clase"]
    for i in range(count):
        name = NAMES[(i // len(CLASSES)) % len(NAMES)]
        if i // len(CLASSES) >= len(NAMES):
            name = f"{name} {chr(ord('A') + i // (len(CLASSES) * len(NAMES)))}."
        lines.append(f"{name};8-11;estudiante;{CLASSES[i % len(CLASSES)]}")
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture()
def crowd(home, make_window, qtbot):
    def make(count: int):
        with Backend.open(home / "kiosk.sqlite3") as backend:
            backend.roster.run_import(roster_csv(count))
        window = make_window(lang="en")
        settle(qtbot, window)
        return window

    return make


def shot(window, name: str) -> None:
    """Keep a picture of the screen to look at (KIOSK_SHOTS=folder)."""
    folder = os.environ.get("KIOSK_SHOTS")
    if folder:
        window.grab().save(os.path.join(folder, f"{name}.png"))


def assert_name_readable(tile) -> None:
    metrics = QFontMetrics(tile.name_font())
    lines = tile.name_lines()
    assert 1 <= len(lines) <= 2
    for line in lines:
        assert metrics.horizontalAdvance(line) <= tile.text_width(), (tile.text(), line)
    shown = " ".join(lines).replace("…", "")
    name = tile.text()
    assert len(shown.replace(" ", "")) >= min(len(name.replace(" ", "")), 12), (name, lines)
    assert name.replace(" ", "").startswith(shown.replace(" ", "")[:12]), (name, lines)


def tiles_in_view(window):
    return window.signin.grid.tiles_in_view()


@pytest.mark.parametrize("count", [22, 150, 500])
def test_every_name_readable_on_fixed_tiles(qtbot, crowd, count):
    window = crowd(count)
    signin = window.signin
    assert len(signin.learners) == count
    tiles = signin.tiles()
    assert len(tiles) == count
    for tile in tiles:
        assert tile.size().width() == theme.SIGNIN_TILE_W and tile.size().height() == theme.SIGNIN_TILE_H
        assert_name_readable(tile)
        assert tile.caption in {*CLASSES}  # the class tells apart two of the same name or picture
        assert tile.caption_text() == tile.caption
    view = tiles_in_view(window)
    assert len(view) >= 12  # two full rows at 1366x768 at least
    assert signin.grid.columns() >= 6
    shot(window, f"signin-{count}")


def test_long_names_keep_their_first_letters(qtbot, make_window, home):
    with Backend.open(home / "kiosk.sqlite3") as backend:
        for name in ["Maximilianoandresito", "María de los Ángeles", "Kaʼaguy Porã Ñandutí", "W" * 24]:
            backend.learners.register(name, "tatu.svg", "8-11", "learner")
    window = make_window(lang="en")
    for tile in window.signin.tiles():
        assert_name_readable(tile)


def reach(window, qtbot, name: str, class_name: str) -> int:
    """Taps to bring ``name`` of ``class_name`` into view: class button, letter key."""
    signin = window.signin
    taps = 0
    qtbot.mouseClick(signin.class_button(class_name), Qt.MouseButton.LeftButton)
    taps += 1
    if not any(t.text() == name for t in tiles_in_view(window)):
        letter = "Ñ" if name.startswith("Ñ") else name[0].upper()
        letter = {"Á": "A", "Ó": "O", "Ú": "U"}.get(letter, letter)
        qtbot.mouseClick(signin.letter_keys[letter], Qt.MouseButton.LeftButton)
        taps += 1
    assert any(t.text() == name for t in tiles_in_view(window)), name
    return taps


@pytest.mark.parametrize("count", [22, 150, 500])
def test_a_learner_is_reached_by_class_and_letter_in_two_taps(qtbot, crowd, count):
    window = crowd(count)
    signin = window.signin
    assert [b.text() for b in signin.class_buttons] == ["Everyone", *sorted(CLASSES)]
    roster = signin.roster
    for learner in roster.learners[:: max(1, count // 15)]:
        class_name = roster.class_names_of(learner.id)[0]
        signin.choose_class(None)
        signin.reset()
        assert reach(window, qtbot, learner.display_name, class_name) <= 2
        tile = next(t for t in tiles_in_view(window) if t.text() == learner.display_name)
        assert tile.caption == class_name
    if count == 500:
        shot(window, "signin-500-class-letter")


def test_letter_keys_ignore_accents_and_tell_n_from_enye(qtbot, crowd):
    window = crowd(150)
    signin = window.signin
    qtbot.mouseClick(signin.letter_keys["A"], Qt.MouseButton.LeftButton)
    names = {t.text() for t in signin.tiles()}
    assert "Ángel" in names and "Ana" in names and all(n[0] in "AÁ" for n in names)
    qtbot.mouseClick(signin.letter_keys["Ñ"], Qt.MouseButton.LeftButton)
    enye = {l.display_name for l in signin.learners if l.display_name.startswith("Ñ")}
    assert {t.text() for t in signin.tiles()} == enye and enye
    qtbot.mouseClick(signin.letter_keys["N"], Qt.MouseButton.LeftButton)
    assert {t.text()[0] for t in signin.tiles()} == {"N", "Ñ"}
    qtbot.mouseClick(signin.letter_keys["N"], Qt.MouseButton.LeftButton)  # again: everyone
    assert len(signin.tiles()) == 150
    type_text(signin.search, "nandu")
    assert {t.text() for t in signin.grid.visible_tiles()} == {"Ñandutí"}
    assert len(signin.grid.visible_tiles()) == len(CLASSES)  # one in each class, told apart by it
    assert sorted(t.caption for t in signin.grid.visible_tiles()) == sorted(CLASSES)


def test_arrow_keys_move_in_two_dimensions_and_enter_signs_in(qtbot, crowd):
    window = crowd(150)
    grid = window.signin.grid
    window.signin.reset()
    columns = grid.columns()
    assert grid.focused_index() == 0
    steps = [(Qt.Key.Key_Right, 1), (Qt.Key.Key_Down, 1 + columns), (Qt.Key.Key_Down, 1 + 2 * columns),
             (Qt.Key.Key_Down, 1 + 3 * columns), (Qt.Key.Key_Left, 3 * columns), (Qt.Key.Key_Up, 2 * columns)]
    for key, index in steps:
        qtbot.keyClick(window.focusWidget(), key)
        assert grid.focused_index() == index
    focused = window.focusWidget()
    assert focused in grid.tiles_in_view()  # the grid scrolled to follow the focus
    for _ in range(60):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down)
    assert grid.focused_index() >= 150 - columns and window.focusWidget() in grid.tiles_in_view()
    learner = window.focusWidget().learner
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert window.learner == learner


def test_the_class_chosen_stays_after_a_sign_out(qtbot, crowd):
    window = crowd(150)
    signin = window.signin
    qtbot.mouseClick(signin.class_button("5º A"), Qt.MouseButton.LeftButton)
    assert len(signin.tiles()) == 30
    learner = signin.tiles()[3].learner
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        qtbot.mouseClick(signin.tiles()[3], Qt.MouseButton.LeftButton)
    assert window.learner == learner
    window.sign_out("exit")
    settle(qtbot, window)
    assert window.signin.chosen_class_name() == "5º A" and len(window.signin.tiles()) == 30


def test_the_class_of_todays_workshop_comes_first(qtbot, home, make_window):
    from kiosk.store.quick import local_today

    with Backend.open(home / "kiosk.sqlite3") as backend:
        backend.roster.run_import(roster_csv(60))
        klass = backend.classes.find("4º B")
        backend.attendance.create_workshop("Seguridad en internet", local_today(), klass.id)
    window = make_window(lang="en")
    assert window.signin.chosen_class_name() == "4º B"
    assert {t.caption for t in window.signin.tiles()} == {"4º B"}


def test_start_up_read_matches_the_back_end(qtbot, home):
    from kiosk.store.quick import local_today

    with Backend.open(home / "kiosk.sqlite3") as backend:
        backend.roster.run_import(roster_csv(40))
        backend.attendance.create_workshop("Taller", local_today(), backend.classes.find("5º A").id)
        through_backend = backend_roster(backend)
    quick = read_roster(home / "kiosk.sqlite3")
    assert quick == through_backend and quick.in_session is not None and len(quick.learners) == 40


def test_learner_added_by_staff_shows_after_staff_sign_out(qtbot, crowd):
    window = crowd(22)
    from kiosk.ui.staff.context import StaffMember

    window.staff_flow.signed_in(StaffMember("s1", "Zulma", "coordinator"), None)
    assert window.staff is not None
    klass = next(cid for cid, name in window.signin.roster.classes if name == "5º A")
    window.run_store(lambda backend: backend.learners.register("Zunilda", "tatu.svg", "8-11", "learner",
                                                                class_id=klass))
    window.run_store(lambda backend: backend.roster.run_import("nombre;edad\nYeruti;8-11\n".encode()))
    settle(qtbot, window)
    window.staff_sign_out("exit")
    settle(qtbot, window)
    names = {t.text(): t for t in window.signin.tiles()}
    assert "Zunilda" in names and "Yeruti" in names
    assert names["Zunilda"].caption == "5º A"
    assert len(window.signin.learners) == 24


def test_self_registration_appears_and_joins_the_chosen_class(qtbot, crowd):
    window = crowd(22)
    signin = window.signin
    qtbot.mouseClick(signin.class_button("3º A"), Qt.MouseButton.LeftButton)
    in_class = {t.learner.avatar for t in signin.tiles()}
    qtbot.mouseClick(signin.new_button, Qt.MouseButton.LeftButton)
    screen = window.register_screen
    assert screen.taken() == in_class and screen.taken_hint.isVisible()
    first_row = [screen.avatar_grid.itemAtPosition(0, c).widget().property("avatar") for c in range(8)]
    assert not set(first_row) & in_class  # free pictures first
    type_text(screen.name, "lucia")  # a Lucía exists in another class: her picture is marked too
    lucia = next(l.avatar for l in signin.learners if l.display_name == "Lucía")
    mark = screen.taken_marks[lucia]
    assert lucia in screen.taken() and mark.isVisible()
    words = mark.text().split()
    assert all(mark.fontMetrics().horizontalAdvance(w) <= mark.contentsRect().width() for w in words)
    assert mark.heightForWidth(mark.width()) <= mark.height()  # the mark is read whole, not cut
    shot(window, "register-taken")
    free = next(b for b in screen.avatar_group.buttons() if b.property("avatar") not in screen.taken())
    free.click()
    screen.age_group.button(0).click()
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    window.sign_out("exit")
    settle(qtbot, window)
    tiles = {t.text(): t for t in window.signin.tiles()}
    assert "lucia" in tiles and tiles["lucia"].caption == "3º A"


def test_scroll_bar_only_when_needed(qtbot, crowd):
    window = crowd(150)
    signin = window.signin
    bar = signin.grid.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    qtbot.mouseClick(signin.letter_keys["Z"], Qt.MouseButton.LeftButton)
    assert len(signin.tiles()) <= 6
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)  # Qt hides it on its next layout pass


def test_many_classes_scroll_sideways_and_never_widen_the_screen(qtbot, home, make_window):
    csv = ["nombre;edad;clase"] + [f"{NAMES[i]};8-11;Grado {i % 14 + 1} turno mañana" for i in range(42)]
    with Backend.open(home / "kiosk.sqlite3") as backend:
        backend.roster.run_import(("\n".join(csv) + "\n").encode())
    window = make_window(lang="en")
    signin = window.signin
    assert len(signin.class_buttons) == 15
    assert signin.minimumSizeHint().width() <= 1366 and window.width() == 1366
    last = signin.class_buttons[-1]
    signin.class_strip.ensureWidgetVisible(last)
    qtbot.mouseClick(last, Qt.MouseButton.LeftButton)
    assert signin.chosen_class_name() == last.text() and len(signin.tiles()) == 3
    shot(window, "signin-many-classes")


@pytest.mark.parametrize("lang", ["es", "gn"])
def test_a_crowd_fits_a_1024x600_screen_with_the_letters_in_two_lines(qtbot, crowd, lang, make_window):
    """150 learners show the letter keys: 27 keys in one line would make the window ~1300 px
    wide, wider than a 1024x600 screen; they take two lines there, one at 1366x768."""
    crowd(150).close()
    window = make_window(lang=lang)
    signin = window.signin
    window.resize(1024, 600)
    settle(qtbot, window)
    assert signin.letter_row.isVisible()
    assert (window.width(), window.height()) == (1024, 600)
    assert signin.minimumSizeHint().width() <= 1024 and signin.minimumSizeHint().height() <= 600
    assert signin.letter_row.lines() == 2
    assert all(key.width() >= 48 for key in signin.letter_keys.values())  # a child's finger
    window.resize(1366, 768)
    settle(qtbot, window)
    assert signin.letter_row.lines() == 1
    shot(window, f"signin-1024-{lang}")
