//! Chapter 1: an `async fn` that stands in for a network call, awaited from
//! `#[tokio::main]`. Run it: cargo run -p listings --example ch01-fetch-rows

use std::time::Duration;

// ANCHOR: fetch_rows
/// Pretends to ask a server for data: the sleep stands in for the network.
async fn fetch_rows() -> String {
    println!("fetch_rows: request sent");
    tokio::time::sleep(Duration::from_secs(2)).await;
    println!("fetch_rows: response received");
    String::from("42 rows")
}
// ANCHOR_END: fetch_rows

// ANCHOR: main
#[tokio::main]
async fn main() {
    let future = fetch_rows(); // runs none of fetch_rows yet
    println!("main: future created");
    let rows = future.await; // now it runs, and main waits here
    println!("main: got {rows}");
}
// ANCHOR_END: main
