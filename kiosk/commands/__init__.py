"""The command line's sub-commands, one module each (``kiosk.cli`` parses the arguments and
calls them).  They open the back end with ``open_backend`` and speak to a person in Spanish."""
