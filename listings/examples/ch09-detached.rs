//! Chapter 9: dropping a `JoinHandle` detaches the task; it keeps running
//! and finishes on its own.
//! Run it: cargo run -p listings --example ch09-detached

use std::time::Duration;

// ANCHOR: all
async fn cleanup() {
    println!("cleanup: started");
    tokio::time::sleep(Duration::from_millis(200)).await;
    println!("cleanup: finished, though nobody holds its handle");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let handle = tokio::spawn(cleanup());
    // Writing `tokio::spawn(cleanup());` without `let` drops it just the same.
    drop(handle);
    println!("main: dropped the handle");

    // Keep the runtime alive long enough for the task to finish.
    tokio::time::sleep(Duration::from_millis(500)).await;
    println!("main: done");
}
// ANCHOR_END: all
