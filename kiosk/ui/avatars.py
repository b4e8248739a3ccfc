"""The bundled avatar pictures, in display order, with accessible names."""

from __future__ import annotations

from kiosk import resources


def bundled_avatars(lang: str = "es") -> list[tuple[str, str]]:
    folder = resources.assets_dir() / "avatars"
    index = folder / "avatars.yaml"
    if index.exists():
        import yaml

        entries = yaml.safe_load(index.read_text(encoding="utf-8")) or []
        found = [
            (e["file"], e.get(lang) or e.get("es") or e["file"])
            for e in entries
            if isinstance(e, dict) and (folder / str(e.get("file", ""))).is_file()
        ]
        if found:
            return found
    return [(p.name, p.stem.replace("-", " ")) for p in sorted(folder.glob("*.svg"))]
