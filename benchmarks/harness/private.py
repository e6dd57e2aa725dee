"""A private copy of the interpreter, libpython, the standard library and the venv, per app.

PSS splits every shared page among the processes that map it. If a test run elsewhere on the
machine maps the same libQt6Gui or libpython, both apps' PSS drops, by different amounts. With a
copy per app (new files, new inodes), nobody else can map an app's Python or Qt pages, so its
PSS is its own; procfs.sharing() checks that at every sample. Debian's own libraries (libc,
libX11, fontconfig) stay shared, as on a user's desktop.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

#: Never imported by an app at run time; left out to keep the copy quick.
STDLIB_SKIP = ("test", "site-packages", "__pycache__", "idlelib", "tkinter", "ensurepip")
#: In site-packages, never loaded by postureapp or the bare tray: linked to the original, not
#: copied, which makes a copy about 2.5 times as quick to make and to remove (the quick run's
#: budget). Imports still work; an app that maps one of them anyway shares its pages with
#: everyone, and procfs.sharing reports it at every sample as shared ("linked, not copied").
LINK_ONLY = (
    "mypy",
    "mypyc",
    "*__mypyc*.so",
    "pip",
    "pygments",
    "_pytest",
    "PySide6/Qt/qml",
    "PySide6/Qt/resources",
    "PySide6/Qt/lib/libQt6WebEngine*",
    "PySide6/Qt/lib/libQt6Quick*",
    "PySide6/Qt/lib/libQt6Qml*",
    "PySide6/Qt/lib/libQt6Designer*",
    "PySide6/Qt/lib/libQt6ShaderTools*",
    "PySide6/Qt/lib/libQt6Pdf*",
    "PySide6/Qt/lib/libQt63D*",
    "PySide6/Qt/lib/libav*",
    "PySide6/Qt/metatypes",
    "PySide6/Qt/translations/qtwebengine_locales",
    "PySide6/Qt/translations/[!q]*",  # assistant_, designer_, linguist_: Qt's own tools
    "PySide6/Qt/translations/qt[!b_]*",  # qtdeclarative_, qtmultimedia_, ...: not qtbase_, qt_
    "PySide6/include",
    "PySide6/typesystems",
    "PySide6/glue",
    "PySide6/doc",
    "PySide6/*.pyi",
)
#: Whatever a running app can load is postureapp's required distributions (and what they
#: require); every other top-level entry of site-packages (the test and lint tools, the
#: optional calendar and keyring packages) is linked, not copied. The .pth files are always
#: copied (they run at every start, in both apps alike).
ROOT_DIST = "postureapp"

PROBE = """
import json, sys, sysconfig
print(json.dumps({
    "base_prefix": sys.base_prefix,
    "executable": __import__("os").path.realpath(sys.executable),
    "shared": bool(sysconfig.get_config_var("Py_ENABLE_SHARED")),
    "soname": sysconfig.get_config_var("INSTSONAME"),
    "libdir": sysconfig.get_config_var("LIBDIR"),
    "stdlib": sysconfig.get_path("stdlib"),
    "purelib": sysconfig.get_path("purelib"),
    "version": "%d.%d" % sys.version_info[:2],
    "full_version": sys.version.split()[0],
}))
"""


@dataclass(frozen=True)
class Interpreter:
    """Where the venv's Python lives: what has to be copied."""

    venv: Path
    base_prefix: Path
    executable: Path
    shared_lib: Path | None
    stdlib: Path
    site_packages: Path
    version: str
    full_version: str

    @classmethod
    def of(cls, venv: Path) -> Interpreter:
        out = subprocess.run(
            [str(venv / "bin" / "python"), "-c", PROBE],
            capture_output=True,
            text=True,
            check=True,
            env={k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
        ).stdout
        info = json.loads(out)
        shared = Path(info["libdir"]) / info["soname"] if info["shared"] else None
        return cls(
            venv=venv,
            base_prefix=Path(info["base_prefix"]),
            executable=Path(info["executable"]),
            shared_lib=shared if shared is not None and shared.exists() else None,
            stdlib=Path(info["stdlib"]),
            site_packages=Path(info["purelib"]),
            version=info["version"],
            full_version=info["full_version"],
        )


@dataclass(frozen=True)
class PrivateCopy:
    """One app's own Python: `python` to run, `env` to run it with, `root` to check sharing."""

    root: Path
    python: Path
    bin_dir: Path
    env: dict[str, str]
    #: the original site-packages, where LINK_ONLY's links point
    linked_from: Path | None = None


def _copy(source: Path, target: Path) -> None:
    """cp -a: new inodes (a hard link would share the page cache, and so the pages)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)


def runtime_entries(root_dist: str = ROOT_DIST) -> set[str] | None:
    """Top-level entries of site-packages that belong to `root_dist`'s required distributions,
    followed through their own requirements (extras left out). None: `root_dist` is not
    installed here (then everything is copied)."""
    try:
        metadata.distribution(root_dist)
    except metadata.PackageNotFoundError:
        return None
    seen: set[str] = set()
    entries: set[str] = set()
    todo = [root_dist]
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or ():
            if file.parts and file.parts[0] != "..":
                entries.add(file.parts[0])
        for requirement in dist.requires or ():
            if "extra ==" not in requirement.replace("extra==", "extra =="):
                found = re.match(r"[A-Za-z0-9._-]+", requirement)
                if found:
                    todo.append(found.group(0))
    return entries


def _copy_site(source: Path, target: Path, rel: str = "", keep: set[str] | None = None) -> None:
    """Copy site-packages, linking what LINK_ONLY names, and at the top whatever is not in
    `keep` (None: keep all), instead."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in sorted(source.iterdir()):
        path = f"{rel}{entry.name}"
        unused = keep is not None and entry.name not in keep and entry.suffix != ".pth"
        if unused or any(fnmatch.fnmatchcase(path, pattern) for pattern in LINK_ONLY):
            (target / entry.name).symlink_to(entry.resolve())
        elif (
            entry.is_dir()
            and not entry.is_symlink()
            and any(pattern.startswith(path + "/") for pattern in LINK_ONLY)
        ):
            _copy_site(entry, target / entry.name, path + "/")
        else:
            _copy(entry, target / entry.name)


def _editable_paths(site_packages: Path, project: Path) -> list[Path]:
    """The .pth files of an editable install that point at the project's checkout."""
    found = []
    for pth in site_packages.glob("*.pth"):
        lines = pth.read_text(errors="replace").splitlines()
        if any(Path(line.strip()) == project for line in lines if line.strip()):
            found.append(pth)
    return found


def make(
    root: Path, interp: Interpreter, project: Path | None = None, source: Path | None = None
) -> PrivateCopy:
    """Copy the interpreter and venv under root; `source` (a folder holding the postureapp
    package) replaces the editable install's path to `project`."""
    base = root / "base"
    (base / "bin").mkdir(parents=True)
    shutil.copy2(interp.executable, base / "bin" / f"python{interp.version}")
    lib = base / "lib"
    lib.mkdir()
    if interp.shared_lib is not None:
        shutil.copy2(interp.shared_lib, lib / interp.shared_lib.name)
    stdlib = lib / f"python{interp.version}"
    stdlib.mkdir()
    for entry in interp.stdlib.iterdir():
        # config-3.X-...: the static libpython and the build's Makefile, for building only.
        if entry.name not in STDLIB_SKIP and not entry.name.startswith("config-"):
            _copy(entry, stdlib / entry.name)

    venv = root / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text(
        f"home = {base / 'bin'}\ninclude-system-site-packages = false\n"
        f"version = {interp.full_version}\n"
    )
    python = venv / "bin" / "python"
    (venv / "bin" / f"python{interp.version}").symlink_to(base / "bin" / f"python{interp.version}")
    python.symlink_to(f"python{interp.version}")
    (venv / "bin" / "python3").symlink_to(f"python{interp.version}")
    site = venv / "lib" / f"python{interp.version}" / "site-packages"
    _copy_site(interp.site_packages, site, keep=runtime_entries())
    # os.walk never enters the links, so nothing of the original venv is removed.
    for folder, dirs, _files in os.walk(site):
        if "__pycache__" in dirs:
            dirs.remove("__pycache__")
            shutil.rmtree(Path(folder) / "__pycache__", ignore_errors=True)
    if project is not None:
        for pth in _editable_paths(site, project):
            pth.unlink()
    if source is not None:
        (site / "zz_bench_source.pth").write_text(f"{source}\n")
    env = {
        # RUNPATH points at the original libpython; LD_LIBRARY_PATH comes first.
        "LD_LIBRARY_PATH": str(lib),
        # Bytecode compiled once by the warm-up start, as an installed app's is.
        "PYTHONPYCACHEPREFIX": str(root / "pycache"),
    }
    return PrivateCopy(
        root=root,
        python=python,
        bin_dir=venv / "bin",
        env=env,
        linked_from=interp.site_packages.resolve(),
    )


def check(copy: PrivateCopy) -> None:
    """The copy runs, and its libpython, stdlib and site-packages are the copied ones."""
    code = (
        "import json, sys, PySide6, os; "
        "maps = open('/proc/self/maps').read(); "
        "lib = [l.split()[-1] for l in maps.splitlines() if 'libpython' in l]; "
        "print(json.dumps([sys.prefix, sys.base_prefix, os.__file__, PySide6.__file__, lib[:1]]))"
    )
    out = subprocess.run(
        [str(copy.python), "-c", code],
        capture_output=True,
        text=True,
        env={**_clean_env(), **copy.env},
    )
    if out.returncode != 0:
        raise SystemExit(f"the private copy in {copy.root} does not run:\n{out.stderr}")
    for path in json.loads(out.stdout)[:4] + json.loads(out.stdout)[4]:
        if not str(path).startswith(str(copy.root)):
            raise SystemExit(f"the private copy in {copy.root} still uses {path}")


def _clean_env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PYTHON") and k not in ("LD_LIBRARY_PATH", "VIRTUAL_ENV")
    }


def source_tree(project: Path, target: Path, ref: str | None) -> Path:
    """postureapp/ and assets/ as they are in the working tree (ref None), in another folder (a
    prototype), or at a git ref: copied, so the run measures what it was given throughout."""
    target.mkdir(parents=True)
    folder = project if ref is None else Path(ref)
    if ref is None or (folder / "postureapp").is_dir():
        for name in ("postureapp", "assets"):
            shutil.copytree(
                folder / name, target / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        return target
    archive = subprocess.run(
        ["git", "-C", str(project), "archive", ref, "postureapp", "assets"],
        capture_output=True,
        check=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


if __name__ == "__main__":  # a manual check: python private.py VENV ROOT
    made = make(Path(sys.argv[2]), Interpreter.of(Path(sys.argv[1])))
    check(made)
    print(made)
