"""``kiosk learners import FILE``: a list of learners from the command line; ``kiosk learners
list|rename|archive|restore|merge|delete``: the staff's management of learner profiles
(``kiosk.people.learner_admin``)."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.commands import Cli
from kiosk.config import Config
from kiosk.core.errors import Code, EnvironmentProblem, InputProblem

# -- command line: ``kiosk learners import FILE --home DIR [--class NAME]`` ---------------


def cli_main(path: Path, config: Config, class_name: str | None, *, out=None, err=None) -> int:
    """Print every problem and a summary in Spanish.  Exit 0 when imported, 1 when the file
    has any bad row or problem (nothing is imported), 2 when the file or the kiosk's
    database cannot be read."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        stream = path.open("rb")  # read line by line by the import; its size is checked first
    except OSError as exc:
        print(f"kiosk learners import: no se pudo leer «{path}»: {exc.strerror or exc}", file=err)
        return 2
    from kiosk.commands import open_or_say
    from kiosk.people.roster_import import RosterRefused  # here: `kiosk` builds its parser from this module

    backend = open_or_say(config, "learners import", err=err)
    if backend is None:
        stream.close()
        return 2
    try:
        result = backend.roster.run_import(stream, default_class=class_name)
    except RosterRefused as refused:
        preview = refused.preview
        for warning in preview.warnings:
            print(f"aviso: {warning}", file=out)
        for message in preview.messages():
            print(message, file=out)
        if not preview.readable:
            return 2
        if preview.problems:
            print("No se importó nada.", file=out)
        elif not preview.rows:
            print("No se importó nada: el archivo no tiene ninguna fila con estudiantes.", file=out)
        else:
            bad = len(preview.bad_rows)
            print(f"No se importó nada: {bad} de {len(preview.rows)} filas tienen problemas. "
                  "Corregí esas filas y volvé a importar el archivo.", file=out)
        return 1
    except EnvironmentProblem as exc:
        print(f"kiosk learners import: {exc}", file=err)
        return 2
    except OSError as exc:  # the file, read line by line, became unreadable (a USB stick pulled out)
        print(f"kiosk learners import: no se pudo leer «{path}»: {exc.strerror or exc}", file=err)
        return 2
    finally:
        stream.close()
        backend.close()
    for warning in result.preview.warnings:
        print(f"aviso: {warning}", file=out)
    classes = ""
    if result.classes_created:
        names = ", ".join(f"«{c}»" for c in result.classes_created)
        classes = f" Clases nuevas: {names}."
    if result.added == 1:
        print(f"Listo: se importó 1 persona.{classes}", file=out)
    else:
        print(f"Listo: se importaron {result.added} personas.{classes}", file=out)
    return 0


# -- ``kiosk learners list|rename|archive|restore|merge|delete --home DIR`` ----------------

LEARNER_HELP = "the learner: the start of their id (from 'kiosk learners list', 6 characters or more) or their name"


def add_manage_parsers(learners_sub, home) -> None:
    """The management sub-commands of ``kiosk learners`` (``import`` is parsed by kiosk.cli)."""
    lst = learners_sub.add_parser("list", parents=[home], help="list the learners (archived ones marked)")
    lst.add_argument("--active", action="store_true", help="only the learners not archived")
    ren = learners_sub.add_parser("rename", parents=[home], help="give a learner another name")
    ren.add_argument("learner", help=LEARNER_HELP)
    ren.add_argument("name", help="the new first name or nickname")
    for action, text in (("archive", "hide a learner from the sign-in screen (history and counts stay)"),
                         ("restore", "bring an archived learner back")):
        sub = learners_sub.add_parser(action, parents=[home], help=text)
        sub.add_argument("learner", help=LEARNER_HELP)
    merge = learners_sub.add_parser("merge", parents=[home],
                                    help="two profiles of the same child: move OTHER's progress to KEEP, remove OTHER")
    merge.add_argument("keep", help="the profile to keep (" + LEARNER_HELP + ")")
    merge.add_argument("other", help="the profile to merge into it and remove")
    merge.add_argument("--yes", action="store_true", help="do it (without: say what would happen)")
    delete = learners_sub.add_parser("delete", parents=[home],
                                     help="delete a learner and all their progress for good")
    delete.add_argument("learner", help=LEARNER_HELP)
    delete.add_argument("--yes", action="store_true", help="do it (without: say what would be lost)")


def manage_main(args, config: Config, *, out=None, err=None) -> int:
    """Exit 0 when done, 1 when refused (unknown or ambiguous learner, a name taken, not
    confirmed with ``--yes``), 2 when the kiosk's database cannot be opened."""
    from kiosk.commands import open_or_say

    out = out or sys.stdout
    err = err or sys.stderr
    command = f"learners {args.learners_command}"
    backend = open_or_say(config, command, err=err)
    if backend is None:
        return 2
    try:
        return _manage(backend, args, out, err)
    except LearnerNotFound as missing:
        print(Cli.tr("kiosk {command}: {problem}").format(command=command, problem=missing.text), file=err)
        return 1
    except EnvironmentProblem as exc:
        print(Cli.tr("kiosk {command}: {problem}").format(command=command, problem=_problem_text(exc)),
              file=err)
        return 1 if isinstance(exc, InputProblem) else 2
    finally:
        backend.close()


class LearnerNotFound(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _manage(backend, args, out, err) -> int:
    admin = backend.learner_admin
    action = args.learners_command
    if action == "list":
        _print_list(admin.list(include_archived=not args.active), out)
        return 0
    if action == "merge":
        learners = admin.list()
        keep, other = _find(learners, args.keep), _find(learners, args.other)
        if keep.id == other.id:
            raise InputProblem(Code.LEARNER_MERGE_SAME)
        moving = admin.footprint(other.id)
        if not args.yes:
            print(Cli.tr("{other} would be merged into {keep} and removed: {what} would move to {keep}.").format(
                other=_who(other), keep=_who(keep), what=_what(moving)), file=out)
            print(Cli.tr("Nothing was changed. Run the command again with --yes to merge them."), file=out)
            return 1
        admin.merge(keep.id, other.id)
        print(Cli.tr("Done: {other} was merged into {keep} ({what}).").format(
            other=_who(other), keep=_who(keep), what=_what(moving)), file=out)
        return 0
    learner = _find(admin.list(), args.learner)
    if action == "rename":
        info = admin.update(learner.id, display_name=args.name)
        print(Cli.tr("Done: {old} is now called “{name}”.").format(old=_who(learner), name=_plain(info.display_name)),
              file=out)
    elif action == "archive":
        admin.archive(learner.id)
        print(Cli.tr("Done: {name} is archived (hidden from the sign-in screen; progress kept). "
                     "'kiosk learners restore' brings them back.").format(name=_who(learner)), file=out)
    elif action == "restore":
        admin.restore(learner.id)
        print(Cli.tr("Done: {name} is back on the sign-in screen.").format(name=_who(learner)), file=out)
    elif action == "delete":
        lost = admin.footprint(learner.id)
        if not args.yes:
            print(Cli.tr("Deleting {name} would lose for good: {what}.").format(
                name=_who(learner), what=_what(lost)), file=out)
            print(Cli.tr("Nothing was deleted. Run the command again with --yes to delete."), file=out)
            return 1
        admin.delete(learner.id)
        print(Cli.tr("Done: {name} was deleted ({what}).").format(name=_who(learner), what=_what(lost)),
              file=out)
    return 0


def _who(learner) -> str:
    return f"«{_plain(learner.display_name)}» ({learner.id[:8]})"


def _plain(name: str) -> str:
    """A stored name as the terminal shows it: no control, escape, bidi or invisible
    characters, even in a name saved before names were cleaned."""
    from kiosk.core.names import clean_name

    return clean_name(name)


def _what(footprint) -> str:
    return ", ".join((
        Cli.tr("%n visit(s) to lessons", "", footprint.visits),
        Cli.tr("%n answer(s)", "", footprint.answers),
        Cli.tr("%n certificate(s)", "", footprint.certificates),
        Cli.tr("%n sign-in(s)", "", footprint.sessions),
    ))


def _find(learners: list, wanted: str):
    """The one learner ``wanted`` names: an id, the start of one (6+ characters), or a name
    (ignoring case and accents)."""
    from kiosk.core.people import name_key

    text = wanted.strip()
    by_id = [m for m in learners if m.id == text or (len(text) >= 6 and m.id.startswith(text.lower()))]
    found = by_id or [m for m in learners if name_key(m.display_name) == name_key(text)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise LearnerNotFound(Cli.tr("no learner is called or has the id “{wanted}”. "
                                     "'kiosk learners list' shows them.").format(wanted=text))
    ids = ", ".join(m.id[:8] for m in found)
    raise LearnerNotFound(Cli.tr("several learners are called “{wanted}” ({ids}): "
                                 "name one by the start of its id.").format(wanted=text, ids=ids))


def _print_list(learners: list, out) -> None:
    from kiosk.core.people import AgeBand, Role

    if not learners:
        print(Cli.tr("No learners yet."), file=out)
        return
    for m in learners:
        info = m.learner
        line = f"{info.id[:8]}  {_plain(info.display_name)}  ·  {_age(AgeBand(info.age_band))}  ·  " \
               f"{_role(Role(info.role))}  ·  {info.avatar}"
        if m.class_names:
            line += "  ·  " + ", ".join(map(_plain, m.class_names))
        if m.archived:
            line += "  " + Cli.tr("(archived)")
        print(line, file=out)
    print(Cli.tr("%n learner(s)", "", len(learners)), file=out)


def _age(band) -> str:
    return {"8-11": Cli.tr("8 to 11"), "12-17": Cli.tr("12 to 17")}.get(band.value, Cli.tr("adult"))


def _role(role) -> str:
    return {"learner": Cli.tr("learner"), "teacher": Cli.tr("teacher")}.get(role.value, Cli.tr("parent"))


def _problem_text(exc: EnvironmentProblem) -> str:
    """The sentence for a refusal the staff can act on (the command line's own words)."""
    sentences = {
        Code.LEARNER_NAME_TAKEN: Cli.tr("another learner already has this name and this picture."),
        Code.LEARNER_NAME_EMPTY: Cli.tr("write a name or a nickname."),
        Code.LEARNER_MERGE_SAME: Cli.tr("a profile cannot be merged with itself."),
        Code.LEARNER_RESTORE_TAKEN: Cli.tr("another active learner has the same name and picture: "
                                           "rename one of them first."),
    }
    return sentences.get(exc.code, str(exc))
