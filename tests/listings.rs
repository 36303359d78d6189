//! Runs every program the book shows, the Rust listings in
//! `listings/examples/` and the Python snippets in `listings/python/`, and
//! checks each against the files the chapters include beside it:
//!
//! - `<name>.stdout`: everything it prints (no file: it prints nothing);
//! - `<name>.stderr`: for a program that must fail (a listing that panics on
//!   purpose), its message; without this file a program must succeed;
//! - `<name>.seconds`: how long it takes. Line 1 is the claim the chapter
//!   shows, line 2 the outcome the lesson rules out, `not 4`, or a `#`
//!   comment saying why there is none. The run must take at least the claim
//!   (sleeps never end early) and less than the midpoint between claim and
//!   alternative, so that a program that did the other thing fails; never
//!   more than 25% + 0.5 s over the claim.
//! - `<name>.events`: for a program a figure in `listings/timelines/`
//!   draws, when each line appeared (tests/support/timeline.rs); in a
//!   fresh run each line must follow the one before it after the recorded
//!   gap, give or take 0.1 s (the first up to 0.3 s late). The figure's SVG
//!   must be the one these events draw.
//!
//! A benchmark, a program with a `.measured` file instead of a `.stdout`,
//! is left to tests/how_fast.rs.
//!
//! A program whose timing is off (its duration or a line's time) runs
//! again, up to twice, and the first run on time counts: a stalled machine
//! makes programs late, not early.
//!
//! All the programs run at once, so the suite waits for the slowest, not
//! for the sum; they start a few milliseconds apart, the longest first.
//! Each starts with SIGINT's default action, even under `cargo test &`
//! (chapter 32's snippets send themselves a SIGINT).
//! `CHAPTER=ch07` runs only the files whose name starts with `ch07`.
//! `BLESS=1 cargo test --test listings` rewrites `.stdout`, `.stderr`,
//! `.events` and the figures from real runs; `.seconds` is a claim the
//! chapter makes and is edited by hand.

mod support;

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, OnceLock, PoisonError, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use support::timeline::{self, Event, Figure, Timeline};
use support::{check_against_file, root, selected, selected_files, shown};

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
        .filter(|program| selected(&program.source) && !program.is_benchmark())
        .collect();
    run_and_check(programs);
}

#[test]
fn every_python_snippet_prints_what_the_book_shows() {
    if let Err(problem) = support::python() {
        support::skip_unless_ci(
            &format!("the Python snippets: {problem}"),
            "Install Python 3.11 or newer as `python3` and run `cargo test --test listings`.",
        );
        return;
    }
    // Start no timed program while the compiler has both cores.
    built_listings();
    let programs = selected_files("listings/python", "py")
        .into_iter()
        .map(|source| Program {
            source,
            executable: None,
        })
        .filter(|program| !program.is_benchmark())
        .collect();
    run_and_check(programs);
}

/// A program's `.events` are there for a figure: one that no figure in
/// `listings/timelines/` draws any more is left over.
#[test]
fn every_events_file_is_drawn_by_a_figure() {
    let figures = timeline::figures().unwrap_or_else(|problem| panic!("{problem}"));
    let mut left_over = Vec::new();
    for dir in ["listings/examples", "listings/python"] {
        for events in selected_files(dir, "events") {
            let drawn = figures.iter().any(|figure| {
                figure
                    .programs
                    .iter()
                    .any(|program| timeline::events_path(program) == events)
            });
            if !drawn {
                left_over.push(format!(
                    "{}: no figure in listings/timelines/ draws this program; delete the file",
                    shown(&events)
                ));
            }
        }
    }
    assert!(left_over.is_empty(), "\n{}", left_over.join("\n"));
}

/// A network listing runs its own server on 127.0.0.1, on a port the
/// system picks (port 0), and its clients in the same process: no program
/// the book shows connects anywhere else, on the playground or here.
#[test]
fn every_address_is_local_with_a_port_the_system_picks() {
    let mut problems = Vec::new();
    for dir in [
        "listings/examples",
        "listings/python",
        "listings/compile-fail",
    ] {
        for extension in ["rs", "py"] {
            for path in selected_files(dir, extension) {
                let text = fs::read_to_string(&path).unwrap();
                for (i, line) in text.lines().enumerate() {
                    for address in addresses(line) {
                        if address != "127.0.0.1:0" && address != "127.0.0.1" {
                            problems.push(format!(
                                "{}:{}: `{address}`: bind \"127.0.0.1:0\" and use the address the \
                                 listener reports",
                                shown(&path),
                                i + 1
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The host names and dotted addresses (with their ports) in a line.
fn addresses(line: &str) -> Vec<String> {
    let is_part = |c: char| c.is_ascii_alphanumeric() || ".:-/".contains(c);
    line.split(|c: char| !is_part(c))
        .filter(|word| {
            let host = word.split(':').next().unwrap_or_default();
            let dotted = host.split('.').count() == 4
                && host
                    .split('.')
                    .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            dotted || host == "localhost" || word.contains("://")
        })
        .map(str::to_owned)
        .collect()
}

/// The listings are formatted as `rustfmt` formats edition 2024 code, so a
/// reader who runs it on a copy gets no surprise diff.
#[test]
fn every_rust_listing_is_rustfmt_clean() {
    let mut files = selected_files("listings/examples", "rs");
    files.extend(selected_files("listings/compile-fail", "rs"));
    files.extend(selected_files("listings/tests", "rs"));
    let output = Command::new("rustfmt")
        .args(["--check", "--edition", "2024", "--color", "never"])
        .args(&files)
        .output();
    let Ok(output) = output else {
        support::skip_unless_ci(
            "the rustfmt check: rustfmt is not installed",
            "Install it with `rustup component add rustfmt`.",
        );
        return;
    };
    let diff =
        String::from_utf8_lossy(&output.stdout).replace(&format!("{}/", root().display()), "");
    assert!(
        output.status.success(),
        "these listings are not formatted as `rustfmt --edition 2024` would:\n{diff}\n\
         Format them with `rustfmt --edition 2024 FILE`."
    );
}

/// The scaffolding many listings share has one text, the one
/// docs/style.md gives: a copy that drifts from it fails here.
#[test]
fn every_drop_notice_is_the_style_guides() {
    let guide = fs::read_to_string(root().join("docs/style.md")).unwrap();
    let canonical = drop_notice(&guide).expect("docs/style.md shows DropNotice");
    let mut failures = Vec::new();
    for path in selected_files("listings/examples", "rs") {
        let text = fs::read_to_string(&path).unwrap();
        if !text.contains("struct DropNotice") {
            continue;
        }
        let copy = drop_notice(&text).unwrap_or_default();
        if copy != canonical {
            let diff = similar::TextDiff::from_lines(canonical, copy)
                .unified_diff()
                .header("docs/style.md", &shown(&path))
                .to_string();
            failures.push(format!(
                "{}: DropNotice differs from docs/style.md's:\n{diff}",
                shown(&path)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// `DropNotice` in `text`: from its doc comment to the end of its
/// `impl Drop`.
fn drop_notice(text: &str) -> Option<&str> {
    let from = text.find("/// Prints `<name>: dropped before it finished`")?;
    let impl_drop = from + text[from..].find("impl Drop for DropNotice")?;
    let end = impl_drop + text[impl_drop..].find("\n}\n")? + 3;
    Some(&text[from..end])
}

/// Runs a Python snippet as `python3 snippet.py` would, and writes to a
/// file how long it took, then when each line of its output appeared, timed
/// once the interpreter is up and asyncio imported: twenty interpreters
/// starting at once keep two cores busy for a second, which is not what a
/// chapter's duration is about. (A Rust listing starts in a millisecond and
/// is timed from its launch.)
const PYTHON_TIMER: &str = "\
import asyncio, runpy, sys, time
source, timing = sys.argv[1:]
sys.argv = [source]
class Timed:
    def __init__(self, out):
        self.out, self.times = out, []
    def write(self, text):
        written = self.out.write(text)
        self.out.flush()
        self.times += [time.monotonic() - start] * text.count('\\n')
        return written
    def __getattr__(self, name):
        return getattr(self.out, name)
sys.stdout = Timed(sys.stdout)
start = time.monotonic()
try:
    runpy.run_path(source, run_name='__main__')
finally:
    with open(timing, 'w') as file:
        print(time.monotonic() - start, *sys.stdout.times, file=file)
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
    /// A benchmark (it has a `.measured` file) prints numbers that change
    /// from run to run; tests/how_fast.rs runs it, alone.
    fn is_benchmark(&self) -> bool {
        self.source.with_extension("measured").exists()
    }

    /// What its `.seconds` file claims, if it has one that parses (one
    /// that does not is reported by `check_seconds`).
    fn claim(&self) -> Option<Claim> {
        fs::read_to_string(self.source.with_extension("seconds"))
            .ok()
            .and_then(|text| Claim::parse(&text).ok())
    }

    /// The seconds it claims to take, 0 without a claim.
    fn claimed_seconds(&self) -> f64 {
        self.claim().map_or(0.0, |claim| claim.seconds)
    }

    fn run(&self) -> Run {
        // A hundred programs starting together would keep both cores busy
        // for a second, and the timed ones would count it: each waits its
        // turn, longer for an interpreter, whose start costs more.
        let gap = if self.executable.is_some() { 10 } else { 25 };
        wait_for_turn(Duration::from_millis(gap));
        match &self.executable {
            Some(executable) => run(Command::new(executable)),
            None => {
                let timing = tempfile::NamedTempFile::new().unwrap();
                let mut command = Command::new(support::python().unwrap());
                command
                    .args(["-c", PYTHON_TIMER])
                    .arg(&self.source)
                    .arg(timing.path());
                let mut run = run(command);
                // A snippet that dies before its timer writes keeps the times
                // from launch; its failure is reported anyway.
                let times: Vec<f64> = fs::read_to_string(timing.path())
                    .unwrap()
                    .split_whitespace()
                    .map(|t| t.parse().unwrap())
                    .collect();
                if let Some((&elapsed, line_times)) = times.split_first() {
                    run.elapsed = Duration::from_secs_f64(elapsed);
                    run.line_times = line_times.to_vec();
                }
                run
            }
        }
    }

    /// The `.events` file to compare its run with, if a figure draws it.
    fn events(&self, figures: &[Figure]) -> Option<PathBuf> {
        (!self.figures(figures).is_empty()).then(|| timeline::events_path(&self.source))
    }

    /// The figures that draw it.
    fn figures<'a>(&self, figures: &'a [Figure]) -> Vec<&'a Figure> {
        figures
            .iter()
            .filter(|figure| figure.programs.contains(&self.source))
            .collect()
    }
}

/// Runs all the programs at once and fails with every difference from the
/// committed expectations, naming each program by its source file; then
/// checks (or, under BLESS, draws) the figures these programs are in.
fn run_and_check(mut programs: Vec<Program>) {
    if programs.is_empty() {
        assert!(support::chapter().is_some(), "no programs found");
        return; // this chapter has none of this kind
    }
    let figures = match timeline::figures() {
        Ok(figures) => figures,
        Err(problem) => panic!("{problem}"),
    };
    let figures = Arc::new(figures);
    programs.sort_by(|a, b| b.claimed_seconds().total_cmp(&a.claimed_seconds()));
    let runs: Vec<_> = programs
        .into_iter()
        .map(|program| thread::spawn(move || (program.run(), program)))
        .collect();
    let firsts: Vec<_> = runs.into_iter().map(|run| run.join().unwrap()).collect();
    // Checked, and run again if late, once the whole batch has run: a
    // hundred programs at once are the load most likely to make one late.
    // Under BLESS the programs a figure draws are recorded then too.
    let runs: Vec<_> = firsts
        .into_iter()
        .map(|(first, program)| {
            let figures = Arc::clone(&figures);
            thread::spawn(move || {
                let (run, late) = run_on_time(&program, first, &figures);
                let recorded = (support::blessing() && program.events(&figures).is_some())
                    .then(|| record(&program, run.timeline()));
                (program, run, late, recorded)
            })
        })
        .collect();
    let mut failures = Vec::new();
    let mut ran = Vec::new();
    for run in runs {
        let (program, run, late, recorded) = run.join().unwrap();
        failures.extend(late);
        match recorded {
            Some(Ok(timeline)) => {
                let path = timeline::events_path(&program.source);
                fs::write(path, timeline::format_timeline(&timeline)).unwrap();
            }
            Some(Err(problem)) => failures.push(problem),
            None => {}
        }
        failures.extend(check(&program.source, run));
        ran.push(program.source);
    }
    failures.extend(check_figures(&figures, &ran));
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n\n"));
}

/// Returns when the last program to start did so at least `gap` ago; the
/// Rust and the Python test share the turns.
fn wait_for_turn(gap: Duration) {
    static LAST_START: Mutex<Option<Instant>> = Mutex::new(None);
    let mut last = LAST_START.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(wait) = last.map(|at| (at + gap).saturating_duration_since(Instant::now())) {
        thread::sleep(wait);
    }
    *last = Some(Instant::now());
}

/// A machine that stalls for a moment makes a program late, never early,
/// so a program whose timing is off runs again, up to twice. Returns the
/// first run on time, or the third run and its problems.
fn run_on_time(program: &Program, first: Run, figures: &[Figure]) -> (Run, Vec<String>) {
    let mut runs = vec![first];
    loop {
        let times: Vec<f64> = runs.iter().map(|run| run.elapsed.as_secs_f64()).collect();
        let problems = timing_problems(program, runs.last().unwrap(), &times, figures);
        if problems.is_empty() || runs.len() == 3 {
            return (runs.pop().unwrap(), problems);
        }
        runs.push(program.run());
    }
}

/// What is off in a run's timing: its duration against the `.seconds`
/// claim (`times` are all its runs so far, the last one this run's), and
/// the time of each line against the `.events` a figure is drawn from.
fn timing_problems(program: &Program, run: &Run, times: &[f64], figures: &[Figure]) -> Vec<String> {
    let mut problems = Vec::new();
    problems.extend(check_seconds(program, times));
    if let Some(path) = program.events(figures) {
        if !support::blessing() {
            match timeline::read_timeline(&path) {
                Ok(committed) => {
                    let drawn_by: Vec<String> = program
                        .figures(figures)
                        .iter()
                        .map(|figure| format!("figure {}", shown(&figure.svg_path())))
                        .collect();
                    problems.extend(timeline::compare(
                        &committed.events,
                        &run.timeline().events,
                        &path,
                        &drawn_by.join(", "),
                    ))
                }
                Err(problem) => problems.push(problem),
            }
        }
    }
    problems
}

/// The run to commit for a figure: each line at the earliest time it
/// appeared in three runs, and the earliest exit (a busy machine makes a
/// line late, never early), so that a figure blessed on a busy machine
/// still shows the program's own timing. Fails if even so the program
/// exited later than its `.seconds` claim allows: a figure recorded late
/// would be checked against the wrong gaps.
fn record(program: &Program, first: Timeline) -> Result<Timeline, String> {
    let mut best = first;
    for _ in 0..2 {
        let again = program.run().timeline();
        let same_lines = again.events.len() == best.events.len()
            && again
                .events
                .iter()
                .zip(&best.events)
                .all(|(a, b)| a.line() == b.line());
        if !same_lines {
            return Err(format!(
                "{}: prints different lines from run to run; a figure needs the same ones",
                shown(&program.source)
            ));
        }
        for (event, other) in best.events.iter_mut().zip(again.events) {
            event.seconds = event.seconds.min(other.seconds);
        }
        best.exited = best.exited.min(again.exited);
    }
    if let Some(claim) = program.claim() {
        if best.exited >= claim.seconds + timeline::ROUNDING {
            return Err(format!(
                "{}: exited at {:.2} s at best in three runs, later than the {} s it claims; \
                 the machine is too busy to record its figure",
                shown(&program.source),
                best.exited,
                claim.seconds
            ));
        }
    }
    Ok(best)
}

/// Checks (or, under BLESS, draws) every figure that shows one of the
/// programs this test ran: its SVG must be the one its committed events
/// draw. Figures are drawn one at a time, after the events are written,
/// since the Rust and the Python test may both draw a figure that shows
/// programs of each.
fn check_figures(figures: &[Figure], ran: &[PathBuf]) -> Vec<String> {
    static DRAWING: Mutex<()> = Mutex::new(());
    let _drawing = DRAWING.lock().unwrap_or_else(PoisonError::into_inner);
    let mut failures = Vec::new();
    for figure in figures {
        if !figure.programs.iter().any(|program| ran.contains(program)) {
            continue;
        }
        let mut panels = Vec::new();
        for program in &figure.programs {
            let path = timeline::events_path(program);
            match timeline::read_timeline(&path) {
                Ok(run) => panels.push((program.clone(), run)),
                // Not recorded yet: the other test records it, and draws
                // the figure then.
                Err(_) if support::blessing() => {}
                Err(problem) => failures.push(problem),
            }
        }
        if panels.len() == figure.programs.len() {
            failures.extend(check_against_file(
                &figure.svg_path(),
                &timeline::draw(figure, &panels),
                &format!("the figure drawn from {}", shown(&figure.spec)),
            ));
        }
    }
    failures
}

/// Checks a program's `.seconds` claim, if it has one (see the top of this
/// file), against its latest run; `times` are all its runs so far.
fn check_seconds(program: &Program, times: &[f64]) -> Option<String> {
    let path = program.source.with_extension("seconds");
    let text = fs::read_to_string(&path).ok()?;
    let claim = match Claim::parse(&text) {
        Ok(claim) => claim,
        Err(problem) => return Some(format!("{}: {problem}", shown(&path))),
    };
    let (low, high) = claim.accepted();
    let last = *times.last().unwrap();
    if (low..high).contains(&last) {
        return None;
    }
    let runs: Vec<String> = times.iter().map(|took| format!("{took:.2} s")).collect();
    let took = match runs.len() {
        1 => format!("took {last:.2} s"),
        _ => format!("took {last:.2} s (runs: {})", runs.join(", ")),
    };
    let ruled_out = match claim.alternative {
        Some(alternative) => format!(", not {alternative} s"),
        None => String::new(),
    };
    Some(format!(
        "{}: {took}, but {} claims {} s{ruled_out} (allowed: {low:.2} s up to {high:.2} s)",
        shown(&program.source),
        shown(&path),
        claim.seconds,
    ))
}

/// What a `.seconds` file says: the duration the chapter claims, and the
/// one the lesson rules out.
struct Claim {
    seconds: f64,
    alternative: Option<f64>,
}

impl Claim {
    /// Line 1: the claim. Line 2: `not N`, or a `#` comment saying why the
    /// lesson has no alternative.
    fn parse(text: &str) -> Result<Claim, String> {
        let mut lines = text.lines().map(str::trim);
        let first = lines.next().unwrap_or_default();
        let seconds = first
            .parse()
            .map_err(|_| format!("line 1 must be the claimed seconds, found {first:?}"))?;
        let second = lines.next().unwrap_or_default();
        let alternative = if second.starts_with('#') {
            None
        } else {
            let number = second.strip_prefix("not ").and_then(|n| n.parse().ok());
            Some(number.ok_or_else(|| {
                format!(
                    "line 2 must name the outcome the lesson rules out, `not 4`, \
                     or say in a `#` comment why there is none; found {second:?}"
                )
            })?)
        };
        Ok(Claim {
            seconds,
            alternative,
        })
    }

    /// The accepted times, from `low` up to (not including) `high`: never
    /// below the claim, and below the midpoint to a longer alternative (a
    /// shorter one is ruled out by the lower bound already).
    fn accepted(&self) -> (f64, f64) {
        let loose = self.seconds * 1.25 + 0.5;
        let high = match self.alternative {
            Some(alternative) if alternative > self.seconds => {
                loose.min((self.seconds + alternative) / 2.0)
            }
            _ => loose,
        };
        (self.seconds, high)
    }
}

/// The listings crate's examples, built once for both tests: each one's
/// name and executable.
fn built_listings() -> &'static [(String, PathBuf)] {
    static BUILT: OnceLock<Vec<(String, PathBuf)>> = OnceLock::new();
    BUILT.get_or_init(build_listings)
}

/// Builds the listings crate's examples and returns each one's executable,
/// by listing name. Fails on a compiler error or warning, quoting rustc's
/// messages (which name the file and line): the book shows clean code.
fn build_listings() -> Vec<(String, PathBuf)> {
    // The tests too (chapter 33 shows them), for their warnings.
    let build = support::build_listings(&["--examples", "--tests"]);
    assert!(
        build.success,
        "the listings do not compile:\n{}",
        build.errors.concat()
    );
    assert!(
        build.warnings.is_empty(),
        "the listings compile with warnings:\n{}",
        build.warnings.concat()
    );
    // Read each executable once, so that it is in the page cache before the
    // timed runs: a machine that reclaims cached pages between the build and
    // the runs (CI's does) made a hundred programs wait for the disk at once,
    // each first run 10 to 50 s late.
    for executable in build.examples.values() {
        fs::read(executable).unwrap();
    }
    build.examples.into_iter().collect()
}

struct Run {
    success: bool,
    stdout: String,
    /// When each line of stdout appeared, in seconds from the start.
    line_times: Vec<f64>,
    stderr: String,
    elapsed: Duration,
}

/// Runs one program (`support::start` says how it starts). Its stdout is
/// read through a pipe as it comes, so that each line gets its time
/// (Rust's stdout writes each line at once, even into a pipe).
fn run(mut command: Command) -> Run {
    let start = Instant::now();
    let (mut child, mut stderr) = support::start(&mut command);
    let mut pipe = BufReader::new(child.stdout.take().unwrap());
    let (output_ended, end_of_output) = mpsc::channel();
    let reader = thread::spawn(move || {
        let (mut stdout, mut line_times) = (String::new(), Vec::new());
        let mut line = String::new();
        while pipe.read_line(&mut line).unwrap_or(0) > 0 {
            line_times.push(start.elapsed().as_secs_f64());
            stdout.push_str(&line);
            line.clear();
        }
        let _ = output_ended.send(());
        (stdout, line_times)
    });
    // Its stdout ends when it exits. Wait for that, then poll for its exit
    // rather than wait, so a stuck program fails instead of hanging (and
    // a hundred programs polling all along would take a core).
    let _ = end_of_output.recv_timeout(TIME_LIMIT);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIME_LIMIT {
            child.kill().unwrap();
            break child.wait().unwrap();
        }
        thread::sleep(Duration::from_millis(1));
    };
    let elapsed = start.elapsed();
    let (stdout, line_times) = reader.join().unwrap();
    Run {
        success: status.success(),
        stdout,
        line_times,
        stderr: support::read_all(&mut stderr),
        elapsed,
    }
}

impl Run {
    /// Each line of its output and when it appeared, and when it exited.
    fn timeline(&self) -> Timeline {
        let events = self
            .stdout
            .lines()
            .zip(&self.line_times)
            .map(|(line, &seconds)| Event::new(seconds, line))
            .collect();
        Timeline {
            events,
            exited: self.elapsed.as_secs_f64(),
        }
    }
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
