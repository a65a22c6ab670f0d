#!/bin/sh
# Runs a command (a keychain test) on a private D-Bus session bus with a throw-away, unlocked
# gnome-keyring, so QtKeychain's libsecret backend has a real Secret Service to talk to.
# DISPLAY/WAYLAND_DISPLAY are removed on purpose: with a display, a locked keyring makes
# gnome-keyring start a password prompter and the test would hang instead of failing.
# Every process it starts lives inside dbus-run-session and ends with it; the temp dir is removed.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p -m 700 "$tmp/run" "$tmp/data" "$tmp/config"
rc=0
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    dbus-run-session -- sh -c '
        printf %s "stackdeck-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' sh "$@" 2>"$tmp/stderr" || rc=$?
# dbus-daemon's own chatter is noise; everything else the test printed is kept.
grep -v -e "fd limit" -e "Activating service" -e "Successfully activated" "$tmp/stderr" >&2 || true
exit $rc
