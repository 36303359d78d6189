//! Runs the benchmarks, asyncio's and tokio's on the same workloads, and
//! checks every ratio the book claims between them.
//!
//! A benchmark is a listing (`listings/examples/*.rs`, built as a release
//! build) or Python snippet (`listings/python/*.py`) with a `.measured`
//! file beside it instead of a `.stdout`. It prints only measurements, one
//! per line, `<label>: <number> <unit>`. The `.measured` file holds the
//! output of a recorded run, which the chapter shows; a run must print the
//! same labels and units (its numbers are its own).
//!
//! A ratio the book claims is `listings/ratios/<name>.ratio`:
//!
//! ```text
//! 5
//! slower: python/ch28-spawn.py: asyncio: spawned and awaited 100000 tasks
//! faster: examples/ch28-spawn.rs: tokio: spawned and awaited 100000 tasks
//! ```
//!
//! Line 1 is the claim the chapter includes: the faster program's number
//! is at least that many times smaller, in the same unit. The test fails,
//! naming the file and both numbers, when the ratio of this run, or of the
//! recorded figures the chapter shows, is below the claim. The benchmarks
//! run one after the other, with nothing else running (cargo runs one test
//! binary at a time, and this one has one test).
//!
//! `BLESS=1 cargo test --test how_fast` rewrites each `.measured` and
//! `listings/ratios/machine.txt`, the machine the recorded figures come
//! from, if every claim holds for the run; the claims are edited by hand.

mod support;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use support::{check_against_file, root, selected, shown};

#[test]
fn every_ratio_the_book_claims_holds() {
    let benchmarks: Vec<PathBuf> = ["listings/examples", "listings/python"]
        .iter()
        .flat_map(|dir| support::selected_files(dir, "measured"))
        .collect();
    if benchmarks.is_empty() {
        return; // this chapter has none
    }
    if let Err(problem) = support::python() {
        support::skip_unless_ci(
            &format!("the benchmarks: {problem}"),
            "Install Python 3.11 or newer as `python3` and run `cargo test --test how_fast`.",
        );
        return;
    }
    let executables = build_release(&benchmarks);
    let mut problems = Vec::new();
    // This run's numbers, and the recorded ones the chapter shows: the
    // claims must hold for both.
    let (mut numbers, mut recorded_numbers) = (Numbers::new(), Numbers::new());
    let mut outputs = Vec::new();
    for measured in &benchmarks {
        let source = program(measured);
        let mut command = match executables.get(&source) {
            Some(executable) => Command::new(executable),
            None => {
                let mut command = Command::new(support::python().unwrap());
                command.arg(&source);
                command
            }
        };
        let output = command
            .current_dir(root())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        if !output.status.success() {
            problems.push(format!(
                "{}: failed; its stderr:\n{}",
                shown(&source),
                String::from_utf8_lossy(&output.stderr)
            ));
            continue;
        }
        let lines = match measurements(&stdout) {
            Ok(lines) => lines,
            Err(problem) => {
                problems.push(format!("{}: {problem}", shown(&source)));
                continue;
            }
        };
        let recorded = fs::read_to_string(measured).unwrap_or_default();
        let shape = |lines: &[Measurement]| -> Vec<(String, String)> {
            lines
                .iter()
                .map(|m| (m.label.clone(), m.unit.clone()))
                .collect()
        };
        match measurements(&recorded) {
            Ok(recorded_lines) if shape(&recorded_lines) == shape(&lines) => {
                add(&mut recorded_numbers, &source, recorded_lines);
            }
            _ if support::blessing() => {}
            _ => problems.push(format!(
                "{}: its labels or units differ from {} (numbers aside):\n\
                 recorded:\n{recorded}this run:\n{stdout}\
                 If the new output is right, rewrite the file with `BLESS=1 cargo test --test how_fast`.",
                shown(&source),
                shown(measured)
            )),
        }
        add(&mut numbers, &source, lines);
        outputs.push((measured, stdout));
    }
    let ratios = support::files("listings/ratios", "ratio");
    for ratio in &ratios {
        problems.extend(check_ratio(ratio, &numbers, "this run").err());
        if !support::blessing() {
            problems.extend(check_ratio(ratio, &recorded_numbers, "the recorded figures").err());
        }
    }
    // Under BLESS the recorded figures become this run's, so only a run
    // for which every claim holds is recorded.
    if support::blessing() && problems.is_empty() {
        for (measured, stdout) in outputs {
            check_against_file(measured, &stdout, "");
        }
        fs::write(root().join("listings/ratios/machine.txt"), machine()).unwrap();
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n\n"));
}

/// Each benchmark's numbers with their units, by program and label.
type Numbers = HashMap<(PathBuf, String), (f64, String)>;

fn add(numbers: &mut Numbers, source: &Path, lines: Vec<Measurement>) {
    for m in lines {
        numbers.insert((source.to_owned(), m.label), (m.number, m.unit));
    }
}

/// The program a `.measured` file belongs to.
fn program(measured: &Path) -> PathBuf {
    let rust = measured.with_extension("rs");
    if rust.exists() {
        rust
    } else {
        measured.with_extension("py")
    }
}

struct Measurement {
    label: String,
    number: f64,
    unit: String,
}

/// Each line of a benchmark's output: `<label>: <number> <unit>`.
fn measurements(output: &str) -> Result<Vec<Measurement>, String> {
    output
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let parsed = line.rsplit_once(": ").and_then(|(label, value)| {
                let (number, unit) = value.split_once(' ')?;
                let number = number.parse().ok()?;
                Some(Measurement {
                    label: label.to_owned(),
                    number,
                    unit: unit.to_owned(),
                })
            });
            parsed.ok_or_else(|| {
                format!("line {} is `{line}`, not `<label>: <number> <unit>`", i + 1)
            })
        })
        .collect()
}

/// Checks one `.ratio` claim against one set of numbers (`which`: this
/// run, or the recorded figures). A claim about a program the chapter
/// filter leaves out is not checked.
fn check_ratio(path: &Path, numbers: &Numbers, which: &str) -> Result<(), String> {
    let name = shown(path);
    let text = fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let claim: f64 = lines
        .first()
        .and_then(|l| l.trim().parse().ok())
        .ok_or(format!("{name}:1: the claim must be a number"))?;
    let side = |index: usize, key: &str| -> Result<Option<(String, f64, String)>, String> {
        let line = index + 1;
        let form = || format!("{name}:{line}: must read `{key} <program>: <label>`");
        let rest = lines
            .get(index)
            .and_then(|l| l.strip_prefix(key))
            .ok_or_else(form)?;
        let (program, label) = rest.trim().split_once(": ").ok_or_else(form)?;
        let source = root().join("listings").join(program);
        if !source.with_extension("measured").exists() {
            return Err(format!(
                "{name}:{line}: {program} is not a benchmark (it has no .measured file)"
            ));
        }
        if !selected(&source) {
            return Ok(None);
        }
        let (number, unit) = numbers.get(&(source, label.to_owned())).ok_or(format!(
            "{name}:{line}: {program} printed no line `{label}: ...`"
        ))?;
        Ok(Some((format!("{program}: {label}"), *number, unit.clone())))
    };
    let (Some((slower, slow, slow_unit)), Some((faster, fast, fast_unit))) =
        (side(1, "slower:")?, side(2, "faster:")?)
    else {
        return Ok(());
    };
    // `KiB per task` and `KiB per thread` compare; `s` and `KiB` do not.
    let measure = |unit: &str| unit.split(' ').next().unwrap_or_default().to_owned();
    if measure(&slow_unit) != measure(&fast_unit) {
        return Err(format!(
            "{name}: compares {slow_unit} ({slower}) with {fast_unit} ({faster})"
        ));
    }
    if fast <= 0.0 {
        return Err(format!(
            "{name}: {faster} measured {fast}: too small to divide by; give it more work"
        ));
    }
    let ratio = slow / fast;
    if ratio >= claim {
        Ok(())
    } else {
        Err(format!(
            "{name}: the book claims at least {claim} times, and the ratio of {which} is {ratio:.1}:\n\
             {slower}: {slow} {slow_unit}\n{faster}: {fast} {fast_unit}"
        ))
    }
}

/// Builds the Rust benchmarks as a release build (the numbers a reader
/// gets with `cargo run --release`), and returns each one's executable.
fn build_release(benchmarks: &[PathBuf]) -> HashMap<PathBuf, PathBuf> {
    let rust: Vec<PathBuf> = benchmarks
        .iter()
        .map(|m| program(m))
        .filter(|source| source.extension().is_some_and(|e| e == "rs"))
        .collect();
    if rust.is_empty() {
        return HashMap::new();
    }
    let mut args = vec!["--release"];
    for source in &rust {
        args.extend(["--example", source.file_stem().unwrap().to_str().unwrap()]);
    }
    let build = support::build_listings(&args);
    assert!(
        build.success,
        "the benchmarks do not compile:\n{}",
        build.errors.concat()
    );
    let examples = root().join("listings/examples");
    build
        .examples
        .into_iter()
        .map(|(name, exe)| (examples.join(format!("{name}.rs")), exe))
        .collect()
}

/// What the recorded figures were measured on, as the chapter shows it.
fn machine() -> String {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_owned())
        .unwrap_or_else(|| "an unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let kernel = fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let version = |program: &str, arg: &str| {
        Command::new(program)
            .arg(arg)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default()
    };
    let lock = fs::read_to_string(root().join("Cargo.lock")).unwrap();
    let tokio = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"tokio\"\n"))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
        .unwrap_or("?")
        .trim_matches('"')
        .to_owned();
    format!(
        "{cores} cores ({cpu}), Linux {}\n{} with tokio {tokio}, release build\n{}\n",
        kernel.trim(),
        version("rustc", "--version")
            .split(" (")
            .next()
            .unwrap_or_default(),
        version("python3", "--version").replace("Python", "CPython"),
    )
}
