#!/usr/bin/env bash
# xAPI statements checked by an independent validator: progress is made with `luyenso
# play` in every mode and outcome, written with `luyenso report --format xapi`, and
# checked with Learning Locker's xapi-validation (validate.js).
# Usage: tests/xapi/xapi_test.sh PATH/TO/luyenso WORKDIR
set -u
exe=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*"; exit 1; }

command -v node >/dev/null || fail "node is not installed (scripts/deps.sh --test installs nodejs and npm)"
[[ -d "$here/node_modules/xapi-validation" ]] ||
  fail "xapi-validation is not installed: run 'npm ci' in $here (scripts/test.sh does)"
rm -rf "$work"
mkdir -p "$work"
data=$work/data
play() { "$exe" play "$@" --data-dir "$data" >"$work/play.out" 2>&1 || fail "play $*: $(cat "$work/play.out")"; }

play goi-video-cho-chau --learner "Bàn Văn Giảng" --village "Nà Hẩu" --actions demo                 # attempted, completed
play goi-video-cho-chau --learner "Bàn Văn Giảng" --village "Nà Hẩu" --actions demo --mode test     # attempted, passed
play doc-tin-nhom-thon --learner "Lò Thị Mai" --village "Bản Phố" --actions demo --mode watch       # experienced
play goi-video-cho-chau --learner "Lò Thị Mai" --village "Bản Phố" --actions demo --mode practice   # attempted, completed
echo '[{"swipe": "up"}, {"tap": "home.app.chat"}]' >"$work/two-steps.json"
play goi-video-cho-chau --learner "Đặng Thị Nga" --village "Nà Hẩu" --actions "$work/two-steps.json" --mode test  # attempted, failed
play goi-video-cho-chau --learner "Hoàng Văn Lù" --actions "$work/two-steps.json"                   # attempted (stopped)
# An unsafe choice (agreeing to pay a fake police officer), then the rest done well: failed.
echo '[{"wait": 8}, {"tap": "call.accept"}, {"wait": 12}, {"tap": "call.choice.chuyen-tien"}, {"tap": "call.end"}, {"swipe": "up"}, {"tap": "home.app.phone"}, {"tap": "phone.contact.dung.call"}, {"wait": 6}, {"tap": "call.end"}]' >"$work/unsafe.json"
play cong-an-gia-goi-video --learner "Hoàng Văn Lù" --actions "$work/unsafe.json" --mode test

"$exe" report --format xapi --out "$work/statements.json" --data-dir "$data" >/dev/null || fail "report"
node "$here/validate.js" "$work/statements.json" --min 10 || fail "the validator refused the statements"
for verb in experienced attempted completed passed failed; do
  grep -q "\"id\":\"http://adlnet.gov/expapi/verbs/$verb\"" "$work/statements.json" || fail "no '$verb' statement"
done
grep -q '"vi-VN":"Gọi video cho cháu"' "$work/statements.json" || fail "the lesson's Vietnamese name is missing"
# The unsafe choice is a result extension of its own, apart from the wrong actions.
grep -q '/xapi/extensions/unsafe-choices":\["dong-y-chuyen-tien"\]' "$work/statements.json" ||
  fail "the unsafe choice is not in the statements"

# An organisation's own base for the IRIs.
"$exe" report --format xapi --xapi-base https://lrs.example.org/luyenso/ --out "$work/own-base.json" \
  --data-dir "$data" >/dev/null || fail "report --xapi-base"
node "$here/validate.js" "$work/own-base.json" --min 10 || fail "the validator refused the statements (own base)"
grep -q '"homePage":"https://lrs.example.org/luyenso"' "$work/own-base.json" || fail "homePage not from --xapi-base"

# The validator itself refuses a broken statement (so a pass above means something).
echo '[{"actor": {"mbox": "nobody"}, "verb": {"id": "not an IRI"}, "object": {"id": "x"}}]' >"$work/broken.json"
if node "$here/validate.js" "$work/broken.json" >/dev/null 2>&1; then fail "the validator accepted a broken statement"; fi
echo "ok: xapi"
