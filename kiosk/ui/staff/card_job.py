"""New picture passwords for a whole class, and their cards: the PDF is written first (on the
compute lane), then the hashes are stored in one transaction (the database lane).  Should
storing fail, the PDF is deleted, so no card ever shows pictures that do not work.  The cards
then open in the kiosk's own preview (print, or copy to a USB stick)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.core.errors import EnvironmentProblem

if TYPE_CHECKING:
    from kiosk.ui.staff.classes import ClassesPage


def write_cards(page: ClassesPage, path: Path) -> None:
    from kiosk.people.picture_password import random_sequence
    from kiosk.ui.staff.cards import Card, PictureCards
    from kiosk.ui.staff.pdf_preview import PdfPreview
    from kiosk.ui.tasks import Then

    info, members = page.current, list(page.members)
    if info is None or not members:
        return
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    sequences = {m.id: random_sequence() for m in members}
    cards = [Card(m.display_name, m.learner.avatar, sequences[m.id]) for m in members]
    document, db = PictureCards(page.ctx.lang, page).document(cards, info.name), page.ctx.db
    write = lambda: document.render(path)  # noqa: E731 - the layout, in a child process

    def work() -> object:
        try:
            write()
        except EnvironmentProblem:
            return "unwritable"
        return Then("db", lambda: db.store.pictures.set_many(sequences))

    def done(result) -> None:
        if result == "unwritable":
            page.say(QCoreApplication.translate("ClassesPage", "The PDF could not be saved there. Choose another folder or "
                                               "a USB stick."), ok=False)
            return
        page.say(QCoreApplication.translate("ClassesPage", "Cards saved: {path}. Print them and hand each card to its owner.").format(path=str(path)))
        page.refresh()
        page.cards_preview = PdfPreview(document, path, parent=page)  # print or copy from inside the kiosk
        page.cards_preview.finished.connect(page.cards_preview.deleteLater)
        page.cards_preview.open()

    def failed(exc: BaseException) -> None:
        path.unlink(missing_ok=True)
        page.ctx.show_problem(exc)

    page.ctx.tasks.compute.run(work, done, failed)
