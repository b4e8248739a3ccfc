"""``kiosk.core.names``: every class of character a name must not carry is removed, the
Guaraní letters and the accents stay, NFC, names that look the same have one key, and the
limits give their kind messages."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from kiosk.core.names import MAX_MARKS, RAW_MAX, clean_name, name_key, name_problem, spreadsheet_text
from kiosk.core.people import DISPLAY_NAME_MAX, clean_display_name

# Real Guaraní given names and words people use as names; the puso is U+02BC, g̃ is g + U+0303.
GUARANI = ["Ñandutí", "Tupãsy", "Kuñataĩ", "Arasy", "Jasyñe", "Ỹsapy", "Mborayhu", "Kaʼaguy", "Ñeʼẽ Porã",
           "Yvoty", "Pyg\u0303a", "Ag\u0303uije", "Kuarahy", "Taĩ", "Mbaʼeporã", "Ára"]


@pytest.mark.parametrize("name", GUARANI)
def test_guarani_names_are_kept_as_typed(name):
    assert clean_name(name) == unicodedata.normalize("NFC", name)
    assert clean_name(f"  {name}\u200b ") == unicodedata.normalize("NFC", name)


def test_spanish_accents_and_the_letters_stay():
    for name in ("José María", "Ángel", "Begoña", "Müller", "Nguyễn Thị", "D'Ávila", "O’Higgins", "5º A"):
        assert clean_name(name) == name


def test_g_tilde_stays_two_code_points_and_nfc_composes_the_rest():
    assert clean_name("g\u0303uahẽ") == "g\u0303uah\u1ebd"  # g̃ has no precomposed form
    assert clean_name("n\u0303andu\u0301") == "ñandú"
    assert clean_name("y\u0303sapy") == "ỹsapy"
    assert unicodedata.is_normalized("NFC", clean_name("A\u0301ngel e\u0302\u0303"))


@pytest.mark.parametrize("control", [chr(c) for c in range(0, 32) if chr(c) not in "\t\n\x0b\x0c\r\x1b\x1c\x1d\x1e\x1f"]
                         + ["\x7f", "\x80", "\x81", "\x8d", "\x99"])  # ESC and CSI: the escape tests
def test_control_characters_are_removed(control):
    assert clean_name(f"A{control}na") == "Ana"


@pytest.mark.parametrize("space", ["\t", "\n", "\r\n", "\x0b", "\x0c", "\u00a0", "\u2003", "\u3000", "\u2028",
                                   "\u202f", "\u205f", "\u2800", "\u3164"])
def test_every_kind_of_space_becomes_one_space(space):
    assert clean_name(f"{space}Ana{space}{space}María{space}") == "Ana María"


@pytest.mark.parametrize("escape, expected", [
    ("\x1b[31mAna\x1b[0m", "Ana"),  # colours
    ("\x1b[2J\x1b[HAna", "Ana"),  # clear the screen, cursor home
    ("\x1b[1;31;40mLuis", "Luis"),
    ("\x1b]0;kiosk pwned\x07Rosa", "Rosa"),  # window title (OSC ... BEL)
    ("\x1b]8;;http://x.example\x1b\\Link\x1b]8;;\x1b\\", "Link"),  # hyperlink (OSC ... ST)
    ("\x9b31mTeo", "Teo"),  # the 8-bit CSI
    ("Ana\x1b", "Ana"),
    ("Ana\x1bc", "Ana"),  # reset the terminal
])
def test_terminal_escapes_are_removed_whole(escape, expected):
    assert clean_name(escape) == expected


@pytest.mark.parametrize("bidi", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                                  "\u2069", "\u200e", "\u200f", "\u061c"])
def test_bidi_controls_are_removed(bidi):
    assert clean_name(f"{bidi}Ana{bidi}") == "Ana"
    assert clean_name("Ana \u202egpj.exe") == "Ana gpj.exe"


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e",
                                       "\u034f", "\ufe0f", "\ufe00", "\U000e0041", "\U000e0001", "\U000e0100",
                                       "\u17b4", "\u115f", "\uffa0", "\ue000", "\U000f0000", "\ud800"])
def test_zero_width_and_invisible_characters_are_removed(invisible):
    assert clean_name(f"A{invisible}na") in ("Ana", "A na")  # fillers that look like spaces become one
    assert name_key(f"A{invisible}na") in (name_key("Ana"), name_key("A na"))


def test_every_format_character_of_unicode_is_removed():
    found = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    assert len(found) > 150
    kept = [f"U+{ord(ch):04X}" for ch in found if clean_name(f"A{ch}b") != "Ab"]
    assert kept == []


def test_emoji_stay_but_not_their_joiners_and_selectors():
    assert clean_name("Ana 😀") == "Ana 😀"
    assert clean_name("Ana ❤\ufe0f") == "Ana ❤"
    assert clean_name("Ana 👩\u200d💻") == "Ana 👩💻"


def test_stacked_combining_marks_are_capped():
    zalgo = "Z" + "\u0301\u0300\u0302\u0303\u0304\u0306" * 20 + "algo"
    cleaned = clean_name(zalgo)
    assert unicodedata.normalize("NFD", cleaned)[0] == "Z" and cleaned.endswith("algo")
    assert sum(1 for ch in cleaned if unicodedata.combining(ch)) <= MAX_MARKS
    assert clean_name("\u0301\u0303Ana \u0303Luis") == "Ana Luis"  # a mark with no letter to sit on


def test_clean_is_idempotent_and_ascii_fast_path_agrees():
    for raw in ["  Ana  María ", "\x1b[31mAna\u200b\u202e", *GUARANI, "Z\u0301\u0301\u0301\u0301\u0301"]:
        once = clean_name(raw)
        assert clean_name(once) == once
    assert clean_name("Ana\tMaría") == clean_name("Ana\tMar\u00eda") == "Ana María"
    assert clean_display_name("  Ana\u200b ") == "Ana"  # the old name, the same function


def test_names_that_look_the_same_have_one_key():
    same = ["Ana", "ana", "ANA", "Ána", "Ana\u200b", "\u202eAna", "A\u00adna", "ＡＮＡ", "Аna", "Ana\ufeff", " Ana ",
            "A\u2060na", "\x1b[1mAna\x1b[0m", "Αna"]
    assert {name_key(n) for n in same} == {"ana"}
    assert name_key("Kaʼa") == name_key("Ka'a") == name_key("Ka’a")
    assert name_key("Ñandutí") == name_key("nanduti")
    assert len({name_key(n) for n in ("Ana", "Ena", "Anahí", "An a", "Luis")}) == 5


def test_name_problem_empty_after_cleaning_and_too_long():
    assert name_problem("Ana", DISPLAY_NAME_MAX) == ("Ana", None)
    assert name_problem("\u200b\u202e \x1b[31m", DISPLAY_NAME_MAX) == ("", "empty")
    assert name_problem("   ", DISPLAY_NAME_MAX) == ("", "empty")
    assert name_problem("A" * DISPLAY_NAME_MAX, DISPLAY_NAME_MAX)[1] is None
    assert name_problem("A" * DISPLAY_NAME_MAX + "\u200b" * 50, DISPLAY_NAME_MAX)[1] is None  # invisible: not counted
    assert name_problem("A" * (DISPLAY_NAME_MAX + 1), DISPLAY_NAME_MAX)[1] == "too-long"
    assert name_problem("\u200b" * (RAW_MAX + 1) + "Ana", DISPLAY_NAME_MAX)[1] == "too-long"  # a huge paste


def test_spreadsheet_text_cleans_and_neutralises_formulas():
    assert spreadsheet_text("Ana") == "Ana"
    assert spreadsheet_text("=HYPERLINK(\"http://x\";\"clic\")") == "'=HYPERLINK(\"http://x\";\"clic\")"
    for formula in ("+1", "-1", "@SUM(A1)", "\t=1", "\u200b=1", "\u202e=1"):
        assert spreadsheet_text(formula).startswith("'"), formula
    assert spreadsheet_text("Ana\u202e\u200b\x1b[31m") == "Ana"
    assert spreadsheet_text("") == ""
