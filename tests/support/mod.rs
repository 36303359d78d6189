//! Helpers shared by the tests in `tests/`.
#![allow(dead_code)] // each test file uses only some of them

pub mod mdbook_log;
pub mod timeline;

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Seek};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Starts a listing or snippet as the README says to run it: from the
/// repository root, with none of the caller's backtrace settings (which
/// would change its stderr), no stdin, and stdout piped to the caller.
/// Its stderr goes to the file returned beside it (`read_all` reads it).
///
/// It starts with SIGINT's default action, as a terminal's foreground
/// program has it, whatever the test inherited: a shell without job
/// control starts `cmd &` with SIGINT ignored, and an ignored SIGINT stays
/// ignored across exec, so a program's Ctrl-C handling (chapter 32) would
/// change.
pub fn start(command: &mut Command) -> (Child, fs::File) {
    let stderr = tempfile::tempfile().unwrap();
    // SAFETY: between fork and exec, only signal(2), which is
    // async-signal-safe, runs.
    unsafe {
        command.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let child = command
        .current_dir(root())
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr.try_clone().unwrap())
        .spawn()
        .unwrap();
    (child, stderr)
}

/// Everything written to a file `start` returned.
pub fn read_all(file: &mut fs::File) -> String {
    let mut text = String::new();
    file.rewind().unwrap();
    file.read_to_string(&mut text).unwrap();
    text
}

/// What `cargo build --package listings` built: each example's executable
/// by name, and rustc's messages, rendered as rustc prints them (they name
/// the file and line).
pub struct Build {
    pub success: bool,
    pub examples: BTreeMap<String, PathBuf>,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// Runs `cargo build --package listings` with these arguments (which
/// targets, `--release`) and reads its JSON messages.
pub fn build_listings(args: &[&str]) -> Build {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(root())
        .args(["build", "--package", "listings", "--message-format=json"])
        .args(args)
        .stderr(Stdio::inherit())
        .output()
        .expect("could not run cargo");
    let mut build = Build {
        success: output.status.success(),
        examples: BTreeMap::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let message: serde_json::Value = serde_json::from_str(line).unwrap();
        match message["reason"].as_str() {
            Some("compiler-artifact") if message["target"]["kind"][0] == "example" => {
                let name = message["target"]["name"].as_str().unwrap().to_owned();
                let exe = message["executable"].as_str().unwrap().into();
                build.examples.insert(name, exe);
            }
            Some("compiler-message") => {
                let rendered = message["message"]["rendered"].as_str().unwrap().to_owned();
                match message["message"]["level"].as_str() {
                    Some("warning") => build.warnings.push(rendered),
                    _ => build.errors.push(rendered),
                }
            }
            _ => {}
        }
    }
    build
}

/// The book rendered to HTML in a new temporary folder, as `mdbook build`
/// does, and what mdBook logged meanwhile (it logs some problems and still
/// succeeds). Panics if mdBook fails.
pub fn render_book() -> (tempfile::TempDir, String) {
    let out = tempfile::tempdir().unwrap();
    let (result, log) = mdbook_log::with_mdbook_log(|| {
        let mut book = mdbook_driver::MDBook::load(root())?;
        book.config.build.build_dir = out.path().to_owned();
        book.build()
    });
    if let Err(e) = result {
        panic!("mdBook failed to render the book: {e:#}\n{log}");
    }
    (out, log)
}

/// A line of a chapter's markdown that opens or closes a fenced code block
/// (a closing one has an empty `info`), with the lines around it: a chapter
/// puts a `<!-- why -->` comment above a marked block, and its
/// `{{#include}}` just below the fence.
pub struct Fence<'a> {
    /// Its line number, from 1.
    pub line: usize,
    /// What follows the backticks: `rust,ignore,mdbook-runnable`.
    pub info: &'a str,
    pub above: &'a str,
    pub below: &'a str,
}

impl Fence<'_> {
    /// Whether `word` is one of the info string's comma-separated words.
    pub fn marked(&self, word: &str) -> bool {
        self.info.split(',').any(|w| w.trim() == word)
    }
}

/// Every fence line of a chapter's markdown, in order.
pub fn fences(markdown: &str) -> Vec<Fence<'_>> {
    let lines: Vec<&str> = markdown.lines().collect();
    let line = |i: usize| lines.get(i).copied().unwrap_or("");
    (lines.iter().enumerate())
        .filter_map(|(i, text)| {
            let info = text.trim_start().strip_prefix("```")?;
            let above = if i > 0 { line(i - 1) } else { "" };
            Some(Fence {
                line: i + 1,
                info,
                above,
                below: line(i + 1),
            })
        })
        .collect()
}

/// The repository root (book.toml, src/, listings/).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The path as the README and error messages name it: relative to the root.
pub fn shown(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// True when the committed expectations should be rewritten from this run
/// (`BLESS=1 cargo test`) instead of checked.
pub fn blessing() -> bool {
    std::env::var_os("BLESS").is_some()
}

/// The chapter to check alone, from `CHAPTER=ch07 cargo test`: a prefix of
/// the file names of that chapter's listings and snippets (`ch07`, or
/// `ch07-sequential` for one listing). `None` checks the whole book.
pub fn chapter() -> Option<&'static str> {
    static CHAPTER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    CHAPTER
        .get_or_init(|| std::env::var("CHAPTER").ok().filter(|c| !c.is_empty()))
        .as_deref()
}

/// True for a file that the chapter filter (`CHAPTER`) leaves in.
pub fn selected(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    chapter().is_none_or(|prefix| name.starts_with(prefix))
}

/// The files in `dir` (relative to the root) with this extension that the
/// chapter filter leaves in, sorted.
pub fn selected_files(dir: &str, extension: &str) -> Vec<PathBuf> {
    let mut files = files(dir, extension);
    files.retain(|path| selected(path));
    files
}

/// All the files in `dir` (relative to the root) with this extension,
/// sorted; none if there is no such directory.
pub fn files(dir: &str, extension: &str) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(root().join(dir)) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

/// For a check that needs a tool the machine lacks: outside CI the suite
/// still passes, and says on the terminal (not in libtest's captured
/// output) what it left out and how to get it; with `CI` set it fails.
#[track_caller] // a failure names the check that called it
pub fn skip_unless_ci(problem: &str, remedy: &str) {
    assert!(
        std::env::var_os("CI").is_none(),
        "{problem} (CI is set, so this fails)"
    );
    let notice = format!("\nSKIPPED: {problem}.\n{remedy}\n\n");
    let _ = std::io::Write::write_all(&mut std::io::stderr(), notice.as_bytes());
}

/// Compares `actual` with the committed file `expected` (a missing file
/// counts as empty). Returns a message with a diff when they differ; under
/// BLESS, writes `actual` there instead (deleting the file if `actual` is
/// empty) and returns None.
pub fn check_against_file(expected: &Path, actual: &str, what: &str) -> Option<String> {
    let committed = fs::read_to_string(expected).unwrap_or_default();
    if committed == actual {
        return None; // (and leave the file untouched: build.rs watches it)
    }
    if blessing() {
        if actual.is_empty() {
            let _ = fs::remove_file(expected);
        } else {
            fs::write(expected, actual).unwrap();
        }
        return None;
    }
    let diff = similar::TextDiff::from_lines(&committed, actual)
        .unified_diff()
        .header(&shown(expected), &format!("{what} (this run)"))
        .to_string();
    Some(format!(
        "{what} differs from {}:\n{diff}\
         If the new text is right, rewrite the file with `BLESS=1 cargo test`.",
        shown(expected)
    ))
}

/// The executable of the `python3` on PATH, if it is 3.11 or newer (the
/// version the book's Python is written for); otherwise what is wrong.
/// Snippets run under the executable itself, found once: a version
/// manager's `python3` may be a shell script (pyenv's shim adds 80 ms to
/// every start, which fifty snippets starting together feel).
pub fn python() -> Result<&'static Path, String> {
    static PYTHON: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    PYTHON
        .get_or_init(find_python)
        .as_deref()
        .map_err(Clone::clone)
}

fn find_python() -> Result<PathBuf, String> {
    let found = Command::new("python3")
        .args([
            "-c",
            "import sys; print(*sys.version_info[:2], sep='.'); print(sys.executable)",
        ])
        .output();
    let found = match found {
        Ok(out) if out.status.success() => String::from_utf8(out.stdout).unwrap(),
        _ => return Err("python3 is not on PATH".into()),
    };
    let mut lines = found.lines().map(str::trim);
    let version = lines.next().unwrap_or_default();
    let number = |text: &str| text.parse::<u32>().ok();
    let parsed = version
        .split_once('.')
        .and_then(|(major, minor)| Some((number(major)?, number(minor)?)));
    match (parsed, lines.next()) {
        (Some(parsed), _) if parsed < (3, 11) => Err(format!(
            "python3 is {version}, and the snippets need 3.11 or newer"
        )),
        (Some(_), Some(executable)) => Ok(PathBuf::from(executable)),
        _ => Err(format!(
            "python3 did not print its version and executable when asked (it printed {found:?})"
        )),
    }
}
