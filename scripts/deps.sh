#!/usr/bin/env bash
# Installs the Debian 12 packages Airdesk builds, runs and tests with, when any is missing.
# Sourced by run.sh and test.sh; safe to run again (it only installs what is absent).
set -euo pipefail

AIRDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6
    libyaml-cpp-dev libvalijson-dev qtkeychain-qt6-dev libqscintilla2-qt6-dev
    libgl-dev libxkbcommon-dev
    xvfb xauth
    appstream desktop-file-utils dpkg-dev
)

airdesk_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

airdesk_install_deps() {
    local missing=()
    local pkg
    for pkg in "${AIRDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    # Node.js runs the contract tests; a machine that already has node (with its own npm) keeps it.
    if ! command -v node >/dev/null 2>&1; then
        missing+=(nodejs npm)
    elif ! command -v npm >/dev/null 2>&1; then
        missing+=(npm)
    fi
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    airdesk_sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive airdesk_sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}
