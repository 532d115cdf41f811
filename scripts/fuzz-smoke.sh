#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in their own build directory and runs
# each for its share of AIRDESK_FUZZ_SECONDS (default 60 s in total) on a copy of its seed
# corpus. Exits non-zero when a target crashes, leaks, hangs or trips a sanitizer.
# Longer runs by hand: AIRDESK_FUZZ_SECONDS=2400 scripts/fuzz-smoke.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
airdesk_install_deps
if ! command -v clang++ >/dev/null 2>&1; then
    echo "Installing clang for the fuzz targets"
    airdesk_sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive airdesk_sudo apt-get install -y -q --no-install-recommends clang
fi

build="${AIRDESK_FUZZ_BUILD_DIR:-$root/build-fuzz}"
total="${AIRDESK_FUZZ_SECONDS:-60}"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAIRDESK_FUZZ=ON -DAIRDESK_BUILD_TESTS=OFF -DAIRDESK_BUILD_BENCHMARKS=OFF >/dev/null
targets=()
for dir in "$root"/tests/fuzz/corpus/*/; do
    targets+=("$(basename "$dir")")
done
cmake --build "$build" -j"${AIRDESK_BUILD_JOBS:-$(nproc)}" --target "${targets[@]}"

share=$(( total / ${#targets[@]} ))
[ "$share" -ge 1 ] || share=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for target in "${targets[@]}"; do
    # Findings and new inputs go to a scratch copy; the committed corpus stays as written.
    mkdir -p "$work/$target" "$work/artifacts-$target"
    cp "$root/tests/fuzz/corpus/$target/"* "$work/$target/"
    echo "== $target: ${share}s"
    if ! LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
        "$build/tests/fuzz/$target" "$work/$target" -max_total_time="$share" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$work/artifacts-$target/" -print_final_stats=1 2>"$work/$target.log"; then
        echo "FAILED: $target"; tail -50 "$work/$target.log"
        mkdir -p "$build/findings" && cp -r "$work/artifacts-$target/." "$build/findings/" || true
        status=1
    fi
    grep -E "^stat::number_of_executed_units|^Done [0-9]+ runs" "$work/$target.log" || true
done
exit $status
