// A client no one here wrote: ajv 8 (Ajv2020, strict mode, all errors) validates every document of
// the schema corpus against the shipped JSON Schema, and its verdicts are compared with the Java
// strict reader's, which the corpus's manifest records (SchemaCorpus writes it; SchemaCorpusTest
// holds it to the reader).
//
//   cd governance-json/src/test/js && npm ci && node ajv-check.mjs
//
// ajv must accept every document the reader accepts, and refuse every document the reader
// refuses, except where the manifest marks the refusal as of a class no JSON Schema can express
// (duplicate member names, identifiers unique in a record, relations between values,
// whole-document limits, lone surrogates, the spelling of an integer); there either verdict is
// expected. A document is first decoded as strict UTF-8 (a byte order mark kept, so refused) and
// parsed with JSON.parse, as any JavaScript client would: a document that is not JSON is refused
// before ajv sees it. Exits 1 on any disagreement, 2 when the schema does not compile in strict
// mode or the corpus cannot be read.
//
// The summary line: documents; valid and invalid as the reader says (and how many of the invalid
// ones are not JSON at all); agree, the documents where ajv's verdict is as expected; among them
// inexpressible, the refusals marked so, and how many of those ajv accepts; disagree, the rest,
// each listed above the summary with the reader's verdict and ajv's first errors.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const moduleRoot = resolve(here, '..', '..', '..');
const schemaPath = join(moduleRoot,
  'src/main/resources/vn/massorg/governance/json/meeting-record.schema.json');
const corpusDir = join(moduleRoot,
  'src/test/resources/vn/massorg/governance/json/schema-corpus');
const manifestName = 'verdicts.json';
const ajvVersion = createRequire(import.meta.url)('ajv/package.json').version;

function fail(message) {
  console.error(`ajv ${ajvVersion} strict: ${message}`);
  process.exit(2);
}

let validate;
try {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  validate = ajv.compile(schema);
} catch (e) {
  fail(`the schema ${schemaPath} does not compile: ${e.message}`);
}

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(corpusDir, manifestName), 'utf8'));
} catch (e) {
  fail(`cannot read the manifest ${join(corpusDir, manifestName)}: ${e.message}`);
}
const entries = new Map();
for (const entry of manifest.documents) {
  if (entries.has(entry.file)) {
    fail(`the manifest names ${entry.file} twice`);
  }
  entries.set(entry.file, entry);
}
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.json') && f !== manifestName)
  .sort();
const unlisted = files.filter((f) => !entries.has(f));
const missing = [...entries.keys()].filter((f) => !files.includes(f));
if (unlisted.length || missing.length) {
  fail(`the corpus and its manifest differ: not in the manifest [${unlisted.join(', ')}], `
    + `no such file [${missing.join(', ')}]`);
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** ajv's verdict: { valid, errors } with errors as short strings; a parse failure is one. */
function ajvVerdict(bytes) {
  let value;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch (e) {
    return { valid: false, json: false, errors: [`not JSON to JSON.parse: ${e.message}`] };
  }
  const valid = validate(value);
  const errors = valid ? [] : validate.errors.map((e) =>
    `${e.instancePath || '/'} ${e.keyword}: ${e.message}`
    + (e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''));
  return { valid, json: true, errors };
}

function shorten(text, max = 160) {
  const oneLine = String(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

let valid = 0;
let invalid = 0;
let notJson = 0;
let agree = 0;
let inexpressible = 0;
let inexpressibleAccepted = 0;
const disagreements = [];
for (const file of files) {
  const entry = entries.get(file);
  const ajv = ajvVerdict(readFileSync(join(corpusDir, file)));
  if (!ajv.json) {
    notJson++;
  }
  let ok;
  if (entry.verdict === 'accepted') {
    valid++;
    ok = ajv.valid;
  } else if (entry.verdict === 'refused') {
    invalid++;
    if (entry.inexpressible === true) {
      inexpressible++;
      inexpressibleAccepted += ajv.valid ? 1 : 0;
      ok = true;
    } else {
      ok = !ajv.valid;
    }
  } else {
    fail(`${file}: the manifest's verdict "${entry.verdict}" is neither accepted nor refused`);
  }
  if (ok) {
    agree++;
  } else {
    disagreements.push({ file, entry, ajv });
  }
}

for (const { file, entry, ajv } of disagreements) {
  const reader = entry.verdict === 'accepted' ? 'accepted'
    : `refused ${entry.code} at '${entry.pointer}'`;
  console.log(`DISAGREE ${file} (${shorten(entry.made, 100)})`);
  console.log(`  reader: ${reader}`);
  console.log(`  ajv:    ${ajv.valid ? 'accepted' : 'refused'}`);
  for (const error of ajv.errors.slice(0, 3)) {
    console.log(`    ${shorten(error)}`);
  }
  if (ajv.errors.length > 3) {
    console.log(`    ... ${ajv.errors.length - 3} more`);
  }
}
console.log(`ajv ${ajvVersion} strict: ${files.length} documents, ${valid} valid, ${invalid} `
  + `invalid (${notJson} not JSON); agree ${agree}, inexpressible ${inexpressible} `
  + `(${inexpressibleAccepted} accepted by ajv), disagree ${disagreements.length}`);
process.exit(disagreements.length ? 1 : 0);
