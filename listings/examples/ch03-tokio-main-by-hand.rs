//! Chapter 3: what `#[tokio::main]` expands to, written by hand.
//! Run it: cargo run -p listings --example ch03-tokio-main-by-hand

use std::time::Duration;

async fn fetch_rows() -> String {
    tokio::time::sleep(Duration::from_secs(1)).await;
    String::from("42 rows")
}

// ANCHOR: main
fn main() {
    let body = async {
        let rows = fetch_rows().await;
        println!("main: got {rows}");
    };
    tokio::runtime::Builder::new_multi_thread() // or new_current_thread()
        .enable_all() // the timer and the I/O driver
        .build()
        .expect("Failed building the Runtime")
        .block_on(body)
}
// ANCHOR_END: main
