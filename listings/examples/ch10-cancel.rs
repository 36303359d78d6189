//! Chapter 10: a timeout that gives up on a `join!` drops the `join!`
//! future, and with it every future inside: the unfinished ones stop at
//! their `.await`, and the finished one's answer is lost too.
//! Run it: cargo run -p listings --example ch10-cancel

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

// ANCHOR: server
async fn server(name: &'static str, millis: u64) -> String {
    let notice = DropNotice::new(name);
    println!("{name}: asked");
    sleep(Duration::from_millis(millis)).await; // the network
    println!("{name}: answered after {millis} ms");
    notice.finish();
    format!("data from {name}")
}
// ANCHOR_END: server

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let all = async {
        tokio::join!(
            server("server 1", 1500),
            server("server 2", 500),
            server("server 3", 1000),
        )
    };
    match timeout(Duration::from_millis(700), all).await {
        Ok(answers) => println!("main: got {answers:?}"),
        Err(_) => println!("main: gave up after 700 ms"),
    }
    sleep(Duration::from_millis(1000)).await; // would anyone answer late?
    println!("main: done waiting");
}
// ANCHOR_END: main
