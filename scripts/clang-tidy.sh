#!/usr/bin/env bash
# Runs clang-tidy with the committed .clang-tidy over every source file of src/ (the build's
# compile_commands.json), and fails when it reports anything. Usage:
#   scripts/clang-tidy.sh [build-dir=build] [jobs=nproc]
# Output: one line per finding (file:line:col: warning: text [check]) and a count at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
jobs="${2:-$(nproc)}"
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
airdesk_install_deps
if ! command -v run-clang-tidy >/dev/null; then
    airdesk_sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive airdesk_sudo apt-get install -y -q --no-install-recommends clang-tidy
fi
if [ ! -f "$build/compile_commands.json" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug
fi
# Generated headers (ui_*.h, moc) must exist before the sources that include them are read.
cmake --build "$build" -j"$jobs" --target airdesk_gui_autogen airdesk_models_autogen airdesk_api_autogen \
    airdesk_sandbox_autogen airdesk_core_autogen >/dev/null 2>&1 || true
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# Only the project's own sources; -quiet drops the per-file banner.
run-clang-tidy -quiet -p "$build" -j "$jobs" "$root/src/.*\.cpp\$" >"$log" 2>/dev/null || true
findings="$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^/.*: (warning|error): ' | sort -u || true)"
count=0
[ -n "$findings" ] && count="$(printf '%s\n' "$findings" | wc -l)"
[ -n "$findings" ] && printf '%s\n' "$findings"
echo "clang-tidy: $count finding(s) in src/"
[ "$count" -eq 0 ]
