// Validates lesson files against lessons/schema/lesson.schema.json with Ajv (an
// independent JSON Schema validator, draft 2020-12).
// Usage: node validate.js SCHEMA [--expect-fail] FILE...
// Prints "ok FILE" or each error as "FILE: POINTER: message"; exits 1 when any file
// does not give the expected outcome.
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');

const args = process.argv.slice(2);
const schemaPath = args.shift();
const expectFail = args[0] === '--expect-fail';
if (expectFail) args.shift();
if (!schemaPath || args.length === 0) {
  console.error('usage: node validate.js SCHEMA [--expect-fail] FILE...');
  process.exit(2);
}
const ajv = new Ajv2020({allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true});
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
let bad = 0;
for (const file of args) {
  let lesson;
  try {
    lesson = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${file}: not JSON: ${e.message}`);
    bad += expectFail ? 0 : 1;
    continue;
  }
  const ok = validate(lesson);
  if (ok === expectFail) bad++;
  if (ok) {
    console.log(`ok ${file}`);
  } else {
    for (const e of validate.errors) console.log(`${file}: ${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`);
  }
}
process.exit(bad === 0 ? 0 : 1);
