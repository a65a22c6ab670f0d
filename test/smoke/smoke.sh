#!/usr/bin/env bash
# Smoke test: starts the real stackdeck binary on the built-in demo cluster in a real X server
# (Xvfb) in Chinese, takes a screenshot and checks that the process stayed up and drew something.
# usage: smoke.sh <stackdeck> <screenshot.png>
set -uo pipefail
bin=$1
shot=$2

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (run scripts/setup-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
need xvfb-run
need import

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM QT_QUICK_BACKEND

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    delay=${SMOKE_DELAY:-4}
    # It quits by itself a few seconds after the screenshot: a clean exit proves the shutdown too.
    "$1" --lang zh_CN --demo --quit-after $(( (delay + 4) * 1000 )) > "$3/app.log" 2>&1 & pid=$!
    sleep "$delay"
    if ! kill -0 "$pid" 2>/dev/null; then echo "FAIL: stackdeck exited early"; cat "$3/app.log"; exit 1; fi
    import -window root "$2" || { echo "FAIL: screenshot failed"; kill "$pid"; exit 1; }
    kill -0 "$pid" 2>/dev/null || { echo "FAIL: stackdeck died during the screenshot"; exit 1; }
    wait "$pid"; rc=$?
    [ "$rc" -eq 0 ] || { echo "FAIL: stackdeck exited with $rc on quitting"; cat "$3/app.log"; exit 1; }
    exit 0' smoke "$bin" "$shot" "$tmp" || exit 1

if grep -E "qrc:|QQmlComponent|is not installed|Segmentation|did not start" "$tmp/app.log"; then
    echo "FAIL: QML or runtime errors in the application log"; exit 1
fi
# A blank or uniform screen means nothing was drawn.
spread=$(convert "$shot" -format "%[fx:standard_deviation]" info:)
echo "screenshot: $shot (colour spread $spread)"
awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || { echo "FAIL: the screenshot is blank"; exit 1; }
echo "PASS"
