#!/usr/bin/env bash
# Build time of two commits of the generator on the same content, alternating, so a change's cost can be
# told from the machine's noise (docs/benchmarks.md, "Reliability's cost"). Each commit is checked out in
# a temporary worktree and built in Release; every timed build starts from an empty output folder in tmpfs.
#
#   tests/DirectoryPortal.Bench/compare-commits.sh BEFORE AFTER CONTENT [RUNS]
#
# CONTENT is a content folder both commits accept (for example from the benchmark's `generate` mode, with
# its `languages:` line removed for a one-language site, and its `id:` lines removed for commits before ids).
set -euo pipefail
before=$1; after=$2; content=$(realpath "$3"); runs=${4:-7}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=${WORK:-/dev/shm/directoryportal-compare}; mkdir -p "$work"; times="$work/times.txt"
for c in "$before" "$after"; do
  [[ -d "$work/src-$c" ]] || git -C "$repo" worktree add -q --detach "$work/src-$c" "$c"
  dotnet build -c Release "$work/src-$c/generator" -v q -nologo >/dev/null
done
build() {
  rm -rf "$work/out-$1"
  DIRECTORYPORTAL_TEMPLATE_CACHE="$work/cache-$1" /usr/bin/time -f "$1 %e %U %S %M" -a -o "$times" \
    dotnet "$work/src-$1/generator/bin/Release/net10.0/directoryportal.dll" build --content "$content" \
      --theme "$work/src-$1/themes/default" --out "$work/out-$1" >/dev/null
}
build "$before"; build "$after"; : >"$times"   # untimed: files into the page cache, templates into each cache
for i in $(seq 1 "$runs"); do
  if (( i % 2 )); then build "$before"; build "$after"; else build "$after"; build "$before"; fi
  echo "run $i, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
for c in "$before" "$after"; do
  echo "$c wall s: $(grep "^$c " "$times" | awk '{print $2}' | sort -n | tr '\n' ' ')" \
       "| CPU s: $(grep "^$c " "$times" | awk '{printf "%.2f\n", $3+$4}' | sort -n | tr '\n' ' ')" \
       "| peak MB: $(grep "^$c " "$times" | awk '{printf "%d\n", $5/1024}' | sort -n | tail -1)"
done
for c in "$before" "$after"; do git -C "$repo" worktree remove --force "$work/src-$c"; done
