//! Chapter 7: two fetches awaited one after the other. The second does not
//! start until the first has finished, so the waits add up: about 4 s.
//! Run it: cargo run -p listings --example ch07-sequential

use std::time::Duration;

// ANCHOR: fetch
/// Pretends to ask a server for data: the sleep stands in for the network.
async fn fetch(number: u32) -> String {
    println!("fetch {number}: request sent");
    tokio::time::sleep(Duration::from_secs(2)).await;
    println!("fetch {number}: response received");
    format!("data {number}")
}
// ANCHOR_END: fetch

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let first = fetch(1).await; // main waits here, 2 s
    println!("main: got {first}");
    let second = fetch(2).await; // and here, another 2 s
    println!("main: got {second}");
}
// ANCHOR_END: main
