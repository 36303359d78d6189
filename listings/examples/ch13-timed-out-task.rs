//! Chapter 13: a timeout on `&mut handle` only borrows the handle, so after
//! `Elapsed` main still has it: it can wait on (as `asyncio.shield` allows)
//! or `abort()` the task.
//! Run it: cargo run -p listings --example ch13-timed-out-task

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

/// A fetch that says when it starts and when it finishes, after 2 s.
async fn fetch(id: u32) -> String {
    let notice = DropNotice::new(format!("fetch {id}"));
    println!("fetch {id}: request sent");
    tokio::time::sleep(Duration::from_secs(2)).await;
    notice.finish();
    println!("fetch {id}: finished");
    format!("record {id}")
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let limit = Duration::from_secs(1);

    // Stop waiting, keep the handle, and wait for the end after all.
    let mut task = tokio::spawn(fetch(1));
    if timeout(limit, &mut task).await.is_err() {
        println!("main: no record 1 within 1 s, waiting on");
    }
    println!("main: got {}", task.await.unwrap());

    // Stop waiting, then stop the task too.
    let mut task = tokio::spawn(fetch(2));
    if timeout(limit, &mut task).await.is_err() {
        println!("main: no record 2 within 1 s, aborting fetch 2");
        task.abort();
    }
    let error = task.await.unwrap_err();
    println!("main: fetch 2 cancelled? {}", error.is_cancelled());
}
// ANCHOR_END: main
