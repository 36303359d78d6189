//! Chapter 7: `tokio::join!` awaits both fetches at once, so their waits
//! overlap: about 2 s, the length of one.
//! Run it: cargo run -p listings --example ch07-concurrent

use std::time::Duration;

async fn fetch(number: u32) -> String {
    println!("fetch {number}: request sent");
    tokio::time::sleep(Duration::from_secs(2)).await;
    println!("fetch {number}: response received");
    format!("data {number}")
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (first, second) = tokio::join!(biased; fetch(1), fetch(2));
    println!("main: got {first} and {second}");
}
// ANCHOR_END: main
