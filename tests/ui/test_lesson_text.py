"""The lesson viewer never touches the network and says so when a link needs internet."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from kiosk.content.render import render_markdown
from kiosk.ui.widgets.lesson_text import LessonText


def test_web_links_are_not_followed_and_images_stay_in_the_module(qtbot, tmp_path):
    module = tmp_path / "modulo"
    (module / "img").mkdir(parents=True)
    (module / "img" / "ok.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    outside = tmp_path / "secreto.txt"
    outside.write_text("no")
    html = render_markdown("Mirá [esta página](https://example.org) y ![ok](img/ok.svg)", module)
    view = LessonText(html, module, 16)
    qtbot.addWidget(view)
    heard: list[str] = []
    view.link_needs_internet.connect(heard.append)
    view.anchorClicked.emit(QUrl("https://example.org"))
    assert heard == ["https://example.org"]
    assert view.source().isEmpty()  # nothing was opened
    assert view.loadResource(2, QUrl("https://example.org/x.png")) is None
    assert view.loadResource(2, QUrl.fromLocalFile(str(outside))) is None
    assert view.loadResource(2, QUrl.fromLocalFile(str(module / "img" / "ok.svg"))) is not None
