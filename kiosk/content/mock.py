"""Mock messages: a chat, an SMS, an e-mail, a social profile or a post, drawn by the kiosk from
structured YAML (lessons/README.md, "Mock messages") -- never a screenshot, no real logos.

One parser, ``parse_mock``, for the three places a mock is written: a ```` ```mock ```` block on a
page (``blocks.py``), the ``mock:`` field of a ``single``/``truefalse`` question ("¿real o
falso?") and of a ``spot`` activity, and a ``scenario`` node. Every problem is reported as
``path:line: message`` through the ``Fields`` helpers; nothing here raises.

Parts: the sender, the subject, each message, each link and each attachment may carry an ``id``;
a ``spot`` activity names its warning signs by those ids. All text is untrusted plain text; a
link is only ever shown as text (the kiosk has no internet and never opens it).
"""

from __future__ import annotations

from dataclasses import dataclass

from .yaml_fields import ACTIVITY_ID_RE, Fields, Node, ScalarNode, SequenceNode, YamlDoc, scalar_text

__all__ = ["MOCK_KINDS", "Mock", "MockMessage", "MockPart", "MockSender", "parse_mock", "parse_mock_field"]

# What each kind is drawn as (kiosk/ui/widgets/mock_view.py).
MOCK_KINDS = ("chat", "sms", "email", "profile", "post")
MOCK_KEYS = ("kind", "sender", "subject", "time", "messages")
SENDER_KEYS = ("name", "detail", "verified", "id")
MESSAGE_KEYS = ("text", "from", "time", "id", "link", "attachment")
PART_KEYS = ("text", "id")
FROM_VALUES = ("me", "them")
MAX_MESSAGES = 12
MAX_TEXT = 400  # one message, one line of a profile
MAX_SHORT = 80  # a name, a number, a subject, a link, a file name, a time


@dataclass(frozen=True)
class MockPart:
    """A short text of a mock (a subject, a link, an attachment's file name); ``id`` "" when
    it is not a part a ``spot`` activity can name."""

    text: str
    id: str = ""


@dataclass(frozen=True)
class MockSender:
    name: str  # a name, a phone number, "Número desconocido"...
    detail: str = ""  # the number, the address, the @user under the name
    verified: bool = False  # a (fake) "verified" tick
    id: str = ""


@dataclass(frozen=True)
class MockMessage:
    text: str  # may be "" when the message is only a link or an attachment
    mine: bool = False  # chat and sms: sent by the phone's owner (drawn on the right)
    time: str = ""
    id: str = ""
    link: MockPart | None = None
    attachment: MockPart | None = None


@dataclass(frozen=True)
class Mock:
    kind: str  # one of MOCK_KINDS
    sender: MockSender
    messages: tuple[MockMessage, ...]
    subject: MockPart | None = None  # e-mail only
    time: str = ""  # e-mail and post: when it was sent
    line: int = 0

    def parts(self) -> tuple[tuple[str, str], ...]:
        """Every part with an id, in reading order: ``(id, its text)``."""
        out: list[tuple[str, str]] = []
        if self.sender.id:
            out.append((self.sender.id, self.sender.name))
        if self.subject is not None and self.subject.id:
            out.append((self.subject.id, self.subject.text))
        for message in self.messages:
            if message.id:
                out.append((message.id, message.text))
            for extra in (message.link, message.attachment):
                if extra is not None and extra.id:
                    out.append((extra.id, extra.text))
        return tuple(out)

    @property
    def part_ids(self) -> tuple[str, ...]:
        return tuple(part_id for part_id, _ in self.parts())

    def part_text(self, part_id: str) -> str:
        return dict(self.parts()).get(part_id, "")


def parse_mock_field(fields: Fields, key: str = "mock", *, required: bool = False) -> Mock | None:
    """The mock written under ``key`` of ``fields`` (a question's ``mock:``), or None."""
    if key not in fields:
        if required:
            fields.check_required((key,))
        return None
    node = fields.items[key][1]
    return parse_mock(node, fields, fields.key_line(key), f"«{key}»")


def parse_mock(
    node: Node | None, where: Fields | YamlDoc, line: int, what: str = "el bloque «mock»"
) -> Mock | None:
    """The mock of ``node`` (a YAML mapping: ``kind``, ``sender``, ``messages``...), reporting
    its problems at ``path:line`` through ``where`` (the ``Fields`` it was found in, or its
    ``YamlDoc``); None when it cannot be drawn.

    ``line``: where to report what is missing; ``what``: how messages name it."""
    doc = where.doc if isinstance(where, Fields) else where
    start = len(doc.report.problems)
    fields = Fields.of(doc, node, line, what)
    if fields is None:
        return None
    fields.check_unknown(MOCK_KEYS)
    fields.check_required(("kind", "sender", "messages"))
    kind = fields.text("kind")
    if kind is not None and kind not in MOCK_KINDS:
        doc.report.add(
            fields.key_line("kind"),
            f"tipo de mensaje «{kind}» desconocido (se esperaba {', '.join(MOCK_KINDS)})",
        )
        kind = None
    ids: dict[str, int] = {}
    sender = _sender(fields, ids)
    subject = _part(fields, "subject", ids) if "subject" in fields else None
    if subject is not None and kind is not None and kind != "email":
        doc.report.add(fields.key_line("subject"), "«subject» (el asunto) es solo para «kind: email»")
    time = _short(fields, "time") if "time" in fields else ""
    messages = _messages(fields, kind, ids)
    if len(doc.report.problems) != start or kind is None or sender is None or messages is None:
        return None
    return Mock(kind, sender, messages, subject, time or "", line)


# --------------------------------------------------------------------------- the pieces


def _short(fields: Fields, key: str, *, limit: int = MAX_SHORT) -> str | None:
    value = fields.text(key)
    if value is not None and len(value) > limit:
        fields.doc.report.add(fields.key_line(key), f"«{key}» es demasiado largo (más de {limit} letras)")
        return None
    return value


def _part_id(fields: Fields, ids: dict[str, int]) -> str | None:
    """The ``id`` of a part, checked and unique in the mock; "" when there is none."""
    if "id" not in fields:
        return ""
    value = fields.text("id")
    if value is None:
        return None
    line = fields.key_line("id")
    if not ACTIVITY_ID_RE.match(value):
        fields.doc.report.add(line, f"id de parte «{value}» no válido: usá letras sin acentos, números y guiones")
        return None
    if value in ids:
        fields.doc.report.add(line, f"el id de parte «{value}» ya se usa en la línea {ids[value]}")
        return None
    ids[value] = line
    return value


def _sender(fields: Fields, ids: dict[str, int]) -> MockSender | None:
    node = fields.items.get("sender", (None, None))[1]
    if node is None:
        return None
    if isinstance(node, ScalarNode):  # ``sender: Tía Rosa``
        name = _short(fields, "sender")
        return MockSender(name) if name else None
    sender = Fields.of(fields.doc, node, fields.key_line("sender"), "«sender»", " en «sender»")
    if sender is None:
        return None
    sender.check_unknown(SENDER_KEYS)
    sender.check_required(("name",))
    name = _short(sender, "name")
    detail = _short(sender, "detail") if "detail" in sender else ""
    verified = sender.boolean("verified") if "verified" in sender else False
    part_id = _part_id(sender, ids)
    if name is None or detail is None or verified is None or part_id is None:
        return None
    return MockSender(name, detail, verified, part_id)


def _part(fields: Fields, key: str, ids: dict[str, int]) -> MockPart | None:
    """A short text written as ``key: texto`` or ``key: {text: texto, id: parte}``."""
    node = fields.items[key][1]
    if isinstance(node, ScalarNode):
        text = _short(fields, key)
        return MockPart(text) if text else None
    part = Fields.of(fields.doc, node, fields.key_line(key), f"«{key}»", f" en «{key}»")
    if part is None:
        return None
    part.check_unknown(PART_KEYS)
    part.check_required(("text",))
    text = _short(part, "text")
    part_id = _part_id(part, ids)
    if text is None or part_id is None:
        return None
    return MockPart(text, part_id)


def _messages(fields: Fields, kind: str | None, ids: dict[str, int]) -> tuple[MockMessage, ...] | None:
    node = fields.items.get("messages", (None, None))[1]
    if node is None:
        return None
    doc = fields.doc
    line = fields.key_line("messages")
    if not isinstance(node, SequenceNode) or not node.value:
        doc.report.add(line, "«messages» debe ser una lista de mensajes («- text: ...»)")
        return None
    if len(node.value) > MAX_MESSAGES:
        doc.report.add(line, f"demasiados mensajes (tiene {len(node.value)}; como mucho {MAX_MESSAGES})")
        return None
    out: list[MockMessage] = []
    for number, item in enumerate(node.value, start=1):
        message = _message(fields, item, number, kind, ids)
        if message is not None:
            out.append(message)
    return tuple(out) if len(out) == len(node.value) else None


def _message(
    parent: Fields, item: Node, number: int, kind: str | None, ids: dict[str, int]
) -> MockMessage | None:
    doc = parent.doc
    if isinstance(item, ScalarNode):  # ``- Hola, ¿cómo estás?``
        text = scalar_text(item) or ""
        if not text:
            doc.at(item, f"el mensaje {number} está vacío")
            return None
        if len(text) > MAX_TEXT:
            doc.at(item, f"el mensaje {number} es demasiado largo (más de {MAX_TEXT} letras)")
            return None
        return MockMessage(text)
    where = f" en el mensaje {number}"
    fields = Fields.of(doc, item, doc.line(item), f"el mensaje {number}", where)
    if fields is None:
        return None
    fields.check_unknown(MESSAGE_KEYS)
    text = _short(fields, "text", limit=MAX_TEXT) if "text" in fields else ""
    mine = False
    if "from" in fields:
        value = fields.text("from")
        if value is not None and value not in FROM_VALUES:
            doc.report.add(fields.key_line("from"), f"«from» debe ser «me» o «them» (tiene «{value}»){where}")
            return None
        if kind is not None and kind not in ("chat", "sms"):
            doc.report.add(fields.key_line("from"), f"«from» es solo para «kind: chat» o «kind: sms»{where}")
            return None
        mine = value == "me"
    time = _short(fields, "time") if "time" in fields else ""
    part_id = _part_id(fields, ids)
    link = _part(fields, "link", ids) if "link" in fields else None
    attachment = _part(fields, "attachment", ids) if "attachment" in fields else None
    if text == "" and link is None and attachment is None and "link" not in fields and "attachment" not in fields:
        doc.report.add(doc.line(item), f"el mensaje {number} necesita «text», «link» o «attachment»")
        return None
    if text is None or time is None or part_id is None:
        return None
    if ("link" in fields and link is None) or ("attachment" in fields and attachment is None):
        return None
    return MockMessage(text, mine, time, part_id, link, attachment)
