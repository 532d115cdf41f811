#!/usr/bin/env bash
# Runs clang-tidy with the committed .clang-tidy over every source file of src/ (the build's
# compile_commands.json) and fails when it reports anything new: a finding is new when it is not
# in .clang-tidy-baseline (findings as "path: text [check]", without line numbers, so edits
# elsewhere in a file do not make old findings new). Usage:
#   scripts/clang-tidy.sh [build-dir=build] [jobs=nproc]
#   AIRDESK_TIDY_WRITE_BASELINE=1 scripts/clang-tidy.sh   # record the current findings
#   AIRDESK_TIDY_KEEP_LOG=FILE keeps clang-tidy's output; AIRDESK_TIDY_LOG=FILE compares it again.
# Output: the new findings (file:line:col: warning: text [check]) and counts.
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
if [ -n "${AIRDESK_TIDY_LOG:-}" ]; then
    cp "$AIRDESK_TIDY_LOG" "$log" # the output of an earlier run, compared again
else
    # Only the project's own sources; -quiet drops the per-file banner.
    run-clang-tidy -quiet -p "$build" -j "$jobs" "$root/src/.*\.cpp\$" >"$log" 2>/dev/null || true
    [ -z "${AIRDESK_TIDY_KEEP_LOG:-}" ] || cp "$log" "$AIRDESK_TIDY_KEEP_LOG"
fi
findings="$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^/.*: (warning|error): ' | sort -u || true)"
# "path: text [check]" relative to the repository, one per finding, without line and column.
normalize() { sed -E "s#^$root/##; s#^src/core/\.\./#src/#; s#:[0-9]+:[0-9]+: (warning|error): #: #" | sort; }
baseline="$root/.clang-tidy-baseline"
if [ "${AIRDESK_TIDY_WRITE_BASELINE:-0}" = 1 ]; then
    printf '%s\n' "$findings" | grep . | normalize >"$baseline" || true
    echo "clang-tidy: baseline written: $(grep -c . "$baseline" || true) finding(s)"
    exit 0
fi
known="$(mktemp)"
trap 'rm -f "$log" "$known"' EXIT
[ -f "$baseline" ] && cp "$baseline" "$known"
new=""
total=0
while IFS= read -r line; do
    [ -n "$line" ] || continue
    total=$((total + 1))
    key="$(printf '%s\n' "$line" | normalize)"
    # Each baseline entry excuses one finding (the same text twice needs two entries).
    if grep -qxF -- "$key" "$known"; then
        awk -v k="$key" 'done || $0 != k { print; next } { done = 1 }' "$known" >"$known.next" && mv "$known.next" "$known"
    else
        new+="$line"$'\n'
    fi
done <<<"$findings"
count=0
[ -n "$new" ] && count="$(printf '%s' "$new" | grep -c .)"
[ -n "$new" ] && printf '%s' "$new"
echo "clang-tidy: $total finding(s) in src/, $count not in .clang-tidy-baseline"
[ "$count" -eq 0 ]
