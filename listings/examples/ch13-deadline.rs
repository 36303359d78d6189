//! Chapter 13: one deadline shared by several steps. Each step takes 1.5 s,
//! together they need 4.5 s; with `timeout_at` and a budget of 3.5 s, the
//! third step runs out of time: about 3.5 s.
//! Run it: cargo run -p listings --example ch13-deadline

use std::time::Duration;
use tokio::time::{Instant, timeout_at};

// ANCHOR: all
/// One step of a job; each takes 1.5 s.
async fn step(name: &str) {
    println!("{name}: started");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    println!("{name}: done");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // The whole job gets 3.5 s, however the steps share it.
    let budget = Duration::from_millis(3500);
    let deadline = Instant::now() + budget;
    println!("main: deadline set, {} s from now", budget.as_secs_f64());
    for name in ["connect", "query", "download"] {
        if timeout_at(deadline, step(name)).await.is_err() {
            println!("{name}: out of time");
            println!("main: budget spent, job stopped");
            return;
        }
    }
    println!("main: job done within budget");
}
// ANCHOR_END: all
