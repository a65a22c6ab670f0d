#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with apt-get, checks the menu entry and icon, starts
# the installed binary under Xvfb, and removes it again. Changes the system, so it needs root
# (CI runs as root); elsewhere it skips.
# usage: test-deb.sh <build-dir>
set -uo pipefail
build=$1
if [ "$(id -u)" -ne 0 ]; then
    if [ "${CI:-}" = true ]; then echo "FAIL: needs root"; exit 1; fi
    echo "SKIP: installing a package needs root"; exit 77
fi
if dpkg-query -W -f='${Status}' stackdeck 2>/dev/null | grep -q "install ok installed"; then
    echo "SKIP: a stackdeck package is already installed; not touching it"; exit 77
fi
fail() { echo "FAIL: $*"; apt-get remove -y --purge stackdeck >/dev/null 2>&1; exit 1; }

cd "$build" || exit 1
rm -f stackdeck_*.deb
start=$(date +%s.%N)
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; echo "FAIL: cpack"; exit 1; }
deb=$(ls stackdeck_*_amd64.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no stackdeck_<version>_amd64.deb produced"
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -f "$deb" Depends | grep -q "qml6-module-qtqml-workerscript" || fail "Depends lacks the QML modules"
dpkg-deb -f "$deb" Depends | grep -q "fonts-wqy-microhei" || fail "Depends lacks the CJK font"

t0=$(date +%s.%N)
DEBIAN_FRONTEND=noninteractive apt-get install -y "./$deb" >apt-install.log 2>&1 || { cat apt-install.log; fail "apt-get install"; }
t1=$(date +%s.%N)
echo "install took $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s"
[ -x /usr/bin/stackdeck ] || fail "/usr/bin/stackdeck missing"
[ -x /usr/bin/stackdeck-cli ] || fail "/usr/bin/stackdeck-cli missing"
desktop=/usr/share/applications/io.stackdeck.Stackdeck.desktop
[ -f "$desktop" ] || fail "menu entry missing"
grep -q "^Exec=stackdeck" "$desktop" || fail "menu entry does not start stackdeck"
[ -f /usr/share/icons/hicolor/scalable/apps/io.stackdeck.Stackdeck.svg ] || fail "SVG icon missing"
[ -f /usr/share/icons/hicolor/48x48/apps/io.stackdeck.Stackdeck.png ] || fail "48px icon missing"
[ -f /usr/share/metainfo/io.stackdeck.Stackdeck.metainfo.xml ] || fail "AppStream metainfo missing"
/usr/bin/stackdeck-cli --version | grep -q "^stackdeck-cli " || fail "installed CLI does not run"

tmp=$(mktemp -d)
HOME=$tmp XDG_RUNTIME_DIR=$tmp xvfb-run -a /usr/bin/stackdeck --quit-after 2000 >"$tmp/run.log" 2>&1
rc=$?
[ $rc -eq 0 ] || { cat "$tmp/run.log"; rm -rf "$tmp"; fail "installed stackdeck exited with $rc under Xvfb"; }
rm -rf "$tmp"

apt-get remove -y --purge stackdeck >apt-remove.log 2>&1 || { cat apt-remove.log; echo "FAIL: removal"; exit 1; }
for f in /usr/bin/stackdeck /usr/bin/stackdeck-cli "$desktop" /usr/share/icons/hicolor/scalable/apps/io.stackdeck.Stackdeck.svg; do
    [ ! -e "$f" ] || { echo "FAIL: $f left behind after removal"; exit 1; }
done
end=$(date +%s.%N)
echo "PASS (cpack + install + run + remove: $(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.1f", b-a}') s)"
