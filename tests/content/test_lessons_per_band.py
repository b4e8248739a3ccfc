"""Issue 10, point 2: a learner sees only the lessons of their age band, and their module counts
only those (``kiosk.learning.catalog_view``); staff see every lesson."""

from __future__ import annotations

from lesson_tree import LESSON_ES, MODULE, SLUG, TRACK

from kiosk.content.catalog import load_catalog
from kiosk.core.people import AgeBand
from kiosk.learning.catalog_view import for_band, module_for, modules_for, sees_lesson, sensitive_lessons

MODULE_ID = f"{TRACK}/{MODULE}"
TEENS_AND_ADULTS = "audience: [adolescentes-12-17, docentes, familias]"


def two_lessons(tree):
    """The module's lesson for everybody, plus "solo-grandes" for teens and adults."""
    yaml_path = tree.module_dir / "module.yaml"
    yaml_path.write_text(yaml_path.read_text(encoding="utf-8").replace(
        "  - contrasenas-fuertes\n", "  - contrasenas-fuertes\n  - solo-grandes\n"), encoding="utf-8")
    tree.lesson(LESSON_ES.replace(f"{MODULE}/{SLUG}", f"{MODULE}/solo-grandes")
                .replace("audience: [ninos-8-11, adolescentes-12-17]", TEENS_AND_ADULTS), slug="solo-grandes")
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    return catalog


def test_a_child_sees_only_the_lessons_for_children(tree):
    catalog = two_lessons(tree)
    [(_track, module)] = modules_for(catalog, AgeBand.CHILD)
    assert module.lesson_ids == (f"{MODULE_ID}/{SLUG}",)
    assert module.id == MODULE_ID and module.version == catalog.module(MODULE_ID).version
    assert catalog.module(MODULE_ID).lesson_ids == (f"{MODULE_ID}/{SLUG}", f"{MODULE_ID}/solo-grandes")


def test_a_teen_sees_both_and_an_adult_only_theirs(tree):
    catalog = two_lessons(tree)
    [(_t, teen)] = modules_for(catalog, AgeBand.TEEN)
    assert teen is catalog.module(MODULE_ID)  # nothing left out: the module itself
    [(_t, adult)] = modules_for(catalog, AgeBand.ADULT)
    assert adult.lesson_ids == (f"{MODULE_ID}/solo-grandes",)  # the first lesson is 8-17 only


def test_staff_see_every_lesson(tree):
    catalog = two_lessons(tree)
    assert module_for(catalog, MODULE_ID, None) is catalog.module(MODULE_ID)
    assert module_for(catalog, "no/existe", AgeBand.CHILD) is None


def test_a_module_without_lessons_for_a_band_is_not_shown(tree):
    tree.lesson(LESSON_ES.replace("audience: [ninos-8-11, adolescentes-12-17]", TEENS_AND_ADULTS))
    catalog = load_catalog(tree.root)
    module = catalog.module(MODULE_ID)
    assert for_band(module, AgeBand.CHILD) is None
    assert modules_for(catalog, AgeBand.CHILD) == []
    assert not sees_lesson(module.lessons[0], AgeBand.CHILD) and sees_lesson(module.lessons[0], AgeBand.ADULT)


def test_sensitive_lessons_for_the_staff_reports(tree):
    tree.write("ayuda.yaml", "schema: kiosco-leccion/1\nlines:\n  - id: facilitador\n    name: {es: Facilitador}\n"
                             "    who: {es: Acá}\n    hours: {es: Siempre}\n    verified: null\n")
    catalog = two_lessons(tree)
    assert sensitive_lessons(catalog, catalog.module(MODULE_ID).lesson_ids) == []
    tree.lesson(LESSON_ES.replace("authors: [Equipo Telecentro]", "authors: [Equipo Telecentro]\nsensitive: true"))
    catalog = load_catalog(tree.root)
    assert sensitive_lessons(catalog, [*catalog.module(MODULE_ID).lesson_ids, "no/existe/x"]) == [f"{MODULE_ID}/{SLUG}"]
    assert sensitive_lessons(None, ["x"]) == []
