//! Chapter 13: one timeout around a whole `join!` is all or nothing: when it
//! fires, the results that were already in are lost with the rest. A
//! timeout on each future inside the `join!` keeps them.
//! Run it: cargo run -p listings --example ch13-timeout-join

use std::time::Duration;
use tokio::time::timeout;

// ANCHOR: all
/// A fetch whose response takes `ms` milliseconds.
async fn fetch(id: u32, ms: u64) -> String {
    tokio::time::sleep(Duration::from_millis(ms)).await;
    println!("fetch {id}: response received");
    format!("record {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let limit = Duration::from_millis(1500);

    // One limit on the group: fetch 1 is in after 1 s, fetch 2 would need 2 s.
    let group = async { tokio::join!(fetch(1, 1000), fetch(2, 2000)) };
    match timeout(limit, group).await {
        Ok((one, two)) => println!("group: got {one} and {two}"),
        Err(elapsed) => println!("group: {elapsed}; record 1 is lost with it"),
    }

    // One limit on each: the group always finishes, each result is its own Result.
    let (three, four) = tokio::join!(
        timeout(limit, fetch(3, 1000)),
        timeout(limit, fetch(4, 2000)),
    );
    println!("each: {three:?}, {four:?}");
}
// ANCHOR_END: all
