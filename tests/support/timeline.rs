//! Timelines: when each line of a program's output appeared, and the SVG
//! figure drawn from it.
//!
//! A program's events are committed beside it as `<name>.events`, one line
//! per output line: `0.5 s | fetch 1 | request sent`, its time (rounded to
//! 0.1 s), its lane and its text. The lane is the text before the first
//! `: ` of the line, as listings print (`actor: what happened`); a line
//! without one (a final result, a verdict) has an empty lane and is not
//! drawn. A figure, `listings/timelines/<name>.txt`, names its title and the
//! programs it shows, one panel each on one time scale; `<name>.svg` beside
//! it is drawn from their events.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use svg::node::element::{Circle, Element, Group, Line, Rectangle, Title};
use svg::{Document, Node};

use super::{root, shown};

/// Committed times are rounded to this: a loaded machine reproduces a time
/// to a few hundredths of a second, not to the millisecond, and the book's
/// listings space their events 200 ms or more apart.
pub const ROUNDING: f64 = 0.1;

/// One line of output and when it appeared, in seconds from the start.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub seconds: f64,
    pub lane: String,
    pub text: String,
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

    /// How far off a fresh run's time may be from the committed one: no
    /// earlier (less the rounding), and less than 0.2 s + 10% later. A
    /// loaded machine makes events late, never early, and mostly by a fixed
    /// amount (the moment a hundred programs start together); a changed
    /// sleep moves an event further than that.
    pub fn accepted(&self) -> (f64, f64) {
        (self.seconds - ROUNDING, self.seconds * 1.1 + 0.2)
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

pub fn format_events(events: &[Event]) -> String {
    let mut text = String::from(
        "# When each line of output appeared, from a real run: seconds | lane | text.\n\
         # `BLESS=1 cargo test --test listings` rewrites this file; never edit it by hand.\n",
    );
    for event in events {
        writeln!(
            text,
            "{:.1} s | {} | {}",
            (event.seconds / ROUNDING).round() * ROUNDING,
            event.lane,
            event.text
        )
        .unwrap();
    }
    text
}

/// Reads a `.events` file; an error names the file and line.
pub fn read_events(path: &Path) -> Result<Vec<Event>, String> {
    let text = fs::read_to_string(path).map_err(|_| {
        format!(
            "{}: missing; record it with `BLESS=1 cargo test --test listings`",
            shown(path)
        )
    })?;
    let mut events = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, " | ");
        let (Some(time), Some(lane), Some(what)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(format!(
                "{}:{}: expected `seconds s | lane | text`, found {line:?}",
                shown(path),
                index + 1
            ));
        };
        let Some(seconds) = time.strip_suffix(" s").and_then(|t| t.parse().ok()) else {
            return Err(format!(
                "{}:{}: expected a time like `0.5 s`, found {time:?}",
                shown(path),
                index + 1
            ));
        };
        events.push(Event {
            seconds,
            lane: lane.to_owned(),
            text: what.to_owned(),
        });
    }
    Ok(events)
}

/// Compares a fresh run's events with the committed ones in `path`: the
/// same lines in the same order and lanes, each at an accepted time.
/// Returns what differs, one message per event, naming the figures that
/// draw them (`figures`), the `.events` file and the event.
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
        let (low, high) = old.accepted();
        if !(low..high).contains(&new.seconds) {
            problems.push(format!(
                "{figures}: event {number} of {file}, `{}`, came at {:.2} s; the figure shows it at \
                 {:.1} s (allowed: {low:.2} s up to {high:.2} s)",
                new.line(),
                new.seconds,
                old.seconds
            ));
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
const LANE_FONT: f64 = 13.0;
const EVENT_FONT: f64 = 12.0;
const ROW: f64 = 40.0; // a lane: labels above and below its bar
const HEADER: f64 = 24.0; // a panel's heading
const AXIS: f64 = 28.0;

fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * font * 0.6
}

/// The figure drawn from its programs' events: one panel per program, one
/// above the other, on one time scale. Colours come from the page's theme
/// (`currentColor`, mdBook's `--links`), so it reads in all five themes.
pub fn draw(figure: &Figure, panels: &[(PathBuf, Vec<Event>)]) -> String {
    let end = panels
        .iter()
        .flat_map(|(_, events)| events.iter().map(|e| e.seconds))
        .fold(0.0, f64::max);
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
        .flat_map(|(_, events)| lanes_of(events))
        .map(|lane| text_width(&lane, LANE_FONT))
        .fold(0.0, f64::max);
    let left = round(8.0 + widest_lane + 12.0);
    let right = WIDTH - 24.0; // room for the last tick's label, centred on it
    let x = |seconds: f64| round(left + seconds / axis_end * (right - left));

    let id = format!("timeline-{}", figure.name());
    let mut body = Group::new();
    let mut y = 0.0;
    for (program, events) in panels {
        let lanes = lanes_of(events);
        let took = events.last().map_or(0.0, |e| e.seconds);
        let heading = format!(
            "{} ({}), {took:.1} s",
            program.file_name().unwrap().to_string_lossy(),
            if program.extension().is_some_and(|e| e == "py") {
                "asyncio"
            } else {
                "tokio"
            }
        );
        let mut heading = text(&heading, 4.0, y + 16.0, LANE_FONT, "start");
        heading.assign("font-weight", "bold");
        body = body.add(heading);
        y += HEADER;
        for lane in &lanes {
            let mine: Vec<&Event> = events.iter().filter(|e| &e.lane == lane).collect();
            body = body.add(draw_lane(lane, &mine, y, left, right, &x));
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
                    .set("y1", HEADER - 4.0)
                    .set("y2", plot_bottom)
                    .set("stroke", "currentColor")
                    .set("stroke-opacity", 0.2)
                    .set("stroke-dasharray", "2 3"),
            )
            .add(text(
                &format!("{} s", round_label(seconds)),
                at,
                plot_bottom + 16.0,
                EVENT_FONT,
                "middle",
            ));
    }
    let height = plot_bottom + AXIS;
    let title_id = format!("{id}-title");
    let document = Document::new()
        .set("class", "timeline")
        .set("viewBox", format!("0 0 {WIDTH} {height}"))
        .set("width", SHOWN_WIDTH)
        .set("role", "img")
        .set("aria-labelledby", title_id.as_str())
        .set("style", "max-width: 100%; height: auto")
        .set("font-family", "var(--mono-font, monospace)")
        .add(Title::new(format!("{} (measured)", figure.title)).set("id", title_id))
        .add(axis)
        .add(body);
    format!("{document}\n")
}

/// One lane: its name, a bar from its first event to its last, a dot at
/// each event with the event's text beside it where there is room (above
/// the bar, else below, else left out; the dot's tooltip has it anyway).
fn draw_lane(
    lane: &str,
    events: &[&Event],
    top: f64,
    left: f64,
    right: f64,
    x: &dyn Fn(f64) -> f64,
) -> Group {
    let middle = top + ROW / 2.0;
    let first = x(events[0].seconds);
    let last = x(events[events.len() - 1].seconds);
    let mut group = Group::new()
        .add(text(lane, left - 12.0, middle + 4.5, LANE_FONT, "end"))
        .add(
            Rectangle::new()
                .set("x", first - 2.0)
                .set("y", middle - 3.0)
                .set("width", last - first + 4.0)
                .set("height", 6.0)
                .set("rx", 3.0)
                .set("style", "fill: var(--links, currentColor)")
                .set("fill-opacity", 0.55),
        );
    // Occupied stretches of the two label rows, above and below the bar.
    let mut taken: [Vec<(f64, f64)>; 2] = [Vec::new(), Vec::new()];
    let baselines = [middle - 8.0, middle + 16.0];
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
                    event.seconds,
                    event.line()
                ))),
        );
        let width = text_width(&event.text, EVENT_FONT);
        let free = |row: &Vec<(f64, f64)>, from: f64, to: f64| {
            from >= left - 8.0
                && to <= right + 8.0
                && row.iter().all(|&(a, b)| to + 8.0 < a || from > b + 8.0)
        };
        // Right of the dot, then left of it, in the row above, then below.
        let spot = (0..2).find_map(|row| {
            [
                (at + 3.0, at + 3.0 + width, "start"),
                (at - 3.0 - width, at - 3.0, "end"),
            ]
            .into_iter()
            .find(|&(from, to, _)| free(&taken[row], from, to))
            .map(|(from, to, anchor)| (row, from, to, anchor))
        });
        if let Some((row, from, to, anchor)) = spot {
            taken[row].push((from, to));
            let at_x = if anchor == "start" { from } else { to };
            group = group.add(text(&event.text, at_x, baselines[row], EVENT_FONT, anchor));
        }
    }
    group
}

/// A `<text>` element, written on one line: the crate's own `Text` type
/// puts its content on lines of its own, and that whitespace would shift
/// an end-anchored label.
fn text(content: &str, x: f64, y: f64, size: f64, anchor: &str) -> Element {
    let mut element = Element::new("text");
    for (name, value) in [("x", round(x)), ("y", round(y)), ("font-size", size)] {
        element.assign(name, value);
    }
    element.assign("text-anchor", anchor);
    element.assign("fill", "currentColor");
    element.append(svg::node::Text::new(content));
    element
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
