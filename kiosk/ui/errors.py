"""The one table that turns an error's code and parameters into a translated sentence.

Screens never read an error's message (``str(error)`` is for logs and the command line):

* ``user_error_text(exc)`` -- the sentence when the person can act on it (an ``InputProblem``
  or a ``Refused``), else None: the caller hands the error to ``show_problem`` (logged, banner).
* ``error_text(exc)`` -- a sentence for any error: its code's, else its family's, else the
  apology for a bug.
* ``code_text(code, params)`` -- the sentence for a stored code (the sync page's last error).

Every code of ``kiosk.core.error_codes.Code`` has a sentence here, and a sentence's
``{placeholders}`` are among its code's parameters (tests/test_errors.py).  English sources,
context "Errors"; the Spanish is in ``i18n/kiosk_es.ts``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.core.errors import Code, InputProblem, KioskError, Refused, StorageProblem

CONTEXT = "Errors"

SENTENCES: dict[str, str] = {
    # -- families (a code a screen did not expect still gets its family's sentence) ---------
    Code.ERROR: QT_TRANSLATE_NOOP("Errors", "The kiosk could not do that. Try again."),
    Code.ENVIRONMENT: QT_TRANSLATE_NOOP(
        "Errors", "Something on this computer is not right. Please tell the facilitator."),
    Code.STORAGE: QT_TRANSLATE_NOOP("Errors", "The kiosk could not save to its disk. Please tell the facilitator."),
    Code.CONTENT: QT_TRANSLATE_NOOP("Errors", "A lesson could not be opened. Please tell the facilitator."),
    Code.INPUT: QT_TRANSLATE_NOOP("Errors", "That cannot be saved. Check what you wrote."),
    Code.REFUSED: QT_TRANSLATE_NOOP("Errors", "That cannot be done now."),
    # A bug says nothing about what was saved: it may have been a write that failed.
    Code.BUG: QT_TRANSLATE_NOOP("Errors", "Something went wrong. Please tell the facilitator."),
    Code.NOT_ALLOWED: QT_TRANSLATE_NOOP("Errors", "Something went wrong. Please tell the facilitator."),
    Code.RECORD_NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "Something went wrong. Please tell the facilitator."),
    # -- the database and files on this computer -------------------------------------------
    Code.DISK_FULL: QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: the kiosk cannot save anything. Please tell the facilitator."),
    Code.DATABASE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk cannot write to its disk. Please tell the facilitator."),
    Code.DATABASE_DAMAGED: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk’s data file is damaged. Please tell the facilitator."),
    Code.DATABASE_LOST: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk’s data file is damaged or missing and there is no backup. The kiosk will not start "
        "empty. Please call the coordinator: the learners’ data may still be recovered."),
    Code.DATABASE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk cannot read its data file (its permissions changed). Please tell the facilitator."),
    Code.DATABASE_BUSY: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk’s data is busy: is another kiosk window open on this computer?"),
    Code.DATABASE_FOREIGN: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk’s data file was not made by the kiosk. Please tell the facilitator."),
    Code.DATABASE_TOO_NEW: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk’s data was saved by a newer version of the kiosk. Install that version to open it."),
    Code.FILE_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Errors", "The file could not be saved there. Try another folder or a USB stick."),
    Code.SIGNING_KEY_UNREADABLE: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk cannot read its signing key. Please tell the facilitator."),
    Code.SIGNING_KEY_DAMAGED: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk’s signing key is damaged. Please tell the facilitator."),
    Code.SIGNING_KEY_NOT_ED25519: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk’s signing key cannot be used. Please tell the facilitator."),
    Code.SIGNING_KEY_UNSAVED: QT_TRANSLATE_NOOP(
        "Errors", "The kiosk cannot save its signing key. Please tell the facilitator."),
    Code.BUNDLE_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Errors", "The figures could not be saved in that folder. Is the USB stick full or read-only?"),
    # -- learners and picture passwords ------------------------------------------------------
    Code.LEARNER_NAME_EMPTY: QT_TRANSLATE_NOOP("Errors", "Write a first name or a nickname."),
    Code.LEARNER_NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "Errors", "That name is too long (at most {max} letters). Write only a first name or a nickname."),
    Code.LEARNER_NAME_TAKEN: QT_TRANSLATE_NOOP(
        "Errors", "Someone already has this name and this picture. Choose another picture."),
    Code.AVATAR_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "Choose a picture from the list."),
    Code.CHOICE_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "Choose one of the options on the list."),
    Code.PICTURES_NOT_THREE: QT_TRANSLATE_NOOP("Errors", "Choose 4 different pictures."),
    Code.LEARNER_NAME_SURNAME: QT_TRANSLATE_NOOP(
        "Errors", "Write only your first name or a nickname, without your surname. If your name has two "
                  "words, ask someone from the staff to help you."),
    Code.LEARNER_MERGE_SAME: QT_TRANSLATE_NOOP("Errors", "Choose another profile: a profile cannot be merged "
                                                         "with itself."),
    Code.LEARNER_RESTORE_TAKEN: QT_TRANSLATE_NOOP(
        "Errors", "Another active learner is called “{name}” and has the same picture. Change the name or the "
                  "picture of one of them first."),
    # -- staff and their secrets -------------------------------------------------------------
    Code.STAFF_NAME_EMPTY: QT_TRANSLATE_NOOP("Errors", "Write the person’s name."),
    Code.STAFF_NAME_TOO_LONG: QT_TRANSLATE_NOOP("Errors", "That name is too long: at most {max} characters."),
    Code.STAFF_NAME_TAKEN: QT_TRANSLATE_NOOP("Errors", "Someone on the staff already has that name. Add an initial."),
    Code.STAFF_ROLE_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "Choose teacher or coordinator."),
    Code.FIRST_STAFF_COORDINATOR: QT_TRANSLATE_NOOP("Errors", "The first person on the staff must be a coordinator."),
    Code.ARCHIVE_SELF: QT_TRANSLATE_NOOP("Errors", "You cannot archive your own account: ask another coordinator."),
    Code.ALREADY_SET_UP: QT_TRANSLATE_NOOP("Errors", "Someone else has just set this kiosk up. Sign in with your PIN."),
    Code.SECRET_EMPTY: QT_TRANSLATE_NOOP("Errors", "Type a PIN or a password."),
    Code.PIN_TOO_SHORT: QT_TRANSLATE_NOOP("Errors", "A PIN needs {min} to {max} numbers."),
    Code.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Errors", "A password needs at least {min} characters (or use a PIN of {pin_min} to {pin_max} numbers)."),
    Code.SECRET_TOO_LONG: QT_TRANSLATE_NOOP("Errors", "That is too long: at most {max} characters."),
    Code.NO_COORDINATOR: QT_TRANSLATE_NOOP("Errors", "This kiosk has no coordinator yet: open it and set it up."),
    Code.COORDINATOR_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "This kiosk has no coordinator called {name}."),
    Code.COORDINATOR_NAME_NEEDED: QT_TRANSLATE_NOOP("Errors", "This kiosk has several coordinators: say which one ({names})."),
    # -- the telecenter's settings -----------------------------------------------------------
    Code.SITE_NAME_TOO_LONG: QT_TRANSLATE_NOOP("Errors", "The telecenter’s name is too long: at most {max} characters."),
    Code.SITE_CODE_TOO_LONG: QT_TRANSLATE_NOOP("Errors", "The telecenter’s code is too long: at most {max} characters."),
    Code.IDLE_NOT_WHOLE: QT_TRANSLATE_NOOP(
        "Errors", "The minutes before an idle sign-out must be a whole number from {min} to {max}."),
    Code.IDLE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Errors", "The minutes before an idle sign-out must be from {min} to {max}."),
    Code.LANGUAGE_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "Choose a language from the list."),
    Code.GOAL_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "The kiosk does not know these goals: {goals}."),
    Code.GOAL_OUT_OF_RANGE: QT_TRANSLATE_NOOP("Errors", "Each goal is a whole number, from 0 to a million."),
    # -- classes and the roster --------------------------------------------------------------
    Code.CLASS_NAME_EMPTY: QT_TRANSLATE_NOOP("Errors", "Write a name for the class."),
    Code.CLASS_NAME_TOO_LONG: QT_TRANSLATE_NOOP("Errors", "A class name can have at most {max} characters."),
    Code.CLASS_NAME_TAKEN: QT_TRANSLATE_NOOP("Errors", "There is already a class with that name. Choose another name."),
    Code.CLASS_RESTORE_TAKEN: QT_TRANSLATE_NOOP(
        "Errors", "Another class already has this name: rename one of them first."),
    Code.ROSTER_REFUSED: QT_TRANSLATE_NOOP(
        "Errors", "Nothing was imported: some rows have problems. Correct them and import the file again."),
    # -- assignments -------------------------------------------------------------------------
    Code.ASSIGN_NO_MODULE: QT_TRANSLATE_NOOP("Errors", "Choose at least one module."),
    Code.ASSIGN_NO_TARGET: QT_TRANSLATE_NOOP("Errors", "Choose a class or some learners."),
    Code.ASSIGN_NO_LEARNERS: QT_TRANSLATE_NOOP("Errors", "Choose at least one learner, or choose the whole class."),
    Code.ASSIGN_PAST_DUE: QT_TRANSLATE_NOOP("Errors", "That date has already passed: choose today or a later day."),
    Code.ASSIGN_CLASS_ARCHIVED: QT_TRANSLATE_NOOP("Errors", "This class is archived: it cannot get new modules."),
    Code.ASSIGN_NOT_MEMBERS: QT_TRANSLATE_NOOP(
        "Errors", "Some of the chosen learners are no longer in this class. Refresh and try again."),
    # -- workshops and attendance ------------------------------------------------------------
    Code.WORKSHOP_TITLE_EMPTY: QT_TRANSLATE_NOOP("Errors", "Write the name of the workshop first."),
    Code.WORKSHOP_TITLE_TOO_LONG: QT_TRANSLATE_NOOP(
        "Errors", "The name of the workshop is too long: at most {max} characters."),
    Code.WORKSHOP_DATE_BAD: QT_TRANSLATE_NOOP("Errors", "The date of the workshop is not valid."),
    Code.ANONYMOUS_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Errors", "The number of people without an account must be from 0 to {max}."),
    Code.PARTICIPANT_GONE: QT_TRANSLATE_NOOP(
        "Errors", "Someone on the list is no longer on this kiosk. Refresh and try again."),
    Code.DATES_REVERSED: QT_TRANSLATE_NOOP("Errors", "The first day ({start}) is after the last day ({end})."),
    # -- sync: the server and USB bundles (the sync page shows these after "Last error") -----
    Code.UNREACHABLE: QT_TRANSLATE_NOOP("Errors", "No connection to the server"),
    Code.UNAUTHORIZED: QT_TRANSLATE_NOOP("Errors", "The server no longer recognises this kiosk: enrol it again"),
    Code.BUSY: QT_TRANSLATE_NOOP("Errors", "The server is busy or in maintenance; it will be tried again later"),
    Code.TOO_LARGE: QT_TRANSLATE_NOOP(
        "Errors", "The batch was too large for the server; it is sent in smaller parts"),
    Code.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "Errors", "The server had a problem (code {status}); it will be tried again later"),
    Code.BAD_REQUEST: QT_TRANSLATE_NOOP(
        "Errors", "The server did not understand the data (a program error); it will be tried again later"),
    Code.BAD_ANSWER: QT_TRANSLATE_NOOP(
        "Errors", "The server's answer could not be understood (a proxy or a login portal?)"),
    Code.NOT_ENROLLED: QT_TRANSLATE_NOOP("Errors", "This kiosk is not enrolled with a server yet"),
    Code.CODE_USED: QT_TRANSLATE_NOOP("Errors", "The server refused the code: another kiosk used it already"),
    Code.CODE_REFUSED: QT_TRANSLATE_NOOP(
        "Errors", "The server refused the code (unknown or expired: ask for a new one)"),
    Code.INSTALL_REVOKED: QT_TRANSLATE_NOOP(
        "Errors", "The server has withdrawn this kiosk: ask the programme office for a new code"),
    Code.INSTALL_CONFLICT: QT_TRANSLATE_NOOP(
        "Errors", "The server already has this kiosk enrolled with another key or at another telecenter: "
                  "ask the programme office"),
    Code.INSTALL_REWOUND: QT_TRANSLATE_NOOP(
        "Errors", "The server had newer figures of this kiosk: it was restored from an older copy. "
                  "From now on it counts as a new kiosk; nothing is counted twice"),
    Code.SERVER_URL_BAD: QT_TRANSLATE_NOOP(
        "Errors", "That is not a server address (for example https://conteos.ejemplo.org.py)."),
    Code.FOLDER_MISSING: QT_TRANSLATE_NOOP("Errors", "That folder does not exist. Choose the USB stick again."),
    Code.BUNDLE_UNREADABLE: QT_TRANSLATE_NOOP("Errors", "That file is not a readable bundle of figures."),
    Code.BUNDLE_UNEXPECTED_FILES: QT_TRANSLATE_NOOP("Errors", "The bundle has files that do not belong in it."),
    Code.BUNDLE_MANIFEST_DAMAGED: QT_TRANSLATE_NOOP("Errors", "The bundle’s list of contents is damaged."),
    Code.BUNDLE_NOT_OURS: QT_TRANSLATE_NOOP("Errors", "That file is not a bundle of telecenter figures."),
    Code.BUNDLE_SIGNATURE_BAD: QT_TRANSLATE_NOOP("Errors", "The bundle’s signature is not valid: it was changed."),
    Code.BUNDLE_CELLS_CHANGED: QT_TRANSLATE_NOOP(
        "Errors", "The bundle’s figures do not match its list of contents: they were changed."),
    Code.BUNDLE_COUNT_MISMATCH: QT_TRANSLATE_NOOP(
        "Errors", "The bundle’s number of figures does not match its list of contents."),
    Code.PICTURES_NEED_TEACHER: QT_TRANSLATE_NOOP(
        "Errors", "Ask your teacher to confirm it is you before you choose your pictures."),
    Code.COORDINATOR_PIN_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Errors", "A coordinator’s PIN needs {min} to {max} numbers (or use a password of {password_min} or more "
        "characters)."),
}


# A learner's answer that could not be recorded (``ActivityWidget.show_not_saved``): what the
# child reads in the question's card, per storage problem (the staff's sentence above is on the
# window's banner at the same time). Never "saved", never right or wrong.
ANSWER_NOT_SAVED: dict[str, str] = {
    Code.DISK_FULL: QT_TRANSLATE_NOOP(
        "Errors", "I could not save your answer: this computer’s disk is full. Tell the person who is helping you."),
    Code.DATABASE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Errors", "I could not save your answer: this computer does not let the kiosk write. "
                  "Tell the person who is helping you."),
    Code.DATABASE_DAMAGED: QT_TRANSLATE_NOOP(
        "Errors", "I could not save your answer: the kiosk’s file is damaged. Tell the person who is helping you."),
    Code.DATABASE_BUSY: QT_TRANSLATE_NOOP(
        "Errors", "I could not save your answer yet: the kiosk is busy. Wait a moment and answer again."),
    Code.DATABASE_TOO_NEW: QT_TRANSLATE_NOOP(
        "Errors", "I could not save your answer: this kiosk is older than its data. Tell the person who is helping you."),
    Code.DATABASE_FOREIGN: QT_TRANSLATE_NOOP(
        "Errors", "I could not save your answer: the kiosk’s data file is not its own. "
                  "Tell the person who is helping you."),
    Code.STORAGE: QT_TRANSLATE_NOOP(
        "Errors", "I could not save your answer. Tell the person who is helping you."),
}
ANSWER_NOT_SAVED_ADVICE = QT_TRANSLATE_NOOP("Errors", "Nothing was marked. You can answer again, or go home.")
SAVING_ANSWER = QT_TRANSLATE_NOOP("Errors", "Saving your answer…")


def answer_not_saved_text(exc: BaseException) -> tuple[str, str]:
    """The child's words for an answer ``exc`` kept from being recorded: (what happened, what
    to do). A storage problem has its own words; anything else the plain ones."""
    code = exc.code if isinstance(exc, StorageProblem) and exc.code in ANSWER_NOT_SAVED else Code.STORAGE
    return (QCoreApplication.translate(CONTEXT, ANSWER_NOT_SAVED[code]),
            QCoreApplication.translate(CONTEXT, ANSWER_NOT_SAVED_ADVICE))


def saving_answer_text() -> str:
    """What a question's card says while a slow commit is under way."""
    return QCoreApplication.translate(CONTEXT, SAVING_ANSWER)


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "?"  # a stored error written before the parameter existed


def code_text(code: str, params: Mapping[str, Any] | None = None) -> str | None:
    """The translated sentence for ``code`` with ``params`` filled in; None for a code the
    table does not have (a stored code from a newer kiosk)."""
    source = SENTENCES.get(code)
    if source is None:
        return None
    return QCoreApplication.translate(CONTEXT, source).format_map(_Params(params or {}))


def error_text(exc: BaseException) -> str:
    """A sentence for any error: its code's, else its family's, else the apology for a bug."""
    if isinstance(exc, KioskError):
        for code in (exc.code, *(getattr(cls, "code", None) for cls in type(exc).__mro__)):
            if code:
                text = code_text(code, exc.params)
                if text is not None:
                    return text
    return code_text(Code.BUG)


def user_error_text(exc: BaseException) -> str | None:
    """The sentence when the person can act on the error (``InputProblem``, ``Refused``);
    None otherwise: pass the error to ``show_problem``, which logs it and shows a banner."""
    if isinstance(exc, (InputProblem, Refused)):
        return error_text(exc)
    return None
