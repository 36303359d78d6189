//! Expands the book exactly as mdBook shows it to a reader (includes,
//! anchors, hidden lines) and hands each chapter to skeptic, so that every
//! Rust block in the rendered book becomes a test in `tests/skeptic.rs`.
//!
//! skeptic reads plain markdown and knows nothing of `{{#include}}`, hence
//! this step. The expanded chapters keep their file names, so a skeptic test
//! called `ch01_async_fn_sect_..._line_N` comes from `src/ch01-async-fn.md`
//! (N counts lines of the expanded chapter, in `$OUT_DIR/book/`).
//!
//! skeptic compiles each block as edition 2021 (the highest it knows) and
//! does not run it: every block shows a listing, which tests/listings.rs
//! builds as 2024 and runs, comparing its output. So every block is checked
//! in both editions and run once. A listing shown in parts (`file.rs:fetch`,
//! later `file.rs:main`) expands to the same whole program each time;
//! skeptic compiles it once, under the name of its first part. A block
//! marked `edition2024` compiles only as 2024 and is left to the listings
//! test (tests/book.rs checks that its chapter says why). So is a block
//! marked `noplayground`, which shows a test file (`listings/tests/chNN-*.rs`,
//! checked by tests/book.rs): it has `#[test]` functions and no `main`, and
//! skeptic builds a program without `--test`, which would compile the tests
//! away; `cargo test` builds and runs that file as a test target instead.
//!
//! `CHAPTER=ch07 cargo test` hands skeptic only the chapters whose file
//! name starts with `ch07`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::{env, fs};

use mdbook_driver::MDBook;
use mdbook_driver::builtin_renderers::MarkdownRenderer;

#[path = "tests/support/mdbook_log.rs"]
mod mdbook_log;

fn main() {
    for input in ["book.toml", "src", "listings", "theme"] {
        println!("cargo:rerun-if-changed={input}");
    }
    println!("cargo:rerun-if-env-changed=BLESS");
    println!("cargo:rerun-if-env-changed=CHAPTER");
    let only = env::var("CHAPTER").unwrap_or_default();
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let expanded_dir = PathBuf::from(env::var("OUT_DIR").unwrap()).join("book");

    let (book, log) = mdbook_log::with_mdbook_log(|| {
        MDBook::load(&root)?.preprocess_book(&MarkdownRenderer::new())
    });
    let (book, _) = book.unwrap_or_else(|e| panic!("mdBook could not load the book: {e:#}"));

    let mut problems = Vec::new();
    let mut chapters = Vec::new();
    let mut programs = HashSet::new();
    for chapter in book.chapters() {
        let Some(path) = &chapter.path else { continue }; // a draft has no file
        problems.extend(check_includes(&root.join("src"), path));
        if !path.to_string_lossy().starts_with(&only) {
            continue;
        }
        let expanded = expanded_dir.join(path);
        fs::create_dir_all(expanded.parent().unwrap()).unwrap();
        write_if_changed(
            &expanded,
            &compile_each_program_once(&chapter.content, &mut programs),
        );
        chapters.push(expanded);
    }
    if !problems.is_empty() || !log.is_empty() {
        let report = format!("{}\n{log}", problems.join("\n"));
        // `BLESS=1 cargo test` writes the output files that a new listing's
        // chapter includes, so it has to get past their absence.
        if env::var_os("BLESS").is_none() {
            panic!("the book does not expand cleanly:\n{report}");
        }
        for line in report.lines().filter(|l| !l.is_empty()) {
            println!("cargo:warning={line}");
        }
    }
    skeptic::generate_doc_tests(&chapters);
}

/// Checks each `{{#include file}}` and `{{#rustdoc_include file:anchor}}` in
/// a chapter's source: the file must exist, and the anchor must too (for a
/// missing anchor mdBook silently shows nothing). Returns one message per
/// problem, naming the chapter and line.
fn check_includes(src: &Path, chapter: &Path) -> Vec<String> {
    let source_path = src.join(chapter);
    let source = fs::read_to_string(&source_path).unwrap();
    let mut problems = Vec::new();
    for (index, line) in source.lines().enumerate() {
        let Some(start) = line.find("{{#") else {
            continue;
        };
        let directive = &line[start + 3..];
        let Some(end) = directive.find("}}") else {
            continue;
        };
        let mut words = directive[..end].split_whitespace();
        let (Some("include" | "rustdoc_include"), Some(target)) = (words.next(), words.next())
        else {
            continue;
        };
        let place = format!("src/{}:{}", chapter.display(), index + 1);
        let (file, anchor) = target.split_once(':').unwrap_or((target, ""));
        let Ok(text) = fs::read_to_string(source_path.parent().unwrap().join(file)) else {
            problems.push(format!("{place}: cannot read the included file `{file}`"));
            continue;
        };
        // A `.seconds` or `.ratio` file holds the claim on line 1 and what
        // the test compares it with below: the prose shows line 1 only.
        if (file.ends_with(".seconds") || file.ends_with(".ratio")) && anchor != "1" {
            problems.push(format!(
                "{place}: include line 1 of `{file}`, the claim: `{file}:1`"
            ));
        }
        // An empty anchor or a line range (`:3`, `:2:5`) is not a name.
        if anchor.chars().all(|c| c.is_ascii_digit() || c == ':') {
            continue;
        }
        let marked = |marker: &str| {
            text.lines()
                .any(|l| l.split(marker).nth(1).map(str::trim) == Some(anchor))
        };
        if !marked("ANCHOR:") || !marked("ANCHOR_END:") {
            problems.push(format!(
                "{place}: `{file}` has no `// ANCHOR: {anchor}` ... `// ANCHOR_END: {anchor}` region"
            ));
        }
    }
    problems
}

/// Rewrites the Rust blocks of an expanded chapter for skeptic, keeping
/// every line where it was: a block becomes `rust,no_run` (compile it, do
/// not run it), or `text` when its program (hidden lines included) was
/// already seen, compiles only as edition 2024, or is a test file.
fn compile_each_program_once(chapter: &str, seen: &mut HashSet<String>) -> String {
    let lines: Vec<&str> = chapter.lines().collect();
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut i = 0;
    while i < lines.len() {
        let Some(info) = lines[i].trim_start().strip_prefix("```") else {
            i += 1;
            continue;
        };
        let end = (i + 1..lines.len())
            .find(|&j| lines[j].trim_start().starts_with("```"))
            .unwrap_or(lines.len());
        if info.starts_with("rust") {
            // Hidden lines (`# code`) are code to skeptic, as to rustdoc.
            let body: Vec<&str> = lines[i + 1..end]
                .iter()
                .map(|l| match l.trim_start().strip_prefix("# ") {
                    Some(code) => code,
                    None if l.trim() == "#" => "",
                    None => l,
                })
                .collect();
            let marked = |word: &str| info.split(',').any(|w| w.trim() == word);
            // A compile-fail listing stays `ignore`: listings/tests/compile_fail.rs checks it.
            if !marked("ignore") {
                let first_time = seen.insert(body.join("\n"));
                let kind = if first_time && !marked("edition2024") && !marked("noplayground") {
                    "rust,no_run"
                } else {
                    "text"
                };
                out[i] = lines[i].replacen(&format!("```{info}"), &format!("```{kind}"), 1);
            }
        }
        i = end + 1;
    }
    out.join("\n") + if chapter.ends_with('\n') { "\n" } else { "" }
}

/// Cargo reruns this script when a file it watches is newer than its last
/// run, so leave unchanged chapters untouched.
fn write_if_changed(path: &Path, content: &str) {
    if fs::read_to_string(path).ok().as_deref() != Some(content) {
        fs::write(path, content).unwrap();
    }
}
