"""Which languages the user wants, read from the environment as Qt and gettext read it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

#: The languages postureapp ships, as its catalogue files name them (postureapp_<code>.qm).
SHIPPED: tuple[str, ...] = ("de", "fr", "es", "pt_BR", "it", "nl", "pl", "ja")

#: The language the source strings are written in.
SOURCE = "en"


def _code(value: str) -> str | None:
    """'de_DE.UTF-8@euro', 'de-Latn-DE' -> 'de_DE'; 'C' and 'POSIX' name no language."""
    parts = value.split(".")[0].split("@")[0].replace("-", "_").strip().split("_")
    if not parts[0] or parts[0] in ("C", "POSIX") or not parts[0].isalpha():
        return None
    territory = [part for part in parts[1:] if len(part) != 4]  # drop a script: Latn, Jpan
    language = parts[0].lower()
    return f"{language}_{territory[0].upper()}" if territory else language


def from_environment(environ: Mapping[str, str]) -> list[str]:
    """The languages asked for, most wanted first: LANGUAGE (a list), else LC_ALL,
    LC_MESSAGES or LANG, as gettext reads them. LANGUAGE counts only with a locale set."""
    locale = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    asked = environ.get("LANGUAGE", "").split(":") if _code(locale) is not None else []
    codes = [code for code in map(_code, [*asked, locale]) if code]  # '' names no language
    return list(dict.fromkeys(codes))


def candidates(language: str) -> list[str]:
    """The catalogue names that may serve `language`, best first: 'de_AT' -> ['de_AT', 'de']."""
    code = _code(language)
    if code is None:
        return []
    bare = code.partition("_")[0]
    return [code] if code == bare else [code, bare]


def pick(languages: Iterable[str], available: Sequence[str]) -> str | None:
    """The first of `available` the user wants; None for English (the source) or nothing.

    A regional language takes its own catalogue, else the plain one ('de_AT' takes 'de'), else
    the only regional one of its language ('pt_PT' and 'pt' take 'pt_BR': closer than English).
    """
    for language in languages:
        names = candidates(language)
        if not names:
            continue
        if names[-1] == SOURCE:
            return None
        for name in names:
            if name in available:
                return name
        regional = [name for name in available if name.partition("_")[0] == names[-1]]
        if len(regional) == 1:
            return regional[0]
    return None
