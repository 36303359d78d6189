//! Chapter 13: the seed's `run_parallel_using_create_task_with_timeout`: a
//! 1 s timeout on each spawned task's handle in turn. The first times out
//! after 1 s; neither task is cancelled by the timeout: both are dropped
//! when `main` returns and the runtime shuts down.
//! Run it: cargo run -p listings --example ch13-spawn-with-timeout

use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::error::Elapsed;
use tokio::time::timeout;

/// Prints a line if the fetch it belongs to is dropped before it finishes,
/// which makes a cancelled fetch visible.
struct Guard {
    id: u32,
    finished: bool,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if !self.finished {
            println!("fetch {}: dropped before it finished", self.id);
        }
    }
}

/// The seed's `fetch_data`: a response that takes 2 s.
async fn fetch(id: u32) -> String {
    let mut guard = Guard { id, finished: false };
    tokio::time::sleep(Duration::from_secs(2)).await;
    guard.finished = true;
    format!("Data {id}")
}

// ANCHOR: main
/// Awaits each handle with a 1 s limit; the first `Elapsed` ends it.
async fn await_both(
    task1: JoinHandle<String>,
    task2: JoinHandle<String>,
) -> Result<(String, String), Elapsed> {
    let result1 = timeout(Duration::from_secs(1), task1).await?.unwrap();
    let result2 = timeout(Duration::from_secs(1), task2).await?.unwrap();
    Ok((result1, result2))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let task1 = tokio::spawn(fetch(1));
    let task2 = tokio::spawn(fetch(2));
    match await_both(task1, task2).await {
        Ok((result1, result2)) => println!("Results: {result1}, {result2}"),
        Err(_) => println!("At least one task timed out!"),
    }
    println!("main: returning, so the runtime shuts down");
}
// ANCHOR_END: main
