//! Chapter 2: a future is small, and its size is fixed at compile time:
//! everything it keeps across an `.await`, and a little bookkeeping.
//! Run it: cargo run -p listings --example ch02-future-size

use std::time::Duration;

// ANCHOR: all
async fn download(name: &str, millis: u64) {
    println!("{name}: started");
    tokio::time::sleep(Duration::from_millis(millis)).await;
    println!("{name}: finished after {millis} ms");
}

fn main() {
    let future = download("page", 1000); // created, never run
    let bytes = std::mem::size_of_val(&future);
    println!("a download future takes {bytes} bytes");
}
// ANCHOR_END: all
