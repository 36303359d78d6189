//! Chapter 12: dropping a `JoinSet` aborts every task still in it, at the
//! `.await` where it waits.
//! Run it: cargo run -p listings --example ch12-drop-joinset

use std::time::Duration;
use tokio::task::JoinSet;
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

// ANCHOR: all
async fn server(name: &'static str, millis: u64) {
    let notice = DropNotice::new(name);
    println!("{name}: asked");
    sleep(Duration::from_millis(millis)).await; // the network
    println!("{name}: answered after {millis} ms");
    notice.finish();
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    {
        let mut set = JoinSet::new();
        set.spawn(server("server 1", 300));
        set.spawn(server("server 2", 1200));
        sleep(Duration::from_millis(600)).await; // server 1 is done by now
        println!("main: leaving the block that owns the set");
    } // the set goes out of scope here, and its Drop aborts server 2

    sleep(Duration::from_secs(1)).await; // would they answer anyway?
    println!("main: done waiting");
}
// ANCHOR_END: all
