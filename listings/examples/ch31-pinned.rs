//! Chapter 31: a future made before the loop and pinned with `pin!` lives
//! across the rounds of a `select!`: the branch borrows it with `&mut`, so
//! losing a round no longer drops it, and the one fetch answers after 1 s.
//! Run it: cargo run -p listings --example ch31-pinned

use std::pin::pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::sleep;

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

/// Fetches a report, which takes 1 s. Each call numbers itself: `fetch 1`,
/// `fetch 2`, ...
async fn fetch_report() -> String {
    static CALLS: AtomicU32 = AtomicU32::new(0);
    let name = format!("fetch {}", CALLS.fetch_add(1, Ordering::Relaxed) + 1);
    let notice = DropNotice::new(&name);
    println!("{name}: started");
    sleep(Duration::from_secs(1)).await;
    println!("{name}: answered");
    notice.finish();
    String::from("report")
}

/// Sends `message 1` to `message 4`, 400 ms apart, then closes the channel.
fn spawn_producer() -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel(8);
    tokio::spawn(async move {
        for i in 1..=4 {
            sleep(Duration::from_millis(400)).await;
            tx.send(format!("message {i}"))
                .await
                .expect("main receives");
        }
    });
    rx
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut messages = spawn_producer();
    // One fetch, made before the loop and pinned, so that a branch can borrow it.
    let mut fetch = pin!(fetch_report());
    let mut report = None;
    loop {
        tokio::select! {
            fetched = &mut fetch, if report.is_none() => {
                println!("main: got the {fetched}");
                report = Some(fetched);
            }
            Some(message) = messages.recv() => println!("main: {message}"),
            else => break,
        }
    }
    println!("main: done");
}
// ANCHOR_END: main
