//! Chapter 30: the worker of `ch30-worker-token`, stopped with `abort()`
//! instead of its token. It is dropped in the middle of item 2: the item
//! is lost, nothing is saved, and nothing comes back to `main`.
//! Run it: cargo run -p listings --example ch30-worker-abort

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::sleep;
use tokio_util::sync::CancellationToken;

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

/// One item of work: 1 s.
async fn process(_item: &str) {
    sleep(Duration::from_secs(1)).await;
}

/// Writes down where the worker got to: 500 ms, as if writing a file.
async fn save_checkpoint(queue: &VecDeque<String>) {
    sleep(Duration::from_millis(500)).await;
    println!("worker: saved, next: {}", queue[0]);
}

/// Works through `queue`, checking `token` before each item. Returns what
/// is left: empty if it got to the end.
async fn worker(mut queue: VecDeque<String>, token: CancellationToken) -> VecDeque<String> {
    let notice = DropNotice::new("worker");
    while let Some(item) = queue.front() {
        if token.is_cancelled() {
            save_checkpoint(&queue).await;
            break;
        }
        println!("worker: on {item}");
        process(item).await;
        println!("worker: {item} done");
        queue.pop_front();
    }
    notice.finish();
    queue
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let token = CancellationToken::new(); // never cancelled, this time
    let queue: VecDeque<String> = (1..=5).map(|n| format!("item {n}")).collect();
    let task = tokio::spawn(worker(queue, token));

    println!("main: waiting 1.5 s");
    sleep(Duration::from_millis(1500)).await;
    task.abort(); // instead of token.cancel()
    println!("main: aborted, waiting");

    let error = task.await.expect_err("an aborted task returns nothing");
    let cancelled = error.is_cancelled();
    println!("main: nothing came back, cancelled? {cancelled}");
}
// ANCHOR_END: main
