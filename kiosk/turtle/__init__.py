"""The turtle coding studio's engine, without Qt (issue 12): the safe Python subset and its
aliases (language), the interpreter with its limits (interpreter), the turtle's geometry
(geometry), the child process it runs in (sandbox), the drawing compared with a challenge's target
(check). The shared data types are in ``model``; the Qt studio is ``kiosk/ui/turtle/``."""
