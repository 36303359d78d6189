//! Chapter 22: four CPU-bound jobs on four threads compute at the same
//! instant on different cores: Rust threads run in parallel, with no GIL.
//! Each job notes the time as it works; a job that went more than a
//! fifth of a millisecond without noting one was off the CPU. The verdict needs a
//! machine with at least two cores, however busy.
//! Run it: cargo run -p listings --example ch22-cpu-threads

use std::hint::black_box;
use std::time::{Duration, Instant};

// ANCHOR: all
/// Pure CPU work, no I/O and no `.await`, in small steps. After each step
/// the job notes the time, to tell afterwards when it was running.
fn crunch() -> Vec<Instant> {
    let mut moments = Vec::new();
    let mut hash = 0u64;
    for step in 0..10_000 {
        for i in 0..2_000 {
            hash = black_box(hash.wrapping_mul(31).wrapping_add(step * i));
        }
        moments.push(Instant::now());
    }
    moments
}

fn main() {
    // Four jobs at once, one thread each; `scope` waits for all of them.
    let jobs: Vec<Vec<Instant>> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..4).map(|_| scope.spawn(crunch)).collect();
        threads.into_iter().map(|t| t.join().unwrap()).collect()
    });
    let verdict = if side_by_side(&jobs) > Duration::from_millis(5) {
        "two of them were computing at the same instant"
    } else {
        "no two of them were ever computing at the same instant"
    };
    println!("threads: 4 jobs at once, and {verdict}");
}
// ANCHOR_END: all

/// How long at least two jobs were running at the same instant. A job was
/// running from one noted moment to the next, unless they are more than a
/// fifth of a millisecond apart (a step takes far less): then the operating
/// system had it off the CPU.
fn side_by_side(jobs: &[Vec<Instant>]) -> Duration {
    let mut edges = Vec::new(); // (when, +1 a job starts running, -1 it stops)
    for moments in jobs {
        let mut start = moments[0];
        for pair in moments.windows(2) {
            if pair[1] - pair[0] > Duration::from_micros(200) {
                edges.extend([(start, 1), (pair[0], -1)]);
                start = pair[1];
            }
        }
        edges.extend([(start, 1), (*moments.last().unwrap(), -1)]);
    }
    edges.sort();
    let (mut running, mut since, mut total) = (0, edges[0].0, Duration::ZERO);
    for (when, change) in edges {
        if running >= 2 {
            total += when - since;
        }
        running += change;
        since = when;
    }
    total
}
