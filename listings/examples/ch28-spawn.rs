//! Chapter 28: the time to spawn 100,000 tasks that do almost nothing and
//! await them all, on one thread. A benchmark: it prints one measurement.
//! Run it: cargo run --release -p listings --example ch28-spawn

use std::time::Instant;

// ANCHOR: all
const TASKS: u64 = 100_000;

async fn work(i: u64) -> u64 {
    i
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    let handles: Vec<_> = (0..TASKS).map(|i| tokio::spawn(work(i))).collect();
    let mut sum = 0;
    for handle in handles {
        sum += handle.await.unwrap();
    }
    let elapsed = start.elapsed().as_secs_f64();
    assert_eq!(sum, TASKS * (TASKS - 1) / 2);
    println!("tokio: spawned and awaited {TASKS} tasks: {elapsed:.3} s");
}
// ANCHOR_END: all
