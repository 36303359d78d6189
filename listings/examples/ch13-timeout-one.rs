//! Chapter 13: `tokio::time::timeout` wraps one future and returns a
//! `Result`: `Ok` with the future's value if it finished in time, `Err(Elapsed)`
//! if the time ran out first.
//! Run it: cargo run -p listings --example ch13-timeout-one

use std::time::Duration;
use tokio::time::error::Elapsed;
use tokio::time::timeout;

// ANCHOR: all
/// Pretends to ask a server for data: the response takes 2 s.
async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_secs(2)).await;
    format!("record {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // 1 s is not enough for a 2 s fetch.
    let result: Result<String, Elapsed> = timeout(Duration::from_secs(1), fetch(1)).await;
    match result {
        Ok(record) => println!("fetch 1: {record} within 1 s"),
        Err(elapsed) => println!("fetch 1: {elapsed}"),
    }

    // 3 s is.
    match timeout(Duration::from_secs(3), fetch(2)).await {
        Ok(record) => println!("fetch 2: {record} within 3 s"),
        Err(elapsed) => println!("fetch 2: {elapsed}"),
    }
}
// ANCHOR_END: all
