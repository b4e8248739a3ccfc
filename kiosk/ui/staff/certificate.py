"""A certificate for a learner who completed a module: one A4 landscape PDF page.

    pages = make_certificate(path, name="Lucía", module_title="Cuidá tus secretos",
                             completed_at=moment, site_name="Telecentro Luque", lang="es")

Contents: the kiosk's logo, the learner's display name exactly as entered, the module's title,
the completion date (America/Asuncion, written out in the interface language: "2 de marzo de
2026") and the site's name.  Laid out as HTML and printed by ``kiosk.ui.pdf.html_to_pdf``.

The staff pages print off the UI thread: ``certificate_document(...)`` writes the words now (the
translations and Qt's locale live on the main thread); its ``render(path)`` lays the page out in
a child process (the task runner's compute lane), and ``kiosk.ui.staff.pdf_preview`` shows and
prints the same HTML inside the kiosk.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject

from kiosk import resources
from kiosk.core import languages
from kiosk.core.clock import to_local
from kiosk.ui import theme
from kiosk.ui.pdf import Printable, html_to_pdf

LOGO_PX = 120


def qt_locale(lang: str) -> QLocale:
    """Dates and numbers as the language's speakers here write them (the registry's locale)."""
    return QLocale(languages.get(lang).locale)


def written_date(moment: datetime, lang: str) -> str:
    """The day of ``moment`` in Asunción, written out: "2 de marzo de 2026", "March 2, 2026"."""
    day = to_local(moment).date()
    qdate = QDate(day.year, day.month, day.day)
    if lang == "es":
        return qt_locale(lang).toString(qdate, "d 'de' MMMM 'de' yyyy")
    return qt_locale(lang).toString(qdate, "MMMM d, yyyy")


class Certificate(QObject):
    """Holds the translatable wording (``self.tr``) and builds the page's HTML."""

    def title(self, module_title: str) -> str:
        """The PDF's document title."""
        return self.tr("Certificate: {module}").format(module=module_title)

    def html(self, name: str, module_title: str, completed_at: datetime, site_name: str,
             lang: str) -> str:
        logo = resources.icon_path("app.svg")
        date_text = written_date(completed_at, lang)
        place = (self.tr("{site}, {date}").format(site=site_name, date=date_text) if site_name
                 else date_text)
        site_line = escape(site_name) if site_name else "Telecentro"
        heading = escape(self.tr("Certificate"))
        recognises = escape(self.tr("This certificate recognises that"))
        completed = escape(self.tr("completed the module"))
        cheer = escape(self.tr("with effort and the will to learn. Congratulations, and keep going!"))
        signature = escape(self.tr("Facilitator’s signature"))
        return f"""
<html><body style="color: {theme.INK};">
<table width="100%" cellspacing="0" cellpadding="28"
       style="border: 6px double {theme.PRIMARY}; border-color: {theme.PRIMARY};">
<tr><td align="center">
  <p align="center"><img src="{logo.as_uri()}" width="{LOGO_PX}" height="{LOGO_PX}"></p>
  <p align="center" style="font-size: 15pt; color: {theme.MUTED};">{site_line}</p>
  <p align="center" style="font-size: 40pt; font-weight: 700; color: {theme.PRIMARY_DARK};">
    {heading}</p>
  <p align="center" style="font-size: 17pt;">{recognises}</p>
  <p align="center" style="font-size: 44pt; font-weight: 700; color: {theme.INK};">{escape(name)}</p>
  <p align="center" style="font-size: 17pt;">{completed}</p>
  <p align="center" style="font-size: 28pt; font-weight: 600; color: {theme.PRIMARY_DARK};">
    «{escape(module_title)}»</p>
  <p align="center" style="font-size: 16pt;">
    {cheer}</p>
  <p align="center" style="font-size: 14pt; color: {theme.MUTED};">{escape(place)}</p>
  <p align="center" style="font-size: 12pt; color: {theme.MUTED};">
    <br>______________________________<br>{signature}</p>
</td></tr></table>
</body></html>"""


def make_certificate(path: Path, *, name: str, module_title: str, completed_at: datetime,
                     site_name: str, lang: str) -> int:
    """Write the certificate PDF to ``path``; return its page count (1)."""
    maker = Certificate()
    return html_to_pdf(maker.html(name, module_title, completed_at, site_name, lang), path,
                       maker.title(module_title), landscape=True)


def certificate_document(*, name: str, module_title: str, completed_at: datetime, site_name: str,
                         lang: str) -> Printable:
    """The certificate's words, written now (the translations and Qt's locale live on the main
    thread): ``.render(path)`` lays it out in a child process (the compute lane), and the
    in-app preview shows and prints the same HTML."""
    maker = Certificate()
    return Printable(maker.html(name, module_title, completed_at, site_name, lang),
                     maker.title(module_title), landscape=True)

