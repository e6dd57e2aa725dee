"""Keep every language's catalogue in step with the code: the one command after a string changes.

    python translations/update.py            # lupdate every .ts from the code, lrelease the .qm
    python translations/update.py --check    # exit 1 (and say why) if either is out of date
    python translations/update.py --missing  # what each language has not translated yet
                                             # (the code's new strings included)
    python translations/update.py --add sv   # start a new language (then translate it)

The `.ts` files here are the sources translators edit (Qt Linguist, or any text editor); the
`.qm` files in assets/translations/ are what the app and the command line load, committed so
that a build needs no Qt tools (tests/unit/test_translations.py checks they are current).
Adding a language: docs/translations.md.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "postureapp"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "assets" / "translations"
NAME = "postureapp"


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease: beside this Python (a venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) first")
    return found


def ts_files(folder: Path = TS_DIR) -> list[Path]:
    return sorted(folder.glob(f"{NAME}_*.ts"))


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix(NAME + "_")


def python_sources() -> list[str]:
    return [str(path) for path in sorted(SOURCES.rglob("*.py"))]


def lupdate(targets: list[Path]) -> None:
    """Add new source strings to each .ts, drop those the code no longer has."""
    command = [tool("pyside6-lupdate"), *python_sources()]
    command += ["-no-obsolete", "-locations", "none", "-silent", "-ts", *map(str, targets)]
    subprocess.run(command, check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


def missing(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                out.append((name, message.findtext("source", "")))
    return out


def _updated_copies(scratch: str) -> list[Path]:
    """Copies of every .ts in `scratch`, updated from the code as `update` would."""
    copies = []
    for ts in ts_files():
        copy = Path(scratch) / ts.name
        shutil.copyfile(ts, copy)
        copies.append(copy)
    if copies:
        lupdate(copies)
    return copies


def pending() -> dict[str, list[tuple[str, str]]]:
    """Per language, what has no translation once the catalogues are updated from the code: a
    string added to the code shows here before anyone has run `update`."""
    with tempfile.TemporaryDirectory() as scratch:
        return {language_of(copy): missing(copy) for copy in _updated_copies(scratch)}


def explain(language: str, left: list[tuple[str, str]]) -> str:
    """What a developer reads when a language is not complete: what is missing, what to run."""
    listed = "\n".join(f"  [{context}] {source}" for context, source in left)
    return (
        f"{language}: {len(left)} string(s) of the code have no {language} translation:\n"
        f"{listed}\n"
        "To fix it:\n"
        "  1. python translations/update.py   (puts the code's new strings into every\n"
        "     translations/postureapp_*.ts and compiles assets/translations/*.qm)\n"
        f"  2. translate each string above in translations/{NAME}_*.ts, in every shipped language\n"
        "     (keep {0}, %s and the one & letter; `--missing` lists what is left)\n"
        "  3. python translations/update.py   (again, to compile), then commit the .ts and .qm\n"
        "Guide: docs/translations.md"
    )


def stale() -> list[str]:
    """What `update` would change, without changing anything."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        copies = _updated_copies(scratch)
        for ts, copy in zip(ts_files(), copies, strict=True):
            if not filecmp.cmp(ts, copy, shallow=False):
                problems.append(f"{ts.relative_to(ROOT)} does not match the code")
            qm = QM_DIR / f"{ts.stem}.qm"
            fresh = Path(scratch) / qm.name
            lrelease(ts, fresh)
            if not qm.exists() or not filecmp.cmp(qm, fresh, shallow=False):
                problems.append(f"{qm.relative_to(ROOT)} is not compiled from {ts.name}")
    return problems


def update(add: str | None = None) -> None:
    targets = ts_files()
    if add:
        targets = sorted({*targets, TS_DIR / f"{NAME}_{add}.ts"})
    lupdate(targets)
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in targets:
        lrelease(ts, QM_DIR / f"{ts.stem}.qm")
        left = len(missing(ts))
        print(f"{language_of(ts)}: " + (f"{left} to translate" if left else "complete"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say what is out of date")
    parser.add_argument("--missing", action="store_true", help="list untranslated messages")
    parser.add_argument("--add", metavar="LANGUAGE", help="start a catalogue, e.g. sv or pt_PT")
    args = parser.parse_args()
    if args.check:
        problems = stale()
        for problem in problems:
            print(problem)
        if problems:
            print("run: python translations/update.py")
        return 1 if problems else 0
    if args.missing:
        for language, left in pending().items():
            for context, source in left:
                print(f"{language}\t{context}\t{source}")
        return 0
    update(args.add)
    return 0


if __name__ == "__main__":
    sys.exit(main())
