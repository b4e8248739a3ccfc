"""Every error code the kiosk raises: the one registry.

A code is stable (stored in the sync outbox, compared by screens, translated by the table in
``kiosk/ui/errors.py``); its ``default`` is what ``str(error)`` says in logs and on the command
line, formatted with the error's parameters.  The ``{placeholders}`` of ``default`` are the
code's parameters: whoever raises the code passes each of them (tests/test_errors.py checks
that, and that every code has a sentence in the UI's table with no other placeholder).

Defaults keep the language they always had: Spanish where the command line showed them to
people, English where only a log or a developer reads them.

Adding a code: one line here, one sentence in ``kiosk/ui/errors.py`` and its Spanish in the
catalog (``python -m kiosk.ui.i18n.update``).
"""

from __future__ import annotations

import string
from enum import StrEnum


class Code(StrEnum):
    """An error code (a ``str``: ``Code.CLASS_NAME_TAKEN == "class-name-taken"``)."""

    default: str

    def __new__(cls, value: str, default: str) -> Code:
        member = str.__new__(cls, value)
        member._value_ = value
        member.default = default
        return member

    @property
    def params(self) -> frozenset[str]:
        """The parameter names ``default`` uses."""
        return placeholders(self.default)

    # -- families: the code a class gives when a raise names none --------------------------
    ERROR = "error", "The kiosk could not do that."
    ENVIRONMENT = "environment", "Something on this computer is not right."
    STORAGE = "storage", "The kiosk cannot open or write its database file."
    CONTENT = "content", "A lesson file is broken."
    INPUT = "input", "That cannot be used."
    REFUSED = "refused", "The kiosk refused that."
    BUG = "bug", "{what}"
    NOT_ALLOWED = "not-allowed", "not allowed: {what}"
    RECORD_NOT_FOUND = "record-not-found", "{what}"

    # -- the database and files on this computer (StorageProblem) ---------------------------
    DISK_FULL = "disk-full", "The disk is full: the kiosk cannot save anything until space is freed."
    DATABASE_READ_ONLY = "database-read-only", \
        "The kiosk cannot write its database: the file or its folder is read-only."
    DATABASE_DAMAGED = "database-damaged", "The kiosk's database file is damaged or is not a kiosk database."
    DATABASE_BUSY = "database-busy", "The database is busy: is another kiosk window open on this computer?"
    DATABASE_LOST = "database-lost", \
        "The kiosk's database file is damaged or gone and there is no backup to restore: the kiosk will not start afresh."
    DATABASE_UNREADABLE = "database-unreadable", \
        "The kiosk cannot read its database file: check the file's owner and permissions."
    DATABASE_FOREIGN = "database-foreign", "This database file was not made by the kiosk."
    DATABASE_TOO_NEW = "database-too-new", \
        "This database was written by a newer version of the kiosk. Install that version (or newer) to open it."
    FILE_NOT_WRITTEN = "file-not-written", "No se pudo escribir «{path}»."
    SIGNING_KEY_UNREADABLE = "signing-key-unreadable", "The kiosk cannot read its signing key."
    SIGNING_KEY_DAMAGED = "signing-key-damaged", "The kiosk's signing key file is damaged."
    SIGNING_KEY_NOT_ED25519 = "signing-key-not-ed25519", "The kiosk's signing key file is not an Ed25519 key."
    SIGNING_KEY_UNSAVED = "signing-key-unsaved", "The kiosk cannot save its signing key."
    BUNDLE_NOT_WRITTEN = "bundle-not-written", \
        "The bundle could not be written to that folder (is the USB stick full or read-only?)."

    # -- learners and picture passwords (InputProblem) --------------------------------------
    LEARNER_NAME_EMPTY = "learner-name-empty", "Write a name or a nickname."
    LEARNER_NAME_TOO_LONG = "learner-name-too-long", "The name is too long: at most {max} characters."
    LEARNER_NAME_TAKEN = "learner-name-taken", \
        "Someone already has this name and this picture. Choose another picture or add a letter to the name."
    AVATAR_UNKNOWN = "avatar-unknown", "Choose a picture from the list."
    CHOICE_UNKNOWN = "choice-unknown", "Unknown {what} {value!r}; use one of: {allowed}."
    PICTURES_NOT_THREE = "pictures-not-three", "Elegí 4 dibujos distintos."
    LEARNER_NAME_SURNAME = "learner-name-surname", \
        "Write only a first name or a nickname, without a surname."
    LEARNER_MERGE_SAME = "learner-merge-same", "Elegí otro perfil: un perfil no se puede unir consigo mismo."
    LEARNER_RESTORE_TAKEN = "learner-restore-taken", \
        "Otra persona activa se llama «{name}» y tiene el mismo dibujo: " \
        "cambiá el nombre o el dibujo de una de las dos."

    # -- staff and their secrets (InputProblem, Refused) ------------------------------------
    STAFF_NAME_EMPTY = "staff-name-empty", "Escribí un nombre."
    STAFF_NAME_TOO_LONG = "staff-name-too-long", "El nombre es demasiado largo: como máximo {max} caracteres."
    STAFF_NAME_TAKEN = "staff-name-taken", "Ya hay alguien del personal con ese nombre. Agregá una inicial."
    STAFF_ROLE_UNKNOWN = "staff-role-unknown", "Rol desconocido {value!r}; usá 'teacher' o 'coordinator'."
    FIRST_STAFF_COORDINATOR = "first-staff-coordinator", "La primera persona del personal tiene que ser coordinador/a."
    ARCHIVE_SELF = "archive-self", \
        "No podés archivar tu propia cuenta; pedíselo a otro coordinador o coordinadora."
    ALREADY_SET_UP = "already-set-up", "Otra persona ya configuró este kiosco: entrá con tu PIN."
    SECRET_EMPTY = "secret-empty", "Escribí un PIN o una contraseña."
    PIN_TOO_SHORT = "pin-too-short", "El PIN tiene que tener de {min} a {max} números."
    PASSWORD_TOO_SHORT = "password-too-short", \
        "La contraseña tiene que tener al menos {min} caracteres (o usá un PIN de {pin_min} a {pin_max} números)."
    SECRET_TOO_LONG = "secret-too-long", "Es demasiado largo: como máximo {max} caracteres."
    NO_COORDINATOR = "no-coordinator", "Este kiosco no tiene coordinador/a todavía: abrilo y configuralo."
    COORDINATOR_UNKNOWN = "coordinator-unknown", "No hay un coordinador/a llamado {name!r} en este kiosco."
    COORDINATOR_NAME_NEEDED = "coordinator-name-needed", \
        "Este kiosco tiene varios coordinadores: decí cuál con --name ({names})."

    # -- the telecenter's settings (InputProblem) --------------------------------------------
    SITE_NAME_TOO_LONG = "site-name-too-long", "El nombre del telecentro es demasiado largo (máximo {max})."
    SITE_CODE_TOO_LONG = "site-code-too-long", "El código del telecentro es demasiado largo (máximo {max})."
    IDLE_NOT_WHOLE = "idle-not-whole", \
        "Los minutos de inactividad tienen que ser un número entero de {min} a {max}."
    IDLE_OUT_OF_RANGE = "idle-out-of-range", "Los minutos de inactividad tienen que estar entre {min} y {max}."
    LANGUAGE_UNKNOWN = "language-unknown", "Idioma desconocido {value!r}; usá uno de: {allowed}."
    GOAL_UNKNOWN = "goal-unknown", "Meta desconocida: {goals}."
    GOAL_OUT_OF_RANGE = "goal-out-of-range", "Cada meta tiene que ser un número entero de 0 a {max}."

    # -- classes and the roster (InputProblem) -----------------------------------------------
    CLASS_NAME_EMPTY = "class-name-empty", "Escribí un nombre para la clase."
    CLASS_NAME_TOO_LONG = "class-name-too-long", "El nombre de la clase es muy largo: como máximo {max} letras."
    CLASS_NAME_TAKEN = "class-name-taken", "Ya hay una clase llamada «{name}». Elegí otro nombre."
    CLASS_RESTORE_TAKEN = "class-restore-taken", \
        "Ya hay una clase llamada «{name}»: cambiá el nombre de una de las dos antes de recuperarla."
    ROSTER_REFUSED = "roster-refused", "No se importó nada: {summary}"

    # -- assignments (InputProblem) ----------------------------------------------------------
    ASSIGN_NO_MODULE = "assign-no-module", "Elegí un módulo."
    ASSIGN_NO_TARGET = "assign-no-target", "Elegí una clase o algunos estudiantes."
    ASSIGN_NO_LEARNERS = "assign-no-learners", "Elegí al menos un estudiante."
    ASSIGN_PAST_DUE = "assign-past-due", "Esa fecha ya pasó: elegí hoy o un día que venga."
    ASSIGN_CLASS_ARCHIVED = "assign-class-archived", "Esta clase está archivada: no puede recibir módulos."
    ASSIGN_NOT_MEMBERS = "assign-not-members", "Algunos de los estudiantes elegidos no están en esta clase."

    # -- workshops and attendance (InputProblem) ---------------------------------------------
    WORKSHOP_TITLE_EMPTY = "workshop-title-empty", "Escribí el nombre del taller."
    WORKSHOP_TITLE_TOO_LONG = "workshop-title-too-long", \
        "El nombre del taller es muy largo: como máximo {max} caracteres."
    WORKSHOP_DATE_BAD = "workshop-date-bad", "La fecha del taller no es válida."
    ANONYMOUS_OUT_OF_RANGE = "anonymous-out-of-range", \
        "La cantidad de personas sin cuenta tiene que estar entre 0 y {max}."
    PARTICIPANT_GONE = "participant-gone", "Alguien de la lista ya no existe en este kiosco."
    DATES_REVERSED = "dates-reversed", "La fecha de inicio ({start}) es posterior a la de fin ({end})."

    # -- sync: the collector and USB bundles (SyncProblem, InputProblem) --------------------
    # These values are stored as the outbox's last error: never rename one.
    UNREACHABLE = "unreachable", "The collector could not be reached."
    UNAUTHORIZED = "unauthorized", "The collector does not accept this kiosk's token."
    BUSY = "busy", "The collector is busy or in maintenance."
    TOO_LARGE = "too-large", "The batch was too large for the collector."
    SERVER_ERROR = "server-error", "The collector answered {status}."
    BAD_REQUEST = "bad-request", "The collector could not read the batch (HTTP {status})."
    BAD_ANSWER = "bad-answer", "The collector's answer could not be read."
    NOT_ENROLLED = "not-enrolled", "This kiosk is not enrolled with a collector yet."
    CODE_USED = "code-used", "The collector refused the enrolment: the code was used already (HTTP {status})."
    CODE_REFUSED = "code-refused", "The collector refused the enrolment code (HTTP {status})."
    INSTALL_REVOKED = "install-revoked", "The collector withdrew this kiosk (HTTP {status})."
    INSTALL_CONFLICT = "install-conflict", \
        "The collector has this kiosk enrolled with another key or site (HTTP {status})."
    INSTALL_REWOUND = "install-rewound", \
        "The collector has newer counts of this kiosk: it was restored from an older copy."
    SERVER_URL_BAD = "server-url-bad", "not a server address: {url!r}"
    FOLDER_MISSING = "folder-missing", "The chosen folder does not exist."
    BUNDLE_UNREADABLE = "bundle-unreadable", "The file is not a readable bundle."
    BUNDLE_UNEXPECTED_FILES = "bundle-unexpected-files", "The bundle has unexpected files."
    BUNDLE_MANIFEST_DAMAGED = "bundle-manifest-damaged", "The bundle's manifest is damaged."
    BUNDLE_NOT_OURS = "bundle-not-ours", "The bundle's manifest is not a telecentro bundle."
    BUNDLE_SIGNATURE_BAD = "bundle-signature-bad", "The bundle's signature is not valid (it was changed)."
    BUNDLE_CELLS_CHANGED = "bundle-cells-changed", "The bundle's cells do not match its manifest (they were changed)."
    BUNDLE_COUNT_MISMATCH = "bundle-count-mismatch", "The bundle's cell count does not match its manifest."
    # -- picture passwords (issue 9) -------------------------------------------------------
    PICTURES_NEED_TEACHER = "pictures-need-teacher", "A teacher must confirm before a learner chooses their first pictures."
    COORDINATOR_PIN_TOO_SHORT = "coordinator-pin-too-short", (
        "El PIN de un coordinador tiene que tener de {min} a {max} números "
        "(o una contraseña de {password_min} caracteres o más).")


def placeholders(template: str) -> frozenset[str]:
    """The field names of a ``str.format`` template: "{name}" and "{value!r}" -> name, value."""
    names = set()
    for _text, field, _spec, _conversion in string.Formatter().parse(template):
        if field is not None:
            names.add(field.split(".")[0].split("[")[0])
    return frozenset(names)


def known(code: str) -> Code | None:
    """The registered code for ``code``, or None."""
    try:
        return Code(code)
    except ValueError:
        return None
