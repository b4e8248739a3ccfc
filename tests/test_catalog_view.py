"""The domain rule for which modules an age band sees (the home screen asks it)."""

from __future__ import annotations

from kiosk import resources
from kiosk.content.catalog import load_catalog
from kiosk.core.people import AgeBand
from kiosk.learning.catalog_view import modules_for, sees


def test_every_band_sees_only_modules_tagged_for_it():
    catalog = load_catalog(resources.lessons_dir())
    assert catalog.modules(), "the bundled lessons load"
    for band, tags in ((AgeBand.CHILD, {"ninos-8-11"}), (AgeBand.TEEN, {"adolescentes-12-17"}),
                       (AgeBand.ADULT, {"docentes", "familias"})):
        view = modules_for(catalog, band)
        expected = [m.id for m in catalog.modules() if tags & set(m.audience)]
        assert [m.id for _t, m in view] == expected
        assert all(sees(m, band) for _t, m in view)


def test_no_catalog_no_modules():
    assert modules_for(None, "8-11") == []
