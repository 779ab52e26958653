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
  expect_rc 0 "$exe" check "$src/lessons"
  grep -q "^ok .*goi-video-cho-chau" <<<"$out" || fail "lesson not named: $out"
  grep -q "0 with errors" <<<"$out" || fail "summary: $out"
  expect_rc 0 "$exe" check   # the built-in lessons by default
  ;;
check_broken)
  expect_rc 1 "$exe" check "$src/tests/fixtures" "$src/lessons"
  grep -q "^ok .*goi-video-cho-chau" <<<"$out" || fail "a broken lesson stopped the good one: $out"
  grep -Eq "^$src/tests/fixtures/[^:]+\.json:[0-9]+:[0-9]+: error: " <<<"$err" || fail "no FILE:LINE:COL errors: $err"
  ;;
check_missing)
  expect_rc 1 "$exe" check "$work/no-such-lesson.json"
  grep -q "no-such-lesson.json: error: no such file or folder" <<<"$err" || fail "$err"
  ;;
usage)
  expect_rc 0 "$exe" --help
  grep -q "luyenso check" <<<"$out" || fail "help: $out"
  expect_rc 0 "$exe" --version
  grep -Eq "^luyenso [0-9]+\.[0-9]+\.[0-9]+$" <<<"$out" || fail "version: $out"
  expect_rc 1 "$exe" --frobnicate
  [[ "$err" == "luyenso: unknown option '--frobnicate' (see luyenso --help)" ]] || fail "$err"
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
  "bank": "Ngân hàng (BIN 970416)",
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
  [[ "$err" == "luyenso: cannot write '$work/no-such-folder/x.png'" ]] || fail "$err"
  expect_rc 1 "$exe" qr
  [[ "$err" == "luyenso: qr needs 'decode PAYLOAD' or 'make ...' (see luyenso --help)" ]] || fail "$err"
  ;;
screenshot_offscreen)
  rm -f "$work/step4.png"
  SDL_VIDEODRIVER=offscreen expect_rc 0 "$exe" --screenshot "$work/step4.png" --lesson goi-video-cho-chau --step 4 --size 1280x800
  [[ $(png_size "$work/step4.png") == 1280x800 ]] || fail "size $(png_size "$work/step4.png")"
  ;;
screenshot_gl2)
  SDL_VIDEODRIVER=offscreen LUYENSO_GL=2 expect_rc 0 "$exe" --screenshot "$work/gl2.png" --lesson goi-video-cho-chau --step 6 --size 1024x600
  grep -q "GL2" <<<"$out" || fail "not GL2: $out"
  [[ $(png_size "$work/gl2.png") == 1024x600 ]] || fail "size $(png_size "$work/gl2.png")"
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
