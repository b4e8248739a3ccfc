"""The frozen kiosk's entry point (packaging/telecentro.spec): ``kiosk.cli.main``, as the
installed ``kiosk`` command runs it; with no arguments the kiosk's window opens.

``multiprocessing.freeze_support()`` first: the turtle's sandbox (kiosk/turtle/sandbox.py)
starts its child with "spawn" on Windows, which runs this executable again; without it the
child would open a second kiosk instead of running the learner's program.
"""

import multiprocessing
import sys

from kiosk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
