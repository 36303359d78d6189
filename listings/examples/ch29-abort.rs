//! Chapter 29: cancelling in tokio is dropping. An aborted task and a
//! dropped future both stop at the `.await` where they wait: no code after
//! it runs, only destructors, and the aborted task's `JoinHandle` gives a
//! `JoinError` whose `is_cancelled()` is true.
//! Run it: cargo run -p listings --example ch29-abort

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

// ANCHOR: upload
async fn upload(name: &'static str) {
    let notice = DropNotice::new(name);
    println!("{name}: started");
    sleep(Duration::from_secs(10)).await;
    // Cancelled at the await above, the future runs none of the code below.
    println!("{name}: finished");
    notice.finish();
}
// ANCHOR_END: upload

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    // A spawned task: abort it.
    let task = tokio::spawn(upload("upload 1"));
    sleep(Duration::from_millis(200)).await;
    println!("main: aborting upload 1");
    task.abort();
    match task.await {
        Err(error) if error.is_cancelled() => println!("main: upload 1 was cancelled"),
        other => println!("main: upload 1 ended with {other:?}"),
    }

    // A future you own: drop it.
    let mut second = Box::pin(upload("upload 2"));
    if timeout(Duration::from_millis(200), &mut second)
        .await
        .is_err()
    {
        println!("main: stopped waiting for upload 2; it still exists");
    }
    println!("main: dropping upload 2");
    drop(second);
    println!("main: done");
}
// ANCHOR_END: main
