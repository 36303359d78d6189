//! Chapter 4: two tasks on one thread. Both start in the order they were
//! spawned; the shorter wait finishes first; the whole run takes as long as
//! the longest wait.
//! Run it: cargo run -p listings --example ch04-two-tasks

use std::time::Duration;

// ANCHOR: all
async fn job(name: &str, seconds: u64) {
    println!("{name}: started");
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    println!("{name}: finished after {seconds} s");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let slow = tokio::spawn(job("slow", 2));
    let quick = tokio::spawn(job("quick", 1));
    println!("main: both tasks spawned");
    slow.await.unwrap();
    quick.await.unwrap();
    println!("main: both tasks done");
}
// ANCHOR_END: all
