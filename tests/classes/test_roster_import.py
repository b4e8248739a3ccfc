"""Importing learners from a CSV: every kind of bad row is reported with its row number and
nothing is written; BOM, ';', Windows-1252; the privacy refusal; 1,000 rows; the CLI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.people import AgeBand, Role, name_key
from kiosk.people.roster_import import (
    Existing,
    RosterRefused,
    bundled_avatar_files,
    import_roster,
    parse_age_band,
    parse_roster,
    preview_roster,
)

ROOT = Path(__file__).resolve().parents[2]
AVATARS = bundled_avatar_files()


def csv(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


def counts(home) -> tuple[int, int, int]:
    con = sqlite3.connect(home / "kiosk.sqlite3")
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("learners", "classes", "class_members"))
    finally:
        con.close()


# -- parsing ------------------------------------------------------------------------------


def test_a_good_file_in_spanish():
    preview = parse_roster(csv(
        "Nombre,Edad,Rol,Clase\n"
        "Lucía,8-11,estudiante,5º A\n"
        "Ña Carmen,adulto,madre,Familias\n"
        "Profe Rosa,adulta,docente,5º A\n"
        "Tiago,12 a 17,,\n"
    ))
    assert preview.problems == () and not preview.has_errors and preview.can_import_all
    assert [(r.line, r.name, r.age_band, r.role, r.class_name) for r in preview.rows] == [
        (2, "Lucía", AgeBand.CHILD, Role.LEARNER, "5º A"),
        (3, "Ña Carmen", AgeBand.ADULT, Role.PARENT, "Familias"),
        (4, "Profe Rosa", AgeBand.ADULT, Role.TEACHER, "5º A"),
        (5, "Tiago", AgeBand.TEEN, Role.LEARNER, None),  # an empty role means a student
    ]
    assert preview.new_classes == ("5º A", "Familias")
    assert [r.avatar for r in preview.rows] == list(AVATARS[:4])  # round-robin from the bundled set


def test_english_headers_and_values_tab_separated():
    preview = parse_roster(csv("name\tage_band\trole\tclass\nAmy\tadult\tparent\tParents\nBo\t8 - 11\tlearner\t\n"))
    assert preview.delimiter == "\t"
    assert [(r.name, r.age_band, r.role, r.class_name) for r in preview.rows] == [
        ("Amy", AgeBand.ADULT, Role.PARENT, "Parents"), ("Bo", AgeBand.CHILD, Role.LEARNER, None)]


@pytest.mark.parametrize(("text", "band"), [
    ("8-11", AgeBand.CHILD), ("8 a 11", AgeBand.CHILD), ("de 8 a 11 años", AgeBand.CHILD), ("8–11", AgeBand.CHILD),
    ("12-17", AgeBand.TEEN), ("12 a 17", AgeBand.TEEN), ("Adolescente", AgeBand.TEEN),
    ("adulto", AgeBand.ADULT), ("Adulta", AgeBand.ADULT), ("adulto/a", AgeBand.ADULT), ("Adult", AgeBand.ADULT),
    ("9", None), ("8-12", None), ("joven adulto", None), ("11-8", None),
])
def test_age_band_values(text, band):
    assert parse_age_band(text) is band


def test_bom_semicolon_and_quotes():
    data = "\ufeffnombre;edad;rol;clase\n\"Pérez; no\";8-11;estudiante;\"Grado 5; turno tarde\"\n".encode()
    preview = parse_roster(data)
    assert preview.delimiter == ";" and preview.encoding == "utf-8" and preview.warnings == ()
    assert preview.columns == ("name", "age_band", "role", "class")  # the BOM is not part of "nombre"
    assert preview.rows[0].name == "Pérez; no" and preview.rows[0].class_name == "Grado 5; turno tarde"


def test_windows_1252_is_read_with_a_warning():
    preview = parse_roster(csv("nombre;edad\nÑandutí;8-11\nJosé;adulto\n", "cp1252"))
    assert preview.encoding == "cp1252"
    assert [r.name for r in preview.rows] == ["Ñandutí", "José"]
    assert len(preview.warnings) == 1 and "Windows-1252" in preview.warnings[0]
    assert preview.can_import_all  # a warning does not block


def test_every_kind_of_bad_row_has_its_row_number():
    existing = Existing(
        taken=frozenset({("bea", "tatu.svg")}),
        names=frozenset({"bea", "carla"}),
        classes={name_key("5º A"): "5º A"},
        members={name_key("5º A"): frozenset({"carla"})},
    )
    preview = parse_roster(csv(
        "nombre,edad,rol,clase\n"
        "Ana,8-11,estudiante,5º A\n"            # 2 ok
        ",8-11,estudiante,5º A\n"               # 3 no name
        "Luis,,estudiante,5º A\n"               # 4 no age band
        "Marta,9,estudiante,5º A\n"             # 5 bad age band
        "Pedro,8-11,director,5º A\n"            # 6 bad role
        "Ana,8-11,,5º a\n"                      # 7 twice in the file, same class
        "Carla,8-11,,5º A\n"                    # 8 already in the class on this kiosk
        "Bea,adulto,madre,\n"                   # 9 already a learner with no class
        "Maximiliano Sebastián Octavio,8-11,,\n"  # 10 too long
        f"Rita,8-11,,{'x' * 70}\n"              # 11 class name too long
        "\n"                                    # 12 blank: skipped, still counted
        "Ana,8-11,,Robótica\n"                  # 13 same name, another class: fine
        "Tomás,niño,dueño,\n"                   # 14 "niño" is 8-11, "dueño" is no role
    ), existing=existing)
    assert preview.problems == ()
    errors = {r.line: r.errors for r in preview.rows}
    assert errors[2] == () and errors[13] == ()
    assert errors[3] == ("fila 3: falta el nombre",)
    assert errors[4] == ("fila 4: falta la franja de edad; usá 8-11, 12-17 o adulto",)
    assert errors[5] == ("fila 5: la franja de edad «9» no es válida; usá 8-11, 12-17 o adulto",)
    assert errors[6] == ("fila 6: el rol «director» no es válido; usá estudiante, docente o familia",)
    assert errors[7][0].startswith("fila 7: «Ana» ya está en la fila 2 (misma clase)")
    assert errors[8][0].startswith("fila 8: ya hay alguien llamado «Carla» en la clase «5º A»")
    assert errors[9][0].startswith("fila 9: ya hay un perfil llamado «Bea» en este kiosco")
    assert errors[10][0].startswith("fila 10: el nombre «Maximiliano Sebastián Octavio» es muy largo")
    assert errors[11][0].startswith("fila 11: el nombre de la clase es muy largo")
    assert 12 not in errors
    assert len(errors[14]) == 1 and errors[14][0].startswith("fila 14: el rol «dueño»")  # "niño" is 8-11
    assert [r.line for r in preview.bad_rows] == [3, 4, 5, 6, 7, 8, 9, 10, 11, 14]
    assert not preview.can_import_all and preview.can_import_valid
    assert preview.new_classes == ("Robótica",)  # 5º A exists; only classes good rows need
    assert all(r.avatar is None for r in preview.bad_rows)
    assert preview.summary() == "10 de 12 filas tienen problemas."


@pytest.mark.parametrize(("text", "expected"), [
    ("", "El archivo está vacío."),
    ("\n\n ,  \n", "El archivo está vacío."),
    ("Ana,8-11\nLuis,12-17\n", "La primera fila tiene que tener los títulos"),
    ("edad,clase\n8-11,A\n", "Falta la columna «nombre»"),
    ("nombre,clase\nAna,A\n", "Falta la columna «edad»"),
    ("nombre,edad,name\nAna,8-11,Ana\n", "La columna «nombre» aparece dos veces"),
])
def test_file_level_problems(text, expected):
    preview = parse_roster(csv(text))
    assert preview.problems and preview.problems[0].startswith(expected)
    assert preview.rows == () and not preview.can_import_all and not preview.can_import_valid


@pytest.mark.parametrize("column", ["Apellido", "apellidos", "Nombre y apellido", "C.I.", "CI", "Nº de cédula",
                                    "Fecha de nacimiento", "F. Nac.", "Surname", "Date of birth", "Teléfono", "Foto"])
def test_private_columns_refuse_the_file(column):
    preview = parse_roster(csv(f"nombre,edad,{column}\nAna,8-11,x\n"))
    assert len(preview.problems) == 1
    assert preview.problems[0].startswith(f"El archivo tiene datos que el kiosco no guarda sobre chicos y chicas: «{column}»")
    assert not preview.can_import_valid


def test_unknown_columns_are_ignored_and_named():
    preview = parse_roster(csv("nombre,edad,turno,observaciones\nAna,8-11,tarde,\n"))
    assert preview.warnings == ("Estas columnas no se usan y se van a ignorar: «turno», «observaciones».",)
    assert preview.can_import_all


def test_a_spreadsheet_file_is_not_a_csv():
    preview = parse_roster(b"PK\x03\x04" + b"\x00" * 40)
    assert not preview.readable and "no es un CSV" in preview.problems[0]


def test_avatars_avoid_a_name_and_picture_pair_already_taken():
    existing = Existing(taken=frozenset({("ana", AVATARS[0]), ("ana", AVATARS[2])}), names=frozenset({"ana"}))
    preview = parse_roster(csv("nombre,edad,clase\nAna,8-11,A\nAna,8-11,B\nLuis,8-11,A\n"), existing=existing)
    assert [r.avatar for r in preview.rows] == [AVATARS[1], AVATARS[3], AVATARS[4]]
    assert len({(r.name, r.avatar) for r in preview.rows}) == 3


def test_default_class_for_rows_without_one():
    preview = parse_roster(csv("nombre,edad,clase\nAna,8-11,\nLuis,8-11,Robótica\n"), default_class="5º A")
    assert [r.class_name for r in preview.rows] == ["5º A", "Robótica"]


# -- importing ----------------------------------------------------------------------------


def test_any_bad_row_writes_nothing(store, home):
    store.classes.create("5º A")
    before = counts(home)
    data = csv("nombre,edad,clase\nAna,8-11,5º A\nLuis,9,Nueva\nMarta,8-11,Otra\n")
    with pytest.raises(RosterRefused) as refused:
        import_roster(store.db, data)
    assert [r.line for r in refused.value.preview.bad_rows] == [3]
    assert counts(home) == before  # not Ana, not the classes "Nueva"/"Otra", no membership


def test_import_all_rows_in_one_go(store, home):
    existing = store.classes.create("5º A")
    result = import_roster(store.db, csv("nombre;edad;rol;clase\nAna;8-11;;5º a\nLuis;12-17;;Robótica\nRosa;adulto;docente;\n"))
    assert result.added == 3 and result.skipped == 0 and result.classes_created == ("Robótica",)
    assert counts(home) == (3, 2, 2)
    assert [m.display_name for m in store.classes.members(existing.id)] == ["Ana"]  # matched "5º a" to "5º A"
    robotica = store.classes.find("robotica")
    assert [m.display_name for m in store.classes.members(robotica.id)] == ["Luis"]
    rosa = next(l for l in store.learners.list_active() if l.display_name == "Rosa")
    assert rosa.role == Role.TEACHER and rosa.age_band == AgeBand.ADULT and rosa.avatar in AVATARS


def test_only_valid_rows_when_asked(store, home):
    result = import_roster(store.db, csv("nombre,edad,clase\nAna,8-11,A\nLuis,9,B\nMarta,8-11,A\n"), only_valid=True)
    assert result.added == 2 and result.skipped == 1 and result.classes_created == ("A",)
    assert counts(home) == (2, 1, 2)  # class "B" only had the bad row: not created


def test_importing_the_same_file_twice_is_refused(store, home):
    data = csv("nombre,edad,clase\nAna,8-11,A\nLuis,8-11,A\n")
    import_roster(store.db, data)
    with pytest.raises(RosterRefused) as refused:
        import_roster(store.db, data)
    assert [e.split(":")[0] for e in refused.value.preview.messages()] == ["fila 2", "fila 3"]
    assert counts(home) == (2, 1, 2)


def test_preview_reads_the_kiosk_and_writes_nothing(store, home):
    store.learners.register("Ana", AVATARS[0], "8-11", "learner")
    preview = preview_roster(store.db, csv("nombre,edad\nAna,8-11\nLuis,8-11\n"))
    assert [r.line for r in preview.bad_rows] == [2]
    assert counts(home) == (1, 0, 0)


def test_a_thousand_learners(store, home):
    lines = ["nombre,edad,rol,clase"] + [f"Estudiante {i},8-11,estudiante,Grado {i % 10}" for i in range(1000)]
    result = import_roster(store.db, csv("\n".join(lines)))
    assert result.added == 1000 and len(result.classes_created) == 10
    assert counts(home) == (1000, 10, 1000)
    assert store.learners.count_active() == 1000
    assert sorted(c.member_count for c in store.classes.list()) == [100] * 10


# -- the command line ---------------------------------------------------------------------


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, encoding="utf-8")


def test_cli_imports_and_exits_0(tmp_path):
    home = tmp_path / "home"
    roster = tmp_path / "lista.csv"
    roster.write_text("nombre;edad;rol\nAna;8-11;estudiante\nLuis;12-17;\n", encoding="utf-8-sig")
    result = kiosk("learners", "import", str(roster), "--home", str(home), "--class", "5º A")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Listo: se importaron 2 personas. Clases nuevas: «5º A»." in result.stdout
    assert counts(home) == (2, 1, 2)


def test_cli_prints_each_bad_row_and_exits_1(tmp_path):
    home = tmp_path / "home"
    roster = tmp_path / "lista.csv"
    roster.write_text("nombre,edad\nAna,8-11\nLuis,9\n,adulto\n", encoding="utf-8")
    result = kiosk("learners", "import", str(roster), "--home", str(home))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "fila 3: la franja de edad «9» no es válida; usá 8-11, 12-17 o adulto" in lines
    assert "fila 4: falta el nombre" in lines
    assert lines[-1].startswith("No se importó nada: 2 de 3 filas tienen problemas.")
    assert counts(home) == (0, 0, 0)


def test_cli_exit_2_when_the_file_cannot_be_read(tmp_path):
    result = kiosk("learners", "import", str(tmp_path / "no-existe.csv"), "--home", str(tmp_path / "home"))
    assert result.returncode == 2 and "no se pudo leer" in result.stderr
    spreadsheet = tmp_path / "lista.xlsx"
    spreadsheet.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    result = kiosk("learners", "import", str(spreadsheet), "--home", str(tmp_path / "home"))
    assert result.returncode == 2 and "no es un CSV" in result.stdout
