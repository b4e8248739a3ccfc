"""Read aloud: the lesson page spoken by the PC's own speech program (README.md, "Read aloud").

The engine is the ``espeak-ng`` program (Linux package ``espeak-ng``; on Windows the eSpeak NG
installer's ``espeak-ng.exe``), run with ``QProcess``: never through a shell, the voice by the
lesson's language (``es-419`` or ``es``, ``gn``, ``en-us`` or ``en``), the text on its standard
input (a text starting with "-" is spoken, never taken as an option), killed on stop.  On a
Windows PC without eSpeak NG the system's own voices (SAPI, through the ``powershell.exe`` that
ships with Windows: no new dependency) speak the languages they have -- usually Spanish, never
Guaraní.  Where no engine has a voice for the lesson's language the button is simply not shown.

Discovery is lazy (the first lesson opened, never at launch) and cached per program; the list
of voices comes from the program itself, asked once, without blocking the UI thread.  One
utterance at a time in the whole kiosk: speaking stops whatever was being spoken.

The text functions (``html_text``, ``mock_text``, ``option_text``) make the plain text spoken:
no Markdown or HTML, no picture, each block ending in a pause.
"""

from __future__ import annotations

import base64
import logging
import os
import re
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer,
                            QTranslator, Signal)

from kiosk.core import languages

log = logging.getLogger("kiosk.ui.read_aloud")

# The voices wanted for each lesson language, best first (espeak-ng names; for SAPI, cultures).
ESPEAK_VOICES = {"es": ("es-419", "es"), "gn": ("gn",), "en": ("en-us", "en", "en-gb")}
SAPI_CULTURES = {"es": ("es-MX", "es-US", "es-419", "es-"), "en": ("en-US", "en-")}  # none speaks Guaraní
DISCOVERY_TIMEOUT_MS = 10_000  # a voice list that takes longer is given up (the button stays hidden)
STOP_WAIT_MS = 1000  # how long a stop waits for the killed program to be gone

OPTION = QT_TRANSLATE_NOOP("ReadAloud", "Option {number}: {text}")

# SAPI through Windows PowerShell 5 (System.Speech, part of .NET Framework on every Windows 10):
# a fixed script (passed encoded, so nothing is quoted), the voice and the output file in the
# environment, the text on standard input read as UTF-8.
_SAPI_SPEAK = """
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
if ($env:KIOSK_TTS_VOICE) { $s.SelectVoice($env:KIOSK_TTS_VOICE) }
if ($env:KIOSK_TTS_WAV) { $s.SetOutputToWaveFile($env:KIOSK_TTS_WAV) } else { $s.SetOutputToDefaultAudioDevice() }
[Console]::InputEncoding = [System.Text.Encoding]::UTF8
$s.Speak([Console]::In.ReadToEnd())
$s.Dispose()
"""
_SAPI_VOICES = """
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
foreach ($v in $s.GetInstalledVoices()) { if ($v.Enabled) { $v.VoiceInfo.Culture.Name + [char]9 + $v.VoiceInfo.Name } }
"""


def _discard(process: QProcess) -> None:
    """Delete a finished program's QProcess later, out of its owner first: with PySide6 6.11, a
    child waiting for ``deleteLater`` whose owner is deleted before the event loop runs brings
    the whole process down (bus error), and the owner may be a screen closing."""
    process.setParent(None)
    process.deleteLater()


def _encoded(script: str) -> str:
    return base64.b64encode(script.encode("utf-16-le")).decode("ascii")


@dataclass(frozen=True)
class Engine:
    """A speech program found on this PC."""

    kind: str  # "espeak-ng" | "sapi"
    program: str  # its absolute path

    def list_args(self) -> list[str]:
        if self.kind == "sapi":
            return ["-NoProfile", "-NonInteractive", "-EncodedCommand", _encoded(_SAPI_VOICES)]
        return ["--voices"]

    def parse_voices(self, output: str) -> dict[str, str]:
        """Lesson language -> the voice that speaks it, from the program's list."""
        if self.kind == "sapi":
            found = [line.split("\t", 1) for line in output.splitlines() if "\t" in line]
            voices = {}
            for lang, cultures in SAPI_CULTURES.items():
                voice = next((name.strip() for want in cultures for culture, name in found
                              if culture.strip() == want or (want.endswith("-") and culture.startswith(want))), None)
                if voice:
                    voices[lang] = voice
            return voices
        names: set[str] = set()
        for line in output.splitlines()[1:]:  # Pty Language Age/Gender VoiceName File Other
            columns = line.split()
            if len(columns) >= 2:
                names.add(columns[1].lower())
        return {lang: next(v for v in wanted if v in names)
                for lang, wanted in ESPEAK_VOICES.items() if any(v in names for v in wanted)}

    def speak_args(self, voice: str, output: Path | None) -> list[str]:
        """The arguments: never the text (it goes to standard input)."""
        if self.kind == "sapi":
            return ["-NoProfile", "-NonInteractive", "-EncodedCommand", _encoded(_SAPI_SPEAK)]
        return ["-v", voice, "-b", "1", "--stdin", *(["-w", str(output)] if output is not None else [])]

    def environment(self, voice: str, output: Path | None) -> QProcessEnvironment:
        env = QProcessEnvironment.systemEnvironment()
        if self.kind == "sapi":
            env.insert("KIOSK_TTS_VOICE", voice)
            env.insert("KIOSK_TTS_WAV", str(output) if output is not None else "")
        return env


def find_engines() -> list[Engine]:
    """The speech programs of this PC, best first (looked up on PATH each time: cheap)."""
    engines = []
    program = shutil.which("espeak-ng")
    if program is None and sys.platform == "win32":
        for root in (os.environ.get("ProgramFiles"), os.environ.get("ProgramFiles(x86)")):
            candidate = Path(root, "eSpeak NG", "espeak-ng.exe") if root else None
            if candidate is not None and candidate.is_file():
                program = str(candidate)
                break
    if program is not None:
        engines.append(Engine("espeak-ng", program))
    if sys.platform == "win32":
        shell = shutil.which("powershell.exe") or shutil.which("powershell")
        if shell is not None:
            engines.append(Engine("sapi", shell))
    return engines


# Engine -> its voices by lesson language; filled once per engine (per run of the kiosk).
_VOICES: dict[Engine, dict[str, str]] = {}


# -- the text spoken -----------------------------------------------------------------------------
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
           "blockquote", "pre", "table", "dt", "dd", "hr", "section", "figure", "figcaption"}
_SKIPPED = {"script", "style", "svg", "object", "iframe", "head", "title"}  # <img> has no text: left out
_SPACES = re.compile(r"[ \t\r\f\v]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PAUSE_ENDINGS = tuple(".!?:;…")


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def _break(self) -> None:
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self._break()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data.replace("\n", " "))


def html_text(html: str) -> list[str]:
    """The blocks of plain text of a rendered page (headings, paragraphs, list items...): tags
    gone, pictures left out (neither their file nor their address is read), a link read as its
    words."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    parser._break()
    return parser.blocks


def mock_text(mock) -> list[str]:
    """What a mock message says (``kiosk.content.mock.Mock``): who sends it, the subject, each
    message with its link and attachment, as written."""
    parts = [mock.sender.name, mock.sender.detail]
    if mock.subject is not None:
        parts.append(mock.subject.text)
    for message in mock.messages:
        parts.append(message.text)
        parts.extend(extra.text for extra in (message.link, message.attachment) if extra is not None)
    return [p for p in parts if p]


_TRANSLATORS: dict[str, QTranslator | None] = {}


def phrase(lang: str, context: str, source: str) -> str:
    """``source`` (a string of the catalog) in the lesson's language ``lang`` -- not the
    interface's: the voice speaks the lesson's language; the English source when the catalog
    lacks it."""
    if lang not in _TRANSLATORS:
        # its own catalog (shipped or still in translation), else the default language's
        # (Spanish: a Guaraní voice reading "Opción 1" is nearer than "Option 1")
        found = next((x for x in languages.all_languages() if x.code == lang), None) or languages.get(None)
        translator: QTranslator | None = QTranslator()
        if not translator.load(found.catalog, str(Path(__file__).resolve().parent / "i18n")):
            translator = None
        _TRANSLATORS[lang] = translator
    translator = _TRANSLATORS[lang]
    return (translator.translate(context, source) if translator is not None else "") or source


def option_text(lang: str, number: int, text: str) -> str:
    """"Opción 1: …" in the lesson's language."""
    return phrase(lang, "ReadAloud", OPTION).format(number=number, text=text)


def utterance(parts: Iterable[str]) -> str:
    """The parts as one plain text, each ending with a pause (a full stop where it has none)."""
    out = []
    for part in parts:
        text = _SPACES.sub(" ", _CONTROL.sub(" ", part).replace("\n", " ")).strip()
        if text:
            out.append(text if text.endswith(_PAUSE_ENDINGS) else text + ".")
    return "\n".join(out) + ("\n" if out else "")


# -- speaking ------------------------------------------------------------------------------------
@dataclass
class _Speaking:
    process: QProcess
    owner: ReadAloud = field(repr=False)


_NOW: list[_Speaking] = []  # the one utterance of the kiosk (at most one item)


class ReadAloud(QObject):
    """Speaks one text at a time in a lesson language, where this PC has a voice for it.

    ``prepare()`` looks for the engines (once per run); ``ready`` is emitted when the voices are
    known (``can_speak`` may change); ``speak`` / ``stop``; ``finished`` once per utterance, when
    it ends however it ends (spoken through, stopped, failed).  ``output``: write a WAV file
    instead of playing (tests)."""

    ready = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None, *, output: Path | None = None) -> None:
        super().__init__(parent)
        self.output = output
        self.engines: list[Engine] | None = None  # None until prepare()
        self._listing: dict[Engine, QProcess] = {}
        self._process: QProcess | None = None
        app = QCoreApplication.instance()
        if app is not None:  # the kiosk closing while it speaks: silence, not a stray voice
            app.aboutToQuit.connect(self.stop)

    # -- discovery -------------------------------------------------------------------------------
    def prepare(self) -> None:
        """Find the engines and, once per engine and run, ask each for its voices (not waiting)."""
        self.engines = find_engines()
        for engine in self.engines:
            if engine not in _VOICES and engine not in self._listing:
                self._list_voices(engine)

    def _list_voices(self, engine: Engine) -> None:
        process = QProcess(self)
        process.setProgram(engine.program)
        process.setArguments(engine.list_args())
        process.setStandardErrorFile(QProcess.nullDevice())
        process.setStandardInputFile(QProcess.nullDevice())
        self._listing[engine] = process
        process.finished.connect(lambda code, status: self._listed(engine, process))
        process.errorOccurred.connect(lambda error: self._listed(engine, process)
                                      if error == QProcess.ProcessError.FailedToStart else None)
        QTimer.singleShot(DISCOVERY_TIMEOUT_MS, process, process.kill)  # a list that never comes
        process.start()

    def _listed(self, engine: Engine, process: QProcess) -> None:
        if self._listing.get(engine) is not process:
            return
        del self._listing[engine]
        try:
            ok = process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0
            output = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace") if ok else ""
        except RuntimeError:  # killed by its deletion (the kiosk ending while it lists): no list
            return
        _VOICES[engine] = engine.parse_voices(output)
        if not ok:
            log.info("%s no dio su lista de voces: sin lectura en voz alta con él", engine.kind)
        _discard(process)
        self.ready.emit()

    @property
    def known(self) -> bool:
        """Every engine found has answered (or there is none)."""
        return self.engines is not None and all(e in _VOICES for e in self.engines)

    def voice_for(self, lang: str) -> tuple[Engine, str] | None:
        """The engine and voice that speak ``lang`` (the first engine that has one)."""
        for engine in self.engines or ():
            voice = _VOICES.get(engine, {}).get(lang)
            if voice:
                return engine, voice
        return None

    def can_speak(self, lang: str) -> bool:
        return self.voice_for(lang) is not None

    # -- speaking --------------------------------------------------------------------------------
    @property
    def speaking(self) -> bool:
        return self._process is not None

    @property
    def process(self) -> QProcess | None:
        """The program speaking now (tests)."""
        return self._process

    def speak(self, text: str, lang: str) -> bool:
        """Start speaking ``text`` in ``lang``, after stopping whatever the kiosk was saying;
        False (nothing started) when no voice speaks ``lang`` or the text is empty."""
        self.stop()
        for now in list(_NOW):  # another screen's utterance: one at a time
            now.owner.stop()
        found = self.voice_for(lang)
        text = text.strip()
        if found is None or not text:
            return False
        engine, voice = found
        process = QProcess(self)
        process.setProgram(engine.program)
        process.setArguments(engine.speak_args(voice, self.output))
        process.setProcessEnvironment(engine.environment(voice, self.output))
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())  # ALSA's chatter, not ours
        data = text.encode("utf-8")
        process.started.connect(lambda: (process.write(data), process.closeWriteChannel()))
        process.finished.connect(lambda code, status: self._ended(process, code, status))
        process.errorOccurred.connect(lambda error: self._failed(process, error))
        self._process = process
        _NOW.append(_Speaking(process, self))
        process.start()
        return True

    def stop(self) -> None:
        """Stop speaking now: the program is killed (and gone when this returns)."""
        process = self._process
        if process is None:
            return
        self._release(process)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(STOP_WAIT_MS)
        _discard(process)
        self.finished.emit()

    def _release(self, process: QProcess) -> None:
        self._process = None
        _NOW[:] = [now for now in _NOW if now.process is not process]

    def _ended(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        if self._process is not process:  # stopped: already told
            return
        self._release(process)
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            log.info("el programa de voz terminó con el código %s", code)
        _discard(process)
        self.finished.emit()

    def _failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is process:
            log.warning("no se pudo iniciar el programa de voz %s", process.program())
            self._release(process)
            _discard(process)
            self.finished.emit()
