//! Expands the book exactly as mdBook shows it to a reader (includes,
//! anchors, hidden lines) and hands each chapter to skeptic, so that every
//! Rust block in the rendered book becomes a test in `tests/skeptic.rs`.
//!
//! skeptic reads plain markdown and knows nothing of `{{#include}}`, hence
//! this step. The expanded chapters keep their file names, so a skeptic test
//! called `ch01_async_fn_sect_..._line_N` comes from `src/ch01-async-fn.md`
//! (N counts lines of the expanded chapter, in `$OUT_DIR/book/`).

use std::path::{Path, PathBuf};
use std::{env, fs};

use mdbook_driver::builtin_renderers::MarkdownRenderer;
use mdbook_driver::MDBook;

#[path = "tests/support/mdbook_log.rs"]
mod mdbook_log;

fn main() {
    for input in ["book.toml", "src", "listings", "theme"] {
        println!("cargo:rerun-if-changed={input}");
    }
    println!("cargo:rerun-if-env-changed=BLESS");
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let expanded_dir = PathBuf::from(env::var("OUT_DIR").unwrap()).join("book");

    let (book, log) = mdbook_log::with_mdbook_log(|| {
        MDBook::load(&root)?.preprocess_book(&MarkdownRenderer::new())
    });
    let (book, _) = book.unwrap_or_else(|e| panic!("mdBook could not load the book: {e:#}"));
    if !log.is_empty() {
        // `BLESS=1 cargo test` writes the output files a new listing's
        // chapter includes, so it must get past their absence.
        if env::var_os("BLESS").is_none() {
            panic!("mdBook reported problems while expanding the book:\n{log}");
        }
        for line in log.lines() {
            println!("cargo:warning={line}");
        }
    }

    let mut chapters = Vec::new();
    for chapter in book.chapters() {
        let Some(path) = &chapter.path else { continue }; // a draft has no file
        check_anchors(&root, path);
        let expanded = expanded_dir.join(path);
        fs::create_dir_all(expanded.parent().unwrap()).unwrap();
        write_if_changed(&expanded, &chapter.content);
        chapters.push(expanded);
    }
    skeptic::generate_doc_tests(&chapters);
}

/// mdBook silently shows nothing for `{{#include file:name}}` when `file` has
/// no `ANCHOR: name` region, so look for each one in the chapter's source.
fn check_anchors(root: &Path, chapter: &Path) {
    let source_path = root.join("src").join(chapter);
    let source = fs::read_to_string(&source_path).unwrap();
    for (index, line) in source.lines().enumerate() {
        let Some(start) = line.find("{{#") else { continue };
        let directive = &line[start + 3..];
        let Some(end) = directive.find("}}") else { continue };
        let mut words = directive[..end].split_whitespace();
        let (Some("include" | "rustdoc_include"), Some(target)) = (words.next(), words.next())
        else {
            continue;
        };
        let Some((file, anchor)) = target.split_once(':') else { continue };
        // Line ranges (`:3`, `:2:5`, `:4:`) are not anchors.
        if anchor.chars().all(|c| c.is_ascii_digit() || c == ':') {
            continue;
        }
        let included = source_path.parent().unwrap().join(file);
        let text = fs::read_to_string(&included).unwrap_or_default();
        let has = |marker: &str| text.lines().any(|l| l.split(marker).nth(1).map(str::trim) == Some(anchor));
        if !has("ANCHOR:") || !has("ANCHOR_END:") {
            panic!(
                "src/{}:{}: `{}` has no `ANCHOR: {anchor}` ... `ANCHOR_END: {anchor}` region",
                chapter.display(),
                index + 1,
                file,
            );
        }
    }
}

/// Cargo reruns this script when a file it watches is newer than its last
/// run, so leave unchanged chapters untouched.
fn write_if_changed(path: &Path, content: &str) {
    if fs::read_to_string(path).ok().as_deref() != Some(content) {
        fs::write(path, content).unwrap();
    }
}
