//! Chapter 14: asyncio's five core calls (sleep, run, create_task, gather,
//! wait_for) in one tokio program. It prints what the Python version prints.
//! Run it: cargo run -p listings --example ch14-core-calls

// ANCHOR: all
use std::time::Duration;

use tokio::time::{sleep, timeout};

async fn fetch(name: &str, millis: u64) -> String {
    // asyncio.sleep
    sleep(Duration::from_millis(millis)).await;
    format!("{name} after {millis} ms")
}

// asyncio.run
#[tokio::main(flavor = "current_thread")]
async fn main() {
    // asyncio.create_task
    let report = tokio::spawn(fetch("report", 300));
    // asyncio.gather
    let (users, orders) = tokio::join!(fetch("users", 1000), fetch("orders", 500));
    println!("{users}, {orders}");
    println!("{}", report.await.unwrap());
    // asyncio.wait_for
    match timeout(Duration::from_secs(1), fetch("archive", 2000)).await {
        Ok(archive) => println!("{archive}"),
        Err(_) => println!("archive: gave up after 1 s"),
    }
}
// ANCHOR_END: all
