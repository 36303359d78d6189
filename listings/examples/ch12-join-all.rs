//! Chapter 12: `JoinSet::join_all` waits for every task and returns the
//! values in the order the tasks completed, not the order they were spawned.
//! Run it: cargo run -p listings --example ch12-join-all

use std::time::Duration;
use tokio::task::JoinSet;

// ANCHOR: all
async fn server(name: &str, millis: u64) -> String {
    tokio::time::sleep(Duration::from_millis(millis)).await; // the network
    format!("data from {name}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut set = JoinSet::new();
    set.spawn(server("server 1", 1500));
    set.spawn(server("server 2", 500));
    set.spawn(server("server 3", 1000));

    // Panics if a task panicked or was aborted; to handle that, use join_next.
    let results = set.join_all().await;
    println!("{results:?}");
}
// ANCHOR_END: all
