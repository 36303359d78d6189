//! Chapter 13, the tutorial's example 3: a 1 s timeout on each spawned
//! task's handle in turn. The first runs out after 1 s. The timeout cancels
//! neither task: both are dropped when `main` returns and the runtime shuts
//! down.
//! Run it: cargo run -p listings --example ch13-spawn-with-timeout

use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::error::Elapsed;
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

// ANCHOR: fetch
/// A fetch whose response takes 2 s.
async fn fetch(id: u32) -> String {
    let notice = DropNotice::new(format!("fetch {id}"));
    tokio::time::sleep(Duration::from_secs(2)).await;
    notice.finish();
    format!("record {id}")
}
// ANCHOR_END: fetch

// ANCHOR: main
/// Awaits each handle with a 1 s limit; the first `Elapsed` ends it.
async fn await_in_turn(
    first: JoinHandle<String>,
    second: JoinHandle<String>,
) -> Result<(String, String), Elapsed> {
    let one = timeout(Duration::from_secs(1), first).await?.unwrap();
    let two = timeout(Duration::from_secs(1), second).await?.unwrap();
    Ok((one, two))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let first = tokio::spawn(fetch(1));
    let second = tokio::spawn(fetch(2));
    match await_in_turn(first, second).await {
        Ok((one, two)) => println!("main: got {one} and {two}"),
        Err(_) => println!("main: a fetch ran out of time"),
    }
    println!("main: returning, so the runtime shuts down");
}
// ANCHOR_END: main
