#!/usr/bin/env bash
# Build the self-contained Linux bundle with PyInstaller (one folder):
#   bash packaging/build-linux.sh [--out DIR]   -> DIR/postureapp/postureapp and a .tar.gz beside it
#                                                (DIR is dist/ unless given)
# PyInstaller and postureapp (from its own wheel) go into build/bundle-venv, never into .venv.
# Needs python3 with venv, and the libraries Qt needs to import (bash .ci/quickstart test).
set -euo pipefail
out=dist
if [ "${1:-}" = --out ]; then out=$(realpath -m "$2"); fi
cd "$(dirname "$0")/.."
venv=build/bundle-venv
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
start=$(date +%s)

[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
# A fresh wheel each time: the bundle holds exactly what the wheel ships (no editable install).
rm -rf build/bundle-wheel
"$venv/bin/python" -m pip wheel -q --disable-pip-version-check --no-deps -w build/bundle-wheel .
"$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps \
  build/bundle-wheel/postureapp-*.whl
"$venv/bin/python" -m pip install -q --disable-pip-version-check build/bundle-wheel/postureapp-*.whl \
  "pyinstaller>=6.10,<7"

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$out" --workpath build/pyinstaller packaging/postureapp-linux.spec

archive="$out/postureapp-$version-linux-$(uname -m).tar.gz"
tar -C "$out" -czf "$archive" postureapp
echo "Built $out/postureapp/ ($(du -sh "$out/postureapp" | cut -f1)) and $archive ($(du -sh "$archive" | cut -f1)) in $(( $(date +%s) - start )) s"
echo "Run it: $out/postureapp/postureapp   (or unpack the archive anywhere and run postureapp/postureapp)"
