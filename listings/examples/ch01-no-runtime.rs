//! Chapter 1: a tokio future polled without the tokio runtime panics.
//! Run it: cargo run -p listings --example ch01-no-runtime

use std::time::Duration;

async fn fetch_rows() -> String {
    tokio::time::sleep(Duration::from_secs(2)).await;
    String::from("42 rows")
}

// ANCHOR: main
fn main() {
    // A plain `fn main` with a general-purpose executor, but no tokio runtime:
    // tokio's timer has nobody to register with.
    let rows = futures::executor::block_on(fetch_rows());
    println!("got {rows}");
}
// ANCHOR_END: main
