#!/usr/bin/env bash
# Installs everything Stackdeck needs to build, test and package on Debian 12 (bookworm).
# Idempotent: packages already present are skipped, so a second run takes about a second.
set -euo pipefail

packages=(
  # toolchain and packaging (SHLIBDEPS needs dpkg-dev and file)
  g++ cmake ninja-build pkg-config dpkg-dev file ccache git
  # Qt 6.4 (lupdate/lrelease live in qt6-l10n-tools, which qt6-tools-dev does not pull in)
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev
  qt6-websockets-dev qtkeychain-qt6-dev
  # QML modules loaded at run time (workerscript is missing from qtquick's own dependencies)
  qml6-module-qtquick qml6-module-qtquick-shapes qml6-module-qtqml-workerscript
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
  qml6-module-qtquick-window
  # other libraries
  libyaml-cpp-dev nlohmann-json3-dev libgraphviz-dev libssl-dev libhttp-parser-dev
  # PCRE2 8-bit: log filters run regular expressions on UTF-8 bytes without decoding each line
  libpcre2-dev
  # run time: keychain backend (dlopen()ed by QtKeychain) and CJK glyphs
  libsecret-1-0 fonts-wqy-microhei qt6-translations-l10n
  # tests: Xvfb smoke test + screenshots, keyring daemon, the official Python client
  xvfb xauth dbus-x11 gnome-keyring imagemagick python3-kubernetes
  # keychain tests (test/with-keyring.sh): dbus-run-session gives each run a private session bus
  dbus-daemon
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup-deps: installing ${#missing[@]} packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup-deps: done"
