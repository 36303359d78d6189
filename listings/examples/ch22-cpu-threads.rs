//! Chapter 22: four CPU-bound jobs on four threads finish sooner than the
//! same four jobs in a row on one thread: Rust threads run in parallel,
//! with no GIL. (The verdict needs a machine with at least two cores.)
//! Run it: cargo run -p listings --example ch22-cpu-threads

use std::hint::black_box;
use std::time::Instant;

// ANCHOR: all
/// Pure CPU work: no I/O, no waiting, no `.await`.
fn crunch() -> u64 {
    let mut hash = 0u64;
    for i in 0..3_000_000 {
        hash = black_box(hash.wrapping_mul(31).wrapping_add(i));
    }
    hash
}

fn seconds(work: impl FnOnce()) -> f64 {
    let start = Instant::now();
    work();
    start.elapsed().as_secs_f64()
}

fn in_a_row() -> f64 {
    seconds(|| {
        for _ in 0..4 {
            crunch();
        }
    })
}

fn at_once() -> f64 {
    seconds(|| {
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(crunch);
            }
        })
    })
}

fn main() {
    // Taking turns, so both see the same load on the machine; each run at
    // once is compared with the runs in a row just before and after it.
    // The best of twelve counts.
    let mut before = in_a_row();
    let mut best = f64::MAX;
    for _ in 0..12 {
        let split = at_once();
        let after = in_a_row();
        best = best.min(split / before.min(after));
        before = after;
    }
    let sooner = if best < 0.8 {
        "finished sooner than"
    } else {
        "took as long as"
    };
    println!("threads: 4 jobs at once {sooner} 4 in a row");
}
// ANCHOR_END: all
