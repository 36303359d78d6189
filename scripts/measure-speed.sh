#!/usr/bin/env bash
# Measures the figures docs/speed.md records:
#   cold:    `cargo test` in a fresh clone (empty target dir; crates already
#            downloaded, as on CI, whose registry cache is warm after one run);
#   warm:    `cargo test` again after touching one chapter;
#   chapter: `CHAPTER=ch07 cargo test` after touching chapter 7, once the
#            first CHAPTER=ch07 run has built what it needs;
#   browser: `cargo test --features browser --test browser`, the README's second
#            command (if Chromium is installed).
#   With --empty-cargo-cache, cold starts from an empty CARGO_HOME, so it
#   also downloads every crate, as a reader's first `cargo test` does.
# Usage: scripts/measure-speed.sh [--empty-cargo-cache]   (a few minutes)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
clone=$(mktemp -d)
trap 'rm -rf "$clone"' EXIT
git clone --quiet "$root" "$clone/book"
cd "$clone/book"
unset CARGO_TARGET_DIR BLESS CHAPTER
if [[ ${1:-} == --empty-cargo-cache ]]; then
    export CARGO_HOME="$clone/cargo-home"
    cache="an empty cargo cache"
else
    cargo fetch --quiet
    cache="crates already downloaded"
fi

millis() { # millis COMMAND...: runs it quietly, prints its wall time in ms
    local start
    start=$(date +%s%N)
    "$@" >"$clone/last.log" 2>&1 || { tail -n 60 "$clone/last.log" >&2; exit 1; }
    echo $((($(date +%s%N) - start) / 1000000))
}
seconds() { echo "$(($1 / 1000)).$(($1 % 1000 / 100)) s"; }

cold=$(millis cargo test)
touch src/ch01-async-fn.md
warm=$(millis cargo test)
CHAPTER=ch07 millis cargo test >/dev/null # builds the one-chapter tests
touch src/ch07-sequential-awaits.md
chapter=$(CHAPTER=ch07 millis cargo test)
browser=$(millis cargo test --features browser --test browser)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "toolchain: $(rustc --version)"
echo "commit: $(git rev-parse --short HEAD)"
echo "cold cargo test ($cache): $((cold / 1000)) s"
echo "warm cargo test after touching a chapter: $(seconds "$warm")"
echo "CHAPTER=ch07 cargo test after touching chapter 7: $(seconds "$chapter")"
echo "cargo test --features browser --test browser: $(seconds "$browser")"
