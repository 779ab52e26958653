#!/usr/bin/env bash
# Builds the web site (scripts/build-web.sh) and runs its tests in Debian's headless
# Chromium (tests/web/run.mjs, puppeteer-core pinned by tests/web/package-lock.json):
# a lesson played by touch at 390x844 and by mouse at 1280x800, progress kept across a
# reload, the site opened offline, the exported progress imported by the desktop luyenso,
# a broken progress file refused, an input method's composition, the narration's mute, two
# tabs sharing the store, a new version taken only on the learner's press.
# Usage: bash scripts/test-web.sh [--shots DIR] [--budgets]
#   --shots DIR  saves the pages' screenshots there
#   --budgets    also measures docs/performance.md's budgets (first visit, first frame, memory)
# Environment: LUYENSO_NATIVE  the desktop luyenso that imports the exported file
#              (default build-test/luyenso, else build-dev/luyenso; skipped if neither exists)
#              LUYENSO_WEB_ONLY  a regular expression: only the checks whose names match
# Time: about 80 s when the libraries are cached and nothing needs compiling; a fresh
# machine builds the libraries first (about 25 min) and our code (about 10 min).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-web.sh
echo "== Browser tests (tests/web)"
(cd tests/web && npm ci --no-audit --no-fund --silent)
if [[ -z ${LUYENSO_NATIVE:-} ]]; then
  for candidate in build-test/luyenso build-dev/luyenso; do
    if [[ -x $candidate ]]; then
      LUYENSO_NATIVE=$PWD/$candidate
      break
    fi
  done
fi
export LUYENSO_NATIVE=${LUYENSO_NATIVE:-}
node tests/web/run.mjs build-web/site "$@"
