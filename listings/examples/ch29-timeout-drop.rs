//! Chapter 29: `tokio::time::timeout` drops the work at the deadline. The
//! work's destructors run then, and `main` has its `Err(Elapsed)` at once:
//! a destructor cannot await, so nothing stretches the deadline.
//! Run it: cargo run -p listings --example ch29-timeout-drop

use std::time::Duration;

use tokio::time::{sleep, timeout};

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
async fn fetch() {
    let notice = DropNotice::new("fetch");
    println!("fetch: request sent");
    sleep(Duration::from_secs(5)).await;
    println!("fetch: response received");
    notice.finish();
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    if timeout(Duration::from_secs(1), fetch()).await.is_err() {
        println!("main: timed out");
    }
}
// ANCHOR_END: all
