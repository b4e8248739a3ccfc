"""Which modules a learner sees: the domain rule, in one place (the home screen, the staff
reports and the tests ask here, never decide for themselves)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.people import AUDIENCE_TAGS, AgeBand

if TYPE_CHECKING:
    from kiosk.content.model import Catalog, Module, Track


def sees(module: Module, age_band: AgeBand | str) -> bool:
    """True when one of the module's audience tags serves ``age_band``."""
    band = AgeBand(age_band)
    return any(band in AUDIENCE_TAGS.get(tag, set()) for tag in module.audience)


def modules_for(catalog: Catalog | None, age_band: AgeBand | str) -> list[tuple[Track, Module]]:
    """The (track, module) pairs a learner of ``age_band`` sees, in the catalog's order."""
    if catalog is None:
        return []
    return [(track, module) for track in catalog.tracks for module in track.modules if sees(module, age_band)]


__all__ = ["modules_for", "sees"]
