"""The command line's words for a storage problem, one sentence per code (context
"StorageWords"): a damaged file, a newer kiosk's file, a busy or read-only one, a missing one."""

from __future__ import annotations

from kiosk.core.errors import Code, KioskError
from kiosk.core.i18n import Context

StorageWords = Context("StorageWords")


def storage_words(exc: KioskError, home: object) -> str:
    """One sentence a coordinator can act on for ``exc`` (a ``StorageProblem``)."""
    code = exc.code
    if code == Code.DATABASE_DAMAGED:
        text = StorageWords.tr("The kiosk's data file in {home} is damaged: nothing was done. "
                               "Run «kiosk doctor --home {home}» and ask for help.")
    elif code == Code.DATABASE_TOO_NEW:
        text = StorageWords.tr("The kiosk's data in {home} was saved by a newer version of the kiosk. "
                               "Install that version (or newer) to open it; the file was not changed.")
    elif code == Code.DATABASE_BUSY:
        text = StorageWords.tr("The kiosk's data in {home} is busy: try again in a moment.")
    elif code == Code.DATABASE_FOREIGN:
        text = StorageWords.tr("The file in {home} was not made by the kiosk.")
    elif code == Code.DISK_FULL:
        text = StorageWords.tr("The disk is full: free some space and try again.")
    elif code == Code.DATABASE_READ_ONLY:
        text = StorageWords.tr("The kiosk cannot write in {home}: the file or its folder is read-only.")
    else:
        text = StorageWords.tr("The kiosk's data in {home} could not be read.")
    return text.format(home=home)
