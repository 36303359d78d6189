//! Chapter 6: with a single task, a blocking sleep and an async sleep look
//! the same: 1 s each, 2 s in all.
//! Run it: cargo run -p listings --example ch06-one-sleeper

use std::time::Duration;

// ANCHOR: all
#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("blocking sleep...");
    std::thread::sleep(Duration::from_secs(1));
    println!("async sleep...");
    tokio::time::sleep(Duration::from_secs(1)).await;
    println!("done: nothing else wanted the thread, so both took 1 s");
}
// ANCHOR_END: all
