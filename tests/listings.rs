//! Runs every program the book shows, the Rust listings in
//! `listings/examples/` and the Python snippets in `listings/python/`, and
//! checks each against the files the chapters include beside it:
//!
//! - `<name>.stdout`: everything it prints (no file: it prints nothing);
//! - `<name>.stderr`: for a program that must fail (a listing that panics on
//!   purpose), its message; without this file a program must succeed;
//! - `<name>.seconds`: how long it takes, in seconds. The run must take at
//!   least that long (sleeps never end early) and at most 25% + 0.5 s more,
//!   which holds on a loaded 2-core machine yet still tells 2 s from 4 s.
//!   A program that comes out late runs again, up to twice, and its best
//!   time counts: a stalled machine makes programs late, not early.
//!
//! The Rust listings run all at once, and so do the Python snippets, one
//! batch starting a second after the other, so the suite waits for the
//! slowest program, not for the sum.
//! `BLESS=1 cargo test --test listings` rewrites `.stdout` and `.stderr`
//! from a real run; `.seconds` is a claim the chapter makes and is edited by
//! hand.

mod support;

use std::fs::{self, File};
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use support::{check_against_file, root, shown};

/// A program that runs longer than this is stuck.
const TIME_LIMIT: Duration = Duration::from_secs(60);

#[test]
fn every_rust_listing_prints_what_the_book_shows() {
    let dir = root().join("listings/examples");
    let programs = built_listings()
        .iter()
        .map(|(name, exe)| Program {
            source: dir.join(format!("{name}.rs")),
            executable: Some(exe.clone()),
        })
        .collect();
    run_and_check(programs);
}

#[test]
fn every_python_snippet_prints_what_the_book_shows() {
    require_python_3_11();
    // Start no timed program while the compiler has both cores.
    built_listings();
    let mut programs = Vec::new();
    for entry in fs::read_dir(root().join("listings/python")).unwrap() {
        let source = entry.unwrap().path();
        if source.extension().is_some_and(|e| e == "py") {
            programs.push(Program {
                source,
                executable: None,
            });
        }
    }
    run_and_check(programs);
}

/// Runs a Python snippet as `python3 snippet.py` would, and writes how long
/// it took to a file, timed once the interpreter is up and asyncio imported:
/// twenty interpreters starting at once keep two cores busy for a second,
/// which is not what a chapter's duration is about. (A Rust listing starts
/// in a millisecond and is timed from its launch.)
const PYTHON_TIMER: &str = "\
import asyncio, runpy, sys, time
source, timing = sys.argv[1:]
sys.argv = [source]
start = time.monotonic()
try:
    runpy.run_path(source, run_name='__main__')
finally:
    with open(timing, 'w') as file:
        file.write(str(time.monotonic() - start))
";

/// A program the book shows.
struct Program {
    /// The file the book shows; its expectations sit beside it.
    source: PathBuf,
    /// The built listing; `None` for a Python snippet, which runs under
    /// `python3` and times itself.
    executable: Option<PathBuf>,
}

impl Program {
    fn run(&self) -> Run {
        match &self.executable {
            Some(executable) => run(Command::new(executable)),
            None => {
                let timing = tempfile::NamedTempFile::new().unwrap();
                let mut command = Command::new("python3");
                command
                    .args(["-c", PYTHON_TIMER])
                    .arg(&self.source)
                    .arg(timing.path());
                let mut run = run(command);
                // A snippet that dies before its timer writes keeps the time
                // from launch; its failure is reported anyway.
                if let Ok(seconds) = fs::read_to_string(timing.path()).unwrap().trim().parse() {
                    run.elapsed = Duration::from_secs_f64(seconds);
                }
                run
            }
        }
    }
}

/// Runs all the programs at once and fails with every difference from the
/// committed expectations, naming each program by its source file.
fn run_and_check(programs: Vec<Program>) {
    assert!(!programs.is_empty(), "no programs found");
    // The Rust and the Python batch start one after the other: eighty
    // programs and twenty interpreters starting together keep both cores
    // busy for over a second, and the timed programs would count it.
    static STARTING: Mutex<()> = Mutex::new(());
    let starting = STARTING.lock().unwrap_or_else(PoisonError::into_inner);
    let runs: Vec<_> = programs
        .into_iter()
        .map(|program| {
            thread::spawn(move || {
                let run = program.run();
                (program, run)
            })
        })
        .collect();
    thread::sleep(Duration::from_secs(1)); // long enough for all to start
    drop(starting);
    let mut failures = Vec::new();
    for run in runs {
        let (program, run) = run.join().unwrap();
        failures.extend(check_timing(&program, run.elapsed));
        failures.extend(check(&program.source, run));
    }
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n\n"));
}

/// Checks a program's `.seconds` claim, if it has one: the run must take
/// at least that long (sleeps never end early) and at most 25% + 0.5 s more.
/// A machine that stalls for a moment makes a program late, never early, so
/// a late program runs again, up to twice, once its batch is under way, and
/// its best time counts.
fn check_timing(program: &Program, first: Duration) -> Option<String> {
    let seconds = program.source.with_extension("seconds");
    let text = fs::read_to_string(&seconds).ok()?;
    let claimed: f64 = text.trim().parse().unwrap_or_else(|_| {
        panic!(
            "{}: expected a number of seconds, found {text:?}",
            shown(&seconds)
        )
    });
    let (low, high) = (claimed, claimed * 1.25 + 0.5);
    let mut times = vec![first.as_secs_f64()];
    while times.len() < 3 && times.iter().all(|&took| took > high) {
        times.push(program.run().elapsed.as_secs_f64());
    }
    let best = times.iter().copied().fold(f64::MAX, f64::min);
    if (low..=high).contains(&best) {
        return None;
    }
    let runs: Vec<String> = times.iter().map(|took| format!("{took:.2} s")).collect();
    let took = match runs.len() {
        1 => format!("took {best:.2} s"),
        _ => format!("took {best:.2} s at best (runs: {})", runs.join(", ")),
    };
    Some(format!(
        "{}: {took}, but {} claims {claimed} s (allowed: {low:.2} to {high:.2} s)",
        shown(&program.source),
        shown(&seconds)
    ))
}

/// The listings crate's examples, built once for both tests: each one's
/// name and executable.
fn built_listings() -> &'static [(String, PathBuf)] {
    static BUILT: OnceLock<Vec<(String, PathBuf)>> = OnceLock::new();
    BUILT.get_or_init(build_listings)
}

/// Builds the listings crate's examples and returns each one's executable,
/// by listing name. Fails on a compiler warning: the book shows clean code.
fn build_listings() -> Vec<(String, PathBuf)> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(root())
        .args(["build", "--package", "listings", "--examples"])
        .arg("--message-format=json-diagnostic-rendered-ansi")
        .stderr(Stdio::inherit())
        .output()
        .expect("could not run cargo");
    let mut executables = Vec::new();
    let mut warnings = Vec::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let message: serde_json::Value = serde_json::from_str(line).unwrap();
        match message["reason"].as_str() {
            Some("compiler-artifact") if message["target"]["kind"][0] == "example" => {
                let name = message["target"]["name"].as_str().unwrap().to_owned();
                let exe = message["executable"].as_str().unwrap().into();
                executables.push((name, exe));
            }
            Some("compiler-message") if message["message"]["level"] == "warning" => {
                warnings.push(message["message"]["rendered"].as_str().unwrap().to_owned());
            }
            _ => {}
        }
    }
    assert!(
        output.status.success(),
        "the listings do not compile (cargo's output is above)"
    );
    assert!(
        warnings.is_empty(),
        "the listings compile with warnings:\n{}",
        warnings.concat()
    );
    executables
}

/// Fails, saying so, unless the `python3` on PATH is 3.11 or newer (the
/// version the book's Python is written for).
fn require_python_3_11() {
    let version = Command::new("python3")
        .args(["-c", "import sys; print(*sys.version_info[:2], sep='.')"])
        .output();
    let version = match version {
        Ok(out) if out.status.success() => String::from_utf8(out.stdout).unwrap().trim().to_owned(),
        _ => panic!("python3 is not on PATH: the book's Python snippets need Python 3.11 or newer"),
    };
    let (major, minor) = version.split_once('.').unwrap();
    let new_enough = (major.parse::<u32>().unwrap(), minor.parse::<u32>().unwrap()) >= (3, 11);
    assert!(
        new_enough,
        "python3 is {version}: the book's Python snippets need 3.11 or newer"
    );
}

struct Run {
    success: bool,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

/// Runs one program from the repository root, as the README says to, with
/// none of the caller's backtrace settings, which would change its stderr.
fn run(mut command: Command) -> Run {
    let mut stdout = tempfile::tempfile().unwrap();
    let mut stderr = tempfile::tempfile().unwrap();
    let start = Instant::now();
    let mut child = command
        .current_dir(root())
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(stdout.try_clone().unwrap())
        .stderr(stderr.try_clone().unwrap())
        .spawn()
        .unwrap();
    // Poll rather than wait, so a stuck program fails instead of hanging.
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIME_LIMIT {
            child.kill().unwrap();
            break child.wait().unwrap();
        }
        thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    Run {
        success: status.success(),
        stdout: read_all(&mut stdout),
        stderr: read_all(&mut stderr),
        elapsed,
    }
}

fn read_all(file: &mut File) -> String {
    let mut text = String::new();
    file.rewind().unwrap();
    file.read_to_string(&mut text).unwrap();
    text
}

/// Everything wrong with one program's run, as messages naming its files.
fn check(source: &Path, run: Run) -> Vec<String> {
    let name = shown(source);
    let expected = |extension: &str| source.with_extension(extension);
    let mut failures = Vec::new();

    if run.elapsed >= TIME_LIMIT {
        failures.push(format!(
            "{name}: still running after {TIME_LIMIT:?}; killed it"
        ));
    }
    let must_fail = expected("stderr").exists();
    if run.success == must_fail && !support::blessing() {
        failures.push(if must_fail {
            format!("{name}: should fail (it has a .stderr file) but exited successfully")
        } else {
            format!("{name}: failed; its stderr:\n{}", run.stderr)
        });
    }
    failures.extend(check_against_file(
        &expected("stdout"),
        &run.stdout,
        &format!("{name}'s stdout"),
    ));
    if must_fail || (support::blessing() && !run.success) {
        let stderr = normalize_thread_ids(&run.stderr);
        failures.extend(check_against_file(
            &expected("stderr"),
            &stderr,
            &format!("{name}'s stderr"),
        ));
    }

    failures
}

/// A panic message names the thread by id, `thread 'main' (4139)`, which
/// changes on every run. The book shows `(…)` in its place.
fn normalize_thread_ids(stderr: &str) -> String {
    stderr
        .lines()
        .map(|line| match line.split_once("' (") {
            Some((head, tail)) if line.starts_with("thread '") => match tail.split_once(')') {
                Some((id, rest)) if id.chars().all(|c| c.is_ascii_digit()) => {
                    format!("{head}' (…){rest}\n")
                }
                _ => format!("{line}\n"),
            },
            _ => format!("{line}\n"),
        })
        .collect()
}
