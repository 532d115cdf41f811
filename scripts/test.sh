#!/usr/bin/env bash
# Installs what is missing, builds Airdesk with its tests, and runs the whole suite with ctest.
# Exits non-zero on any failure. AIRDESK_WERROR=ON turns warnings into errors (CI does).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
airdesk_install_deps

build="${AIRDESK_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DAIRDESK_WARNINGS_AS_ERRORS="${AIRDESK_WERROR:-OFF}" \
    -DAIRDESK_SANITIZERS="${AIRDESK_SANITIZERS:-OFF}"
cmake --build "$build" -j"$(nproc)"

export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --timeout 900 -j"${AIRDESK_TEST_JOBS:-2}" "$@"
