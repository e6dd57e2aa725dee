"""A check that each text a core module marks for translation is found in the shipped German
catalogue under the context it is marked with, as it is marked (while the tests run it)."""

from __future__ import annotations

from functools import cache
from types import ModuleType

import pytest

from postureapp.core.i18n.qm import Catalogue
from postureapp.paths import assets_dir


@cache
def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


def check_marks(monkeypatch: pytest.MonkeyPatch, module: ModuleType) -> None:
    """From now on, `module`'s QT_TRANSLATE_NOOP fails a text the catalogue lacks in its context."""

    def marked(context: str, source: str) -> str:
        found = german().translate(context, source)
        assert found != source, f"not in the German catalogue under {context!r}: {source!r}"
        return source

    monkeypatch.setattr(module, "QT_TRANSLATE_NOOP", marked)
