//! Chapter 13, the tutorial's example 1: spawn two fetches, then await each
//! handle. Both run at once: about 2 s.
//! Run it: cargo run -p listings --example ch13-parallel-spawn

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

/// A fetch whose response takes 2 s.
async fn fetch(id: u32) -> String {
    let notice = DropNotice::new(format!("fetch {id}"));
    tokio::time::sleep(Duration::from_secs(2)).await;
    notice.finish();
    format!("record {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let first = tokio::spawn(fetch(1));
    let second = tokio::spawn(fetch(2));
    let one = first.await.unwrap();
    let two = second.await.unwrap();
    println!("main: got {one} and {two}");
}
