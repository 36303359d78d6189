//! Chapter 13: an exact tie. The fetches and the limit share one deadline
//! `Instant`, so they are due at the same moment; `Timeout` polls the work
//! before its own timer, and the work wins: about 2 s.
//! Run it: cargo run -p listings --example ch13-tie

use tokio::time::{Duration, Instant, sleep_until, timeout_at};

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

/// A fetch whose response arrives at `deadline`.
async fn fetch_until(id: u32, deadline: Instant) -> String {
    let notice = DropNotice::new(format!("fetch {id}"));
    sleep_until(deadline).await;
    notice.finish();
    format!("record {id}")
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    // One instant for everything: the work and the limit are due together.
    let deadline = Instant::now() + Duration::from_secs(2);
    let both = async { tokio::join!(fetch_until(1, deadline), fetch_until(2, deadline)) };
    match timeout_at(deadline, both).await {
        Ok(records) => println!("main: got {records:?}; the work won the tie"),
        Err(_) => println!("main: out of time; the limit won the tie"),
    }
}
// ANCHOR_END: main
