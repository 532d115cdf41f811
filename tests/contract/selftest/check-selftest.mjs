#!/usr/bin/env node
// Runs validate-exchanges.mjs on selftest/exchanges.jsonl and checks it reports exactly the violations
// listed in selftest/expected.json, so the validator cannot silently pass everything.
//   usage: node check-selftest.mjs --shared DIR   (run from the folder holding node_modules)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const validator = path.join(here, '..', 'validate-exchanges.mjs');
const exchanges = path.join(here, 'exchanges.jsonl');
const expected = JSON.parse(fs.readFileSync(path.join(here, 'expected.json'), 'utf8'));

const args = process.argv.slice(2);
const si = args.indexOf('--shared');
if (si < 0 || !args[si + 1]) { console.error('usage: check-selftest.mjs --shared DIR'); process.exit(2); }
const shared = args[si + 1];

const problems = [];
const check = (cond, msg) => { if (!cond) problems.push(msg); };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'airdesk-contract-selftest-'));

function run(extra, tag) {
    const report = path.join(tmp, `${tag}.json`);
    const r = spawnSync(process.execPath, [validator, exchanges, '--shared', shared, '--max-print', '0', '--json', report, ...extra],
        { encoding: 'utf8' });
    const lines = r.stdout.trimEnd().split('\n');
    return { r, last: lines[lines.length - 1], report: fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : null };
}

// 1. the default run: exactly the expected violations
const a = run([], 'default');
process.stdout.write(a.r.stdout);
if (a.r.stderr) process.stderr.write(a.r.stderr);
check(a.r.status === 1, `exit code ${a.r.status}, expected 1`);
check(a.last === `${expected.passed} passed, ${expected.failed} failed`,
    `last line "${a.last}", expected "${expected.passed} passed, ${expected.failed} failed"`);
if (a.report) {
    check(a.report.skipped.fault === expected.skipped.fault, `skipped faults ${a.report.skipped.fault}, expected ${expected.skipped.fault}`);
    check(a.report.skipped.otherUnmapped === expected.skipped.otherUnmapped,
        `skipped "other" ${a.report.skipped.otherUnmapped}, expected ${expected.skipped.otherUnmapped}`);
    const got = new Map(a.report.violations.map((v) => [v.line, v.errors.join(' | ')]));
    for (const e of expected.violations) {
        if (!got.has(e.line)) check(false, `line ${e.line} (${e.what}): expected a violation, none reported`);
        else check(got.get(e.line).includes(e.message), `line ${e.line} (${e.what}): expected "${e.message}", got "${got.get(e.line)}"`);
    }
    const want = new Set(expected.violations.map((e) => e.line));
    for (const [line, msg] of got) check(want.has(line), `line ${line}: unexpected violation "${msg}"`);
    const kinds = Object.keys(a.report.warnings);
    for (const w of expected.warnings) check(kinds.some((k) => k.includes(w)), `expected a warning containing "${w}"`);
} else check(false, 'no JSON report written');

// 2. --no-format-case-fold: format "UUID" becomes an unknown format (warning), so line 22 passes
const b = run(['--no-format-case-fold'], 'nofold');
const nf = expected.withoutFormatCaseFold;
check(b.last === `${nf.passed} passed, ${nf.failed} failed`, `--no-format-case-fold: last line "${b.last}"`);
if (b.report) for (const line of nf.nowPassing) check(!b.report.violations.some((v) => v.line === line), `--no-format-case-fold: line ${line} still fails`);

// 3. usage errors exit 2; a clean file exits 0
const c = spawnSync(process.execPath, [validator, exchanges], { encoding: 'utf8' });
check(c.status === 2, `missing --shared: exit ${c.status}, expected 2`);
const goodFile = path.join(tmp, 'good.jsonl');
fs.writeFileSync(goodFile, fs.readFileSync(exchanges, 'utf8').split('\n')
    .filter((_, i) => !expected.violations.some((e) => e.line === i + 1)).join('\n'));
const d = spawnSync(process.execPath, [validator, goodFile, '--shared', shared, '--quiet'], { encoding: 'utf8' });
check(d.status === 0 && d.stdout.trimEnd().endsWith(`${expected.passed} passed, 0 failed`),
    `good exchanges only: exit ${d.status}, output "${d.stdout.trimEnd().split('\n').pop()}"`);

fs.rmSync(tmp, { recursive: true, force: true });
console.log('');
if (problems.length) {
    console.log(`SELFTEST FAILED (${problems.length}):`);
    for (const p of problems) console.log(`  - ${p}`);
    process.exit(1);
}
console.log('SELFTEST OK: the validator reports exactly the expected violations');
