"""The languages the kiosk's interface speaks: one line per language, and nothing else knows.

Everything that offers or accepts a language reads this registry: ``kiosk --lang``, the
export's ``--lang``, the sign-in screen's and the settings page's pickers, the site setting,
the catalog tool (``python -m kiosk.ui.i18n.update``), the translators the app installs and
the Qt-free catalog (``kiosk.core.i18n``) the CLI, the exports and the PDFs speak through.

Adding a language is its catalog plus one line here (Guaraní was added this way):

1. add ``Language("gn", "Avañeʼẽ", "gn_PY", "kiosk_gn", "qtbase_es", plural="one", shipped=False)``
   (Qt's own dialogs fall back to Spanish; Qt knows no plural rule for Guaraní, so its
   catalog has one form per plural message);
2. ``python -m kiosk.ui.i18n.update`` creates ``kiosk/ui/i18n/kiosk_gn.ts`` with every string;
3. translate it (Qt Linguist, or ``--merge gn FILE.json``), run the tool again, set
   ``shipped=True``: tests/test_languages.py fails while a string, a placeholder or a plural
   form is missing, or a message is stale.
4. A machine-made catalog also says ``reviewed=False``: the pickers and the sign-in screen mark
   the language as awaiting review, and the tool heads its .ts with a note saying so, until a
   native speaker has read it.

Lesson *content* has its own list (``kiosk.content.model.LANGS``: es, gn, en): a lesson may be
written in a language before the interface speaks it, so the two lists are different things.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# Plural rules: n -> the index of the numerus form.  They must match Qt's rule for the
# catalog's language (lupdate writes that many <numerusform>s), so Qt and the Qt-free path
# pick the same form.
PLURAL_RULES: dict[str, tuple[int, Callable[[int], int]]] = {
    "one-other": (2, lambda n: 0 if n == 1 else 1),  # English, Spanish
    "one": (1, lambda n: 0),  # one form: what lupdate writes for a language Qt has no rule for
}


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, the key everywhere: settings, --lang, lesson files
    native_name: str  # as its speakers write it: what the pickers show
    locale: str  # dates and numbers (QLocale / the PDFs)
    catalog: str  # our catalog: kiosk/ui/i18n/<catalog>.ts (source) and .qm (compiled)
    qt_catalog: str | None = None  # Qt's own dialogs, from Qt's translations folder
    plural: str = "one-other"  # a key of PLURAL_RULES
    shipped: bool = True  # offered to people; False while the catalog is being translated
    reviewed: bool = True  # False: machine-made catalog awaiting a native speaker's review
    font: str | None = None  # a bundled font (assets/fonts) its text needs, loaded when chosen

    @property
    def is_source(self) -> bool:
        """English is the source language: its catalog holds only the plural forms."""
        return self.code == SOURCE

    def plural_index(self, n: int) -> int:
        return PLURAL_RULES[self.plural][1](n)

    @property
    def plural_forms(self) -> int:
        return PLURAL_RULES[self.plural][0]


SOURCE = "en"
DEFAULT = "es"

LANGUAGES: tuple[Language, ...] = (
    Language("es", "Español", "es_PY", "kiosk_es", "qtbase_es"),
    Language("en", "English", "en_US", "kiosk_en"),
    # Machine-translated: offered, marked "awaiting review" in the pickers, on screen and in
    # the catalog's header until a native speaker has read it (then: reviewed=True).
    # Noto Sans draws the puso (U+02BC) and g + U+0303 with the tilde on the g.
    Language("gn", "Avañeʼẽ", "gn_PY", "kiosk_gn", "qtbase_es", plural="one", reviewed=False, font="Noto Sans"),
)


def all_languages() -> tuple[Language, ...]:
    """Every registered language, shipped or in translation (the catalog tool works on all)."""
    return LANGUAGES


def shipped() -> tuple[Language, ...]:
    """The languages people can choose, in the order the pickers show them."""
    return tuple(lang for lang in LANGUAGES if lang.shipped)


def codes() -> tuple[str, ...]:
    """The codes people can choose (``--lang`` choices, the site setting)."""
    return tuple(lang.code for lang in shipped())


def get(code: str | None) -> Language:
    """The shipped language ``code``, or the default one for an unknown or missing code."""
    for lang in LANGUAGES:
        if lang.code == code and lang.shipped:
            return lang
    return next(lang for lang in LANGUAGES if lang.code == DEFAULT)


def resolve(code: str | None) -> str:
    """``code`` when people can choose it, else the default language's code."""
    return get(code).code


def awaiting_review(code: str | None) -> bool:
    """True when ``code``'s catalog is machine-made and not yet read by a native speaker."""
    return any(lang.code == code and not lang.reviewed for lang in LANGUAGES)


def choices() -> list[tuple[str, str]]:
    """``[(code, native name)]`` for a language picker."""
    return [(lang.code, lang.native_name) for lang in shipped()]


__all__ = ["DEFAULT", "LANGUAGES", "PLURAL_RULES", "SOURCE", "Language", "all_languages", "awaiting_review",
           "choices", "codes", "get", "resolve", "shipped"]
