"""What every activity kind provides (``ActivityKind``), and the few words its reports use.

A kind is one module of this package with a module-level ``KIND`` (an ``ActivityKind``
instance); the package finds it by itself (``kiosk/content/activities/__init__.py``). Its widget
is one module of ``kiosk/ui/activities``. The contract, proved for every kind by
``tests/content/test_activity_contract.py``:

* ``parse`` reads the kind's own fields of a ```` ```quiz ```` block (``keys``), reporting every
  problem as ``path:line: message`` through the ``Fields`` helpers; never raises;
* an *answer* is a plain immutable value of the kind's choosing (for the option kinds a
  ``frozenset`` of option ids); ``evaluate`` says whether it is right;
* ``encode`` turns it into a JSON object, the text stored in ``attempts.answer``; ``decode``
  reads that back (and whatever older releases stored) -- ``decode(a, encode(x)) == x``;
* ``describe`` says an answer in words for the staff reports, in Spanish or English;
* ``mismatch`` says why a translation's activity does not match the Spanish one (stored answers
  must mean the same whatever language the learner used).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from kiosk.content.model import Activity, Lesson, Option
    from kiosk.content.yaml_fields import Fields

__all__ = ["ActivityKind", "Body", "word"]


@dataclass(frozen=True)
class Body:
    """What a kind read from its own fields; becomes the ``Activity``'s ``options``/``spec``."""

    options: tuple[Option, ...] = ()
    spec: Any = None


# The few words the reports need, Qt-free (the CLI and exports describe answers too).
_WORDS = {
    "es": {"true": "Verdadero", "false": "Falso", "nothing": "(no eligió nada)",
           "option": "opción {id}", "unreadable": "(respuesta ilegible)"},
    "en": {"true": "True", "false": "False", "nothing": "(nothing chosen)",
           "option": "option {id}", "unreadable": "(unreadable answer)"},
}


def word(key: str, lang: str) -> str:
    """A report word in ``lang`` (Spanish when there is none in that language)."""
    return _WORDS.get(lang, _WORDS["es"]).get(key) or _WORDS["es"][key]


class ActivityKind:
    """One kind of activity (``type:`` in the lesson file). Subclass it in a module of this
    package and assign an instance to ``KIND``."""

    name: ClassVar[str]  # the ``type:`` written in the file
    graded: ClassVar[bool] = True  # counts in the lesson's score
    keys: ClassVar[tuple[str, ...]] = ()  # its fields besides id, type, prompt, explanation
    order: ClassVar[int] = 100  # where it is listed among the kinds (messages, the spec)
    # True for a kind whose answer holds text the learner typed: refused in a sensitive lesson
    # (lessons/README.md, "Sensitive lessons"); ``turtle`` is one (the program).
    free_text: ClassVar[bool] = False

    # -- the lesson file ----------------------------------------------------------------------
    def parse(self, fields: Fields) -> Body | None:
        """Read this kind's fields; report problems through ``fields``; None when unusable."""
        raise NotImplementedError

    def mismatch(self, original: Activity, translation: Activity) -> str | None:
        """Why ``translation`` cannot stand for ``original`` (Spanish), or None when it can.
        The kinds are already known to be the same."""
        return None

    def lesson_problems(self, activity: Activity, lesson: Lesson) -> list[tuple[int, str]]:
        """Problems of ``activity`` that depend on the rest of its lesson (e.g. its audience),
        as ``(line, message)``; checked once the lesson is read."""
        return []

    # -- answers ------------------------------------------------------------------------------
    def evaluate(self, activity: Activity, answer: Any) -> bool:
        raise NotImplementedError

    def encode(self, answer: Any) -> dict[str, Any]:
        """The answer as a JSON object (what ``attempts.answer`` stores)."""
        raise NotImplementedError

    def decode(self, activity: Activity, value: Any) -> Any | None:
        """A stored answer (``json.loads`` of ``attempts.answer``) back as an answer, read
        against ``activity`` in Spanish; None when it cannot be read."""
        raise NotImplementedError

    def describe(self, activity: Activity, answer: Any, lang: str) -> str:
        """The answer in plain words for staff (``activity`` in the language ``lang``)."""
        raise NotImplementedError

    def counted_as(self, activity: Activity, answer: Any) -> Any:
        """``answer`` as the staff's "difficult questions" count it: answers counted as one are
        shown as one line ("chosen by 4"). Default: the answer itself; a coding challenge
        counts its runs by the rule that failed, not by their program text."""
        return answer

    def solution(self, activity: Activity) -> Any:
        """A right answer (for ungraded kinds: any complete answer)."""
        raise NotImplementedError

    def wrong_answers(self, activity: Activity) -> list[Any]:
        """Some wrong answers (demo data and tests); [] when nothing can be wrong."""
        return []

    # -- the page flow ------------------------------------------------------------------------
    def next_page(self, activity: Activity, answer: Any, lesson: Lesson) -> int | None:
        """The page to show after this activity's page given ``answer``; None: the next one."""
        return None
