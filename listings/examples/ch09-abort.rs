//! Chapter 9: `JoinHandle::abort` cancels a task at its `.await`; awaiting
//! the handle then gives a `JoinError` whose `is_cancelled()` is true.
//! Run it: cargo run -p listings --example ch09-abort

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
async fn download() -> usize {
    let notice = DropNotice::new("download");
    println!("download: started");
    tokio::time::sleep(Duration::from_secs(10)).await;
    println!("download: finished");
    notice.finish();
    1024
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let handle = tokio::spawn(download());
    tokio::time::sleep(Duration::from_millis(200)).await;

    println!("main: aborting the download");
    handle.abort();

    match handle.await {
        Ok(bytes) => println!("main: got {bytes} bytes"),
        Err(error) if error.is_cancelled() => println!("main: the download was cancelled"),
        Err(error) => println!("main: the download failed: {error}"),
    }
}
// ANCHOR_END: all
