#!/usr/bin/env node
// Validates exchanges recorded by airdesk-sandbox (AIRDESK_SANDBOX_RECORD, JSON Lines) against the
// official Airbyte OpenAPI files in <shared>/airbyte/ (read in place, never copied):
//   public  -> public-api-sdk.yaml (OpenAPI 3.1 / JSON Schema 2020-12), plus the one operation the
//              SDK file lacks, POST /applications/token, taken from public-api.yaml
//   config  -> config-api.yaml (OpenAPI 3.0, converted: nullable, $ref siblings, draft-4 bounds)
//   errors  -> api-problems.yaml (OpenAPI 3.0 "problem" bodies)
//
// Usage: node validate-exchanges.mjs EXCHANGES.jsonl --shared DIR [options]
//   --shared DIR            folder holding airbyte/ (or the airbyte folder itself)
//   --max-print N           print at most N violations (default 500, 0 = all)
//   --no-format-case-fold   treat format "UUID" as an unknown format instead of "uuid"
//   --json FILE             also write a machine-readable report
//   --quiet                 no summary table (violations and the last line only)
// Last line is exactly "N passed, M failed". Exit 0 if M = 0, 1 otherwise, 2 on usage errors.
// The rules are described in tests/contract/README.md.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// Dependencies are resolved from the working directory first (the runner installs them in the
// build tree and runs from there), then next to this script.
function loadDeps() {
    const bases = [path.join(process.cwd(), 'noop.js'), import.meta.url];
    let lastError;
    for (const base of bases) {
        try {
            const req = createRequire(base);
            return {
                Ajv2020: req('ajv/dist/2020').default,
                AjvDraft7: req('ajv').default,
                addFormats: req('ajv-formats').default,
                fullFormats: req('ajv-formats/dist/formats').fullFormats,
                yaml: req('js-yaml'),
            };
        } catch (e) { lastError = e; }
    }
    console.error(`error: cannot load ajv / ajv-formats / js-yaml (run npm ci in tests/contract or `
        + `in the working directory): ${lastError && lastError.message}`);
    process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// command line

function usage(msg) {
    if (msg) console.error(`error: ${msg}`);
    console.error('usage: validate-exchanges.mjs EXCHANGES.jsonl --shared DIR '
        + '[--max-print N] [--no-format-case-fold] [--json FILE] [--quiet]');
    process.exit(2);
}

const opts = { maxPrint: 500, caseFold: true, json: null, quiet: false, shared: null, file: null };
{
    const a = process.argv.slice(2);
    for (let i = 0; i < a.length; i++) {
        const arg = a[i];
        const val = () => { if (i + 1 >= a.length) usage(`${arg} needs a value`); return a[++i]; };
        if (arg === '--shared') opts.shared = val();
        else if (arg === '--max-print') {
            opts.maxPrint = Number(val());
            if (!Number.isInteger(opts.maxPrint) || opts.maxPrint < 0) usage('--max-print needs an integer >= 0');
        } else if (arg === '--no-format-case-fold') opts.caseFold = false;
        else if (arg === '--json') opts.json = val();
        else if (arg === '--quiet') opts.quiet = true;
        else if (arg === '-h' || arg === '--help') usage();
        else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
        else if (opts.file === null) opts.file = arg;
        else usage(`unexpected argument ${arg}`);
    }
    if (!opts.file) usage('no exchanges file given');
    if (!opts.shared) usage('--shared DIR is required');
    if (!fs.existsSync(opts.file)) usage(`exchanges file not found: ${opts.file}`);
}

let specDir = opts.shared;
if (fs.existsSync(path.join(specDir, 'airbyte', 'public-api-sdk.yaml'))) specDir = path.join(specDir, 'airbyte');
for (const f of ['public-api-sdk.yaml', 'config-api.yaml', 'api-problems.yaml', 'public-api.yaml']) {
    if (!fs.existsSync(path.join(specDir, f))) usage(`${f} not found in ${specDir}`);
}

const { Ajv2020, AjvDraft7, addFormats, fullFormats, yaml } = loadDeps();
const t0 = performance.now();

// ---------------------------------------------------------------------------------------------
// warnings: aggregated by kind, a few examples each

const warnings = new Map(); // kind -> {count, examples:Set}
function warn(kind, example) {
    let w = warnings.get(kind);
    if (!w) { w = { count: 0, examples: new Set() }; warnings.set(kind, w); }
    w.count++;
    if (example && w.examples.size < 3) w.examples.add(example);
}

// ---------------------------------------------------------------------------------------------
// loading and converting the documents

function loadYaml(file) {
    return yaml.load(fs.readFileSync(path.join(specDir, file), 'utf8'));
}

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// OpenAPI 3.0 Schema Object -> JSON Schema draft-07 (what ajv's default build validates).
// Walks every object in the document; only objects that are schemas carry these keywords with these
// value types, so the conversion is safe to apply document-wide.
function convert30(node) {
    if (Array.isArray(node)) { for (const x of node) convert30(x); return node; }
    if (!isObj(node)) return node;
    for (const k of Object.keys(node)) convert30(node[k]);
    if (typeof node.$ref === 'string' && Object.keys(node).length > 1) {
        // 3.0: "properties adjacent to $ref are ignored". A nullable sibling would be the one
        // meaningful exception; none occurs in the files, but keep its intent if one appears.
        const nullable = node.nullable === true;
        const ref = node.$ref;
        for (const k of Object.keys(node)) delete node[k];
        if (nullable) node.anyOf = [{ $ref: ref }, { type: 'null' }];
        else node.$ref = ref;
        return node;
    }
    if (typeof node.exclusiveMinimum === 'boolean') {
        if (node.exclusiveMinimum && typeof node.minimum === 'number') { node.exclusiveMinimum = node.minimum; delete node.minimum; }
        else delete node.exclusiveMinimum;
    }
    if (typeof node.exclusiveMaximum === 'boolean') {
        if (node.exclusiveMaximum && typeof node.maximum === 'number') { node.exclusiveMaximum = node.maximum; delete node.maximum; }
        else delete node.exclusiveMaximum;
    }
    if (isObj(node.discriminator) && typeof node.discriminator.propertyName === 'string') delete node.discriminator; // a hint; oneOf still decides
    if (typeof node.nullable === 'boolean') {
        const nullable = node.nullable;
        delete node.nullable;
        if (nullable) {
            if (typeof node.type === 'string') {
                node.type = [node.type, 'null'];
                if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
            } else if (node.type === undefined) {
                const inner = { ...node };
                for (const k of Object.keys(node)) delete node[k];
                node.anyOf = [inner, { type: 'null' }];
            }
        }
    }
    return node;
}

// 3.1 documents are JSON Schema 2020-12 already; only strip OpenAPI's discriminator hint.
function convert31(node) {
    if (Array.isArray(node)) { for (const x of node) convert31(x); return node; }
    if (!isObj(node)) return node;
    for (const k of Object.keys(node)) convert31(node[k]);
    if (isObj(node.discriminator) && typeof node.discriminator.propertyName === 'string') delete node.discriminator;
    return node;
}

// every "format" value used in schemas of a document
function collectFormats(node, out) {
    if (Array.isArray(node)) { for (const x of node) collectFormats(x, out); return out; }
    if (!isObj(node)) return out;
    for (const [k, v] of Object.entries(node)) {
        if (k === 'format' && typeof v === 'string') out.add(v);
        else if (k === 'properties' && isObj(v)) { for (const pv of Object.values(v)) collectFormats(pv, out); }
        else collectFormats(v, out);
    }
    return out;
}

// component names (schemas) reachable through $refs from a node, within one document
function refClosure(doc, start) {
    const seen = new Set();
    const stack = [start];
    while (stack.length) {
        const n = stack.pop();
        if (Array.isArray(n)) { stack.push(...n); continue; }
        if (!isObj(n)) continue;
        for (const [k, v] of Object.entries(n)) {
            if (k === '$ref' && typeof v === 'string') {
                const m = /^#\/components\/schemas\/([^/]+)$/.exec(v);
                if (!m) throw new Error(`unsupported $ref ${v}`);
                const name = decodeURIComponent(m[1]).replace(/~1/g, '/').replace(/~0/g, '~');
                if (!seen.has(name)) {
                    seen.add(name);
                    const target = doc.components?.schemas?.[name];
                    if (!target) throw new Error(`dangling $ref ${v}`);
                    stack.push(target);
                }
            } else stack.push(v);
        }
    }
    return seen;
}

const docs = {}; // id -> {id, file, version, doc, ajv}

function makeAjv(kind, formats, file) {
    const common = {
        strict: false, // OpenAPI schemas carry x-*, example, and connector-spec keywords
        validateSchema: false,
        allErrors: false,
        unicodeRegExp: false, // connector patterns are written for Java/Python engines
        inlineRefs: true,
        loopRequired: 50,
    };
    const ajv = kind === '2020' ? new Ajv2020(common) : new AjvDraft7(common);
    addFormats(ajv, { mode: 'full' });
    // Formats the documents use: known ones validate strictly; an unknown format is a warning and
    // accepts anything; "UUID" (upper case, used for most ids in the public files) validates as
    // "uuid" unless --no-format-case-fold.
    for (const f of formats) {
        if (fullFormats[f]) continue;
        const folded = f.toLowerCase();
        if (opts.caseFold && fullFormats[folded]) {
            ajv.addFormat(f, fullFormats[folded]);
            warn(`${file}: format "${f}" validated as "${folded}"`);
        } else {
            ajv.addFormat(f, true);
            warn(`${file}: unknown format "${f}" (not validated)`);
        }
    }
    return ajv;
}

function registerDoc(id, file, doc, kind) {
    const formats = collectFormats(doc.components ?? {}, new Set());
    collectFormats(doc.paths ?? {}, formats);
    const ajv = makeAjv(kind, formats, file);
    const root = { $id: `${id}.json`, components: doc.components ?? {}, paths: doc.paths ?? {} };
    ajv.addSchema(root);
    docs[id] = { id, file, doc, ajv, version: doc.openapi };
    return docs[id];
}

// --- public (SDK, 3.1)
const publicDoc = convert31(loadYaml('public-api-sdk.yaml'));
// --- POST /applications/token from public-api.yaml (3.1 but with dangling refs elsewhere): take the
//     path item and only the components it reaches.
const serverDoc = loadYaml('public-api.yaml');
const tokenDoc = { openapi: serverDoc.openapi, paths: {}, components: { schemas: {} } };
{
    const item = serverDoc.paths?.['/applications/token'];
    if (item) {
        for (const name of refClosure(serverDoc, item)) tokenDoc.components.schemas[name] = serverDoc.components.schemas[name];
        tokenDoc.paths['/applications/token'] = item;
        convert31(tokenDoc);
    }
}
// --- config (3.0)
const configDoc = convert30(loadYaml('config-api.yaml'));
// Spec erratum: AirbyteStream lists `json_schema` as required while its property (and what the
// server serialises) is `jsonSchema`, with additionalProperties false: no real response could
// validate. Hold it to the property the server writes.
{
    const stream = configDoc.components?.schemas?.AirbyteStream;
    if (Array.isArray(stream?.required) && stream.required.includes('json_schema') && stream.properties?.jsonSchema) {
        stream.required = stream.required.map((r) => (r === 'json_schema' ? 'jsonSchema' : r));
        warn('erratum applied: config-api AirbyteStream.required json_schema -> jsonSchema');
    }
}
// --- problems (3.0)
const problemsDoc = convert30(loadYaml('api-problems.yaml'));

// Connector configuration unions of the SDK file (SourceConfiguration / DestinationConfiguration:
// oneOf over hundreds of per-connector schemas, each discriminated by a const
// configuration.sourceType / destinationType). Validated as the discriminated union they are, through
// the keyword below: the branch is picked by configuration.<typeKey>; when the configuration does not
// carry it (the server does not echo it in responses), by the enclosing object's <typeKey> (e.g.
// SourceResponse.sourceType), which is then added to a copy of the configuration before validation.
// With neither (e.g. a create request that names definitionId only) the union cannot be decided:
// the configuration must be an object (as public-api.yaml defines it) and a warning is counted.
const connectorUnions = {}; // component name -> {typeKey, branches: Map(const -> component)}
for (const [name, s] of Object.entries(publicDoc.components.schemas)) {
    if (!Array.isArray(s.oneOf) || s.oneOf.length < 20) continue;
    const branches = new Map();
    let typeKey = null;
    let ok = true;
    for (const b of s.oneOf) {
        const m = typeof b.$ref === 'string' && /^#\/components\/schemas\/((source|destination)-.+)$/.exec(b.$ref);
        const target = m && publicDoc.components.schemas[m[1]];
        const key = m && (m[2] === 'source' ? 'sourceType' : 'destinationType');
        const c = target?.properties?.[key]?.const ?? target?.properties?.[key]?.enum?.[0];
        if (!m || typeof c !== 'string' || (typeKey && typeKey !== key)) { ok = false; break; }
        typeKey = key;
        if (branches.has(c)) warn(`connector union ${name}: duplicate ${key} "${c}"`);
        else branches.set(c, m[1]);
    }
    if (!ok) continue;
    connectorUnions[name] = { typeKey, branches };
    publicDoc.components.schemas[name] = { type: 'object', 'x-airdesk-connector-union': name };
}

registerDoc('public', 'public-api-sdk.yaml', publicDoc, '2020');
if (Object.keys(tokenDoc.paths).length) registerDoc('public-token', 'public-api.yaml', tokenDoc, '2020');
registerDoc('config', 'config-api.yaml', configDoc, 'draft7');
registerDoc('problems', 'api-problems.yaml', problemsDoc, 'draft7');

{
    const pub = docs.public.ajv;
    const branchValidators = new Map();
    const branchValidator = (component) => {
        let v = branchValidators.get(component);
        if (!v) {
            v = pub.compile({ $ref: `public.json#/components/schemas/${component}` });
            branchValidators.set(component, v);
        }
        return v;
    };
    const union = function (unionName, data, _parentSchema, cxt) {
        const u = connectorUnions[unionName];
        const here = cxt.instancePath;
        const fail = (message, params = {}) => {
            union.errors = [{ instancePath: here, keyword: 'oneOf', message, params, schemaPath: '' }];
            return false;
        };
        if (!isObj(data)) return fail('must be object');
        let type = data[u.typeKey];
        let value = data;
        let origin = 'configuration';
        if (type === undefined && isObj(cxt.parentData) && typeof cxt.parentData[u.typeKey] === 'string') {
            type = cxt.parentData[u.typeKey];
            value = { ...data, [u.typeKey]: type };
            origin = `enclosing ${u.typeKey}`;
        }
        if (type === undefined || type === '') {
            // "" is what the server reports for definitions outside its name map (custom connectors).
            warn(`${unionName} not checked against a connector schema (no ${u.typeKey} in it or around it)`, here || '/');
            return true;
        }
        const component = u.branches.get(type);
        if (!component) return fail(`must match exactly one schema in oneOf: no connector schema has ${u.typeKey} ${JSON.stringify(type)} (from ${origin})`);
        const v = branchValidator(component);
        if (v(value)) return true;
        union.errors = v.errors.map((e) => ({ ...e, instancePath: here + e.instancePath,
            message: `${e.message} [${component}]` }));
        return false;
    };
    pub.addKeyword({ keyword: 'x-airdesk-connector-union', validate: union, errors: true });
}

// ---------------------------------------------------------------------------------------------
// operations

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function escapePtr(s) { return s.replace(/~/g, '~0').replace(/\//g, '~1'); }

function derefComponent(doc, obj) {
    // Response / RequestBody objects may be $refs into components/responses or components/requestBodies
    let ptr = null;
    for (let guard = 0; isObj(obj) && typeof obj.$ref === 'string'; guard++) {
        const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(obj.$ref);
        if (!m || guard > 10) throw new Error(`unsupported $ref ${obj.$ref}`);
        ptr = `#/components/${m[1]}/${escapePtr(m[2])}`;
        obj = doc.components?.[m[1]]?.[m[2]];
    }
    return { obj, ptr };
}

// A route table per API: [{template, segments:[{literal}|{re}], literals, methods:{GET: op}}]
function buildRoutes(entries) {
    const routes = [];
    for (const { docId, specPath, template } of entries) {
        const d = docs[docId];
        const item = d.doc.paths[specPath];
        const segs = template.split('/').slice(1).map((s) => {
            if (!s.includes('{')) return { literal: s };
            const re = new RegExp('^' + s.split(/\{[^}]+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+') + '$');
            return { re };
        });
        const methods = {};
        for (const m of METHODS) {
            if (!isObj(item[m])) continue;
            methods[m.toUpperCase()] = {
                docId, specPath, template, method: m.toUpperCase(), op: item[m],
                basePtr: `#/paths/${escapePtr(specPath)}/${m}`,
            };
        }
        routes.push({ template, segs, literals: segs.filter((s) => s.literal !== undefined).length, methods });
    }
    return routes;
}

const routes = {
    public: buildRoutes([
        ...Object.keys(docs.public.doc.paths).map((p) => ({ docId: 'public', specPath: p, template: p })),
        ...(docs['public-token'] ? [{ docId: 'public-token', specPath: '/applications/token', template: '/applications/token' }] : []),
    ]),
    // config-api.yaml's server url is .../api and its paths start with /v1; the recorded path is
    // relative to /api/v1
    config: buildRoutes(Object.keys(docs.config.doc.paths).map((p) => ({
        docId: 'config', specPath: p, template: p.startsWith('/v1/') ? p.slice(3) : p,
    }))),
};

function matchRoute(api, rawPath) {
    let p = rawPath.split('?')[0];
    if (!p.startsWith('/')) p = '/' + p;
    const parts = p.split('/').slice(1).map((s) => { try { return decodeURIComponent(s); } catch { return s; } });
    let best = null;
    let bestKey = null;
    for (const r of routes[api]) {
        if (r.segs.length !== parts.length) continue;
        let ok = true;
        let key = '';
        for (let i = 0; i < parts.length && ok; i++) {
            const s = r.segs[i];
            if (s.literal !== undefined) { ok = s.literal === parts[i]; key += '1'; }
            else { ok = parts[i] !== '' && s.re.test(parts[i]); key += '0'; }
        }
        // prefer literal segments: more of them, then earlier ones
        if (ok && (best === null || r.literals > best.literals || (r.literals === best.literals && key > bestKey))) {
            best = r; bestKey = key;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------------------
// validators (compiled lazily, cached)

const validatorCache = new Map();
function validatorFor(docId, ptr) {
    const key = `${docId} ${ptr}`;
    let v = validatorCache.get(key);
    if (v === undefined) {
        try {
            v = docs[docId].ajv.compile({ $ref: `${docId}.json${ptr}` });
        } catch (e) {
            v = { compileError: e.message };
        }
        validatorCache.set(key, v);
    }
    return v;
}

function runValidator(docId, ptr, data, where) {
    const v = validatorFor(docId, ptr);
    if (v.compileError) return [`${where}: schema ${ptr} of ${docs[docId].file} does not compile: ${v.compileError}`];
    if (v(data)) return [];
    return formatErrors(v.errors, where);
}

function formatErrors(errors, where) {
    const out = [];
    const seen = new Set();
    // deepest paths first: they say most about what is wrong (oneOf/anyOf wrappers come last)
    const sorted = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length);
    for (const e of sorted) {
        let msg = e.message ?? e.keyword;
        if (e.keyword === 'additionalProperties') msg += ` (${e.params.additionalProperty})`;
        else if (e.keyword === 'enum') msg += ` ${JSON.stringify(e.params.allowedValues).slice(0, 120)}`;
        else if (e.keyword === 'const') msg += ` ${JSON.stringify(e.params.allowedValue)}`;
        const line = `${where} ${e.instancePath || '/'}: ${msg}`;
        if (seen.has(line)) continue;
        seen.add(line);
        out.push(line);
        if (out.length >= 3) break;
    }
    if (errors.length > out.length && out.length === 3) out.push(`${where}: (${errors.length - 3} more)`);
    return out;
}

function mediaType(ct) { return typeof ct === 'string' ? ct.split(';')[0].trim().toLowerCase() : null; }
function isJsonMedia(mt) { return mt === 'application/json' || (typeof mt === 'string' && /\+json$/.test(mt)); }

function pickResponse(op, status) {
    const responses = op.op.responses ?? {};
    const s = String(status);
    if (responses[s] !== undefined) return { key: s, resp: responses[s] };
    const range = `${s[0]}XX`;
    for (const k of Object.keys(responses)) if (k.toUpperCase() === range) return { key: k, resp: responses[k] };
    if (responses.default !== undefined) return { key: 'default', resp: responses.default };
    return null;
}

// --- problems
const problemTypes = new Map(); // type -> [{name, status}]
for (const [name, s] of Object.entries(problemsDoc.components.schemas)) {
    for (const part of s.allOf ?? []) {
        const t = part?.properties?.type?.default;
        if (typeof t === 'string') {
            if (!problemTypes.has(t)) problemTypes.set(t, []);
            problemTypes.get(t).push({ name, status: part.properties.status?.default });
        }
    }
}
docs.problems.ajv.addSchema({
    $id: 'generic-problem.json', type: 'object', required: ['status', 'type', 'title'],
    properties: { status: { type: 'integer' }, type: { type: 'string' }, title: { type: 'string' },
        detail: { type: 'string' }, documentationUrl: { type: 'string' }, data: { type: 'object' } },
});
docs.public.ajv.addSchema({
    $id: 'message-body.json', type: 'object', required: ['message'],
    properties: { message: { type: 'string' } },
});
docs.public.ajv.addSchema({
    $id: 'error-id-body.json', type: 'object', required: ['errorId'], additionalProperties: false,
    properties: { errorId: { type: 'string' } },
});

// Error body of an error status the operation does not describe with a schema.
// Returns {errors:[...], rule:string}
function checkErrorBody(api, status, body) {
    const where = `response ${status}`;
    if (body === null || body === undefined) { warn('error status with an empty body (nothing to validate)', String(status)); return { errors: [], rule: 'empty error body' }; }
    if (isObj(body) && body.$raw !== undefined && Object.keys(body).length === 1) return { errors: [`${where}: error body is not JSON`], rule: 'non-JSON' };
    if (!isObj(body)) return { errors: [`${where}: error body is not a JSON object`], rule: 'non-object' };
    if ('type' in body || 'title' in body) {
        const errors = [];
        const cands = typeof body.type === 'string' ? problemTypes.get(body.type) : undefined;
        let rule = 'problem (generic shape)';
        if (cands) {
            const c = cands.find((x) => x.status === status) ?? cands.find((x) => x.status === body.status) ?? cands[0];
            rule = `problem ${c.name}`;
            errors.push(...runValidator('problems', `#/components/schemas/${c.name}`, body, `${where} (${c.name})`));
        }
        // always the generic shape too: the server always sends status, type and title
        if (!errors.length) {
            const v = docs.problems.ajv.getSchema('generic-problem.json');
            if (!v(body)) errors.push(...formatErrors(v.errors, `${where} (problem)`));
        }
        if (!errors.length && body.status !== status) errors.push(`${where} (problem) /status: ${body.status} differs from the HTTP status`);
        return { errors, rule };
    }
    if ('errorId' in body && Object.keys(body).length === 1) {
        const v = docs.public.ajv.getSchema('error-id-body.json');
        return { errors: v(body) ? [] : formatErrors(v.errors, `${where} (errorId body)`), rule: 'errorId body' };
    }
    if ('message' in body) {
        if (api === 'config') {
            return { errors: runValidator('config', '#/components/schemas/KnownExceptionInfo', body, `${where} (KnownExceptionInfo)`), rule: 'KnownExceptionInfo' };
        }
        const v = docs.public.ajv.getSchema('message-body.json');
        return { errors: v(body) ? [] : formatErrors(v.errors, `${where} (message body)`), rule: 'message body' };
    }
    return { errors: [`${where}: error body is neither a problem, {errorId}, nor {message} (keys: ${Object.keys(body).slice(0, 6).join(', ')})`], rule: 'unknown' };
}

function parseForm(s) {
    const out = {};
    for (const [k, v] of new URLSearchParams(s)) {
        if (k in out) out[k] = Array.isArray(out[k]) ? [...out[k], v] : [out[k], v];
        else out[k] = v;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// one exchange -> {op|null, errors[], notes}

function checkExchange(x, opInfo) {
    const errors = [];
    const status = x.status;
    const op = opInfo.op;
    const d = docs[op.docId];

    // --- request body
    const reqErrors = [];
    const rbRef = op.op.requestBody;
    if (rbRef !== undefined) {
        const { obj: rb, ptr: rbPtr } = derefComponent(d.doc, rbRef);
        const basePtr = rbPtr ?? `${op.basePtr}/requestBody`;
        const hasBody = x.requestBody !== null && x.requestBody !== undefined;
        if (!hasBody) {
            if (rb?.required === true) reqErrors.push('request: body is required');
        } else {
            const mt = mediaType(x.requestContentType) ?? (typeof x.requestBody === 'string' ? null : 'application/json');
            const content = rb?.content ?? {};
            const key = Object.keys(content).find((k) => k.toLowerCase() === mt);
            if (!key) {
                reqErrors.push(`request: content type ${mt ?? '(none)'} not accepted (spec: ${Object.keys(content).join(', ')})`);
            } else if (content[key]?.schema !== undefined) {
                let data = x.requestBody;
                let ok = true;
                if (isJsonMedia(mt) && typeof data === 'string') {
                    try { data = JSON.parse(data); } catch { ok = false; reqErrors.push('request: body is not JSON'); }
                } else if (mt === 'application/x-www-form-urlencoded' && typeof data === 'string') {
                    data = parseForm(data);
                }
                if (ok) reqErrors.push(...runValidator(op.docId, `${basePtr}/content/${escapePtr(key)}/schema`, data, 'request'));
            }
        }
    } else if (x.requestBody !== null && x.requestBody !== undefined && x.requestBody !== '') {
        warn('request body sent to an operation that declares none', `${x.method} ${x.path}`);
    }
    if (reqErrors.length) {
        // A request the server rejected (4xx) may be a deliberate negative test; only a request the
        // server accepted is held to the schema.
        if (status >= 400 && status < 500) warn('request not matching the spec, rejected by the sandbox with 4xx (accepted)', `${x.method} ${x.path} -> ${status}: ${reqErrors[0]}`);
        else errors.push(...reqErrors);
    }

    // --- response
    const picked = pickResponse(op, status);
    const isError = status >= 400;
    if (!picked) {
        if (!isError) {
            errors.push(`response: status ${status} is not documented for this operation (documented: ${Object.keys(op.op.responses ?? {}).join(', ')})`);
        } else {
            const r = checkErrorBody(opInfo.api, status, x.body);
            errors.push(...r.errors);
        }
        return errors;
    }
    const { obj: resp, ptr: respPtr } = derefComponent(d.doc, picked.resp);
    const basePtr = respPtr ?? `${op.basePtr}/responses/${escapePtr(picked.key)}`;
    const content = resp?.content;
    const bodyPresent = x.body !== null && x.body !== undefined;
    if (!content || Object.keys(content).length === 0) {
        if (isError) {
            errors.push(...checkErrorBody(opInfo.api, status, x.body).errors);
        } else if (bodyPresent) {
            warn('body sent with a status the spec documents without content', `${x.method} ${op.template} -> ${status}`);
        }
        return errors;
    }
    const mt = mediaType(x.contentType);
    const key = Object.keys(content).find((k) => k.toLowerCase() === mt)
        ?? (mt && isJsonMedia(mt) ? Object.keys(content).find((k) => isJsonMedia(k.toLowerCase())) : undefined);
    if (!key) {
        if (!bodyPresent) errors.push(`response ${status}: empty body, spec documents ${Object.keys(content).join(', ')}`);
        else errors.push(`response ${status}: content type ${mt ?? '(none)'} not documented (spec: ${Object.keys(content).join(', ')})`);
        return errors;
    }
    if (content[key]?.schema === undefined) return errors;
    if (isJsonMedia(key.toLowerCase())) {
        if (isObj(x.body) && x.body.$raw !== undefined && Object.keys(x.body).length === 1) {
            errors.push(`response ${status}: body is not JSON`);
            return errors;
        }
        errors.push(...runValidator(op.docId, `${basePtr}/content/${escapePtr(key)}/schema`, x.body, `response ${status}`));
    }
    return errors;
}

// ---------------------------------------------------------------------------------------------
// main loop

const perOp = new Map(); // "API METHOD template" -> {api, method, template, checked, violations}
const violations = [];
let passed = 0;
let failed = 0;
const skipped = { fault: 0, otherUnmapped: 0, unknownOperation: 0 };
const faultKinds = new Map();
let lines = 0;

function rowFor(api, method, template) {
    const key = `${api} ${method} ${template}`;
    let r = perOp.get(key);
    if (!r) { r = { api, method, template, checked: 0, violations: 0 }; perOp.set(key, r); }
    return r;
}

function record(x, row, errors, lineNo) {
    row.checked++;
    if (errors.length) {
        row.violations++;
        failed++;
        violations.push({ line: lineNo, api: x.api, method: x.method, path: x.path, status: x.status,
            operation: `${row.method} ${row.template}`, errors });
    } else passed++;
}

const text = fs.readFileSync(opts.file, 'utf8');
let start = 0;
let lineNo = 0;
while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    lineNo++;
    if (!line) continue;
    lines++;
    let x;
    try { x = JSON.parse(line); } catch (e) {
        record({ api: '?', method: '?', path: `(line ${lineNo})`, status: 0 }, rowFor('-', '-', '(unparsable line)'), [`not JSON: ${e.message}`], lineNo);
        continue;
    }
    if (!isObj(x) || typeof x.method !== 'string' || typeof x.path !== 'string' || !Number.isInteger(x.status)) {
        record({ api: x?.api, method: String(x?.method), path: String(x?.path), status: x?.status }, rowFor('-', '-', '(malformed record)'),
            ['record lacks method/path/status'], lineNo);
        continue;
    }
    if (x.fault !== null && x.fault !== undefined) {
        skipped.fault++;
        faultKinds.set(String(x.fault), (faultKinds.get(String(x.fault)) ?? 0) + 1);
        continue;
    }
    const method = x.method.toUpperCase();
    let api = x.api;
    let p = x.path;
    let route = null;
    if (api === 'public' || api === 'config') {
        route = matchRoute(api, p);
    } else {
        // "other": checked only when it maps onto a spec path (e.g. /health at the server root)
        if (p.startsWith('/api/public/v1/')) { api = 'public'; p = p.slice('/api/public/v1'.length); }
        else if (p.startsWith('/api/v1/')) { api = 'config'; p = p.slice('/api/v1'.length); }
        if (api === 'public' || api === 'config') route = matchRoute(api, p);
        else {
            for (const a of ['public', 'config']) {
                const r = matchRoute(a, p);
                if (r && r.methods[method]) { api = a; route = r; break; }
            }
        }
        if (!route || !route.methods[method]) { skipped.otherUnmapped++; continue; }
    }
    if ((!route || !route.methods[method]) && (x.status === 404 || x.status === 405)) {
        // A negative test of an undefined operation, answered "not found"/"not allowed": there is no
        // spec response to hold it to, and answering so is what the real server does.
        skipped.unknownOperation++;
        continue;
    }
    if (!route || !route.methods[method]) {
        const where = route ? `${route.template} has ${Object.keys(route.methods).join('/')} only` : 'no path template matches';
        record({ ...x, api }, rowFor(api, method, '(operation not in spec)'), [`operation not in spec: ${method} ${p} (${where})`], lineNo);
        continue;
    }
    const op = route.methods[method];
    const row = rowFor(api, method, op.template + (op.docId === 'public-token' ? ' [public-api.yaml]' : ''));
    let errors;
    try { errors = checkExchange({ ...x, method, path: p }, { api, op }); } catch (e) {
        errors = [`validator error: ${e.stack?.split('\n').slice(0, 2).join(' ') ?? e}`];
    }
    record({ ...x, api, path: p }, row, errors, lineNo);
}

const elapsed = (performance.now() - t0) / 1000;

// ---------------------------------------------------------------------------------------------
// report

const out = [];
if (!opts.quiet) {
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    const rows = [...perOp.values()].sort((a, b) => cmp(a.api, b.api) || cmp(a.template, b.template) || cmp(a.method, b.method));
    const w = Math.max(20, ...rows.map((r) => r.template.length));
    out.push(`Contract check of ${opts.file} against ${specDir}`);
    out.push('');
    out.push(`${'API'.padEnd(7)}${'METHOD'.padEnd(8)}${'PATH TEMPLATE'.padEnd(w + 2)}${'CHECKED'.padStart(8)}${'VIOLATIONS'.padStart(12)}`);
    for (const r of rows) {
        out.push(`${r.api.padEnd(7)}${r.method.padEnd(8)}${r.template.padEnd(w + 2)}${String(r.checked).padStart(8)}${String(r.violations).padStart(12)}`);
    }
    out.push('');
    out.push(`exchanges: ${lines} lines, ${passed + failed} checked, ${skipped.fault} skipped (fault injection`
        + `${faultKinds.size ? ': ' + [...faultKinds].map(([k, v]) => `${k} ${v}`).join(', ') : ''}), `
        + `${skipped.otherUnmapped} skipped ("other" not in a spec), ${skipped.unknownOperation} skipped (404/405 for an `
        + `operation the spec does not define); ${elapsed.toFixed(2)} s`);
    if (warnings.size) {
        out.push('warnings (not violations):');
        for (const [kind, w2] of warnings) {
            out.push(`  ${kind}${w2.count > 1 ? ` x${w2.count}` : ''}${w2.examples.size ? ` e.g. ${[...w2.examples].join(' | ')}` : ''}`);
        }
    }
    out.push('');
}
if (violations.length) {
    out.push(`violations (${violations.length}):`);
    const n = opts.maxPrint === 0 ? violations.length : Math.min(opts.maxPrint, violations.length);
    for (const v of violations.slice(0, n)) {
        if (v.operation.startsWith('- (')) out.push(`FAIL line ${v.line} ${v.operation.slice(2)}`);
        else out.push(`FAIL ${v.method} ${v.path} -> ${v.status} [${v.api} ${v.operation}] (line ${v.line})`);
        for (const e of v.errors) out.push(`     ${e.length > 400 ? e.slice(0, 400) + '…' : e}`);
    }
    if (n < violations.length) out.push(`... ${violations.length - n} more (use --max-print 0)`);
}
out.push(`${passed} passed, ${failed} failed`);
process.stdout.write(out.join('\n') + '\n');

if (opts.json) {
    fs.writeFileSync(opts.json, JSON.stringify({
        passed, failed, skipped, seconds: elapsed,
        operations: [...perOp.values()],
        warnings: Object.fromEntries([...warnings].map(([k, w2]) => [k, { count: w2.count, examples: [...w2.examples] }])),
        violations,
    }, null, 1));
}
process.exitCode = failed === 0 ? 0 : 1;
