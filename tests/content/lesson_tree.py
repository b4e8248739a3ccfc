"""A small, valid lesson tree for the content tests; they break one thing at a time.

(Named uniquely, not ``conftest``, so that ``from lesson_tree import ...`` is unambiguous.)
"""

from __future__ import annotations

from pathlib import Path

TRACK = "internet-seguro"
MODULE = "cuida-tus-secretos"
MODULE_ID = f"{TRACK}/{MODULE}"
SLUG = "contrasenas-fuertes"

# A 1x1 PNG is not needed: the checker only looks at names and existence.
PNG = b"\x89PNG\r\n\x1a\n"

TRACK_YAML = """\
schema: kiosco-leccion/1
id: internet-seguro
title:
  es: Internet seguro
  en: Safe internet
color: "#1F6FB2"
icon: escudo.svg
order: 1
"""

MODULE_YAML = """\
schema: kiosco-leccion/1
id: cuida-tus-secretos
version: "1.0.0"
title:
  es: Cuidá tus secretos
description:
  es: Contraseñas fuertes y cerrar sesión.
audience: [ninos-8-11, adolescentes-12-17, docentes, familias]
order: 3
lessons:
  - contrasenas-fuertes
"""

LESSON_ES = """\
---
schema: kiosco-leccion/1
id: internet-seguro/cuida-tus-secretos/contrasenas-fuertes
version: "1.0.0"
lang: es
title: Contraseñas fuertes
audience: [ninos-8-11, adolescentes-12-17]
duration_min: 12
objectives:
  - Reconocer una contraseña fuerte.
license: CC-BY-SA-4.0
authors: [Equipo Telecentro]
---
# Tu contraseña es como la llave de tu casa

![Un candado](img/candado.png)

Texto con **negrita**.

---

# Segunda página

```quiz
id: larga-o-corta
type: single
prompt: ¿Cuál de estas contraseñas es más difícil de adivinar?
options:
  - text: "1234"
    feedback: Es la primera que prueba cualquiera.
  - text: "tortuga-lluvia-mate-7"
    correct: true
    feedback: ¡Eso!
explanation: Una contraseña larga es fuerte.
```

Después de la pregunta.

---

# Tercera página

```quiz
id: varias
type: multi
prompt: ¿Qué hace fuerte a una contraseña?
options:
  - text: Que sea larga
    correct: true
  - text: Tu fecha de nacimiento
    feedback: Cualquiera la puede averiguar.
  - text: Varias palabras juntas
    correct: true
```

```quiz
id: compartir
type: truefalse
prompt: Está bien compartir tu contraseña con tu mejor amigo.
answer: false
feedback_true: Mejor no; aunque sea tu amigo, es tuya.
feedback_false: ¡Así es! Tu contraseña es solo tuya.
```
"""

# LESSON_ES without a warning (lessons/README.md, "Checking"): every option has feedback and
# the lesson ends with a page «Desde hoy voy a…».
LESSON_CLEAN = (
    LESSON_ES.replace(
        "  - text: Que sea larga\n    correct: true\n",
        "  - text: Que sea larga\n    correct: true\n    feedback: ¡Sí! El largo es lo que más cuenta.\n",
    ).replace(
        "  - text: Varias palabras juntas\n    correct: true\n",
        "  - text: Varias palabras juntas\n    correct: true\n    feedback: ¡Eso! Forman una frase larga.\n",
    )
    + "\n---\n\n# Desde hoy voy a usar frases largas\n\nUna distinta para cada cuenta.\n"
)

LESSON_GN = LESSON_ES.replace(
    "lang: es", 'lang: gn\ntranslation_of: "1.0.0"\nreview: pendiente'
).replace("title: Contraseñas fuertes", "title: Ñeʼẽñemi hatã")


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """1-based line number of the ``nth`` line containing ``needle`` (``nth=-1``: the last)."""
    found = [n for n, line in enumerate(text.split("\n"), start=1) if needle in line]
    assert found, f"{needle!r} not in text"
    return found[-1] if nth == -1 else found[nth - 1]


class Tree:
    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, relative: str, content: str | bytes) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    @property
    def module_dir(self) -> Path:
        return self.root / TRACK / MODULE

    def lesson_path(self, lang: str = "es", slug: str = SLUG) -> Path:
        return self.module_dir / f"{slug}.{lang}.md"

    def lesson(self, text: str, lang: str = "es", slug: str = SLUG) -> Path:
        return self.write(f"{TRACK}/{MODULE}/{slug}.{lang}.md", text)

    def add_module(self, module: str, lessons: dict[str, str], order: int = 5) -> Path:
        """Another module in the same track; ``lessons`` maps slug -> Spanish text."""
        listed = "".join(f"  - {slug}\n" for slug in lessons)
        self.write(
            f"{TRACK}/{module}/module.yaml",
            MODULE_YAML.replace("id: cuida-tus-secretos", f"id: {module}")
            .replace("order: 3", f"order: {order}")
            .replace("  - contrasenas-fuertes\n", listed),
        )
        for slug, text in lessons.items():
            self.write(
                f"{TRACK}/{module}/{slug}.es.md",
                text.replace(f"{MODULE}/{SLUG}", f"{module}/{slug}").replace(
                    "![Un candado](img/candado.png)", "Sin imagen."
                ),
            )
        return self.root / TRACK / module


# -- parsing helpers shared by the parser tests ------------------------------------------


def _parse_lesson(*args):
    from kiosk.content.parser import parse_lesson

    return parse_lesson(*args)


def parse(tree, text, lang="es", slug=SLUG):
    return _parse_lesson(tree.lesson(text, lang, slug), MODULE_ID)


def only_problem(tree, text, lang="es"):
    lesson, problems = parse(tree, text, lang)
    assert lesson is None
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


def messages(problems):
    return [p.message for p in problems]
