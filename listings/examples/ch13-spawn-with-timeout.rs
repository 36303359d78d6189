//! Chapter 13, the tutorial's example 3: a 1 s timeout on each spawned
//! task's handle in turn. The first runs out after 1 s. The timeout cancels
//! neither task: both are still running when `main` returns, and the runtime
//! drops them as it shuts down.
//! Run it: cargo run -p listings --example ch13-spawn-with-timeout

use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::error::Elapsed;
use tokio::time::timeout;

/// A fetch whose response takes 2 s.
async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_secs(2)).await;
    format!("record {id}")
}

// ANCHOR: main
/// Awaits each handle with a 1 s limit; the first `Elapsed` ends it.
async fn await_in_turn(
    first: JoinHandle<String>,
    second: JoinHandle<String>,
) -> Result<(String, String), Elapsed> {
    let one = timeout(Duration::from_secs(1), first).await?.unwrap();
    let two = timeout(Duration::from_secs(1), second).await?.unwrap();
    Ok((one, two))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let first = tokio::spawn(fetch(1));
    let second = tokio::spawn(fetch(2));
    // To look at the tasks after their handles are gone.
    let tasks = [first.abort_handle(), second.abort_handle()];
    match await_in_turn(first, second).await {
        Ok((one, two)) => println!("main: got {one} and {two}"),
        Err(_) => println!("main: a fetch ran out of time"),
    }
    // Time enough for a cancelled task to be dropped and count as finished.
    tokio::time::sleep(Duration::from_millis(200)).await;
    for (id, task) in (1..).zip(&tasks) {
        println!("main: fetch {id} finished? {}", task.is_finished());
    }
    println!("main: returning, so the runtime shuts down");
}
// ANCHOR_END: main
