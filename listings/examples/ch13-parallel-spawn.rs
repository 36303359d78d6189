//! Chapter 13: the seed's `run_parallel_using_create_task`: spawn two
//! fetches, then await each handle. Both run at once: about 2 s.
//! Run it: cargo run -p listings --example ch13-parallel-spawn

use std::time::Duration;

// ANCHOR: fetch
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
// ANCHOR_END: fetch

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let task1 = tokio::spawn(fetch(1));
    let task2 = tokio::spawn(fetch(2));
    let result1 = task1.await.unwrap();
    let result2 = task2.await.unwrap();
    println!("Results: {result1}, {result2}");
}
// ANCHOR_END: main
