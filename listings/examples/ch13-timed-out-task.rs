//! Chapter 13: a timeout on a task's `JoinHandle` gives up waiting but does
//! not stop the task, which finishes on its own. Keep the handle (time out
//! on `&mut handle`) and `abort()` it to cancel the task.
//! Run it: cargo run -p listings --example ch13-timed-out-task

use std::time::Duration;
use tokio::time::timeout;

/// Prints a line if the fetch it belongs to is dropped before it finishes.
struct Guard {
    id: u32,
    finished: bool,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if !self.finished {
            println!("fetch {}: dropped before it finished", self.id);
        }
    }
}

/// A fetch that says when it starts and when it finishes, after 2 s.
async fn fetch(id: u32) -> String {
    let mut guard = Guard { id, finished: false };
    println!("fetch {id}: request sent");
    tokio::time::sleep(Duration::from_secs(2)).await;
    guard.finished = true;
    println!("fetch {id}: finished");
    format!("Data {id}")
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    // The timeout owns the handle and drops it: the task is detached.
    let task = tokio::spawn(fetch(1));
    if timeout(Duration::from_secs(1), task).await.is_err() {
        println!("main: gave up on fetch 1 after 1 s");
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;

    // The timeout borrows the handle, so main can still abort the task.
    let mut task = tokio::spawn(fetch(2));
    if timeout(Duration::from_secs(1), &mut task).await.is_err() {
        println!("main: gave up on fetch 2 after 1 s, aborting it");
        task.abort();
    }
    let error = task.await.unwrap_err();
    println!("main: fetch 2 was cancelled: {}", error.is_cancelled());
}
// ANCHOR_END: main
