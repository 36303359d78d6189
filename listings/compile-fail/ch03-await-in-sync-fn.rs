//! Chapter 3: `.await` in a function that is not `async`.

use std::time::Duration;

async fn fetch_rows() -> String {
    tokio::time::sleep(Duration::from_secs(1)).await;
    String::from("42 rows")
}

// ANCHOR: main
fn main() {
    let rows = fetch_rows().await;
    println!("main: got {rows}");
}
// ANCHOR_END: main
