#!/usr/bin/env bash
# ctest contract_validator_selftest: the validator must report exactly the violations planted in
# selftest/exchanges.jsonl (see selftest/expected.json).
#   usage: run-selftest.sh BUILD_DIR SHARED_DIR     exit 0 ok, 1 failure, 2 usage, 77 skipped
set -uo pipefail
if [[ $# -ne 2 ]]; then
    echo "usage: run-selftest.sh BUILD_DIR SHARED_DIR" >&2
    exit 2
fi
mkdir -p "$1" || exit 2
build=$(cd "$1" && pwd)
shared=$2
# shellcheck source=contract-tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/contract-tools.sh"
contract_preflight "$shared"
contract_tools "$build" || exit 1
cd "$CONTRACT_TOOLS_DIR" && node "$CONTRACT_SRC_DIR/selftest/check-selftest.mjs" --shared "$shared"
