"""What leaves the kiosk in a file or on a terminal carries no control, bidi or invisible
character, even from names saved before names were cleaned, and no spreadsheet formula."""

from __future__ import annotations

import csv
import sqlite3
import zipfile

from kiosk.attendance.export import write_csv, write_xlsx
from kiosk.cli import main
from tests.attendance.conftest import MARCH, at, visit

BAD = "\x1b\u202e\u2066\u2069\u200b\u200d\ufeff\u00ad\x07"


def old_names(home, **names: str) -> None:
    """Write names as an older kiosk could have stored them (straight into the file)."""
    con = sqlite3.connect(home / "kiosk.sqlite3")
    for learner_id, name in names.items():
        con.execute("UPDATE learners SET display_name = ? WHERE id = ?", (name, learner_id))
    con.commit()
    con.close()


def test_csv_and_xlsx_clean_old_names_and_neutralise_formulas(store, home, tmp_path):
    ana = store.learners.register("Ana", "a1.svg", "8-11", "learner")
    sly = store.learners.register("Sly", "a2.svg", "8-11", "learner")
    klass = store.classes.create("5º A")
    store.classes.add_members(klass.id, [ana.id])
    old_names(home, **{ana.id: "\x1b[31mAna\u202e\u200b María\x1b[0m", sly.id: "\u200b=HYPERLINK(\"http://x\")"})
    visit(store, ana.id, at(2025, 3, 5))
    visit(store, sly.id, at(2025, 3, 6))
    out = tmp_path / "a.csv"
    write_csv(store.attendance.rows(*MARCH), out, sep=";")
    text = out.read_text(encoding="utf-8-sig")
    assert not any(ch in text for ch in BAD)
    names = [row[3] for row in csv.reader(text.splitlines()[1:], delimiter=";")]
    assert names == ["Ana María", "'=HYPERLINK(\"http://x\")"]
    xlsx = tmp_path / "a.xlsx"
    write_xlsx(store.attendance.rows(*MARCH), xlsx)
    with zipfile.ZipFile(xlsx) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "Ana María" in sheet and not any(ch in sheet for ch in BAD)


def test_the_learners_list_on_the_terminal_has_no_escapes(store, home, capsys):
    ana = store.learners.register("Ana", "a1.svg", "8-11", "learner")
    store.close()
    old_names(home, **{ana.id: "\x1b]0;pwned\x07\x1b[2JAna\u202e"})
    assert main(["--lang", "en", "learners", "list", "--home", str(home)]) == 0
    out = capsys.readouterr().out
    assert f"{ana.id[:8]}  Ana  ·" in out and "\x1b" not in out and "\u202e" not in out
