//! Chapter 13: two `select!` branches ready at the same moment. With
//! `biased;` the branches are polled from top to bottom, so the branch
//! listed first wins the tie, whichever mirror it is.
//! Run it: cargo run -p listings --example ch13-select-biased

use tokio::time::{Duration, Instant, sleep_until};

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

/// Downloads a file from one mirror; the response arrives at `deadline`.
async fn fetch_until(mirror: &str, deadline: Instant) -> String {
    let notice = DropNotice::new(mirror);
    sleep_until(deadline).await;
    notice.finish();
    format!("file from {mirror}")
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Both mirrors answer at the same instant: the first branch listed wins.
    let deadline = Instant::now() + Duration::from_secs(1);
    tokio::select! {
        biased;
        file = fetch_until("mirror A", deadline) => println!("main: got the {file}"),
        file = fetch_until("mirror B", deadline) => println!("main: got the {file}"),
    }

    // The same race with the branches swapped.
    let deadline = Instant::now() + Duration::from_secs(1);
    tokio::select! {
        biased;
        file = fetch_until("mirror B", deadline) => println!("main: got the {file}"),
        file = fetch_until("mirror A", deadline) => println!("main: got the {file}"),
    }
}
// ANCHOR_END: main
