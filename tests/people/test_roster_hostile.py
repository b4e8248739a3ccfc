"""The CSV roster import: hostile names are cleaned and their look-alikes caught row by row; the
file's size is checked before anything of it is read (a sparse 50 MB file is refused unread,
by the service, the classes page and the command line); the file is streamed, never read whole."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.people.roster_import import MAX_BYTES, MAX_ROWS, import_roster, parse_roster
from tests.classes.conftest import settle

HOSTILE = (
    "nombre;edad;clase\n"
    "\x1b[31mAna\x1b[0m;8-11;5º A\u200b\n"  # 2: a terminal escape; a zero-width space in the class
    "\u202eLuis\u2066;12-17;\u00a05º\u00a0a\n"  # 3: bidi controls; the same class, NBSP and case
    "Ana\u200b;8-11;5º A\n"  # 4: a second Ana that looks the same, same class
    "ＡＮＡ;8-11;5º A\n"  # 5: fullwidth: the same name again
    "\u200b\u2060\u00ad;8-11;\n"  # 6: only invisible characters
    "Ñandutí\u0007\u007f;8-11;\n"  # 7: BEL and DEL (a NUL would mark the file as not a CSV at all)
    "Kuñataĩ Pyg\u0303a;adulto;Familias\u202e\n"  # 8: Guaraní, kept; a bidi override in a new class
)


def sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no disk (all zeros, never written)."""
    with path.open("wb") as f:
        f.truncate(size)
    return path


class Counting(io.RawIOBase):
    """A file that records how much of it was read, and refuses ``read()`` of everything."""

    def __init__(self, data: bytes) -> None:
        self.data, self.position, self.largest, self.read_bytes = data, 0, 0, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        self.position = {0: offset, 1: self.position + offset, 2: len(self.data) + offset}[whence]
        return self.position

    def tell(self) -> int:
        return self.position

    def readall(self) -> bytes:
        raise AssertionError("the whole file was read at once")

    def readinto(self, buffer) -> int:
        chunk = self.data[self.position:self.position + len(buffer)]
        buffer[:len(chunk)] = chunk
        self.position += len(chunk)
        self.largest = max(self.largest, len(chunk))
        self.read_bytes += len(chunk)
        return len(chunk)


class Unreadable(Counting):
    def readinto(self, buffer) -> int:
        raise AssertionError("a byte of a file too big was read")


def test_hostile_names_are_cleaned_and_look_alikes_caught_row_by_row():
    preview = parse_roster(HOSTILE.encode())
    rows = {r.line: r for r in preview.rows}
    assert rows[2].name == "Ana" and rows[2].ok and rows[2].class_name == "5º A"
    assert rows[3].name == "Luis" and rows[3].ok and rows[3].class_name == "5º A"  # one class
    assert rows[4].errors == ("fila 4: «Ana» ya está en la fila 2 (misma clase); si son dos personas, "
                              "agregá un apodo o una inicial a uno de los nombres",)
    assert rows[5].errors and "ya está en la fila 2" in rows[5].errors[0]
    assert rows[6].errors == ("fila 6: el nombre solo tiene caracteres invisibles o de control; "
                              "escribí un nombre o un apodo",)
    assert rows[7].name == "Ñandutí" and rows[7].ok
    assert rows[8].name == "Kuñataĩ Pyg\u0303a" and rows[8].class_name == "Familias"
    assert preview.new_classes == ("5º A", "Familias")
    shown = "".join(c for r in preview.rows for c in r.cells)
    assert not any(ch in shown for ch in "\x1b\u202e\u2066\u200b\u0000\u00a0")  # the preview's cells too


def test_hostile_file_imported_through_the_classes_page(qtbot, staff_ctx, store, home, tmp_path):
    from PySide6.QtCore import Qt

    from kiosk.ui.staff.classes import ClassesPage

    store.learners.register("Ana", "tatu.svg", "8-11", "learner")
    page = ClassesPage(staff_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 690)
    page.show()
    settle(qtbot, staff_ctx)
    roster = tmp_path / "lista.csv"
    roster.write_bytes(HOSTILE.encode())
    page.preview_file(roster)
    settle(qtbot, staff_ctx)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 7
    texts = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
             for c in range(dialog.table.columnCount()) if dialog.table.item(r, c) is not None]
    assert "Kuñataĩ Pyg\u0303a" in texts
    assert not any(ch in "".join(texts) for ch in "\x1b\u202e\u2066\u200b\u0000")
    assert dialog.valid_button.isVisible() and not dialog.all_button.isEnabled()
    qtbot.mouseClick(dialog.valid_button, Qt.MouseButton.LeftButton)
    settle(qtbot, staff_ctx)
    con = sqlite3.connect(home / "kiosk.sqlite3")
    names = sorted(n for (n,) in con.execute("SELECT display_name FROM learners"))
    classes = sorted(n for (n,) in con.execute("SELECT name FROM classes"))
    con.close()
    assert names == ["Ana", "Ana", "Kuñataĩ Pyg\u0303a", "Luis", "Ñandutí"]  # the first Ana was there before
    assert classes == ["5º A", "Familias"]
    assert staff_ctx.problems == []


# -- the size, before reading ---------------------------------------------------------------------


def test_a_sparse_50_mb_file_is_refused_from_its_size_alone(store, tmp_path, monkeypatch):
    big = sparse(tmp_path / "lista.csv", 50 * 1024 * 1024)

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    data, preview = store.roster.preview_file(big)
    assert data is None and not preview.readable and not preview.can_import_valid
    assert preview.problems == (
        ("El archivo es demasiado grande para ser una lista de estudiantes: pesa 50,0 MB y puede pesar "
         "hasta 2 MB. ¿Elegiste el archivo correcto? Si la lista es tan larga, dividila en partes."),)


def test_a_file_object_too_big_is_refused_without_reading_a_byte():
    stream = Unreadable(b"nombre,edad\n" + b"x" * MAX_BYTES)
    preview = parse_roster(io.BufferedReader(stream))
    assert not preview.readable and "hasta 2 MB" in preview.problems[0]
    assert stream.read_bytes == 0


def test_the_classes_page_shows_the_size_problem(qtbot, staff_ctx, store, tmp_path):
    from kiosk.ui.staff.classes import ClassesPage

    page = ClassesPage(staff_ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, staff_ctx)
    page.preview_file(sparse(tmp_path / "enorme.csv", 50 * 1024 * 1024))
    settle(qtbot, staff_ctx)
    dialog = page.dialog
    assert dialog.summary.text() == "This file cannot be imported."
    assert dialog.problems.isVisible() and "hasta 2 MB" in dialog.problems.text()
    assert not dialog.all_button.isEnabled() and not dialog.valid_button.isVisible()
    assert staff_ctx.problems == []


def test_the_command_line_refuses_a_file_too_big(capsys, home, tmp_path):
    big = sparse(tmp_path / "enorme.csv", 50 * 1024 * 1024)
    code = main(["learners", "import", str(big), "--home", str(home)])
    out = capsys.readouterr().out
    assert code == 2 and "pesa 50,0 MB y puede pesar hasta 2 MB" in out


# -- streaming -------------------------------------------------------------------------------------


def test_import_streams_the_file_in_small_reads(store, home):
    rows = "".join(f"Persona {i};8-11;Clase {i % 10}\n" for i in range(3000))
    stream = Counting(("nombre;edad;clase\n" + rows).encode())
    result = import_roster(store.db, io.BufferedReader(stream, buffer_size=8192))
    assert result.added == 3000
    assert stream.read_bytes >= len(stream.data) and stream.largest <= 64 * 1024  # read in pieces
    con = sqlite3.connect(home / "kiosk.sqlite3")
    assert con.execute("SELECT count(*) FROM learners").fetchone() == (3000,)
    con.close()


def test_too_many_rows_stop_the_reading_early():
    rows = "".join(f"P{i};8-11\n" for i in range(MAX_ROWS * 3))
    stream = Counting(("nombre;edad\n" + rows).encode())
    assert len(stream.data) < MAX_BYTES
    preview = parse_roster(io.BufferedReader(stream, buffer_size=8192))
    assert preview.problems == (("El archivo tiene más de 10.000 filas con estudiantes; el kiosco importa hasta "
                                 "10.000 por vez. Dividí la lista en partes y importalas una por una."),)
    assert stream.read_bytes < len(stream.data) / 2  # it stopped reading, it never read it all


def test_a_byte_that_is_not_utf8_late_in_the_file_rereads_it_as_windows_1252():
    text = "nombre;edad\n" + "".join(f"P{i};8-11\n" for i in range(2000)) + "Ñandutí;8-11\n"
    preview = parse_roster(io.BufferedReader(Counting(text.encode("cp1252"))))
    assert preview.encoding == "cp1252" and len(preview.rows) == 2001 and preview.rows[-1].name == "Ñandutí"
    assert preview.warnings and "Windows-1252" in preview.warnings[0]


def test_a_gigantic_cell_is_a_problem_not_a_crash():
    preview = parse_roster(("nombre;edad\n" + "A" * 200_000 + ";8-11\n").encode())
    assert preview.problems and "celda enorme" in preview.problems[0]


@pytest.mark.parametrize("source", ["bytes", "file"])
def test_the_caller_s_file_stays_open(source, tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("nombre,edad\nAna,8-11\n", encoding="utf-8")
    with path.open("rb") as f:
        preview = parse_roster(f if source == "file" else f.read())
        assert not f.closed and preview.rows[0].name == "Ana"
