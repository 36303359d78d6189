//! Chapter 13: the seed's `run_parallel_using_gather_with_timeout`, with a
//! 1.5 s limit instead of the seed's 2 s (a tie with the 2 s fetches). The
//! timeout drops the `join!`, and with it both fetches: about 1.5 s.
//! Run it: cargo run -p listings --example ch13-join-with-timeout

use std::time::Duration;
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
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let both = async { tokio::join!(fetch(1), fetch(2)) };
    match timeout(Duration::from_secs(1), both).await {
        Ok((result1, result2)) => println!("All results: {:?}", [result1, result2]),
        Err(_) => println!("Entire operation timed out!"),
    }
}
// ANCHOR_END: main
