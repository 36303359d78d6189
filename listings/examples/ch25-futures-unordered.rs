//! Chapter 25: `FuturesUnordered`, the Rust form of `asyncio.as_completed`:
//! three fetches on one task, their results taken as they finish. About
//! 1.2 s, where awaiting them in turn would take 2.4.
//! Run it: cargo run -p listings --example ch25-futures-unordered

use std::time::Duration;

use futures::StreamExt;
use futures::stream::FuturesUnordered;

// ANCHOR: all
async fn fetch(id: u32, millis: u64) -> String {
    println!("fetch {id}: request sent");
    tokio::time::sleep(Duration::from_millis(millis)).await; // the network
    println!("fetch {id}: response received");
    format!("record {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut fetches = FuturesUnordered::new();
    fetches.push(fetch(1, 1200));
    fetches.push(fetch(2, 400));
    fetches.push(fetch(3, 800));
    // Nothing has run yet: the first poll of `next` starts all three.
    while let Some(record) = fetches.next().await {
        println!("main: got {record}");
    }
}
// ANCHOR_END: all
