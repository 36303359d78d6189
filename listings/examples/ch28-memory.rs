//! Chapter 28: the memory an idle task costs, against an idle thread: the
//! peak resident memory of 5,000 tokio tasks asleep, then of 5,000
//! threads asleep, each measured in a fresh process. A benchmark: it
//! prints measurements.
//! Run it: cargo run --release -p listings --example ch28-memory

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

// ANCHOR: all
const COUNT: usize = 5_000;

/// A line of /proc/self/status in KiB: `VmRSS` (resident now) or `VmHWM`
/// (the most it has been, its high-water mark).
fn status_kib(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn per_one(baseline: f64) -> f64 {
    (status_kib("VmHWM:") - baseline) / COUNT as f64
}

#[tokio::main(flavor = "current_thread")]
async fn tasks() {
    let baseline = status_kib("VmRSS:");
    let handles: Vec<_> = (0..COUNT)
        .map(|_| tokio::spawn(tokio::time::sleep(Duration::from_secs(10))))
        .collect();
    // Give every task its first poll: now each is asleep on its timer.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let kib = per_one(baseline);
    println!("tokio: {COUNT} tasks asleep: {kib:.2} KiB per task");
    drop(handles); // returning from main drops the runtime and its tasks
}

fn threads() {
    static STARTED: AtomicUsize = AtomicUsize::new(0);
    let baseline = status_kib("VmRSS:");
    for _ in 0..COUNT {
        thread::spawn(|| {
            STARTED.fetch_add(1, Ordering::SeqCst);
            thread::sleep(Duration::from_secs(10));
        });
    }
    while STARTED.load(Ordering::SeqCst) < COUNT {
        thread::sleep(Duration::from_millis(10));
    }
    let kib = per_one(baseline);
    println!("std::thread: {COUNT} threads asleep: {kib:.2} KiB per thread");
    // Returning from main ends the process, sleeping threads and all.
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("tasks") => tasks(),
        Some("threads") => threads(),
        _ => {
            // A high-water mark only rises: measure each in its own process.
            for what in ["tasks", "threads"] {
                let me = std::env::current_exe().unwrap();
                let output = Command::new(me).arg(what).output().unwrap();
                assert!(output.status.success());
                print!("{}", String::from_utf8_lossy(&output.stdout));
            }
        }
    }
}
// ANCHOR_END: all
