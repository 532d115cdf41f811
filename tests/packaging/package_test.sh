#!/usr/bin/env bash
# The packaging test: makes the .deb from the build folder, extracts it into a temporary root
# with dpkg -x, runs the extracted programs, and validates the packaged desktop file and
# AppStream metainfo. Usage: package_test.sh <builddir>
set -uo pipefail

build_dir=${1:?usage: package_test.sh <builddir>}
app_id=io.github.airdesk.Airdesk

fail() { echo "FAIL: $*" >&2; exit 1; }

if ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "SKIP: dpkg-deb is not installed (not a Debian system)"
    exit 77
fi
for tool in cpack appstreamcli desktop-file-validate; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing: run scripts/deps.sh"
done
[ -f "$build_dir/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build_dir: configure first"

work=$(mktemp -d "${TMPDIR:-/tmp}/airdesk-package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Own output folder, so parallel runs and the build folder's _CPack_Packages do not collide.
if ! (cd "$build_dir" && cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
deb=$(find "$work/out" -maxdepth 1 -name 'airdesk_*.deb' | head -n 1)
[ -n "$deb" ] || fail "cpack made no airdesk_*.deb (see above)"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends

depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6widgets6 libqt6core6 qt6-qpa-plugins; do
    grep -q "$lib" <<<"$depends" || fail "Depends does not name $lib: $depends"
done

root="$work/root"
dpkg -x "$deb" "$root" || fail "dpkg -x failed"

for path in usr/bin/airdesk usr/bin/airdesk-cli usr/bin/airdesk-sandbox \
            "usr/share/applications/$app_id.desktop" \
            "usr/share/metainfo/$app_id.metainfo.xml" \
            "usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    [ -e "$root/$path" ] || fail "$path is not in the package"
done
for size in 16 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -s "$png" ] || fail "the ${size}x${size} icon is not in the package"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate rejects the packaged desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate rejects the packaged metainfo"

# The programs run from the extracted root: their own config, data and cache folders, offscreen.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

version=$("$root/usr/bin/airdesk-cli" --version 2>&1) || fail "airdesk-cli --version failed: $version"
echo "airdesk-cli --version: $version"
grep -q "$(dpkg-deb --field "$deb" Version)" <<<"$version" || fail "airdesk-cli --version does not print the package version"

gui_version=$("$root/usr/bin/airdesk" --version 2>&1) || fail "airdesk --version failed: $gui_version"
echo "airdesk --version: $gui_version"

shot="$work/out.png"
timeout 60 "$root/usr/bin/airdesk" --screenshot "$shot" >"$work/gui.log" 2>&1 || { cat "$work/gui.log" >&2; fail "airdesk --screenshot failed"; }
[ -s "$shot" ] || fail "airdesk --screenshot wrote no picture"
file "$shot" | grep -q "PNG image data" || fail "the screenshot is not a PNG: $(file -b "$shot")"
echo "screenshot: $(file -b "$shot")"
echo "PASS"
