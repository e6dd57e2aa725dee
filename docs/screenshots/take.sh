#!/usr/bin/env bash
# Re-takes the break-window screenshots in this folder under Xvfb with a tray host:
#   bash docs/screenshots/take.sh        (needs the app installed: bash .ci/quickstart test)
# Each shot starts a fresh postureapp in its own POSTUREAPP_HOME (welcome already seen), starts
# one exercise with `postureapp break-now --exercise ID` and saves the break window a few seconds in.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shot=$(cd "$here/../../../shared/tools" 2>/dev/null && pwd)/screenshot
[ -x "$shot" ] || { echo "needs ../shared/tools/screenshot beside the repository" >&2; exit 1; }
command -v postureapp >/dev/null || export PATH="$here/../../.venv/bin:$PATH"

take() {  # take ID SECONDS SIZE SCALE NAME
  home=$(mktemp -d)
  mkdir -p "$home/state"
  printf '{"version": 1, "welcome_shown": true}\n' >"$home/state/safety.json"
  "$shot" "$here/$5.png" --size "$3" --wait "$2" --window "time for a break" -- \
    env POSTUREAPP_HOME="$home" QT_SCALE_FACTOR="$4" sh -c \
    "postureapp & sleep 3; postureapp break-now --exercise $1; sleep 120" >/dev/null
  rm -rf "$home"
  echo "$here/$5.png"
}

take seated-twist 9 1366x768 1 break-window
take chin-tuck 6 1366x768 1 chin-tuck-1366x768
take standing-side-stretch 10 1366x768 1 side-stretch-1366x768
take seated-twist 9 3840x2160 2 seated-twist-3840x2160
take chin-tuck 6 3840x2160 2 chin-tuck-3840x2160
take standing-side-stretch 10 3840x2160 2 side-stretch-3840x2160
