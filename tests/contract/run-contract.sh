#!/usr/bin/env bash
# ctest contract_sandbox_openapi: run every tst_Sandbox* suite (and the API client's suites) with the sandbox recording its exchanges,
# then validate every recorded exchange against the official Airbyte OpenAPI files.
#   usage: run-contract.sh BUILD_DIR SHARED_DIR
#   exit 0 all valid, 1 failure, 2 usage, 77 skipped (SHARED_DIR/airbyte, node or npm absent)
set -uo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: run-contract.sh BUILD_DIR SHARED_DIR" >&2
    exit 2
fi
if [[ ! -d "$1" ]]; then
    echo "error: build directory $1 does not exist" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
shared=$2

# shellcheck source=contract-tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/contract-tools.sh"
contract_preflight "$shared"
contract_tools "$build" || exit 1

suites=()
shopt -s nullglob
# The sandbox's own suites, and the client's suites that talk to a sandbox (their requests are
# checked too).
for exe in "$build"/tests/tst_Sandbox* "$build"/tests/tst_ApiClient "$build"/tests/tst_ListFetcher \
           "$build"/tests/tst_*Service* "$build"/tests/tst_Cli; do
    [[ -f "$exe" && -x "$exe" ]] && suites+=("$exe")
done
shopt -u nullglob
if (( ${#suites[@]} == 0 )); then
    echo "FAIL: no tst_Sandbox* executables in $build/tests (build them first: cmake --build $build)"
    exit 1
fi

# one fresh file per run; every suite appends to it
record="$CONTRACT_TOOLS_DIR/sandbox-exchanges.jsonl"
rm -f "$record" && : >"$record" || exit 1

failed_suites=()
for exe in "${suites[@]}"; do
    name=$(basename "$exe")
    echo "=== $name"
    (cd "$build/tests" && AIRDESK_SANDBOX_RECORD="$record" QT_QPA_PLATFORM=offscreen \
        QT_LOGGING_RULES='airdesk.*.debug=false' "$exe")
    rc=$?
    if (( rc != 0 )); then
        echo "=== $name FAILED (exit $rc)"
        failed_suites+=("$name")
    fi
done

count=$(grep -c '[^[:space:]]' "$record" || true)
echo "=== recorded $count exchanges in $record"
if (( count == 0 )); then
    echo "FAIL: the sandbox recorded no exchanges (is AIRDESK_SANDBOX_RECORD implemented in airdesk-sandbox?)"
    exit 1
fi

if (( ${#failed_suites[@]} > 0 )); then
    echo "FAIL: sandbox suites failed: ${failed_suites[*]} (validating the recorded exchanges anyway)"
fi

# the validator's last line, "N passed, M failed", is the last line of this test's output
(cd "$CONTRACT_TOOLS_DIR" && node "$CONTRACT_SRC_DIR/validate-exchanges.mjs" "$record" --shared "$shared" \
    --json "$CONTRACT_TOOLS_DIR/contract-report.json")
vrc=$?

if (( ${#failed_suites[@]} > 0 || vrc != 0 )); then
    exit 1
fi
exit 0
