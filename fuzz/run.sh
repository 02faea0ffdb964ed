#!/usr/bin/env bash
# Coverage-guided fuzzing of every Parley reader: SharpFuzz instruments Parley's assemblies and
# the readers' parsers, AFL++ (Debian's afl++) drives each target for a bounded time.
#
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET…]     default 60 s, every target
#
# Fails (exit 1) if any target records a crash (an unhandled exception) or a hang; prints, per
# target, executions, corpus size and AFL's edge coverage. Findings stay in $PARLEY_FUZZ_WORK
# (default /tmp/parley-fuzz) for `dotnet fuzz/…/Parley.Fuzz.dll TARGET FILE` to replay.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
work=${PARLEY_FUZZ_WORK:-/tmp/parley-fuzz}
out="$work/bin"

if ! command -v afl-fuzz >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
rm -rf "$work" && mkdir -p "$work"
dotnet tool restore >/dev/null
dotnet publish fuzz/Parley.Fuzz -c Release -o "$out" -v q --nologo >/dev/null
# Instrument Parley's own readers and the parsers they stand on (YAML, CSV).
for assembly in Parley.Core Parley.Analysis Parley.Events YamlDotNet Sep; do
    dotnet tool run sharpfuzz "$out/$assembly.dll" >/dev/null
done

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(dotnet "$out/Parley.Fuzz.dll" --list)

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_AFFINITY=1 AFL_QUIET=1
# A reader that grows without bound fails with OutOfMemoryException, which AFL records as a crash.
export DOTNET_GCHeapHardLimit=0x20000000
failed=0
printf '%-16s %10s %8s %8s %8s %7s\n' target executions corpus coverage crashes hangs
for target in "${targets[@]}"; do
    dir="$work/$target"
    # -t: a hang is an input that takes over 5 s (generous: start-up is amortised by the fork server).
    timeout $((seconds + 60)) afl-fuzz -i "fuzz/corpus/$target" -o "$dir" -V "$seconds" -t 5000 -m none -s "${PARLEY_FUZZ_SEED:-1}" \
        -- dotnet "$out/Parley.Fuzz.dll" "$target" >"$dir.log" 2>&1 || true
    stats="$dir/default/fuzzer_stats"
    if [ ! -f "$stats" ]; then
        echo "$target: afl-fuzz did not run; its log:"; tail -n 20 "$dir.log"; failed=1; continue
    fi
    get() { awk -F' *: *' -v k="$1" '$1==k {print $2}' "$stats"; }
    crashes=$(get saved_crashes); hangs=$(get saved_hangs)
    printf '%-16s %10s %8s %8s %8s %7s\n' "$target" "$(get execs_done)" "$(get corpus_count)" "$(get bitmap_cvg)" "$crashes" "$hangs"
    if [ "${crashes:-0}" != 0 ] || [ "${hangs:-0}" != 0 ]; then
        failed=1
        ls "$dir/default/crashes" "$dir/default/hangs" 2>/dev/null | head -n 10
    fi
done
exit $failed
