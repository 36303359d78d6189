//! Chapter 2: two futures that wait overlap their waits, on one thread.
//! Run it: cargo run -p listings --example ch02-waiting-overlaps

use std::time::Duration;

// ANCHOR: all
/// Waiting, not working: the sleep stands in for the network.
async fn download(name: &str, millis: u64) {
    println!("{name}: started");
    tokio::time::sleep(Duration::from_millis(millis)).await;
    println!("{name}: finished after {millis} ms");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // `join!` runs both futures at once and waits for both of them.
    tokio::join!(download("page", 2000), download("image", 1000));
}
// ANCHOR_END: all
