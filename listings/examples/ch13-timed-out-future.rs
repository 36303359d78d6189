//! Chapter 13: when `timeout` gives up on a future, it drops it: the future
//! is cancelled where it was waiting, its guard says so, and the rest of it
//! never runs.
//! Run it: cargo run -p listings --example ch13-timed-out-future

use std::time::Duration;
use tokio::time::timeout;

// ANCHOR: fetch
/// Prints a line if the fetch it belongs to is dropped before it finishes.
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

/// A fetch that says when it starts and when it finishes, after 2 s.
async fn fetch(id: u32) -> String {
    let mut guard = Guard { id, finished: false };
    println!("fetch {id}: request sent");
    tokio::time::sleep(Duration::from_secs(2)).await;
    guard.finished = true;
    println!("fetch {id}: finished");
    format!("Data {id}")
}
// ANCHOR_END: fetch

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    if timeout(Duration::from_secs(1), fetch(1)).await.is_err() {
        println!("main: gave up on fetch 1 after 1 s");
    }
    // Wait past the moment fetch 1 would have finished: it never says so.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    println!("main: done");
}
// ANCHOR_END: main
