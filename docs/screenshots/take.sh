#!/usr/bin/env bash
# Re-takes the screenshots in this folder under Xvfb with openbox (title bars, as users have
# them) and a tray host:
#   bash docs/screenshots/take.sh        (needs the app installed: bash .ci/quickstart test)
#   bash docs/screenshots/take.sh languages   (only the German and Japanese shots)
# Break windows come from the real app (`postureapp break-now`) in a fresh POSTUREAPP_HOME with
# the welcome already seen; the notice and the check-in come from docs/screenshots/preview.py,
# which builds the app's own widgets (the app shows them at moments that are slow to reach), and
# the exercise editor from docs/screenshots/editor.py, with a routine of one's own in it; the
# history window and the example report from docs/screenshots/history.py (a made-up year).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shot=$(cd "$root/../shared/tools" 2>/dev/null && pwd)/screenshot
[ -x "$shot" ] || { echo "needs ../shared/tools/screenshot beside the repository" >&2; exit 1; }
command -v postureapp >/dev/null || export PATH="$root/.venv/bin:$PATH"
python=$(command -v python)

break_window() {  # break_window NAME THEME SIZE SCALE WAIT LONG_EVERY BREAK-NOW-ARGS...
  local name=$1 theme=$2 size=$3 scale=$4 wait=$5 every=$6; shift 6
  local home; home=$(mktemp -d)
  mkdir -p "$home/state" "$home/config"
  printf '{"version": 1, "welcome_shown": true}\n' >"$home/state/safety.json"
  printf '[breaks]\nlong_every = %s\n[behaviour]\ntheme = "%s"\n' "$every" "$theme" \
    >"$home/config/settings.toml"
  "$shot" "$here/$name.png" --wm --size "$size" --wait "$wait" -- \
    env POSTUREAPP_HOME="$home" QT_SCALE_FACTOR="$scale" sh -c \
    "postureapp & sleep 3; postureapp break-now $*; sleep 300" >/dev/null
  rm -rf "$home" "$here/$name.log"
  echo "$here/$name.png"
}

editor() {  # editor NAME VIEW THEME
  "$shot" "$here/$1.png" --wm --wait 6 -- "$python" "$here/editor.py" "$2" --theme "$3" >/dev/null
  rm -f "$here/$1.log"
  echo "$here/$1.png"
}

preview() {  # preview NAME WINDOW THEME
  "$shot" "$here/$1.png" --wm --wait 3 -- "$python" "$here/preview.py" "$2" --theme "$3" >/dev/null
  rm -f "$here/$1.log"
  echo "$here/$1.png"
}

language() {  # language NAME LANG WAIT COMMAND: the app in LANG, then COMMAND once it is up
  local name=$1 lang=$2 wait=$3; shift 3
  local home; home=$(mktemp -d)
  mkdir -p "$home/state"
  printf '{"version": 1, "welcome_shown": true}\n' >"$home/state/safety.json"
  "$shot" "$here/$name.png" --wm --wait "$wait" -- \
    env -u LANGUAGE -u LC_ALL -u LC_MESSAGES POSTUREAPP_HOME="$home" LANG="$lang" sh -c \
    "postureapp & sleep 3; $*; sleep 300" >/dev/null
  rm -rf "$home" "$here/$name.log"
  echo "$here/$name.png"
}

for lang in de_DE.UTF-8 ja_JP.UTF-8; do
  code=${lang%%_*}
  language "short-break-$code" "$lang" 22 postureapp break-now --exercise seated-twist
  language "settings-$code" "$lang" 8 postureapp open settings
  "$shot" "$here/editor-pose-$code.png" --wm --wait 6 -- env -u LANGUAGE -u LC_ALL -u LC_MESSAGES \
    LANG="$lang" "$python" "$here/editor.py" pose >/dev/null
  rm -f "$here/editor-pose-$code.log"
done
[ "${1:-}" = languages ] && exit 0

history() {  # history NAME TAB THEME: the last 3 months of the synthetic year (history.py)
  "$shot" "$here/$1.png" --wm --wait 6 -- "$python" "$here/history.py" window --range quarter \
    --tab "$2" --theme "$3" >/dev/null
  rm -f "$here/$1.log"
  echo "$here/$1.png"
}

for theme in light dark; do
  break_window "short-break-$theme" "$theme" 1366x768 1 22 4 --exercise seated-twist
  break_window "long-break-$theme" "$theme" 1366x768 1 40 1
  preview "notice-$theme" notice "$theme"
  preview "check-in-$theme" checkin "$theme"
  for view in list pose new settings; do
    editor "editor-$view-$theme" "$view" "$theme"
  done
done
break_window short-break-3840x2160 light 3840x2160 2 22 4 --exercise seated-twist
history history-light over light
history history-dark over dark
history history-exercises-light exercises light
# The example report: the last 12 months of the synthetic year, and its page as an image.
QT_QPA_PLATFORM=offscreen "$python" "$here/history.py" report "$root/docs/report-example.pdf" \
  --range year
pdftoppm -r 110 -png -singlefile "$root/docs/report-example.pdf" "$here/report-example"
echo "$here/report-example.png"
