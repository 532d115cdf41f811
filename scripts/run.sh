#!/usr/bin/env bash
# Installs what is missing, builds Airdesk, and starts it on the embedded sandbox workspace.
# Extra arguments pass through to `airdesk` (for example --screenshot out.png).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
airdesk_install_deps

build="${AIRDESK_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target airdesk -j"$(nproc)"

app="$build/src/app/airdesk"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    # No display: run under a virtual X server so the window still opens (and screenshots work).
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
fi
exec "$app" "$@"
