"""``kiosk content``: signed lesson packs (``kiosk.content.packs``; README, "Lesson packs").

    kiosk content pack DIR --key KEY --out FILE [--id ID] [--version V] [--publisher P]
    kiosk content install FILE_OR_DIR --home DIR
    kiosk content list --home DIR
    kiosk content rollback MODULE --home DIR

Exit codes: 0 done; 2 refused (the reason on stderr, in the interface language: unsigned,
tampered, an unknown publisher, unsafe, older than installed, lessons with problems...).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands import action_parsers
from kiosk.core.i18n import Context

if TYPE_CHECKING:
    from kiosk.config import Config

Cli = Context("Cli")


def add_parser(sub, home: argparse.ArgumentParser) -> None:
    """Add ``content`` and its actions to ``kiosk``'s subparsers (``home``: the --home parent)."""
    actions = action_parsers(sub, "content", "signed lesson packs: build, install, list, roll back")
    pack = actions.add_parser("pack", help="check and sign a lessons folder into a pack (zip)")
    pack.add_argument("dir", help="a lessons folder: <track>/track.yaml, <track>/<module>/...")
    pack.add_argument("--key", required=True, metavar="KEY", help="the publisher's Ed25519 private key (PEM or raw)")
    pack.add_argument("--out", required=True, metavar="FILE", help="the pack to write (.zip)")
    pack.add_argument("--id", dest="pack_id", default=None, help="the pack's id (default: the folder's name)")
    pack.add_argument("--version", dest="pack_version", default=None,
                      help="the pack's version (default: its highest module version)")
    pack.add_argument("--publisher", default="telecentro", help="the publisher id the key belongs to")
    install = actions.add_parser("install", parents=[home], help="install a signed pack (zip or folder)")
    install.add_argument("source", metavar="FILE_OR_DIR")
    actions.add_parser("list", parents=[home], help="the installed packs and their modules")
    rollback = actions.add_parser("rollback", parents=[home], help="restore a module's previous version")
    rollback.add_argument("module", metavar="MODULE", help="the module id, <track>/<module>")


def cli_main(args: argparse.Namespace, config: Config) -> int:
    from kiosk.content.packs import PackRefused

    try:
        if args.content_command == "pack":
            return _pack(args)
        if args.content_command == "install":
            return _install(Path(args.source), config)
        if args.content_command == "list":
            return _list(config)
        return _rollback(args.module, config)
    except PackRefused as exc:
        print(f"kiosk content {args.content_command}: {exc.message}", file=sys.stderr)
        if exc.detail and exc.detail not in exc.message:
            print(exc.detail, file=sys.stderr)
        return 2


def _pack(args: argparse.Namespace) -> int:
    from kiosk.commands.turtle_lessons import challenge_problems
    from kiosk.content.packs import build_pack

    try:
        manifest = build_pack(Path(args.dir), Path(args.key), Path(args.out), pack_id=args.pack_id,
                              version=args.pack_version, publisher=args.publisher,
                              checks=(challenge_problems,))
    except (OSError, ValueError) as exc:
        print(Cli.tr("kiosk content pack: could not read the key or write the pack: {error}").format(error=exc),
              file=sys.stderr)
        return 2
    print(Cli.tr("Pack {pack} {version} signed by {publisher}: {out}").format(
        pack=manifest.pack_id, version=manifest.version, publisher=manifest.publisher, out=args.out))
    for module in manifest.modules:
        print(f"  {module.id} {module.version}")
    return 0


def _with_store(config: Config, work):
    """``work(store or None)`` with the kiosk's database when the home has one."""
    if not config.db_path.is_file():
        return work(None)
    from kiosk.commands import open_or_say

    backend = open_or_say(config, "content")
    if backend is None:
        return work(None)
    try:
        return work(backend.db)
    finally:
        backend.close()


def _install(source: Path, config: Config) -> int:
    from kiosk.commands.turtle_lessons import challenge_problems
    from kiosk.learning import content_updates

    config.ensure_dirs()
    result, reset = _with_store(config, lambda store: content_updates.install(
        store, config.home, source, checks=(challenge_problems,)))
    print(Cli.tr("Installed pack {pack} {version} ({publisher}).").format(
        pack=result.manifest.pack_id, version=result.manifest.version, publisher=result.manifest.publisher))
    for module, old, new in result.changes:
        print(f"  {module}: {old or '-'} -> {new}")
    for module in reset:
        print(Cli.tr("  {module}: a new major version; quiz scores start again (completions are kept)").format(
            module=module))
    return 0


def _list(config: Config) -> int:
    from kiosk.content.packs_install import installed_packs, load_state

    packs = installed_packs(config.home)
    if not packs:
        print(Cli.tr("No lesson pack is installed."))
        return 0
    state = load_state(config.home)
    for pack in packs:
        print(f"{pack.pack_id} {pack.version}  ({pack.publisher}, {pack.installed_at})")
        for module, version in pack.modules:
            entry = state["modules"].get(module, {})
            previous = (entry.get("previous") or {}).get("version")
            note = Cli.tr(" (previous: {version})").format(version=previous) if previous else ""
            print(f"  {module} {version}{note}")
    return 0


def _rollback(module: str, config: Config) -> int:
    from kiosk.learning import content_updates

    old, new = _with_store(config, lambda store: content_updates.rollback(store, config.home, module))
    print(Cli.tr("Module {module} restored: {old} -> {new}.").format(module=module, old=old, new=new))
    return 0
