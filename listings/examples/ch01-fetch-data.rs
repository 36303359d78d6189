//! Chapter 1: an `async fn` that stands in for a network call, awaited from
//! `#[tokio::main]`. Run it: cargo run -p listings --example ch01-fetch-data

use std::time::Duration;

// ANCHOR: fetch_data
/// Pretends to ask a server for data: the sleep stands in for the network.
async fn fetch_data() -> String {
    println!("fetch_data: request sent");
    tokio::time::sleep(Duration::from_secs(2)).await;
    println!("fetch_data: response received");
    String::from("42 rows")
}
// ANCHOR_END: fetch_data

// ANCHOR: main
#[tokio::main]
async fn main() {
    let future = fetch_data(); // runs none of fetch_data yet
    println!("main: future created");
    let rows = future.await; // now it runs, and main waits here
    println!("main: got {rows}");
}
// ANCHOR_END: main
