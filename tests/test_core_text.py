"""Puso and search folding; and kiosk/content stays free of Qt."""

from __future__ import annotations


from kiosk.core.text import PUSO, fold_for_search, normalize_answer, normalize_puso, same_answer


def test_puso_lookalikes_become_u02bc():
    assert normalize_puso("ñe'ẽ") == "ñe\u02bcẽ"
    assert normalize_puso("ñe’ẽ") == "ñe\u02bcẽ"
    assert normalize_puso("ñeʼẽ") == "ñe\u02bcẽ"
    assert PUSO == "\u02bc"


def test_answers_compare_puso_and_case_but_keep_accents():
    assert same_answer("Ñe'ẽ", "ñeʼẽ")
    assert same_answer("  mba’e  porã ", "MBAʼE PORÃ")
    assert not same_answer("porã", "pora")
    assert normalize_answer("Hola   Mundo") == "hola mundo"


def test_search_folding():
    assert fold_for_search("Contraseña") == fold_for_search("CONTRASENA")
    assert fold_for_search("Ñandeʼs") == "nande\u02bcs"
    assert fold_for_search("g̃uahẽ") == "guahe"  # g + U+0303
    assert fold_for_search("mba'e") == fold_for_search("Mba’e") == fold_for_search("mbaʼe")
    assert fold_for_search("mba´e") == fold_for_search("mbaʼe")
    assert fold_for_search("  dos\tespacios ") == "dos espacios"
