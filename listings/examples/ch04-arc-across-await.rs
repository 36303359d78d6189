//! Chapter 4: the fix for the compile-fail listing ch04-rc-across-await:
//! `Arc` may cross threads, so a spawned task may hold it across `.await`.
//! Run it: cargo run -p listings --example ch04-arc-across-await

use std::sync::Arc;
use std::time::Duration;

// ANCHOR: main
#[tokio::main]
async fn main() {
    let task = tokio::spawn(async {
        let settings = Arc::new(String::from("retries = 3"));
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("still have {settings}");
    });
    task.await.unwrap();
}
// ANCHOR_END: main
