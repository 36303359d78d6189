//! Timelines: when each line of a program's output appeared, and the SVG
//! figure drawn from it.
//!
//! A program's run is committed beside it as `<name>.events`, one line per
//! output line, `0.5 s | fetch 1 | request sent` (its time, rounded to
//! 0.1 s, its lane and its text), and last `exit at 2.0 s`. The lane is the
//! text before the first `: ` of the line, as listings print (`actor: what
//! happened`); a line without one (a final result, a verdict) has an empty
//! lane and is not drawn. A figure, `listings/timelines/<name>.txt`, names
//! its title and the programs it shows, one panel each on one time scale;
//! `<name>.svg` beside it is drawn from their runs.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use svg::node::element::{Circle, Element, Group, Line, Title};
use svg::{Document, Node};

use super::{root, shown};

/// Committed times are rounded to this: a loaded machine reproduces a time
/// to a few hundredths of a second, not to the millisecond, and the book's
/// listings space their events 200 ms or more apart.
pub const ROUNDING: f64 = 0.1;

/// How far a fresh run may be from the committed one: its first line may
/// come up to 0.3 s late (a hundred programs start at once), and each later
/// line must follow the one before it after the committed gap, less
/// `ROUNDING` or more by less than 0.1 s. So a start-up stall costs
/// nothing, and a sleep changed by 0.1 s or more fails at the line where
/// it shows.
const FIRST_LATE: f64 = 0.3;
const GAP_LATE: f64 = 0.1;

/// One line of output and when it appeared, in seconds from the start.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub seconds: f64,
    pub lane: String,
    pub text: String,
}

/// What a figure draws of one run of a program: its lines, and when it
/// exited.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub events: Vec<Event>,
    pub exited: f64,
}

impl Event {
    /// The event for `line`, printed `seconds` after the start.
    pub fn new(seconds: f64, line: &str) -> Event {
        let (lane, text) = match line.split_once(": ") {
            Some((lane, text)) if is_lane(lane) => (lane, text),
            _ => ("", line),
        };
        Event {
            seconds,
            lane: lane.to_owned(),
            text: text.to_owned(),
        }
    }

    /// The output line it was made from.
    pub fn line(&self) -> String {
        match self.lane.as_str() {
            "" => self.text.clone(),
            lane => format!("{lane}: {}", self.text),
        }
    }

    /// An actor that starts to wait (for a lock, a permit, room in a
    /// channel) says `waiting`; until its next line its lane shows a wait,
    /// not work.
    fn starts_a_wait(&self) -> bool {
        self.text
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word == "waiting")
    }
}

/// An actor's name: short, and no part of a value (`main`, `fetch 1`,
/// `count_orders`, but not `["a", "b"]`).
fn is_lane(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 20
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '.'))
}

/// The `.events` file of a program.
pub fn events_path(program: &Path) -> PathBuf {
    program.with_extension("events")
}

fn rounded(seconds: f64) -> f64 {
    (seconds / ROUNDING).round() * ROUNDING
}

pub fn format_timeline(run: &Timeline) -> String {
    let mut text = String::from(
        "# When each line of output appeared, from a real run: seconds | lane | text.\n\
         # `BLESS=1 cargo test --test listings` rewrites this file; never edit it by hand.\n",
    );
    for event in &run.events {
        let seconds = rounded(event.seconds);
        writeln!(text, "{seconds:.1} s | {} | {}", event.lane, event.text).unwrap();
    }
    writeln!(text, "exit at {:.1} s", rounded(run.exited)).unwrap();
    text
}

/// Reads a `.events` file; an error names the file and line.
pub fn read_timeline(path: &Path) -> Result<Timeline, String> {
    let text = fs::read_to_string(path).map_err(|_| {
        format!(
            "{}: missing; record it with `BLESS=1 cargo test --test listings`",
            shown(path)
        )
    })?;
    let problem = |index: usize, what: &str| format!("{}:{}: {what}", shown(path), index + 1);
    let seconds = |time: &str| time.strip_suffix(" s").and_then(|t| t.parse::<f64>().ok());
    let (mut events, mut exited) = (Vec::new(), None);
    for (index, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(time) = line.strip_prefix("exit at ") {
            exited = Some(seconds(time).ok_or_else(|| problem(index, "expected `exit at 2.0 s`"))?);
            continue;
        }
        let mut parts = line.splitn(3, " | ");
        let (Some(time), Some(lane), Some(what)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(problem(
                index,
                &format!("expected `0.5 s | lane | text`, found {line:?}"),
            ));
        };
        let seconds = seconds(time).ok_or_else(|| {
            problem(
                index,
                &format!("expected a time like `0.5 s`, found {time:?}"),
            )
        })?;
        events.push(Event {
            seconds,
            lane: lane.to_owned(),
            text: what.to_owned(),
        });
    }
    let exited = exited.ok_or_else(|| format!("{}: no `exit at` line", shown(path)))?;
    Ok(Timeline { events, exited })
}

/// Compares a fresh run's events with the committed ones in `path`: the
/// same lines in the same order and lanes, the first at most `FIRST_LATE`
/// late, each later one after the committed gap (see `GAP_LATE`). Returns
/// what differs, naming the figures that draw them (`figures`), the
/// `.events` file and the event.
pub fn compare(committed: &[Event], fresh: &[Event], path: &Path, figures: &str) -> Vec<String> {
    let file = shown(path);
    let mut problems = Vec::new();
    for (index, (old, new)) in committed.iter().zip(fresh).enumerate() {
        let number = index + 1;
        if (&old.lane, &old.text) != (&new.lane, &new.text) {
            problems.push(format!(
                "{figures}: event {number} of {file} is `{}` (lane {:?}), this run printed `{}` (lane {:?})",
                old.line(),
                old.lane,
                new.line(),
                new.lane
            ));
            return problems; // the rest is shifted: one message is enough
        }
        let (since, gap, fresh_gap, late) = match index {
            0 => ("the start".to_owned(), old.seconds, new.seconds, FIRST_LATE),
            _ => (
                format!("event {index}"),
                old.seconds - committed[index - 1].seconds,
                new.seconds - fresh[index - 1].seconds,
                GAP_LATE,
            ),
        };
        let (low, high) = (gap - ROUNDING, gap + late);
        if !(low..high).contains(&fresh_gap) {
            problems.push(format!(
                "{figures}: event {number} of {file}, `{}`, came {fresh_gap:.2} s after {since}; \
                 the figure has {gap:.1} s (allowed: {:.2} s up to {high:.2} s)",
                new.line(),
                low.max(0.0),
            ));
            return problems; // the later gaps are measured from this one
        }
    }
    if committed.len() != fresh.len() {
        problems.push(format!(
            "{figures}: {file} has {} events, this run printed {} lines",
            committed.len(),
            fresh.len()
        ));
    }
    problems
}

/// A figure: `listings/timelines/<name>.txt` gives its title on the first
/// line that is not a `#` comment, then one program per line, relative to
/// `listings/`.
pub struct Figure {
    pub spec: PathBuf,
    pub title: String,
    pub programs: Vec<PathBuf>,
}

impl Figure {
    pub fn svg_path(&self) -> PathBuf {
        self.spec.with_extension("svg")
    }

    /// The name the chapters include it by: `ch07-sequential-vs-concurrent`.
    pub fn name(&self) -> String {
        self.spec
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned()
    }
}

/// Every figure in `listings/timelines/`, or what is wrong with a spec.
pub fn figures() -> Result<Vec<Figure>, String> {
    let mut figures = Vec::new();
    for spec in super::files("listings/timelines", "txt") {
        let text = fs::read_to_string(&spec).unwrap();
        let mut lines = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        let title = lines.next().unwrap_or_default().to_owned();
        let programs: Vec<PathBuf> = lines.map(|l| root().join("listings").join(l)).collect();
        if programs.is_empty() {
            return Err(format!(
                "{}: give a title line, then the programs to draw, one per line",
                shown(&spec)
            ));
        }
        if let Some(missing) = programs.iter().find(|p| !p.exists()) {
            return Err(format!(
                "{}: no such program: {}",
                shown(&spec),
                shown(missing)
            ));
        }
        figures.push(Figure {
            spec,
            title,
            programs,
        });
    }
    Ok(figures)
}

// The drawing, in the SVG's own units: a 560-wide viewBox, shown 640 px
// wide on a desktop and scaled down to fit a phone. Text is monospaced, so
// its width is known: 0.6 em a character.
const WIDTH: f64 = 560.0;
const SHOWN_WIDTH: f64 = 640.0;
const FONT: f64 = 13.0;
const ROW: f64 = 48.0; // a lane: labels above and below its bar
const TITLE: f64 = 26.0; // the figure's title
const HEADER: f64 = 24.0; // a panel's heading
const AXIS: f64 = 28.0;

fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * FONT * 0.6
}

/// The figure drawn from its programs' runs: its title, then one panel per
/// program, one above the other, on one time scale. Colours come from the
/// page's theme (`currentColor`, mdBook's `--links`), so it reads in all
/// five themes.
pub fn draw(figure: &Figure, panels: &[(PathBuf, Timeline)]) -> String {
    let end = panels.iter().map(|(_, run)| run.exited).fold(0.0, f64::max);
    let (step, axis_end) = ticks(end);
    let lanes_of = |events: &[Event]| {
        let mut lanes: Vec<String> = Vec::new();
        for event in events.iter().filter(|e| !e.lane.is_empty()) {
            if !lanes.contains(&event.lane) {
                lanes.push(event.lane.clone());
            }
        }
        lanes
    };
    let widest_lane = panels
        .iter()
        .flat_map(|(_, run)| lanes_of(&run.events))
        .map(|lane| text_width(&lane))
        .fold(0.0, f64::max);
    let left = round(8.0 + widest_lane + 12.0);
    let right = WIDTH - 24.0; // room for the last tick's label, centred on it
    let x = |seconds: f64| round(left + seconds / axis_end * (right - left));

    // The title, bold, in as many lines as it needs.
    let mut body = Group::new();
    let mut y = 0.0;
    for line in wrap(&figure.title, WIDTH - 8.0) {
        let mut title = text(&line, 4.0, y + 17.0, "start");
        title.assign("font-weight", "bold");
        body = body.add(title);
        y += TITLE - 6.0;
    }
    y += 6.0;
    let top = y;
    for (program, run) in panels {
        let heading = format!(
            "{} ({}): exited at {:.1} s",
            program.file_name().unwrap().to_string_lossy(),
            if program.extension().is_some_and(|e| e == "py") {
                "asyncio"
            } else {
                "tokio"
            },
            rounded(run.exited),
        );
        body = body.add(text(&heading, 4.0, y + 16.0, "start"));
        y += HEADER;
        for lane in lanes_of(&run.events) {
            let mine: Vec<&Event> = run.events.iter().filter(|e| e.lane == lane).collect();
            body = body.add(draw_lane(&lane, &mine, y, left, right, &x));
            y += ROW;
        }
        y += 8.0;
    }
    let plot_bottom = y;
    // The time axis: a faint line at each tick through every panel.
    let mut axis = Group::new();
    let count = (axis_end / step).round() as usize;
    for tick in 0..=count {
        let seconds = tick as f64 * step;
        let at = x(seconds);
        axis = axis
            .add(
                Line::new()
                    .set("x1", at)
                    .set("x2", at)
                    .set("y1", top + HEADER - 4.0)
                    .set("y2", plot_bottom)
                    .set("stroke", "currentColor")
                    .set("stroke-opacity", 0.25)
                    .set("stroke-dasharray", "2 3"),
            )
            .add(text(
                &format!("{} s", round_label(seconds)),
                at,
                plot_bottom + 16.0,
                "middle",
            ));
    }
    let height = plot_bottom + AXIS;
    let title_id = format!("timeline-{}-title", figure.name());
    let document = Document::new()
        .set("class", "timeline")
        .set("viewBox", format!("0 0 {WIDTH} {height}"))
        .set("width", SHOWN_WIDTH)
        .set("role", "img")
        .set("aria-labelledby", title_id.as_str())
        .set("style", "max-width: 100%; height: auto")
        .set("font-family", "var(--mono-font, monospace)")
        .set("font-size", FONT)
        .add(Title::new(format!("{}, measured", figure.title)).set("id", title_id))
        .add(axis)
        .add(body);
    format!("{document}\n")
}

/// One lane: its name; from each event to the next, a bar (working) or,
/// after a line that says `waiting`, a thin dashed line; a dot at
/// each event, with its text beside it where there is room: above the bar,
/// else below, shortened with `…` if it must be (the dot's tooltip has the
/// whole line).
fn draw_lane(
    lane: &str,
    events: &[&Event],
    top: f64,
    left: f64,
    right: f64,
    x: &dyn Fn(f64) -> f64,
) -> Group {
    let middle = top + ROW / 2.0;
    let mut group = Group::new().add(text(lane, left - 12.0, middle + 4.5, "end"));
    for pair in events.windows(2) {
        let segment = Line::new()
            .set("x1", x(pair[0].seconds))
            .set("x2", x(pair[1].seconds))
            .set("y1", middle)
            .set("y2", middle)
            .set("style", "stroke: var(--links, currentColor)");
        group = group.add(match pair[0].starts_a_wait() {
            true => segment
                .set("stroke-width", 1.5)
                .set("stroke-dasharray", "4 3"),
            false => segment.set("stroke-width", 6).set("stroke-opacity", 0.85),
        });
    }
    // Occupied stretches of the two label rows, above and below the bar.
    let mut taken: [Vec<(f64, f64)>; 2] = [Vec::new(), Vec::new()];
    let baselines = [middle - 10.0, middle + 20.0];
    let free = |row: &Vec<(f64, f64)>, from: f64, to: f64| {
        from >= left - 8.0
            && to <= right + 20.0
            && row.iter().all(|&(a, b)| to + 8.0 < a || from > b + 8.0)
    };
    for event in events {
        let at = x(event.seconds);
        group = group.add(
            Circle::new()
                .set("cx", at)
                .set("cy", middle)
                .set("r", 4.5)
                .set(
                    "style",
                    "fill: var(--links, currentColor); stroke: var(--bg, none)",
                )
                .set("stroke-width", 1.5)
                .add(Title::new(format!(
                    "{:.1} s: {}",
                    rounded(event.seconds),
                    event.line()
                ))),
        );
        // Right of the dot, then left of it, in the row above, then below;
        // then as much of it as fits right of the dot in either row.
        let width = text_width(&event.text);
        let whole = (0..2).find_map(|row| {
            [
                (at + 3.0, at + 3.0 + width, "start"),
                (at - 3.0 - width, at - 3.0, "end"),
            ]
            .into_iter()
            .find(|&(from, to, _)| free(&taken[row], from, to))
            .map(|(from, to, anchor)| (row, from, to, anchor, event.text.clone()))
        });
        let shortened = || {
            (0..2).find_map(|row| {
                let from = at + 3.0;
                let room = taken[row]
                    .iter()
                    .filter(|&&(a, _)| a > from)
                    .map(|&(a, _)| a - 8.0)
                    .fold(right + 20.0, f64::min);
                let chars = ((room - from) / (FONT * 0.6)) as usize;
                let fits = chars >= 6 && free(&taken[row], from, from + 1.0);
                fits.then(|| {
                    let kept: String = event.text.chars().take(chars - 1).collect();
                    let label = format!("{}…", kept.trim_end());
                    (row, from, from + text_width(&label), "start", label)
                })
            })
        };
        if let Some((row, from, to, anchor, label)) = whole.or_else(shortened) {
            taken[row].push((from, to));
            let at_x = if anchor == "start" { from } else { to };
            group = group.add(text(&label, at_x, baselines[row], anchor));
        }
    }
    group
}

/// A `<text>` element, written on one line: the crate's own `Text` type
/// puts its content on lines of its own, and that whitespace would shift
/// an end-anchored label.
fn text(content: &str, x: f64, y: f64, anchor: &str) -> Element {
    let mut element = Element::new("text");
    element.assign("x", round(x));
    element.assign("y", round(y));
    element.assign("text-anchor", anchor);
    element.assign("fill", "currentColor");
    element.append(svg::node::Text::new(content));
    element
}

/// `text` cut at spaces into lines no wider than `width`.
fn wrap(text: &str, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}")) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// A tick step that gives at most eight ticks, and where the axis ends.
fn ticks(end: f64) -> (f64, f64) {
    let step = [0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .find(|step| end / step <= 8.0)
        .unwrap_or(20.0);
    let axis_end = ((end / step - 1e-9).ceil() * step).max(step);
    (step, axis_end)
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

fn round_label(seconds: f64) -> String {
    let text = format!("{seconds:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
