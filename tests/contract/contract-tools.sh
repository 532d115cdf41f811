# shellcheck shell=bash
# Sourced by run-contract.sh and run-selftest.sh.
#   contract_preflight SHARED_DIR   exits 77 (ctest: skipped) with "SKIP: <reason>" when the reference
#                                   files or node/npm are absent
#   contract_tools BUILD_DIR        installs the validator's npm packages into BUILD_DIR/contract-tools
#                                   (npm ci, once; reused while package-lock.json is unchanged) and sets
#                                   CONTRACT_TOOLS_DIR. node_modules never goes into the source tree.

CONTRACT_SRC_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

contract_preflight() {
    local shared=$1
    if [[ ! -d "$shared/airbyte" ]]; then
        echo "SKIP: reference OpenAPI files not found ($shared/airbyte is absent)"
        exit 77
    fi
    local f
    for f in public-api-sdk.yaml public-api.yaml config-api.yaml api-problems.yaml; do
        if [[ ! -f "$shared/airbyte/$f" ]]; then
            echo "SKIP: $shared/airbyte/$f is absent"
            exit 77
        fi
    done
    if ! command -v node >/dev/null 2>&1; then
        echo "SKIP: node is not installed"
        exit 77
    fi
    if ! command -v npm >/dev/null 2>&1; then
        echo "SKIP: npm is not installed"
        exit 77
    fi
    local major
    major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
    if (( major < 18 )); then
        echo "SKIP: node $(node --version 2>/dev/null) is too old (18 or newer needed)"
        exit 77
    fi
}

contract_tools() {
    local build=$1
    CONTRACT_TOOLS_DIR="$build/contract-tools"
    mkdir -p "$CONTRACT_TOOLS_DIR" || return 1
    local stamp="$CONTRACT_TOOLS_DIR/.installed-package-lock.json"
    (
        # one installer at a time (ctest -j; the tests also share a RESOURCE_LOCK)
        if command -v flock >/dev/null 2>&1; then
            exec 9>"$CONTRACT_TOOLS_DIR/.install.lock"
            flock 9
        fi
        if [[ -d "$CONTRACT_TOOLS_DIR/node_modules" && -f "$stamp" ]] \
            && cmp -s "$CONTRACT_SRC_DIR/package-lock.json" "$stamp" \
            && cmp -s "$CONTRACT_SRC_DIR/package.json" "$CONTRACT_TOOLS_DIR/package.json"; then
            exit 0
        fi
        echo "installing validator packages into $CONTRACT_TOOLS_DIR (npm ci)"
        rm -f "$stamp"
        cp "$CONTRACT_SRC_DIR/package.json" "$CONTRACT_SRC_DIR/package-lock.json" "$CONTRACT_TOOLS_DIR/" || exit 1
        (cd "$CONTRACT_TOOLS_DIR" && npm ci --no-audit --no-fund --loglevel=error) || exit 1
        cp "$CONTRACT_SRC_DIR/package-lock.json" "$stamp"
    ) || { echo "FAIL: npm ci in $CONTRACT_TOOLS_DIR failed (is the npm registry reachable?)"; return 1; }
}
