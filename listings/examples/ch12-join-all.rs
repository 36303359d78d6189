//! Chapter 12: `JoinSet::join_all` waits for every task and returns the
//! values in the order the tasks completed. Tasks that return a `Result`
//! are fine: each `Err` is a value in the `Vec`. Only a task that panicked
//! or was aborted makes `join_all` panic.
//! Run it: cargo run -p listings --example ch12-join-all

use std::time::Duration;
use tokio::task::JoinSet;

// ANCHOR: all
async fn server(name: &str, millis: u64, fails: bool) -> Result<String, String> {
    tokio::time::sleep(Duration::from_millis(millis)).await; // the network
    if fails {
        return Err(format!("{name}: connection refused"));
    }
    Ok(format!("data from {name}"))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut set = JoinSet::new();
    set.spawn(server("server 1", 1500, false));
    set.spawn(server("server 2", 500, false));
    set.spawn(server("server 3", 1000, true));

    // A Vec<Result<String, String>>, in the order the tasks completed.
    let results = set.join_all().await;
    for result in results {
        println!("main: {result:?}");
    }
}
// ANCHOR_END: all
