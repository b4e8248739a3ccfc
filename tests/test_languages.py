"""One way to translate: the languages registry, one catalog per language for Qt and Qt-free
code alike, and a new language is a catalog plus one registry line.

* every catalog (es, en, gn: shipped or in translation) has every string of the code, finished,
  with the same placeholders and all its plural forms, and nothing stale: no message the code
  no longer has, no obsolete one (the check is shown to fail on a broken catalog; that each .qm
  is its .ts compiled now is tests/test_i18n.py's);
* a machine-made catalog (``reviewed=False``) says so in its header, and the tool keeps saying it;
* the Qt-free path (``kiosk.core.i18n``: the CLI, the exports, the PDFs) says exactly what Qt
  says for every message and every plural form;
* a generated catalog plus a registry line makes a new language work in the CLI, the exports,
  the sync messages and the Qt interface.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from kiosk.core import i18n, languages
from kiosk.ui.i18n import update

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")
SHIPPED = languages.shipped()
ALL = languages.all_languages()
# Known leftovers: a date pattern chosen by language code (the certificate's written date, the
# sync page's days).  They belong in the catalog as translatable patterns, like home.py's.
DATE_PATTERNS = re.compile(r'^\s*if lang == "es":$|"ddd dd/MM/yyyy" if self\.ctx\.lang != "en"')


def read_catalog(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def catalog_problems(lang: languages.Language, catalog: Path, code: Path) -> list[str]:
    """Why ``catalog`` cannot ship as ``lang``, given ``code`` (lupdate's catalog of the code
    now): a missing or unfinished string, a placeholder lost or added, a plural form missing,
    a stale message (the code no longer has it, or it is marked obsolete/vanished)."""
    problems = []
    have = read_catalog(catalog)
    wanted_keys = read_catalog(code).keys()
    for key, message in have.items():
        if key not in wanted_keys or message.find("translation").get("type") in {"obsolete", "vanished"}:
            problems.append(f"stale: {lang.code} {key[0]}: {key[1]!r}")
    for key, wanted in read_catalog(code).items():
        context, source, _comment = key
        where = f"{lang.code} {context}: {source!r}"
        message = have.get(key)
        if message is None:
            problems.append(f"missing: {where}")
            continue
        translation = message.find("translation")
        if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            problems.append(f"unfinished: {where}")
        if wanted.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != lang.plural_forms:
                problems.append(f"{len(forms)} plural forms instead of {lang.plural_forms}: {where}")
            if forms and "%n" not in "".join(forms[1:] or forms):
                problems.append(f"no %n in the plural: {where}")
        else:
            forms = [translation.text or ""]
        for text in forms:
            if not text.strip():
                problems.append(f"empty: {where}")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {where} -> {text!r}")
    return problems


def code_catalog(folder: Path, lang: languages.Language) -> Path:
    fresh = folder / f"code_{lang.code}.ts"
    update.lupdate(fresh, lang.code, plural_only=lang.is_source)
    return fresh


# -- the registry ------------------------------------------------------------------------------

def test_the_registry_is_consistent():
    codes = [lang.code for lang in languages.all_languages()]
    assert len(codes) == len(set(codes))
    assert languages.DEFAULT in languages.codes() and languages.SOURCE in languages.codes()
    assert languages.choices() == [(lang.code, lang.native_name) for lang in SHIPPED]
    for lang in languages.all_languages():
        assert lang.plural in languages.PLURAL_RULES
        assert re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", lang.locale), lang.locale
        assert lang.native_name.strip()
    assert languages.resolve("xx") == languages.DEFAULT and languages.resolve(None) == languages.DEFAULT


@pytest.mark.parametrize("lang", SHIPPED, ids=lambda lang: lang.code)
def test_each_shipped_language_has_its_files(qapp, lang):
    from PySide6.QtCore import QLibraryInfo, QLocale

    assert (i18n.CATALOG_DIR / f"{lang.catalog}.ts").is_file() and (i18n.CATALOG_DIR / f"{lang.catalog}.qm").is_file()
    assert QLocale(lang.locale).name() == lang.locale if "_" in lang.locale else True
    if lang.qt_catalog:  # Qt's own dialogs: shipped in PySide6-Essentials' translations folder
        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        assert (folder / f"{lang.qt_catalog}.qm").is_file()


def test_no_language_list_outside_the_registry():
    """Languages are listed in kiosk/core/languages.py only.  Lesson *content* languages are a
    different list (kiosk.content: es is the reference text, gn and en translate it), and so are
    the languages a turtle program is written in (kiosk.turtle: its command aliases)."""
    listed = re.compile(r"""["'](es|en|gn)["']\s*,\s*["'](es|en|gn)["']|Español|"English"|es_PY|"""
                        r"""lang(uage)?\s*[!=]=\s*["'](es|en|gn)["']|QLocale\.Language\.(Spanish|English)""")
    offenders = []
    for path in sorted(update.KIOSK.rglob("*.py")):
        if path.name == "languages.py" or {"collector", "content", "turtle"} & set(path.relative_to(update.KIOSK).parts):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if listed.search(line) and not DATE_PATTERNS.search(line):
                offenders.append(f"{path.relative_to(update.KIOSK)}:{number}: {line.strip()}")
    assert offenders == [], "\n".join(offenders)


# -- every shipped language is complete ---------------------------------------------------------

@pytest.mark.parametrize("lang", ALL, ids=lambda lang: lang.code)
def test_every_catalog_has_every_label_placeholder_and_plural_and_nothing_stale(tmp_path, lang):
    problems = catalog_problems(lang, i18n.CATALOG_DIR / f"{lang.catalog}.ts", code_catalog(tmp_path, lang))
    assert problems == [], "\n".join(problems) + "\n(run python -m kiosk.ui.i18n.update, then translate)"


def test_the_check_fails_on_a_missing_label_a_lost_placeholder_and_a_missing_plural(tmp_path):
    es = languages.get("es")
    broken = tmp_path / "broken.ts"
    shutil.copy(i18n.CATALOG_DIR / "kiosk_es.ts", broken)
    tree = ET.parse(broken)
    plain = [m for m in tree.iter("message") if m.get("numerus") != "yes"]
    placeholders = [m for m in plain if "{" in (m.findtext("source") or "")]
    words = [m for m in plain if "{" not in (m.findtext("source") or "")]
    plural = next(m for m in tree.iter("message") if m.get("numerus") == "yes")
    words[0].find("translation").text = ""
    placeholders[0].find("translation").text = "sin marcadores"
    words[1].find("translation").set("type", "unfinished")
    words[2].find("translation").set("type", "vanished")
    forms = plural.find("translation")
    forms.remove(list(forms.iter("numerusform"))[-1])
    gone = ET.SubElement(next(tree.iter("context")), "message")  # a string the code no longer has
    ET.SubElement(gone, "source").text = "A label that was removed from the code"
    ET.SubElement(gone, "translation").text = "Una etiqueta que ya no existe"
    tree.write(broken, encoding="utf-8")
    problems = catalog_problems(es, broken, code_catalog(tmp_path, es))
    assert any(p.startswith("empty:") for p in problems)
    assert any(p.startswith("placeholders differ:") for p in problems)
    assert any(p.startswith("1 plural forms instead of 2:") for p in problems)
    assert any(p.startswith("unfinished:") for p in problems)
    assert any(p.startswith("stale:") and "removed from the code" in p for p in problems)
    assert sum(p.startswith("stale:") for p in problems) == 2  # the vanished one too
    assert catalog_problems(es, broken, broken) != []


def test_the_review_note_heads_a_machine_made_catalog_and_the_tool_keeps_it(tmp_path):
    """Guaraní's catalog is machine-made: its header says it awaits a native speaker's review.
    lupdate and Qt Linguist drop comments, so the tool writes the note again on every run; a
    reviewed language's catalog has none."""
    note = f"<!--{update.REVIEW_NOTE}-->"
    for lang in ALL:
        head = (i18n.CATALOG_DIR / f"{lang.catalog}.ts").read_text(encoding="utf-8")[:1000]
        assert (note in head) == (not lang.reviewed), lang.code
    gn = next(lang for lang in ALL if lang.code == "gn")
    assert not gn.reviewed and gn in SHIPPED  # offered, and marked (the pickers, the sign-in screen)

    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(i18n.CATALOG_DIR / "kiosk_gn.ts", folder)
    text = (folder / "kiosk_gn.ts").read_text(encoding="utf-8").replace(note, "")
    (folder / "kiosk_gn.ts").write_text(text, encoding="utf-8")  # as Qt Linguist saves it
    assert update.update(gn, {}, folder) == []
    assert note in (folder / "kiosk_gn.ts").read_text(encoding="utf-8")[:1000]
    assert update.update(gn, {}, folder) == []  # once, not once per run
    assert (folder / "kiosk_gn.ts").read_text(encoding="utf-8").count(note) == 1
    reviewed = languages.Language("gn", "Avañeʼẽ", "gn_PY", "kiosk_gn", "qtbase_es", plural="one")
    assert update.update(reviewed, {}, folder) == []
    assert "REVIEW PENDING" not in (folder / "kiosk_gn.ts").read_text(encoding="utf-8")


# -- one catalog, two paths ---------------------------------------------------------------------

def test_guarani_is_written_as_paraguayan_orthography_asks():
    """The puso is U+02BC (never an apostrophe or a quote mark the English source does not have);
    g̃ is g + U+0303 (no look-alike precomposed letter); nasal vowels are there at all."""
    problems = []
    for (context, source, _c), message in read_catalog(i18n.CATALOG_DIR / "kiosk_gn.ts").items():
        translation = message.find("translation")
        for text in [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]:
            if any(text.count(mark) > source.count(mark) for mark in "'’‘`´"):
                problems.append(f"not a puso (U+02BC): {context}: {text!r}")
            if any(letter in text for letter in "ĝğǧĜĞǦ"):
                problems.append(f"g̃ must be g + U+0303: {context}: {text!r}")
    assert problems == [], "\n".join(problems)
    text = " ".join(t for t in i18n.messages("gn").values() if isinstance(t, str))
    assert "\u02bc" in text and "ẽ" in text and "ỹ" in text


@pytest.mark.parametrize("lang", SHIPPED, ids=lambda lang: lang.code)
def test_the_qt_free_path_says_what_qt_says(qapp, lang):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(lang.catalog, str(i18n.CATALOG_DIR))
    QCoreApplication.installTranslator(translator)
    try:
        for (context, source, comment), message in read_catalog(i18n.CATALOG_DIR / f"{lang.catalog}.ts").items():
            counts = (0, 1, 2, 5, 21) if message.get("numerus") == "yes" else (-1,)
            for n in counts:
                qt = QCoreApplication.translate(context, source, comment or None, n)
                assert i18n.translate(context, source, comment, n, lang=lang.code) == qt, (context, source, n)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_qt_free_labels_follow_the_interface_language():
    from kiosk.attendance import export
    from kiosk.core.people import age_band_label
    from kiosk.sync import messages

    assert export.headers("es")[:3] == ("Fecha", "Entrada", "Salida")
    assert export.headers("en")[:3] == ("Date", "Time in", "Time out")
    assert messages.rejected_words(1, {"bad-value": 1}) == "El servidor rechazó 1 dato: el valor no es válido"
    assert messages.rejected_words(3, {"bad-value": 3}) == "El servidor rechazó 3 datos: el valor no es válido"
    i18n.set_language("en")  # the app and the CLI do this (tests/conftest.py sets it back)
    assert export.headers()[0] == "Date" and age_band_label("8-11") == "8 to 11 years"
    assert messages.rejected_words(1, {"bad-value": 1}) == "The server refused one figure: the value is not valid"
    assert messages.error_words("server-error", {"status": 503}).startswith("The server had a problem (code 503)")
    i18n.set_language("es")
    assert age_band_label("8-11") == "8 a 11 años" and messages.when_words(None) == "nunca"


# -- a new language: a catalog plus one registry line --------------------------------------------

def pseudo(text: str) -> str:
    """A pseudo-translation that keeps every placeholder: "Date" -> "⟦Date⟧"."""
    return f"⟦{text}⟧"


@pytest.fixture
def new_language(tmp_path, monkeypatch):
    """A next language (Quechua, say) added as the registry's docstring says: the update tool
    writes its catalog (every string, Qt and Qt-free), a translator fills it (here a
    pseudo-translation), and ONE registry line."""
    folder = tmp_path / "i18n"
    shutil.copytree(i18n.CATALOG_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    line = languages.Language("qu", "Runasimi", "qu_PE", "kiosk_qu", "qtbase_es")
    monkeypatch.setattr(languages, "LANGUAGES", (*languages.LANGUAGES, line))
    monkeypatch.setattr(i18n, "CATALOG_DIR", folder)
    import kiosk.app

    monkeypatch.setattr(kiosk.app, "I18N_DIR", str(folder))
    i18n.messages.cache_clear()
    missing = update.update(line, {}, folder)  # the tool creates the catalog, untranslated
    assert missing and (folder / "kiosk_qu.ts").is_file()
    tree = ET.parse(folder / "kiosk_qu.ts")
    for message in tree.iter("message"):
        translation = message.find("translation")
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = pseudo(message.findtext("source"))
        if not forms:
            translation.text = pseudo(message.findtext("source"))
        translation.attrib.pop("type", None)
    tree.write(folder / "kiosk_qu.ts", encoding="utf-8")
    assert update.update(line, {}, folder) == []  # translated: nothing missing, compiled
    yield line
    i18n.messages.cache_clear()


def test_a_new_language_is_a_catalog_plus_one_registry_line(new_language, tmp_path, qapp, capsys):
    # it ships: the same completeness check as every shipped language
    assert new_language in languages.shipped() and ("qu", "Runasimi") in languages.choices()
    assert catalog_problems(new_language, i18n.CATALOG_DIR / "kiosk_qu.ts", code_catalog(tmp_path, new_language)) == []

    # the command line accepts it and speaks it
    from kiosk import cli

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert cli.main(["--lang", "qu", "demo", "--home", str(blocker / "home")]) == 2
    assert capsys.readouterr().err.startswith(pseudo("kiosk demo: could not open {home}: {error}").split("{")[0])
    assert cli.build_parser().parse_args(["export", "attendance", "--from", "2025-03-01", "--to", "2025-03-31",
                                          "--lang", "qu", "--out", "x.csv"]).export_lang == "qu"

    # the exports, the attendance sheet, the sync messages and the domain's labels
    from kiosk.attendance import export
    from kiosk.attendance.sheet_html import build_sheets, sheet_html
    from kiosk.core.people import role_label
    from kiosk.sync import messages

    assert export.headers("qu")[0] == pseudo("Date")
    assert export.sheet_title("qu", "Luque") == f"{pseudo('Attendance')} — Luque"
    march = build_sheets([], date(2025, 3, 1), date(2025, 3, 31))
    html = sheet_html(march, site_name="Luque", class_name=None, lang="qu")
    assert f"{pseudo('Monthly attendance sheet')} — {pseudo('March')} 2025" in html and pseudo("Mo") in html
    assert i18n.language() == "qu"  # the CLI chose it for every Qt-free text of the process
    i18n.set_language("es")
    assert messages.rejected_words(2, {"bad-value": 2}) == "El servidor rechazó 2 datos: el valor no es válido"
    i18n.set_language("qu")
    assert role_label("learner") == pseudo("Learner")
    assert messages.rejected_words(2, {"bad-value": 2}) == (
        pseudo("The server refused %n figure(s): {reasons}").replace("%n", "2")
        .format(reasons=pseudo("the value is not valid")))

    # and Qt's interface: our catalog plus Qt's Spanish one for its own dialogs
    from PySide6.QtCore import QCoreApplication

    from kiosk.app import install_translators

    installed = install_translators(qapp, "qu")
    assert [Path(t.filePath()).name for t in installed] == ["qtbase_es.qm", "kiosk_qu.qm"]
    assert QCoreApplication.translate("SignInScreen", "I’m new") == pseudo("I’m new")
    assert QCoreApplication.translate("IdleOverlay", "Your session will close in %n second(s) so that nobody "
                                      "else uses it.", None, 1) == pseudo(
        "Your session will close in %n second(s) so that nobody else uses it.").replace("%n", "1")
    assert i18n.language() == "qu"


def test_a_language_in_translation_is_not_offered(monkeypatch):
    line = languages.Language("qu", "Runasimi", "qu_PE", "kiosk_qu", "qtbase_es", plural="one", shipped=False)
    monkeypatch.setattr(languages, "LANGUAGES", (*languages.LANGUAGES, line))
    assert line in languages.all_languages() and "qu" not in languages.codes()
    assert languages.resolve("qu") == languages.DEFAULT
    from kiosk import cli

    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["--lang", "qu"])
