//! Chapter 3: the counterpart of `asyncio.run(fetch_rows())`: a runtime
//! that runs one future and hands back its result.
//! Run it: cargo run -p listings --example ch03-run-one-future

use std::time::Duration;

async fn fetch_rows() -> String {
    println!("fetch_rows: request sent");
    tokio::time::sleep(Duration::from_secs(1)).await;
    println!("fetch_rows: response received");
    String::from("42 rows")
}

// ANCHOR: main
fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let rows = runtime.block_on(fetch_rows());
    println!("main: got {rows}");
}
// ANCHOR_END: main
