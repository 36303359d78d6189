//! Chapter 13, the tutorial's example 1: spawn two fetches, then await each
//! handle. Both run at once: about 2 s.
//! Run it: cargo run -p listings --example ch13-parallel-spawn

use std::time::Duration;

// ANCHOR: fetch
/// A fetch whose response takes 2 s.
async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_secs(2)).await;
    format!("record {id}")
}
// ANCHOR_END: fetch

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let first = tokio::spawn(fetch(1));
    let second = tokio::spawn(fetch(2));
    let one = first.await.unwrap();
    let two = second.await.unwrap();
    println!("main: got {one} and {two}");
}
// ANCHOR_END: main
