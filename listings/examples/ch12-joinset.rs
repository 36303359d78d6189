//! Chapter 12: tasks spawned into a `JoinSet` and collected with
//! `join_next`, which hands back each result as its task completes.
//! Run it: cargo run -p listings --example ch12-joinset

use std::time::Duration;
use tokio::task::{JoinError, JoinSet};

// ANCHOR: all
async fn server(name: &str, millis: u64) -> String {
    println!("{name}: asked");
    tokio::time::sleep(Duration::from_millis(millis)).await; // the network
    println!("{name}: answered after {millis} ms");
    format!("data from {name}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), JoinError> {
    let mut set = JoinSet::new();
    set.spawn(server("server 1", 1500));
    set.spawn(server("server 2", 500));
    set.spawn(server("server 3", 1000));

    // None once the set is empty; Err if a task panicked or was aborted.
    while let Some(joined) = set.join_next().await {
        let data = joined?;
        println!("main: got {data:?}, {} still running", set.len());
    }
    Ok(())
}
// ANCHOR_END: all
