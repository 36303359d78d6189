//! Chapter 9: when `main` returns, the runtime shuts down and drops every
//! unfinished task where it waits; the rest of the task never runs.
//! Run it: cargo run -p listings --example ch09-main-returns

use std::time::Duration;

// ANCHOR: all
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

async fn slow() {
    let notice = DropNotice::new("slow");
    println!("slow: started");
    tokio::time::sleep(Duration::from_secs(10)).await;
    println!("slow: finished");
    notice.finish();
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Holding the handle does not make the runtime wait for the task.
    let _slow = tokio::spawn(slow());
    tokio::time::sleep(Duration::from_millis(200)).await;
    println!("main: returning");
}
// ANCHOR_END: all
