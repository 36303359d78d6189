//! Chapter 13: `tokio::select!` races futures: the first to finish wins and
//! the others are dropped. Two mirrors race, then a fetch races a sleep,
//! which is a timeout written by hand.
//! Run it: cargo run -p listings --example ch13-select

use std::time::Duration;

// ANCHOR: all
/// Prints a line if the fetch it belongs to is dropped before it finishes.
struct Guard {
    mirror: &'static str,
    finished: bool,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if !self.finished {
            println!("{}: dropped before it finished", self.mirror);
        }
    }
}

/// Downloads a file from one mirror; the response takes `ms` milliseconds.
async fn fetch(mirror: &'static str, ms: u64) -> String {
    let mut guard = Guard { mirror, finished: false };
    tokio::time::sleep(Duration::from_millis(ms)).await;
    guard.finished = true;
    format!("file from {mirror}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Two mirrors: whichever answers first wins.
    tokio::select! {
        file = fetch("mirror A", 1000) => println!("main: got the {file}"),
        file = fetch("mirror B", 1500) => println!("main: got the {file}"),
    }

    // A fetch against a sleep: a timeout by hand.
    tokio::select! {
        file = fetch("mirror B", 1500) => println!("main: got the {file}"),
        _ = tokio::time::sleep(Duration::from_secs(1)) => println!("main: no answer within 1 s"),
    }
}
// ANCHOR_END: all
