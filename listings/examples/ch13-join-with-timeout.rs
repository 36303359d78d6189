//! Chapter 13, the tutorial's example 4 with a 1 s limit instead of its 2 s
//! (a tie with the 2 s fetches, which ch13-tie shows). When the limit runs
//! out, the `.await` drops the `Timeout`, the `join!` inside it and both
//! fetches: about 1 s.
//! Run it: cargo run -p listings --example ch13-join-with-timeout

use std::time::Duration;
use tokio::time::timeout;

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

/// A fetch whose response takes 2 s.
async fn fetch(id: u32) -> String {
    let notice = DropNotice::new(format!("fetch {id}"));
    tokio::time::sleep(Duration::from_secs(2)).await;
    notice.finish();
    format!("record {id}")
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let both = async { tokio::join!(fetch(1), fetch(2)) };
    match timeout(Duration::from_secs(1), both).await {
        Ok(records) => println!("main: got {records:?}"),
        Err(_) => println!("main: out of time after 1 s"),
    }
}
// ANCHOR_END: main
