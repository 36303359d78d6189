//! Runs every listing in `listings/examples/` and checks it against the files
//! the chapters include beside it:
//!
//! - `<name>.stdout`: everything it prints (no file: it prints nothing);
//! - `<name>.stderr`: for a listing that must panic, its message; without
//!   this file a listing must exit successfully;
//! - `<name>.seconds`: how long it takes, in seconds. The run must take at
//!   least that long (sleeps never end early) and at most 25% + 0.5 s more,
//!   which holds on a loaded 2-core machine yet still tells 2 s from 4 s.
//!
//! All listings run at once, so the suite waits for the slowest, not the sum.
//! `BLESS=1 cargo test --test listings` rewrites `.stdout` and `.stderr`
//! from a real run; `.seconds` is a claim the chapter makes and is edited by
//! hand.

mod support;

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use support::{check_against_file, root, shown};

/// A listing that runs longer than this is stuck.
const TIME_LIMIT: Duration = Duration::from_secs(60);

#[test]
fn every_listing_prints_what_the_book_shows() {
    let executables = build_listings();
    let runs: Vec<_> = executables
        .into_iter()
        .map(|(name, exe)| (name, thread::spawn(move || run(&exe))))
        .collect();

    let mut failures = Vec::new();
    for (name, run) in runs {
        let run = run.join().unwrap();
        failures.extend(check(&name, run));
    }
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n\n"));
}

/// Builds the listings crate's examples and returns each one's executable,
/// by listing name. Fails on a compiler warning: the book shows clean code.
fn build_listings() -> BTreeMap<String, PathBuf> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(root())
        .args(["build", "--package", "listings", "--examples"])
        .arg("--message-format=json-diagnostic-rendered-ansi")
        .stderr(Stdio::inherit())
        .output()
        .expect("could not run cargo");
    let mut executables = BTreeMap::new();
    let mut warnings = Vec::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let message: serde_json::Value = serde_json::from_str(line).unwrap();
        match message["reason"].as_str() {
            Some("compiler-artifact") if message["target"]["kind"][0] == "example" => {
                let name = message["target"]["name"].as_str().unwrap().to_owned();
                let exe = message["executable"].as_str().unwrap().into();
                executables.insert(name, exe);
            }
            Some("compiler-message") if message["message"]["level"] == "warning" => {
                warnings.push(message["message"]["rendered"].as_str().unwrap().to_owned());
            }
            _ => {}
        }
    }
    assert!(output.status.success(), "the listings do not compile (cargo's output is above)");
    assert!(warnings.is_empty(), "the listings compile with warnings:\n{}", warnings.concat());
    executables
}

struct Run {
    exe: PathBuf,
    success: bool,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

/// Runs one listing from the repository root, the way the README says to,
/// without the caller's backtrace settings, which would change its stderr.
fn run(exe: &Path) -> Run {
    let mut stdout = tempfile::tempfile().unwrap();
    let mut stderr = tempfile::tempfile().unwrap();
    let start = Instant::now();
    let mut child = Command::new(exe)
        .current_dir(root())
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(stdout.try_clone().unwrap())
        .stderr(stderr.try_clone().unwrap())
        .spawn()
        .unwrap();
    // Poll rather than wait, so a stuck listing fails instead of hanging.
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
        exe: exe.to_owned(),
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

/// Everything wrong with one listing's run, as messages naming its files.
fn check(name: &str, run: Run) -> Vec<String> {
    let dir = root().join("listings/examples");
    let source = shown(&dir.join(format!("{name}.rs")));
    let expected = |extension: &str| dir.join(format!("{name}.{extension}"));
    let mut failures = Vec::new();

    if run.elapsed >= TIME_LIMIT {
        failures.push(format!("{source}: still running after {TIME_LIMIT:?}; killed it"));
    }
    let must_fail = expected("stderr").exists();
    if run.success == must_fail && !support::blessing() {
        failures.push(if must_fail {
            format!("{source}: should panic (it has a .stderr file) but exited successfully")
        } else {
            format!("{source}: failed ({}); its stderr:\n{}", shown(&run.exe), run.stderr)
        });
    }
    failures.extend(check_against_file(&expected("stdout"), &run.stdout, &format!("{source}'s stdout")));
    if must_fail || (support::blessing() && !run.success) {
        let stderr = normalize_thread_ids(&run.stderr);
        failures.extend(check_against_file(&expected("stderr"), &stderr, &format!("{source}'s stderr")));
    }

    let seconds = expected("seconds");
    if let Ok(text) = fs::read_to_string(&seconds) {
        let claimed: f64 = text.trim().parse().unwrap_or_else(|_| {
            panic!("{}: expected a number of seconds, found {text:?}", shown(&seconds))
        });
        let (low, high) = (claimed, claimed * 1.25 + 0.5);
        let took = run.elapsed.as_secs_f64();
        if !(low..=high).contains(&took) {
            failures.push(format!(
                "{source}: took {took:.2} s, but {} claims {claimed} s (allowed: {low:.2} to {high:.2} s)",
                shown(&seconds)
            ));
        }
    }
    failures
}

/// A panic message names the thread by id, `thread 'main' (4139)`,
/// which changes on every run. The book shows `(…)` in its place.
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
