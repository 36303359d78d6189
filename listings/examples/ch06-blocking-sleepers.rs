//! Chapter 6: three tasks that sleep with `std::thread::sleep` take turns:
//! about 3 s in all.
//! Run it: cargo run -p listings --example ch06-blocking-sleepers

use std::time::Duration;

// ANCHOR: all
async fn sleeper(number: u32) {
    println!("sleeper {number}: going to sleep");
    std::thread::sleep(Duration::from_secs(1)); // blocks the whole thread
    println!("sleeper {number}: awake");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let tasks: Vec<_> = (1..=3).map(|n| tokio::spawn(sleeper(n))).collect();
    for task in tasks {
        task.await.unwrap();
    }
}
// ANCHOR_END: all
