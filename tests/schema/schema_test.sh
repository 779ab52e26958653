#!/usr/bin/env bash
# The lesson schema (lessons/schema/lesson.schema.json) checked by an independent
# validator (Ajv, a test-only npm package: scripts/test.sh runs `npm ci` here): every
# shipped lesson and the template validate; the broken lessons in invalid/ must not, and
# must fail for the reasons stated here (so that a pass above means something).
# Usage: tests/schema/schema_test.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
schema=$src/lessons/schema/lesson.schema.json
fail() { echo "FAIL: $*"; exit 1; }

command -v node >/dev/null || fail "node is not installed (scripts/deps.sh --test installs nodejs and npm)"
[[ -d "$here/node_modules/ajv" ]] || fail "ajv is not installed: run 'npm ci' in $here (scripts/test.sh does)"

shopt -s nullglob
lessons=("$src"/lessons/*.json "$src"/lessons/template/*.json)
((${#lessons[@]} >= 10)) || fail "only ${#lessons[@]} lessons found"
node "$here/validate.js" "$schema" "${lessons[@]}" || fail "a shipped lesson does not validate against the schema"

out=$(node "$here/validate.js" "$schema" --expect-fail "$here"/invalid/*.json) || fail "a broken lesson validated: $out"
for want in '/: must NOT have additional properties {"additionalProperty":"minute"}' \
            '/format: must be equal to constant' \
            "/title: must have required property 'vi'" \
            '/world/contacts/0/answers_after_s: must be <= 25' \
            '/steps/0/done_when/event: must be equal to one of the allowed values' \
            '/steps/0/demo/1/swipe: must be equal to one of the allowed values' \
            '/steps/0/next/0/on/screen: must be equal to one of the allowed values' \
            "/steps/0/next/0: must have required property 'go'" \
            '/steps/1/audio/vi: must match pattern' \
            '/steps/1/done_when: must NOT have additional properties {"additionalProperty":"colour"}'; do
  grep -qF "$want" <<<"$out" || fail "the validator did not say: $want | it said: $out"
done
echo "ok: schema"
