//! Checks on the book as a whole: it renders cleanly, its internal links
//! lead somewhere, and every code block that skeptic does not run shows a
//! file that another test checks.

mod support;

use std::sync::OnceLock;

use tempfile::TempDir;

/// The book rendered to HTML, and what mdBook logged meanwhile: rendered
/// once for all the tests in this file.
fn rendered_book() -> &'static (TempDir, String) {
    static BOOK: OnceLock<(TempDir, String)> = OnceLock::new();
    BOOK.get_or_init(support::render_book)
}

/// The rendered chapters: every HTML page made from a file in `src/`, with
/// that file's name.
fn rendered_chapters() -> Vec<(String, String)> {
    let out = rendered_book().0.path();
    let mut chapters = Vec::new();
    for entry in std::fs::read_dir(support::root().join("src")).unwrap() {
        let source = entry.unwrap().path();
        let html = out.join(source.with_extension("html").file_name().unwrap());
        if let Ok(page) = std::fs::read_to_string(html) {
            chapters.push((support::shown(&source), page));
        }
    }
    assert!(!chapters.is_empty(), "no rendered chapters found");
    chapters
}

/// Fails on any error or warning mdBook logs while rendering: mdBook only
/// logs some problems (an unknown `[output.html]` key even drops the whole
/// table) and still exits 0.
#[test]
fn the_book_renders_without_errors_or_warnings() {
    let (out, log) = rendered_book();
    assert!(
        log.is_empty(),
        "mdBook logged problems while rendering the book:\n{log}"
    );

    // The callout style is linked from every page (mdBook adds a hash to
    // the file name), and the Run button sends edition 2024, not 2015.
    let mut pages_with_runnable_code = 0;
    for entry in std::fs::read_dir(out.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let page = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(
            page.contains("href=\"theme/asyncio-"),
            "{name} does not link theme/asyncio.css"
        );
        if page.contains("class=\"playground\"") {
            pages_with_runnable_code += 1;
            assert!(
                page.contains("edition2024"),
                "{name}: runnable code without edition2024"
            );
        }
    }
    assert!(pages_with_runnable_code > 0, "no page has a Run button");
}

/// Every link from one chapter to another page of the book, or to a heading
/// (`chapter.md#heading`), must lead to a page and a heading that exist:
/// mdBook renders a broken one without a word.
#[test]
fn every_internal_link_and_anchor_resolves() {
    let out = rendered_book().0.path();
    let mut problems = Vec::new();
    for (source, page) in rendered_chapters() {
        let main = page
            .split_once("<main>")
            .and_then(|(_, rest)| rest.split_once("</main>"));
        let main = main.map_or(page.as_str(), |(main, _)| main);
        for href in main
            .split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split_once('"'))
        {
            let href = href.0.replace("&amp;", "&");
            if href.contains("://") || href.starts_with("mailto:") {
                continue;
            }
            let (file, heading) = href.split_once('#').unwrap_or((&href, ""));
            let target = if file.is_empty() {
                page.clone()
            } else {
                match std::fs::read_to_string(out.join(file)) {
                    Ok(target) => target,
                    Err(_) => {
                        problems.push(format!(
                            "{}: links to {href}, a page the book does not have",
                            place(&source, &href)
                        ));
                        continue;
                    }
                }
            };
            if !heading.is_empty() && !target.contains(&format!("id=\"{heading}\"")) {
                problems.push(format!(
                    "{}: links to {href}, but that page has no heading #{heading}",
                    place(&source, &href)
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "broken links:\n{}",
        problems.join("\n")
    );
}

/// `file:line` of the link to `href` in the chapter's source (which spells
/// a page `x.md` where the rendered book has `x.html`), or just the file.
fn place(source: &str, href: &str) -> String {
    let text = std::fs::read_to_string(support::root().join(source)).unwrap_or_default();
    let spelled = href.replacen(".html", ".md", 1);
    match text.lines().position(|line| {
        line.contains(&format!("({spelled}")) || line.contains(&format!("({href}"))
    }) {
        Some(i) => format!("{source}:{}", i + 1),
        None => source.to_owned(),
    }
}

/// skeptic only compiles the book's Rust blocks, as edition 2021 (see
/// build.rs), so every code block must show a file that a test runs:
/// - a Rust block shows a listing from `listings/examples/`, which
///   tests/listings.rs builds as 2024, runs and checks;
/// - a block marked `edition2024` compiles only as 2024, and skeptic skips
///   it: an HTML comment just above says why;
/// - a block marked `noplayground` shows a test file from `listings/tests/`,
///   which `cargo test` builds and runs as a test target (it has no `main`:
///   skeptic skips it, and the Run button could not run it); an HTML comment
///   just above says why it has no Run button;
/// - a Rust block marked `ignore` is allowed only for a program that must not
///   compile: an HTML comment just above says why, and the block shows a
///   listing from `listings/compile-fail/`, which listings/tests/compile_fail.rs checks;
/// - a Python block shows a file from `listings/python/`, which
///   tests/listings.rs runs.
#[test]
fn every_code_block_shows_a_tested_file() {
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(support::root().join("src")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for fence in support::fences(&text) {
            let support::Fence {
                line,
                info,
                above,
                below,
            } = fence;
            let marked = |word: &str| fence.marked(word);
            let place = format!("{}:{}", support::shown(&path), line);
            let problem = if info.starts_with("rust") && marked("ignore") {
                (!(above.starts_with("<!-- ignore:")
                    && below.starts_with("{{#rustdoc_include ../listings/compile-fail/")))
                .then_some(
                    "a Rust block marked ignore must have `<!-- ignore: why -->` \
                     above it and show `{{#rustdoc_include ../listings/compile-fail/NAME.rs}}`",
                )
            } else if info.starts_with("rust") && marked("noplayground") {
                (!(above.starts_with("<!-- noplayground:")
                    && below.starts_with("{{#rustdoc_include ../listings/tests/ch")))
                .then_some(
                    "a Rust block marked noplayground must have `<!-- noplayground: why -->` \
                     above it and show a test file, `{{#rustdoc_include ../listings/tests/NAME.rs}}`",
                )
            } else if info.starts_with("rust") && marked("edition2024") {
                (!(above.starts_with("<!-- edition 2024 only:")
                    && below.starts_with("{{#rustdoc_include ../listings/examples/")))
                .then_some(
                    "a Rust block marked edition2024 must have `<!-- edition 2024 only: why -->` \
                     above it and show `{{#rustdoc_include ../listings/examples/NAME.rs}}`",
                )
            } else if info.starts_with("rust") {
                (!below.starts_with("{{#rustdoc_include ../listings/examples/")).then_some(
                    "a Rust block must show a listing, `{{#rustdoc_include ../listings/examples/NAME.rs}}`, \
                     which tests/listings.rs runs",
                )
            } else if info.starts_with("python") {
                (!below.starts_with("{{#include ../listings/python/"))
                    .then_some("a Python block must show `{{#include ../listings/python/NAME.py}}`")
            } else {
                None
            };
            problems.extend(problem.map(|p| format!("{place}: {p}")));
        }
    }
    assert!(
        problems.is_empty(),
        "code blocks no test runs:\n{}",
        problems.join("\n")
    );
}

/// Every figure is shown, and shown so that it works on the page:
/// - each measured timeline (`listings/timelines/*.svg`) and drawn diagram
///   (`src/diagrams/*.svg`) is included by a chapter, on a line of its own
///   with blank lines around it (markdown ends an HTML block at a blank
///   line, and cannot start one inside a paragraph);
/// - the file is an `<svg>` with a `<title>`, with no blank line, no script
///   and no fixed black or white, so that it follows all five themes.
#[test]
fn every_figure_is_shown_and_follows_the_theme() {
    let mut figures = support::files("listings/timelines", "svg");
    figures.extend(support::files("src/diagrams", "svg"));
    assert!(!figures.is_empty(), "no figures found");
    let chapters: Vec<(String, String)> = support::files("src", "md")
        .iter()
        .map(|path| (support::shown(path), std::fs::read_to_string(path).unwrap()))
        .collect();
    let mut problems = Vec::new();
    for figure in &figures {
        let name = support::shown(figure);
        let included = name
            .replacen("src/", "", 1)
            .replacen("listings/", "../listings/", 1);
        let directive = format!("{{{{#include {included}}}}}");
        let mut shown_in = Vec::new();
        for (chapter, text) in &chapters {
            let lines: Vec<&str> = text.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                if !line.contains(&directive) {
                    continue;
                }
                shown_in.push(chapter.clone());
                let apart = line.trim() == directive
                    && i > 0
                    && lines[i - 1].trim().is_empty()
                    && lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
                if !apart {
                    problems.push(format!(
                        "{chapter}:{}: put `{directive}` on a line of its own, with a blank line before and after",
                        i + 1
                    ));
                }
            }
        }
        if shown_in.is_empty() {
            problems.push(format!("{name}: no chapter shows it (`{directive}`)"));
        }
        let svg = std::fs::read_to_string(figure).unwrap();
        let lower = svg.to_lowercase();
        if !svg.starts_with("<svg") || !lower.contains("<title") {
            problems.push(format!(
                "{name}: must start with `<svg` and have a `<title>`"
            ));
        }
        if let Some(i) = svg.lines().position(|l| l.trim().is_empty()) {
            problems.push(format!(
                "{name}:{}: a blank line ends the figure early in markdown",
                i + 1
            ));
        }
        if lower.contains("<script") {
            problems.push(format!("{name}: figures have no JavaScript"));
        }
        for fixed in fixed_colours(&svg) {
            problems.push(format!(
                "{name}: uses the fixed colour `{fixed}`; use currentColor or a theme variable (var(--fg), var(--links), var(--bg))"
            ));
        }
    }
    assert!(problems.is_empty(), "figures:\n{}", problems.join("\n"));
}

/// The colours an SVG gives that are not the page's: every value of a
/// colour attribute (`fill="..."`) or style property (`fill: ...`) other
/// than `currentColor`, `none`, `transparent`, `inherit`, a `var(--...)` or
/// a `url(#...)`.
fn fixed_colours(svg: &str) -> Vec<String> {
    const PROPERTIES: [&str; 5] = ["fill", "stroke", "color", "stop-color", "flood-color"];
    let themed = |value: &str| {
        let value = value.trim();
        ["currentcolor", "none", "transparent", "inherit"].contains(&value.to_lowercase().as_str())
            || value.starts_with("var(--")
            || value.starts_with("url(#")
    };
    let mut values = Vec::new();
    for property in PROPERTIES {
        // Attributes: ` fill="value"`.
        for rest in svg.split(&format!(" {property}=\"")).skip(1) {
            values.extend(rest.split('"').next().map(str::to_owned));
        }
        // Style declarations: `fill: value;` inside a style attribute.
        for rest in svg.split(&format!("{property}:")).skip(1) {
            values.extend(rest.split([';', '"']).next().map(str::to_owned));
        }
    }
    values.retain(|value| !themed(value));
    values
}
