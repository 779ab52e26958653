#!/usr/bin/env bash
# Command-line behaviour of the luyenso executable, one case per CTest test.
# Usage: tests/cli_test.sh PATH/TO/luyenso CASE WORKDIR
set -u
exe=$1
case_name=$2
work=$3
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"

fail() { echo "FAIL: $*"; exit 1; }
expect_rc() { # expected-rc command...
  local want=$1; shift
  out=$("$@" 2>"$work/stderr"); rc=$?
  err=$(cat "$work/stderr")
  [[ $rc -eq $want ]] || fail "exit $rc, wanted $want: $* | stdout: $out | stderr: $err"
}
# PNG width and height from the IHDR chunk.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'; }

case $case_name in
check_shipped)
  expect_rc 0 "$exe" check --lang en "$src/lessons"
  grep -q "^ok .*goi-video-cho-chau" <<<"$out" || fail "lesson not named: $out"
  grep -q "0 with errors" <<<"$out" || fail "summary: $out"
  expect_rc 0 "$exe" check --lang en   # the built-in lessons by default
  # In Vietnamese unless asked otherwise.
  expect_rc 0 "$exe" check "$src/lessons"
  grep -q "^đạt .*goi-video-cho-chau" <<<"$out" || fail "lesson not named in Vietnamese: $out"
  grep -qE "^Đã kiểm tra [0-9]+ bài, 0 bài có lỗi$" <<<"$out" || fail "Vietnamese summary: $out"
  ;;
check_broken)
  expect_rc 1 "$exe" check --lang en "$src/tests/fixtures" "$src/lessons"
  grep -q "^ok .*goi-video-cho-chau" <<<"$out" || fail "a broken lesson stopped the good one: $out"
  grep -Eq "^$src/tests/fixtures/[^:]+\.json:[0-9]+:[0-9]+: error: " <<<"$err" || fail "no FILE:LINE:COL errors: $err"
  expect_rc 1 "$exe" check "$src/tests/fixtures/syntax-missing-comma.json"
  [[ "$err" == "$src/tests/fixtures/syntax-missing-comma.json:14:6: lỗi: thiếu dấu phẩy ',' hoặc dấu '}' sau giá trị của \"target\" (gặp '\"'); hãy thêm dấu phẩy ',' ngay trước chỗ này nếu còn mục khác theo sau, hoặc dấu '}' nếu nhóm kết thúc ở đây" ]] ||
    fail "the syntax error in Vietnamese: $err"
  grep -q "^CÓ LỖI" <<<"$out" || fail "$out"
  ;;
check_json)
  # The results as JSON for tools: one entry per lesson, errors split into message and fix.
  expect_rc 1 "$exe" check --lang en --json "$src/lessons/goi-video-cho-chau.json" "$src/tests/fixtures/branch-loop.json" \
    "$src/tests/fixtures/demo-incomplete.json"
  [[ -z "$err" ]] || fail "check --json wrote to stderr: $err"
  printf '%s' "$out" >"$work/check.json"
  node - "$src" "$work/check.json" <<'JS' || fail "check --json: $out"
const src = process.argv[2];
const r = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
const assert = require('assert');
assert.deepStrictEqual(Object.keys(r), ['lessons']);
assert.strictEqual(r.lessons.length, 3);
const by = name => r.lessons.find(l => l.file.endsWith(name));
const [good, loop, demo] = [by('/goi-video-cho-chau.json'), by('/branch-loop.json'), by('/demo-incomplete.json')];
for (const l of r.lessons)
  assert.deepStrictEqual(Object.keys(l).sort(), ['errors', 'file', 'id', 'ok', 'skills', 'title', 'warnings']);
assert.deepStrictEqual([good.id, good.file, good.title, good.skills, good.ok, good.errors],
  ['goi-video-cho-chau', src + '/lessons/goi-video-cho-chau.json', 'Gọi video cho cháu', ['video-call'], true, []]);
assert.strictEqual(loop.ok, false);
assert.strictEqual(loop.file, src + '/tests/fixtures/branch-loop.json');
const loopWhat = 'this branch goes back to step "mo-tro-chuyen" and the lesson can never end: steps "mo-tro-chuyen", ' +
  '"ve-man-hinh-chinh" go round for ever';
const loopFix = 'let one of them go on when its "done_when" holds (no branch on the same condition) or add a branch ' +
  'with "go": "end"';
assert.deepStrictEqual(loop.errors, [{
  id: 'branch-loop', file: src + '/tests/fixtures/branch-loop.json', line: 17, col: 48, pointer: '/steps/2/next/0/go',
  message: loopWhat, fix: loopFix,
  text: {en: loopWhat + '; ' + loopFix,
         vi: 'nhánh này quay lại bước "mo-tro-chuyen" nên bài học không bao giờ kết thúc: các bước "mo-tro-chuyen", ' +
           '"ve-man-hinh-chinh" cứ lặp mãi; hãy để một trong các bước đó đi tiếp khi "done_when" của nó xảy ra ' +
           '(không có nhánh nào cùng điều kiện) hoặc thêm một nhánh có "go": "end"'}}]);
// Every message has an id and, in --json, a fix whenever its text suggests one.
for (const l of r.lessons)
  for (const e of l.errors) {
    assert.match(e.id, /^[a-z0-9-]+$/);
    assert.ok(e.fix.length > 0, JSON.stringify(e));
  }
assert.deepStrictEqual([demo.id, demo.ok, demo.skills, demo.errors.length, demo.errors[0].line, demo.errors[0].col],
  ['demo-incomplete', false, ['video-call'], 1, 14, 19]);
assert.strictEqual(demo.errors[0].pointer, '/steps/1/done_when');
assert.match(demo.errors[0].message, /What happened on the phone in this step: app.opened \{app: phone\}$/);
assert.match(demo.errors[0].fix, /--step 2 --mode watch/);
JS
  expect_rc 0 "$exe" check --lang en --json "$src/lessons"
  node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); if (r.lessons.length < 9 || !r.lessons.every(l => l.ok)) process.exit(1)' <<<"$out" ||
    fail "check --json of the shipped lessons: $out"
  expect_rc 1 "$exe" --json
  [[ "$err" == "luyenso: unknown option '--json' (see luyenso --help)" ]] || fail "$err"
  ;;
check_warnings)
  # Warnings (text garbled by a wrong encoding) are listed, in text and in --json, but a
  # lesson with warnings only is ok and check exits 0.
  expect_rc 0 "$exe" check --lang en "$src/tests/fixtures/mojibake-text.json"
  grep -q "^ok .*mojibake-text" <<<"$out" || fail "a lesson with warnings only is ok: $out"
  grep -qF "mojibake-text.json:4:19: warning: this text looks garbled" <<<"$err" || fail "$err"
  grep -qF 'it was most likely "Đóng BHXH"' <<<"$err" || fail "$err"
  expect_rc 0 "$exe" check --json --lang en "$src/tests/fixtures/mojibake-text.json"
  node -e '
const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
const l = r.lessons[0];
const assert = require("assert");
assert.strictEqual(l.ok, true);
assert.deepStrictEqual(l.errors, []);
assert.strictEqual(l.warnings.length, 2);
assert.deepStrictEqual([l.warnings[0].line, l.warnings[0].col], [4, 19]);
assert.match(l.warnings[1].fix, /Vuốt lên để mở khóa\./);' <<<"$out" || fail "check --json warnings: $out"
  ;;
packs)
  # The user's lessons folder: packs besides the built-in lessons; a bad pack is reported.
  packs=$src/tests/fixtures/packs
  expect_rc 1 "$exe" check --lang en --lessons-dir "$packs"
  grep -q "^ok .*goi-video-cho-chau" <<<"$out" || fail "built-in lessons not checked: $out"
  grep -q "^ok .*nha-ham-nhan-tin" <<<"$out" || fail "the good pack's lesson: $out"
  grep -qF "$packs/hong/pack.json:3:3: error: unknown key \"versoin\" in pack.json; did you mean \"version\"?" <<<"$err" ||
    fail "the bad pack: $err"
  grep -qF "$packs/hong/pack.json: error: the pack \"hong\" is skipped (1 lesson not loaded)" <<<"$err" || fail "$err"
  grep -q "goi-hong-bai" <<<"$out$err" && fail "a lesson of the bad pack was loaded: $out"
  expect_rc 0 "$exe" check --lang en "$packs/thon-na-ham"
  grep -q "1 lesson checked, 0 with errors" <<<"$out" || fail "$out"
  expect_rc 1 "$exe" check --lang en --lessons-dir "$work/no-such-folder"
  [[ "$err" == "luyenso: --lessons-dir '$work/no-such-folder' is not a folder" ]] || fail "$err"
  # By default the folder is "lessons" in the data folder.
  rm -rf "$work/data" && mkdir -p "$work/data/lessons" && cp -r "$packs/thon-na-ham" "$work/data/lessons/"
  expect_rc 0 "$exe" check --lang en --data-dir "$work/data"
  grep -q "^ok .*nha-ham-nhan-tin" <<<"$out" || fail "the data folder's pack: $out"
  expect_rc 0 "$exe" play nha-ham-nhan-tin --learner "Lò Thị Mai" --actions demo --data-dir "$work/data"
  ;;
check_missing)
  expect_rc 1 "$exe" check --lang en "$work/no-such-lesson.json"
  grep -q "no-such-lesson.json: error: no such file or folder" <<<"$err" || fail "$err"
  ;;
usage)
  expect_rc 0 "$exe" --help
  grep -q "luyenso check" <<<"$out" || fail "help: $out"
  expect_rc 0 "$exe" --version
  grep -Eq "^luyenso [0-9]+\.[0-9]+\.[0-9]+$" <<<"$out" || fail "version: $out"
  expect_rc 1 "$exe" --frobnicate
  [[ "$err" == "luyenso: unknown option '--frobnicate' (see luyenso --help)" ]] || fail "$err"
  # A trainer's mistyped scale or text size says what it needs.
  expect_rc 1 "$exe" --display-scale 1.5
  [[ "$err" == "luyenso: --display-scale needs a percentage from 100 to 200, not '1.5'" ]] || fail "$err"
  expect_rc 1 "$exe" --text-size 250
  [[ "$err" == "luyenso: --text-size needs a percentage from 100 to 200, not '250'" ]] || fail "$err"
  expect_rc 1 "$exe" --mode fly --lesson x
  [[ "$err" == "luyenso: unknown mode 'fly'; use watch, guided, practice or test" ]] || fail "$err"
  expect_rc 1 "$exe" --step 2
  [[ "$err" == "luyenso: --step needs --lesson ID|FILE" ]] || fail "$err"
  expect_rc 1 "$exe" --lesson
  [[ "$err" == "luyenso: option --lesson needs a value (see luyenso --help)" ]] || fail "$err"
  expect_rc 1 "$exe" dance
  [[ "$err" == "luyenso: unknown command 'dance' (see luyenso --help)" ]] || fail "$err"
  expect_rc 1 "$exe" --lesson no-such-lesson --screenshot "$work/x.png"
  grep -q "no lesson 'no-such-lesson'" <<<"$err" || fail "$err"
  expect_rc 1 "$exe" --lesson goi-video-cho-chau --step 99 --screenshot "$work/x.png"
  [[ "$err" == "luyenso: the lesson 'goi-video-cho-chau' has 6 steps, not 99 (7 shows its end)" ]] || fail "$err"
  expect_rc 1 "$exe" --lesson "$src/tests/fixtures/syntax-missing-comma.json" --screenshot "$work/x.png"
  grep -q "syntax-missing-comma.json:[0-9]*:[0-9]*: error:" <<<"$err" || fail "$err"
  ;;
telex)
  expect_rc 0 "$exe" telex xin chaof
  [[ "$out" == "xin chào" ]] || fail "telex: $out"
  expect_rc 0 "$exe" telex tieengs Vieetj
  [[ "$out" == "tiếng Việt" ]] || fail "telex: $out"
  expect_rc 0 "$exe" telex VIEETJ NAM aloo tooss noww windows
  [[ "$out" == "VIỆT NAM alô tôs now windows" ]] || fail "telex: $out"
  expect_rc 0 "$exe" telex --new-style hoaf thuys khoer
  [[ "$out" == "hoà thuý khoẻ" ]] || fail "telex --new-style: $out"
  expect_rc 0 "$exe" telex --vni Vie65t d9u7o7ng2
  [[ "$out" == "Việt đường" ]] || fail "telex --vni: $out"
  expect_rc 0 "$exe" --help
  grep -q "luyenso telex" <<<"$out" || fail "help: $out"
  expect_rc 1 "$exe" telex
  [[ "$err" == "luyenso: telex needs the KEYS to type, such as: luyenso telex xin chaof" ]] || fail "$err"
  expect_rc 1 "$exe" telex --fast abc
  [[ "$err" == "luyenso: unknown option '--fast' for telex (see luyenso --help)" ]] || fail "$err"
  ;;
qr)
  payload="00020101021238530010A0000007270123000697041601092245284790208QRIBFTTA53037045405100005802VN62340107NPS68690819TRANSFER TO SOMEONE6304AC13"
  expect_rc 0 "$exe" qr decode "$payload"
  expected=$(cat <<'JSON'
{
  "initiation": "dynamic",
  "bank_bin": "970416",
  "bank": "ACB",
  "account": "224528479",
  "service_code": "QRIBFTTA",
  "service": "transfer to account",
  "amount": 10000,
  "currency": "704",
  "country": "VN",
  "bill_number": "NPS6869",
  "purpose": "TRANSFER TO SOMEONE",
  "crc": "AC13"
}
JSON
)
  [[ "$out" == "$expected" ]] || fail "qr decode: $out"
  expect_rc 1 "$exe" qr decode "${payload%AC13}AC14"
  [[ "$err" == "luyenso: CRC mismatch: expected AC13, found AC14" ]] || fail "$err"
  [[ -z "$out" ]] || fail "stdout on an error: $out"
  expect_rc 1 "$exe" qr decode "https://example.com"
  [[ "$err" == "luyenso: not a VietQR payload: bad field tag 'ht' at character 1: tags are 2 digits" ]] || fail "$err"

  rm -f "$work/shop.png" "$work/sticker.png"
  expect_rc 0 "$exe" qr make --bin 970416 --account 123456 --name "CUA HANG TAP HOA" --amount 50000 \
    --purpose "Mua hang" --out "$work/shop.png"
  [[ "$out" == "00020101021238500010A0000007270120000697041601061234560208QRIBFTTA53037045405500005802VN5916CUA HANG TAP HOA62120808Mua hang6304A80A" ]] || fail "qr make: $out"
  [[ $(png_size "$work/shop.png") == 450x450 ]] || fail "size $(png_size "$work/shop.png")"   # (37 + 2*4) * 10 px
  made=$out
  expect_rc 0 "$exe" qr decode "$made"
  grep -q '"merchant_name": "CUA HANG TAP HOA"' <<<"$out" || fail "made payload: $out"
  expect_rc 0 "$exe" qr make --bin 970416 --account 123456 --name "CUA HANG TAP HOA" --city "HA GIANG" --out "$work/sticker.png"
  [[ "$out" == "00020101021138500010A0000007270120000697041601061234560208QRIBFTTA53037045802VN5916CUA HANG TAP HOA6008HA GIANG630439B3" ]] || fail "static qr make: $out"
  [[ -s "$work/sticker.png" ]] || fail "no sticker.png"
  expect_rc 0 "$exe" qr decode "$out"
  grep -q '"initiation": "static"' <<<"$out" || fail "not static: $out"

  expect_rc 1 "$exe" qr make --bin 9704 --account 123456 --name X --out "$work/x.png"
  [[ "$err" == "luyenso: --bin needs the bank's 6-digit BIN, such as 970416, not '9704'" ]] || fail "$err"
  expect_rc 1 "$exe" qr make --bin 970416 --account 123456 --name X --amount 50.000 --out "$work/x.png"
  [[ "$err" == "luyenso: --amount needs a whole number of dong such as 50000 (digits only, no dots), not '50.000'" ]] || fail "$err"
  expect_rc 1 "$exe" qr make --bin 970416 --account 123456 --name X
  [[ "$err" == "luyenso: qr make needs --out (see luyenso --help)" ]] || fail "$err"
  expect_rc 1 "$exe" qr make --bin 970416 --account 123456 --name "A NAME FAR TOO LONG FOR A STICKER" --out "$work/x.png"
  [[ "$err" == "luyenso: --name holds at most 25 characters, not 33" ]] || fail "$err"
  expect_rc 1 "$exe" qr make --bin 970416 --account 123456 --name X --colour red --out "$work/x.png"
  [[ "$err" == "luyenso: unknown option '--colour' for qr make (see luyenso --help)" ]] || fail "$err"
  expect_rc 1 "$exe" qr make --bin 970416 --account 123456 --name X --out "$work/no-such-folder/x.png"
  [[ "$err" == "luyenso: cannot write '$work/no-such-folder/x.png': No such file or directory" ]] || fail "$err"
  expect_rc 1 "$exe" qr
  [[ "$err" == "luyenso: qr needs 'decode PAYLOAD' or 'make ...' (see luyenso --help)" ]] || fail "$err"
  ;;
unsafe)
  # The issue's two reproductions: an unsafe choice, then the rest done well, is not passed.
  data=$work/data
  rm -rf "$data"
  cat >"$work/police.json" <<'JSON'
[{"wait": 8}, {"tap": "call.accept"}, {"wait": 12}, {"tap": "call.choice.chuyen-tien"}, {"tap": "call.end"},
 {"swipe": "up"}, {"tap": "home.app.phone"}, {"tap": "phone.contact.dung.call"}, {"wait": 6}, {"tap": "call.end"}]
JSON
  expect_rc 0 "$exe" play cong-an-gia-goi-video --mode test --actions "$work/police.json" --learner X --data-dir "$data"
  grep -q "^completed: 13 of 13 steps, 0 hints, 0 wrong actions, " <<<"$out" || fail "police: $out"
  grep -q "^score 100/100: not passed (pass mark 80): an unsafe choice was made, whatever the points$" <<<"$out" ||
    fail "police passed: $out"
  grep -q "^unsafe choice \"dong-y-chuyen-tien\" at step 3 nghe-ke-gian: Bác đã nhận lời chuyển tiền" <<<"$out" ||
    fail "police reason: $out"
  cat >"$work/otp.json" <<'JSON'
[{"swipe": "up"}, {"tap": "home.app.sms"}, {"tap": "sms.list.item.langxanh"}, {"tap": "sms.header.back"},
 {"tap": "sms.list.item.0869245017"}, {"tap": "sms.input"}, {"type": "246810"}, {"tap": "sms.send"},
 {"tap": "nav.home"}, {"tap": "home.app.phone"}, {"tap": "phone.contact.tong-dai.call"}, {"wait": 6},
 {"tap": "call.end"}]
JSON
  expect_rc 0 "$exe" play tin-nhan-lay-ma-otp --mode test --actions "$work/otp.json" --learner X --data-dir "$data"
  grep -q "^completed: 15 of 15 steps, " <<<"$out" || fail "otp: $out"
  grep -q "^score [0-9]*/100: not passed (pass mark 80): an unsafe choice was made, whatever the points$" <<<"$out" ||
    fail "otp passed: $out"
  grep -q "^unsafe choice \"dua-ma-otp\" at step 6 nhan-ra-lua-dao: Bác đã đưa mã OTP cho kẻ gian." <<<"$out" ||
    fail "otp reason: $out"
  # The reports show it apart from the mistakes.
  expect_rc 0 "$exe" report --format csv --data-dir "$data"
  grep -q "Lượt có việc nguy hiểm" <<<"$out" || fail "csv header: $out"
  grep -q "cong-an-gia-goi-video,.*,1,0,0,1," <<<"$out" || fail "csv row: $out"
  ;;
play)
  data=$work/data
  rm -rf "$data"
  expect_rc 0 "$exe" play goi-video-cho-chau --learner "Bàn Văn Giảng" --village "Nà Hẩu" --actions demo --data-dir "$data"
  grep -q "^new learner: Bàn Văn Giảng (Nà Hẩu)$" <<<"$out" || fail "learner not created: $out"
  grep -q "^Bàn Văn Giảng (Nà Hẩu) — goi-video-cho-chau \"Gọi video cho cháu\", guided mode$" <<<"$out" || fail "$out"
  grep -q "^completed: 6 of 6 steps, 0 hints, 0 wrong actions, " <<<"$out" || fail "outcome: $out"
  grep -q "^saved as attempt [0-9a-f-]\{36\} in $data/progress.db$" <<<"$out" || fail "not saved: $out"
  [[ -s "$data/progress.db" ]] || fail "no progress.db"
  # The same learner (any case), in test mode: scored, not created again.
  expect_rc 0 "$exe" play goi-video-cho-chau --learner "bàn văn giảng" --actions demo --mode test --data-dir "$data"
  grep -q "new learner" <<<"$out" && fail "created twice: $out"
  grep -q "^score 100/100: passed (pass mark 80)$" <<<"$out" || fail "score: $out"
  # An action file: a wrong tap, a wait, then stopped part-way.
  cat >"$work/actions.json" <<'JSON'
[{"tap": "lock.time"}, {"swipe": "up"}, {"wait": 25}, {"tap": "home.app.chat"}, {"tap": "chat.list.item.minh"}]
JSON
  expect_rc 0 "$exe" play goi-video-cho-chau --learner "Lò Thị Mai" --actions "$work/actions.json" --data-dir "$data"
  grep -q "^action 1 (tap lock.time) was refused: \"lock.time\" cannot be tapped$" <<<"$out" || fail "refusal: $out"
  grep -q "^  step 1 mo-khoa: .*, 1 hint, 1 wrong action$" <<<"$out" || fail "step 1: $out"   # guided: a hint comes with the correction
  grep -q "^  step 2 mo-tro-chuyen: 25.0 s, 1 hint, 0 wrong actions$" <<<"$out" || fail "step 2: $out"   # a hint after 20 s idle
  grep -q "^stopped at step 4: 3 of 6 steps, 2 hints, 1 wrong action, " <<<"$out" || fail "outcome: $out"
  expect_rc 0 "$exe" report --data-dir "$data"
  grep -q "^Lò Thị Mai .* Đang học " <<<"$out" || fail "report: $out"
  # Errors: one line each.
  expect_rc 1 "$exe" play goi-video-cho-chau --learner X --data-dir "$data"
  [[ "$err" == "luyenso: play needs --actions FILE (a JSON list of actions) or --actions demo" ]] || fail "$err"
  expect_rc 1 "$exe" play --learner X --actions demo --data-dir "$data"
  grep -q "^luyenso: play needs the LESSON (an id or a file), such as: " <<<"$err" || fail "$err"
  expect_rc 1 "$exe" play khong-co-bai-nay --learner X --actions demo --data-dir "$data"
  [[ "$err" == "luyenso: no lesson 'khong-co-bai-nay' (an id of a lesson in the lessons folder, or a lesson file)" ]] || fail "$err"
  echo '[{"tapp": "x"}]' >"$work/bad-actions.json"
  expect_rc 1 "$exe" play goi-video-cho-chau --learner X --actions "$work/bad-actions.json" --data-dir "$data"
  grep -q "^luyenso: $work/bad-actions.json: action 1: " <<<"$err" || fail "$err"
  expect_rc 0 "$exe" play "$src/lessons/doc-tin-nhom-thon.json" --learner X --actions demo --mode watch --data-dir "$data"
  grep -q "^completed: 4 of 4 steps" <<<"$out" || fail "lesson by file: $out"
  ;;
report)
  data=$work/data
  rm -rf "$data" "$work"/report.*
  expect_rc 0 "$exe" play goi-video-cho-chau --learner "Bàn Văn Giảng" --village "Nà Hẩu" --actions demo --mode test --data-dir "$data"
  expect_rc 0 "$exe" play doc-tin-nhom-thon --learner "Lò Thị Mai" --village "Bản Phố" --actions demo --data-dir "$data"
  expect_rc 0 "$exe" report --data-dir "$data"
  [[ $(head -1 <<<"$out") == "Báo cáo lớp học — Luyện Số" ]] || fail "table: $out"
  grep -q "^Bàn Văn Giảng  Nà Hẩu .* Đã qua bài kiểm tra  .* 100$" <<<"$out" || fail "table: $out"
  expect_rc 0 "$exe" report --format csv --out "$work/report.csv" --data-dir "$data"
  [[ "$out" == "wrote the csv report to $work/report.csv" ]] || fail "$out"
  [[ $(head -c 3 "$work/report.csv" | od -An -tx1 | tr -d ' ') == efbbbf ]] || fail "no BOM"
  grep -q "Bàn Văn Giảng,Nà Hẩu,goi-video-cho-chau,Gọi video cho cháu,Gọi video,Đã qua bài kiểm tra,passed_test,1," "$work/report.csv" || fail "csv: $(cat "$work/report.csv")"
  iconv -f UTF-8 -t UTF-16 "$work/report.csv" >/dev/null || fail "csv is not valid UTF-8"
  expect_rc 0 "$exe" report --format html --out "$work/report.html" --data-dir "$data"
  grep -q '<html lang="vi">' "$work/report.html" || fail "html"
  grep -q '<h2>Theo kỹ năng</h2>' "$work/report.html" || fail "html: no skills"
  grep -q '<tr><td>Bản Phố</td>' "$work/report.html" || fail "html: no village"
  expect_rc 0 "$exe" report --format html --lang en --village "nà hẩu" --data-dir "$data"
  grep -q '<h2>By skill</h2>' <<<"$out" || fail "html en: $out"
  grep -q 'Lò Thị Mai' <<<"$out" && fail "--village did not filter: $out"
  expect_rc 0 "$exe" report --format xapi --data-dir "$data"
  [[ ${out:0:1} == "[" ]] || fail "xapi: $out"
  expect_rc 1 "$exe" report --format pdf --data-dir "$data"
  [[ "$err" == "luyenso: unknown report format 'pdf'; use table, csv, html or xapi" ]] || fail "$err"
  expect_rc 1 "$exe" report --data-dir "$work/nothing-here"
  [[ "$err" == "luyenso: no progress has been saved yet ($work/nothing-here/progress.db does not exist)" ]] || fail "$err"
  expect_rc 1 "$exe" report --format csv --out "$work/no-such-folder/r.csv" --data-dir "$data"
  [[ "$err" == "luyenso: cannot write '$work/no-such-folder/r.csv'" ]] || fail "$err"
  ;;
export_import)
  a=$work/pc-a
  b=$work/pc-b
  rm -rf "$a" "$b" "$work"/*.json
  expect_rc 0 "$exe" play goi-video-cho-chau --learner "Bàn Văn Giảng" --village "Nà Hẩu" --actions demo --data-dir "$a"
  expect_rc 0 "$exe" play doc-tin-nhom-thon --learner "Lò Thị Mai" --village "Bản Phố" --actions demo --data-dir "$a"
  expect_rc 0 "$exe" play goi-video-cho-chau --learner "bàn văn giảng" --village "NÀ HẨU" --actions demo --mode test --data-dir "$b"
  expect_rc 0 "$exe" export --out "$work/a.json" --data-dir "$a"
  [[ "$out" == "exported 2 learners, 2 attempts, 10 steps to $work/a.json" ]] || fail "$out"
  grep -q '"format": "luyenso-progress"' "$work/a.json" || fail "bundle: $(head -c 300 "$work/a.json")"
  expect_rc 0 "$exe" import "$work/a.json" --data-dir "$b"
  grep -q "^merged learner: Bàn Văn Giảng (Nà Hẩu) is the learner of the same name and village on this PC$" <<<"$out" || fail "$out"
  grep -q "^added learner: Lò Thị Mai (Bản Phố)$" <<<"$out" || fail "$out"
  grep -q "^conflict: bàn văn giảng (NÀ HẨU): this PC's profile (edited .*) is newer and is kept" <<<"$out" || fail "$out"
  grep -q "^imported $work/a.json: 1 learners added, 1 merged, 0 profiles updated; 2 attempts added, 0 updated; 10 steps added$" <<<"$out" || fail "$out"
  expect_rc 0 "$exe" import "$work/a.json" --data-dir "$b"
  # Nothing changes; the profile that differs is still reported (this PC's is kept).
  [[ $(tail -1 <<<"$out") == "nothing new in $work/a.json: it was already imported" ]] || fail "second import: $out"
  [[ $(wc -l <<<"$out") == 2 ]] || fail "second import: $out"
  expect_rc 0 "$exe" report --format csv --data-dir "$b"
  [[ $(grep -c "goi-video-cho-chau" <<<"$out") == 2 ]] || fail "learners duplicated: $out"
  grep -q "bàn văn giảng,NÀ HẨU,goi-video-cho-chau,Gọi video cho cháu,Gọi video,Đã qua bài kiểm tra,passed_test,2," <<<"$out" || fail "$out"
  expect_rc 0 "$exe" export --out "$work/mai.json" --learner "lò thị mai" --data-dir "$b"
  [[ "$out" == "exported 1 learner, 1 attempt, 4 steps to $work/mai.json" ]] || fail "$out"
  expect_rc 1 "$exe" export --out "$work/x.json" --learner "Không Ai" --data-dir "$b"
  [[ "$err" == "luyenso: no learner called 'Không Ai'" ]] || fail "$err"
  expect_rc 1 "$exe" export --data-dir "$b"
  [[ "$err" == "luyenso: export needs --out FILE" ]] || fail "$err"
  expect_rc 1 "$exe" import --data-dir "$b"
  [[ "$err" == "luyenso: import needs the FILE to import, such as: luyenso import progress-thon-na-ham.json" ]] || fail "$err"
  echo '{"format": "something"}' >"$work/other.json"
  expect_rc 1 "$exe" import "$work/other.json" --data-dir "$b"
  [[ "$err" == "luyenso: $work/other.json: not a Luyện Số progress bundle (it needs \"format\": \"luyenso-progress\")" ]] || fail "$err"
  ;;
reset_pin)
  # Someone with the PC's files forgets a trainer's PIN; nothing else changes.
  data=$work/data
  rm -rf "$data"
  expect_rc 0 "$exe" play goi-video-cho-chau --learner "Lò Thị Mai" --actions demo --data-dir "$data"
  expect_rc 0 "$exe" reset-pin --data-dir "$data"
  [[ "$out" == "no trainer PIN is set in $data/progress.db: the next person to open the trainer's area (\"Dành cho cán bộ\") sets one" ]] || fail "$out"
  if command -v python3 >/dev/null; then
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO settings (key, value) VALUES ('trainer_pin', 'sha256x10000:00:00') ON CONFLICT (key) DO UPDATE SET value = excluded.value\"); c.commit()" "$data/progress.db"
    expect_rc 0 "$exe" reset-pin --data-dir "$data"
    [[ "$out" == "the trainer PIN of $data/progress.db was removed: the next person to open the trainer's area (\"Dành cho cán bộ\") sets a new one" ]] || fail "$out"
    expect_rc 0 "$exe" reset-pin --data-dir "$data"
    [[ "$out" == no\ trainer\ PIN\ is\ set* ]] || fail "second reset: $out"
  fi
  expect_rc 0 "$exe" report --format csv --data-dir "$data"
  grep -q "Lò Thị Mai,,goi-video-cho-chau,.*,done_with_help,1," <<<"$out" || fail "progress lost: $out"
  expect_rc 1 "$exe" reset-pin extra --data-dir "$data"
  ;;
progress_errors)
  data=$work/data
  rm -rf "$data"
  mkdir -p "$data"
  printf 'Đây không phải là cơ sở dữ liệu %.0s' {1..200} >"$data/progress.db"
  before=$(sha256sum <"$data/progress.db")
  expect_rc 1 "$exe" play goi-video-cho-chau --learner X --actions demo --data-dir "$data"
  grep -q "^luyenso: $data/progress.db is damaged (.*); it was left as it is" <<<"$err" || fail "$err"
  expect_rc 1 "$exe" report --data-dir "$data"
  grep -q "^luyenso: $data/progress.db is damaged" <<<"$err" || fail "$err"
  [[ $(sha256sum <"$data/progress.db") == "$before" ]] || fail "the damaged file was changed"
  expect_rc 1 "$exe" play goi-video-cho-chau --learner X --actions demo --data-dir "$data/progress.db/inside"
  grep -q "^luyenso: cannot create the folder $data/progress.db/inside for progress: " <<<"$err" || fail "$err"
  expect_rc 1 "$exe" check --lang en --format csv
  [[ "$err" == "luyenso: --format is for luyenso report" ]] || fail "$err"
  ;;
bad_data)
  # Issue 15: a name that is not UTF-8, formula-like names, an endless import, the PIN reset.
  data=$work/data
  rm -rf "$data"
  expect_rc 0 "$exe" play goi-video-cho-chau --learner $'Ba\xb9n' --actions demo --data-dir "$data"
  grep -q "^new learner: Ba"$'\xef\xbf\xbd'"n" <<<"$out" || fail "the name was not repaired: $out"
  expect_rc 0 "$exe" play goi-video-cho-chau --learner $'Ba\xb9n' --actions demo --data-dir "$data"
  grep -q "^new learner" <<<"$out" && fail "the same bytes made a second learner: $out"
  expect_rc 0 "$exe" play goi-video-cho-chau --learner '=HYPERLINK("http://x.invalid","Bấm")' --village "+cmd|' /C calc'!A0" --actions demo --data-dir "$data"
  expect_rc 0 "$exe" export --out "$work/rescue.json" --data-dir "$data"
  [[ ! -e "$work/rescue.json.tmp" ]] || fail "a .tmp was left"
  node -e 'const b = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (b.learners.length !== 2) process.exit(1)' "$work/rescue.json" || fail "the bundle: $(head -c 300 "$work/rescue.json")"
  expect_rc 0 "$exe" report --format xapi --out "$work/x.json" --data-dir "$data"
  node -e 'const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (s.length !== 6) process.exit(1)' "$work/x.json" || fail "xAPI"
  expect_rc 0 "$exe" report --format csv --data-dir "$data"
  grep -qF "\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Bấm\"\")\",\"'+cmd|' /C calc'!A0\"" <<<"$out" || fail "CSV: $out"
  expect_rc 1 "$exe" import /dev/zero --data-dir "$data"
  [[ "$err" == "luyenso: /dev/zero: not a Luyện Số progress bundle (not valid JSON)" ]] || fail "$err"
  expect_rc 0 "$exe" reset-pin --data-dir "$data"
  grep -q "^no trainer PIN is set in $data/progress.db" <<<"$out" || fail "$out"
  # A lesson that is a link out of its folder is refused, as a linked asset is.
  rm -rf "$work/lone"
  mkdir -p "$work/lone"
  ln -s "$src/lessons/goi-video-cho-chau.json" "$work/lone/goi-video.json"
  expect_rc 1 "$exe" check --lang en "$work/lone"
  grep -qF "$work/lone/goi-video.json: error: this lesson is a link to $src/lessons/goi-video-cho-chau.json, outside its folder" <<<"$err" || fail "$err"
  ;;
sigterm)
  # SIGTERM ends the app as closing its window does (SDL turns it, and SIGINT, into a quit
  # event; no frame takes long: long names are cut in linear time, tests/ui/ui_smoke_test.cpp).
  # SIGINT is not tried: a shell script's background job ignores it.
  data=$work/data
  rm -rf "$data"
  expect_rc 0 "$exe" play goi-video-cho-chau --learner "Bà Nga" --actions demo --data-dir "$data"
  SDL_VIDEODRIVER=offscreen "$exe" --data-dir "$data" --learner "Bà Nga" --size 1024x768 >"$work/app.out" 2>&1 &
  pid=$!
  # Once the window is up (it says which renderer it uses), SDL handles the signal.
  for _ in $(seq 600); do grep -q "renderer" "$work/app.out" 2>/dev/null && break; sleep 0.1; done
  grep -q "renderer" "$work/app.out" || { kill -KILL "$pid"; fail "the app did not start: $(cat "$work/app.out")"; }
  sleep 1
  kill -TERM "$pid"
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fail "the app did not end within 10 s of SIGTERM"; fi
  wait "$pid"; rc=$?
  [[ $rc -eq 0 ]] || fail "exit $rc after SIGTERM: $(cat "$work/app.out")"
  ;;
screenshot_offscreen)
  rm -f "$work/step4.png"
  SDL_VIDEODRIVER=offscreen expect_rc 0 "$exe" --screenshot "$work/step4.png" --lesson goi-video-cho-chau --step 4 --size 1280x800
  [[ $(png_size "$work/step4.png") == 1280x800 ]] || fail "size $(png_size "$work/step4.png")"
  ;;
watch)
  # --watch: a lesson file with errors opens (its errors in the window) instead of exiting.
  expect_rc 1 "$exe" --watch
  [[ "$err" == "luyenso: --watch needs --lesson FILE: luyenso --lesson my-lesson.json --watch" ]] || fail "$err"
  expect_rc 1 "$exe" check --lang en --watch
  [[ "$err" == "luyenso: --watch needs --lesson FILE: luyenso --lesson my-lesson.json --watch" ]] || fail "$err"
  expect_rc 1 "$exe" --lesson goi-video-cho-chau --watch
  [[ "$err" == "luyenso: --watch needs a lesson file; 'goi-video-cho-chau' is not a file" ]] || fail "$err"
  broken=$src/tests/fixtures/unknown-target.json
  expect_rc 1 "$exe" --lesson "$broken" --screenshot "$work/x.png"
  SDL_VIDEODRIVER=offscreen expect_rc 0 "$exe" --lesson "$broken" --watch --screenshot "$work/errors.png" --size 1024x600
  [[ $(png_size "$work/errors.png") == 1024x600 ]] || fail "size $(png_size "$work/errors.png")"
  SDL_VIDEODRIVER=offscreen expect_rc 0 "$exe" --lesson "$src/lessons/template/bai-mau.json" --watch --step 3 \
    --screenshot "$work/step3.png" --size 1024x600
  ;;
screenshot_gl2)
  SDL_VIDEODRIVER=offscreen LUYENSO_RENDERER=gl2 expect_rc 0 "$exe" --screenshot "$work/gl2.png" --lesson goi-video-cho-chau --step 6 --size 1024x600
  grep -q "GL2" <<<"$out" || fail "not GL2: $out"
  [[ "$err" == "luyenso: renderer gl2 (GL2 "*"), as LUYENSO_RENDERER=gl2 asks" ]] || fail "log: $err"
  [[ $(png_size "$work/gl2.png") == 1024x600 ]] || fail "size $(png_size "$work/gl2.png")"
  # The older variable still works, as an alias.
  SDL_VIDEODRIVER=offscreen LUYENSO_GL=2 expect_rc 0 "$exe" --screenshot "$work/gl2-alias.png" --size 1024x600
  [[ "$err" == "luyenso: renderer gl2 (GL2 "*"), as LUYENSO_GL=2 asks" ]] || fail "log: $err"
  ;;
screenshot_sdl)
  # SDL_Renderer: SDL's own choice (OpenGL here) and its software renderer, which needs no GL at all.
  SDL_VIDEODRIVER=offscreen LUYENSO_RENDERER=sdl expect_rc 0 "$exe" --screenshot "$work/sdl.png" --lesson goi-video-cho-chau --step 4 --size 1024x600
  [[ "$err" == "luyenso: renderer sdl (SDL "*"), as LUYENSO_RENDERER=sdl asks" ]] || fail "log: $err"
  [[ $(png_size "$work/sdl.png") == 1024x600 ]] || fail "size $(png_size "$work/sdl.png")"
  SDL_RENDER_DRIVER=software LUYENSO_RENDERER=sdl expect_rc 0 xvfb-run -a -s "-screen 0 1280x800x24" "$exe" \
    --screenshot "$work/sdl-software.png" --lesson goi-video-cho-chau --step 4
  grep -q "(SDL software)" <<<"$out" || fail "not SDL's software renderer: $out"
  [[ $(png_size "$work/sdl-software.png") == 1280x800 ]] || fail "size $(png_size "$work/sdl-software.png")"
  # A name that means nothing: said, and the automatic choice draws.
  SDL_VIDEODRIVER=offscreen LUYENSO_RENDERER=direct3d expect_rc 0 "$exe" --screenshot "$work/auto.png" --size 1024x600
  grep -q "^luyenso: renderer gl3 .*; LUYENSO_RENDERER='direct3d' is not gl3, gl2 or sdl" <<<"$err" || fail "log: $err"
  ;;
screenshot_old_gl)
  # A driver with OpenGL 1.1 only, as Windows' own: no GL 3.2 context, the 2.1 one is too
  # old, SDL_Renderer draws; one line on stderr says which renderer and why.
  for display in offscreen xvfb; do
    run=("$exe")
    [[ $display == xvfb ]] && run=(xvfb-run -a -s "-screen 0 1280x800x24" "$exe")
    env_vars=(MESA_GL_VERSION_OVERRIDE=1.1)
    [[ $display == offscreen ]] && env_vars+=(SDL_VIDEODRIVER=offscreen)
    out=$(env "${env_vars[@]}" "${run[@]}" --screenshot "$work/old-$display.png" --lesson goi-video-cho-chau --step 4 \
      --size 1024x600 2>"$work/stderr")
    rc=$?
    err=$(cat "$work/stderr")
    [[ $rc -eq 0 ]] || fail "$display: exit $rc: $err"
    [[ $(grep -c . <<<"$err") -eq 1 ]] || fail "$display: not one line: $err"
    grep -q "^luyenso: renderer sdl (SDL [a-z0-9]*), because gl3: cannot create an OpenGL 3.2 core context: .*; gl2: OpenGL 1.1 .* is older than 2.1" <<<"$err" ||
      fail "$display: log: $err"
    [[ $(png_size "$work/old-$display.png") == 1024x600 ]] || fail "size $(png_size "$work/old-$display.png")"
  done
  # No OpenGL at all (SDL's dummy video driver has none): SDL's software renderer draws.
  SDL_VIDEODRIVER=dummy expect_rc 0 "$exe" --screenshot "$work/no-gl.png" --lesson goi-video-cho-chau --step 4 --size 1024x600
  grep -q "^luyenso: renderer sdl (SDL software), because gl3: cannot create the window: .*; gl2: " <<<"$err" ||
    fail "no GL: $err"
  [[ $(png_size "$work/no-gl.png") == 1024x600 ]] || fail "size $(png_size "$work/no-gl.png")"
  ;;
screenshot_xvfb)
  command -v xvfb-run >/dev/null || fail "xvfb-run is not installed (scripts/deps.sh --test installs it)"
  for step in 1 2 3 4 5 6 7; do
    expect_rc 0 xvfb-run -a -s "-screen 0 1920x1080x24" "$exe" --screenshot "$work/xvfb-step$step.png" --lesson goi-video-cho-chau --step "$step"
  done
  expect_rc 0 xvfb-run -a -s "-screen 0 1920x1080x24" "$exe" --screenshot "$work/xvfb-list.png"
  [[ $(png_size "$work/xvfb-list.png") == 1280x800 ]] || fail "size $(png_size "$work/xvfb-list.png")"
  ;;
*)
  fail "unknown case $case_name"
  ;;
esac
echo "ok: $case_name"
