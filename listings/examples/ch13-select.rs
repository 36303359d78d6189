//! Chapter 13: `tokio::select!` races futures: the first to finish wins and
//! the others are dropped. Two mirrors race, then a fetch races a sleep,
//! which is a timeout written by hand.
//! Run it: cargo run -p listings --example ch13-select

use std::time::Duration;

/// Prints `<name>: dropped before it finished` when dropped, unless
/// `finish` was called first: shows where a cancellation stopped a future.
struct DropNotice {
    name: String,
    finished: bool,
}

impl DropNotice {
    fn new(name: impl Into<String>) -> DropNotice {
        DropNotice {
            name: name.into(),
            finished: false,
        }
    }

    /// The work is done: drop quietly.
    fn finish(mut self) {
        self.finished = true;
    }
}

impl Drop for DropNotice {
    fn drop(&mut self) {
        if !self.finished {
            println!("{}: dropped before it finished", self.name);
        }
    }
}

// ANCHOR: all
/// Downloads a file from one mirror; the response takes `ms` milliseconds.
async fn fetch(mirror: &str, ms: u64) -> String {
    let notice = DropNotice::new(mirror);
    tokio::time::sleep(Duration::from_millis(ms)).await;
    notice.finish();
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
