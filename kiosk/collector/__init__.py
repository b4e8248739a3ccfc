"""Telecentro's central collector of counts (kiosk/sync/PROTOCOL.md, server side).

A separate program from the kiosk, installed with the ``collector`` extra
(``pip install "telecentro-kiosk[collector]"``); nothing in the kiosk imports it.
See README.md beside this file.
"""
