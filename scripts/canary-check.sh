#!/usr/bin/env bash
# Nothing leaked: runs the integration suites (api, cli, models, gui) with a recognisable canary
# as the sandbox's client secret (AIRDESK_TEST_CANARY), every logging category at debug level,
# and HOME / XDG / TMPDIR pointing into one scratch folder. Then greps everything that is left:
# settings files, drafts, caches, temporary files, the suites' complete output (logs, crash
# output, CLI output) for the canary and for sandbox access tokens. Exits 1 on any hit.
# Usage: AIRDESK_BUILD_DIR=build scripts/canary-check.sh   (the suites must be built)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${AIRDESK_BUILD_DIR:-$root/build}"
canary="AIRDESK-CANARY-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
scratch="$(mktemp -d)"
keep="${AIRDESK_CANARY_KEEP:-0}"
[ "$keep" = 1 ] || trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"/{home,config,data,cache,state,runtime,tmp,out}
chmod 700 "$scratch/runtime"

export AIRDESK_TEST_CANARY="$canary"
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state" XDG_RUNTIME_DIR="$scratch/runtime"
export TMPDIR="$scratch/tmp" QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="*.debug=true"

failed=0
ran=0
for layer in api cli models gui; do
    for source in "$root"/tests/$layer/tst_*.cpp; do
        name="$(basename "$source" .cpp)"
        exe="$build/tests/$name"
        if [ ! -x "$exe" ]; then
            echo "canary: $name is not built in $build" >&2
            failed=1
            continue
        fi
        ran=$((ran + 1))
        (cd "$scratch/tmp" && timeout 900 "$exe") >"$scratch/out/$name.log" 2>&1
        rc=$?
        [ $rc -eq 0 ] || echo "canary: $name exited with $rc (its output is searched all the same)"
    done
done

echo "canary: $ran suites ran with canary $canary; searching $(find "$scratch" -type f | wc -l) files"
hits="$(grep -rlaF "$canary" "$scratch" 2>/dev/null || true)"
tokens="$(grep -rlaE 'sbx\.[A-Za-z0-9_-]{40,}' "$scratch" 2>/dev/null || true)"
if [ -n "$hits" ]; then
    echo "canary: LEAK: the canary secret was found in:"
    echo "$hits" | sed "s|$scratch/||"
    grep -rhaoF "$canary" "$scratch" | head -0
    grep -rnaF "$canary" "$scratch" | sed "s|$scratch/||" | cut -c1-300 | head -20
    failed=1
fi
if [ -n "$tokens" ]; then
    echo "canary: LEAK: sandbox access tokens were found in:"
    echo "$tokens" | sed "s|$scratch/||"
    grep -rnaE 'sbx\.[A-Za-z0-9_-]{40,}' "$scratch" | sed "s|$scratch/||" | cut -c1-300 | head -20
    failed=1
fi
[ $failed -eq 0 ] && echo "canary: no canary and no token anywhere"
exit $failed
