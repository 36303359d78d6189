//! Presses Ctrl-C for real: every program the book shows that handles it
//! has a `<name>.sigint` file beside it (a Rust listing in
//! `listings/examples/` or a Python snippet in `listings/python/`). The
//! file says when to send SIGINT and how the program must end:
//!
//! ```text
//! # comment lines start with `#`
//! after: server: working for quick (1 s)
//! status: 1
//! ```
//!
//! Each `after:` line is a line of the program's stdout: once it has
//! appeared (after the line of the `after:` before it), the test sends the
//! program one SIGINT, the signal Ctrl-C sends. `status:` is its exit code
//! (`status: 0`), or the signal that ended it (`status: signal 2`). The
//! program's whole stdout must then be its `<name>.sigint.stdout`, and its
//! stderr its `<name>.sigint.stderr` (no file: nothing on stderr), which
//! `BLESS=1 cargo test --test signals` writes, like a `.stdout`. A program
//! that has exited when an `after:` line appears fails: the signal would
//! reach no one; so does one whose stdout after the signals is its plain
//! `.stdout`: the signals changed nothing.
//!
//! tests/listings.rs runs the same programs without a signal and checks
//! their `.stdout`: each has its own way to stop when no one presses
//! Ctrl-C (a timer), so both paths are checked on every run.
//!
//! A Python snippet runs as `python3 -u` (its stdout unbuffered, so each
//! line arrives when it is printed). Every program starts with SIGINT's
//! default action, as in a terminal, even if the test was started with
//! SIGINT ignored (as a shell without job control starts `cmd &`). A program still running after
//! `TIME_LIMIT`, or that never prints a line the test waits for, fails.
//! `CHAPTER=ch32 cargo test --test signals` runs only that chapter's.

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use support::{check_against_file, selected_files, shown};

/// A program that runs longer than this is stuck.
const TIME_LIMIT: Duration = Duration::from_secs(60);

#[test]
fn every_program_with_a_sigint_file_handles_sigint_as_recorded() {
    let mut failures = Vec::new();
    let mut programs = Vec::new();
    for (dir, extension) in [("listings/examples", "rs"), ("listings/python", "py")] {
        for spec in selected_files(dir, "sigint") {
            let source = spec.with_extension(extension);
            if !source.exists() {
                failures.push(format!(
                    "{}: no program beside it ({} does not exist)",
                    shown(&spec),
                    shown(&source)
                ));
                continue;
            }
            match Plan::parse(&fs::read_to_string(&spec).unwrap()) {
                Ok(plan) => programs.push((source, plan)),
                Err(problem) => failures.push(format!("{}: {problem}", shown(&spec))),
            }
        }
        // A recorded output whose `.sigint` is gone is left over.
        for recorded in [selected_files(dir, "stdout"), selected_files(dir, "stderr")].concat() {
            let name = recorded.to_string_lossy();
            let stem = name.strip_suffix(".sigint.stdout");
            if let Some(stem) = stem.or_else(|| name.strip_suffix(".sigint.stderr")) {
                if !Path::new(&format!("{stem}.sigint")).exists() {
                    failures.push(format!(
                        "{}: no `.sigint` file beside it any more; delete it",
                        shown(&recorded)
                    ));
                }
            }
        }
    }
    if programs.is_empty() {
        assert!(
            support::chapter().is_some(),
            "no program has a `.sigint` file"
        );
    }

    let python_snippets = programs.iter().any(|(source, _)| is_python(source));
    if python_snippets {
        if let Err(problem) = support::python() {
            support::skip_unless_ci(
                &format!("the Python snippets' SIGINT checks: {problem}"),
                "Install Python 3.11 or newer as `python3` and run `cargo test --test signals`.",
            );
            programs.retain(|(source, _)| !is_python(source));
        }
    }
    let listings: Vec<String> = programs
        .iter()
        .filter(|(source, _)| !is_python(source))
        .map(|(source, _)| stem(source))
        .collect();
    let executables = build_listings(&listings);

    let runs: Vec<_> = programs
        .into_iter()
        .map(|(source, plan)| {
            let command = if is_python(&source) {
                let mut command = Command::new(support::python().unwrap());
                command.arg("-u").arg(&source);
                command
            } else {
                Command::new(&executables[&stem(&source)])
            };
            thread::spawn(move || {
                let run = run(command, &plan.after);
                check(&source, &plan, run)
            })
        })
        .collect();
    for run in runs {
        failures.extend(run.join().unwrap());
    }
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n\n"));
}

fn is_python(source: &Path) -> bool {
    source.extension().is_some_and(|e| e == "py")
}

fn stem(source: &Path) -> String {
    source.file_stem().unwrap().to_string_lossy().into_owned()
}

/// What a `.sigint` file says.
struct Plan {
    /// The lines after which to send SIGINT, in order.
    after: Vec<String>,
    /// How the program must end: `0`, `1`, ... or `signal 2`.
    status: String,
}

impl Plan {
    fn parse(text: &str) -> Result<Plan, String> {
        let (mut after, mut status) = (Vec::new(), None);
        for line in text.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(wanted) = line.strip_prefix("after: ") {
                after.push(wanted.to_owned());
            } else if let Some(wanted) = line.strip_prefix("status: ") {
                let wanted = wanted.trim();
                let number = wanted.strip_prefix("signal ").unwrap_or(wanted);
                if number.parse::<i32>().is_err() || status.is_some() {
                    return Err(format!(
                        "one `status:` line, a number or `signal N`, expected; found {line:?}"
                    ));
                }
                status = Some(wanted.to_owned());
            } else {
                return Err(format!(
                    "each line is `after: <a line of its stdout>`, `status: <exit code>` \
                     or a `#` comment; found {line:?}"
                ));
            }
        }
        match (after.is_empty(), status) {
            (false, Some(status)) => Ok(Plan { after, status }),
            _ => Err("needs at least one `after:` line and a `status:` line".into()),
        }
    }
}

/// What happened when the program ran and was sent its signals.
struct Run {
    stdout: String,
    stderr: String,
    status: ExitStatus,
    /// The `after:` line it never printed, if any: it ended, or ran out of
    /// time, first.
    never_printed: Option<String>,
    /// The `after:` line it printed and then exited, before the signal.
    exited_before_signal: Option<String>,
    timed_out: bool,
}

/// Runs one program (`support::start` says how), with its stdout read line by
/// line as it comes; sends it SIGINT after each of the `after` lines, and
/// waits for it to end, killing it at the time limit.
fn run(mut command: Command, after: &[String]) -> Run {
    let start = Instant::now();
    let (mut child, mut stderr) = support::start(&mut command);
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    let mut pipe = BufReader::new(child.stdout.take().unwrap());
    let (line_sender, lines) = mpsc::channel::<String>();
    let reader = thread::spawn(move || {
        let (mut stdout, mut line) = (String::new(), String::new());
        while pipe.read_line(&mut line).unwrap_or(0) > 0 {
            stdout.push_str(&line);
            let _ = line_sender.send(line.trim_end_matches('\n').to_owned());
            line.clear();
        }
        stdout
    });

    let (mut never_printed, mut exited_before_signal) = (None, None);
    'signals: for wanted in after {
        loop {
            let left = TIME_LIMIT.saturating_sub(start.elapsed());
            match lines.recv_timeout(left) {
                Ok(line) if line == *wanted => break,
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    never_printed = Some(wanted.clone());
                    break 'signals;
                }
            }
        }
        // kill(2) would succeed on a child that has exited but is not yet
        // reaped, and the signal would reach no one. (Reaping it here is
        // safe: `try_wait` keeps the status for the loop below.)
        if child.try_wait().unwrap().is_some() {
            exited_before_signal = Some(wanted.clone());
            break;
        }
        // Not reaped, so `pid` is still the child's, even if it exits now.
        // SAFETY: kill(2) only sends a signal; it touches no memory of ours.
        let sent = unsafe { libc::kill(pid, libc::SIGINT) };
        assert_eq!(sent, 0, "kill(SIGINT) failed");
    }

    // Poll for its exit rather than wait, so a stuck program fails
    // instead of hanging the test.
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIME_LIMIT {
            timed_out = true;
            child.kill().unwrap();
            break child.wait().unwrap();
        }
        thread::sleep(Duration::from_millis(5));
    };
    let stdout = reader.join().unwrap();
    Run {
        stdout,
        stderr: support::read_all(&mut stderr),
        status,
        never_printed,
        exited_before_signal,
        timed_out,
    }
}

/// How an exit status is written in a `.sigint` file.
fn describe(status: ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(code), _) => code.to_string(),
        (None, Some(signal)) => format!("signal {signal}"),
        (None, None) => format!("{status}"),
    }
}

/// Everything wrong with one program's run, as messages naming its files.
fn check(source: &Path, plan: &Plan, run: Run) -> Vec<String> {
    let name = shown(source);
    let spec = shown(&source.with_extension("sigint"));
    let mut failures = Vec::new();
    let output = format!("its stdout:\n{}its stderr:\n{}", run.stdout, run.stderr);
    if run.timed_out {
        failures.push(format!(
            "{name}: still running after {TIME_LIMIT:?}; killed it; {output}"
        ));
    }
    if let Some(line) = &run.never_printed {
        failures.push(format!(
            "{name}: never printed {line:?}, the line {spec} sends SIGINT after \
             (it exited with status `{}`); {output}",
            describe(run.status)
        ));
        return failures; // nothing more to compare: the signal was not sent
    }
    if let Some(line) = &run.exited_before_signal {
        failures.push(format!(
            "{name}: the signal came too late: it printed {line:?}, the line {spec} \
             sends SIGINT after, and had exited (status `{}`) before the signal could be \
             sent; an `after:` line must be one it prints while it still runs; {output}",
            describe(run.status)
        ));
        return failures;
    }
    let status = describe(run.status);
    if !run.timed_out && status != plan.status {
        failures.push(format!(
            "{name}: after SIGINT it exited with status `{status}`, but {spec} says \
             `status: {}`; {output}",
            plan.status
        ));
    }
    let plain = source.with_extension("stdout");
    if !run.timed_out && fs::read_to_string(&plain).is_ok_and(|plain| plain == run.stdout) {
        failures.push(format!(
            "{name}: the signal came too late: after SIGINT it printed exactly what {} \
             records without one, so the signal changed nothing (or the program ignores \
             SIGINT); send it after an earlier line of {spec}; {output}",
            shown(&plain)
        ));
    }
    if !run.timed_out {
        failures.extend(check_against_file(
            &source.with_extension("sigint.stdout"),
            &run.stdout,
            &format!("{name}'s stdout after SIGINT"),
        ));
        failures.extend(check_against_file(
            &source.with_extension("sigint.stderr"),
            &run.stderr,
            &format!("{name}'s stderr after SIGINT"),
        ));
    }
    failures
}

/// Builds the listings with these names (the listings test builds them all,
/// with the same settings, and fails on a warning) and returns each one's
/// executable by name.
fn build_listings(names: &[String]) -> BTreeMap<String, PathBuf> {
    if names.is_empty() {
        return BTreeMap::new();
    }
    let args: Vec<&str> = names.iter().flat_map(|name| ["--example", name]).collect();
    let build = support::build_listings(&args);
    assert!(
        build.success,
        "the listings do not compile:\n{}",
        build.errors.concat()
    );
    build.examples
}
