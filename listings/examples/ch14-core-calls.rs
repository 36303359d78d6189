//! Chapter 14: asyncio's five core calls (sleep, run, create_task, gather,
//! wait_for) in one tokio program. It prints what the Python version prints.
//! Run it: cargo run -p listings --example ch14-core-calls

// ANCHOR: all
use std::time::Duration;

use tokio::time::{sleep, timeout};

async fn fetch(name: &str, millis: u64) -> String {
    sleep(Duration::from_millis(millis)).await; // asyncio.sleep
    format!("{name} after {millis} ms")
}

#[tokio::main(flavor = "current_thread")] // asyncio.run
async fn main() {
    let report = tokio::spawn(fetch("report", 300)); // asyncio.create_task
    let (users, orders) = tokio::join!(fetch("users", 1000), fetch("orders", 500)); // gather
    println!("{users}, {orders}");
    println!("{}", report.await.unwrap());
    let archive = timeout(Duration::from_secs(1), fetch("archive", 2000)); // wait_for
    match archive.await {
        Ok(archive) => println!("{archive}"),
        Err(_) => println!("archive: gave up after 1 s"),
    }
}
// ANCHOR_END: all
