// Validates a file of xAPI statements (a JSON array, or one statement) with Learning
// Locker's xapi-validation, an implementation independent of ours. Test-only.
// Usage: node validate.js FILE [--min N]   exit 0 if every statement is valid (and there
// are at least N), 1 with the problems listed otherwise.
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;

const args = process.argv.slice(2);
const file = args[0];
const minIndex = args.indexOf('--min');
const min = minIndex >= 0 ? Number(args[minIndex + 1]) : 1;
if (!file) {
  console.error('usage: node validate.js FILE [--min N]');
  process.exit(2);
}
let data;
try {
  data = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`${file}: not JSON: ${e.message}`);
  process.exit(1);
}
const statements = Array.isArray(data) ? data : [data];
let problems = 0;
statements.forEach((statement, i) => {
  for (const w of validate(statement)) {
    problems += 1;
    console.error(`statement ${i}: ${w.path.join('.')}: ${w.message} (${w.constructor.name}): ${JSON.stringify(w.data)}`);
  }
});
if (statements.length < min) {
  console.error(`${file}: ${statements.length} statements, expected at least ${min}`);
  process.exit(1);
}
console.log(`${file}: ${statements.length} statements, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
