//! Chapter 6: with a single task, a blocking sleep and an async sleep look
//! the same: nothing else wants the thread, so each takes its 1 s.
//! Run it: cargo run -p listings --example ch06-one-sleeper

use std::time::{Duration, Instant};

// ANCHOR: all
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    std::thread::sleep(Duration::from_secs(1));
    let took = start.elapsed().as_secs_f64();
    println!("main: std::thread::sleep(1 s) took {took:.0} s");

    let start = Instant::now();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let took = start.elapsed().as_secs_f64();
    println!("main: tokio::time::sleep(1 s) took {took:.0} s");
}
// ANCHOR_END: all
