"""The ``scenario`` kind: what the checker proves about a story (path:line), the path answers,
the staff's words and what a translation must keep (lessons/README.md, "scenario")."""

from __future__ import annotations

import json

import pytest
from lesson_tree import LESSON_ES, MODULE_ID, line_of

from kiosk.content.activities import describe_stored, kind_of
from kiosk.content.activities._scenario_graph import ScenarioPath
from kiosk.content.catalog import check_tree
from kiosk.content.parser import parse_lesson

STORY = """\
id: historia
type: scenario
prompt: Un mensaje raro
nodes:
  - id: inicio
    text: Alguien que no conocés te escribe en el juego.
    mock:
      kind: chat
      sender: Premios
      messages:
        - text: Mandame tu contraseña
    choices:
      - text: No contesto
        next: contar
        feedback: Bien, no hace falta contestar.
      - text: Le contesto
        next: final-malo
        feedback: Mejor no, no sabés quién es.
  - id: contar
    text: ¿Y ahora?
    choices:
      - text: Le cuento a mi mamá
        next: final-bueno
      - text: Volver a pensar
        next: inicio
        loop: true
  - id: final-malo
    text: Le robaron la cuenta.
    outcome: bad
    next_step: Contale a una persona adulta; nunca es tarde.
  - id: final-bueno
    text: Tu mamá te ayuda a bloquearlo.
    outcome: good
    next_step: No contestes y contale a una persona adulta.
"""


def lesson_with(story: str, audience: str = "[ninos-8-11, adolescentes-12-17]") -> str:
    text = LESSON_ES.replace("audience: [ninos-8-11, adolescentes-12-17]", f"audience: {audience}")
    return text + "\n---\n\n# Una historia\n\n```quiz\n" + story + "```\n"


def parse(tree, text, lang="es"):
    return parse_lesson(tree.lesson(text, lang), MODULE_ID)


def problems_of(tree, story: str, **kw) -> list[tuple[int, str]]:
    text = lesson_with(story, **kw)
    lesson, problems = parse(tree, text)
    assert lesson is None
    return [(p.line, p.message) for p in problems]


def the_story(tree, story: str = STORY):
    lesson, problems = parse(tree, lesson_with(story))
    assert problems == [], [p.format() for p in problems]
    return lesson, lesson.activity("historia")


def test_a_good_story_parses_with_its_mock(tree):
    _lesson, activity = the_story(tree)
    scenario = activity.spec
    assert scenario.start == "inicio"
    assert [n.id for n in scenario.nodes] == ["inicio", "contar", "final-malo", "final-bueno"]
    assert [c.id for c in scenario.node("inicio").choices] == ["a", "b"]
    assert scenario.node("contar").choices[1].loop
    mock = scenario.node("inicio").mock  # parsed like a ```mock``` block (kiosk.content.mock)
    assert (mock.kind, mock.sender.name, [m.text for m in mock.messages]) == (
        "chat", "Premios", ["Mandame tu contraseña"])
    assert scenario.node("final-bueno").next_step.startswith("No contestes")


@pytest.mark.parametrize(
    ("change", "needle", "message"),
    [
        (lambda s: s.replace("        next: final-malo\n", "        next: final-feo\n"),
         "next: final-feo", "«next: final-feo» en el nodo «inicio»: no hay ningún nodo con ese id"),
        (lambda s: s.replace("        next: contar\n", "        next: final-bueno\n"),
         "  - id: contar", "al nodo «contar» no se llega desde el inicio «inicio»"),
        (lambda s: s.replace("    outcome: bad\n", ""),
         "  - id: final-malo", "el nodo «final-malo» no tiene «choices» ni «outcome»: la historia se corta ahí"),
        (lambda s: s.replace("        loop: true\n", ""),
         "        next: inicio", "la opción «Volver a pensar» del nodo «contar» vuelve a «inicio» y la "
                                "historia da vueltas sin fin; si es a propósito (volver a pensar), "
                                "marcala con «loop: true»"),
        (lambda s: s.replace("    next_step: Contale a una persona adulta; nunca es tarde.\n", ""),
         "  - id: final-malo", "falta «next_step» en el final «final-malo»: todo final dice qué hacer desde ahora"),
        (lambda s: s.replace("outcome: good", "outcome: ok"),
         "nodes:", "el escenario necesita al menos un final con «outcome: good»"),
        (lambda s: s.replace("outcome: bad", "outcome: feo"),
         "outcome: feo", "«outcome» debe ser good, ok o bad (tiene «feo»)"),
        (lambda s: s.replace("prompt: Un mensaje raro\n", "prompt: Un mensaje raro\nstart: final-bueno\n"),
         "start: final-bueno", "la historia no puede empezar en un final («final-bueno»)"),
        (lambda s: s.replace("  - id: contar", "  - id: inicio"),
         "  - id: inicio", "el id de nodo «inicio» ya lo tiene el nodo de la línea"),
    ],
    ids=["unknown-next", "unreachable", "dead-end", "cycle", "no-next-step", "no-good-end",
         "bad-outcome", "start-at-end", "duplicate-id"],
)
def test_the_checker_proves_the_story_at_path_and_line(tree, change, needle, message):
    story = change(STORY)
    text = lesson_with(story)
    problems = problems_of(tree, story)
    nth = 2 if needle == "  - id: inicio" else 1
    expected = line_of(text, needle, nth)
    assert any(line == expected and said.startswith(message) for line, said in problems), problems


def test_nodes_that_only_go_round_never_end(tree):
    story = STORY.replace(
        "      - text: Le cuento a mi mamá\n        next: final-bueno\n"
        "      - text: Volver a pensar\n        next: inicio\n        loop: true\n",
        "      - text: Lo pienso\n        next: pensar\n",
    ).replace("  - id: final-malo", "  - id: pensar\n    text: Pensás.\n    choices:\n"
              "      - text: Otra vez\n        next: contar\n        loop: true\n  - id: final-malo"
    ).replace("        next: final-malo\n", "        next: final-bueno\n", 1).replace(
        "  - id: final-malo\n    text: Le robaron la cuenta.\n    outcome: bad\n"
        "    next_step: Contale a una persona adulta; nunca es tarde.\n", "")
    text = lesson_with(story)
    problems = problems_of(tree, story)
    assert problems == [
        (line_of(text, f"  - id: {node}"),
         f"desde el nodo «{node}» no se llega a ningún final (con «outcome»): la historia no termina")
        for node in ("contar", "pensar")
    ]


def long_story(decisions: int) -> str:
    """A chain of ``decisions`` choices from the start to the good end."""
    nodes = []
    for i in range(decisions):
        target = f"paso-{i + 1}" if i + 1 < decisions else "final-bueno"
        nodes.append(f"  - id: paso-{i}\n    text: Paso {i}\n    choices:\n"
                     f"      - text: Seguir\n        next: {target}\n")
    nodes.append("  - id: final-bueno\n    text: Fin\n    outcome: good\n    next_step: Seguí así.\n")
    return "id: historia\ntype: scenario\nprompt: Larga\nnodes:\n" + "".join(nodes)


def test_the_longest_path_stays_within_the_youngest_band(tree):
    text = lesson_with(long_story(5))
    problems = problems_of(tree, long_story(5))
    assert problems == [(line_of(text, "```quiz", nth=-1),
                         "el escenario «historia» tiene un camino de 5 decisiones (paso-0 → paso-1 → "
                         "paso-2 → paso-3 → paso-4 → final-bueno); para «ninos-8-11» el máximo es 4: "
                         "acortalo")]
    assert parse(tree, lesson_with(long_story(4)))[1] == []
    assert parse(tree, lesson_with(long_story(6), audience="[adolescentes-12-17]"))[1] == []
    assert parse(tree, lesson_with(long_story(7), audience="[adolescentes-12-17]"))[0] is None
    assert parse(tree, lesson_with(long_story(8), audience="[docentes, familias]"))[1] == []


def test_answers_are_paths_and_right_at_a_good_end(tree):
    _lesson, activity = the_story(tree)
    rules = kind_of(activity)
    right = rules.solution(activity)
    assert right == ScenarioPath((("inicio", "a"), ("contar", "a")), "final-bueno")
    assert rules.wrong_answers(activity) == [ScenarioPath((("inicio", "b"),), "final-malo")]
    looped = ScenarioPath((("inicio", "a"), ("contar", "b"), ("inicio", "a"), ("contar", "a")), "final-bueno")
    assert rules.evaluate(activity, looped)
    assert rules.encode(right) == {"steps": [["inicio", "a"], ["contar", "a"]], "end": "final-bueno"}
    for bad in ({"steps": "x", "end": "a"}, {"steps": [["a"]], "end": "b"}, {"steps": []}, ["a"]):
        assert rules.decode(activity, bad) is None


def test_staff_read_the_path_in_words(tree):
    from test_activity_contract import catalog_of

    lesson, activity = the_story(tree)
    catalog = catalog_of(lesson)
    stored = json.dumps({"steps": [["inicio", "a"], ["contar", "a"]], "end": "final-bueno"})
    key = lesson.question_key(activity)
    assert describe_stored(catalog, key, stored, "es") == "Eligió: No contesto → Le cuento a mi mamá; final: bueno"
    assert describe_stored(catalog, key, stored, "en") == "Chose: No contesto → Le cuento a mi mamá; ending: good"
    gone = json.dumps({"steps": [["inicio", "z"]], "end": "otro"})
    assert describe_stored(catalog, key, gone, "es") == "Eligió: opción z; final: otro"


def english(story: str) -> str:
    return (lesson_with(story).replace("lang: es", 'lang: en\ntranslation_of: "1.0.0"')
            .replace("No contesto", "I don't answer").replace("Le cuento a mi mamá", "I tell my mum"))


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda s: s, None),
        (lambda s: s.replace("outcome: bad", "outcome: ok"),
         "el nodo «final-malo» no tiene el mismo «outcome» (en español: bad; aquí: ok)"),
        (lambda s: s.replace("        next: final-malo\n", "        next: contar\n").replace(
            "        next: contar\n", "        next: final-malo\n", 1),
         "las opciones del nodo «inicio» no llevan a los mismos nodos (en español: a → contar, b → "
         "final-malo; aquí: a → final-malo, b → contar)"),
        (lambda s: s.replace("final-bueno", "final-lindo"), "los nodos no son los mismos"),
    ],
    ids=["same", "other-outcome", "other-next", "other-ids"],
)
def test_a_translation_keeps_the_nodes_the_choices_and_the_outcomes(tree, change, fragment):
    tree.lesson(lesson_with(STORY))
    path = tree.lesson(english(change(STORY)), lang="en")
    problems = check_tree(tree.root)
    if fragment is None:
        assert problems == []
    else:
        assert [p.path for p in problems] == [path]
        assert fragment in problems[0].message


def test_a_broken_mock_in_a_node_is_reported_at_its_line(tree):
    story = STORY.replace("      kind: chat\n", "      kind: telegrama\n")
    text = lesson_with(story)
    found = problems_of(tree, story)
    assert found and all(line == line_of(text, "kind: telegrama") for line, _ in found), found
    assert "telegrama" in found[0][1]
