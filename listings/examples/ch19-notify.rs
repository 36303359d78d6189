//! Chapter 19: the Python Event program with `tokio::sync::Notify`. Two
//! workers wait; after 2 s `notify_waiters` wakes both. A third worker that
//! comes later finds nothing stored and would wait forever; a timeout drops
//! it after 0.5 s.
//! Run it: cargo run -p listings --example ch19-notify

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
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
async fn worker(n: u32, loaded: Arc<Notify>) {
    let notice = DropNotice::new(format!("worker {n}"));
    println!("worker {n}: waiting for the settings");
    loaded.notified().await;
    notice.finish();
    println!("worker {n}: settings loaded, starting");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Every task gets its own handle to the same Notify.
    let loaded = Arc::new(Notify::new());
    let workers = [1, 2].map(|n| tokio::spawn(worker(n, Arc::clone(&loaded))));
    sleep(Duration::from_secs(2)).await; // reading the settings takes a while
    println!("main: settings read, waking the workers");
    loaded.notify_waiters(); // wakes every task waiting now, stores nothing
    for handle in workers {
        handle.await.unwrap();
    }

    // A latecomer: nothing was stored for it, so it waits for the next
    // notification, which never comes. The timeout ends the wait and drops
    // the worker's future, mid-wait.
    println!("main: waiting for worker 3");
    let late = timeout(Duration::from_millis(500), worker(3, Arc::clone(&loaded)));
    if late.await.is_err() {
        println!("main: gave up on worker 3 after 0.5 s");
    }
}
// ANCHOR_END: all
