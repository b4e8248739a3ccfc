"""Read aloud (issue 11, point 6; kiosk/ui/read_aloud.py): the real espeak-ng speaks Spanish and
Guaraní into a WAV file; the button is not there where no engine is; a second press stops the
program for real; a question page is read with its options; a hostile text is spoken as text,
never taken as the program's options or as a shell's words."""

from __future__ import annotations

import os
import re
import shutil
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess

from kiosk.content.mock import Mock, MockMessage, MockPart, MockSender
from kiosk.content.model import Activity, Lesson, MarkdownBlock, MockBlock, Option, Page
from kiosk.content.parser import parse_lesson
from kiosk.ui import read_aloud
from kiosk.ui.read_aloud import ReadAloud, html_text, utterance

ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (apt-get install espeak-ng)")
DEMO = Path(__file__).resolve().parents[2] / "lessons" / "muestra" / "todas-las-actividades"
# Were it ever given to a shell or as arguments, it would create {target} or {target}.wav.
HOSTILE = '--help -w {target}.wav -v en ; touch {target} && echo `touch {target}` $(id) "--stdin" | cat > {target} \\n'


def wav_samples(path: Path) -> tuple[int, bytes]:
    """(sample rate, the PCM bytes) of a WAV file written by espeak-ng."""
    data = path.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE", data[:16]
    rate = struct.unpack_from("<I", data, 24)[0]
    pcm = data[data.index(b"data") + 8:]
    return rate, pcm


def assert_speech(path: Path, seconds: float) -> None:
    """``path`` holds at least ``seconds`` of 16-bit audio that is not silence."""
    rate, pcm = wav_samples(path)
    samples = struct.unpack(f"<{len(pcm) // 2}h", pcm[: len(pcm) // 2 * 2])
    assert len(samples) >= rate * seconds, (len(samples), rate)
    assert max(abs(s) for s in samples) > 1000  # a voice, not silence


def ready_reader(qtbot, output: Path | None = None) -> ReadAloud:
    reader = ReadAloud(output=output)
    reader.prepare()
    qtbot.waitUntil(lambda: reader.known, timeout=10_000)
    return reader


def lesson(tmp_path: Path, *pages: Page, lang: str = "es") -> Lesson:
    return Lesson(id="t/m/voz", slug="voz", module_id="t/m", version="1.0.0", lang=lang, title="Voz",
                  audience=("docentes",), duration_min=5, objectives=(), license="CC-BY-4.0", authors=(),
                  translation_of=None, pages=tuple(pages), path=tmp_path / f"voz.{lang}.md")


QUESTION_PAGE = Page((
    MarkdownBlock("# Un mensaje raro\n\nMirá bien **antes** de tocar. ![Un teléfono](img/telefono.svg)\n\n"
                  "Más en [la guía](https://example.org/guia).", 1),
    MockBlock(Mock("chat", MockSender("Número desconocido"),
                   (MockMessage("¡Ganaste un premio! Tocá el enlace", link=MockPart("premio-gratis.example")),)), 5),
    Activity("q1", "single", "¿Qué hacés?", (
        Option("Toco el enlace", False, "No: así te roban la cuenta."),
        Option("Le muestro a un adulto", True, "¡Eso! Preguntar te cuida."),
        Option("Lo reenvío", False, "")), line=9),
), 1)


@pytest.fixture()
def screen(qtbot, qapp):
    from kiosk.app import create_app, install_translators
    from kiosk.ui.screens.lesson import LessonScreen

    install_translators(create_app(), "es")
    widget = LessonScreen()
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()


# -- the engine ---------------------------------------------------------------------------------
@needs_espeak
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Hola. Cuidá tus secretos: tu contraseña es solo tuya."),
    ("gn", "Mbaʼéichapa. Eñangareko ne ñeʼẽñemíre, ha eñeʼẽ peteĩ tuichavéva ndive."),
])
def test_espeak_ng_speaks_spanish_and_guarani_into_a_wav_file(qtbot, tmp_path, lang, text):
    wav = tmp_path / f"{lang}.wav"
    reader = ready_reader(qtbot, wav)
    assert reader.can_speak(lang)
    engine, voice = reader.voice_for(lang)
    assert engine.kind == "espeak-ng" and voice == {"es": "es-419", "gn": "gn"}[lang]
    with qtbot.waitSignal(reader.finished, timeout=20_000):
        assert reader.speak(text, lang)
    assert not reader.speaking
    assert_speech(wav, 1.5)


def test_no_engine_on_path_no_button_no_message(qtbot, screen, tmp_path, monkeypatch, caplog):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    caplog.set_level("DEBUG", logger="kiosk")
    screen.open(lesson(tmp_path, QUESTION_PAGE), 0)
    qtbot.wait(100)
    assert screen.reader.engines == [] and screen.reader.known
    assert not screen.read_button.isVisible()
    assert not screen.reader.speak("Hola", "es")  # asked anyway: nothing happens
    screen.read_aloud()
    assert not screen.reader.speaking
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR", "CRITICAL")]


@needs_espeak
def test_no_voice_for_the_language_no_button(qtbot, screen, tmp_path):
    screen.open(lesson(tmp_path, QUESTION_PAGE, lang="es"), 0)
    qtbot.waitUntil(lambda: screen.read_button.isVisible(), timeout=10_000)
    read_aloud._VOICES[screen.reader.engines[0]].pop("gn", None)  # a PC whose espeak-ng lacks Guaraní
    try:
        screen.open(lesson(tmp_path, QUESTION_PAGE, lang="gn"), 0)
        assert not screen.read_button.isVisible()
    finally:
        read_aloud._VOICES.clear()  # asked again by the next test


# -- the lesson screen --------------------------------------------------------------------------
def test_a_question_page_is_read_with_its_options_and_its_message(qtbot, screen, tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "telefono.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    screen.open(lesson(tmp_path, QUESTION_PAGE), 0)
    text = screen.page_text()
    lines = text.splitlines()
    assert lines[0] == "Un mensaje raro."
    assert "Mirá bien antes de tocar." in lines
    assert "Más en la guía." in lines  # a link: its words, never its address
    assert "example.org" not in text and "telefono" not in text and "svg" not in text  # the picture: not read
    assert "Número desconocido." in lines and "¡Ganaste un premio! Tocá el enlace." in lines
    assert "premio-gratis.example." in lines  # the message's link is part of what it says
    assert "¿Qué hacés?" in lines
    for number, words in enumerate(("Toco el enlace", "Le muestro a un adulto", "Lo reenvío"), start=1):
        assert re.search(rf"^(Opción|Option) {number}: {words}\.$", text, re.M), text
    assert "No: así te roban la cuenta." not in text  # feedback only once shown
    screen.quizzes[0].choose(0)
    assert "No: así te roban la cuenta." in screen.page_text().splitlines()
    assert "<" not in text and "*" not in text and "#" not in text


def test_every_kind_of_the_demo_module_says_its_prompt_and_its_choices(qtbot, screen, tmp_path):
    for path in sorted(DEMO.glob("*.es.md")):
        parsed, problems = parse_lesson(path, "muestra/todas-las-actividades")
        assert parsed is not None, problems
        screen.open(parsed, 0)
        for index, page in enumerate(parsed.pages):
            screen.show_page(index)
            text = screen.page_text()
            for quiz in screen.quizzes:
                assert quiz.activity.prompt.strip() in text, (path.name, quiz.activity.kind)
                for option in quiz.activity.options:
                    if quiz.activity.kind == "truefalse":
                        assert re.search(r"(Opción|Option) \d: (Verdadero|True|Falso|False)", text)
                    else:
                        assert (option.text or option.alt) in text, (path.name, option)
            assert "<" not in text and ".svg" not in text, (path.name, text)


@needs_espeak
def test_the_button_reads_and_a_second_press_kills_the_program(qtbot, screen, tmp_path):
    screen.open(lesson(tmp_path, QUESTION_PAGE), 0)
    qtbot.waitUntil(lambda: screen.read_button.isVisible(), timeout=10_000)
    screen.reader.output = tmp_path / "long.wav"
    long_page = Page((MarkdownBlock("Una frase larga para leer en voz alta, una y otra vez. " * 4000, 1),), 1)
    screen.open(lesson(tmp_path, long_page), 0)
    screen.read_button.click()
    process = screen.reader.process
    assert process is not None and process.waitForStarted(5000)
    pid = process.processId()
    assert screen.reader.speaking and screen.read_button.text() == screen.tr("Stop reading")
    qtbot.wait(200)
    with qtbot.waitSignal(screen.reader.finished, timeout=1000):
        screen.read_button.click()  # the second press
    assert not screen.reader.speaking and process.state() == QProcess.ProcessState.NotRunning
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped, not left speaking
    assert screen.read_button.text() == screen.tr("Read aloud") and screen.read_button.isVisible()


@needs_espeak
@pytest.mark.parametrize("leave", ["next page", "hide", "clear", "other screen speaks"])
def test_leaving_the_page_or_the_screen_stops_the_voice(qtbot, screen, tmp_path, leave):
    long_text = "Una frase larga para leer en voz alta, una y otra vez. " * 4000
    pages = [Page((MarkdownBlock(long_text, 1),), 1), Page((MarkdownBlock("Fin.", 2),), 2)]
    screen.open(lesson(tmp_path, *pages), 0)
    qtbot.waitUntil(lambda: screen.read_button.isVisible(), timeout=10_000)
    screen.reader.output = tmp_path / "leave.wav"
    screen.read_aloud()
    process = screen.reader.process
    assert process is not None and process.waitForStarted(5000)
    if leave == "next page":
        screen.next()
    elif leave == "hide":  # home, finished, signed out, idle: the window shows another screen
        screen.hide()
    elif leave == "clear":
        screen.clear()
    else:  # one utterance at a time in the kiosk
        other = ready_reader(qtbot, tmp_path / "other.wav")
        assert other.speak("Otra cosa.", "es")
        other.stop()
    assert not screen.reader.speaking
    assert process.state() == QProcess.ProcessState.NotRunning


@needs_espeak
def test_a_hostile_text_is_spoken_as_text_never_as_arguments(qtbot, tmp_path):
    wav = tmp_path / "hostile.wav"
    target = tmp_path / "pwned"
    reader = ready_reader(qtbot, wav)
    text = HOSTILE.format(target=target)
    with qtbot.waitSignal(reader.finished, timeout=20_000):
        assert reader.speak(text, "es")
        arguments = reader.process.arguments()
        assert reader.process.program() == ESPEAK
    assert arguments == ["-v", "es-419", "-b", "1", "--stdin", "-w", str(wav)]  # the text is not there
    assert not target.exists() and not Path(f"{target}.wav").exists()
    assert_speech(wav, 3.0)  # "--help" would have written no sound at all: the words were spoken


def test_plain_text_of_html_and_pauses():
    html = ('<h1>Título</h1><p>Uno <strong>dos</strong> <img src="img/a.svg" alt="una foto"> tres '
            '<a href="https://x.example/y">el enlace</a></p><ul><li>a</li><li>b?</li></ul>'
            '<script>alert(1)</script><p>&lt;b&gt; no es HTML &amp; listo</p>')
    blocks = html_text(html)
    assert blocks == ["Título", "Uno dos tres el enlace", "a", "b?", "<b> no es HTML & listo"]
    assert utterance(blocks) == "Título.\nUno dos tres el enlace.\na.\nb?\n<b> no es HTML & listo.\n"
    assert utterance(["con\x00control\x1b y\nsaltos"]) == "con control y saltos.\n"
    assert utterance([]) == ""


FAKE = """#!/bin/sh
case "$1" in
  --voices) printf 'Pty Language       Age/Gender VoiceName          File          Other Languages\\n 5  es   --/M  Spanish_(Spain)  roa/es\\n';;
  *) cat > /dev/null; exit 3;;
esac
"""


def test_a_program_that_fails_or_vanishes_ends_the_reading_quietly(qtbot, tmp_path, monkeypatch, caplog):
    """A speech program that exits with an error, or is gone when the button is pressed: the
    reading ends (the button says "Read aloud" again), no dialog, nothing logged as an error."""
    folder = tmp_path / "bin"
    folder.mkdir()
    fake = folder / "espeak-ng"
    fake.write_text(FAKE)
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    read_aloud._VOICES.clear()
    try:
        reader = ready_reader(qtbot)
        assert reader.voice_for("es")[1] == "es" and not reader.can_speak("gn")  # no es-419: plain es
        with qtbot.waitSignal(reader.finished, timeout=5000):
            assert reader.speak("Hola", "es")
        assert not reader.speaking
        fake.unlink()
        with qtbot.waitSignal(reader.finished, timeout=5000):
            reader.speak("Hola", "es")
        assert not reader.speaking
    finally:
        read_aloud._VOICES.clear()
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_the_windows_voices_are_chosen_by_culture_and_never_given_the_text():
    sapi = read_aloud.Engine("sapi", r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe")
    listed = "es-ES\tMicrosoft Helena Desktop\r\nes-MX\tMicrosoft Sabina Desktop\r\nen-US\tMicrosoft Zira Desktop\r\n"
    assert sapi.parse_voices(listed) == {"es": "Microsoft Sabina Desktop", "en": "Microsoft Zira Desktop"}
    assert sapi.parse_voices("es-ES\tMicrosoft Helena Desktop\n") == {"es": "Microsoft Helena Desktop"}
    args = sapi.speak_args("Microsoft Sabina Desktop", None)
    assert args[:3] == ["-NoProfile", "-NonInteractive", "-EncodedCommand"] and len(args) == 4
    script = __import__("base64").b64decode(args[3]).decode("utf-16-le")
    assert "[Console]::In.ReadToEnd()" in script and "KIOSK_TTS_VOICE" in script
    env = sapi.environment("Microsoft Sabina Desktop", Path("out.wav"))
    assert env.value("KIOSK_TTS_VOICE") == "Microsoft Sabina Desktop" and env.value("KIOSK_TTS_WAV") == "out.wav"


def test_the_kiosk_ending_while_the_voices_are_listed_ends_quietly(tmp_path):
    """The program ends (its QProcesses deleted at exit) while the speech program still lists
    its voices -- the kiosk closed in its first second: Qt kills the program and reports it
    finished from inside the deletion; that report must not touch the deleted QProcess (it
    printed "Internal C++ object already deleted" with a traceback)."""
    import subprocess
    import sys

    folder = tmp_path / "bin"
    folder.mkdir()
    slow = folder / "espeak-ng"
    slow.write_text("#!/bin/sh\nsleep 20\n")
    slow.chmod(0o755)
    code = ("import time\nfrom PySide6.QtWidgets import QApplication, QWidget\n"
            "from kiosk.ui.read_aloud import ReadAloud\n"
            "app = QApplication([])\nowner = QWidget()\nreader = ReadAloud()\nreader.setParent(owner)\n"
            "reader.prepare()\nassert reader._listing\napp.processEvents()\ntime.sleep(0.2)\nprint('ending')\n")
    env = dict(os.environ, PATH=f"{folder}{os.pathsep}{os.environ['PATH']}", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "ending" in out.stdout, out.stderr
    assert "Traceback" not in out.stderr, out.stderr
