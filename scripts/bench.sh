#!/usr/bin/env bash
# Benchmarks: builds Luyện Số in Release (build-bench/) and prints figures against the
# targets of docs/performance.md, with headless Chromium rendering the same lesson screen
# for comparison. It prints figures and never fails because the machine is slow.
# Usage: bash scripts/bench.sh         (JOBS=N for the build's parallelism; RUNS=N timings)
# Installs what it needs and is missing (hyperfine, chromium, time, xvfb) with apt-get;
# the normal test command (scripts/test.sh) never installs these.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build-bench
runs=${RUNS:-15}

# [SECTION] what the benchmarks need
scripts/deps.sh --test
bench_packages=(hyperfine chromium time xvfb xauth)
missing=()
for p in "${bench_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing for the benchmarks: ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLUYENSO_BUILD_TESTS=OFF -DLUYENSO_BENCH=ON >/dev/null
cmake --build "$build" --target luyenso frame_bench proc_sample report_bench -j "${JOBS:-$(nproc)}" | tail -1

# From here on a failed measurement prints "nan" or "n/a"; the run goes on.
set +e
tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# One X server for the runs that need a display (as a desktop has one already running).
exec 3>"$tmp/display"
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 50); do [[ -s "$tmp/display" ]] && break; sleep 0.1; done
display=:$(cat "$tmp/display")

exe=$build/luyenso
page=$root/bench/chromium/lesson-step4.html
shot_args=(--screenshot "$tmp/ours.png" --lesson goi-video-cho-chau --step 4 --size 1280x800)
chromium_dir=$tmp/chromium-profile
chromium_cmd=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync "--user-data-dir=$chromium_dir"
  --window-size=1280,800 "--screenshot=$tmp/chromium.png" "file://$page")
quoted() { printf '%q ' "$@"; }

# Mean and standard deviation in ms of a command, by hyperfine (a fresh Chromium profile
# before each run: what a first start costs, as the brief asks).
time_ms() { # NAME PREPARE COMMAND
  hyperfine --style none --warmup 2 --runs "$runs" --prepare "$2" --export-csv "$tmp/$1.csv" "$3" >/dev/null 2>&1 ||
    { echo "nan nan"; return; }
  # command,mean,stddev,median,user,system,min,max (the command may hold commas itself)
  awk -F, 'NR == 2 {printf "%.0f %.0f\n", $(NF - 6) * 1000, $(NF - 5) * 1000}' "$tmp/$1.csv"
}
# Peak PSS (kB) of the whole process tree, the highest of three runs.
peak_pss_kb() { # PREPARE COMMAND...
  local prepare=$1 best=0 kb
  shift
  for _ in 1 2 3; do
    bash -c "$prepare"
    kb=$("$build/bench/proc_sample" --match "$tmp" -- "$@" 2>/dev/null | sed -n 's/.*peak_pss_kb=\([0-9]*\).*/\1/p')
    ((${kb:-0} > best)) && best=$kb
  done
  echo "$best"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.1f", a / b; else printf "n/a" }'; }
verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN {
  if (v == "" || v == "nan" || v == "n/a") { print "not measured"; exit }
  ok = dir == "<" ? v + 0 < t + 0 : v + 0 >= t + 0; print ok ? "met" : "MISSED" }'; }

echo
echo "== Machine"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
gl=$(SDL_VIDEODRIVER=offscreen "$exe" "${shot_args[@]}" | sed -n 's/^wrote [^ ]* (\(.*\))$/\1/p')
chromium_version=$(chromium --version 2>/dev/null | head -1)
echo "date: $(date -u +%Y-%m-%d)  nproc: $(nproc)  cpu: $cpu  memory: $mem"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every figure)"
echo "luyenso: $("$exe" --version), Release, GL: $gl"
echo "comparison: $chromium_version"

# Start to first frame exactly: frame_bench (the app's path: catalog, window, fonts,
# shell) prints when its first frame is finished, counted from just before it started.
first_frame_ms() { # ENV=VALUE...: the median of 11 runs
  for _ in $(seq 11); do
    env "$@" LUYENSO_BENCH_T0_NS="$(date +%s%N)" "$build/bench/frame_bench" --frames 1 --warmup 0 |
      sed -n 's/^start_to_first_frame_ms=//p'
  done | sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%.0f\n", v[int((NR + 1) / 2)]; else print "nan" }'
}

echo
echo "== Start to first frame (process start to the first frame finished; median of 11)"
first_off=$(first_frame_ms SDL_VIDEODRIVER=offscreen)
first_xvfb=$(first_frame_ms DISPLAY="$display")
echo "offscreen EGL:      ${first_off} ms"
echo "X11 window (Xvfb):  ${first_xvfb} ms"

echo
echo "== Start to screenshot (luyenso --screenshot, end to end: start, 3 frames, PNG written, exit)"
read -r ours_ms ours_sd < <(time_ms ours-offscreen "true" "SDL_VIDEODRIVER=offscreen $(quoted "$exe" "${shot_args[@]}")")
read -r xvfb_ms xvfb_sd < <(time_ms ours-xvfb "true" "DISPLAY=$display $(quoted "$exe" "${shot_args[@]}")")
read -r chromium_ms chromium_sd < <(time_ms chromium "rm -rf $(quoted "$chromium_dir")" "$(quoted "${chromium_cmd[@]}")")
echo "luyenso (offscreen EGL):      ${ours_ms} ms ± ${ours_sd}"
echo "luyenso (X11 window, Xvfb):   ${xvfb_ms} ms ± ${xvfb_sd}"
echo "chromium --headless:          ${chromium_ms} ms ± ${chromium_sd}"

echo
echo "== Lesson screen frame time (goi-video-cho-chau step 4, 1280x800; ImGui + GL + glFinish)"
# An animation frame (the target's ring pulsing: only what moved is repainted) and, for
# comparison, the same frames repainted in full (LUYENSO_FULL_REDRAW=1: what a screen
# change costs, and what every frame cost before partial repaints).
DISPLAY=$display "$build/bench/frame_bench" --frames 300 --pointing >"$tmp/frame-xvfb.txt"
SDL_VIDEODRIVER=offscreen "$build/bench/frame_bench" --frames 300 --pointing >"$tmp/frame-offscreen.txt"
DISPLAY=$display LUYENSO_FULL_REDRAW=1 "$build/bench/frame_bench" --frames 300 --pointing >"$tmp/frame-full.txt"
echo "X11 window (Xvfb), animation:"
sed 's/^/  /' "$tmp/frame-xvfb.txt"
echo "offscreen EGL, animation:"
sed 's/^/  /' "$tmp/frame-offscreen.txt"
echo "X11 window (Xvfb), every frame repainted in full:"
sed 's/^/  /' "$tmp/frame-full.txt"
# "MEAN P95" (ms) from frame_bench's last line in FILE.
frame_figures() { tail -1 "$1" | sed -n 's/.*mean=\([0-9.]*\).*p95=\([0-9.]*\).*/\1 \2/p'; }
read -r frame_mean frame_p95 < <(frame_figures "$tmp/frame-xvfb.txt")
read -r full_mean full_p95 < <(frame_figures "$tmp/frame-full.txt")

echo
echo "== SDL_Renderer (LUYENSO_RENDERER=sdl: the path that needs no OpenGL driver; every frame repainted in full)"
# SDL's own choice here is its OpenGL renderer; SDL_RENDER_DRIVER=software is what a PC
# without any usable driver gets (Windows has Direct3D instead, not measured here).
first_sdl=$(first_frame_ms DISPLAY="$display" LUYENSO_RENDERER=sdl)
first_sdl_soft=$(first_frame_ms DISPLAY="$display" LUYENSO_RENDERER=sdl SDL_RENDER_DRIVER=software)
echo "start to first frame, Xvfb: SDL opengl ${first_sdl} ms, SDL software ${first_sdl_soft} ms"
DISPLAY=$display LUYENSO_RENDERER=sdl "$build/bench/frame_bench" --frames 300 --pointing >"$tmp/frame-sdl.txt"
DISPLAY=$display LUYENSO_RENDERER=sdl SDL_RENDER_DRIVER=software "$build/bench/frame_bench" --frames 300 --pointing \
  >"$tmp/frame-sdl-soft.txt"
echo "X11 window (Xvfb), SDL opengl:"
sed 's/^/  /' "$tmp/frame-sdl.txt"
echo "X11 window (Xvfb), SDL software:"
sed 's/^/  /' "$tmp/frame-sdl-soft.txt"
read -r sdl_mean sdl_p95 < <(frame_figures "$tmp/frame-sdl.txt")
read -r soft_mean soft_p95 < <(frame_figures "$tmp/frame-sdl-soft.txt")

echo
echo "== Idle CPU with the window open (luyenso --lesson goi-video-cho-chau under Xvfb, 10 s)"
DISPLAY=$display "$exe" --lesson goi-video-cho-chau >/dev/null 2>&1 &
app_pid=$!
sleep 3
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
t0=$(cpu_ticks "$app_pid")
sleep 10
t1=$(cpu_ticks "$app_pid")
kill "$app_pid" 2>/dev/null
wait "$app_pid" 2>/dev/null || true
idle_pct=$(awk -v a="$t0" -v b="$t1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz / 10 * 100 }')
echo "idle: ${idle_pct} % of one core ($((t1 - t0)) ticks of 1/$(getconf CLK_TCK) s in 10 s)"

echo
echo "== luyenso check (all built-in lessons)"
lessons=$("$exe" check 2>/dev/null | tail -1)
read -r check_ms check_sd < <(time_ms check "true" "$(quoted "$exe") check")
echo "check: ${check_ms} ms ± ${check_sd} ($lessons)"

echo
echo "== Report on a large progress store (10 000 learners x 30 lessons of attempts)"
# bench/report_bench fills the store once (about a minute and a half, 216 MB, kept in
# build-bench/report-store for later runs) and times the dashboard and each report format;
# then the real command, luyenso report --format csv, is timed on it end to end.
store=$build/report-store
mkdir -p "$store"
"$build/bench/report_bench" --dir "$store" 2>/dev/null | grep -v '^  filled' | sed 's/^/  /'
read -r report_ms report_sd < <(time_ms report "true" \
  "$(quoted "$exe") report --format csv --data-dir $(quoted "$store") --out $(quoted "$tmp/report.csv")")
echo "luyenso report --format csv (end to end): ${report_ms} ms ± ${report_sd}"

echo
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== Peak memory"
maxrss_kb=$( { SDL_VIDEODRIVER=offscreen /usr/bin/time -v "$exe" "${shot_args[@]}" >/dev/null; } 2>&1 |
  sed -n 's/.*Maximum resident set size (kbytes): //p')
ours_pss=$(SDL_VIDEODRIVER=offscreen peak_pss_kb true "$exe" "${shot_args[@]}")
xvfb_pss=$(DISPLAY=$display peak_pss_kb true "$exe" "${shot_args[@]}")
chromium_pss=$(peak_pss_kb "rm -rf $(quoted "$chromium_dir")" "${chromium_cmd[@]}")
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
echo "luyenso --screenshot (offscreen): max RSS $(mb "$maxrss_kb") MB (/usr/bin/time -v), peak PSS $(mb "$ours_pss") MB"
echo "luyenso --screenshot (Xvfb):      peak PSS $(mb "$xvfb_pss") MB"
echo "chromium --headless:              peak PSS $(mb "$chromium_pss") MB, all its processes"

time_ratio=$(ratio "$chromium_ms" "$ours_ms")
mem_ratio=$(ratio "$chromium_pss" "$ours_pss")
peak_mb=$(mb "$(( maxrss_kb > ours_pss ? maxrss_kb : ours_pss ))")
summary=$build/bench-results.md
{
  echo "| measure | result | target | verdict |"
  echo "|---|---|---|---|"
  echo "| start to first frame, X11 window (Xvfb) | ${first_xvfb} ms | < 300 ms | $(verdict "$first_xvfb" 300 "<") |"
  echo "| start to first frame, offscreen | ${first_off} ms | < 300 ms | $(verdict "$first_off" 300 "<") |"
  echo "| start to screenshot written (\`--screenshot\`, offscreen / Xvfb) | ${ours_ms} ± ${ours_sd} / ${xvfb_ms} ± ${xvfb_sd} ms | — | — |"
  echo "| lesson frame, animation (step 4, 1280x800, mean / p95) | ${frame_mean} / ${frame_p95} ms | < 16 ms | $(verdict "$frame_p95" 16 "<") |"
  echo "| lesson frame repainted in full (screen change; mean / p95) | ${full_mean} / ${full_p95} ms | < 16 ms | $(verdict "$full_p95" 16 "<") |"
  echo "| SDL_Renderer (\`LUYENSO_RENDERER=sdl\`, Xvfb): start to first frame, opengl / software | ${first_sdl} / ${first_sdl_soft} ms | < 300 ms | $(verdict "$first_sdl_soft" 300 "<") |"
  echo "| SDL_Renderer: lesson frame in full, opengl (mean / p95) | ${sdl_mean} / ${sdl_p95} ms | < 16 ms | $(verdict "$sdl_p95" 16 "<") |"
  echo "| SDL_Renderer: lesson frame in full, software (mean / p95) | ${soft_mean} / ${soft_p95} ms | < 16 ms | $(verdict "$soft_p95" 16 "<") |"
  echo "| idle CPU, window open | ${idle_pct} % of a core | < 1 % | $(verdict "$idle_pct" 1 "<") |"
  echo "| \`luyenso check\`, all lessons (${lessons%% checked*}) | ${check_ms} ms ± ${check_sd} | < 1000 ms | $(verdict "$check_ms" 1000 "<") |"
  echo "| \`luyenso report --format csv\`, 10 000 learners x 30 lessons | ${report_ms} ms ± ${report_sd} | < 1000 ms | $(verdict "$report_ms" 1000 "<") |"
  echo "| peak memory (max of RSS and PSS, screenshot run) | ${peak_mb} MB | < 150 MB | $(verdict "$peak_mb" 150 "<") |"
  echo "| Chromium start to screenshot / ours | ${chromium_ms} / ${ours_ms} ms = ${time_ratio}x | ≥ 3x | $(verdict "$time_ratio" 3 ">=") |"
  echo "| Chromium total PSS / ours | $(mb "$chromium_pss") / $(mb "$ours_pss") MB = ${mem_ratio}x | ≥ 4x | $(verdict "$mem_ratio" 4 ">=") |"
} >"$summary"
echo
echo "== Summary (also in ${summary#$root/})"
cat "$summary"
