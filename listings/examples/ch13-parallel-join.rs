//! Chapter 13, the tutorial's example 2: `join!` on two fetches, the
//! counterpart of `gather`. Both run at once: about 2 s.
//! Run it: cargo run -p listings --example ch13-parallel-join

use std::time::Duration;

/// A fetch whose response takes 2 s.
async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_secs(2)).await;
    format!("record {id}")
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let records = tokio::join!(fetch(1), fetch(2));
    println!("main: got {records:?}");
}
// ANCHOR_END: main
