//! Chapter 13: the seed's `run_parallel_using_gather`: `join!` on two
//! fetches. Both run at once: about 2 s.
//! Run it: cargo run -p listings --example ch13-parallel-join

use std::time::Duration;

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
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (result1, result2) = tokio::join!(fetch(1), fetch(2));
    println!("All results: {:?}", [result1, result2]);
}
// ANCHOR_END: main
