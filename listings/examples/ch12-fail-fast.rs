//! Chapter 12: fail fast with a `JoinSet`. When one task fails, abort the
//! others, wait until they are gone, and return the error: the call takes
//! as long as the failure, not as long as the slowest task.
//! Run it: cargo run -p listings --example ch12-fail-fast

use std::time::Duration;
use tokio::task::JoinSet;

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
async fn server(name: &'static str, millis: u64, fails: bool) -> Result<String, String> {
    let notice = DropNotice::new(name);
    println!("{name}: asked");
    tokio::time::sleep(Duration::from_millis(millis)).await; // the network
    notice.finish();
    if fails {
        println!("{name}: failing");
        return Err(format!("{name}: connection refused"));
    }
    println!("{name}: answered after {millis} ms");
    Ok(format!("data from {name}"))
}
// ANCHOR_END: server

// ANCHOR: fetch_all
async fn fetch_all() -> Result<Vec<String>, String> {
    let mut set = JoinSet::new();
    set.spawn(server("server 1", 2000, false));
    set.spawn(server("server 2", 200, false));
    set.spawn(server("server 3", 1000, true));

    let mut answers = Vec::new();
    while let Some(joined) = set.join_next().await {
        match joined {
            // The task ran to its end, and the server answered.
            Ok(Ok(data)) => answers.push(data),
            // The task ran to its end, and the server failed: stop the rest.
            Ok(Err(error)) => {
                set.shutdown().await; // abort_all, then wait until they are gone
                return Err(error);
            }
            // The task itself panicked or was aborted.
            Err(join_error) => return Err(join_error.to_string()),
        }
    }
    Ok(answers)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    match fetch_all().await {
        Ok(answers) => println!("main: {answers:?}"),
        Err(error) => println!("main: fetch_all failed: {error}"),
    }
}
// ANCHOR_END: fetch_all
