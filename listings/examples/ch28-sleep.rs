//! Chapter 28: 50,000 tasks asleep at once, each for 1 s, on one thread:
//! how long it takes beyond the 1 s of sleep to start, wake and finish
//! them all. A benchmark: it prints measurements.
//! Run it: cargo run --release -p listings --example ch28-sleep

use std::time::{Duration, Instant};

// ANCHOR: all
const TASKS: u64 = 50_000;
const SLEEP: Duration = Duration::from_secs(1);

async fn nap(i: u64) -> u64 {
    tokio::time::sleep(SLEEP).await;
    i
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    let handles: Vec<_> = (0..TASKS).map(|i| tokio::spawn(nap(i))).collect();
    let mut sum = 0;
    for handle in handles {
        sum += handle.await.unwrap();
    }
    let elapsed = start.elapsed();
    assert_eq!(sum, TASKS * (TASKS - 1) / 2);
    let total = elapsed.as_secs_f64();
    let beyond = (elapsed - SLEEP).as_secs_f64();
    println!("tokio: {TASKS} tasks asleep for 1 s, all done after: {total:.3} s");
    println!("tokio: {TASKS} tasks asleep for 1 s, time beyond the sleep: {beyond:.3} s");
}
// ANCHOR_END: all
