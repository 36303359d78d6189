#!/usr/bin/env bash
# Measures the two figures docs/speed.md records:
#   cold: `cargo test` in a fresh clone (empty target dir; crates already
#         downloaded, as on CI, whose registry cache is warm after one run);
#   warm: `cargo test` again after touching one chapter.
# Usage: scripts/measure-speed.sh   (takes a few minutes)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
clone=$(mktemp -d)
trap 'rm -rf "$clone"' EXIT
git clone --quiet "$root" "$clone/book"
cd "$clone/book"
unset CARGO_TARGET_DIR BLESS
cargo fetch --quiet

millis() { # millis COMMAND...: runs it quietly, prints its wall time in ms
    local start
    start=$(date +%s%N)
    "$@" >"$clone/last.log" 2>&1 || { tail -n 60 "$clone/last.log" >&2; exit 1; }
    echo $((($(date +%s%N) - start) / 1000000))
}

cold=$(millis cargo test)
touch src/ch01-async-fn.md
warm=$(millis cargo test)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "toolchain: $(rustc --version)"
echo "commit: $(git rev-parse --short HEAD)"
echo "cold cargo test: $((cold / 1000)) s"
echo "warm cargo test after touching a chapter: $((warm / 1000)).$((warm % 1000 / 100)) s"
