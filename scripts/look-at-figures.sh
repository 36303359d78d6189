#!/usr/bin/env bash
# Renders the book in the light and navy themes and takes a screenshot of
# every figure (measured timelines and drawn diagrams) at 1280 px and 400 px
# wide in headless Chromium, so that a person can look at them.
#
#   bash scripts/look-at-figures.sh [OUT_DIR] [PAGE_PREFIX]
#
# Needs mdbook 0.5.4 and Debian's chromium. Writes OUT_DIR/THEME-WIDTH-PAGE-N.png.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/figures}
prefix=${2:-}
mkdir -p "$out"
for theme in light navy; do
    book="$out/book-$theme"
    rm -rf "$book"
    MDBOOK_OUTPUT__HTML__DEFAULT_THEME=$theme mdbook build -d "$book" >/dev/null 2>&1
    for page in "$book"/"$prefix"*.html; do
        [[ $page == */print.html ]] && continue # every figure again
        name=$(basename "$page" .html)
        count=$(grep -o 'class="timeline"\|class="diagram"' "$page" | wc -l || true)
        for ((i = 0; i < count; i++)); do
            # A copy of the page that shows figure i at the top: the
            # blocks before it are removed.
            copy="$book/$name-figure-$i.html"
            script="addEventListener('DOMContentLoaded', () => {
                const figure = document.querySelectorAll('svg.timeline, svg.diagram')[$i];
                let block = figure.closest('main > *');
                while (block.previousElementSibling) block.previousElementSibling.remove();
            })"
            awk -v script="$script" '{ sub("</body>", "<script>" script "</script></body>") } 1' "$page" >"$copy"
            for width in 1280 400; do
                chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
                    --disable-background-networking --disable-component-update --disable-sync \
                    --user-data-dir="$out/chromium-profile" --hide-scrollbars \
                    --window-size=$width,900 --virtual-time-budget=2000 \
                    --screenshot="$out/$theme-$width-$name-$i.png" "file://$copy" >/dev/null 2>&1
            done
        done
    done
done
ls "$out"/*.png
