//! Chapter 29: `abort()` takes effect at the task's next `.await`. A task
//! that computes without awaiting runs on after the abort, up to the point
//! where it yields; only there is it dropped. The abort comes from a plain
//! thread, through an `AbortHandle`, since the runtime's one thread is busy.
//! Run it: cargo run -p listings --example ch29-busy

use std::thread;
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
async fn crunch() {
    let notice = DropNotice::new("crunch");
    for step in 1..=3 {
        println!("crunch: step {step} started");
        thread::sleep(Duration::from_millis(400)); // computing: no .await
    }
    tokio::task::yield_now().await; // the first .await since it started
    println!("crunch: after the await");
    notice.finish();
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let task = tokio::spawn(crunch());
    let abort_handle = task.abort_handle(); // Send + Sync: another thread may hold it
    thread::spawn(move || {
        thread::sleep(Duration::from_millis(600));
        println!("aborter: abort() called");
        abort_handle.abort();
    });

    match task.await {
        Err(error) if error.is_cancelled() => println!("main: crunch was cancelled"),
        other => println!("main: crunch ended with {other:?}"),
    }
}
// ANCHOR_END: all
