"""The window's screens other than the sign-in, built the first time they are shown (keeps the
start-up fast: their modules are imported then, not before the sign-in is painted), each wired
to the window (``kiosk.ui.main_window.MainWindow._screen``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow


def build_screen(window: MainWindow, name: str) -> Any:
    """The screen called ``name``, connected to ``window``; ``KeyError`` for an unknown name."""
    if name == "register":
        from kiosk.ui.screens.register import RegisterScreen
        from kiosk.ui.avatars import bundled_avatars

        screen = RegisterScreen(bundled_avatars(window.lang), lang=window.lang)
        screen.submitted.connect(window.register)
        screen.cancelled.connect(window.show_signin)
    elif name == "home":
        from kiosk.ui.screens.home import HomeScreen

        screen = HomeScreen()
        screen.open_lesson.connect(window.open_lesson)
        screen.sign_out.connect(lambda: window.sign_out("exit"))
        screen.open_gallery.connect(window.learners.show_gallery)
    elif name == "gallery":
        from kiosk.ui.screens.gallery import GalleryScreen

        screen = GalleryScreen(tasks=window.tasks)  # drawings re-run on its compute lane
        screen.home.connect(window.show_home)
        screen.delete_requested.connect(window.learners.delete_drawing)
    elif name == "lesson":
        from kiosk.ui.screens.lesson import LessonScreen

        screen = LessonScreen(tasks=window.tasks)  # pages render on its compute lane
        screen.page_shown.connect(window.lessons.page_shown)
        screen.record_answer.connect(window.lessons.record)  # committed, then shown (kiosk/ui/answer_commit.py)
        screen.save_drawing.connect(window.lessons.save_drawing)
        screen.finished.connect(window.lessons.finish)
        screen.go_home.connect(window.leave_lesson)
    elif name == "staff_signin":
        from kiosk.ui.staff.signin import StaffSignInScreen

        screen = StaffSignInScreen()
        screen.submitted.connect(window.staff_flow.submitted)
        screen.cancelled.connect(window.staff_flow.leave_staff_screens)
    elif name == "first_run":
        from kiosk.ui.staff.first_run import FirstRunScreen

        screen = FirstRunScreen()
        screen.submitted.connect(window.staff_flow.first_run_submitted)
        screen.cancelled.connect(window.staff_flow.leave_staff_screens)
    elif name == "complete":
        from kiosk.ui.screens.complete import CompleteScreen

        screen = CompleteScreen()
        screen.home.connect(window.show_home)
        screen.next_lesson.connect(window._open_next_lesson)
    else:
        raise KeyError(name)
    return screen
