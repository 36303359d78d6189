//! Chapter 3: an `async fn main` that runs several steps, one after another.
//! Run it: cargo run -p listings --example ch03-main-orchestrates

use std::time::Duration;

async fn fetch_rows() -> String {
    println!("fetch_rows: request sent");
    tokio::time::sleep(Duration::from_secs(1)).await;
    println!("fetch_rows: response received");
    String::from("42 rows")
}

async fn save(rows: &str) {
    tokio::time::sleep(Duration::from_millis(500)).await;
    println!("save: stored {rows}");
}

// ANCHOR: main
#[tokio::main]
async fn main() {
    let rows = fetch_rows().await;
    let report = format!("{rows}, checked");
    save(&report).await;
    println!("main: done");
}
// ANCHOR_END: main
