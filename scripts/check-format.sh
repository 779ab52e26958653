#!/usr/bin/env bash
# Checks that every C++ file under src/, tests/, fuzz/ and bench/ is formatted as
# .clang-format says (clang-format 14). Exits 1 and lists the differences if not.
# Usage: scripts/check-format.sh                check (what scripts/test.sh runs)
#        scripts/check-format.sh --fix FILE...  reformat these files in place
#        scripts/check-format.sh --fix          reformat every file (in a shared working
#                                               tree, only when nobody else has edits)
set -euo pipefail
cd "$(dirname "$0")/.."

clang_format=${CLANG_FORMAT:-clang-format-14}
if ! command -v "$clang_format" >/dev/null; then
  echo "check-format: $clang_format is not installed (scripts/deps.sh --test installs it)" >&2
  exit 1
fi

mapfile -t files < <(find src tests fuzz bench -type f \( -name '*.cpp' -o -name '*.h' \) 2>/dev/null | LC_ALL=C sort)

if [[ "${1:-}" == "--fix" ]]; then
  shift
  if (($#)); then files=("$@"); fi
  "$clang_format" -i --style=file "${files[@]}"
  echo "check-format: formatted ${#files[@]} files"
  exit 0
fi

report=$(mktemp)
trap 'rm -f "$report"' EXIT
if ! "$clang_format" --dry-run --Werror --style=file "${files[@]}" 2>"$report"; then
  grep -E '^[^ :]+:[0-9]+:[0-9]+: (error|warning): ' "$report" | sed -E 's/^([^:]+):.*/\1/' | uniq -c |
    awk '{printf "  %s: %d place%s\n", $2, $1, ($1 == 1 ? "" : "s")}'
  echo "check-format: these files are not formatted as .clang-format says;" \
    "run scripts/check-format.sh --fix FILE... on yours" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"
