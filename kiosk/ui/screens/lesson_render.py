"""The lesson screen's pages, rendered off the UI thread (``LessonScreen``'s part that asks the
task runner's compute lane for a page's HTML, keeps it for the visit, renders the next page ahead
and gives up on a page too slow to render: see ``kiosk.ui.screens.lesson``)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kiosk.content.model import MarkdownBlock

if TYPE_CHECKING:
    from kiosk.ui.tasks import Task

log = logging.getLogger("kiosk.ui.lesson")


class PageRenders:
    """Mixed into ``LessonScreen``: its ``lesson``, ``tasks``, ``render``, ``_rendered``,
    ``_renders``, ``_visit``, ``waiting`` and ``_too_slow_timer``; ``_build`` lays a page out."""

    def _sources(self, index: int) -> list[str]:
        assert self.lesson is not None
        return [b.source for b in self.lesson.pages[index].blocks if isinstance(b, MarkdownBlock)]

    def _render_now(self, index: int) -> list[str]:
        assert self.lesson is not None
        return [self.render(source, self.lesson.module_dir) for source in self._sources(index)]

    def _request(self, index: int) -> tuple[Task, dict[str, list[str]]]:
        """Page ``index`` rendering on the compute lane (asked for once per visit)."""
        assert self.lesson is not None and self.tasks is not None
        if index in self._renders:
            return self._renders[index]
        sources, module_dir, render = self._sources(index), self.lesson.module_dir, self.render
        holder: dict[str, list[str]] = {}
        visit = self._visit

        def work() -> list[str]:  # the compute lane: no widget here
            holder["html"] = [render(source, module_dir) for source in sources]
            return holder["html"]

        task = self.tasks.compute.run(work, lambda htmls: self._arrived(visit, index, htmls),
                                      lambda exc: self._failed(visit, index, exc))
        self._renders[index] = (task, holder)
        return task, holder

    def _prerender(self, index: int) -> None:
        if (self.tasks is not None and self.lesson is not None and index < len(self.lesson.pages)
                and index not in self._rendered):
            self._request(index)

    def _arrived(self, visit: int, index: int, htmls: list[str]) -> None:
        if visit != self._visit:
            return
        self._renders.pop(index, None)
        self._rendered[index] = htmls
        if self.waiting == index:
            self.waiting = None
            self._too_slow_timer.stop()
            self._build(index, htmls)

    def _failed(self, visit: int, index: int, exc: BaseException) -> None:
        if visit != self._visit:
            return
        self._renders.pop(index, None)
        log.warning("no se pudo preparar la página %d de %s", index + 1,
                    self.lesson.id if self.lesson else "?", exc_info=exc)
        if self.waiting == index:
            self._too_slow()

    def _too_slow(self) -> None:
        """The page is not ready in time: its text gives way to a kind message."""
        index, self.waiting = self.waiting, None
        if index is not None and self.lesson is not None:
            log.warning("la página %d de %s no estuvo lista a tiempo", index + 1, self.lesson.id)
            self._build(index, None)

    def _forget_renders(self) -> None:
        for task, _ in self._renders.values():
            task.cancel()  # dropped if it has not started
        self._renders, self._rendered = {}, {}
        self._visit += 1
        self.waiting = None
        self._too_slow_timer.stop()
