#!/usr/bin/env bash
# Breaks a scratch copy of the book in each way the tests must catch, runs
# the test that should catch it, and checks that it fails with a message
# naming the broken file. Prints that message. docs/failure-modes.md records
# a run. Not part of `cargo test`: each case rebuilds the test package.
#
#   scripts/show-failures.sh            # every case
#   scripts/show-failures.sh anchor     # the cases whose name contains "anchor"
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# One target dir for every case (and kept between runs), so only the
# book-tests package rebuilds.
export CARGO_TARGET_DIR="$root/target/show-failures"
# Files the cases broke, kept beside the builds made from them (see case_).
edited="$CARGO_TARGET_DIR/files-broken-by-last-case"
# The copy each case breaks, always at the same path: test binaries keep
# the path they were built from (CARGO_MANIFEST_DIR), and cargo does not
# rebuild one that only moved, so a copy elsewhere would be tested from a
# path that no longer exists.
book="$CARGO_TARGET_DIR/book"
mkdir -p "$CARGO_TARGET_DIR"
unset BLESS
export RUST_BACKTRACE=0 # the messages, not the build scripts' stacks
failed=0

# case NAME EXPECTED-TEXT TEST-COMMAND -- EDIT-COMMAND...
case_() {
    local name=$1 expected=$2 test=$3
    shift 4
    [[ -z ${only:-} || $name == *"$only"* ]] || return 0
    rm -rf "$book" && mkdir "$book"
    (cd "$root" && git ls-files -z | xargs -0 tar -c) | tar -x -C "$book"
    # The copy has the repository's file times, older than what the last
    # case built from its broken files: make cargo see those files change.
    if [[ -s $edited ]]; then
        (cd "$book" && xargs touch <"$edited")
        : >"$edited"
    fi
    (cd "$book" && "$@")
    local log="$scratch/$name.log" passed=0
    (cd "$book" && $test) >"$log" 2>&1 && passed=1
    sed -i 's/\x1b\[[0-9;]*m//g' "$log" # trybuild colours its output
    if ((passed)); then
        echo "FAIL $name: \`$test\` passed on broken input"
        failed=1
    elif ! grep -qF -- "$expected" "$log"; then
        echo "FAIL $name: \`$test\` failed, but its output does not say: $expected"
        tail -n 30 "$log" | sed 's/^/    /'
        failed=1
    else
        echo "ok   $name: \`$test\` fails and says:"
        grep -F -B2 -A3 -- "$expected" "$log" | head -n 10 | sed 's/^/    /'
    fi
}

edit() { # edit FILE PYTHON-EXPRESSION-OVER-s
    echo "$1" >>"$edited"
    python3 - "$1" "$2" <<'EOF'
import re, sys
path, expr = sys.argv[1], sys.argv[2]
s = open(path).read()
t = eval(expr)
assert t != s, f"edit changed nothing in {path}"
open(path, "w").write(t)
EOF
}

only=${1:-}
ch=src/ch01-async-fn.md
line_of() { grep -nF -- "$1" "$root/$ch" | head -n 1 | cut -d: -f1; }

case_ include-path "$ch:$(line_of ch01-fetch-rows.stdout): cannot read the included file \`../listings/examples/ch01-fetch-dat.stdout\`" \
    "cargo test --test book" -- \
    edit $ch 's.replace("ch01-fetch-rows.stdout", "ch01-fetch-dat.stdout")'

case_ missing-anchor "$ch:$(line_of :fetch_rows}}): \`../listings/examples/ch01-fetch-rows.rs\` has no \`// ANCHOR: fetch\`" \
    "cargo test --test book" -- \
    edit $ch 's.replace(":fetch_rows}}", ":fetch}}")'

case_ seconds-included-whole "$ch:$(line_of ch01-fetch-rows.seconds): include line 1 of \`../listings/examples/ch01-fetch-rows.seconds\`" \
    "cargo test --test book" -- \
    edit $ch 's.replace("ch01-fetch-rows.seconds:1}}", "ch01-fetch-rows.seconds}}")'

case_ listing-no-longer-compiles "--> listings/examples/ch01-fetch-rows.rs:" \
    "cargo test --test listings" -- \
    edit listings/examples/ch01-fetch-rows.rs 's.replace("tokio::time::sleep(", "tokio::time::slep(")'

case_ block-fails-as-2021 "---- ch01_async_fn_sect_an_returns_a_future_line_" \
    "cargo test --test skeptic" -- \
    edit $ch 's.replace("```rust,edition2024", "```rust")'

case_ edition2024-without-reason "$ch:$(($(line_of '```rust,edition2024') - 1)): a Rust block marked edition2024 must have" \
    "cargo test --test book" -- \
    edit $ch 's.replace(s[s.index("<!-- edition 2024 only:"):s.index("```rust,edition2024")], "")'

case_ inline-rust-block "$ch:$(($(line_of '## Polling') + 2)): a Rust block must show a listing" \
    "cargo test --test book" -- \
    edit $ch 's.replace("## Polling\n", "## Polling\n\n```rust\nfn main() {}\n```\n")'

case_ listing-output-changed "listings/examples/ch01-fetch-rows.rs's stdout differs from listings/examples/ch01-fetch-rows.stdout" \
    "cargo test --test listings" -- \
    edit listings/examples/ch01-fetch-rows.rs 's.replace("main: got {rows}", "main: received {rows}")'

case_ panic-message-changed "listings/examples/ch01-no-runtime.rs's stderr differs" \
    "cargo test --test listings" -- \
    edit listings/examples/ch01-no-runtime.stderr 's.replace("no reactor running", "no runtime running")'

case_ duration-claim "listings/examples/ch01-fetch-rows.rs: took" \
    "cargo test --test listings" -- \
    edit listings/examples/ch01-fetch-rows.seconds '"4\nnot 8\n"'

# The same lines, printed as slowly as the outcome the chapter rules out.
case_ slowed-to-its-alternative "listings/examples/ch07-concurrent.rs: took" \
    "cargo test --test listings" -- \
    edit listings/examples/ch07-concurrent.rs 's.replace("    println!(\"main: got {first} and {second}\");", "    std::thread::sleep(Duration::from_secs(2));\n    println!(\"main: got {first} and {second}\");")'

case_ seconds-without-alternative "listings/examples/ch07-concurrent.seconds: line 2 must name the outcome the lesson rules out" \
    "cargo test --test listings" -- \
    edit listings/examples/ch07-concurrent.seconds '"2\n"'

# A sleep changed so that the output stays the same and the duration stays
# within its claim (5 s, not 1; 6 s is allowed), but the lines move in time:
# only the figure drawn from the events catches it.
case_ timeline-moved "figure listings/timelines/ch17-lock-vs-mutex.svg: event 7 of listings/examples/ch17-tokio-mutex.events, \`task 1: released\`, came 1.2" \
    "env CHAPTER=ch17 cargo test --test listings" -- \
    edit listings/examples/ch17-tokio-mutex.rs 's.replace("sleep(Duration::from_secs(1)).await; // still holding", "sleep(Duration::from_millis(1200)).await; // still holding")'

case_ figure-not-redrawn "the figure drawn from listings/timelines/ch12-joinset.txt differs from listings/timelines/ch12-joinset.svg" \
    "env CHAPTER=ch12 cargo test --test listings" -- \
    edit listings/timelines/ch12-joinset.svg 's.replace(">0 s<", ">0.0 s<", 1)'

case_ figure-not-shown "listings/timelines/ch12-joinset.svg: no chapter shows it" \
    "cargo test --test book" -- \
    edit src/ch12-joinset.md 's.replace("{{#include ../listings/timelines/ch12-joinset.svg}}\n\n", "")'

case_ figure-fixed-colour "src/diagrams/ch16-poll-wake.svg: uses the fixed colour \`black\`" \
    "cargo test --test book" -- \
    edit src/diagrams/ch16-poll-wake.svg 's.replace("currentColor", "black", 1)'

case_ ratio-below-claim "listings/ratios/ch28-spawn.ratio: the book claims at least 1000 times, and the ratio of this run is" \
    "env CHAPTER=ch28-spawn cargo test --test how_fast" -- \
    edit listings/ratios/ch28-spawn.ratio 's.replace("5\n", "1000\n", 1)'

case_ benchmark-label-changed "listings/python/ch28-spawn.py: its labels or units differ from listings/python/ch28-spawn.measured" \
    "env CHAPTER=ch28-spawn cargo test --test how_fast" -- \
    edit listings/python/ch28-spawn.py 's.replace("spawned and awaited", "spawned", 1)'

case_ address-not-local "listings/examples/ch23-echo.rs:43: \`127.0.0.1:7878\`: bind \"127.0.0.1:0\"" \
    "env CHAPTER=ch23-echo cargo test --test listings" -- \
    edit listings/examples/ch23-echo.rs 's.replace("127.0.0.1:0", "127.0.0.1:7878", 1)'

case_ not-rustfmt-clean "these listings are not formatted as \`rustfmt --edition 2024\` would" \
    "cargo test --test listings" -- \
    edit listings/examples/ch01-fetch-rows.rs 's.replace("let future = fetch_rows();", "let future=fetch_rows();")'

case_ old-python-under-ci "python3 is 3.8, and the snippets need 3.11 or newer (CI is set, so this fails)" \
    "env CI=true PATH=$scratch/old-python:$PATH cargo test --test listings" -- \
    bash -c "mkdir -p $scratch/old-python && printf '#!/bin/sh\necho 3.8\n' >$scratch/old-python/python3 && chmod +x $scratch/old-python/python3"

case_ scaffolding-drifted "listings/examples/ch09-abort.rs: DropNotice differs from docs/style.md's" \
    "cargo test --test listings" -- \
    edit listings/examples/ch09-abort.rs 's.replace("dropped before it finished", "dropped before it ended", 1)'

case_ compiler-message-changed "test compile-fail/ch01-forgot-await.rs ... mismatch" \
    "cargo test --test compile_fail" -- \
    edit listings/compile-fail/ch01-forgot-await.stderr 's.replace("futures do nothing", "futures do little")'

case_ unknown-book-toml-key "unknown field \`additional-csss\`" \
    "cargo test --test book" -- \
    edit book.toml 's.replace("additional-css", "additional-csss")'

case_ untested-python-block "$ch:$(($(line_of ch01-fetch-rows.py) - 1)): a Python block must show" \
    "cargo test --test book" -- \
    edit $ch 's.replace("{{#include ../listings/python/ch01-fetch-rows.py}}", "print(42)")'

case_ broken-link "src/ch14-core-calls.md:$(grep -nF '(ch12-joinset.md)' "$root/src/ch14-core-calls.md" | cut -d: -f1): links to ch12-joinsets.html, a page the book does not have" \
    "cargo test --test book" -- \
    edit src/ch14-core-calls.md 's.replace("(ch12-joinset.md)", "(ch12-joinsets.md)")'

case_ broken-heading-link "links to ch13-timeouts.html#what-happens-to-timed-out-work, but that page has no heading" \
    "cargo test --test book" -- \
    edit src/ch14-core-calls.md 's.replace("(ch13-timeouts.md)", "(ch13-timeouts.md#what-happens-to-timed-out-work)", 1)'

case_ sigint-output-changed "listings/examples/ch32-shutdown.rs's stdout after SIGINT differs from listings/examples/ch32-shutdown.sigint.stdout" \
    "cargo test --test signals" -- \
    edit listings/examples/ch32-shutdown.sigint.stdout 's.replace("(Ctrl-C)", "(the timer)")'

case_ sigint-status "listings/examples/ch32-shutdown.rs: after SIGINT it exited with status \`1\`, but listings/examples/ch32-shutdown.sigint says \`status: 0\`" \
    "cargo test --test signals" -- \
    edit listings/examples/ch32-shutdown.sigint 's.replace("status: 1", "status: 0")'

case_ sigint-too-late "listings/examples/ch32-ctrl-c.rs: the signal came too late" \
    "cargo test --test signals" -- \
    edit listings/examples/ch32-ctrl-c.sigint 's.replace("after: work: step 1 of 5 done", "after: main: stopping (timer)")'

case_ noplayground-without-reason "src/ch33-testing.md:$(($(grep -nF '```rust,noplayground' "$root/src/ch33-testing.md" | head -n 1 | cut -d: -f1) - 1)): a Rust block marked noplayground must have" \
    "cargo test --test book" -- \
    edit src/ch33-testing.md 're.sub(r"<!-- noplayground:[^\n]*\n", "", s, count=1)'

case_ test-on-the-wrong-clock "panicked at listings/tests/ch33-paused-clock.rs:" \
    "cargo test -p listings --test ch33-paused-clock" -- \
    edit listings/tests/ch33-paused-clock.rs 's.replace("stored_at: Instant,", "stored_at: std::time::Instant,").replace("let stored_at = Instant::now();", "let stored_at = std::time::Instant::now();")'

# The browser test (tests/browser.rs) opens the rendered book in Chromium;
# each case checks one chapter's page.
page=src/ch07-sequential-awaits.md
case_ run-button-sends-part "ch07-sequential-awaits.html, Rust block 3 ($page:$(($(grep -nF 'ch07-create-then-await.rs:main' "$root/$page" | cut -d: -f1) - 1)), listings/examples/ch07-create-then-await.rs): the Run button sends another program than the listing" \
    "env CHAPTER=ch07 cargo test --features browser --test browser every_page" -- \
    edit $page 's.replace("{{#rustdoc_include ../listings/examples/ch07-create-then-await.rs:main}}", "{{#include ../listings/examples/ch07-create-then-await.rs:main}}")'

case_ uncaught-exception "ch07-sequential-awaits.html: uncaught exception at" \
    "env CHAPTER=ch07 cargo test --features browser --test browser every_page" -- \
    edit $page 's.replace("## What to remember", "<script>show_the_answer();</script>\n\n## What to remember")'

case_ console-error-logged "ch07-sequential-awaits.html: console.error: the page went wrong" \
    "env CHAPTER=ch07 cargo test --features browser --test browser every_page" -- \
    edit $page 's.replace("## What to remember", "<script>console.error(\"the page went wrong\");</script>\n\n## What to remember")'

case_ too-wide-at-400-px "ch07-sequential-awaits.html at 400 px: <div> \"a line too wide for a phone\" reaches past the right edge, to" \
    "env CHAPTER=ch07 cargo test --features browser --test browser at_400_px" -- \
    edit $page 's.replace("## What to remember", "<div style=\"width: 600px\">a line too wide for a phone</div>\n\n## What to remember")'

case_ low-contrast "ch07-sequential-awaits.html in the light theme: a callout's label \"Coming from asyncio\" is rgb(108, 182, 230) on rgb(241, 246, 249), a contrast of 2.04:1" \
    "env CHAPTER=ch07 cargo test --features browser --test browser every_theme" -- \
    edit theme/asyncio.css 's.replace("color: #1f4e79;", "color: #6cb6e6;")'

# A figure that is on the page but not drawn: no other test looks.
case_ figure-not-drawn "ch07-sequential-awaits.html: the figure listings/timelines/ch07-sequential-vs-concurrent.svg (title id timeline-ch07-sequential-vs-concurrent-title) is not shown: hidden" \
    "env CHAPTER=ch07 cargo test --features browser --test browser every_page" -- \
    edit listings/timelines/ch07-sequential-vs-concurrent.svg 's.replace("<svg ", "<svg display=\"none\" ", 1)'

case_ chapter-missing 'failed to read chapter `ch01-async-fn.md`' \
    "cargo test --test book" -- \
    rm $ch

exit $failed
